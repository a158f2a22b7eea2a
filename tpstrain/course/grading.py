"""Grade trainees' answers, and tell them what to fix before they submit.

Every answer is text the trainee typed between triple quotes. The ``grade_*`` functions are what the
autograder's test cells call: they return ``None`` when the answer is right and fail otherwise (raise
:class:`AnswerError`, or, in a trainee's notebook, print it and go on) with a message that says which rule
failed, where (the words quoted) and how to fix it. :func:`feedback` runs the same judgement on the
arguments it is given (never on hidden tests) and shows the result.

This module gathers the course's graders; each lives in a module of its own:

==================  ====================================================================================
module              job
==================  ====================================================================================
``results``         Problem, AnswerError, Feedback; ``strict`` mode and how a grade fails
``facts``           an answer as text; key facts found in any reasonable spelling
``prose``           does the answer read as a post: sentences, facts told in them, not keywords or code
``families``        what the lessons say to leave out, as named families (health details, where found ...)
``standards``       the course policy (``load_policy("course")``) and the problems its review finds
``keys``            sealed answer keys, so visible checks judge like hidden tests
``rewrite``         ``grade_rewrite``: write or rewrite a post
``findings``        ``grade_findings``: find the problems in a post
``account``         ``grade_account``: choose the account and the author
``urgent``          ``grade_urgent_post``: an urgent post from a case file
``hashtags``        ``grade_hashtags``: CamelCase hashtags
``choices``         ``grade_choices``: answers chosen from a list
``policy``          ``grade_policy``: customize the model policy
``advice``          ``feedback``: the check before submitting
==================  ====================================================================================
"""

from __future__ import annotations

from .account import grade_account
from .advice import feedback
from .choices import grade_choices
from .facts import Facts, find_fact
from .families import FAMILIES, family_matches
from .findings import grade_findings
from .hashtags import grade_hashtags
from .keys import seal
from .policy import grade_policy
from .policy import policy_problems as _policy_problems  # noqa: F401  (tests call it)
from .prose import form_problems, read_prose
from .results import AnswerError, Feedback, Problem, collect, strict
from .rewrite import grade_rewrite
from .standards import resolve_policy
from .urgent import URGENT_PARTS, grade_urgent_post

_collect = collect  # the name the single-module grader had

__all__ = [
    "FAMILIES",
    "URGENT_PARTS",
    "AnswerError",
    "Facts",
    "Feedback",
    "Problem",
    "family_matches",
    "feedback",
    "find_fact",
    "form_problems",
    "grade_account",
    "grade_choices",
    "grade_findings",
    "grade_hashtags",
    "grade_policy",
    "grade_rewrite",
    "grade_urgent_post",
    "read_prose",
    "resolve_policy",
    "seal",
    "strict",
]
