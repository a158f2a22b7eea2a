"""The model policy on the labelled development set (`python tests/devset/report.py` prints the details).

- The first set (posts.jsonl, written with the rules): recall >= 0.95 in every category, at most 5% of clean
  posts flagged.
- With the batches written blind (batch*.jsonl, tuned on since): recall >= 0.90 in every category, at most 3%
  of clean posts flagged.
"""

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from tpstrain import CATEGORIES

HERE = Path(__file__).parent / "devset"
_spec = importlib.util.spec_from_file_location("devset_report", HERE / "report.py")
report = importlib.util.module_from_spec(_spec)
sys.modules["devset_report"] = report  # dataclasses look their module up while the file runs
_spec.loader.exec_module(report)


@pytest.fixture(scope="module")
def first():
    rows = [
        json.loads(line)
        for line in (HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return report.evaluate(rows=rows)


@pytest.fixture(scope="module")
def everything():
    return report.evaluate()


def test_devset_is_big_enough():
    rows = report.load()
    clean = [r for r in rows if not r["expect"]]
    assert len(rows) >= 1000 and len(clean) >= 400


@pytest.mark.parametrize("category", CATEGORIES)
def test_recall_first_set(first, category):
    misses = [m for m in first.misses if m[1] == category][:5]
    assert first.recall(category) >= 0.95, f"{category}: recall {first.recall(category):.3f}; misses {misses}"


@pytest.mark.parametrize("category", CATEGORIES)
def test_recall_with_blind_batches(everything, category):
    misses = [m for m in everything.misses if m[1] == category][:5]
    assert everything.recall(category) >= 0.90, (
        f"{category}: {everything.recall(category):.3f}; misses {misses}"
    )


def test_clean_posts_left_alone(first, everything):
    print(
        f"\nclean posts flagged: first set {len(first.clean_flagged)}/{first.clean}, "
        f"all {len(everything.clean_flagged)}/{everything.clean}"
    )
    assert first.false_alarm_rate <= 0.05, first.clean_flagged[:10]
    assert everything.false_alarm_rate <= 0.03, everything.clean_flagged[:10]
