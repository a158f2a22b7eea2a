"""The facts a reader acts on, read from one version of a post in English or French: numbers (up to twenty in
words too), phone numbers, times of day, dates, days of the week, streets, links, e-mail addresses and hashtags,
each with a value that compares across the two languages (:mod:`tpstrain.pairs` compares them). Standard
library only."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .languages import _fold

__all__ = ["Fact", "facts"]


# ----- facts ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Fact:
    """A fact a reader acts on, found in one version: its kind, a value that compares across languages, and
    where it is."""

    kind: str  # number, phone, time, date, weekday, street, url, email, hashtag
    value: str  # the comparable value: digits, "14:30", "03-03", a street name without accents ...
    text: str  # as written
    start: int
    end: int
    alts: tuple[str, ...] = ()  # other values it may mean: "2:30" without a.m. or p.m. is 02:30 or 14:30
    weak: bool = False  # matches the other version's fact, but is never reported missing ("one", "un", "une")
    direction: str = ""  # a street's direction, "w", "e", "n" or "s" ("Finch Ave W", "avenue Finch Ouest")


_LINK = re.compile(
    r"\b(?:https?://|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:ca|com|org|net|gov|on\.ca|info|"
    r"toronto)(?:/[^\s,;!?)\]]*)?",
    re.I,
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_TAG = re.compile(r"(?<![\w#])#(\w+)")
_MENTION = re.compile(r"(?<![\w@])@\w+")
_PHONE = re.compile(
    r"(?<![\w-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?(?:\d{4}|[A-Z]{4})(?![\w-])"
    r"|(?<![\w-])(?:\d-\d-\d|[2-9]11|988)(?![\w-])"
)
_LETTERS = {
    c: str(d)
    for d, letters in {
        2: "ABC",
        3: "DEF",
        4: "GHI",
        5: "JKL",
        6: "MNO",
        7: "PQRS",
        8: "TUV",
        9: "WXYZ",
    }.items()
    for c in letters
}
_TIME_EN = re.compile(r"(?<![\w:])(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?", re.I)
_TIME_24 = re.compile(r"(?<![\w:])([01]?\d|2[0-3]):([0-5]\d)(?![\w:])")
# "19 h 30", "19h30", "18 h", "18 heures"
_TIME_FR = re.compile(r"(?<![\w:])([01]?\d|2[0-3])\s?h(?:eures?)?(?:\s?([0-5]\d))?(?![\w])", re.I)
_AFTERNOON_EN = re.compile(r"\s+(?:in\s+the\s+(?:afternoon|evening)|at\s+night|tonight)\b", re.I)
_AFTERNOON_FR = re.compile(r"\s+(?:de\s+l['’]après-midi|de\s+l['’]apres-midi|du\s+soir)\b", re.I)
_TIME_WORDS = {"noon": "12:00", "midday": "12:00", "midi": "12:00", "midnight": "00:00", "minuit": "00:00"}
_TIME_WORD = re.compile(r"(?<![\w-])(" + "|".join(_TIME_WORDS) + r")(?![\w-])", re.I)  # not "après-midi"
_MONTHS = {
    "january": 1,
    "jan": 1,
    "janvier": 1,
    "february": 2,
    "feb": 2,
    "février": 2,
    "fevrier": 2,
    "march": 3,
    "mar": 3,
    "mars": 3,
    "april": 4,
    "apr": 4,
    "avril": 4,
    "may": 5,
    "mai": 5,
    "june": 6,
    "jun": 6,
    "juin": 6,
    "july": 7,
    "jul": 7,
    "juillet": 7,
    "august": 8,
    "aug": 8,
    "août": 8,
    "aout": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "septembre": 9,
    "october": 10,
    "oct": 10,
    "octobre": 10,
    "november": 11,
    "nov": 11,
    "novembre": 11,
    "december": 12,
    "dec": 12,
    "décembre": 12,
    "decembre": 12,
}
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th|er|re|e)?"
_DATE = re.compile(rf"\b(?:{_DAY}\s+(?:de\s+)?({_MONTH})|({_MONTH})\s+{_DAY})(?![\w])", re.I)
_WEEKDAYS = {
    "monday": 0,
    "lundi": 0,
    "tuesday": 1,
    "mardi": 1,
    "wednesday": 2,
    "mercredi": 2,
    "thursday": 3,
    "jeudi": 3,
    "friday": 4,
    "vendredi": 4,
    "saturday": 5,
    "samedi": 5,
    "sunday": 6,
    "dimanche": 6,
}
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.I)
# numbers: case numbers (2026-1234567), thousands (1,000 or 1 000), decimals (2.5 or 2,5), plain digits
_NUMBER = re.compile(
    r"(?<![\w.,])(\d+(?:-\d+)+|\d{1,3}(?:(?:,|[\u00a0\u202f ])\d{3})+(?![\d])|\d+(?:[.,]\d+)?)"
    r"(?:st|nd|rd|th|er|re|e)?(?![\w])"
)
_STREET_TYPES_EN = (
    r"St|Street|Ave|Av|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Cres|Crescent|Ct|Crt|Court|Pl|Place|"
    r"Pkwy|Parkway|Way|Lane|Ln|Trail|Terr|Terrace|Gate|Gdns|Gardens|Sq|Square|Circle|Cir"
)
_TYPE_WORD = re.compile(rf"(?:{_STREET_TYPES_EN})\.?")
_NAME = r"[A-ZÀ-Ý][\w'’-]*"
_STREET_EN = re.compile(
    rf"\b((?:St\.?\s+|Saint\s+)?{_NAME}(?:\s+{_NAME}){{0,2}})\s+(?:{_STREET_TYPES_EN})\b\.?"
)
_STREET_FR = re.compile(
    r"\b(?i:rue|avenue|av\.|boulevard|boul\.|bd|chemin|ch\.|promenade|prom\.|place|croissant|route|voie|allée|"
    r"cour|terrasse|sentier|square|parc|circuit)\s+(?:(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*)?"
    rf"((?:St\.?\s+|Saint[-\s]|Sainte[-\s])?{_NAME}(?:[\s-]+{_NAME}){{0,2}})"
)
_NOT_NAMES = frozenset(
    {
        # what a road is, in a heading: "ROUTE FERMÉE : rue Dundas Ouest ..."
        "fermee",
        "ferme",
        "barree",
        "bloquee",
        "coupee",
        "ouverte",
        "rouverte",
        "interdite",
        "ouest",
        "est",
        "nord",
        "sud",
        "west",
        "east",
        "north",
        "south",
        "w",
        "e",
        "n",
        "s",
        "o",
        "et",
        "and",
        "à",
        "a",
        "près",
        "near",
        "entre",
        "between",
        "the",
        "le",
        "la",
        "les",
    }
)
# numbers written as words, 0 to 20, in either language: "two" = "deux" = "2"
_NUMBER_WORDS = {
    word: n
    for n, words in enumerate(
        [
            "zero zéro",
            "one un une",
            "two deux",
            "three trois",
            "four quatre",
            "five cinq",
            "six",
            "seven sept",
            "eight huit",
            "nine neuf",
            "ten dix",
            "eleven onze",
            "twelve douze",
            "thirteen treize",
            "fourteen quatorze",
            "fifteen quinze",
            "sixteen seize",
            "seventeen dix-sept",
            "eighteen dix-huit",
            "nineteen dix-neuf",
            "twenty vingt",
        ]
    )
    for word in words.split()
}
# words that also mean something else ("a man" is "un homme"; "un vélo neuf" is a new bike): they match a number
# of the other version, but are never reported missing from it
_WEAK_NUMBER_WORDS = frozenset({"zero", "zéro", "one", "un", "une", "neuf"})
_NUMBER_WORD = re.compile(
    r"(?<![\w-])(" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")(?!\w)"
    # not part of a bigger number: "twenty-one", "vingt-deux", "quatre-vingts", "vingt et un"
    r"(?!-(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r"|vingts)\b)(?!\s+et\s+une?\b)",
    re.I,
)
_LANG_PATH = re.compile(r"/(?:en|fr|eng|fra|english|francais|français|anglais)(?=/|$|\?|#)", re.I)
_LANG_QUERY = re.compile(r"[?&](?:lang|langue|language|locale)=(?:en|fr|eng|fra)[\w-]*", re.I)


def _street_key(name: str) -> str:
    words = re.split(r"[\s-]+", _fold(name).replace("’", "'").strip(" .'"))
    words = ["st" if w.rstrip(".") in {"st", "saint", "sainte", "ste"} else w.strip(".'") for w in words]
    while words and words[-1] in _NOT_NAMES:
        words.pop()
    return " ".join(w for w in words if w)


def _url_key(url: str) -> str:
    url = url.rstrip(".,;:!?)»\"'")
    key = re.sub(r"^(?:https?://)?(?:www\.)?", "", url, flags=re.I).casefold()
    key = _LANG_QUERY.sub("", key)
    key = _LANG_PATH.sub("", key)
    return key.rstrip("/")


def _minutes(hour: int, minute: int, half: str | None = None) -> str | None:
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half.lower() == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


class _Found:
    """The facts found in one text so far, and the spans they claim (a span is claimed once)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.taken: list[tuple[int, int]] = []
        self.out: list[Fact] = []

    def free(self, s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in self.taken)

    def add(
        self,
        kind: str,
        value: str | None,
        m: re.Match[str],
        group: int = 0,
        alts: tuple[str, ...] = (),
        weak: bool = False,
    ) -> None:
        s, e = m.span(group)
        if value is None or not self.free(s, e):
            return
        self.taken.append((s, e))
        self.out.append(Fact(kind, value, self.text[s:e], s, e, alts, weak))


