"""The cast of a post, as the people pass (people.py) builds it: each :class:`Person` it mentions and the
:class:`Cast` of them with what the post as a whole says; the words and phrase tables the pass reads; and
:class:`Words`, the post's words as every stage of the pass reads them."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import Any

from . import kin_cues as K
from . import names as N
from . import post_cues as P
from . import roles as R
from . import roles_before as RB
from .tokenize import Analysis, Token

ROLES = ("accused", "victim", "witness", "deceased", "missing", "convicted")
_NUM = r"(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
# "Dante Morales, seventeen, of Brampton": an age in words after a name
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
AGE_BEFORE = re.compile(
    r"(?<![\w.])" + _NUM + r"(?:[- ]?(?:year|yr)s?[- ]?old|\s?(?:yo|y/o|yrs?))\s*$"
    # in French: "Un adolescent de 16 ans, Mathis Tremblay" ("de", "âgé de": the person's age, not a span of years)
    r"|\b(?:de|agee?s? de)\s+(\d{1,2})\s+ans\s*,\s*$",
    re.I,
)
AGE_AFTER = re.compile(
    r"\s*(?:,\s*(?:aged?\s+|now\s+|both\s+|all\s+|who (?:is|was) (?:now )?)?|\(\s*(?:aged?\s+)?|\s+aged?\s+)([1-9]\d{0,2}|"
    + _TEENS
    # (not a French street number: "au palais de justice de Gatineau, 17, rue Laurier")
    + r")(?:\s*(?:years?|yrs?|ans)(?:\s+old)?)?\s*(?:\)|,(?!\s*(?:rue|avenue|boul|boulevard|chemin|place|rang|route|montee|promenade|croissant)\b)|\.(?!\d)|;|:(?!\d)|!|\?|$|\n|\s+(?:of|from|was|were|is|are|has|had|and|who|in|at|y/o|yo|years))",
    re.I,
)
# a word that starts another clause: a cue after it says nothing of a person before it
CLAUSE_BREAKS = frozenset(
    "after before when while because following during since until where if but although "
    "though whereas once".split()
)
# "his stepdaughter", "the girl's teacher", "a 12-year-old daughter", "a family friend"
RELATION_LEADS = N.POSSESSIVES | {
    "victim's",
    "complainant's",
    "girl's",
    "boy's",
    "child's",
    "woman's",
    "man's",
    "old",
    "family",
    "close",
    "own",
}
# "his older brother", "her own stepfather", "his live-in carer": a word between the possessive and the relation
RELATION_MODIFIERS = frozenset(
    """older younger big little twin co step eldest oldest youngest elder live-in former ex estranged
    late own biological adoptive adopted foster young only middle baby infant newborn longtime long-time new current then teenage adult best close
    common-law on-again upstairs downstairs next-door""".split()
)
# a youth noun that describes a thing, not a person: "a two-year youth sentence", "youth court"
YOUTH_THINGS = frozenset(
    """sentence sentences court courts justice criminal worker workers program programs programme
    centre center centres facility services service officer officers team teams league leagues club clubs camp
    camps shelter shelters group groups detention custody records record pastor pastors minister ministers leader
    leaders director directors coordinator coordinators counsellor counsellors counselor counselors mentor mentors
    coach coaches organization organizations organisation organisations association associations council councils
    ministry award awards outreach hub liaison""".split()
)
LEADS_OR_MODIFIERS = RELATION_LEADS | RELATION_MODIFIERS
# what a business or a body is called before its name, beside the place words of roles.py
ORG_WORDS = frozenset(
    """clinic business company firm salon spa gym practice daycare agency studio dealership
    franchise employer workplace charity organisation organization nonprofit shelter""".split()
)
NOT_YET = frozenset("until before not unless once when yet".split())
DEATH_NOUNS = frozenset(
    "homicide murder murdered killed killing death died dead fatal fatally manslaughter".split()
)
PRONOUNS = frozenset("he she they him her them".split())
CHARGED_ROLES = frozenset(("accused", "convicted"))
FAMILY = frozenset("family family's families".split())
SPOKE = frozenset("said says statement tribute tributes".split())
# a post about someone missing: "missing", "last seen", "concern for her safety", "located"
MISSING_WORDS = frozenset(
    "missing seen whereabouts concern concerned wellbeing well-being located disparition disparu disparue vu vue".split()
)
BEFORE_COURT = frozenset("charged convicted sentenced jailed trial committed acquitted sentencing".split())
CHARGE_CUES = frozenset("arrested charged custody accused".split())  # someone is charged, not yet tried
DEATH_CHARGES = frozenset("murder murders manslaughter killing death".split())
KILLERS = frozenset("killer killers murderer murderers".split())
# the one who harmed a person, after that person's name in the possessive ("Samira Qureshi's alleged attacker")
ATTACKERS = KILLERS | frozenset(
    "attacker attackers assailant assailants abuser abusers rapist rapists stalker robber robbers".split()
)
OBJECT_LEAD = frozenset("a an the his her their young little teen teenage local".split())
# "remains" as a verb after "her": "the man charged with raping her remains in custody"
REMAINS_VERB = frozenset(
    "in on at under behind with a an the missing critical stable unchanged outstanding".split()
)
# a count of people an act was done to: "defrauded about 40 investors", "scammed more than 30 seniors"
COUNT_LEAD = frozenset("about more over nearly almost dozens several many multiple hundreds".split())
ROLE_NOUNS = frozenset("victim complainant complainants victims witness accused suspect deceased".split())
PLURALS = frozenset(
    "people men women youths teens teenagers boys girls persons adults males females suspects".split()
)
# someone is arrested, charged or before the courts (a trial, a jury, a court appearance: not yet convicted)
CHARGE_WORDS = frozenset(
    """arrested arrest arrests charged charges accused accused's custody rearrested detained trial jury
    courthouse jury's undertaking recognizance arraignment arraigned indicted indictment"""
    # in French (the words are folded: "arrêté", "chefs d'accusation", "inculpé")
    """ arrete arretee arretes arretees d'accusation accusation accusations inculpe inculpee inculpes""".split()
)
AGE_WORD = re.compile(r"\d{1,3}(?:yo|y/o|yrs?)?")
AGED_NOUN = re.compile(r"(?<![\w.])" + _NUM + r"[- ]?(?:year|yr)s?[- ]?old\b", re.I)
TAG_CONVICTED = frozenset(("#jailed", "#sentenced", "#convicted"))
_VERDICT_WORDS = frozenset("jailed sentenced sentencing convicted guilty prison jail".split())


