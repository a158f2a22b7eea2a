"""The model policy on the labelled development set: recall >= 0.95 in every category, and at most 5% of
clean posts flagged at warning or error. (`python tests/devset/report.py` prints the details.)"""

import importlib.util
import sys
from pathlib import Path

import pytest

from tpstrain import CATEGORIES

_spec = importlib.util.spec_from_file_location("devset_report", Path(__file__).parent / "devset" / "report.py")
report = importlib.util.module_from_spec(_spec)
sys.modules["devset_report"] = report  # dataclasses look their module up while the file runs
_spec.loader.exec_module(report)


@pytest.fixture(scope="module")
def result():
    return report.evaluate()


def test_devset_is_big_enough():
    rows = report.load()
    clean = [r for r in rows if not r["expect"]]
    assert len(rows) >= 300 and len(clean) >= 100


@pytest.mark.parametrize("category", CATEGORIES)
def test_recall(result, category):
    misses = [m for m in result.misses if m[1] == category][:5]
    assert result.recall(category) >= 0.95, f"{category}: recall {result.recall(category):.3f}; misses {misses}"


def test_clean_posts_left_alone(result):
    print(f"\nclean posts flagged: {len(result.clean_flagged)}/{result.clean} = {result.false_alarm_rate:.1%}")
    assert result.false_alarm_rate <= 0.05, result.clean_flagged[:10]
