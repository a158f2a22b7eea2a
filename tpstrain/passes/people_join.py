"""Joining the mentions of one person in a post (passes/people.py): an apposition ("a 16-year-old boy, Tyler
Brooks,"), "the 16-year-old charged ... is Jayden Ross", and a later mention of the same name."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise

from . import names as N
from .cast import CHARGED_ROLES, CLAUSE_BREAKS, RELATION_MODIFIERS, Person, match_at, possessive
from .people_ages import AgeReader

# words that make a post about a missing person ("located" alone also tells of a suspect found)
_MISSING_POST = frozenset("missing whereabouts wellbeing well-being disparition disparu disparue".split())

_HURT = frozenset("victim victims complainant complainants".split())
_TITLES_OR_TRADES = (
    N.RANKS | N.PERSON_NOUNS
)  # between "was" and a name: "was Seattle firefighter Lt. Marcus Olsen"
# one participle between a description and a name set off by a comma: "the 17-year-old charged, Devon,"
_PARTICIPLE_ASIDES = {
    "charged": "accused",
    "arrested": "accused",
    "accused": "accused",
    "detained": "accused",
    "injured": "victim",
    "killed": "deceased",
    "decede": "deceased",  # in French: "le conducteur décédé, Luc Tremblay,"
    "decedee": "deceased",
    "missing": "missing",
}


_ORDINALS = frozenset("first second third fourth fifth other last younger older remaining".split())
_DEFINITE = ("the", "this", "that")
_YOUTH_COURT = ("court", "justice", "sentence")
# "He's 16 and was released": the subject and its verb in one word
# the terms of a release that only someone charged is given
_RELEASED_CHARGED = frozenset("undertaking recognizance bail".split())


# a title with a young age set off by commas, in a headline's shorthand: "Harbourside High hockey captain, 17,
# charged", "class president, 14, has been charged"; a group: "The pair, aged 15 and 17,"
_TITLED_AGE = re.compile(
    r"(?<![\w'’-])([a-z][a-z-]{2,}), (1[0-7]),|\b(?:pair|duo|trio), aged (1[0-7]) and \d\d,"
)
# the title ends as nouns of people do ("president", "organizer", "guitarist"), or is one of these
_TITLE_NOUNS = frozenset(
    "captain goalie star champion valedictorian rookie prodigy prefect cadet mvp".split()
)
_TITLE_ENDS = ("er", "or", "ist", "ent", "ant", "ian")
_NOT_TITLES = frozenset(
    """over after later never ever other either together earlier under her per order percent recent for floor door
    corner number summer winter register water centre center quarter""".split()
)

# the word that opens what a description is charged with, between it and its name ("The 17-year-old charged with ...,")
_CHARGED_ASIDE = frozenset(("charged", "accused", "arrested", "wanted"))


# how a post gives the name of someone it has described: "a woman, named locally as Jade Whitlow,"
_NAMED_AS = frozenset(
    tuple(p.split())
    for p in "named as|named locally as|locally named as|identified as|since identified as|now identified as|"
    "known locally as|formally identified as".split("|")
)
# words that end a description: a verb, a clause or a preposition ("a volunteer who coaches", "a coach with")
_NOT_DESCRIPTION = frozenset(
    "who whom whose that which and or but has have had is was were are will would with by for to of in at on "
    "after before while said says from as".split()
)


def _after_ages(between: list[str]) -> list[str]:
    """The words between a description and its verb, less an age list after it ("The two teens, 14 and 16, are")."""
    if between[:1] and (between[0].isdigit() or between[0] == "aged"):
        return [w for w in between if not (w.isdigit() or w in ("aged", "and"))]
    return between


class MentionJoiner(AgeReader):
    """The joins of the people pass, read by its reader (which inherits them)."""

    def _goes_by(self, p: Person, q: Person) -> bool:
        """``q`` is the name ``p`` goes by: "known as 'Lil Dre'", "known around Jane and Finch as 'Lil Smokey'"."""
        lw, gap = self.lw, q.first - p.last
        if gap == 2 and lw[p.last : q.first] == ["goes", "by"]:
            return True
        return 1 < gap <= 7 and lw[p.last] == "known" and lw[q.first - 1] == "as"

    def _join_appositions(self, people: list[Person]) -> list[Person]:
        """ "a 16-year-old boy, Tyler Brooks," / "Tyler Brooks, a 16-year-old" / "the victim, Emily Chen": one
        person, with the name, the age and the description together."""
        gaps, out = self.a.gaps, []
        skip = self._aged_relatives(people)
        for x, p in enumerate(people):
            if x in skip:
                continue
            for y in range(x + 1, min(x + 3, len(people))):
                q = people[y]
                if q.sentence != p.sentence or (p.name is None) == (q.name is None):
                    continue
                between = (
                    gaps[q.first].strip(" '\"‘’“”") if q.first == p.last else None
                )  # "a 16-year-old, 'Lil Dre',"
                # others than a name in the possessive: "Sanjay Mehta's victims", "Khalil Ahmadi's 15-year-old son"
                other = (q.age is not None) if q.relation else self.lw[q.last - 1] in _HURT
                owns = other and p.name is not None and possessive(self.lw[p.last - 1])
                if between == ".," and p.name is not None and len(self.lw[p.last - 1]) == 1:
                    between = ","  # "Priya S., the woman": after an initial
                adjacent = q.first == p.last and between in (",", "(", "-", ":", "") and not owns
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
                if self._goes_by(p, q):
                    adjacent = True  # "A 16-year-old known as 'Lil Dre'": the name he goes by
                # "a woman, named locally as Jade Whitlow, 20,", "A juvenile, 14, identified as Marquise Bell"
                if 1 < q.first - p.last <= 4 and tuple(_after_ages(self.lw[p.last : q.first])) in _NAMED_AS:
                    adjacent = True
                if (
                    not adjacent
                    and 0 < q.first - p.last <= 4
                    and gaps[p.last].strip() == ","
                    and all(
                        self.lw[m] in ("his", "her", "their")
                        or self.lw[m] in RELATION_MODIFIERS
                        or self.lw[m] in N.RELATIONS
                        for m in range(p.last, q.first)
                    )
                ):
                    adjacent = True  # "The complainant, his former roommate Jasmine Patel, 27,"
                # "Jean-Luc Ferron, 49, a former high school teacher in Verdun, pleaded guilty"
                if not adjacent and p.name is not None and q.name is None and self._aged_apposition(p, q):
                    adjacent = True
                if (
                    not adjacent
                    and p.name is None
                    and 0 < q.first - p.last <= 7
                    and gaps[q.first].strip() == ","
                    and self._aside(p.last, q.first)
                ):
                    adjacent = True  # "A 16-year-old from the Jane and Finch area, Jaylen Okafor, is charged"
                if (
                    not adjacent
                    and p.name is None
                    and 1 < q.first - p.last <= 14
                    and gaps[q.first].strip() == ","
                    and self.lw[p.last] in _CHARGED_ASIDE
                    and self._after_charged_aside(q.first)
                    # (not someone else's relative: "The 14-year-old charged is the younger brother of the victim, Leila")
                    and not (
                        "of" in self.lw[p.last : q.first]
                        and not N.RELATIONS.isdisjoint(self.lw[p.last : q.first])
                        and not {"is", "was"}.isdisjoint(self.lw[p.last : q.first])
                    )
                ):
                    # "The 17-year-old charged with murder in the Lawrence Heights shooting, Devonte Carr,"
                    adjacent = True
                    q.roles.add("accused")
                if (
                    not adjacent
                    and p.name is None
                    and q.first == p.last + 1
                    and gaps[q.first].strip() == ","
                    and self.lw[p.last] in _PARTICIPLE_ASIDES
                ):
                    adjacent = True  # "The 17-year-old charged, Devon, was released"
                    q.roles.add(_PARTICIPLE_ASIDES[self.lw[p.last]])
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
            self._run_on(p, people, x, skip)
            out.append(p)
        # the head noun of a description the name was joined to is no one else: "A 29-year-old gym employee, Travis
        # Dunleavy," ("employee" was read apart from "29-year-old"); a young word or a relation keeps its own reading
        heads = {p.name[0] for p in out if p.name is not None and p.first < p.name[0]}
        return [
            p
            for p in out
            if p.name is not None
            or p.last not in heads
            or p.young_word
            or p.relation is not None
            or p.roles
            or p.age is not None
        ]

    def _aged_relatives(self, people: list[Person]) -> set[int]:
        """ "A 16-year-old, Clarke's younger brother, faces": one person, the relation joined to the age (the
        indexes of the relatives joined, to skip)."""
        skip = set()
        for x in range(len(people) - 1):
            p, q = people[x], people[x + 1]
            if x not in skip and self._aged_relative(p, q):
                p.last, p.relation = q.last, q.relation
                skip.add(x + 1)
        return skip

    def _aged_relative(self, p: Person, q: Person) -> bool:
        """An age set off by a comma, then someone's relative: "A 16-year-old, Clarke's younger brother,"."""
        k = p.last
        return (
            p.name is None
            and q.name is None
            and p.age is not None
            and p.relation is None
            and q.relation is not None
            and q.sentence == p.sentence
            and self.a.gaps[k].strip() == ","
            and 0 < q.first - k <= 3
            and possessive(self.lw[k])
        )

    def _run_on(self, p: Person, people: list[Person], x: int, skip: set[int]) -> None:
        """The description runs on: "Paul Hennessy, 51, of Oakville, a volunteer | youth soccer | coach,"."""
        for z in range(x + 1, min(x + 4, len(people))):
            if z not in skip and people[z].name is None and self._description_goes_on(p, people[z]):
                p.last = people[z].last
                skip.add(z)

    def _description_goes_on(self, p: Person, q: Person) -> bool:
        """The named person's description runs on into the next mention, with only lower-case nouns between:
        "a volunteer | youth soccer | coach"."""
        lw, gaps = self.lw, self.a.gaps
        return (
            p.name is not None
            and p.name[1] < p.last
            and 0 <= q.first - p.last <= 3  # (or at once: "a volunteer | coach with youth soccer programs")
            and not self.cap[p.last - 1]
            and all(not gaps[m].strip() for m in range(p.last, q.first + 1))
            and all(
                lw[m].isalpha() and not self.cap[m] and lw[m] not in _NOT_DESCRIPTION
                for m in range(p.last, q.first)
            )
        )

    def _aged_apposition(self, p: Person, q: Person) -> bool:
        """A name, its age, then an article and a description in lower case: "Jean-Luc Ferron, 49, a former high
        school teacher" (the description is his)."""
        lw, gaps, k = self.lw, self.a.gaps, p.last
        a = k + 1  # the article; after a home town: "Brent Haley, 51, of Ottawa, a volunteer coach"
        if a < q.first and lw[a] == "of":
            a += 1
            while a < q.first and self.cap[a] and gaps[a].strip() != ",":
                a += 1
        return (
            0 < q.first - k <= 6 + (a - k - 1)
            and lw[k].isdigit()
            and gaps[k].strip() == ","
            and a <= q.first
            and gaps[a].strip() == ","
            and lw[a] in ("a", "an", "the")
            and not any(self.cap[m] for m in range(a, q.last))
            # the description's own words, not another's: "Olivia Tran, 15, a friend of the complainant"
            and not any(lw[m] in ("of", "for", "to", "with", "by", "from") for m in range(a + 1, q.first))
        )

    def _with_titled_ages(self, people: list[Person]) -> list[Person]:
        """The people, and a young person described by a title and an age that no description covers ("hockey
        captain, 17,"; "The pair, aged 15 and 17,")."""
        for m in _TITLED_AGE.finditer(self.a.folded):
            title = m.group(1)
            if title is not None and (
                title in _NOT_TITLES or not (title in _TITLE_NOUNS or title.endswith(_TITLE_ENDS))
            ):
                continue
            k = bisect_right(self.a.word_starts, m.start()) - 1
            if k < 0 or any(p.first <= k < p.last for p in people):
                continue
            age = int(m.group(2) or m.group(3))
            people.append(Person(first=k, last=k + 1, sentence=self.words[k].sentence, age=age))
        return people

    def _named_by_is(self, people: list[Person]) -> None:
        """ "the 16-year-old charged with the stabbing is Jayden Ross": the name is the person described."""
        for y, q in enumerate(people):
            if q.name is None or q.first < 2:
                continue
            # "was professor Hana Sato", "was Seattle firefighter Lt. Marcus Olsen": titles and a trade before the name
            k = q.first - 1
            while (
                k > q.first - 5
                and k > 0
                and (
                    self.lw[k] in N.RANKS
                    or self.lw[k].startswith("@")
                    or (self.lw[k] in N.PERSON_NOUNS and self.words[k].text.islower())
                    # "She was Whitby councillor Anne Folster": a place before the title or the trade
                    or (self.words[k].text[:1].isupper() and self.lw[k + 1] in _TITLES_OR_TRADES)
                )
            ):
                k -= 1
            if self.lw[k] not in ("is", "was"):
                continue
            # the one before the titles (not the trade read as a person of its own, "firefighter")
            p = next((people[x] for x in range(y - 1, -1, -1) if people[x].first <= k), None)
            # "A woman has died after a tree fell on her car. She was Whitby councillor Anne Folster.": "he" or "she"
            # opening the sentence is the one described in the sentence before
            pronoun = (
                k > 0
                and self.lw[k - 1] in ("he", "she")
                and (k < 2 or self.words[k - 2].sentence != q.sentence)
            )
            if (
                p is not None
                and p.name is None
                and (p.sentence == q.sentence or (pronoun and p.sentence == q.sentence - 1))
                and (p.age is not None or p.roles)
                # a definite description is the subject ("the 16-year-old charged ... is Jayden Ross", "The cyclist
                # killed at Bank St ... was Dr. Ines Carvalho")
                and (self._definite(p) or pronoun)
            ):
                q.roles |= p.roles
                q.age = q.age if q.age is not None else p.age
                q.young_word = q.young_word or p.young_word
                q.official = q.official and "deceased" not in p.roles  # the one who died, whatever the title

    def _named_next(self, people: list[Person]) -> None:
        """ "We've charged a man with burglary. Ryan Holt, 27, of Handsworth, ...": a sentence that opens with a
        name and its age, right after one that tells of someone charged and not named, names that person."""
        words = self.words
        for p, q in pairwise(people):
            if (
                p.name is None
                and "accused" in p.roles
                and q.name is not None
                and not q.official
                and q.sentence == p.sentence + 1
                and q.name[0] == q.first > 0
                and words[q.first - 1].sentence != q.sentence
            ):
                # (not someone of another age: "A 34-year-old man is charged ... Brianna Cardinal, 22, has asked us ...")
                if q.age is not None and not q.roles and p.age in (None, q.age):
                    q.roles |= p.roles
                # "A 16-year-old girl will face court. Shakira Lowe, of West Dubbo, was charged": the age too
                elif q.age is None and "accused" in q.roles:
                    q.age, q.young_word = p.age, q.young_word or p.young_word

    def _definite(self, p: Person) -> bool:
        """A description led by "the", "this" or "that" ("the 16-year-old charged", "The 15-year-old was ...")."""
        k = p.first
        while k < p.last - 1 and self.lw[k].isdigit() and self.a.gaps[k + 1].strip() in (")", "/", "/)"):
            k += 1  # a thread's counter read into it: "(2/2) The man who died"
        if self.lw[k] in _DEFINITE or (p.first > 0 and self.lw[p.first - 1] in _DEFINITE):
            return True
        # "The second youth, 16, is Kayden Morris": an ordinal between them
        return p.first > 1 and self.lw[p.first - 1] in _ORDINALS and self.lw[p.first - 2] in _DEFINITE

    def _same_noun(self, people: list[Person]) -> None:
        """A later "the woman" for the one woman described before it ("a 25-year-old woman was assaulted ... The
        woman is a nursing student", "The woman, Hollie, is being supported"): the same person, so each has the roles
        told of the other ("A 13-year-old student at ... The student ... was arrested")."""
        lw = self.lw
        for x, p in enumerate(people):
            if not self._definite(p):
                continue
            noun = lw[p.last - 1]
            if p.name is not None:  # "The woman, Hollie, is being supported": the description before the name
                if p.first >= p.name[0] or lw[p.name[0] - 1] not in N.PERSON_NOUNS:
                    continue
                noun = lw[p.name[0] - 1]
            young = noun in N.YOUTH_NOUNS  # "A 16-year-old ... The teen, Ethan Walker, ..."
            before = [
                q
                for q in people[:x]
                if q.sentence < p.sentence
                and (lw[q.last - 1] == noun or (young and lw[q.last - 1] == "old" and (q.age or 18) < 18))
            ]
            if len(before) != 1 or before[0].name is not None:
                continue
            if p.roles == {"missing"} and "accused" in before[0].roles and _MISSING_POST.isdisjoint(lw):
                p.roles.clear()  # "The teen ... was located hiding in a backyard": found by police, not missing
            if not (p.roles and before[0].roles):
                p.roles |= before[0].roles
                before[0].roles |= p.roles

    def _description_is(self, people: list[Person]) -> None:
        """ "the accused in the arson is the 17-year-old son of ...", "The accused is a 16-year-old who ...", "The two
        teens, 14 and 16, are the younger brothers of ...": a definite description, "is/are" and another description;
        when one of them is the accused and the other has an age and no role, they are one young accused."""
        lw = self.lw
        for p, q in pairwise(people):
            v = q.first - 1
            while v > q.first - 4 and (
                lw[v] in ("a", "an", "the", "his", "her", "their") or lw[v] in RELATION_MODIFIERS
            ):
                v -= 1  # "are the younger brothers of", "was his own 15-year-old niece"
            if (
                q.name is None
                and p.name is None
                and p.sentence == q.sentence
                and lw[p.first] == "the"
                and 1 <= v - p.last + 1 <= 8
                and lw[v] in ("is", "was", "are", "were")
                and not any(w in ("who", "that", "which", "and", "but") for w in _after_ages(lw[p.last : v]))
            ):
                for one, other in ((p, q), (q, p)):
                    if "accused" in one.roles and other.age is not None and not other.roles:
                        other.roles.add("accused")
                        one.age = one.age if one.age is not None else other.age
                    elif "victim" in one.roles and other.relation and not other.roles:
                        other.roles.add("victim")  # "the complainant was his own 15-year-old niece"

    def _young_accused(self, people: list[Person]) -> None:
        """A named accused with no age who is young by what the post says later: "Caleb Fortin made his first
        appearance in youth court", "1/ ... have charged Noah Landry ... 2/ The 15-year-old was released" (a
        definite description with an age, when one named accused has none)."""
        lw, words = self.lw, self.words
        court = {
            words[k].sentence for k in range(len(lw) - 1) if lw[k] == "youth" and lw[k + 1] in _YOUTH_COURT
        }
        for p in people:  # "Caleb Fortin made his first appearance in youth court"
            if p.name is not None and not p.official and "victim" not in p.roles:
                if p.sentence in court and not p.roles:  # "Priya Shah, 16, ... as part of her youth sentence"
                    p.roles.add("accused")
                if court and p.age is None and p.roles & {"accused", "convicted"}:
                    p.young_word = True
        named = [
            p for p in people if p.name is not None and p.age is None and p.roles & {"accused", "convicted"}
        ]
        if len(named) != 1:
            return
        q = named[0]
        for p in people:
            if (
                p.name is None
                and p.age is not None
                and p.sentence > q.sentence
                and self._definite(p)
                and not p.roles - {"accused"}
            ):
                q.age = p.age
                break

    def _pronoun_charged(self, people: list[Person]) -> None:
        """ "Brandon Lee, 16, has been found safe. He was also arrested on a youth warrant.": a sentence that opens
        with "he" or "she" and says an arrest or a charge makes the last person named before it (not an official
        and not the one harmed) the accused."""
        lw, words = self.lw, self.words
        for k, w in enumerate(lw):
            if w not in ("he", "she", "he's", "she's") or (k and words[k - 1].sentence == words[k].sentence):
                continue
            near = lw[k + 1 : k + 5]
            # "He's 16 and was released on an undertaking": a release that only the charged get
            further = {
                x for m, x in enumerate(lw[k + 1 : k + 9], k + 1) if words[m].sentence == words[k].sentence
            }
            if "not" in near or not ({"arrested", "charged"} & set(near) or _RELEASED_CHARGED & further):
                continue
            s = words[k].sentence
            near_people = [p for p in people if s - 2 <= p.sentence < s and not p.official and p.last <= k]
            if near_people and near_people[-1].name is None:
                continue  # "... swimmer Grace Liu. Police explain the charges against a 49-year-old coach. He appears"
            before = [p for p in near_people if p.name is not None]
            # ("Marcus Hale, 29, is charged with assaulting his former partner, Amanda Hale. He was held for a bail
            # hearing": the one already charged, not the one named last)
            if (
                before
                and "victim" not in before[-1].roles
                and not any(p.roles & CHARGED_ROLES for p in before)
            ):
                before[-1].roles.add("accused")

    def _conjoined(self, people: list[Person]) -> None:
        """ "Brian Tollefson, 45, of Oakville, and his 16-year-old son are each charged": two subjects of one
        plural verb share what it says of them (charged, hurt); and a list of names with their ages ("arrested
        Aaron Whitby, 27, Chris Kamau, 24, and Tyrell Simms, 30") is one list."""
        lw, words = self.lw, self.words
        for p, q in pairwise(people):
            between = lw[p.last : q.first]
            if (
                p.sentence != q.sentence
                or not between
                or len(between) > 5
                or not all(
                    w in ("of", "from", "and") or w.isdigit() or words[m].text[:1].isupper()
                    for m, w in enumerate(between, p.last)
                )
            ):
                continue
            if (
                between[-1] == "and"
                and q.last < len(lw)
                and lw[q.last] in ("are", "were", "have", "both", "each")
            ):
                shared = (p.roles | q.roles) & {"accused", "victim"}
                p.roles |= shared
                q.roles |= shared
            elif not q.roles and p.name and q.name and between[0].isdigit() and "," in self.a.gaps[p.last]:
                q.roles |= p.roles & {"accused", "victim", "deceased"}

    def _after_charged_aside(self, i: int) -> bool:
        """Word ``i`` follows ", " after a description and what it is charged with: "The 17-year-old charged with
        murder in the Lawrence Heights shooting, Devonte Carr,"."""
        lw, gaps = self.lw, self.a.gaps
        for k in range(i - 2, max(1, i - 15), -1):
            if self.words[k].sentence != self.words[i].sentence or (k + 1 < i and "," in gaps[k + 1]):
                return False
            if lw[k] in _CHARGED_ASIDE:
                return lw[k - 1] in N.PERSON_NOUNS or (
                    lw[k - 1] == "old" and k > 1 and lw[k - 2] in ("year", "yr")
                )
        return False

    def _aside(self, i: int, j: int) -> bool:
        """Words ``i:j`` are a short aside about a person (", from the Jane and Finch area,"): no verb cue, no
        clause break, no other sentence."""
        lw, t = self.lw, self.t
        return all(
            self.words[m].sentence == self.words[i].sentence
            and lw[m] not in CLAUSE_BREAKS
            and match_at(lw, m, t["left"][0]) is None
            and lw[m] not in ("is", "was", "has", "who")
            for m in range(i, j)
        )

    def _corefer(self, people: list[Person]) -> list[Person]:
        """A later mention of a named person's first or last name is the same person: roles join."""
        full = [(p, name) for p in people if (name := p.name) is not None and name[1] - name[0] >= 2]
        if not full:
            return people
        # the same full name again ("Police photo of Gregory Aldana" and "Gregory Aldana, 58, is charged"): one
        # person, whose roles and age every mention shares
        same: dict[tuple[str, ...], list[Person]] = {}
        for p, name in full:
            same.setdefault(tuple(self.lw[name[0] : name[1]]), []).append(p)
        for group in same.values():
            if len(group) > 1:
                roles: set[str] = set().union(*(p.roles for p in group))
                age = next((p.age for p in group if p.age is not None), None)
                for p in group:
                    p.roles |= roles
                    p.age = p.age if p.age is not None else age
        by_token: dict[str, Person] = {}
        for p, name in full:
            for k in range(name[0], name[1]):
                by_token.setdefault(self.lw[k], p)
        # a double surname alone after the full name ("Isaiah Grant-Mahoney ... Grant-Mahoney is now 18")
        tails = {tuple(self.lw[n[0] + 1 : n[1]]): p for p, n in full if n[1] - n[0] >= 3}
        out = []
        for p in people:
            head = None
            if p.name is not None and p.name[1] - p.name[0] == 1:
                head = by_token.get(self.lw[p.name[0]])
            elif p.name is not None:
                head = tails.get(tuple(self.lw[p.name[0] : p.name[1]]))
                head = head if head is not None and head.first < p.first else None
            if head is not None and head is not p:
                head.roles |= p.roles
                head.age = head.age if head.age is not None else p.age
                continue
            out.append(p)
        # a surname alone after a full name ("Mr Zeb", "Carl died") also picks up roles from its sentence
        return out
