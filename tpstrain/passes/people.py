"""Who a post names, and in what role: one pass over a post's sentences, shared by the legal rules.

A *person* is a mention: a name ("Tyler Brooks"), or a description ("a 16-year-old boy", "the victim").
Apposition joins the two ("a 16-year-old boy, Tyler Brooks,"; "Tyler Brooks (16)"), and so do "has been
named as" and a later mention of the same surname. Each person gets an age when the post gives one, and
roles from the words around them (roles.py): accused, victim, witness, deceased, missing, convicted; and
``official`` for staff and officials named after a rank or title. The post as a whole gets the facts the
legal rules weigh (people_facts.py): a sexual offence, the family told (or not yet told), a conviction, an old
case. It reads the words once, sentence by sentence, only for posts whose rules need it (``cast_of`` memoizes
it).
"""

from __future__ import annotations

import re

from . import names as N
from . import post_cues as P
from . import roles as R
from .cast import (
    AGE_AFTER,
    LEADS_OR_MODIFIERS,
    NOT_FIRST,
    ORG_WORDS,
    RELATION_MODIFIERS,
    Cast,
    Person,
    given_names,
    home_town,
    join_victim_ages,
    match_at,
    possessive,
)
from .people_ages import age_of, lead_who
from .people_described import DescriptionReader
from .people_facts import PostFacts
from .people_join import MentionJoiner
from .people_named import NameCues
from .people_roles import RoleReader
from .tokenize import Analysis

# roles written before a name, capitalized in a headline: "McMaster Student Jenna Holt", "Nurse Ana Ruiz"
_ROLE_LEADS = frozenset(
    "student students teacher nurse employee worker cashier volunteer patient tenant coach".split()
)


def cast_of(a: Analysis) -> Cast:
    """The post's cast, computed once per analysis."""
    got = a.cache.get("people")
    if got is None:
        got = a.cache["people"] = _Reader(a).read()
    return got


# ----- the reader -------------------------------------------------------------------------------
# "(born 2010)", ", born in 2009,": a year of birth right after a name
# place words that are common surnames too
_PLACE_SURNAMES = frozenset(
    "hill hills park lane green wood woods brook bay ford field fields banks rivers hall church cross lake bridge bridges "
    "shore mills heath dale grove glen".split()
)
# a surname alone is the person named before unless a place word leads it ("the Marchetti", "at Marchetti")
_NOT_BEFORE_SURNAME = frozenset("the at in on of from to near a an".split())
_IDENTIFY = frozenset("identify identifies identified named names".split())
# a date of birth in brackets right after a name says a person as an age does: "an assault on Anna Kowalski (13.02.1998)"
_DOB_NEXT = re.compile(r"\s*\(\s*(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d|(?:19|20)\d\d-\d\d-\d\d)\s*\)")
# a name set off with its home town, as a release names someone: "Shakira Lowe, of West Dubbo, was charged"
_OF_HOME = re.compile(r",\s+of\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?,", re.I)
# the words of an offence between a name and "case": "the Emma Doucette sexual assault case" (not a death: "the Billy
# Livesley murder investigation" names a victim the public knows)
_CASE_WORDS = frozenset(
    "sexual assault abduction kidnapping harassment abuse exploitation trafficking luring".split()
)


_SAINTS = ("st", "ste", "saint", "sainte")


