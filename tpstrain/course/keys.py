"""Sealed answer keys: visible checks that judge like the hidden tests without printing the answer.

A "find the problems" or "choose the account" question has an answer key. The hidden test holds it in
plain words; the trainee's visible check holds it **sealed**: each accepted value is kept only as a short
hash, salted with the question, so the check can say "not one the lessons support" or "2 more to find" and
agree with the grader, while the notebook does not print the key. Sealed is not secret: with eight
categories anyone could try them all, as they can with the feedback itself.

    KEY_1 = seal("04-q1", required=["clarity", "privacy"], allowed=["accessibility"])
    Key(KEY_1).has("required", "privacy")  -> True
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from .facts import norm

__all__ = ["Key", "seal"]

_VERSION = "k1"


def _digest(salt: str, role: str, value: str) -> str:
    return hashlib.sha256(f"{salt}\x00{role}\x00{norm(value).lstrip('@')}".encode()).hexdigest()[:12]


def seal(question: str, **roles: Iterable[str] | str) -> str:
    """A sealed key for ``question`` (a salt, e.g. "04-q1"): for each role, the values it accepts."""
    parts = [_VERSION, question]
    for role, values in sorted(roles.items()):
        vals = [values] if isinstance(values, str) else list(values)
        parts.append(role + "=" + ",".join(sorted(_digest(question, role, v) for v in vals)))
    return ":".join(parts)


class Key:
    """A sealed key, read back: which roles it has, and whether a value is in a role."""

    def __init__(self, sealed: str):
        parts = str(sealed).split(":")
        if len(parts) < 2 or parts[0] != _VERSION:
            raise ValueError(f"not a sealed key: {sealed!r}")
        self.question = parts[1]
        self.roles: dict[str, frozenset[str]] = {}
        for part in parts[2:]:
            role, _, digests = part.partition("=")
            self.roles[role] = frozenset(d for d in digests.split(",") if d)

    def __contains__(self, role: str) -> bool:
        return role in self.roles

    def has(self, role: str, value: str) -> bool:
        return _digest(self.question, role, value) in self.roles.get(role, frozenset())

    def count(self, role: str) -> int:
        return len(self.roles.get(role, frozenset()))
