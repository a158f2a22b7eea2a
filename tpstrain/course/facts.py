"""Read an answer as text, and find its key facts.

Key facts (``keep=``) are strings that must survive a rewrite. ``"Queen St W|Queen Street West"`` accepts
either spelling; case, periods (``St.``/``St``, ``p.m.``/``pm``) and the dash style do not matter, and
numbers match with any separators (``416 808 2222`` = ``416-808-2222``). ``...`` between words stands for
up to four words of the same clause: ``"nothing ... dangerous"`` finds "nothing dangerous" and "nothing in it
was dangerous". A name in angle brackets (``"<kindness>"``, ``"<arrest>"``) is a key fact that several
questions share, defined once with every common way to say it (:mod:`~tpstrain.course.shared_facts`). Give them as a list, or as a mapping from a label ("place", "case number") to the fact (or a
list of facts) so messages can name what is missing.

A key fact that the sentence takes back ("We never charge a fee, except a $20 storage charge") is not kept.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from .results import AnswerError, Problem, short
from .shared_facts import shared_fact, shared_name

__all__ = [
    "Facts",
    "as_text",
    "fact_regex",
    "fact_pairs",
    "find_fact",
    "missing_facts",
    "norm",
    "show_fact",
    "avoided",
]

Facts = Iterable[str] | Mapping[str, Any] | str | None


_MARKER = re.compile(r"^\s*#+\s*(?:BEGIN|END) SOLUTION\s*$")
_PLACEHOLDER = re.compile(r"^(?:write|type|put|enter)\s+(?:your|the)\b.{0,60}\bhere\b\W*$", re.I | re.S)


def as_text(answer: Any, what: str = "answer") -> str:
    """The answer as stripped text; an AnswerError when it is missing, empty or still the placeholder."""
    note = getattr(answer, "note", None)
    if (
        isinstance(answer, str) and note
    ):  # an answer cell that holds more than the answer (answers.Unreadable)
        raise AnswerError(note)
    if answer is None:
        raise AnswerError(f"There is no {what} yet. Write it between the triple quotes, then run the cell.")
    if isinstance(answer, (list, tuple, set)):
        answer = "\n".join(str(a) for a in answer)
    if not isinstance(answer, str):
        raise AnswerError(
            f'Your {what} must be text between triple quotes ("""like this"""), not {type(answer).__name__}.'
        )
    # nbgrader's solution markers, if a source notebook is graded as it is
    text = "\n".join(line for line in answer.splitlines() if not _MARKER.match(line)).strip()
    if not text:
        raise AnswerError(f"Your {what} is empty. Write it between the triple quotes, then run the cell.")
    if _PLACEHOLDER.match(text):
        raise AnswerError(
            f'You have not written your {what} yet: replace "{short(text)}" with your {what}, '
            "then run the cell."
        )
    return text


_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_APOS = "'\u2019\u2018\u02bc`"


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(f"[{_DASHES}]", "-", text)
    text = re.sub(f"[{_APOS}]", "'", text)
    return " ".join(text.split())


_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_DATE = re.compile(r"(" + "|".join(_MONTHS) + r")\.?\s+(\d{1,2})", re.I)
_ORDINAL = r"(?:st|nd|rd|th)?"


def _date_pattern(alt: str) -> str | None:
    """ "June 13" finds June 13th, Jun. 13, 13 June and the 13th of June."""
    m = _DATE.fullmatch(alt)
    if m is None:
        return None
    full, day = m.group(1).lower(), m.group(2)
    month = f"(?:{full}|{full[:3]}{'|sept' if full == 'september' else ''})\\.?"
    return rf"(?<!\w)(?:{month}\s*{day}{_ORDINAL}|{day}{_ORDINAL}\s*(?:of\s+)?{month})(?!\w)"


def _number_pattern(alt: str) -> str | None:
    """A number (phone, case): the same digits with any separators between them."""
    digits = re.sub(r"\D", "", alt)
    if len(digits) >= 3 and re.fullmatch(r"[\d\s().+\-" + _DASHES + r"]+", alt):
        sep = r"[\s().\-" + _DASHES + r"]{0,3}"
        return r"(?<!\d)" + sep.join(digits) + r"(?!\d)"
    return None


# street words and their short forms: "Don Valley Parkway" finds "Don Valley Pkwy", "Queen St W" "Queen Street West"
_STREET = {}
for _group in (
    ("street", "st"),
    ("avenue", "ave", "av"),
    ("road", "rd"),
    ("boulevard", "blvd"),
    ("parkway", "pkwy"),
    ("drive", "dr"),
    ("crescent", "cres"),
    ("court", "ct"),
    ("place", "pl"),
    ("highway", "hwy"),
    ("expressway", "expy"),
    ("square", "sq"),
    ("west", "w"),
    ("east", "e"),
    ("north", "n"),
    ("south", "s"),
):
    for _w in _group:
        _STREET[_w] = "(?:" + "|".join(_group) + ")"


# a form of "be" inside a key fact stands for its other tenses
_BE = frozenset(("was", "is", "were"))
_BE_ANY = r"(?:was|is|were|has been|have been|had been|'s been|[’']s)"


def _chars(word: str) -> str:
    out = []
    for ch in word:
        if ch == ".":
            out.append(r"\.?")
        elif ch in _APOS:
            out.append(f"[{_APOS}]")
        elif ch == "-" or ch in _DASHES:
            out.append(f"[\\-{_DASHES}\\s]?")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _words_pattern(alt: str) -> str:
    words = alt.split()
    parts = []
    for i, w in enumerate(words):
        street = _STREET.get(w.lower().rstrip(".")) if i else None  # never the first word ("St Clair")
        if i and w.lower() in _BE:  # "no one was hurt" finds "no one has been hurt", "no one is hurt"
            parts.append(_BE_ANY)
            continue
        parts.append(street + r"\.?" if street else _chars(w))
    # "St W" finds "St. W"; "11 p.m." finds "11pm"; "no one" finds "no-one"
    body = (r"\.?[\s\-" + _DASHES + r"]*").join(parts)
    if alt[0].isalnum():
        body = r"(?<!\w)" + body
    if alt[-1].isalpha():
        body += r"(?:e?s|'s)?(?!\w)"  # plurals count: "officer" finds "officers"
    elif alt[-1].isdigit():
        body += _ORDINAL + r"(?!\w)"  # "June 13" finds "June 13th"
    elif alt[-1].isalnum():
        body += r"(?!\w)"
    return body


# "nothing ... dangerous": up to four words between, none of them across a comma or the end of a sentence
_GAP = r"(?:\s+[^\s.,;:!?…]+){0,4}?\s+"


def _gap_pattern(alt: str) -> str | None:
    parts = [p.strip() for p in re.split(r"\s*(?:\.\.\.|…)\s*", alt)]
    if len(parts) < 2 or not all(parts):
        return None
    return _GAP.join(_words_pattern(p) for p in parts)


_CLOCK = re.compile(r"\d{1,2}(?::\d\d)?")
_CLOCK_MERIDIEM = re.compile(r"(\d{1,2}(?::\d\d)?)\s*[ap]\.?\s*m\.?", re.I)
_ANY_MERIDIEM = r"(?!\s*[ap]\.?\s*m(?![^\W\d_]))"


@functools.lru_cache(maxsize=1024)
def fact_regex(fact: str) -> re.Pattern[str]:
    """A pattern that finds ``fact`` in the original text, forgiving case, periods, dashes and spacing; a
    number with any separators, a date in any order ("June 13", "13 June", "Jun. 13th").

    A bare time beside the same time with its half of the day ("7:30 p.m.|7:30") finds "7:30" but not
    "7:30 a.m.": the wrong half of the day is another time.
    """
    given = [a.strip() for a in fact.split("|") if a.strip()]
    halves = {m.group(1) for a in given if (m := _CLOCK_MERIDIEM.fullmatch(a))}
    alts = []
    for alt in given:
        pattern = (
            _shared_pattern(alt)
            or _gap_pattern(alt)
            or _number_pattern(alt)
            or _date_pattern(alt)
            or _words_pattern(alt)
        )
        if alt in halves and _CLOCK.fullmatch(alt):
            pattern += _ANY_MERIDIEM
        alts.append(pattern)
    return re.compile("|".join(f"(?:{a})" for a in alts) or r"(?!)", re.I)


def _shared_pattern(alt: str) -> str | None:
    """A shared key fact ("<kindness>"): its words, read like key facts, and its patterns."""
    name = shared_name(alt)
    if name is None:
        return None
    fact = shared_fact(name)
    parts = [_words_pattern(w) for w in fact.words] + list(fact.patterns)
    return "|".join(f"(?:{p})" for p in parts)


def find_fact(text: str, fact: str) -> re.Match[str] | None:
    """Where ``fact`` (alternatives joined by ``|``) appears in ``text``, or None."""
    return fact_regex(fact).search(unicodedata.normalize("NFC", text))


def fact_pairs(keep: Facts) -> list[tuple[str, str]]:
    """(label, fact) pairs from a list, a mapping of label -> fact (or list of facts), or one string."""
    if keep is None:
        return []
    if isinstance(keep, str):
        return [("", keep)]
    if isinstance(keep, Mapping):
        out = []
        for label, val in keep.items():
            for v in [val] if isinstance(val, str) else list(val):
                out.append((str(label), v))
        return out
    return [("", str(k)) for k in keep]


def show_fact(fact: str) -> str:
    alts = []
    for a in (a.strip() for a in fact.split("|")):
        name = shared_name(a) if a else None
        alts += list(shared_fact(name).shown) if name else [a] if a else []
    return " or ".join(f'"{a}"' for a in dict.fromkeys(alts))


# words that take back what the sentence has just said: "We never charge a fee, except ..."
_EXCEPT = re.compile(
    r"[^.!?\n]*?\b(?:except|excepting|unless|apart from|aside from|other than|save for|but for|"
    r"with the exception of)\b[^.!?\n]*",
    re.I,
)


def missing_facts(text: str, keep: Facts, what: str = "key fact") -> list[Problem]:
    out = []
    text = unicodedata.normalize("NFC", text)
    for label, fact in fact_pairs(keep):
        name = f"{what} ({label})" if label else what
        found = list(fact_regex(fact).finditer(text))
        if not found:
            out.append(
                Problem(
                    f"Missing {name}: {show_fact(fact)}.", fix="Keep it in your post, written the same way."
                )
            )
            continue
        taken = [_EXCEPT.match(text, m.end()) for m in found]
        if all(taken):
            first = found[0]
            said = text[first.start() : taken[0].end()] if taken[0] else first.group()
            out.append(
                Problem(
                    f'This takes back the {name} it gives: "{short(said, 80)}".',
                    quote=said,
                    fix="Say it without an exception that is not in the facts, or leave the exception out.",
                )
            )
    return out


def avoided(text: str, avoid: Facts) -> list[Problem]:
    """Problems for words that must not appear. ``avoid`` maps a word to advice, or lists words."""
    if avoid is None:
        return []
    pairs = (
        list(avoid.items())
        if isinstance(avoid, Mapping)
        else [(a, "") for a in ([avoid] if isinstance(avoid, str) else avoid)]
    )
    out = []
    tags = _tag_words(text)
    for word, advice in pairs:
        m = find_fact(text, word)
        hit = m.group() if m is not None else None
        if hit is None and tags != text and (t := find_fact(tags, word)) is not None:
            hit = next(tag for tag in _TAG.findall(text) if t.group().casefold() in tag.casefold())
        if hit is not None:
            out.append(
                Problem(
                    f'"{hit}" should not be in this post.',
                    quote=hit,
                    fix=advice or "Take it out or say it another way.",
                )
            )
    return out


_TAG = re.compile(r"#\w+")


def _tag_words(text: str) -> str:
    """``text`` with the words of each CamelCase hashtag apart ("#SophieRides" -> "#Sophie Rides"), so a name
    hidden in a tag is found."""
    return _TAG.sub(
        lambda m: re.sub(r"(?<=[^\W_])(?=[A-Z][a-z])|(?<=[a-z])(?=[A-Z0-9])", " ", m.group()), text
    )
