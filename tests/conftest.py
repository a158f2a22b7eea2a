import pytest

from tpstrain import model_policy


@pytest.fixture(scope="session")
def policy():
    return model_policy()
