"""The standard the course grades against: the course policy, and the problems its review finds.

The graders and :func:`~tpstrain.course.feedback` check answers against the **course policy**
(``tpstrain/policies/course.yaml``, ``load_policy("course")``): the model policy held to what the lessons
teach (reading grade 8, flagged above grade 9 on posts of 20 words or more; sentences under 20 words; the
plain-word swaps of lesson 04). The model policy stays tuned for production. ``policy="model"``, a path or a
:class:`~tpstrain.policy.Policy` grade against another.
"""

from __future__ import annotations

import warnings
from typing import Any

from ..errors import TpsError
from ..review import Review
from ..rules import LEVEL_RANK
from .results import AnswerError, Problem

__all__ = ["COURSE_POLICY", "finding_problems", "resolve_policy", "review"]

COURSE_POLICY = "course"


def resolve_policy(policy: Any = None):
    """The policy object for ``policy``: None (the course policy), a name ("course", "model"), a path, or a
    policy. Each is built once per process."""
    from .. import shared_policy

    return shared_policy(COURSE_POLICY if policy is None else policy)


def review(post: Any, platform: str | None, policy: Any) -> Review:
    """The review of ``post`` (text, a Post or its dict) under ``policy``; a bad post is an AnswerError."""
    from ..api import check

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return check(post, platform=platform, policy=resolve_policy(policy))
        except TpsError as e:
            raise AnswerError(str(e)) from None


def finding_problems(rev: Review, level: str = "warning") -> list[Problem]:
    """One problem for each finding at ``level`` or above: the rule, the words and the fix."""
    floor = LEVEL_RANK[level]
    out = []
    for f in rev.findings:
        if LEVEL_RANK[f.level] < floor:
            continue
        fix = f.fix
        if f.suggestions:
            fix = (f"Try: {' / '.join(f.suggestions)}. " + fix).strip()
        out.append(
            Problem(
                f.message,
                rule=f.rule,
                quote=f.text if f.field == "text" else "",
                fix=fix,
                level=f.level,
                where="" if f.field == "text" else f.field,
            )
        )
    return out
