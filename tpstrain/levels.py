"""Finding levels and the verdict they add up to (no pydantic here: the quick CLI path imports it)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, Protocol

Level = Literal["error", "warning", "suggestion"]
Verdict = Literal["ok", "revise", "block"]
LEVEL_RANK = {"suggestion": 0, "warning": 1, "error": 2}


class Leveled(Protocol):
    @property
    def level(self) -> Level: ...


def verdict_of(findings: Iterable[Leveled]) -> Verdict:
    """block when any finding is an error, revise when any is a warning, else ok."""
    top = max((LEVEL_RANK[f.level] for f in findings), default=-1)
    return "block" if top == 2 else "revise" if top == 1 else "ok"
