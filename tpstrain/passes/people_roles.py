"""The people pass's second stage: the role each person plays, from the cues around them (roles.py,
roles_before.py). A cue after a name says what the person did or had done to them ("Tyler Brooks, 16, was
charged"); a cue before a name, what was done to them ("police arrested Tyler Brooks"); a sentence may name
someone as a person it described ("the victim has been named as Rosa Quispe"); a later word may point back
(people_refs.py)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate

from . import names as N
from . import post_cues as P
from . import roles as R
from .cast import (
    AGE_WORD,
    CLAUSE_BREAKS,
    COUNT_LEAD,
    OBJECT_LEAD,
    PLURALS,
    ROLE_NOUNS,
    Person,
    first_at_most,
    match_at,
    possessive,
)
from .people_refs import ReferenceReader

_RIGHT_ROLE_NOUNS = ("victim", "victims", "complainant", "complainants", "suspect", "accused", "deceased")
# the words between a cue and its person (French too: "a arrêté un adolescent de 15 ans, Samuel Lavoie")
_LEAD_WORDS = frozenset(
    "a an the of his her their missing teen local un une adolescent adolescente jeune garcon fille homme femme de ans".split()
)

_TO_DESCRIPTION = frozenset("also now believed to be identified as the a an".split())


# a person after these is what a clause is about, not its subject (dev batch 70)
_OBJECT_OF = frozenset("involving against toward towards".split())


@dataclass(slots=True)
class _Around:
    """Where a post's people are, so that each cue finds the people a few words from it by bisection on where
    they start (a sentence may be 100 KB long): linear in the post."""

    by_sentence: dict[int, list[Person]]
    firsts: dict[int, list[int]]  # where each person of a sentence starts
    min_last: dict[int, int]  # the earliest end of a mention: a later person may sit in an "of ..." after it
    span: int  # no mention spans more words
    objects: set[int]  # people right after a RIGHT cue ("stabbed Tyler"): not a subject


# words that may follow an object pronoun: "assaulting her outside a bar", "attacked him and"
_AFTER_OBJECT = frozenset(
    "in at on outside inside near after before while and with during over repeatedly again twice "
    "several many multiple last this that earlier then when as because from by".split()
)
_LIST_HEADS = {"charged": "accused", "arrested": "accused", "accused": "accused", "wanted": "accused"}


class RoleReader(ReferenceReader):
    """Gives each person the roles the words around them say (people are sorted by position: a pronoun's
    person is the last one before it)."""

    def _roles(self, people: list[Person]) -> None:
        by_sentence: dict[int, list[Person]] = {}
        for p in people:
            by_sentence.setdefault(p.sentence, []).append(p)
        around = _Around(
            by_sentence,
            {s: [p.first for p in here] for s, here in by_sentence.items()},
            {s: min(p.last for p in here) for s, here in by_sentence.items()},
            max((p.last - p.first for p in people), default=0),
            set(),
        )
        self._sentences = [p.sentence for p in people]
        self._firsts = [p.first for p in people]
        self._last_named = [-1]
        for x, p in enumerate(people):
            self._last_named.append(x if p.name is not None and not p.official else self._last_named[-1])
        self._cue_roles(people, around)
        self._described_as(by_sentence)
        self._apposed(by_sentence)
        self._listed(by_sentence)
        self._list_head(people)
        self._named_as(by_sentence)

    def _cue_roles(self, people: list[Person], around: _Around) -> None:
        """The cues, in order: a RIGHT cue gives its role to the person after it; a LEFT cue to the person
        before it (the words of a left cue are read with it: none of them starts another cue)."""
        lw, words, n = self.lw, self.words, len(self.lw)
        left_table, left_roles = self.t["left"]
        right_table, right_roles = self.t["right"]
        read_to = 0
        for k in [
            k for k, w in enumerate(lw) if w in right_table or w in left_table
        ]:  # most words start none
            if k < read_to or (lw[k] == "wanted" and P.a_wish(lw, k)):
                continue
            s = words[k].sentence
            here = around.by_sentence.get(s, [])
            at = around.firsts.get(s, [])
            ph = match_at(lw, k, right_table) if lw[k] in right_table else None
            took_object = False
            if ph is not None and here:
                target = self._right_target(k, ph, here, at, around.span)
                if target is not None:
                    target.roles.add(self._found_guilty(ph, target) or right_roles[ph])
                    around.objects.add(id(target))
                    took_object = target.first > k
                    other = self._and_next(target, here, at) if took_object else None
                    if other is not None:  # "charged Marcus Bell, 19, and his 16-year-old brother"
                        other.roles.add(right_roles[ph])
                        around.objects.add(id(other))
            if ph is not None and not took_object and right_roles[ph] == "victim":
                self._pronoun_object(k, k + len(ph), people)
            ph2 = match_at(lw, k, left_table) if lw[k] in left_table and not took_object else None
            if ph2 is not None:
                self._left_cue(k, ph2, left_roles[ph2], people, around)
                read_to = k + len(ph2)
                if read_to < n and lw[read_to] == "by":  # "was abused by X": read the verb again, for X
                    read_to -= 1

    def _pronoun_object(self, k: int, end: int, people: list[Person]) -> None:
        """ "Standing with Chloe Bergeron. The man charged with sexually assaulting her ...": "her" after a cue
        of harm is the person last named, in one of the two sentences before, when that person has no role."""
        lw, words, n = self.lw, self.words, len(self.lw)
        if end >= n or lw[end] not in ("her", "him"):
            return
        # "her" must stand alone ("assaulting her outside a bar"), not lead a noun ("hit her car")
        if (
            lw[end] == "her"
            and end + 1 < n
            and words[end + 1].sentence == words[end].sentence
            and lw[end + 1] not in _AFTER_OBJECT
            and not self.a.gaps[end + 1].strip()
        ):
            return
        x = self._last_named[bisect_left(self._firsts, k)]
        s = words[k].sentence
        # (or earlier in its own sentence: "Priya Nair is being supported ..., and the man charged with raping her")
        if x >= 0 and s - 2 <= people[x].sentence <= s and people[x].last <= k and not people[x].roles:
            people[x].roles.add("victim")

    def _found_guilty(self, ph: tuple[str, ...], p: Person) -> str | None:
        """ "found Ava Lindqvist, 17, guilty of", "Jury finds Thomas Kerr guilty": a verdict, not a person located
        ("found Brendan Kosky not guilty": an acquittal, still the accused)."""
        after = self.lw[p.last : p.last + 4]
        if ph not in (("found",), ("finds",)) or "guilty" not in after:
            return None
        return "accused" if "not" in after else "convicted"

    def _right_target(
        self, k: int, ph: tuple[str, ...], here: list[Person], at: list[int], span: int
    ) -> Person | None:
        """The person a RIGHT cue at word ``k`` speaks of: the next one, with only articles, an age or a few
        such words between ("the murder of 17-year-old Tyler"); after "victim," a name ("the victim, Tyler
        Brooks,"); after "by", whoever did it ("abused by former football coach Stephen Turton"); else, for a
        role noun, the mention that holds it ("the deceased man")."""
        lw, words, n = self.lw, self.words, len(self.lw)
        end = k + len(ph)
        role_noun = ph[-1] in ROLE_NOUNS and self.a.gaps[end : end + 1] == [","] if end < n else False
        reach = end + (5 if role_noun else 6 if lw[end : end + 1] in (["un"], ["une"]) else 4)

        def leads_to(p: Person) -> bool:
            if any(c in self.a.gaps[m] for m in range(end, p.first + 1) for c in '"”“'):
                return False  # '"... all cars and arrests," Amira said': a quote's last word, not her role
            if (
                role_noun
                and p.name is not None
                and not any(
                    words[m].text[:1].isupper() or lw[m] in CLAUSE_BREAKS for m in range(end, p.first)
                )
            ):
                return True
            return all(
                lw[m] in _LEAD_WORDS
                or lw[m] in N.RANKS  # "we lost Constable Brian Cole"
                or AGE_WORD.fullmatch(lw[m])
                or (ph[-1] == "by" and not words[m].text[:1].isupper() and lw[m] not in CLAUSE_BREAKS)
                for m in range(end, p.first)
            )

        target = next((p for p in here[bisect_left(at, end) : bisect_right(at, reach)] if leads_to(p)), None)
        if target is None and ph[-1] in (*_RIGHT_ROLE_NOUNS, "witness", "witnesses"):
            target = next(
                (p for p in here[bisect_left(at, k - span) : bisect_right(at, k)] if p.first <= k < p.last),
                None,
            )
        return target

    def _and_next(self, p: Person, here: list[Person], at: list[int]) -> Person | None:
        """The person joined to ``p`` by "and", with only an age between ("Marcus Bell, 19, and his brother")."""
        lw, n = self.lw, len(self.lw)
        m = p.last
        while m < n and m - p.last < 2 and AGE_WORD.fullmatch(lw[m]):
            m += 1
        if m >= n or lw[m] != "and":
            return None
        return next((q for q in here[bisect_left(at, m + 1) : bisect_right(at, m + 1)]), None)

    def _left_cue(
        self, k: int, ph: tuple[str, ...], role: str, people: list[Person], around: _Around
    ) -> None:
        """A LEFT cue at word ``k``: its role goes to the person just before it (or the one a pronoun stands
        for), and to a second person joined by "and" when the verb is plural."""
        lw = self.lw
        if R.cue_unfinished(lw, k, ph):
            return  # "who received a Garda Youth Award": no sentence given
        s = self.words[k].sentence
        here = around.by_sentence.get(s, [])
        at = around.firsts.get(s, [])
        after = lw[k + len(ph)] if k + len(ph) < len(lw) else ""
        # "her coach sexually assaulted her", "Strand defrauded about 40 investors": the one before did it
        if ph in R.HARM_VERBS and (
            (k and lw[k - 1] in ("who", "that"))
            or after in ("her", "him", "them", "me")
            or (len(ph) == 1 and not self.a.gaps[k].strip() and (after in COUNT_LEAD or after.isdigit()))
        ):
            # "Carl Hodgson, who sexually exploited a girl,": he did it, and she is the one harmed
            role = "accused"
            harmed = self._object_after(k + len(ph), here, at)
            if harmed is not None:
                harmed.roles.add("victim")
                around.objects.add(id(harmed))
            elif k and lw[k - 1] in ("who", "that") and after in ("him", "her"):
                # "Lucas, 12, is back on his bike after the teens who pushed him were charged": the one named before
                x = self._last_named[bisect_left(self._firsts, k)]
                if (
                    x >= 0
                    and s - 1 <= people[x].sentence <= s
                    and not people[x].roles
                    and people[x].last < k - 2
                ):
                    people[x].roles.add("victim")
        subject = self._subject_before(k, here, at, around) or self._apposed_subject(k, here)
        if subject is None and not here:
            subject = self._pronoun_subject(k, people, role)
        if subject is None or (role == "victim" and not R.THANKS.isdisjoint(lw[subject.last : k])):
            return
        subject.roles.add(role)
        self._apposed_to(subject, here, at, role)
        m = (
            subject.first - 1
            if subject.first and lw[subject.first - 1] in ("a", "an", "the")
            else subject.first
        )
        if ph[0] in ("were", "are", "have", "face") and m and lw[m - 1] == "and":
            # "The 16-year-old (Amrit) and a 17-year-old were held": both of them
            span = around.span
            other = next(  # (its age between: "Ellis Ward, 24, and Jamal Pryce, 27, are charged")
                (
                    p
                    for p in here[bisect_left(at, m - 2 - span) : bisect_right(at, m - 1)]
                    if p.last == m - 1 or (p.last == m - 2 and lw[m - 2].isdigit())
                ),
                None,
            )
            if other is not None and id(other) not in around.objects:
                other.roles.add(role)

    def _apposed_to(self, q: Person, here: list[Person], at: list[int], role: str) -> None:
        """ "the 16-year-old driver of the tow truck, the owner's son, has been charged": a description set off by
        commas is the person just before it (a few words of "of ..." between), who takes the same role."""
        gaps, lw = self.a.gaps, self.lw
        start = q.first  # the description's first word: "the owner's son"
        while (
            start > 1
            and "," not in gaps[start]
            and (lw[start - 1] in ("the", "a", "an") or possessive(lw[start - 1]))
        ):
            start -= 1
        if q.name is not None or "," not in gaps[start] or q.last >= len(lw) or "," not in gaps[q.last]:
            return
        i = (
            bisect_left(at, start) - 1
        )  # the last one starting before the description (by bisection: linear posts)
        p = here[i] if i >= 0 and here[i].last <= start else None
        between = range(p.last, start) if p is not None else range(0)
        if (
            p is not None
            and p.name is None
            and start - p.last <= 6
            and not any("," in gaps[m] for m in between if m > p.last)
            and not any(lw[m] in CLAUSE_BREAKS or lw[m] == "and" for m in between)
        ):
            p.roles.add(role)

    def _subject_before(self, k: int, here: list[Person], at: list[int], around: _Around) -> Person | None:
        """The last person ending before word ``k``, within 12 words (one who starts further back ends too far
        from it), with no clause break between; not one in an "of ..." phrase ("the son of Raj Malhotra has
        been charged": the son is), nor a possessive ("Jaydon James' killers were jailed": the killers were)."""
        lw, span, s = self.lw, around.span, self.words[k].sentence
        for p in reversed(here[bisect_left(at, k - 12 - span) : bisect_right(at, k)]):
            # (in French only right before it: "Denis Aubin, 47 ans, de Trois-Rivières, a été accusé", not "Un
            # adolescent de 16 ans, Mathis Tremblay, a été arrêté")
            if (
                p.last <= k
                and ("of" in lw[max(0, p.first - 5) : p.first] or (p.first and lw[p.first - 1] == "de"))
                and around.min_last[s] <= p.first
            ):
                continue
            if self._possessive(p) and any(
                w in ("from", "in", "at") for w in lw[max(0, p.first - 3) : p.first]
            ):
                continue  # "a student (15) from Mr. Baird's Grade 9 homeroom has been charged": the student has
            if p.first and lw[p.first - 1] in _OBJECT_OF:
                continue  # "Trevor Hale, 38, charged with ... involving his stepdaughter, appears in court": he does
            if p.last <= k and id(p) not in around.objects and k - p.last <= 12:
                # "A 15-year-old boy, who we are not naming because of his age, has been charged": a clause
                # set off by commas after the person holds no break of the sentence's own
                # ("A 15-year-old boy from Hartcliffe, who ...,": after a few words of where from)
                gaps = self.a.gaps
                end = k
                if "," in gaps[k]:
                    end = next(
                        (m for m in range(p.last, k) if lw[m] in ("who", "whom") and "," in gaps[m]), k
                    )
                if not any(lw[m] in CLAUSE_BREAKS for m in range(p.last, end)) and not self._possessive(p):
                    return p
                return None
        return None

    def _apposed_subject(self, k: int, here: list[Person]) -> Person | None:
        """ "Victor Lam, 46, a massage therapist at a clinic near Yonge St, is charged": the name before a
        description set off by commas (no one else, no clause break between; a home town may come first)."""
        lw, gaps = self.lw, self.a.gaps
        if "," not in gaps[k]:
            return None
        before = [p for p in here if p.last <= k]
        p = before[-1] if before else None
        if p is None or p.name is None or k - p.last > 20 or "," not in gaps[p.last]:
            return None
        m = p.last
        while m < k and AGE_WORD.fullmatch(lw[m]):
            m += 1
        # a home town first: "Gordon Feltz, 56, of Toronto, a massage therapist"
        if m < k and lw[m] in ("of", "from"):
            m = next((x for x in range(m + 1, min(m + 5, k)) if "," in gaps[x]), k)
        ok = m < k and lw[m] in ("a", "an", "the") and not any(lw[x] in CLAUSE_BREAKS for x in range(m, k))
        return p if ok and sum("," in gaps[x] for x in range(m + 1, k)) == 0 else None

    def _described_as(self, by_sentence: dict[int, list[Person]]) -> None:
        """ "Eleanor Fitzgerald, 88, is the 19th pedestrian killed": a name, then "is/was the" and a
        description: the name takes the description's roles and age."""
        lw = self.lw
        for here in by_sentence.values():
            for x, p in enumerate(here):
                if p.name is None:
                    continue
                for q in here[x + 1 : x + 2]:
                    gap = lw[p.last : q.first]
                    if (
                        q.name is None
                        and 1 <= len(gap) <= 6
                        and ("is" in gap or "was" in gap)
                        # right after "is/was": "was assaulted by a man" describes no one
                        and set(gap[max(i for i, w in enumerate(gap) if w in ("is", "was")) + 1 :])
                        <= _TO_DESCRIPTION
                    ):
                        p.roles |= q.roles
                        p.age = p.age if p.age is not None else q.age

    def _apposed(self, by_sentence: dict[int, list[Person]]) -> None:
        """ "Luis Ferro, 45, a taxi driver, is charged": a name, then a description set off by commas; the name
        takes the roles of the description's last person ("a former Toronto youth soccer coach": the coach)."""
        lw, gaps, n = self.lw, self.a.gaps, len(self.lw)
        for here in by_sentence.values():
            for x, p in enumerate(here):
                if p.name is None or p.last >= n or "," not in gaps[p.last]:
                    continue
                m = p.last
                while m < n and AGE_WORD.fullmatch(lw[m]):
                    m += 1
                if m >= n or lw[m] not in ("a", "an"):
                    continue
                end = m + 1
                while end < n and end - m < 8 and "," not in gaps[end]:
                    end += 1
                q = next((q for q in reversed(here[x + 1 :]) if q.last == end), None)
                if q is not None and q.first > m and q.name is None and q.relation is None:
                    p.roles |= q.roles

    def _listed(self, by_sentence: dict[int, list[Person]]) -> None:
        """ "Two people were arrested ...: a man and a boy, Kofi, 13": the people listed share the role."""
        lw, words, n = self.lw, self.words, len(self.lw)
        for here in by_sentence.values():
            lead = next((p for p in here if p.roles and p.name is None and lw[p.last - 1] in PLURALS), None)
            if lead is None:
                continue
            colon = lead.last  # a colon later in the lead's sentence
            while colon < n and words[colon].sentence == lead.sentence and ":" not in self.a.gaps[colon]:
                colon += 1
            if colon < n and words[colon].sentence == lead.sentence:
                for p in here:
                    if p.first >= colon and not p.roles:
                        p.roles |= lead.roles

    def _list_head(self, people: list[Person]) -> None:
        """ "Charged are: - Jordan Fraser, 19 - a 15-year-old from Brampton": a heading's role goes to each person
        listed after it, up to the next blank line."""
        lw, gaps = self.lw, self.a.gaps
        heads = []
        for k, w in enumerate(lw):
            if w not in _LIST_HEADS:
                continue
            j = k + 1 + (k + 1 < len(lw) and lw[k + 1] in ("are", "is", "were"))  # "Charged are:"
            if (
                j < len(lw)
                and ":" in gaps[j]
                # at a line's or a sentence's start: "Drug search, Lawrence Heights, Tuesday. Charged:"
                and (
                    k == 0
                    or "\n" in gaps[k]
                    or lw[k - 1] in ("those", "people")
                    or self.words[k - 1].sentence != self.words[k].sentence
                )
            ):
                heads.append(k)
        if not heads:
            return
        blanks = [m for m in range(len(lw)) if "\n\n" in gaps[m]]  # where each list ends: the next blank line
        firsts = self._firsts
        done = 0  # people before this one are read already: each person is looked at once
        for k in heads:
            b = bisect_right(blanks, k + 1)
            end = blanks[b] if b < len(blanks) else len(lw)
            x = max(done, bisect_right(firsts, k))
            given = False
            while x < len(people) and people[x].first < end:
                # a relative told of after the one listed, not an item of its own, is not listed: "CHARGED: Pavel
                # Novak, 47, ... against his wife" (not "Charged:\n- ...\n- their 15-year-old brother")
                q = people[x]
                theirs = given and q.relation is not None and "\n" not in gaps[q.first]
                if not q.roles and not theirs:
                    q.roles.add(_LIST_HEADS[lw[k]])
                given = True
                x += 1
            done = x

    def _named_as(self, by_sentence: dict[int, list[Person]]) -> None:
        """ "has been named as X": X takes the roles of the sentence's first description."""
        for here in by_sentence.values():
            named = [(p, p.name) for p in here if p.name is not None]
            descs = [p for p in here if p.name is None and p.roles]
            if not named or not descs:
                continue
            # the first description (with a role) that ends before a word: the earliest end so far, by bisection
            ends = list(accumulate((d.last for d in descs), min))  # not increasing
            for p, name in named:
                i = name[0]
                if not self._names_the_subject(p, i):
                    continue
                x = first_at_most(ends, i)
                subj = descs[x] if x < len(descs) else None
                if subj is not None:
                    p.roles |= subj.roles
                    p.age = p.age if p.age is not None else subj.age
                    p.young_word = p.young_word or subj.young_word
                    p.strong = True

    def _names_the_subject(self, p: Person, i: int) -> bool:
        """The name at word ``i`` says who the sentence's subject is: "was 19-year-old Jasmin Kaur", "identified
        as ...", "named as ..."; not "a woman named Priya" (the description is her own)."""
        lw, words = self.lw, self.words
        lead = i
        while lead > 0 and (
            AGE_WORD.fullmatch(lw[lead - 1]) or lw[lead - 1] in ("year", "yr", "old", "dr", "mr", "mrs", "ms")
        ):
            lead -= 1  # "was 19-year-old Jasmin Kaur", "was Dr. Ingrid Sorensen"
        if p.first < lead:  # "identified as missing man Theo Lindqvist": the name's own description
            start = p.first
            while start > 0 and lw[start - 1] in ("missing", "the", "a", "an", "local"):
                start -= 1
            if start and lw[start - 1] in ("as", "was", "is"):
                lead = start
        copula = bool(lead and lw[lead - 1] in ("was", "is") and p.strong)
        identified_as = bool(
            lead
            and lw[lead - 1] == "as"
            and any(
                lw[m] in ("identified", "named", "name")
                for m in range(max(0, lead - 22), lead - 1)
                if words[m].sentence == p.sentence
            )
        )
        if not copula and not identified_as and self._cue_before(i) != "identity":
            return False
        # "a woman named Priya", "a woman, named locally as Jade Whitlow,": the description is her own
        return not (p.first < i and any(lw[m] in ("named", "called") for m in range(max(p.first, i - 3), i)))

    def _object_after(self, end: int, here: list[Person], at: list[int]) -> Person | None:
        """The person a verb ending at word ``end`` was done to: the next one, with only articles, an age or a
        word such as "young" between ("who stabbed a 17-year-old boy")."""
        lw = self.lw
        for p in here[bisect_left(at, end) : bisect_right(at, end + 4)]:
            if all(lw[m] in OBJECT_LEAD or AGE_WORD.fullmatch(lw[m]) for m in range(end, p.first)):
                return p
        return None
