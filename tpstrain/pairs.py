"""Check that an English and a French version of a post carry the same facts.

    >>> from tpstrain.pairs import check_pair
    >>> review = check_pair("Call 416-808-3200 if you see her.", "Composez le 416-808-3100 si vous la voyez.")
    >>> [(f.kind, f.side, f.text) for f in review.findings]
    [('phone', 'en', '416-808-3200'), ('phone', 'fr', '416-808-3100')]

Each fact (:mod:`tpstrain.pair_facts`) missing from the other version is a :class:`PairFinding` with its span
in the version that has it; a version not in its language is one too. Standard library only.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from .languages import UNDETERMINED, detect_language
from .pair_facts import Fact, facts

__all__ = ["PairFinding", "PairReview", "check_pair"]


# ----- a pair --------------------------------------------------------------------------------------------------
_KIND_NAMES = {
    "number": "number",
    "phone": "phone number",
    "time": "time",
    "date": "date",
    "weekday": "day",
    "street": "street",
    "url": "link",
    "email": "e-mail address",
    "hashtag": "hashtag",
}
_SIDE_NAMES = {"en": "English", "fr": "French"}


@dataclass
class PairFinding:
    """A difference between the two versions: a fact in one and not the other, or a version in the wrong
    language. ``side`` is the version the span is in ("en" or "fr"); ``text == version[start:end]``."""

    kind: str
    side: str
    start: int
    end: int
    text: str
    message: str
    level: str = "warning"
    value: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class PairReview:
    """What :func:`check_pair` found: each version's language and the facts that differ."""

    english: str
    french: str
    languages: dict[str, str]
    findings: list[PairFinding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """No finding at warning level: both versions are in the right language and carry the same facts."""
        return not any(f.level in ("warning", "error") for f in self.findings)

    @property
    def verdict(self) -> str:
        """``ok``, or ``revise`` when a warning or an error was found (as a post's review says)."""
        return "ok" if self.ok else "revise"

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "languages": dict(self.languages),
            "findings": [f.to_dict() for f in self.findings],
        }

    def text(self) -> str:
        """A plain-text report, one finding a line."""
        head = (
            f"{self.verdict.upper()}  English: {self.languages['en']}, French: {self.languages['fr']}, "
            f"{len(self.findings)} finding{'s' if len(self.findings) != 1 else ''}"
        )
        lines = [head]
        for f in self.findings:
            lines.append(f"{f.level:<10} {_SIDE_NAMES[f.side]:<8} {f.message}")
        return "\n".join(lines)

    __str__ = text

    def __repr__(self) -> str:  # in a notebook or a console: the report, not the fields
        return self.text()


def _missing(kind: str, have: str, other: str) -> str:
    what = _KIND_NAMES[kind]
    if kind == "hashtag":
        return (
            f"The {what} '{{text}}' is in the {_SIDE_NAMES[have]} version only. Use it in both, or its "
            f"{_SIDE_NAMES[other]} equivalent."
        )
    return (
        f"The {what} '{{text}}' is in the {_SIDE_NAMES[have]} version but not in the {_SIDE_NAMES[other]} "
        f"one. Both versions must carry the same facts."
    )


def _language_findings(side: str, text: str, found: str) -> list[PairFinding]:
    want = _SIDE_NAMES[side]
    if found == side:
        return []
    if found == UNDETERMINED:
        msg = (
            f"This version does not clearly read as {want}: too short or mixed to tell. Check that it is "
            f"written in {want}."
        )
        level = "suggestion"
    else:
        msg = f"This version reads as {_SIDE_NAMES[found]}, not {want}."
        level = "warning"
    end = len(text.rstrip())
    return [PairFinding("language", side, 0, end, text[:end], msg, level, found)]


def _found_in(fact: Fact, others: list[Fact], theirs: set[tuple[str, str]]) -> bool:
    """The other version has this fact. A street with a direction needs the same direction there, or none:
    "Finch Ave W" is "avenue Finch Ouest" or "avenue Finch", never "avenue Finch Est"."""
    if fact.kind == "street" and fact.direction:
        return any(
            o.kind == "street" and o.value == fact.value and o.direction in ("", fact.direction)
            for o in others
        )
    return any((fact.kind, v) in theirs for v in (fact.value, *fact.alts))


def check_pair(english: str, french: str, *, kinds: Iterable[str] | None = None) -> PairReview:
    """Compare an English post and its French version (posted at the same time, or as one bilingual post's two
    halves): each must read as its language, and each fact of one must be in the other.

    ``kinds`` limits the facts compared (default: every kind: number, phone, time, date, weekday, street, url,
    email, hashtag). A hashtag only in one version is a suggestion (it may be translated); any other fact
    missing from one version is a warning.
    """
    if not isinstance(english, str) or not isinstance(french, str):
        raise TypeError("check_pair takes two texts: the English version and the French version")
    english, french = unicodedata.normalize("NFC", english), unicodedata.normalize("NFC", french)
    wanted = set(kinds) if kinds is not None else set(_KIND_NAMES)
    unknown = wanted - set(_KIND_NAMES)
    if unknown:
        raise ValueError(
            f"unknown kinds of fact: {', '.join(sorted(unknown))}; use: {', '.join(_KIND_NAMES)}"
        )
    langs = {"en": detect_language(english), "fr": detect_language(french)}
    findings = _language_findings("en", english, langs["en"]) + _language_findings("fr", french, langs["fr"])
    sides = {
        "en": [f for f in facts(english) if f.kind in wanted],
        "fr": [f for f in facts(french) if f.kind in wanted],
    }
    for have, other in (("en", "fr"), ("fr", "en")):
        theirs = {(f.kind, v) for f in sides[other] for v in (f.value, *f.alts)}
        seen: set[tuple[str, str, str]] = set()
        for f in sides[have]:
            key = (f.kind, f.value, f.direction)
            if f.weak or key in seen or _found_in(f, sides[other], theirs):
                continue
            seen.add(key)
            level = "suggestion" if f.kind == "hashtag" else "warning"
            findings.append(
                PairFinding(
                    f.kind,
                    have,
                    f.start,
                    f.end,
                    f.text,
                    _missing(f.kind, have, other).format(text=f.text),
                    level,
                    f.value,
                )
            )
    findings.sort(key=lambda f: (f.side != "en", f.start))
    return PairReview(english, french, langs, findings)
