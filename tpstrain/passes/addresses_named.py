"""Streets and homes told after a person's name: "Noah Levy, 10, of Hillsdale Ave", "Thanks to Isla from Marram
Close", "Mildred Sykes, 84, of 12 Humber Hill Ave" (spans in the folded text, memoized on the analysis)."""

from __future__ import annotations

import re

from .addresses import MONTH_WORD, STREET_TYPES, street_addresses
from .cast import given_names
from .tokenize import Analysis, Span, memo

# a person's street told the UK way, after the name and the age (dev batches 306 to 322): "Noah Levy, 10, of Hillsdale
# Ave", "Pensioner Albert Finch, 87, from Highfield Road in Solihull"; the caller keeps those of the people charged
_AGED_OF_STREET = re.compile(
    rf"(?-i:[A-Z][\w'-]+ [A-Z][\w'-]+),? \d{{1,3}},? (?:of|from) ((?:[A-Z][\w'-]*\.?[ \t]+){{1,3}}(?:{STREET_TYPES})\b\.?)(?![ \t]+[A-Z])"
)


# ... or without the age, after a given name (dev batches 326 to 330): "Thanks to Isla from Marram Close", "Sue from
# Wattle Place, who lost her son", "Noah, from Elm Grove in Swindon", or thanked on it: "Huge thanks to Betty on Cedar
# Crescent", "Shout-out to Mrs. Ruth Abernethy on Glenholme Ave" (not an officer's: "Cst. Amira from Driftwood Ave")
_NAMED_OF_STREET = re.compile(
    r"(?:(?i:thanks|thank you|shout-?out|kudos|hats off)\b[^.!?\n]{0,20}? to (?:(?:Mrs|Mr|Ms|Miss)\.? )?"
    r"(?P<thanked>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?),? (?:on|from|of)"
    r"|(?P<named>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?),? (?:from|of)) "
    rf"((?:[A-Z][\w'-]*[ \t]+){{1,3}}(?:{STREET_TYPES})\b\.?)(?![ \t]+[A-Z])"
)
_STREET_TYPE = re.compile(rf"(?:{STREET_TYPES})\.?", re.I)
_OFFICIAL_BEFORE = re.compile(
    r"\b(?i:pc|pcso|cst|const|constable|sgt|sergeant|det|detective|officer|insp|inspector|supt|chief|dc|ds|auxiliary)"
    r"\.?\s+$"
)


@memo("aged_of_street")
def streets_after_names(a: Analysis) -> list[Span]:
    """The street told after a name and an age: "Jack Parry, 14, of Ashfield Road", or after a given name: "Isla from
    Marram Close" (the span from the name's start, the street's text as the value)."""
    out = [(m.start(), m.end(), m[1]) for m in _AGED_OF_STREET.finditer(a.folded)]
    for m in _NAMED_OF_STREET.finditer(a.folded):
        g = "thanked" if m.group("thanked") else "named"
        name = m.group(g).split()
        if (
            name[0].lower() in given_names()
            and not _STREET_TYPE.fullmatch(name[-1])  # "Leslie St from York Mills Rd": a street, not a name
            and not _OFFICIAL_BEFORE.search(a.folded, max(0, m.start(g) - 14), m.start(g))
            and not any(s <= m.start(g) < e for s, e, _ in out)
        ):
            out.append((m.start(g), m.end(), m[3]))
    return out


# a name and an age right before a house number: the number is where that person lives (dev batches 338 to 384:
# "Mildred Sykes, 84, of 12 Humber Hill Ave", "Harlan Voss, 38, of 2217 Sorrento Cres."; an officer's "Const. Ryan
# Major, 36, of 14 Division" is no address)
_NAME_AGE_OF = re.compile(r"([A-Z][\w'-]+),? \d{1,3},? (?:of|from) $")
_MONTH = re.compile(MONTH_WORD, re.I)


@memo("home_after_name")
def homes_after_names(a: Analysis) -> list[Span]:
    """The name, the age and "of" told right before a house-number address: "Ruth Albers, 84, of " before "1720 Maple
    St" (the span ends where the address starts)."""
    out = []
    for start, _, _ in street_addresses(a):
        m = _NAME_AGE_OF.search(a.folded, max(0, start - 40), start)
        # (not a date: "on April 8, from 40 College St")
        if m is not None and not _MONTH.fullmatch(m[1]):
            out.append((m.start(), start, m.group()))
    return out