def tag_convicts(words: list[str]) -> bool:
    """A "#Jailed" tag tells of a conviction, unless the post says only of a charge or a remand ("has been charged
    with burglary ... remanded to appear at Croydon Magistrates' Court. #Jailed", dev batches 405 and 406)."""
    if TAG_CONVICTED.isdisjoint(words):
        return False
    return not _VERDICT_WORDS.isdisjoint(words) or {"charged", "remanded"}.isdisjoint(words)


NOT_FIRST = N.NOT_NAMES | N.RANKS | N.HONORIFICS  # never the first word of a name
_TEXT = itemgetter(3)  # Token.text
DESCRIBING = N.RELATIONS | N.PERSON_NOUNS | {"old", "olds"}  # the words a description ends on ("17-year-old")


def home_town(words: list[Token], k: int) -> bool:
    """Word ``k`` is where someone is from, after their age: "Harold Quist, 63, of Kingston" (in French: "Denis
    Aubin, 47 ans, de Trois-Rivières")."""
    return (k > 1 and words[k - 1].lower == "of" and words[k - 2].text.isdigit()) or (
        k > 2 and words[k - 1].lower == "de" and words[k - 2].lower == "ans" and words[k - 3].text.isdigit()
    )


def aged_relative(lw: list[str], words: list[Token], k: int) -> bool:
    """ "his 70-year-old neighbour", "his 14-year-old next-door neighbour", "the owner's 19-year-old daughter"."""
    m = k - 1
    while m > k - 3 and m > 0 and (lw[m] in RELATION_MODIFIERS or lw[m] in ("next", "door")):
        m -= 1  # a modifier or two after the age
    return (
        m >= 3
        and lw[m] == "old"
        and lw[m - 1] in ("year", "yr")
        and (lw[m - 3] in N.POSSESSIVES or lw[m - 3].endswith("'s"))
        and words[m - 3].sentence == words[k].sentence
    )