def _contacts(f: _Found) -> None:
    text = f.text
    for m in _EMAIL.finditer(text):
        f.add("email", m.group().casefold(), m)
    for m in _LINK.finditer(text):
        if f.free(*m.span()) and "@" not in text[max(0, m.start() - 1) : m.start()]:
            f.add("url", _url_key(m.group()), m)
    for m in _MENTION.finditer(text):  # handles are not compared, but their digits are not numbers either
        if f.free(*m.span()):
            f.taken.append(m.span())
    for m in _TAG.finditer(text):
        f.add("hashtag", "#" + _fold(m.group(1)), m)
    for m in _PHONE.finditer(text):
        digits = "".join(_LETTERS.get(c, c) for c in m.group().upper() if c.isalnum())
        f.add("phone", digits[1:] if len(digits) == 11 and digits[0] == "1" else digits, m)


def _times(f: _Found) -> None:
    text = f.text
    for m in _TIME_EN.finditer(text):
        f.add("time", _minutes(int(m.group(1)), int(m.group(2) or 0), m.group(3)), m)
    for m in _TIME_FR.finditer(text):
        hour = int(m.group(1))
        if 1 <= hour <= 11 and _AFTERNOON_FR.match(text, m.end()):  # "2 h 30 de l'après-midi"
            hour += 12
        f.add("time", _minutes(hour, int(m.group(2) or 0)), m)
    for m in _TIME_24.finditer(text):
        hour, minute = int(m.group(1)), int(m.group(2))
        if 1 <= hour <= 11 and _AFTERNOON_EN.match(text, m.end()):  # "2:30 in the afternoon"
            hour += 12
        # "2:30" alone may be either: on a 12-hour clock it is also 14:30
        alts = (f"{hour + 12:02d}:{minute:02d}",) if 1 <= hour <= 11 else ()
        f.add("time", _minutes(hour, minute), m, alts=alts)
    for m in _TIME_WORD.finditer(text):
        f.add("time", _TIME_WORDS[m.group(1).lower()], m)


