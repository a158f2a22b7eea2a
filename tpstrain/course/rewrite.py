"""Rewrite a post (or write one): it reads as a post, keeps its facts in sentences, leaves out what the
question forbids, and passes the course's standards."""

from __future__ import annotations

import re
from typing import Any

from ..review import Review
from .facts import Facts, as_text, avoided, missing_facts, norm
from .families import leave_out_problems
from .prose import form_problems
from .results import Problem, _fail, collect
from .standards import finding_problems, resolve_policy, review

__all__ = ["grade_rewrite", "rewrite_problems"]


def _is_copy(text: str, original: str | None) -> bool:
    """The original post, unchanged or nearly: nine in ten of the answer's three-word runs are the original's."""
    if original is None:
        return False
    if norm(text) == norm(original):
        return True
    a, b = _trigrams(text), _trigrams(original)
    return bool(a) and len(a & b) >= 0.9 * len(a)


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", norm(text))
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def rewrite_problems(
    answer: Any,
    keep: Facts = (),
    *,
    platform: str = "x",
    policy: Any = None,
    avoid: Facts = None,
    leave_out: Any = None,
    original: str | None = None,
    level: str = "warning",
    form: str | None = "post",
    what: str = "post",
) -> tuple[list[Problem], Review | None]:
    """Everything that keeps ``answer`` from full points, and the review of it (None when not reviewed)."""
    text = as_text(answer, what)
    if _is_copy(text, original):
        return [
            Problem("This is still the original post. Rewrite it in your own words so it passes the policy.")
        ], None
    rev = review(text, platform, policy)
    problems = form_problems(text, keep, form, what)
    problems += leave_out_problems(text, leave_out, resolve_policy(policy))
    problems += avoided(text, avoid) + missing_facts(text, keep)
    found = finding_problems(rev, level)
    if (
        form == "description"
    ):  # alt text describes a picture in a sentence or two: the length aims are for posts
        found = [p for p in found if p.rule not in _POST_ONLY]
    return problems + found, rev


_POST_ONLY = {"clarity.sentence-length", "clarity.readability"}


def grade_rewrite(
    answer: Any,
    keep: Facts = (),
    *,
    platform: str = "x",
    policy: Any = None,
    avoid: Facts = None,
    leave_out: Any = None,
    original: str | None = None,
    level: str = "warning",
    form: str | None = "post",
) -> None:
    """Pass when the answer reads as a post, keeps every key fact in its sentences, leaves out what it must, and
    raises nothing at ``level`` (warning) or above under the course policy.

    ``keep`` lists the facts that must survive (see :mod:`~tpstrain.course.facts`); ``avoid`` lists words that
    must be gone (or maps each to advice); ``leave_out`` names families of things the lessons say to leave out
    (``"health details"``, ``"where found"``: see :mod:`~tpstrain.course.families`); ``original`` fails the
    original post, unchanged or nearly; ``form`` is ``"post"`` (sentences with a verb), ``"description"``
    (alt text) or None. An empty answer, the placeholder, a list of keywords or a post gutted of its facts
    fails, with what to fix.
    """
    problems = collect(
        rewrite_problems,
        answer,
        keep,
        platform=platform,
        policy=policy,
        avoid=avoid,
        leave_out=leave_out,
        original=original,
        level=level,
        form=form,
        what="alt text" if form == "description" else "post",
    )
    if problems:  # the message says what to fix: read it below
        _fail(problems)
        return
