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
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from . import roles as R
from .tokenize import Analysis, Token

ROLES = ("accused", "victim", "witness", "deceased", "missing", "convicted")
_NUM = r"(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
_AGE_BEFORE = re.compile(r"(?<![\w.])" + _NUM + r"(?:[- ]?(?:year|yr)s?[- ]?old|\s?(?:yo|y/o|yrs?))\s*$", re.I)
_AGE_AFTER = re.compile(
    r"\s*(?:,\s*(?:aged?\s+)?|\(\s*(?:aged?\s+)?|\s+aged?\s+)(\d{1,3})(?:\s*(?:years?|yrs?)(?:\s+old)?)?\s*(?:\)|,|\.|;|:|$|\s+(?:of|from|was|were|is|are|has|had|and|who|in|at|y/o|yo|years))",
    re.I,
)
# a word that starts another clause: a cue after it says nothing of a person before it
_CLAUSE_BREAKS = frozenset("after before when while because following during since until where if but although "
                           "though whereas once".split())
# "his stepdaughter", "the girl's teacher", "a 12-year-old daughter", "a family friend"
_RELATION_LEADS = R.POSSESSIVES | {"victim's", "complainant's", "girl's", "boy's", "child's", "woman's", "man's",
                                   "old", "family", "close", "own"}
_NOT_YET = frozenset("until before not unless once when yet".split())
_DEATH_NOUNS = frozenset("homicide murder murdered killed killing death died dead fatal fatally manslaughter".split())
_PRONOUNS = frozenset("he she they him her them".split())
_ROLE_NOUNS = frozenset("victim complainant complainants victims witness accused suspect deceased".split())
_PLURALS = frozenset("people men women youths teens teenagers boys girls persons adults males females suspects".split())
_CHARGE_WORDS = frozenset("arrested arrest arrests charged charges accused custody rearrested detained".split())
_AGE_WORD = re.compile(r"\d{1,3}(?:yo|y/o|yrs?)?")
_AGED_NOUN = re.compile(r"(?<![\w.])" + _NUM + r"[- ]?(?:year|yr)s?[- ]?old\b", re.I)


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
def _index(phrases) -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        words = tuple(re.findall(r"[^\W_]+(?:['&][^\W_]+)*|#\w+", p.lower()))
        if words:
            out.setdefault(words[0], []).append(words)
    for v in out.values():
        v.sort(key=len, reverse=True)
    return out


@cache
def _tables():
    return {
        "left": (_index(R.LEFT_CUES), {tuple(_words(k)): v for k, v in R.LEFT_CUES.items()}),
        "right": (_index(R.RIGHT_CUES), {tuple(_words(k)): v for k, v in R.RIGHT_CUES.items()}),
        "identity": _index(R.IDENTITY_CUES),
        "notified": _index(R.NOTIFIED), "not_notified": _index(R.NOT_NOTIFIED), "trace": _index(R.TRACE_APPEAL),
        "convicted": _index(R.CONVICTED), "old": _index(R.OLD_CASE), "death_charged": _index(R.DEATH_CHARGED),
        "cannot_name": _index(R.CANNOT_NAME), "authorized": _index(R.PUBLICATION_AUTHORIZED),
        "caught": _index(R.CAUGHT),
        # every post fact in one table, read in one pass: first word -> [(phrase, fact)]
        "facts": _fact_index(),
    }


_FACTS = (("notified", R.NOTIFIED), ("not_notified", R.NOT_NOTIFIED), ("trace_appeal", R.TRACE_APPEAL),
          ("convicted", R.CONVICTED), ("old_case", R.OLD_CASE), ("death_charged", R.DEATH_CHARGED),
          ("cannot_name", R.CANNOT_NAME), ("publication_authorized", R.PUBLICATION_AUTHORIZED), ("charged", R.CAUGHT))


def _fact_index() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for fact, phrases in _FACTS:
        for p in phrases:
            words = tuple(_words(p))
            if words:
                out.setdefault(words[0], []).append((words, fact))
    return out


