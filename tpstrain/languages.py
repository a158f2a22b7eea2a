"""Two official languages: tell a post's language, and check that an English and a French version carry the
same facts.

    >>> from tpstrain.languages import check_pair, detect_language
    >>> detect_language("Composez le 416-808-3200 si vous la voyez.")
    'fr'
    >>> review = check_pair("Call 416-808-3200 if you see her.", "Composez le 416-808-3100 si vous la voyez.")
    >>> [(f.kind, f.side, f.text) for f in review.findings]
    [('phone', 'en', '416-808-3200'), ('phone', 'fr', '416-808-3100')]

The language is told from little words ("the", "and", "of" against "le", "et", "de") and accented letters: a
simple heuristic, right on posts of a sentence or more, that says ``"und"`` (undetermined) when a text is too
short or too mixed to tell. The facts compared are the ones a reader acts on: numbers (ages, case numbers,
heights, counts), phone numbers, times of day ("2:30 p.m." = "14 h 30"), dates ("March 3" = "3 mars"), days
of the week, street names ("Lawrence Ave W" = "avenue Lawrence Ouest"), links, e-mail addresses and hashtags.
Each fact missing from the other version is a :class:`PairFinding` with its span in the version that has it.

This module needs only the standard library: it never imports pydantic or the policy engine.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

__all__ = [
    "LANGUAGES",
    "Fact",
    "PairFinding",
    "PairReview",
    "check_pair",
    "detect_language",
    "facts",
    "language_scores",
]

LANGUAGES = ("en", "fr")
UNDETERMINED = "und"

# ----- which language -------------------------------------------------------------------------------------
# Little words that are common in one language and rare in the other (not "a", "on", "est" or "police",
# which both use).
_EN_WORDS = frozenset(
    """
the and of to in is was are were for at with by from has have had been be it its this that these those he she
they his her their them we our us you your please call near after who not an or will can if as about last seen
there what when where which would should could any all no one has been into out up over than then only also  do
does did help anyone between closed road man woman people officers thank thanks day happy today tonight
morning afternoon evening night before while still area avoid missing found safe update reopened charged
arrested located """.split()
)
_FR_WORDS = frozenset(
    """
le la les l de des du d et sont été un une au aux pour sur avec dans par qui que qu il elle ils elles sa ses
leur leurs nous notre nos vous votre vos ne pas ou près vers après composez appelez veuillez à ce cette ces
était sera avez avons lors depuis chez entre aucun aucune tout toute tous toutes comme mais donc
aussi très moins si merci aidez renseignements signalement vue vu disparu disparue fermé fermée fermées
route chemin homme femme personnes agents policiers bonne fête aujourd soir matin nuit secteur évitez
retrouvé retrouvée rouvert rouverte accusé arrêté arrêtée jour """.split()
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ACCENTED = re.compile(r"[àâçéèêëîïôûùüÿœæ]", re.I)


def _split_elision(word: str) -> list[str]:
    """ "l'avenue" -> ["l", "avenue"]; "qu'il" -> ["qu", "il"]; "don't" stays one word."""
    head, sep, tail = word.replace("’", "'").partition("'")
    if sep and head.lower() in {"l", "d", "qu", "n", "s", "j", "c", "m", "t", "jusqu", "lorsqu", "puisqu"}:
        return [head, tail]
    return [word]


def language_scores(text: str) -> dict[str, float]:
    """How much ``text`` looks English and French: little words of each, and accented words for French."""
    en = fr = 0.0
    for m in _WORD.finditer(text):
        for w in _split_elision(m.group()):
            low = w.casefold()
            if low in _EN_WORDS:
                en += 1
            if low in _FR_WORDS:
                fr += 1
            elif _ACCENTED.search(w):
                fr += 0.5
    return {"en": en, "fr": fr}


def detect_language(text: str) -> str:
    """``"en"``, ``"fr"``, or ``"und"`` when the text is too short or too mixed to tell."""
    scores = language_scores(text)
    en, fr = scores["en"], scores["fr"]
    if en + fr < 2:
        return UNDETERMINED
    if fr >= 2 * en and fr >= 2:
        return "fr"
    if en >= 2 * fr and en >= 2:
        return "en"
    return UNDETERMINED


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
_TIME_FR = re.compile(r"(?<![\w:])([01]?\d|2[0-3])\s?h(?:\s?([0-5]\d))?(?![\w])", re.I)
_TIME_WORDS = {"noon": "12:00", "midday": "12:00", "midi": "12:00", "midnight": "00:00", "minuit": "00:00"}
_TIME_WORD = re.compile(r"\b(" + "|".join(_TIME_WORDS) + r")\b", re.I)
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
_LANG_PATH = re.compile(r"/(?:en|fr|eng|fra|english|francais|français|anglais)(?=/|$|\?|#)", re.I)
_LANG_QUERY = re.compile(r"[?&](?:lang|langue|language|locale)=(?:en|fr|eng|fra)[\w-]*", re.I)


def _fold(text: str) -> str:
    """Casefolded, without accents: "Élisabeth" -> "elisabeth"."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


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


