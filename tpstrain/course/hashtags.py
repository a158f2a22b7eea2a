"""Hashtags people can hear: each word capitalized (CamelCase), and not too many."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from .facts import as_text
from .results import Problem, _fail, collect

__all__ = ["grade_hashtags", "hashtag_problems"]

_TAG = re.compile(r"(?<![\w#])#(\w+)")


def hashtag_problems(answer: Any, expect: Iterable[str], max_tags: int | None) -> list[Problem]:
    text = as_text(answer, "hashtags")
    tags = _TAG.findall(unicodedata.normalize("NFC", text))
    problems = []
    for want in expect:
        body = want.lstrip("#")
        if body in tags:
            continue
        near = next((t for t in tags if t.lower() == body.lower()), None)
        if near:
            problems.append(
                Problem(
                    f"#{near} is hard to read aloud: start each word with a capital letter.",
                    rule="",
                    quote="#" + near,
                    fix=f"Write #{body}, so screen readers say the words.",
                )
            )
        else:
            problems.append(Problem(f"Missing hashtag #{body}.", fix=f"Add #{body}."))
    if max_tags is not None and len(tags) > max_tags:
        problems.append(
            Problem(f"{len(tags)} hashtags; use at most {max_tags}.", fix="Keep the ones that matter.")
        )
    return problems


def grade_hashtags(answer: Any, expect: Iterable[str], *, max_tags: int | None = None) -> None:
    """Every hashtag in ``expect`` appears written exactly so (CamelCase); at most ``max_tags`` in all."""
    problems = collect(hashtag_problems, answer, expect, max_tags)
    if problems:  # the message says what to fix: read it below
        _fail(problems)
        return
