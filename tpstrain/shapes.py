"""What a review looks like to the code that makes and shows it, whichever class holds it: the library's
pydantic models (:mod:`tpstrain.review`), or plain objects on the quick CLI path (:mod:`tpstrain.plain`).

The engine makes findings, metrics and a review through ``Results`` (three makers, chosen by the caller);
the renderers read them through these protocols. No pydantic here: the quick path imports this module.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from .levels import Level


class FindingShape(Protocol):
    """One problem; the engine moves a finding of a title or alt text into its field (``field``, ``start``,
    ``end`` are written), and a check may add to its ``message``."""

    field: str
    start: int
    end: int
    message: str  # a term's or pattern's note is added to it

    @property
    def rule(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def level(self) -> Level: ...
    @property
    def text(self) -> str: ...
    @property
    def suggestions(self) -> Sequence[str]: ...
    @property
    def fix(self) -> str: ...


class MetricsShape(Protocol):
    @property
    def platform(self) -> str: ...
    @property
    def weighted_length(self) -> int: ...
    @property
    def limit(self) -> int: ...
    @property
    def grade(self) -> float | None: ...


class ReviewShape(Protocol):
    @property
    def verdict(self) -> str: ...
    @property
    def findings(self) -> Sequence[FindingShape]: ...
    @property
    def metrics(self) -> MetricsShape: ...
    @property
    def text(self) -> str: ...


# Makers of a finding, the metrics and the review, called with every field as a keyword.
Results = tuple[Callable[..., FindingShape], Callable[..., Any], Callable[..., ReviewShape]]