def owner_after(lw: list[str], k: int) -> bool:
    """ "(the husband of) the complainant": a person the post names by role, at word ``k``, owning a relative."""
    return lw[k : k + 1] == ["the"] and k + 1 < len(lw) and f"{lw[k + 1]}'s" in ROLE_OWNERS


def noun_follows(lw: list[str], k: int) -> bool:
    """A person's noun after word ``k``, or after one modifier: "16-year-old boy", "15-year-old twin sisters"."""
    nxt = lw[k + 1 : k + 3]
    if nxt[:1] and nxt[0] in RELATION_MODIFIERS:
        nxt = nxt[1:]
    return bool(nxt) and (nxt[0] in N.PERSON_NOUNS or nxt[0] in N.RELATIONS)


def possessive(word: str) -> bool:
    """ "Baird's", "accused’s": a word that owns the next one."""
    return word.endswith(("'s", "’s"))


def age_number(text: str) -> int:
    return int(text) if text.isdigit() else P.NUMBER_WORDS[text.lower()]


@cache
def given_names() -> frozenset[str]:
    path = Path(__file__).parent.parent / "data" / "given_names.txt"
    try:
        return frozenset(path.read_text(encoding="utf-8").split())
    except OSError:  # pragma: no cover - the file ships with the package
        return frozenset()


@dataclass(slots=True)
class Person:
    """One person the post speaks of. Spans are in the folded text; ``first``/``last`` are word indexes."""

    first: int
    last: int  # the word after the mention
    sentence: int
    name: tuple[int, int] | None = None  # word indexes of the name, when named
    age: int | None = None
    young_word: bool = False  # described as a boy, girl, teen, youth, child ...
    official: bool = False
    relation: str | None = None  # "his stepdaughter": how the person relates to another
    roles: set[str] = field(default_factory=set)
    strong: bool = False  # the words around the name say it is a person (an age, a role, a title)

    @property
    def words(self) -> tuple[int, int]:
        """The word indexes of the name (of the whole mention, for a person not named)."""
        return self.name if self.name is not None else (self.first, self.last)

    @property
    def young(self) -> bool:
        """12 to 17 by age, or described with a word for a young person and no adult age."""
        if self.age is not None:
            return 12 <= self.age <= 17
        return self.young_word

    @property
    def child(self) -> bool:
        """Under 18: a young person or a child (a victim or witness under 12 is protected too)."""
        return (self.age is not None and self.age < 18) or (self.age is None and self.young_word)


@dataclass(slots=True)
class Cast:
    """The people of one post and what the post as a whole says about them."""

    people: list[Person]
    notified: bool = False  # the text says the family has been told (or names by its leave)
    not_notified: bool = False  # the text says the family has not been told yet
    trace_appeal: bool = False  # the post asks the public to help find the family
    convicted: bool = False  # the post reports a conviction or sentence
    # in a roundup (one item reports a verdict, another only a charge), the items that report one (None: all)
    convicted_items: frozenset[int] | None = None
    old_case: bool = False  # a death long ago: an anniversary, a cold case
    death_charged: bool = False  # someone is charged or arrested over the death
    cannot_name: bool = False  # the post says a young person cannot be named
    publication_authorized: bool = False  # a court allowed a young person's name to be published
    waived: bool = False  # the post says the person harmed waived anonymity (or the ban was lifted)
    offence: bool = False  # the post is about an offence or an arrest
    charged: bool = False  # someone in the post is arrested, charged or accused

    def named(self) -> list[Person]:
        return [p for p in self.people if p.name is not None and not p.official]

    def name_words(self) -> set[int]:
        """The word indexes of every name the pass read (a first name elsewhere is someone else)."""
        return {k for p in self.people if p.name is not None for k in range(*p.name)}

    @property
    def young_accused(self) -> bool:
        return any(p.young and "accused" in p.roles for p in self.people)