def facts(text: str) -> list[Fact]:
    """The facts of ``text``, in order: each span is claimed once (a phone number is not also three numbers)."""
    text = unicodedata.normalize("NFC", text)
    taken: list[tuple[int, int]] = []
    out: list[Fact] = []

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    def add(
        kind: str, value: str | None, m: re.Match[str], group: int = 0, claim: tuple[int, int] | None = None
    ) -> None:
        s, e = m.span(group)
        if value is None or not free(*(claim or (s, e))):
            return
        taken.append(claim or (s, e))
        out.append(Fact(kind, value, text[s:e], s, e))

    for m in _EMAIL.finditer(text):
        add("email", m.group().casefold(), m)
    for m in _LINK.finditer(text):
        if free(*m.span()) and "@" not in text[max(0, m.start() - 1) : m.start()]:
            add("url", _url_key(m.group()), m)
    for m in _MENTION.finditer(text):  # handles are not compared, but their digits are not numbers either
        if free(*m.span()):
            taken.append(m.span())
    for m in _TAG.finditer(text):
        add("hashtag", "#" + _fold(m.group(1)), m)
    for m in _PHONE.finditer(text):
        digits = "".join(_LETTERS.get(c, c) for c in m.group().upper() if c.isalnum())
        add("phone", digits[1:] if len(digits) == 11 and digits[0] == "1" else digits, m)
    for m in _TIME_EN.finditer(text):
        add("time", _minutes(int(m.group(1)), int(m.group(2) or 0), m.group(3)), m)
    for m in _TIME_FR.finditer(text):
        add("time", _minutes(int(m.group(1)), int(m.group(2) or 0)), m)
    for m in _TIME_24.finditer(text):
        add("time", _minutes(int(m.group(1)), int(m.group(2))), m)
    for m in _TIME_WORD.finditer(text):
        add("time", _TIME_WORDS[m.group(1).lower()], m)
    for m in _DATE.finditer(text):
        day = m.group(1) or m.group(4)
        month = _MONTHS.get(_fold(m.group(2) or m.group(3)).rstrip("."), 0) or _MONTHS.get(
            (m.group(2) or m.group(3)).casefold().rstrip("."), 0
        )
        if month and 1 <= int(day) <= 31:
            add("date", f"{month:02d}-{int(day):02d}", m)
    for m in _WEEKDAY.finditer(text):
        add("weekday", str(_WEEKDAYS[m.group(1).lower()]), m)
    for rx in (_STREET_EN, _STREET_FR):
        for m in rx.finditer(text):
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
                and free(start, start + len(name))
            ):
                taken.append((start, start + len(name)))
                out.append(Fact("street", key, name, start, start + len(name)))
    for m in _NUMBER.finditer(text):
        raw = m.group(1)
        if "-" in raw:
            value = raw
        elif re.fullmatch(r"\d{1,3}(?:(?:,|[\u00a0\u202f ])\d{3})+", raw):
            value = re.sub(r"\D", "", raw)
        else:
            value = raw.replace(",", ".")
            value = value.lstrip("0") or "0" if "." not in value else value
        add("number", value, m, 1)
    out.sort(key=lambda f: f.start)
    return out


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

    def to_dict(self) -> dict:
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

    def to_dict(self) -> dict:
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
        theirs = {(f.kind, f.value) for f in sides[other]}
        seen: set[tuple[str, str]] = set()
        for f in sides[have]:
            key = (f.kind, f.value)
            if key in theirs or key in seen:
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
