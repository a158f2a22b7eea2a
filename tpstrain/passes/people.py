"""Who a post names, and in what role: one pass over a post's sentences, shared by the legal rules.

A *person* is a mention: a name ("Tyler Brooks"), or a description ("a 16-year-old boy", "the victim").
Apposition joins the two ("a 16-year-old boy, Tyler Brooks,"; "Tyler Brooks (16)"), and so do "has been
named as" and a later mention of the same surname. Each person gets an age when the post gives one, and
roles from the words around them (roles.py): accused, victim, witness, deceased, missing, convicted; and
``official`` for staff and officials named after a rank or title. The post as a whole gets the facts the
legal rules weigh: a sexual offence, the family told (or not yet told), a conviction, an old case.

The pass reads the post's words once, sentence by sentence (linear in the post's length), and is computed
only for posts whose rules need it (``cast_of(analysis)`` memoizes it on the analysis).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import accumulate
from operator import itemgetter
from pathlib import Path

from . import roles as R
from .tokenize import Analysis, Token

ROLES = ("accused", "victim", "witness", "deceased", "missing", "convicted")
_NUM = r"(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
_AGE_BEFORE = re.compile(
    r"(?<![\w.])" + _NUM + r"(?:[- ]?(?:year|yr)s?[- ]?old|\s?(?:yo|y/o|yrs?))\s*$", re.I
)
_AGE_AFTER = re.compile(
    r"\s*(?:,\s*(?:aged?\s+)?|\(\s*(?:aged?\s+)?|\s+aged?\s+)(\d{1,3})(?:\s*(?:years?|yrs?)(?:\s+old)?)?\s*(?:\)|,|\.|;|:|$|\s+(?:of|from|was|were|is|are|has|had|and|who|in|at|y/o|yo|years))",
    re.I,
)
# a word that starts another clause: a cue after it says nothing of a person before it
_CLAUSE_BREAKS = frozenset(
    "after before when while because following during since until where if but although "
    "though whereas once".split()
)
# "his stepdaughter", "the girl's teacher", "a 12-year-old daughter", "a family friend"
_RELATION_LEADS = R.POSSESSIVES | {
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
_RELATION_MODIFIERS = frozenset(
    """older younger big little twin eldest oldest youngest elder live-in former ex estranged
    late own biological adoptive foster longtime long-time new current then teenage adult best close""".split()
)
# a youth noun that describes a thing, not a person: "a two-year youth sentence", "youth court"
_YOUTH_THINGS = frozenset(
    """sentence sentences court courts justice criminal worker workers program programs programme
    centre center centres facility services service officer officers team teams league leagues club clubs camp
    camps shelter shelters group groups detention custody records record""".split()
)
# words a headline in Title Case leaves in lower case ("Appeal for Witnesses after Crash on the A64")
_TITLE_SMALL = frozenset(
    """with from into onto upon over under after before near following during than that this
    their your about between against within without""".split()
)
_LEADS_OR_MODIFIERS = _RELATION_LEADS | _RELATION_MODIFIERS
# what a business or a body is called before its name, beside the place words of roles.py
_ORG_WORDS = frozenset(
    """clinic business company firm salon spa gym practice daycare agency studio dealership
    franchise employer workplace charity organisation organization nonprofit shelter""".split()
)
_NOT_YET = frozenset("until before not unless once when yet".split())
_DEATH_NOUNS = frozenset(
    "homicide murder murdered killed killing death died dead fatal fatally manslaughter".split()
)
_PRONOUNS = frozenset("he she they him her them".split())
_CHARGED_ROLES = frozenset(("accused", "convicted"))
_FAMILY = frozenset("family family's families".split())
_SPOKE = frozenset("said says statement tribute tributes".split())
_BEFORE_COURT = frozenset("charged convicted sentenced jailed".split())
_DEATH_CHARGES = frozenset("murder murders manslaughter killing".split())
_KILLERS = frozenset("killer killers murderer murderers".split())
_OBJECT_LEAD = frozenset("a an the his her their young little teen teenage local".split())
_ROLE_NOUNS = frozenset("victim complainant complainants victims witness accused suspect deceased".split())
_PLURALS = frozenset(
    "people men women youths teens teenagers boys girls persons adults males females suspects".split()
)
# someone is arrested, charged or before the courts (a trial, a jury, a court appearance: not yet convicted)
_CHARGE_WORDS = frozenset(
    """arrested arrest arrests charged charges accused custody rearrested detained trial jury
    courthouse jury's""".split()
)
_AGE_WORD = re.compile(r"\d{1,3}(?:yo|y/o|yrs?)?")
_AGED_NOUN = re.compile(r"(?<![\w.])" + _NUM + r"[- ]?(?:year|yr)s?[- ]?old\b", re.I)
_TAG_CONVICTED = frozenset(("#jailed", "#sentenced", "#convicted"))
_NOT_FIRST = R.NOT_NAMES | R.RANKS | R.HONORIFICS  # never the first word of a name
_TEXT = itemgetter(3)  # Token.text
_DESCRIBING = (
    R.RELATIONS | R.PERSON_NOUNS | {"old", "olds"}
)  # the words a description ends on ("17-year-old")


