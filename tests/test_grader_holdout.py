"""The graders on the held-out answer sets (tests/graders/, written blind and never tuned on).

Each answer runs through the course's own cells, hidden tests included (tests/graders/measure.py). The test prints
the share of good answers that keep their points and of bad answers that lose them, and fails on a regression below
floors set under the latest run; it is not a target to tune graders to, and the answers are never printed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent / "graders"
sys.path.insert(0, str(HERE))
import measure  # noqa: E402

# (good kept at least, bad lost at least), under each set's latest run (tests/graders/README.md)
FLOORS = {
    "blind-answers.jsonl": (0.89, 0.96),
    "blind-answers-11-16.jsonl": (0.92, 0.91),
    "blind-answers-14-16-q3.jsonl": (0.78, 0.98),
    "blind-answers-2.jsonl": (0.97, 0.97),
    "blind-answers-3.jsonl": (0.99, 0.98),
    "blind-answers-4.jsonl": (0.96, 0.98),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_graders_hold_on_held_out_answers(name):
    rows = [
        json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    per_q = measure.measure(rows)["per_question"].values()
    good = sum(c[("pass", True)] + c[("pass", False)] for c in per_q)
    bad = sum(c[("fail", True)] + c[("fail", False)] for c in per_q)
    kept = sum(c[("pass", True)] for c in per_q) / good
    lost = sum(c[("fail", True)] for c in per_q) / bad
    print(f"\n{name}: good kept {kept:.1%} of {good}, bad lost {lost:.1%} of {bad}")
    assert kept >= FLOORS[name][0]
    assert lost >= FLOORS[name][1]
