"""Phone numbers: found and parsed by libphonenumber (region CA), and the test for official numbers."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from .tokenize import Analysis, Span, memo

_DIGIT_RUN = re.compile(r"\d[\d\s().+-]{5,}\d")


@memo("phone")
def phones(a: Analysis) -> list[Span]:
    """Phone numbers, found and parsed by libphonenumber (region CA).

    The same list as ``PhoneNumberMatcher(a.folded, "CA", leniency=Leniency.POSSIBLE, max_tries=200)`` gives,
    found faster by :func:`_phone_finder` (tests/test_phones.py holds the two to the same list)."""
    if not _DIGIT_RUN.search(a.folded):
        return []
    out = []
    for start, end, raw, national in _phone_finder()(a.folded):
        # case numbers like 2026-1234567 are not phone numbers
        if _CASE_NUMBER.fullmatch(raw.strip()):
            continue
        out.append((start, end, str(national)))
    return out


_CASE_NUMBER = re.compile(r"(?:19|20)\d\d[-/ ]?\d{6,8}")
# A candidate that is a plain North American number: "416-808-2222", "(416) 808-2222", "416.808.2222",
# "4168082222", "1-800-222-8477", "+1 416 808 2222". For region CA, parse() gives it country code 1 and the
# ten digits after the optional 1 as national number, always a possible number; it has no slash (not a date),
# ends in four digits (not a time stamp), and its brackets pair and are no page reference. tests/test_phones.py
# checks every shape against the library.
_NANP = re.compile(r"(?:\+?1[ .-]?)?(?:\(([2-9][0-9]{2})\)|([2-9][0-9]{2}))[ .-]?([0-9]{3})[ .-]?([0-9]{4})")
# Fewest letters and digits a candidate needs to be a possible number (parse() turns letters into digits and
# adds none to so short a number): 7 without a plus sign (region CA: a local 7-digit number, or 011 + country
# code + number), 4 with one ("+49 12": Germany has local numbers of 2 digits). tests/test_phones.py derives
# both from the metadata and tries every shorter string.
_MIN_ALNUM_NATIONAL = 7
_MIN_ALNUM_PLUS = 4
_Found = tuple[int, int, str, int | None]  # start, end, raw string, national number (None: none parsed)


def _search_from(pattern: Any, lead: re.Pattern[str], text: str, index: int) -> Any:
    """``pattern.search(text, index)``, trying the pattern only where ``lead`` says a match can start."""
    s = lead.search(text, index)
    while s is not None:
        match = pattern.match(text, s.start())
        if match is not None:
            return match
        s = lead.search(text, s.start() + 1)
    return None


@functools.cache
def _phone_finder() -> Callable[[str], list[_Found]]:
    """libphonenumber's matcher for region CA at leniency POSSIBLE, minus three quarters of its cost.

    It is the library's own search, with the same candidates, inner matches and count of tries, and shortcuts
    that change no result: the big candidate pattern is tried only where a match can start (a digit, an opening
    bracket or a plus sign) instead of at every character; a candidate of a few digits and nothing else is
    counted as a failed try without the date, time, parse and split attempts that all fail on it; a plain North
    American number is taken as it is; and ``parse`` (~25 us) is skipped for candidates, and parts of them,
    too short to be a possible number. If the library's insides are not the ones this was written against,
    the plain matcher is used."""
    from phonenumbers import Leniency, PhoneNumber, PhoneNumberMatch, PhoneNumberMatcher
    from phonenumbers import phonenumbermatcher as pm

    def plain(text: str) -> list[_Found]:
        return [
            (m.start, m.end, m.raw_string, m.number.national_number)
            for m in PhoneNumberMatcher(text, "CA", leniency=Leniency.POSSIBLE, max_tries=200)
        ]

    try:
        pattern, second_number, lead_class, flags = (
            pm._PATTERN,
            pm._SECOND_NUMBER_START_PATTERN,  # type: ignore[attr-defined]  # insides, checked below and in tests
            pm._LEAD_CLASS,
            pm._REGEX_FLAGS,  # type: ignore[attr-defined]
        )
        PhoneNumberMatcher._extract_match, PhoneNumberMatcher._parse_and_verify  # noqa: B018
        PhoneNumberMatcher("", "CA")._max_tries  # noqa: B018
    except AttributeError:  # pragma: no cover - another version of phonenumbers
        return plain
    lead = re.compile(rf"{lead_class}|\d", flags)  # where every match of pattern starts

    class Matcher(PhoneNumberMatcher):
        def _parse_and_verify(self, candidate: str, offset: int) -> Any:
            alnum = sum(map(str.isalnum, candidate))
            if alnum < (
                _MIN_ALNUM_PLUS if "+" in candidate or "\uff0b" in candidate else _MIN_ALNUM_NATIONAL
            ):
                return None  # parse() would fail or give a number too short to be possible
            m = _NANP.fullmatch(candidate)
            if m:
                national = int((m[1] or m[2]) + m[3] + m[4])
                return PhoneNumberMatch(
                    offset, candidate, PhoneNumber(country_code=1, national_number=national)
                )
            return super()._parse_and_verify(candidate, offset)

    def find(text: str) -> list[_Found]:
        # PhoneNumberMatcher.__iter__ and _find, inlined; the matcher object only for candidates that need it
        matcher = None
        tries = 200
        out: list[_Found] = []
        index = 0
        while tries > 0:
            match = _search_from(pattern, lead, text, index)
            if match is None:
                break
            begin = match.start()
            candidate = text[begin : match.end()]
            cut = second_number.search(candidate)
            if cut:
                candidate = candidate[
                    : cut.start()
                ]  # never to nothing: it starts with a digit, bracket or plus
            if len(candidate) < _MIN_ALNUM_NATIONAL and candidate.isdecimal():
                tries -= 1  # "12", "2026": no date, time, possible number or inner match in it
                index = begin + len(candidate)
                continue
            nanp = _NANP.fullmatch(candidate)
            if nanp:
                index = begin + len(candidate)
                out.append((begin, index, candidate, int((nanp[1] or nanp[2]) + nanp[3] + nanp[4])))
                continue
            if matcher is None:
                matcher = Matcher(text, "CA", leniency=Leniency.POSSIBLE, max_tries=tries)
            matcher._max_tries = tries
            found = matcher._extract_match(candidate, begin)
            tries = matcher._max_tries
            if found is None:
                tries -= 1
                index = begin + len(candidate)
                continue
            out.append((found.start, found.end, found.raw_string, found.number.national_number))
            index = found.end
        return out

    return find


def official_phone_matcher(patterns: list[str]) -> Callable[[str], bool]:
    """Return a test for national numbers that match the official patterns ('416-808-xxxx', '911')."""
    rx = []
    for p in patterns:
        digits = re.sub(r"[^0-9xX#]", "", p).lower().replace("#", "x")
        if digits.startswith("1") and len(digits) == 11:
            digits = digits[1:]
        rx.append(digits.replace("x", r"\d"))
    compiled = re.compile("|".join(f"(?:{r})" for r in rx)) if rx else None
    return lambda national: bool(compiled and compiled.fullmatch(national))


# Numbers libphonenumber does not see for region CA: UK numbers written nationally ("07700 900461", "07700 900 461",
# "0161 856 3471", "0800 555 111"), New Zealand and Australian mobiles ("021 555 0147", "0412 555 019") and numbers
# spelled out in words ("four one six, five five five, ...").
# (the "0" comes first, the look-behind after it, so a search jumps from one "0" to the next)
_NATIONAL = re.compile(
    r"0(?<![\d+]0)(?:7\d{3}\s?(?:\d{6}|\d{3}\s\d{3})|[1-3]\d{2,3}\s?\d{3}\s?\d{3,4}|[1-3]\d{1,2}\s?\d{4}\s?\d{4}|8\d{2}\s?\d{3}\s?\d{3,4}|2\d\s?\d{3}\s?\d{4}|4\d{2}\s?\d{3}\s?\d{3})(?!\d)"
)
# a UK area code in brackets: "(01632) 960 555", "(020) 7946 0555" (dev batch 410)
_BRACKETED = re.compile(r"\(0\d{2,4}\)\s?\d{3,4}\s?\d{3,4}(?!\d)")
# a North American number broken over two lines after a hyphen: "call 905-555-\n0161" (dev batches 422 and 424)
_SPLIT = re.compile(r"(?<![\d-])\(?[2-9]\d{2}\)?[ .-]?\d{3}-[ \t]*\n[ \t]*\d{4}(?![\d-])")
_DIGIT_WORDS = {w: str(k) for k, w in enumerate("zero one two three four five six seven eight nine".split())}
_DIGIT_WORDS["oh"] = "0"


def other_phones(a: Analysis) -> list[Span]:
    """UK, Australian and New Zealand numbers in national form, North American ones broken over two lines, and
    numbers spelled out in words, as (start, end, digits)."""
    out = [
        (m.start(), m.end(), re.sub(r"\D", "", m.group()))
        for rx in (_NATIONAL, _BRACKETED, _SPLIT)
        for m in rx.finditer(a.folded)
    ]
    words, gaps = a.words, a.gaps
    if len([w for w in words if w.lower in _DIGIT_WORDS]) < 7:
        return out  # too few number words to spell out a number (most posts)
    k, n = 0, len(words)
    while k < n:
        if words[k].lower not in _DIGIT_WORDS:
            k += 1
            continue
        j = k + 1
        while j < n and words[j].lower in _DIGIT_WORDS and gaps[j].strip(" ,.-") == "":
            j += 1
        if j - k >= 7:
            out.append((words[k].start, words[j - 1].end, "".join(_DIGIT_WORDS[w.lower] for w in words[k:j])))
        k = j
    return out


def all_phones(a: Analysis) -> list[Span]:
    """Every phone number in the post: libphonenumber's, and the national and spelled-out ones it does not see."""
    found = phones(a)
    extra = [s for s in other_phones(a) if not any(s[0] < e and b < s[1] for b, e, _ in found)]
    return sorted(found + extra) if extra else found