def _age(text: str) -> int:
    return int(text) if text.isdigit() else R.NUMBER_WORDS[text.lower()]


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
    old_case: bool = False  # a death long ago: an anniversary, a cold case
    death_charged: bool = False  # someone is charged or arrested over the death
    cannot_name: bool = False  # the post says a young person cannot be named
    publication_authorized: bool = False  # a court allowed a young person's name to be published
    waived: bool = False  # the post says the person harmed waived anonymity (or the ban was lifted)
    offence: bool = False  # the post is about an offence or an arrest
    charged: bool = False  # someone in the post is arrested, charged or accused

    def named(self) -> list[Person]:
        return [p for p in self.people if p.name is not None and not p.official]

    @property
    def young_accused(self) -> bool:
        return any(p.young and "accused" in p.roles for p in self.people)


def cast_of(a: Analysis) -> Cast:
    """The post's cast, computed once per analysis."""
    got = a.cache.get("people")
    if got is None:
        got = a.cache["people"] = _Reader(a).read()
    return got


# ----- phrase matching over the post's lower-case words -------------------------------------------
# A table: first word -> [(length, phrases of that length)], longest first. A word such as "was" or "is"
# starts a hundred cues; grouped by length, a position costs one slice and one set look-up per length.
Table = dict[str, list[tuple[int, frozenset[tuple[str, ...]]]]]


def _index(phrases) -> Table:
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
def _tables():
    return {
        "left": (_index(R.LEFT_CUES), {tuple(_words(k)): v for k, v in R.LEFT_CUES.items()}),
        "right": (_index(R.RIGHT_CUES), {tuple(_words(k)): v for k, v in R.RIGHT_CUES.items()}),
        "identity": _index(R.IDENTITY_CUES),
        # every post fact in one table, read in one pass: first word -> [(length, {phrase: facts})]
        "facts": _fact_index(),
    }