class _Reader(RoleReader, MentionJoiner, DescriptionReader, NameCues, PostFacts):
    """Reads a post's people: their names and descriptions, then their roles (RoleReader), then what the post
    as a whole says."""

    # per sentence: its first word, and how many of its other words are capitalized (``_sentence_caps``)
    _caps_by_sentence: dict[int, tuple[int, int]] | None = None

    def read(self) -> Cast:
        lw = self.lw
        people = self._with_titled_ages(self._names() + self._descriptions())
        people.sort(key=lambda p: (p.first, -p.last))
        people = self._join_appositions(self._join_young_described(people))
        for p in people:
            if p.name is None and p.age is None:
                age_of(self.a, p)  # "Two sisters, aged 13 and 16,"
            # "the body found near the Humber River", "Dylan Fraser's body": a person who died
            if self.lw[p.last - 1] in ("body", "remains") and (
                p.name is None or self.lw[p.name[1] - 1].endswith(("'s", "’s"))
            ):
                p.roles.add("deceased")
        self._roles(people)
        # "Accused in Emma Doucette sexual assault case arrested": the case's verb is not hers; nor is it the one
        # whose attacker it is ("Samira Qureshi's alleged attacker has been charged")
        for p in people:
            if p.name is not None and (self._case_named(*p.name) or self._harmer_at(p) >= 0):
                p.roles.discard("accused")
                p.roles.add("victim")
        self._references(people)
        people = self._corefer(people)
        join_victim_ages(people)
        self._named_by_is(people)
        self._same_noun(people)
        self._age_said(people)
        self._pronoun_charged(people)
        self._named_next(people)
        self._conjoined(people)
        self._description_is(people)
        self._young_accused(people)
        self._sought(people)
        R.settle_heads(people, lw)  # "The complainant and the accused both worked": each keeps the part named
        return self._post_facts(people)

    # --- names ----------------------------------------------------------------------------------
    def _names(self) -> list[Person]:
        words, lw, n, cap = self.words, self.lw, len(self.words), self.cap
        gaps = self.a.gaps
        out: list[Person] = []
        surnames: set[str] = set()  # the last words of the full names read so far
        run_end = 0  # the word after the last run read: a run starts after it
        # most words start no name; a role before a name in a Title Case headline is none of it ("McMaster
        # Student Jenna Holt"), nor a word opening a sentence before a given name ("Restaurateur Khalil Ahmadi")
        for i in [
            i
            for i, c in enumerate(cap)
            if c and lw[i] not in NOT_FIRST and lw[i] not in _ROLE_LEADS and not self.opens_with_a_word(i)
        ]:
            if i < run_end:
                continue
            # a place: "à Saint-Hyacinthe", "St-Jérôme"
            if lw[i] in _SAINTS and i + 1 < n and gaps[i + 1] == "-":
                run_end = next((k for k in range(i + 1, n) if gaps[k] != "-"), n)
                continue
            j = i + 1
            while (
                j < n
                and j - i < 4
                and words[j].sentence == words[i].sentence
                and (gaps[j] in (" ", "-") or self._nickname_at(j))
                and not possessive(lw[j - 1])  # "Mr. Baird's Grade 9 homeroom": a name ends at its 's
            ):
                # "Jack 'Macca' McAllister": a nickname in quotes (the loop let in no other gap), then the surname
                if gaps[j] not in (" ", "-"):
                    j += 2
                elif (
                    (
                        cap[j]
                        and lw[j] not in N.NOT_NAMES
                        and lw[j] not in N.RANKS
                        and lw[j] not in _ROLE_LEADS
                    )
                    or (cap[j] and gaps[j] == "-" and lw[j] not in N.RANKS)  # "Nguyen-Park": one surname
                    or (  # "Emily Park," / "Marcus Hill.": a given name and a surname that is also a place word
                        cap[j]
                        and lw[j] in _PLACE_SURNAMES
                        and (
                            (j == i + 1 and lw[i] in given_names())
                            or (j == i + 2 and gaps[i + 1] == "-" and not cap[i + 1])  # "Ji-woo Park,"
                        )
                        and (
                            j + 1 >= n
                            or gaps[j + 1].strip()[:1] in (",", ".", ")", ";")
                            or (gaps[j + 1].strip() == "(" and lw[j + 1].isdigit())  # "Aiden Park (16)"
                            # after an age: "14-year-old Ethan Park was"; after a title: "Mrs. Eileen Park at"
                            or (i >= 2 and lw[i - 1] == "old" and lw[i - 2] in ("year", "yr"))
                            or (i and lw[i - 1] in N.HONORIFICS)
                        )
                    )
                ):
                    j += 1
                elif lw[j] in N.NAME_PARTICLES and j + 1 < n and cap[j + 1] and gaps[j + 1] == " ":
                    j += 2
                elif lw[j] in _SAINTS and j + 1 < n and gaps[j + 1] == "-" and cap[j + 1]:
                    j += 2  # "Wideline St-Fleur", "Marc Ste-Marie": a saint's name in a surname, not a street
                elif gaps[j] == "-" and j == i + 1 and j + 1 < n and cap[j + 1] and gaps[j + 1] == " ":
                    j += 1  # "Ji-woo Park", "Hyun-woo Choi": a given name's second part in lower case
                elif (
                    j == i + 1
                    and cap[j]
                    and len(lw[j]) == 1
                    and lw[i] in given_names()
                    and self._initial_ends(j)
                ):
                    j += 1  # "Priya S., the woman": a given name and the surname's initial
                else:
                    break
            p = self._person_from_run(i, j)
            # a surname alone after the full name: "Kevin Marchetti, 39, ... Marchetti was arrested"
            if (
                p is None
                and j == i + 1
                and lw[i] in surnames
                and (not i or lw[i - 1] not in _NOT_BEFORE_SURNAME)
            ):
                p = Person(first=i, last=j, sentence=words[i].sentence, name=(i, j))
                p.strong = True
            if p is not None:
                out.append(p)
                if j - i >= 2:
                    surnames.add(lw[j - 1])
            run_end = j
        return out

    def _initial_ends(self, j: int) -> bool:
        """Word ``j`` is an initial that ends a name: "S." before a comma or a space, or at the end."""
        gaps = self.a.gaps
        return j + 1 < len(gaps) and gaps[j + 1].startswith(".") and gaps[j + 1][1:2] in ("", ",", " ")

    def _of_home(self, j: int) -> bool:
        """The name ending before word ``j`` is set off with its home town: "Shakira Lowe, of West Dubbo, was"."""
        return _OF_HOME.match(self.a.folded, self.words[j - 1].end) is not None

    def _case_named(self, i: int, j: int) -> bool:
        """A case or an investigation named after the person harmed: "the Emma Doucette case",
        "in Emma Doucette sexual assault case" (a given name first, then only the offence's words)."""
        lw = self.lw
        if lw[i] not in given_names():
            return False
        for k in range(j, min(j + 4, len(lw))):
            if lw[k] in ("case", "investigation"):
                return self.words[k].sentence == self.words[i].sentence
            if lw[k] not in _CASE_WORDS:
                return False
        return False

    def _nickname_at(self, j: int) -> bool:
        gaps, cap = self.a.gaps, self.cap
        return (
            j + 1 < len(cap)
            and gaps[j] in (" '", " \u2018", ' "', " \u201c")
            and gaps[j + 1] in ("' ", "\u2019 ", '" ', "\u201d ")
            and cap[j]
            and cap[j + 1]
        )

    def _person_from_run(self, i: int, j: int) -> Person | None:
        words, lw, n = self.words, self.lw, len(self.words)
        nxt = lw[j] if j < n and words[j].sentence == words[i].sentence else ""
        prev = lw[i - 1] if i and words[i - 1].sentence == words[i].sentence else ""
        prev2 = lw[i - 2] if i > 1 and words[i - 2].sentence == words[i].sentence else ""
        place = (lw[j - 1] in N.PLACE_WORDS and self.a.gaps[j - 1] != "-") or (  # not "Ashley Nguyen-Park"
            j - i >= 2 and lw[j - 1] in N.COMPASS and lw[j - 2] in N.PLACE_WORDS  # "King St E"
        )
        # (or a place's name as a modifier: "a Don Mills AAA hockey team", dev batch 413)
        if (
            nxt in N.PLACE_WORDS
            or (place and not self._surname_like_place(i, j, prev))
            or (prev in ("a", "an") and lw[j - 1] in _PLACE_SURNAMES)
        ):
            return None
        if lw[i] in N.VEHICLE_MAKES or any(w in N.DOG_BREED_WORDS for w in lw[i:j]):
            return None
        if N.SCHOOL_NAMED.match(self.a.folded, words[i].start):
            return None  # a school named after a person: "Dr. Norman Bethune C.I."
        if (
            prev in N.PLACE_WORDS
            and self.cap[i - 1]
            and self.a.gaps[i] == " "
            and not (
                prev in N.RANKS and lw[i] in given_names()
            )  # a title: "Dr Helen Marsh" (not "Dr" for Drive)
        ):
            return None  # a place word names the place: "Hôpital Notre-Dame"

        if nxt in N.PERSON_NOUNS and j < n and self.a.gaps[j] == " " and not self._owner(i, j):
            return None  # "a 27-year-old Bellevue man": where the person is from
        if j - i >= 2 and lw[j - 1] in N.PERSON_NOUNS and lw[j - 1] not in given_names():
            return None  # a headline's "Bolton Schoolgirl, 14": a place and a noun, no name
        if j < n and self.a.gaps[j].strip() in ("'s", "'") and nxt in N.PLACE_WORDS:
            return None
        if (
            prev
            and self.a.gaps[i].strip() == ","
            and (prev in N.PLACE_WORDS or prev in ORG_WORDS)
            # "... at Birchmount Park, Leo Brandt, told us", "Brunswick Secondary College, Harper, 13, who filmed"
            and not (
                (j - i >= 2 or AGE_AFTER.match(self.a.folded, words[j - 1].end)) and lw[i] in given_names()
            )
            # "The 17-year-old charged in the stabbing at the park, Armaan Gill,": the one charged, named
            and not (j - i >= 2 and self._after_charged_aside(i))
        ):
            return None  # "an employee of his clinic, Kanata Bright Smiles,": the clinic's name
        official = self._official(i, prev, prev2)
        p = Person(first=i, last=j, sentence=words[i].sentence, name=(i, j), official=official)
        age_of(self.a, p)
        appos = self._apposition_lead(i, j)
        # "in the Emma Doucette sexual assault case": the person the case is about
        case = self._case_named(i, j)
        dob = _DOB_NEXT.match(self.a.folded, words[j - 1].end) is not None
        strong = (
            official
            or p.age is not None
            or prev in N.HONORIFICS
            or prev in _ROLE_LEADS
            # a relative after a possessive: "his mother Mirlande Joseph"
            or (prev in N.RELATIONS and (prev2 in N.POSSESSIVES or prev2.endswith("'s")))
            or appos
            or self._role_next_to(i, j)
            or self._of_home(j)
            or case
            or dob
            # "Police Identify Man Killed in Boating Crash as Eric Lindgren", in a headline too
            or (prev == "as" and lw[i] in given_names() and not _IDENTIFY.isdisjoint(lw[max(0, i - 12) : i]))
        )
        # "for the Hamilton Hurricanes", "at the Royal York": a name right after "the" names a team or a place
        place_context = (
            (prev in N.PLACE_PREPOSITIONS and prev2 not in N.PERSON_AFTER_PREPOSITION)
            or prev == "the"
            or self._intersection(j)
            or home_town(words, i)
        )
        # (but "run beside Maya Leung, the complainant in ...": a person described; or a case named after someone)
        known = lw[i] in given_names()
        if place_context and p.age is None and not ((known and self._described_after(j, i)) or case or dob):
            return None
        single = j - i == 1
        if single:
            if not known and not official and words[i].sentence in self.a.title_case:
                return None  # "A 14-year-old Bailed in Relation to ...": a headline's capital
            # one capitalized word is a name only with an age, a title, or a given name beside a role word
            if not (
                p.age is not None
                or official
                or prev in N.HONORIFICS
                or (known and self._role_next_to(i, j))
                or (appos and (known or self.a.gaps[i].strip() == "("))
                # "The young man, Nikau, is well known": a name set off by commas after a definite description
                or (appos and j < n and self.a.gaps[j].strip() == "," and "the" in lw[max(0, i - 4) : i - 1])
                or (known and self._described_after(j))
                or (known and self._acts(i))
            ):
                return None
        elif not strong and (
            not known or (words[i].sentence in self.a.title_case and not self._caps_of_name(i, j))
        ):
            return None
        elif (
            not known
            and p.age is None
            and not official
            and prev not in N.HONORIFICS
            and words[i].sentence in self.a.title_case
        ):
            return None  # "Man Arrested Over Swans Shot Dead": in a Title Case headline, a cue is not enough
        p.strong = strong
        return p

    def _caps_of_name(self, i: int, j: int) -> bool:
        """ "Standing with Chloe Bergeron.": only the first word and the name are capitalized: no headline."""
        first, caps = self._sentence_caps()[self.words[i].sentence]
        return bool(caps == sum(self.cap[m] for m in range(max(i, first + 1), j)))

    def _sentence_caps(self) -> dict[int, tuple[int, int]]:
        """Each sentence's first word and how many of its other words are capitalized (counted once per post)."""
        if self._caps_by_sentence is None:
            got: dict[int, tuple[int, int]] = {}
            for m, w in enumerate(self.words):
                first, caps = got.get(w.sentence, (m, 0))
                got[w.sentence] = (first, caps + (m > first and self.cap[m]))
            self._caps_by_sentence = got
        return self._caps_by_sentence

    def _surname_like_place(self, i: int, j: int, prev: str) -> bool:
        """ "His brother, Marcus Hill,": a given name and a place-word surname, set off as a person (not "at ...")."""
        lw, gaps = self.lw, self.a.gaps
        aged = (
            j < len(lw)
            and lw[j].isdigit()
            and (  # "Helen Park, 71", "Aiden Park (16)"
                gaps[j].strip() == ","
                or (gaps[j].strip() == "(" and j + 1 < len(gaps) and gaps[j + 1].startswith(")"))
            )
        )
        hyphened = j - i == 3 and self.a.gaps[i + 1] == "-" and not self.cap[i + 1]  # "Ji-woo Park, 17"
        return (
            j - i == 2 + hyphened
            and (lw[i] in given_names() or hyphened)
            and lw[j - 1] in _PLACE_SURNAMES
            and (prev not in N.PLACE_PREPOSITIONS or (aged and prev == "from"))  # "from Marcus Hill, 58,"
            and (
                prev in N.RANKS
                or prev in N.HONORIFICS  # "Sgt. Marcus Hill of 31 Division"
                or self._apposition_lead(i, j)
                or self._role_next_to(i, j)
                or (prev == "old" and i >= 2 and lw[i - 2] in ("year", "yr"))  # "13-year-old Emily Park"
                or aged
            )
        )

    def _official(self, i: int, prev: str, prev2: str) -> bool:
        """A name after a rank or a title: staff, unless the rank is a relation's ("his older brother, Dmitri
        Volkov") or no longer held ("retired EPS Sgt. Glen Forsythe")."""
        lw = self.lw
        if not (
            prev in N.RANKS or prev in ("chief", "officer") or (prev2 in N.RANKS and prev in ("det", "sgt"))
        ) or {":", ","} & set(self.a.gaps[i]):
            return False  # not after a colon or a comma: "will face justice: Dion Pratt", "the superintendent, Karl"
        # "Dmitri's 17-year-old brother Anton Volkov": a lowercase relation (a title is "Brother")
        lower = self.words[i - 1].text.islower()
        if prev in N.RELATIONS and (
            prev2 in N.POSSESSIVES or prev2 in RELATION_MODIFIERS or prev2.endswith("'s") or lower
        ):
            return False
        return {"retired", "former", "late"}.isdisjoint(lw[max(0, i - 4) : i])

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
            prev in N.PERSON_NOUNS
            or (prev in N.RELATIONS and lw[i - 2] in LEADS_OR_MODIFIERS)
            or (prev == "old" and lw[i - 2] in ("year", "yr"))
            or (prev == "them" and i >= 3 and lw[i - 3 : i - 1] == ["one", "of"])
            or (gap == "," and self._after_charged_aside(i))
            or (gap == "," and lead_who(self.a.folded, self.words[i].start) is not None)
        )
        return described and (closed or j - i > 1)

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
                or self.lw[j + 2] in N.PLACE_WORDS
                or self.lw[j + 2] in N.PLACE_PREPOSITIONS
                or self.words[j + 2].sentence != self.words[j].sentence
                or not self.cap[j + 2]
            )
        )

    def _role_next_to(self, i: int, j: int) -> bool:
        """A role cue right after the name, or right before it: the run names a person."""
        lw, n = self.lw, len(self.lw)
        k = j
        while (
            k < n
            and k - j < 6
            and (
                lw[k].isdigit()
                or lw[k] in P.NUMBER_WORDS
                or lw[k] in ("of", "aged", "age", "years", "old", "yo")
            )
        ):
            k += 1  # "Name, 16, of Toronto," : skip the age and a short "of Place"
        if k < n and self.words[k].sentence == self.words[i].sentence:
            ph = match_at(lw, k, self.t["left"][0])
            if ph is not None and not R.cue_unfinished(lw, k, ph):  # not "Austin 911 received a call"
                return True
            if lw[k] in ("who", "whose", "'s"):
                return True
        return self._cue_before(i) is not None

    # --- descriptions -----------------------------------------------------------------------------
