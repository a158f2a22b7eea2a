"""What the checker says about a post: findings with exact spans, metrics, and a verdict."""

from __future__ import annotations

import re
from functools import partial
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from .levels import LEVEL_RANK, Level, Verdict, verdict_of  # noqa: F401  (verdict_of re-exported)
from .rules import Category
from .shapes import Results

_set = object.__setattr__
M = TypeVar("M", bound=BaseModel)


def built(cls: type[M], **values: Any) -> M:
    """A model made from values the engine computed itself, every field given: what pydantic's
    ``model_construct`` does, without its per-field alias and default look-ups (a quarter of the time;
    the engine makes three or more per post). tests/test_engine.py holds the two to the same result."""
    m = cls.__new__(cls)
    _set(m, "__dict__", values)
    _set(m, "__pydantic_fields_set__", set(values))
    _set(m, "__pydantic_extra__", {} if cls.model_config.get("extra") == "allow" else None)
    _set(m, "__pydantic_private__", None)
    return m


class Finding(BaseModel):
    """One problem: which rule, where (``start``/``end`` in the original text of ``field``), and the fix."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    rule: str
    category: Category
    level: Level
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str = Field(description="The original characters from start to end.")
    message: str
    suggestions: list[str] = Field(default_factory=list, description="Replacements for the span, best first.")
    fix: str = Field("", description="How to fix it, in words.")
    field: str = Field("text", description="Which part of the post the span is in: text, title, media, ...")

    @property
    def replaceable(self) -> bool:
        return self.field == "text" and bool(self.suggestions)

    def apply(self, text: str, choice: int = 0) -> str:
        """Return ``text`` with this finding's span replaced by suggestion ``choice``."""
        if not self.replaceable:
            raise ValueError(f"{self.rule}: no replacement to apply here; {self.fix}")
        if text[self.start : self.end] != self.text:
            raise ValueError(f"{self.rule}: the text changed since it was checked; check it again")
        return (
            _with_article(text[: self.start], self.suggestions[choice])
            + self.suggestions[choice]
            + text[self.end :]
        )


_ARTICLE = re.compile(r"\b(a|an|A|An)(\s+)$")


def _with_article(before: str, replacement: str) -> str:
    """Keep "a"/"an" right for the replacement: "an MVC" -> "a crash", "a MVA" -> "an accident"."""
    m = _ARTICLE.search(before)
    first = replacement[:1].lower()
    if not m or not first.isalpha() or first == "u":
        return before
    want = "an" if first in "aeio" else "a"
    art = m.group(1)
    if art.lower() == want:
        return before
    return before[: m.start()] + (want.capitalize() if art[0].isupper() else want) + m.group(2)


class Metrics(BaseModel):
    model_config = ConfigDict(extra="allow", defer_build=True)

    platform: str
    weighted_length: int = Field(description="Length as the platform counts it (X: weighted).")
    limit: int
    grade: float | None = Field(
        None,
        description="Flesch-Kincaid grade, URLs, tags and mentions removed; for a post in French, the grade "
        "Flesch's table gives Kandel and Moles' reading ease.",
    )
    reading_ease: float | None = None
    words: int = 0
    sentences: int = 0
    longest_sentence: int = 0
    hashtags: int = 0


class Review(BaseModel):
    """The result of checking one post against a policy."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    verdict: Verdict
    findings: list[Finding]
    metrics: Metrics
    text: str = Field("", description="The text that was checked.")

    @property
    def ok(self) -> bool:
        return self.verdict == "ok"

    def rules(self, min_level: Level = "suggestion") -> list[str]:
        """Ids of the rules that fired at ``min_level`` or above, in order of first finding."""
        floor = LEVEL_RANK[min_level]
        return list(dict.fromkeys(f.rule for f in self.findings if LEVEL_RANK[f.level] >= floor))

    def categories(self, min_level: Level = "warning") -> set[str]:
        floor = LEVEL_RANK[min_level]
        return {f.category for f in self.findings if LEVEL_RANK[f.level] >= floor}

    def fixed(self) -> str:
        """The text with the first suggestion of every replaceable finding applied (non-overlapping)."""
        out = self.text
        taken_from = len(out) + 1
        for f in sorted(
            (f for f in self.findings if f.replaceable), key=lambda f: (f.start, f.end), reverse=True
        ):
            if f.end <= taken_from:
                head = out[: f.start]
                before = _with_article(head, f.suggestions[0])
                out = before + f.suggestions[0] + out[f.end :]
                # nothing left of the changed region moves: an article change starts at the article
                changed = next(
                    (i for i, (x, y) in enumerate(zip(head, before, strict=False)) if x != y), f.start
                )
                taken_from = min(f.start, changed)
        return out

    # ----- display --------------------------------------------------------------------------
    def format(self, colour: bool = False, width: int = 100) -> str:
        from .render.text import format_review

        return format_review(self, colour=colour, width=width)

    def __str__(self) -> str:
        return self.format()

    def _repr_html_(self) -> str:
        from .render.html import review_html

        return review_html(self)


def model_results() -> Results:
    """Makers of the library's results: these pydantic models, built from the engine's own values without
    validation (:func:`built`)."""
    return partial(built, Finding), partial(built, Metrics), partial(built, Review)
