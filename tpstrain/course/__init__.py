"""The nbgrader course: helpers that trainees and the autograder call from the graded notebooks.

Trainees call :func:`feedback` before they submit; the autograder's test cells call the ``grade_*``
functions, which raise :class:`AnswerError` (an ``AssertionError``) with a message a trainee can act on:
which rule, where (the words quoted), and how to fix it.

This package imports only the library itself: no nbgrader, Jupyter or widgets at import time, so the
``tpstrain`` command can load its course tools quickly.
"""

from .answers import install_repair
from .grading import (
    AnswerError,
    Feedback,
    Problem,
    feedback,
    grade_account,
    grade_choices,
    grade_findings,
    grade_hashtags,
    grade_policy,
    grade_rewrite,
    grade_urgent_post,
    strict,
)

install_repair()  # in a notebook: an answer with a stray quote runs as the answer, not a SyntaxError

__all__ = [
    "AnswerError",
    "Feedback",
    "Problem",
    "feedback",
    "grade_account",
    "grade_choices",
    "grade_findings",
    "grade_hashtags",
    "grade_policy",
    "grade_rewrite",
    "grade_urgent_post",
    "strict",
]