# ----- phrase matching over the post's lower-case words -------------------------------------------
# A table: first word -> [(length, phrases of that length)], longest first. A word such as "was" or "is"
# starts a hundred cues; grouped by length, a position costs one slice and one set look-up per length.
Table = dict[str, list[tuple[int, frozenset[tuple[str, ...]]]]]


def _index(phrases: Iterable[str]) -> Table:
    by_first: dict[str, dict[int, set[tuple[str, ...]]]] = {}
    for p in phrases:
        words = tuple(_words(p))
        if words:
            by_first.setdefault(words[0], {}).setdefault(len(words), set()).add(words)
    return {
        w: [(size, frozenset(group)) for size, group in sorted(sizes.items(), reverse=True)]
        for w, sizes in by_first.items()
    }


@cache
def _tables() -> dict[str, Any]:
    """The cue and fact tables, built once."""
    return {
        "left": (_index(R.LEFT_CUES), {tuple(_words(k)): v for k, v in R.LEFT_CUES.items()}),
        "right": (_index(RB.RIGHT_CUES), {tuple(_words(k)): v for k, v in RB.RIGHT_CUES.items()}),
        "identity": _index(RB.IDENTITY_CUES),
        # every post fact in one table, read in one pass: first word -> [(length, {phrase: facts})]
        "facts": _fact_index(),
    }


_FACTS = (
    ("notified", K.NOTIFIED),
    ("not_notified", K.NOT_NOTIFIED),
    ("trace_appeal", K.TRACE_APPEAL),
    ("convicted", P.CONVICTED),
    ("old_case", P.OLD_CASE),
    ("death_charged", P.DEATH_CHARGED),
    ("cannot_name", P.CANNOT_NAME),
    ("publication_authorized", P.PUBLICATION_AUTHORIZED),
    ("waived", P.WAIVED),
    ("charged", P.CAUGHT),
)


def _fact_index() -> dict[str, list[tuple[int, dict[tuple[str, ...], list[str]]]]]:
    """First word -> [(length, {phrase: its facts})]: a phrase may say several facts ("in memory of")."""
    by_first: dict[str, dict[int, dict[tuple[str, ...], list[str]]]] = {}
    for fact, phrases in _FACTS:
        for p in phrases:
            words = tuple(_words(p))
            if words:
                by_first.setdefault(words[0], {}).setdefault(len(words), {}).setdefault(words, []).append(
                    fact
                )
    return {w: sorted(sizes.items(), reverse=True) for w, sizes in by_first.items()}


