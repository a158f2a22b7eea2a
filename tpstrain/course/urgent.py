"""An urgent post written from a case file: every part of the pattern (lesson 08), in sentences, and
nothing the case file says to leave out."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..review import Review
from .facts import as_text, avoided, fact_pairs, find_fact, show_fact
from .families import leave_out_problems
from .prose import form_problems
from .results import Problem, _fail, collect
from .standards import finding_problems, resolve_policy, review

__all__ = ["URGENT_PARTS", "grade_urgent_post", "urgent_problems"]

URGENT_PARTS = {
    "what": "what happened",
    "where": "where (the intersection or place)",
    "when": "when",
    "description": "a description",
    "action": "what people should do (call a number, avoid the area)",
    "case": "the case number",
}


def urgent_problems(
    answer: Any,
    case_file: Mapping[str, Any],
    platform: str | None = None,
    policy: Any = None,
    level: str = "warning",
) -> tuple[list[Problem], Review]:
    text = as_text(answer, "post")
    rev = review(text, platform or case_file.get("platform", "x"), policy)
    facts = {part: case_file[part] for part in URGENT_PARTS if case_file.get(part)}
    problems = form_problems(text, facts, "appeal")
    problems += leave_out_problems(text, case_file.get("leave_out"), resolve_policy(policy))
    problems += avoided(text, case_file.get("avoid"))
    for part, label in URGENT_PARTS.items():
        for _, fact in fact_pairs(facts.get(part)):
            if find_fact(text, fact) is None:
                problems.append(
                    Problem(
                        f"Missing {label}: {show_fact(fact)}.",
                        fix="Take it from the case file, in plain words.",
                    )
                )
    return problems + finding_problems(rev, level), rev


def grade_urgent_post(
    answer: Any,
    case_file: Mapping[str, Any],
    *,
    platform: str | None = None,
    policy: Any = None,
    level: str = "warning",
) -> None:
    """An urgent post written from a case file: it reads as a post, every part is there, in sentences, and
    the course policy passes.

    ``case_file`` maps parts (``what``, ``where``, ``when``, ``description``, ``action``, ``case``) to the
    facts that show each part (a string, a list of strings that must all appear, alternatives joined by
    ``|``); it may name families to ``leave_out`` (``"health details"``), list words to ``avoid`` (or map
    each to advice), and give the ``platform``.
    """
    problems = collect(urgent_problems, answer, case_file, platform, policy, level)
    if problems:  # the message says what to fix: read it below
        _fail(problems)
        return
