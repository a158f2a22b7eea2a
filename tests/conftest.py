import json
import time
from pathlib import Path

import pytest

from tpstrain import model_policy


@pytest.fixture(scope="session")
def policy():
    return model_policy()


@pytest.fixture(scope="session")
def labelled_posts() -> list[dict]:
    """Every post of the development and held-out sets (the posts only, not their labels)."""
    here = Path(__file__).parent
    return [
        json.loads(line)["post"]
        for name in ("devset", "holdout")
        for line in (here / name / "posts.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


# Suites that measure something (properties, evasion, audit, hostile policies, course safety) save their figures
# in artifacts/*.txt. Show the ones this run wrote, at the end: under xdist a worker's prints are not shown.
_SESSION_START = time.time()


def pytest_terminal_summary(terminalreporter):
    artifacts = Path(__file__).resolve().parent.parent / "artifacts"
    fresh = sorted(p for p in artifacts.glob("*.txt") if p.stat().st_mtime >= _SESSION_START)
    if fresh:
        terminalreporter.section("figures")
        for p in fresh:
            terminalreporter.write(p.read_text(encoding="utf-8"))