def _dates(f: _Found) -> None:
    for m in _DATE.finditer(f.text):
        day = m.group(1) or m.group(4)
        month = _MONTHS.get(_fold(m.group(2) or m.group(3)).rstrip("."), 0) or _MONTHS.get(
            (m.group(2) or m.group(3)).casefold().rstrip("."), 0
        )
        if month and 1 <= int(day) <= 31:
            f.add("date", f"{month:02d}-{int(day):02d}", m)
    for m in _WEEKDAY.finditer(f.text):
        f.add("weekday", str(_WEEKDAYS[m.group(1).lower()]), m)


# a street's direction, after its name: "Finch Ave W", "Finch Ave. West", "avenue Finch Ouest" (not the verb
# "est": "la rue Dundas est fermée")
_DIRECTION_AFTER = re.compile(r"[\s-]+(?:(?i:ouest|west|nord|north|sud|south|east)|Est|[WENSO])\b(?![\w'’-])")
_DIRECTIONS = {"ouest": "w", "west": "w", "o": "w", "w": "w", "east": "e", "est": "e", "e": "e"}
_DIRECTIONS |= {"nord": "n", "north": "n", "n": "n", "sud": "s", "south": "s", "s": "s"}


def _direction(text: str, end: int) -> tuple[str, int]:
    """The direction written right after a street (``end``): ("w", where it ends), or ("", end)."""
    m = _DIRECTION_AFTER.match(text, end)
    if m is None:
        return "", end
    return _DIRECTIONS[m.group().strip(" -.").casefold()], m.end()