def _words(phrase: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:['&][^\W_]+)*|#\w+", phrase.lower())


def _match_at(lw: list[str], i: int, table: dict[str, list[tuple[str, ...]]]) -> tuple[str, ...] | None:
    for phrase in table.get(lw[i], ()):
        if tuple(lw[i : i + len(phrase)]) == phrase:
            return phrase
    return None


def _any(lw: list[str], table: dict[str, list[tuple[str, ...]]]) -> bool:
    return any(w in table and _match_at(lw, i, table) for i, w in enumerate(lw))


# ----- the reader -------------------------------------------------------------------------------
class _Reader:
    def __init__(self, a: Analysis) -> None:
        self.a = a
        self.words: list[Token] = a.words
        self.lw = [w.lower for w in a.words]
        self.t = _tables()

    def read(self) -> Cast:
        lw = self.lw
        people = self._names() + self._descriptions()
        people.sort(key=lambda p: (p.first, -p.last))
        people = self._join_appositions(people)
        self._roles(people)
        people = self._corefer(people)
        # post flags (hashtags count too: "#JAILED")
        flat = lw + [t.lower for t in self.a.hashtags]
        facts = self._facts(flat)
        cast = Cast(people)
        cast.not_notified = "not_notified" in facts
        cast.notified = "notified" in facts and not cast.not_notified
        cast.trace_appeal = "trace_appeal" in facts
        cast.convicted = "convicted" in facts
        cast.old_case = "old_case" in facts or self._old_year()
        cast.death_charged = "death_charged" in facts
        cast.cannot_name = "cannot_name" in facts
        cast.publication_authorized = "publication_authorized" in facts
        cast.offence = any(w in R.OFFENCE_WORDS for w in lw) or any(p.roles & {"accused", "victim"} for p in people)
        cast.charged = ("charged" in facts or any("accused" in p.roles for p in people)
                        or any(w in _CHARGE_WORDS for w in lw))
        self._death_in_homicide(cast)
        return cast

    def _facts(self, flat: list[str]) -> set[str]:
        """What the post as a whole says, read in one pass. "Until the family has been told" and "before next
        of kin are notified" say the family was not told."""
        table, out = self.t["facts"], set()
        for i, w in enumerate(flat):
            for phrase, fact in table.get(w, ()):
                if tuple(flat[i : i + len(phrase)]) != phrase:
                    continue
                if fact == "notified" and any(x in _NOT_YET for x in flat[max(0, i - 4) : i]):
                    fact = "not_notified"
                out.add(fact)
        if any(t in ("#jailed", "#sentenced", "#convicted") for t in flat):
            out.add("convicted")
        return out

    def _death_in_homicide(self, cast: Cast) -> None:
        """In a post about a death, the one victim named, with nobody named as the dead, is the one who died
        ("Homicide #58: the victim is Nadia Hussein")."""
        if not any(w in _DEATH_NOUNS for w in self.lw) or any("deceased" in p.roles for p in cast.people if p.name):
            return
        victims = [p for p in cast.people if p.name is not None and "victim" in p.roles]
        if len(victims) == 1 and not any(w in ("injured", "hurt", "hospital", "wounded", "recovering", "survived")
                                         for w in self.lw):
            victims[0].roles.add("deceased")

    # --- names ----------------------------------------------------------------------------------
    def _cap(self, k: int) -> bool:
        t = self.words[k].text
        return t[:1].isupper() and t[:1].isalpha() and (len(t) <= 2 or not t.isupper())

    def _names(self) -> list[Person]:
        words, lw, n = self.words, self.lw, len(self.words)
        gaps = self.a.gaps
        headline = self._headline_sentences()
        out: list[Person] = []
        i = 0
        while i < n:
            if not self._cap(i) or lw[i] in R.NOT_NAMES or lw[i] in R.RANKS or lw[i] in R.HONORIFICS:
                i += 1
                continue
            j = i + 1
            while j < n and j - i < 4 and words[j].sentence == words[i].sentence and gaps[j] in (" ", "-"):
                if self._cap(j) and lw[j] not in R.NOT_NAMES and lw[j] not in R.RANKS:
                    j += 1
                elif lw[j] in R.NAME_PARTICLES and j + 1 < n and self._cap(j + 1) and gaps[j + 1] == " ":
                    j += 2
                else:
                    break
            p = self._person_from_run(i, j, headline)
            if p is not None:
                out.append(p)
            i = j
        return out

    def _person_from_run(self, i: int, j: int, headline: set[int]) -> Person | None:
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
        official = prev in R.RANKS or prev in ("chief", "officer") or (prev2 in R.RANKS and prev in ("det", "sgt"))
        p = Person(first=i, last=j, sentence=words[i].sentence, name=(i, j), official=official)
        self._age_of(p)
        strong = official or p.age is not None or prev in R.HONORIFICS or self._role_next_to(i, j)
        place_context = prev in R.PLACE_PREPOSITIONS or self._intersection(j)
        if place_context and p.age is None:
            return None
        single = j - i == 1
        known = lw[i] in given_names()
        if single:
            # one capitalized word is a name only with an age, a title, or a given name beside a role word
            if not (p.age is not None or official or prev in R.HONORIFICS or (known and self._role_next_to(i, j))):
                return None
        elif not strong and (not known or words[i].sentence in headline):
            return None
        p.strong = strong
        return p

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
        if gap in ("&", "/", "+") and self._cap(j):
            return True
        return self.lw[j] == "and" and j + 1 < n and self._cap(j + 1) and (
            j + 2 >= n or self.lw[j + 2] in R.PLACE_WORDS or self.lw[j + 2] in R.PLACE_PREPOSITIONS
            or self.words[j + 2].sentence != self.words[j].sentence or not self._cap(j + 2))

    def _role_next_to(self, i: int, j: int) -> bool:
        """A role cue right after the name, or right before it: the run names a person."""
        lw, n = self.lw, len(self.lw)
        k = j
        while k < n and k - j < 6 and (lw[k].isdigit() or lw[k] in ("of", "aged", "age", "years", "old", "yo")):
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

    def _headline_sentences(self) -> set[int]:
        """Sentences written in Title Case ("Appeal Following Canal Death, Knottingley"): a capitalized run
        there is not a name on its own."""
        out, counts = set(), {}
        for w in self.words:
            if len(w.text) > 3 and w.text.isalpha():
                c = counts.setdefault(w.sentence, [0, 0])
                c[0] += 1
                c[1] += w.text[0].isupper()
        for s, (total, caps) in counts.items():
            if total >= 4 and caps >= 0.75 * total:
                out.add(s)
        return out

    # --- descriptions -----------------------------------------------------------------------------
    def _descriptions(self) -> list[Person]:
        words, lw, n = self.words, self.lw, len(self.words)
        out: list[Person] = []
        for k in range(n):
            w = lw[k]
            relation = None
            if w in R.RELATIONS and k and ((lw[k - 1] in _RELATION_LEADS and (w in R.KIN or lw[k - 1] in R.POSSESSIVES
                                                                          or lw[k - 1].endswith("'s"))) or (
                    lw[k - 1].endswith("'s") and words[k - 1].text[:1].isupper())):
                relation = w
            elif w not in R.PERSON_NOUNS:
                # "a 17-year-old has been arrested": the age is the description
                if w == "old" and k >= 2 and lw[k - 1] in ("year", "yr") and lw[k - 2].isdigit() and (
                        k + 1 >= n or (lw[k + 1] not in R.PERSON_NOUNS and lw[k + 1] not in R.RELATIONS)):
                    p = Person(first=k - 2, last=k + 1, sentence=words[k].sentence, age=int(lw[k - 2]))
                    out.append(p)
                continue
            start = k
            while start > 0 and k - start < 5 and words[start - 1].sentence == words[k].sentence and (
                    lw[start - 1] in ("a", "an", "the", "two", "three", "another", "young", "teenage", "elderly",
                                      "year", "yr", "old", "his", "her", "their", "step", "male", "female")
                    or lw[start - 1].isdigit() or lw[start - 1] in R.NUMBER_WORDS or lw[start - 1] in R.YOUTH_NOUNS):
                start -= 1
            p = Person(first=start, last=k + 1, sentence=words[k].sentence, relation=relation)
            if w == "body":
                p.roles.add("deceased")  # "the body recovered ... has been identified as"
            m = _AGED_NOUN.search(self.a.folded, words[start].start, words[k].start + 1)
            if m:
                p.age = _age(m.group(1))
            p.young_word = w in R.YOUTH_NOUNS or any(x in R.YOUTH_NOUNS or x in ("teenage", "young")
                                                     for x in lw[start:k])
            out.append(p)
        return out

    def _join_appositions(self, people: list[Person]) -> list[Person]:
        """"a 16-year-old boy, Tyler Brooks," / "Tyler Brooks, a 16-year-old" / "the victim, Emily Chen": one
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
                if q.first == p.last + 1 and self.lw[p.last] in ("named", "called", "identified", "mr", "mrs", "ms",
                                                                  "miss", "mx"):
                    adjacent = True  # "a woman named Priya", "The victim (Ms. Okonkwo)"
                if (not adjacent and p.name is None and 0 < q.first - p.last <= 7 and gaps[q.first].strip() == ","
                        and self._aside(p.last, q.first)):
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
        return all(self.words[m].sentence == self.words[i].sentence and lw[m] not in _CLAUSE_BREAKS
                   and _match_at(lw, m, t["left"][0]) is None and lw[m] not in ("is", "was", "has", "who")
                   for m in range(i, j))

    # --- roles ----------------------------------------------------------------------------------
    def _roles(self, people: list[Person]) -> None:
        lw, words, n = self.lw, self.words, len(self.lw)
        # (people is sorted by position: a pronoun's person is the last one before it)
        left_table, left_roles = self.t["left"]
        right_table, right_roles = self.t["right"]
        by_sentence: dict[int, list[Person]] = {}
        for p in people:
            by_sentence.setdefault(p.sentence, []).append(p)
        objects: set[int] = set()  # people right after a RIGHT cue ("stabbed Tyler"): not a subject
        k = 0
        while k < n:
            here = by_sentence.get(words[k].sentence, [])
            ph = _match_at(lw, k, right_table) if lw[k] in right_table else None
            took_object = False
            if ph is not None and here:
                end = k + len(ph)
                role_noun = ph[-1] in _ROLE_NOUNS and self.a.gaps[end:end + 1] == [","] if end < n else False
                target = next((p for p in here if end <= p.first <= end + (5 if role_noun else 4) and (
                    (role_noun and p.name is not None and not any(words[m].text[:1].isupper() or lw[m] in _CLAUSE_BREAKS
                                                                 for m in range(end, p.first)))
                    or all(lw[m] in ("a", "an", "the", "of", "his", "her", "their", "missing", "teen", "local")
                           for m in range(end, p.first)))), None)
                if target is None and ph[-1] in ("victim", "victims", "complainant", "complainants", "suspect", "accused",
                                                 "deceased", "witness", "witnesses"):
                    target = next((p for p in here if p.first <= k < p.last), None)
                if target is not None:
                    target.roles.add(right_roles[ph])
                    objects.add(id(target))
                    took_object = target.first > k
            ph2 = _match_at(lw, k, left_table) if lw[k] in left_table and not took_object else None
            if ph2 is not None:
                subject = None
                for p in reversed(here):
                    if p.last <= k and self._of_object(p, here):
                        continue  # "the son of Raj Malhotra has been charged": the son is
                    if p.last <= k and id(p) not in objects and k - p.last <= 12:
                        if not any(lw[m] in _CLAUSE_BREAKS for m in range(p.last, k)):
                            subject = p
                        break
                if subject is None and not here:
                    subject = self._pronoun_subject(k, people)
                if subject is not None:
                    subject.roles.add(left_roles[ph2])
                k += len(ph2)
                continue
            k += 1
        # "Eleanor Fitzgerald, 88, is the 19th pedestrian killed": a name, then "is/was the" and a description
        for here in by_sentence.values():
            for x, p in enumerate(here):
                if p.name is None:
                    continue
                for q in here[x + 1 : x + 2]:
                    if q.name is None and 1 <= q.first - p.last <= 6 and any(
                            lw[m] in ("is", "was") for m in range(p.last, q.first)):
                        p.roles |= q.roles
                        p.age = p.age if p.age is not None else q.age
        # "Two people were arrested ...: a man and a boy, Kofi, 13": the people listed share the role
        for here in by_sentence.values():
            lead = next((p for p in here if p.roles and p.name is None and lw[p.last - 1] in _PLURALS), None)
            if lead is None:
                continue
            colon = next((m for m in range(lead.last, n) if words[m].sentence == lead.sentence
                          and ":" in self.a.gaps[m]), None)
            if colon is not None:
                for p in here:
                    if p.first >= colon and not p.roles:
                        p.roles |= lead.roles
        # "has been named as X": X takes the roles of the sentence's first description
        for here in by_sentence.values():
            named = [p for p in here if p.name is not None]
            descs = [p for p in here if p.name is None]
            if not named or not descs:
                continue
            for p in named:
                i = p.name[0]
                lead = i
                while lead > 0 and (_AGE_WORD.fullmatch(lw[lead - 1]) or lw[lead - 1] in ("year", "yr", "old")):
                    lead -= 1  # "was 19-year-old Jasmin Kaur"
                copula = lead and lw[lead - 1] in ("was", "is") and p.strong
                identified_as = lead and lw[lead - 1] == "as" and any(
                    lw[m] in ("identified", "named", "name") for m in range(max(0, lead - 22), lead - 1)
                    if words[m].sentence == p.sentence)
                if not copula and not identified_as and self._cue_before(i) != "identity":
                    continue
                subj = next((d for d in descs if d.last <= i and d.roles), None)
                if subj is not None:
                    p.roles |= subj.roles
                    p.age = p.age if p.age is not None else subj.age
                    p.young_word = p.young_word or subj.young_word
                    p.strong = True

    def _of_object(self, p: Person, here: list[Person]) -> bool:
        """The person is named inside an "of ..." phrase of an earlier person in the sentence."""
        lw = self.lw
        lead = range(max(0, p.first - 5), p.first)
        return any(lw[m] == "of" for m in lead) and any(q.last <= p.first and q is not p for q in here)

    def _pronoun_subject(self, k: int, people: list[Person]) -> Person | None:
        """"She has been charged": a pronoun just before a cue, in a sentence that names nobody, is the person
        last named before it (or last described, when the post names nobody)."""
        words, lw = self.words, self.lw
        s = words[k].sentence
        lead = [lw[m] for m in range(max(0, k - 3), k) if words[m].sentence == s]
        if not any(w in _PRONOUNS for w in lead):
            return None
        before = [p for p in people if p.sentence < s]
        named = [p for p in before if p.name is not None and not p.official]
        pool = named or before
        return pool[-1] if pool else None

    def _corefer(self, people: list[Person]) -> list[Person]:
        """A later mention of a named person's first or last name is the same person: roles join."""
        full = [p for p in people if p.name is not None and p.name[1] - p.name[0] >= 2]
        if not full:
            return people
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
        return any(len(w) == 4 and w.isdigit() and 1950 <= int(w) <= 2023 and k and self.lw[k - 1] in ("in", "since")
                   for k, w in enumerate(self.lw))