def _words(phrase: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:['&][^\W_]+)*|#\w+", phrase.lower())


def match_at(lw: list[str], i: int, table: Table) -> tuple[str, ...] | None:
    """The longest phrase of the table that starts at word ``i``, or None."""
    for size, phrases in table.get(lw[i], ()):
        words = tuple(lw[i : i + size])
        if words in phrases:
            return words
    return None


def first_at_most(ends: list[int], i: int) -> int:
    """The first index whose value is at most ``i`` in a list that never increases (its length when none)."""
    lo, hi = 0, len(ends)
    while lo < hi:
        mid = (lo + hi) // 2
        if ends[mid] <= i:
            hi = mid
        else:
            lo = mid + 1
    return lo


class Words:
    """A post's words as the people pass reads them: as written, lower case, and capitalized as a name is."""

    def __init__(self, a: Analysis) -> None:
        self.a = a
        self.words: list[Token] = a.words
        self.lw = [w.lower for w in a.words]
        # cap[k]: word k is capitalized as a name is ("Tyler", "O'Brien", "JT"; not "POLICE")
        self.cap = [
            t[:1].isupper() and t[:1].isalpha() and (len(t) <= 2 or not t.isupper())
            for t in map(_TEXT, a.words)
        ]
        self._shouted_names()
        self.t = _tables()

    def opens_with_a_word(self, i: int) -> bool:
        """Word ``i`` opens its sentence, is an English word and no given name, and a given name follows it:
        "Restaurateur Khalil Ahmadi's son", "Contact Jane Doe at": the word is no part of the name."""
        lw, words = self.lw, self.words
        from ..words import vocabulary

        return (
            (i == 0 or words[i - 1].sentence != words[i].sentence)
            and i + 1 < len(lw)
            and self.cap[i + 1]
            and lw[i + 1] in given_names()
            and lw[i] not in given_names()
            and lw[i] in vocabulary()
        )

    def _shouted_names(self) -> None:
        """A name in a headline in capitals is capitalized as a name: a given name and the next word, before an
        age ("JORDAN McKAY, 16,") or after "identified as" ("VICTIM IDENTIFIED AS DESMOND FORD, 47")."""
        words, lw, gaps, n = self.words, self.lw, self.a.gaps, len(self.words)
        for k in range(n - 1):
            t = words[k].text
            if not (len(t) > 2 and t.isupper() and lw[k] in given_names() and gaps[k + 1] == " "):
                continue
            if not (words[k + 1].text[:1].isupper() and words[k + 1].text.isalpha()):
                continue
            aged = (
                k + 2 < n
                and gaps[k + 2].strip() in (",", "(")
                and lw[k + 2].isdigit()
                and len(lw[k + 2]) <= 2
            )
            if aged or (k >= 2 and lw[k - 1] == "as" and lw[k - 2] in ("identified", "named")):
                self.cap[k] = self.cap[k + 1] = True

    def _cue_before(self, i: int) -> str | None:
        """The kind of cue ("right" or "identity") that ends right before word ``i`` (an age word between is
        fine: "named as 29yo Carl Picken"), or None."""
        lw = self.lw
        at = i - 1 if i and AGE_WORD.fullmatch(lw[i - 1]) else i
        for back in (1, 2, 3, 4):
            k = at - back
            if k < 0 or self.words[k].sentence != self.words[i].sentence:
                break
            for kind, table in (("right", self.t["right"][0]), ("identity", self.t["identity"])):
                ph = match_at(lw, k, table) if lw[k] in table else None
                if ph is not None and k + len(ph) == at:
                    return kind
        return None


_THIS_YEAR = datetime.date.today().year


def age_born(year: int) -> int:
    """The age this year of someone born in ``year`` ("(born 2010)", "03.03.2012")."""
    return max(0, _THIS_YEAR - year)


def join_victim_ages(people: list[Person]) -> None:
    """ "a 12-year-old girl was assaulted ... The victim, Mia Castellano, was punched": one victim described with
    an age and one named without: the same person."""
    described = [
        p for p in people if p.name is None and "victim" in p.roles and (p.age is not None or p.young_word)
    ]
    named = [p for p in people if p.name is not None and "victim" in p.roles and p.age is None]
    if len(described) == 1 and len(named) == 1:
        named[0].age, named[0].young_word = described[0].age, named[0].young_word or described[0].young_word


ROLE_OWNERS = frozenset(
    "accused's suspect's offender's defendant's victim's complainant's youth's teen's teenager's boy's girl's child's".split()
)
ASKS_PUBLIC = frozenset(
    "help appeal appealing appeals anyone know knew forward touch recognise recognize".split()
)


def old_year(lw: list[str]) -> bool:
    """ "in 1998", "since 2004": a year before the present one."""
    return any(
        1950 <= int(w) < _THIS_YEAR - 1 and lw[k - 1] in ("in", "since")  # before last year
        for k, w in enumerate(lw)
        if k and len(w) == 4 and w.isdigit()
    )
