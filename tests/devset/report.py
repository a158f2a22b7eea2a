"""Measure the model policy on the labelled development set.

Prints recall per category (labelled posts that raise that category at warning or error), the share of
clean posts flagged at warning or error, and the misses and false alarms, so a rule change can be judged.

    .venv/bin/python tests/devset/report.py [--policy FILE] [--show N]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[1]))

from tpstrain import CATEGORIES, Post, check, load_policy  # noqa: E402


@dataclass
class Result:
    total: Counter = field(default_factory=Counter)
    caught: Counter = field(default_factory=Counter)
    clean: int = 0
    clean_flagged: list = field(default_factory=list)  # (id, rules)
    misses: list = field(default_factory=list)  # (id, category, text)
    extra: Counter = field(default_factory=Counter)  # categories raised on bad posts beyond their labels

    def recall(self, cat: str) -> float:
        return self.caught[cat] / self.total[cat] if self.total[cat] else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return len(self.clean_flagged) / self.clean if self.clean else 0.0


def load() -> list[dict]:
    """Every labelled development post: posts.jsonl and the batches written blind beside it (batch*.jsonl)."""
    return [
        json.loads(line)
        for path in sorted(HERE.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


# the day the labelled sets are judged as of (README): a training record that expires on it is still valid
JUDGED_ON = "2026-11-24T12:00:00"


def post_of(row: dict) -> Post:
    """The row's post, dated the day the set is judged as of unless it carries its own date."""
    return Post.model_validate({"created_at": JUDGED_ON, **row["post"]})


def evaluate(policy=None, rows: list[dict] | None = None) -> Result:
    res = Result()
    for row in rows or load():
        review = check(post_of(row), policy=policy)
        raised = review.categories("warning")
        expect = set(row["expect"])
        if not expect:
            res.clean += 1
            if raised:
                res.clean_flagged.append((row["id"], review.rules("warning")))
            continue
        for cat in expect:
            res.total[cat] += 1
            if cat in raised:
                res.caught[cat] += 1
            else:
                res.misses.append((row["id"], cat, row["post"]["text"]))
        res.extra.update(raised - expect)
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--policy")
    ap.add_argument("--show", type=int, default=10, help="misses and false alarms to list")
    args = ap.parse_args()
    res = evaluate(load_policy(args.policy) if args.policy else None)
    print(f"{'category':<14} {'recall':>7}  caught/total")
    for cat in CATEGORIES:
        print(f"{cat:<14} {res.recall(cat):7.3f}  {res.caught[cat]}/{res.total[cat]}")
    print(
        f"\nclean posts flagged at warning or error: {len(res.clean_flagged)}/{res.clean} "
        f"= {res.false_alarm_rate:.1%}"
    )
    if res.extra:
        print(
            "extra categories on labelled posts: " + ", ".join(f"{c} {n}" for c, n in res.extra.most_common())
        )
    for pid, rules in res.clean_flagged[: args.show]:
        print(f"  false alarm {pid}: {', '.join(rules)}")
    for pid, cat, text in res.misses[: args.show]:
        print(f"  miss {pid} [{cat}]: {text[:110]}")


if __name__ == "__main__":
    main()