def _streets(f: _Found) -> None:
    for rx in (_STREET_EN, _STREET_FR):
        for m in rx.finditer(f.text):
            name, start = m.group(1), m.start(1)
            stop = next(
                (
                    w
                    for w in re.finditer(r"[^\s-]+", name)
                    if _fold(w.group()).strip(".") in _NOT_NAMES and w.start() > 0
                ),
                None,
            )
            if stop is not None:
                name = name[: stop.start()].rstrip(" -")
            key = _street_key(name)
            if (
                key
                and key not in _NOT_NAMES
                and not _TYPE_WORD.fullmatch(name)
                and f.free(start, start + len(name))
            ):
                # the direction follows the name in French ("Finch Ouest"), the street type in English
                way, end = _direction(f.text, start + len(name) if rx is _STREET_FR else m.end())
                end = end if way else start + len(name)
                f.taken.append((start, end))
                f.out.append(Fact("street", key, f.text[start:end], start, end, direction=way))


def _numbers(f: _Found) -> None:
    for m in _NUMBER.finditer(f.text):
        raw = m.group(1)
        if "-" in raw:
            value = raw
        elif re.fullmatch(r"\d{1,3}(?:(?:,|[\u00a0\u202f ])\d{3})+", raw):
            value = re.sub(r"\D", "", raw)
        else:
            value = raw.replace(",", ".")
            value = value.lstrip("0") or "0" if "." not in value else value
        f.add("number", value, m, 1)
    for m in _NUMBER_WORD.finditer(f.text):  # "two", "deux": the same fact as "2"
        word = m.group(1).casefold()
        f.add("number", str(_NUMBER_WORDS[word]), m, 1, weak=word in _WEAK_NUMBER_WORDS)


def facts(text: str) -> list[Fact]:
    """The facts of ``text``, in order: each span is claimed once (a phone number is not also three numbers)."""
    found = _Found(unicodedata.normalize("NFC", text))
    for step in (
        _contacts,
        _times,
        _dates,
        _streets,
        _numbers,
    ):  # in this order: the first to claim a span keeps it
        step(found)
    found.out.sort(key=lambda f: f.start)
    return found.out
