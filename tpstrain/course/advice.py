"""Feedback before submitting: the trainee's visible check, which judges as the grader does.

:func:`feedback` runs the same checks as the grader on the arguments it is given: the key facts, the
families to leave out, the course policy, a sealed key. It never says "Looks ready" for an answer the
grader would fail for a reason it can see; where only the grader can judge (the right answer of a quiz), it
says so instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .account import account_problems
from .choices import choice_problems
from .facts import Facts
from .findings import findings_problems
from .hashtags import hashtag_problems
from .policy import policy_problems
from .results import AnswerError, Feedback, Problem
from .rewrite import rewrite_problems
from .urgent import urgent_problems

__all__ = ["feedback"]

_DISCLAIMER = "The grader may run more checks than these when you submit."
_QUIZ = (
    "Every item has an answer from the list. Whether each answer is right is graded when you submit: "
    "check them against the lesson."
)


def feedback(
    answer: Any,
    *,
    keep: Facts = None,
    avoid: Facts = None,
    leave_out: Any = None,
    platform: str | None = None,
    policy: Any = None,
    original: str | None = None,
    form: str | None = "post",
    post: Any = None,
    key: str | None = None,
    case: Mapping[str, Any] | None = None,
    case_file: Mapping[str, Any] | None = None,
    must_catch: Iterable[Any] | None = None,
    must_pass: Iterable[Any] | None = None,
    hashtags: Iterable[str] | None = None,
    max_tags: int | None = None,
    options: Iterable[str] | None = None,
    items: Iterable[str] | None = None,
) -> Feedback:
    """Check an answer before you submit it, with the checks given here (never the hidden ones).

    - a post: ``feedback(post_text, keep=[...], leave_out=["health details"], platform="x")``
    - alt text: ``feedback(alt_text, keep=[...], form="description")``
    - "find the problems": ``feedback("privacy, clarity", post=the_post, key=KEY)``
    - account and author: ``feedback(choice, case=CASE)``
    - urgent post: ``feedback(post_text, case_file=CASE_FILE)``
    - a policy: ``feedback(yaml_text, must_catch=[...], must_pass=[...])``
    - choices: ``feedback("A: yes\\nB: no", items=["A", "B"], options=["yes", "no"])``

    Shows the result (HTML in Jupyter, text elsewhere) and returns it; ``bool(result)`` is whether it passed.
    """
    review = None
    notes: list[str] = []
    quiz = False
    try:
        if must_catch is not None or must_pass is not None:
            problems, _ = policy_problems(answer, must_catch or (), must_pass or (), platform or "x")
        elif case is not None:
            problems, _ = account_problems(answer, case, None, None, "", policy)
        elif case_file is not None:
            problems, review = urgent_problems(answer, case_file, platform, policy)
        elif post is not None:
            problems, notes, _ = findings_problems(
                answer, post, platform=platform or "x", policy=policy, key=key
            )
        elif options is not None or items is not None:
            problems, quiz = choice_problems(answer, None, options, items, None), True
        else:
            problems, review = rewrite_problems(
                answer,
                keep,
                platform=platform or "x",
                policy=policy,
                avoid=avoid,
                leave_out=leave_out,
                original=original,
                form=form,
                what="alt text" if form == "description" else "post",
            )
            if hashtags:
                problems += hashtag_problems(answer, hashtags, max_tags)
    except AnswerError as e:
        problems = e.problems
    except Exception as e:  # a fault in the course or the checker: say so, never a traceback
        problems = [
            Problem(
                f"The check could not run ({type(e).__name__}). Tell your instructor; your answer is kept."
            )
        ]
    return _result(problems, notes, review, quiz)


def _result(problems: list[Problem], notes: list[str], review: Any, quiz: bool) -> Feedback:
    if problems:
        n = len(problems)
        return Feedback(
            passed=False,
            problems=problems,
            notes=notes,
            review=review,
            title=f"Not yet: {n} thing{'s' if n != 1 else ''} to fix.",
        )
    if quiz:
        return Feedback(passed=True, notes=notes, review=review, title=_QUIZ)
    return Feedback(
        passed=True,
        notes=[*notes, _DISCLAIMER],
        review=review,
        title="Looks ready: this answer passes the checks here.",
    )