_FACTS = (
    ("notified", R.NOTIFIED),
    ("not_notified", R.NOT_NOTIFIED),
    ("trace_appeal", R.TRACE_APPEAL),
    ("convicted", R.CONVICTED),
    ("old_case", R.OLD_CASE),
    ("death_charged", R.DEATH_CHARGED),
    ("cannot_name", R.CANNOT_NAME),
    ("publication_authorized", R.PUBLICATION_AUTHORIZED),
    ("waived", R.WAIVED),
    ("charged", R.CAUGHT),
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


def _match_at(lw: list[str], i: int, table: Table) -> tuple[str, ...] | None:
    """The longest phrase of the table that starts at word ``i``, or None."""
    for size, phrases in table.get(lw[i], ()):
        words = tuple(lw[i : i + size])
        if words in phrases:
            return words
    return None


def _first_at_most(ends: list[int], i: int) -> int:
    """The first index whose value is at most ``i`` in a list that never increases (its length when none)."""
    lo, hi = 0, len(ends)
    while lo < hi:
        mid = (lo + hi) // 2
        if ends[mid] <= i:
            hi = mid
        else:
            lo = mid + 1
    return lo


# ----- the reader -------------------------------------------------------------------------------
class _Reader:
    def __init__(self, a: Analysis) -> None:
        self.a = a
        self.words: list[Token] = a.words
        self.lw = [w.lower for w in a.words]
        # cap[k]: word k is capitalized as a name is ("Tyler", "O'Brien", "JT"; not "POLICE")
        self.cap = [
            t[:1].isupper() and t[:1].isalpha() and (len(t) <= 2 or not t.isupper())
            for t in map(_TEXT, a.words)
        ]
        self.t = _tables()

    def read(self) -> Cast:
        lw = self.lw
        people = self._names() + self._descriptions()
        people.sort(key=lambda p: (p.first, -p.last))
        people = self._join_appositions(people)
        self._roles(people)
        self._references(people)
        people = self._corefer(people)
        # post flags (hashtags count too: "#JAILED")
        flat = lw + [t.lower for t in self.a.hashtags]
        facts = self._facts(flat)
        cast = Cast(people)
        cast.not_notified = "not_notified" in facts
        words = set(lw)
        # "The family of Mr Brown said: ...", "in a statement, Nicholas's family": the family knows
        family_spoke = bool(words & _FAMILY) and bool(words & _SPOKE)
        cast.notified = ("notified" in facts or family_spoke) and not cast.not_notified
        cast.trace_appeal = "trace_appeal" in facts
        cast.convicted = "convicted" in facts
        cast.old_case = "old_case" in facts or self._old_year()
        # "charged three men with his murder", "convicted of killing ...": the death is before a court
        cast.death_charged = "death_charged" in facts or (
            bool(words & _BEFORE_COURT) and bool(words & _DEATH_CHARGES)
        )
        cast.cannot_name = "cannot_name" in facts
        cast.publication_authorized = "publication_authorized" in facts
        cast.waived = "waived" in facts
        cast.offence = not R.OFFENCE_WORDS.isdisjoint(lw) or any(
            p.roles & {"accused", "victim"} for p in people
        )
        cast.charged = (
            "charged" in facts
            or any("accused" in p.roles for p in people)
            or not _CHARGE_WORDS.isdisjoint(lw)
        )
        self._death_in_homicide(cast)
        return cast

    def _facts(self, flat: list[str]) -> set[str]:
        """What the post as a whole says, read in one pass. "Until the family has been told" and "before next
        of kin are notified" say the family was not told."""
        table, out = self.t["facts"], set()
        for i in [i for i, w in enumerate(flat) if w in table]:  # most words start no fact
            for size, by_phrase in table[flat[i]]:
                for fact in by_phrase.get(tuple(flat[i : i + size]), ()):
                    if fact == "notified" and any(x in _NOT_YET for x in flat[max(0, i - 4) : i]):
                        fact = "not_notified"
                    out.add(fact)
        if not _TAG_CONVICTED.isdisjoint(flat):
            out.add("convicted")
        return out

    def _death_in_homicide(self, cast: Cast) -> None:
        """In a post about a death, the one victim named, with nobody named as the dead, is the one who died
        ("Homicide #58: the victim is Nadia Hussein")."""
        if _DEATH_NOUNS.isdisjoint(self.lw) or any("deceased" in p.roles for p in cast.people if p.name):
            return
        victims = [p for p in cast.people if p.name is not None and "victim" in p.roles]
        if len(victims) == 1 and not any(
            w in ("injured", "hurt", "hospital", "wounded", "recovering", "survived") for w in self.lw
        ):
            victims[0].roles.add("deceased")

    # --- names ----------------------------------------------------------------------------------
    def _names(self) -> list[Person]:
        words, lw, n, cap = self.words, self.lw, len(self.words), self.cap
        gaps = self.a.gaps
        out: list[Person] = []
        run_end = 0  # the word after the last run read: a run starts after it
        for i in [i for i, c in enumerate(cap) if c and lw[i] not in _NOT_FIRST]:  # most words start no name
            if i < run_end:
                continue
            j = i + 1
            while j < n and j - i < 4 and words[j].sentence == words[i].sentence and gaps[j] in (" ", "-"):
                if cap[j] and lw[j] not in R.NOT_NAMES and lw[j] not in R.RANKS:
                    j += 1
                elif lw[j] in R.NAME_PARTICLES and j + 1 < n and cap[j + 1] and gaps[j + 1] == " ":
                    j += 2
                else:
                    break
            p = self._person_from_run(i, j)
            if p is not None:
                out.append(p)
            run_end = j
        return out

    def _person_from_run(self, i: int, j: int) -> Person | None:
        words, lw, n = self.words, self.lw, len(self.words)
        nxt = lw[j] if j < n and words[j].sentence == words[i].sentence else ""
        prev = lw[i - 1] if i and words[i - 1].sentence == words[i].sentence else ""
        prev2 = lw[i - 2] if i > 1 and words[i - 2].sentence == words[i].sentence else ""
        if nxt in R.PLACE_WORDS or lw[j - 1] in R.PLACE_WORDS:
            return None
        if lw[i] in R.VEHICLE_MAKES or any(w in R.DOG_BREED_WORDS for w in lw[i:j]):
            return None
        if j < n and self.a.gaps[j].strip() in ("'s", "'") and nxt in R.PLACE_WORDS:
            return None
        if prev and self.a.gaps[i].strip() == "," and (prev in R.PLACE_WORDS or prev in _ORG_WORDS):
            return None  # "an employee of his clinic, Kanata Bright Smiles,": the clinic's name
        official = (
            prev in R.RANKS or prev in ("chief", "officer") or (prev2 in R.RANKS and prev in ("det", "sgt"))
        )
        if (
            official
            and prev in R.RELATIONS
            and (prev2 in R.POSSESSIVES or prev2 in _RELATION_MODIFIERS or prev2.endswith("'s"))
        ):
            official = False  # "his older brother, Dmitri Volkov": a relative, not a title
        p = Person(first=i, last=j, sentence=words[i].sentence, name=(i, j), official=official)
        self._age_of(p)
        appos = self._apposition_lead(i, j)
        strong = official or p.age is not None or prev in R.HONORIFICS or appos or self._role_next_to(i, j)
        place_context = prev in R.PLACE_PREPOSITIONS or self._intersection(j)
        if place_context and p.age is None:
            return None
        single = j - i == 1
        known = lw[i] in given_names()
        if single:
            # one capitalized word is a name only with an age, a title, or a given name beside a role word
            if not (
                p.age is not None
                or official
                or prev in R.HONORIFICS
                or (known and self._role_next_to(i, j))
                or (appos and (known or self.a.gaps[i].strip() == "("))
            ):
                return None
        elif not strong and (not known or words[i].sentence in self.headline):
            return None
        elif (
            not known
            and p.age is None
            and not official
            and prev not in R.HONORIFICS
            and words[i].sentence in self.headline
        ):
            return None  # "Man Arrested Over Swans Shot Dead": in a Title Case headline, a cue is not enough
        p.strong = strong
        return p

    def _apposition_lead(self, i: int, j: int) -> bool:
        """The run stands beside a description of a person, set off by a comma or brackets: "The 31-year-old
        driver, Jarrah Whitcombe,", "The 16-year-old (Amrit)", "One of them, Tane Walker,"."""
        if i < 2 or self.words[i - 1].sentence != self.words[i].sentence:
            return False
        gap = self.a.gaps[i].strip()
        if gap == "(":
            closed = j < len(self.words) and self.a.gaps[j].strip().startswith(")")
        elif gap == ",":
            closed = j >= len(self.words) or (
                self.a.gaps[j].strip()[:1] in (",", ".", ";", ")", "")
                and (self.a.gaps[j].strip() != "" or self.words[j].sentence != self.words[i].sentence)
            )
        else:
            return False
        lw = self.lw
        prev = lw[i - 1]
        described = (
            prev in R.PERSON_NOUNS
            or (prev in R.RELATIONS and lw[i - 2] in _LEADS_OR_MODIFIERS)
            or (prev == "old" and lw[i - 2] in ("year", "yr"))
            or (prev == "them" and i >= 3 and lw[i - 3 : i - 1] == ["one", "of"])
        )
        return described and (closed or j - i > 1)

    def _age_of(self, p: Person) -> None:
        a, words = self.a, self.words
        start, end = words[p.first].start, words[p.last - 1].end
        m = _AGE_AFTER.match(a.folded, end, min(len(a.folded), end + 40))
        if m:
            p.age = _age(m.group(1))
            return
        m = _AGE_BEFORE.search(a.folded, max(0, start - 30), start)
        if m:
            p.age = _age(m.group(1))

    def _intersection(self, j: int) -> bool:
        """A name followed by 'and'/'&'/'/' and another capitalized word: "Jane and Finch"."""
        n = len(self.words)
        if j >= n:
            return False
        gap = self.a.gaps[j].strip()
        if gap in ("&", "/", "+") and self.cap[j]:
            return True
        return (
            self.lw[j] == "and"
            and j + 1 < n
            and self.cap[j + 1]
            and (
                j + 2 >= n
                or self.lw[j + 2] in R.PLACE_WORDS
                or self.lw[j + 2] in R.PLACE_PREPOSITIONS
                or self.words[j + 2].sentence != self.words[j].sentence
                or not self.cap[j + 2]
            )
        )

    def _role_next_to(self, i: int, j: int) -> bool:
        """A role cue right after the name, or right before it: the run names a person."""
        lw, n = self.lw, len(self.lw)
        k = j
        while (
            k < n and k - j < 6 and (lw[k].isdigit() or lw[k] in ("of", "aged", "age", "years", "old", "yo"))
        ):
            k += 1  # "Name, 16, of Toronto," : skip the age and a short "of Place"
        if k < n and self.words[k].sentence == self.words[i].sentence:
            if _match_at(lw, k, self.t["left"][0]) is not None:
                return True
            if lw[k] in ("who", "whose", "'s"):
                return True
        return self._cue_before(i) is not None

    def _cue_before(self, i: int) -> str | None:
        """The kind of cue ("right" or "identity") that ends right before word ``i`` (an age word between is
        fine: "named as 29yo Carl Picken"), or None."""
        lw = self.lw
        at = i - 1 if i and _AGE_WORD.fullmatch(lw[i - 1]) else i
        for back in (1, 2, 3, 4):
            k = at - back
            if k < 0 or self.words[k].sentence != self.words[i].sentence:
                break
            for kind, table in (("right", self.t["right"][0]), ("identity", self.t["identity"])):
                ph = _match_at(lw, k, table) if lw[k] in table else None
                if ph is not None and k + len(ph) == at:
                    return kind
        return None

    @cached_property
    def headline(self) -> set[int]:
        """Sentences written in Title Case ("Appeal Following Canal Death, Knottingley"): a capitalized run
        there is not a name on its own. Read only for a run that may be a name without a cue beside it."""
        out, counts = set(), {}
        for w in self.words:
            if len(w.text) > 3 and w.text.isalpha():
                c = counts.setdefault(w.sentence, [0, 0, 0])
                c[0] += 1
                c[1] += w.text[0].isupper()
                c[2] += w.text[0].islower() and w.lower not in _TITLE_SMALL  # "knew": a sentence, not a title
        for s, (total, caps, plain) in counts.items():
            if total >= 4 and caps >= 0.75 * total and not plain:
                out.add(s)
        return out

    # --- descriptions -----------------------------------------------------------------------------
    def _descriptions(self) -> list[Person]:
        words, lw, n = self.words, self.lw, len(self.words)
        out: list[Person] = []
        for k in [k for k, w in enumerate(lw) if w in _DESCRIBING]:  # most words describe nobody
            w = lw[k]
            relation = None
            if (
                w in R.RELATIONS
                and k
                and (
                    (
                        lw[k - 1] in _RELATION_LEADS
                        and (w in R.KIN or lw[k - 1] in R.POSSESSIVES or lw[k - 1].endswith("'s"))
                    )
                    or (lw[k - 1].endswith("'s") and words[k - 1].text[:1].isupper())
                    or (
                        k >= 2
                        and lw[k - 1] in _RELATION_MODIFIERS
                        and (lw[k - 2] in R.POSSESSIVES or lw[k - 2].endswith("'s"))
                        and words[k - 2].sentence == words[k].sentence
                    )
                )
            ):
                relation = w  # "his stepdaughter", "the girl's teacher", "his older brother"
            elif w not in R.PERSON_NOUNS or (
                w in R.YOUTH_NOUNS
                and k + 1 < n
                and lw[k + 1] in _YOUTH_THINGS
                and words[k + 1].sentence == words[k].sentence
            ):
                # "a 17-year-old has been arrested": the age is the description
                if (
                    w in ("old", "olds")
                    and k >= 2
                    and lw[k - 1] in ("year", "yr")
                    and lw[k - 2].isdigit()
                    and (k + 1 >= n or (lw[k + 1] not in R.PERSON_NOUNS and lw[k + 1] not in R.RELATIONS))
                ):
                    p = Person(first=k - 2, last=k + 1, sentence=words[k].sentence, age=int(lw[k - 2]))
                    out.append(p)
                continue
            start = k
            while (
                start > 0
                and k - start < 5
                and words[start - 1].sentence == words[k].sentence
                and (
                    lw[start - 1]
                    in (
                        "a",
                        "an",
                        "the",
                        "two",
                        "three",
                        "another",
                        "young",
                        "teenage",
                        "elderly",
                        "year",
                        "yr",
                        "old",
                        "his",
                        "her",
                        "their",
                        "step",
                        "male",
                        "female",
                    )
                    or lw[start - 1].isdigit()
                    or lw[start - 1] in R.NUMBER_WORDS
                    or lw[start - 1] in R.YOUTH_NOUNS
                )
            ):
                start -= 1
            p = Person(first=start, last=k + 1, sentence=words[k].sentence, relation=relation)
            if w == "body":
                p.roles.add("deceased")  # "the body recovered ... has been identified as"
            m = _AGED_NOUN.search(self.a.folded, words[start].start, words[k].start + 1)
            if m:
                p.age = _age(m.group(1))
            p.young_word = w in R.YOUTH_NOUNS or any(
                x in R.YOUTH_NOUNS or x in ("teenage", "young") for x in lw[start:k]
            )
            out.append(p)
        return out

    def _join_appositions(self, people: list[Person]) -> list[Person]:
        """ "a 16-year-old boy, Tyler Brooks," / "Tyler Brooks, a 16-year-old" / "the victim, Emily Chen": one
        person, with the name, the age and the description together."""
        gaps, out = self.a.gaps, []
        skip = set()
        for x, p in enumerate(people):
            if x in skip:
                continue
            for y in range(x + 1, min(x + 3, len(people))):
                q = people[y]
                if q.sentence != p.sentence or (p.name is None) == (q.name is None):
                    continue
                between = gaps[q.first].strip() if q.first == p.last else None
                adjacent = q.first == p.last and between in (",", "(", "-", ":", "")
                if q.first == p.last + 1 and self.lw[p.last] in (
                    "named",
                    "called",
                    "identified",
                    "mr",
                    "mrs",
                    "ms",
                    "miss",
                    "mx",
                ):
                    adjacent = True  # "a woman named Priya", "The victim (Ms. Okonkwo)"
                if (
                    not adjacent
                    and p.name is None
                    and 0 < q.first - p.last <= 7
                    and gaps[q.first].strip() == ","
                    and self._aside(p.last, q.first)
                ):
                    adjacent = True  # "A 16-year-old from the Jane and Finch area, Jaylen Okafor, is charged"
                if not adjacent:
                    continue
                named, desc = (p, q) if p.name is not None else (q, p)
                named.first, named.last = min(p.first, q.first), max(p.last, q.last)
                named.age = named.age if named.age is not None else desc.age
                named.young_word = named.young_word or desc.young_word
                named.relation = named.relation or desc.relation
                named.strong = True
                skip.add(y)
                p = named
                break
            out.append(p)
        return out

    def _aside(self, i: int, j: int) -> bool:
        """Words ``i:j`` are a short aside about a person (", from the Jane and Finch area,"): no verb cue, no
        clause break, no other sentence."""
        lw, t = self.lw, self.t
        return all(
            self.words[m].sentence == self.words[i].sentence
            and lw[m] not in _CLAUSE_BREAKS
            and _match_at(lw, m, t["left"][0]) is None
            and lw[m] not in ("is", "was", "has", "who")
            for m in range(i, j)
        )

    # --- roles ----------------------------------------------------------------------------------
    def _roles(self, people: list[Person]) -> None:
        lw, words, n = self.lw, self.words, len(self.lw)
        # (people is sorted by position: a pronoun's person is the last one before it)
        left_table, left_roles = self.t["left"]
        right_table, right_roles = self.t["right"]
        by_sentence: dict[int, list[Person]] = {}
        for p in people:
            by_sentence.setdefault(p.sentence, []).append(p)
        # Each cue looks at the people a few words from it, found by bisection on where they start (a sentence
        # may be 100 KB long): linear in the post. No mention spans more than ``span`` words.
        span = max((p.last - p.first for p in people), default=0)
        firsts = {s: [p.first for p in here] for s, here in by_sentence.items()}
        # the earliest end of a mention in each sentence: a later person may sit in an "of ..." phrase after it
        min_last = {s: min(p.last for p in here) for s, here in by_sentence.items()}
        # for a pronoun: the sentence of each person, and the last one named (not an official) before each
        self._sentences = [p.sentence for p in people]
        self._last_named = [-1]
        for x, p in enumerate(people):
            self._last_named.append(x if p.name is not None and not p.official else self._last_named[-1])
        objects: set[int] = set()  # people right after a RIGHT cue ("stabbed Tyler"): not a subject
        read_to = 0  # the words of a left cue are read with it: none of them starts another cue
        for k in [
            k for k, w in enumerate(lw) if w in right_table or w in left_table
        ]:  # most words start none
            if k < read_to:
                continue
            s = words[k].sentence
            here = by_sentence.get(s, [])
            at = firsts.get(s, [])
            ph = _match_at(lw, k, right_table) if lw[k] in right_table else None
            took_object = False
            if ph is not None and here:
                end = k + len(ph)
                role_noun = (
                    ph[-1] in _ROLE_NOUNS and self.a.gaps[end : end + 1] == [","] if end < n else False
                )
                reach = end + (5 if role_noun else 4)
                target = next(
                    (
                        p
                        for p in here[bisect_left(at, end) : bisect_right(at, reach)]
                        if (
                            (
                                role_noun
                                and p.name is not None
                                and not any(
                                    words[m].text[:1].isupper() or lw[m] in _CLAUSE_BREAKS
                                    for m in range(end, p.first)
                                )
                            )
                            or all(
                                lw[m]
                                in ("a", "an", "the", "of", "his", "her", "their", "missing", "teen", "local")
                                or _AGE_WORD.fullmatch(lw[m])
                                or (  # "abused by former football coach Stephen Turton"
                                    ph[-1] == "by"
                                    and not words[m].text[:1].isupper()
                                    and lw[m] not in _CLAUSE_BREAKS
                                )
                                for m in range(end, p.first)
                            )
                        )
                    ),
                    None,
                )
                if target is None and ph[-1] in (
                    "victim",
                    "victims",
                    "complainant",
                    "complainants",
                    "suspect",
                    "accused",
                    "deceased",
                    "witness",
                    "witnesses",
                ):
                    target = next(
                        (
                            p
                            for p in here[bisect_left(at, k - span) : bisect_right(at, k)]
                            if p.first <= k < p.last
                        ),
                        None,
                    )
                if target is not None:
                    target.roles.add(right_roles[ph])
                    objects.add(id(target))
                    took_object = target.first > k
            ph2 = _match_at(lw, k, left_table) if lw[k] in left_table and not took_object else None
            if ph2 is not None:
                role = left_roles[ph2]
                if ph2 in R.HARM_VERBS and k and lw[k - 1] in ("who", "that"):
                    # "Carl Hodgson, who sexually exploited a girl,": he did it, and she is the one harmed
                    role = "accused"
                    harmed = self._object_after(k + len(ph2), here, at)
                    if harmed is not None:
                        harmed.roles.add("victim")
                        objects.add(id(harmed))
                subject = None
                # the last person ending before the cue, within 12 words: one who starts further back ends too
                # far from it
                for p in reversed(here[bisect_left(at, k - 12 - span) : bisect_right(at, k)]):
                    if p.last <= k and "of" in lw[max(0, p.first - 5) : p.first] and min_last[s] <= p.first:
                        continue  # "the son of Raj Malhotra has been charged": the son is
                    if p.last <= k and id(p) not in objects and k - p.last <= 12:
                        if not any(
                            lw[m] in _CLAUSE_BREAKS for m in range(p.last, k)
                        ) and not self._possessive(p):
                            subject = p  # not "Jaydon James' killers were jailed": the killers were
                        break
                if subject is None and not here:
                    subject = self._pronoun_subject(k, people, role)
                if subject is not None:
                    subject.roles.add(role)
                    m = (
                        subject.first - 1
                        if subject.first and lw[subject.first - 1] in ("a", "an", "the")
                        else subject.first
                    )
                    if ph2[0] in ("were", "are", "have") and m and lw[m - 1] == "and":
                        # "The 16-year-old (Amrit) and a 17-year-old were held": both of them
                        other = next(
                            (
                                p
                                for p in here[bisect_left(at, m - 1 - span) : bisect_right(at, m - 1)]
                                if p.last == m - 1
                            ),
                            None,
                        )
                        if other is not None and id(other) not in objects:
                            other.roles.add(role)
                read_to = k + len(ph2)
                if read_to < n and lw[read_to] == "by":
                    read_to -= (
                        1  # "was abused by X": the verb is read again, as the cue for the one who did it
                    )
        # "Eleanor Fitzgerald, 88, is the 19th pedestrian killed": a name, then "is/was the" and a description
        for here in by_sentence.values():
            for x, p in enumerate(here):
                if p.name is None:
                    continue
                for q in here[x + 1 : x + 2]:
                    if (
                        q.name is None
                        and 1 <= q.first - p.last <= 6
                        and any(lw[m] in ("is", "was") for m in range(p.last, q.first))
                    ):
                        p.roles |= q.roles
                        p.age = p.age if p.age is not None else q.age
        # "Two people were arrested ...: a man and a boy, Kofi, 13": the people listed share the role
        for here in by_sentence.values():
            lead = next((p for p in here if p.roles and p.name is None and lw[p.last - 1] in _PLURALS), None)
            if lead is None:
                continue
            colon = lead.last  # a colon later in the lead's sentence
            while colon < n and words[colon].sentence == lead.sentence and ":" not in self.a.gaps[colon]:
                colon += 1
            colon = colon if colon < n and words[colon].sentence == lead.sentence else None
            if colon is not None:
                for p in here:
                    if p.first >= colon and not p.roles:
                        p.roles |= lead.roles
        # "has been named as X": X takes the roles of the sentence's first description
        for here in by_sentence.values():
            named = [p for p in here if p.name is not None]
            descs = [p for p in here if p.name is None and p.roles]
            if not named or not descs:
                continue
            # the first description (with a role) that ends before a word: the earliest end so far, by bisection
            ends = list(accumulate((d.last for d in descs), min))  # not increasing
            for p in named:
                i = p.name[0]
                lead = i
                while lead > 0 and (
                    _AGE_WORD.fullmatch(lw[lead - 1]) or lw[lead - 1] in ("year", "yr", "old")
                ):
                    lead -= 1  # "was 19-year-old Jasmin Kaur"
                copula = lead and lw[lead - 1] in ("was", "is") and p.strong
                identified_as = (
                    lead
                    and lw[lead - 1] == "as"
                    and any(
                        lw[m] in ("identified", "named", "name")
                        for m in range(max(0, lead - 22), lead - 1)
                        if words[m].sentence == p.sentence
                    )
                )
                if not copula and not identified_as and self._cue_before(i) != "identity":
                    continue
                if p.first < i and lw[i - 1] in ("named", "called"):
                    continue  # "a woman named Priya": the description is her own, not the sentence's subject
                x = _first_at_most(ends, i)
                subj = descs[x] if x < len(descs) else None
                if subj is not None:
                    p.roles |= subj.roles
                    p.age = p.age if p.age is not None else subj.age
                    p.young_word = p.young_word or subj.young_word
                    p.strong = True

    def _object_after(self, end: int, here: list[Person], at: list[int]) -> Person | None:
        """The person a verb ending at word ``end`` was done to: the next one, with only articles, an age or a
        word such as "young" between ("who stabbed a 17-year-old boy")."""
        lw = self.lw
        for p in here[bisect_left(at, end) : bisect_right(at, end + 4)]:
            if all(lw[m] in _OBJECT_LEAD or _AGE_WORD.fullmatch(lw[m]) for m in range(end, p.first)):
                return p
        return None

    def _possessive(self, p: Person) -> bool:
        """ "Jaydon James' killers", "Amira Shah's family": the words after the name are about someone else."""
        last = self.lw[p.last - 1]
        return last.endswith(("'s", "’s")) or self.a.gaps[p.last : p.last + 1] in (["' "], ["’ "])

    def _references(self, people: list[Person]) -> None:
        """Roles a later sentence gives by reference: "One of them, Tane Walker," (one of the people just
        described); "She was Rosa Quispe" (the person the last sentence described); "His death is not
        considered suspicious" (the person last named)."""
        lw, words, n = self.lw, self.words, len(self.lw)
        firsts = [p.first for p in people]
        for p in people:
            if p.name is None or p.official:
                continue
            i = p.name[0]
            s = p.sentence
            if i >= 3 and lw[i - 3 : i] == ["one", "of", "them"]:
                lead = self._described_before(people, bisect_left(firsts, i - 3), s, plural=True)
                if lead is not None:
                    p.roles |= lead.roles
                    p.young_word = p.young_word or lead.young_word
            elif (
                i >= 2
                and lw[i - 1] in ("was", "is")
                and lw[i - 2] in ("he", "she")
                and (i == 2 or words[i - 3].sentence != s)
            ):
                lead = self._described_before(people, bisect_left(firsts, i - 2), s, plural=False)
                if lead is not None:
                    p.roles |= lead.roles
                    p.age = p.age if p.age is not None else lead.age
                    p.young_word = p.young_word or lead.young_word
        for p in people:  # "Jaydon James' killers were jailed": he is the one killed
            if p.name is not None and p.last < n and lw[p.last] in _KILLERS and self._possessive(p):
                p.roles |= {"victim", "deceased"}
        for k in [k for k, w in enumerate(lw) if w in ("his", "her")]:
            if k + 1 < n and lw[k + 1] in (
                "death",
                "murder",
                "killing",
                "passing",
                "funeral",
                "body",
                "remains",
            ):
                x = self._last_named[bisect_left(firsts, k)]  # the last person named before the word
                if x >= 0 and people[x].last <= k and not people[x].roles & {"accused", "convicted"}:
                    people[x].roles.add("deceased")

    def _described_before(self, people: list[Person], x: int, s: int, plural: bool) -> Person | None:
        """The last person described (not named) with a role among ``people[:x]``, in sentence ``s`` or the one
        before it (a plural description when ``plural``). The walk back stops at the sentence before: it reads a
        few people, however long the post."""
        lw = self.lw
        for q in reversed(people[max(0, x - 64) : x]):
            if q.sentence < s - 1:
                return None
            if q.name is None and q.roles and not q.official and (not plural or lw[q.last - 1] in _PLURALS):
                return q
        return None

    def _pronoun_subject(self, k: int, people: list[Person], role: str) -> Person | None:
        """ "She has been charged": a pronoun just before a cue, in a sentence that names nobody, is the person
        last named before it (or last described, when the post names nobody). "He will be sentenced" after "A
        boy was convicted of the murder of Jamal ...": the person already accused or convicted, when the sentence
        before has one."""
        words, lw = self.words, self.lw
        s = words[k].sentence
        lead = [lw[m] for m in range(max(0, k - 3), k) if words[m].sentence == s]
        if not any(w in _PRONOUNS for w in lead):
            return None
        x = bisect_left(self._sentences, s)  # people[:x] are in earlier sentences
        if role in _CHARGED_ROLES:
            for q in reversed(people[max(0, x - 16) : x]):
                if q.sentence < s - 1:
                    break
                if q.roles & _CHARGED_ROLES and not q.official:
                    return q
        named = self._last_named[x]
        return people[named] if named >= 0 else people[x - 1] if x else None

    def _corefer(self, people: list[Person]) -> list[Person]:
        """A later mention of a named person's first or last name is the same person: roles join."""
        full = [p for p in people if p.name is not None and p.name[1] - p.name[0] >= 2]
        if not full:
            return people
        # the same full name again ("Police photo of Gregory Aldana" and "Gregory Aldana, 58, is charged"): one
        # person, whose roles and age every mention shares
        same: dict[tuple[str, ...], list[Person]] = {}
        for p in full:
            same.setdefault(tuple(self.lw[p.name[0] : p.name[1]]), []).append(p)
        for group in same.values():
            if len(group) > 1:
                roles = set().union(*(p.roles for p in group))
                age = next((p.age for p in group if p.age is not None), None)
                for p in group:
                    p.roles |= roles
                    p.age = p.age if p.age is not None else age
        by_token: dict[str, Person] = {}
        for p in full:
            for k in range(p.name[0], p.name[1]):
                by_token.setdefault(self.lw[k], p)
        out = []
        for p in people:
            if p.name is not None and p.name[1] - p.name[0] == 1 and self.lw[p.name[0]] in by_token:
                head = by_token[self.lw[p.name[0]]]
                if head is not p:
                    head.roles |= p.roles
                    head.age = head.age if head.age is not None else p.age
                    continue
            out.append(p)
        # a surname alone after a full name ("Mr Zeb", "Carl died") also picks up roles from its sentence
        return out

    # --- post facts -------------------------------------------------------------------------------
    def _old_year(self) -> bool:
        """ "in 1998", "since 2004": a year before the present one."""
        lw = self.lw
        return any(
            1950 <= int(w) <= 2023 and lw[k - 1] in ("in", "since")
            for k, w in enumerate(lw)
            if k and len(w) == 4 and w.isdigit()
        )
