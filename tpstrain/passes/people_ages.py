"""A person's age, read around their name: after it ("Tyler Brooks, 16,"), before it ("16-year-old Tyler"), from
the description a name is set off after ("The 16-year-old boy who brought a replica firearm to school, Noah"),
from a year of birth or a school grade; and a young person described twice ("A 17-yr-old driver, a student at ...")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import names as N
from . import post_cues as P
from .cast import AGE_AFTER, AGE_BEFORE, Person, Words, age_born, age_number

if TYPE_CHECKING:
    from .tokenize import Analysis

# a described person and what they did, then the name: "The 16-year-old boy who brought a replica firearm to
# school this morning, Noah Pettipas, is in custody" (the age is the lead's)
_LEAD_WHO = re.compile(
    r"(?:^|[.!?:\n]\s*)(?:the|a|an)\s+(?:(\d{1,2})[- ]year[- ]old\s+)?([a-z]+\s+)?(?:who|that)\b[^,.!?\n]{1,120},\s*$",
    re.I,
)
_BORN = re.compile(r"\s*[(,]?\s*born(?: in)? ((?:19|20)\d\d)\b")
# "Brandon Ellis (grade 11, Lakeside SS)", "Bearspaw, a Grade 11 student at ...": a school grade, about the age less 5
_GRADE = re.compile(r"\s*(?:,\s*|\(\s*)(?:an? |the )?grade (\d{1,2})\b", re.I)


def lead_who(folded: str, start: int) -> re.Match[str] | None:
    """The described person and what they did, right before a name at ``start`` (read within 200 characters):
    "The 16-year-old boy who brought a replica firearm to school, Noah", "the man who was on the viaduct, Gregor"
    (not "the store that was robbed, Quick Mart")."""
    m = _LEAD_WHO.search(folded, max(0, start - 200), start)
    return m if m is None or m.group(1) or (m.group(2) or "").strip().lower() in N.PERSON_NOUNS else None


def age_of(a: Analysis, p: Person) -> None:
    """Set ``p.age`` from the words around the name (left as it is when none tells it)."""
    words = a.words
    start, end = words[p.first].start, words[p.last - 1].end
    if len(words[p.last - 1].text) == 1 and a.folded[end : end + 1] == ".":
        end += 1  # "Jaxon R., 15,": an initial's full stop
    m = AGE_AFTER.match(a.folded, end, min(len(a.folded), end + 40))
    if m:
        p.age = age_number(m.group(1))
        return
    m = AGE_BEFORE.search(a.folded, max(0, start - 30), start)
    if m:
        p.age = age_number(m.group(1) or m.group(2))
        return
    m = lead_who(a.folded, start)
    if m and m.group(1):
        p.age = int(m.group(1))
        return
    m = _BORN.match(a.folded, end, min(len(a.folded), end + 30))
    if m:  # "Tariq Malik (born 2010)": the age this year
        p.age = age_born(int(m.group(1)))
        return
    m = _GRADE.match(a.folded, end, min(len(a.folded), end + 20))
    if m and 1 <= int(m.group(1)) <= 12:
        p.age = int(m.group(1)) + 5


_IS = ("is", "was", "are", "were")
_SUBJECT_IS = {"he's": "he", "she's": "she", "they're": "they"}
# what may follow an age told as "is 17": the sentence goes on about the person, not a count of things
_AFTER_AGE = frozenset("and at years year when now but so or".split())
# a description's own clause before its age: "The man charged in the stabbing is 17"
_PARTICIPLES = frozenset("charged arrested accused convicted involved identified wanted held".split())
_CLAUSE_ENDS = frozenset("who whom that which and or is was".split())


# what may stand between a young person's age and the work they do: "a 17-year-old part-time cashier"
_WORK_MODIFIERS = frozenset("part full time casual seasonal weekend summer after school student".split())


class AgeReader(Words):
    """Ages told apart from the name, in a sentence of their own (the joiner of passes/people_join.py inherits it)."""

    def _description_is_aged(self, people: list[Person]) -> None:
        """ "The second accused is 15 and cannot be named": a description, then its age."""
        lw, words = self.lw, self.words
        for p in people:
            k = p.last
            # a description's own clause first: "The man charged in the stabbing is 17"
            if p.name is None and k < len(lw) and lw[k] in _PARTICIPLES:
                j = k + 1
                while (
                    j < min(len(lw), k + 8)
                    and lw[j] not in _CLAUSE_ENDS
                    and "," not in self.a.gaps[j]
                    and words[j].sentence == words[k].sentence
                ):
                    j += 1
                k = j
            if (
                p.name is None
                and p.age is None
                and k + 1 < len(lw)
                and lw[k] in ("is", "was")
                and lw[k + 1].isdigit()
                and len(lw[k + 1]) <= 2
                and words[k + 1].sentence == words[k].sentence
            ):
                p.age = int(lw[k + 1])

    def _age_said(self, people: list[Person]) -> None:
        """An age told in a sentence of its own: "Whitfield is 17", "He was 15 at the time", "Both are 17". It goes
        to the named person it speaks of (a name's word, or "he"/"she" after one; "both"/"they" after two),
        unless that person has an age already; an age "at the time" (of the offence) always does."""
        lw, words = self.lw, self.words
        self._description_is_aged(people)
        named = [p for p in people if p.name is not None]
        # "Earlier we said the man charged was 18. He is 17.": one accused not named, spoken of before
        unnamed = [p for p in people if p.name is None and "accused" in p.roles]
        if not named and not unnamed:
            return
        gaps = self.a.gaps
        for k in range(1, len(lw) - 1):
            if lw[k] not in _IS and lw[k] != "turns" and lw[k] not in _SUBJECT_IS:
                continue
            n = k + 1 + (lw[k + 1] in ("now", "only", "just", "aged"))
            if n >= len(lw) or not (lw[n].isdigit() or lw[n] in P.NUMBER_WORDS):
                continue
            age = age_number(lw[n])
            if not 10 <= age <= 99:
                continue
            if lw[k] == "turns":  # "Mbeki, who turns 18 next month": 17 today
                if lw[n + 1 : n + 2] not in (["next"], ["later"], ["this"], ["in"], ["on"]):
                    continue
                age -= 1
            elif (
                n + 1 < len(lw)
                and words[n + 1].sentence == words[n].sentence
                and lw[n + 1] not in _AFTER_AGE
                and not any(c in gaps[n + 1] for c in ",;")
            ):
                continue  # "is 17 km away", "were 40 officers" (but "Because Anderson is 17, the case ...", "He's 16; his")
            # "was 17 at the time", "was 17 when he was charged": the age of the offence
            at_time = lw[n + 1 : n + 4] == ["at", "the", "time"] or lw[n + 1 : n + 2] == ["when"]
            for p in self._spoken_of(k, named, unnamed):
                # a young age said after an adult one wins: "Our earlier post said Liam Novak was 19. He is 17."
                if p.age is None or at_time or age < 18 <= p.age:
                    p.age = age

    def _spoken_of(self, k: int, named: list[Person], unnamed: list[Person]) -> list[Person]:
        """Whom the "is 17" at word k speaks of: the subject before it, read back to a person."""
        lw, words, gaps = self.lw, self.words, self.a.gaps
        before = [p for p in named if p.first < k and words[k].sentence - p.sentence <= 2]
        subject = _SUBJECT_IS.get(lw[k]) or (lw[k - 1] if lw[k - 1] != "who" or k < 2 else lw[k - 2])
        # "Grant-Mahoney is now 18, but was 17 at the time": the subject of the verb before
        if subject in ("but", "and"):
            verbs = [
                m for m in range(k - 2, 0, -1) if words[m].sentence == words[k].sentence and lw[m] in _IS
            ]
            subject = lw[verbs[0] - 1] if verbs else subject
        if subject in ("he", "she") and not before:  # no one named before: the one accused, if only one
            about = [p for p in unnamed if p.last <= k and words[k].sentence - p.sentence <= 2]
            about = about if len(about) == 1 and words[k].sentence != about[0].sentence else []
        elif subject in ("he", "she") or (
            # "Jordan Eze, now 18, was 17 when ...": the name before its age
            subject.isdigit()
            and before
            and before[-1].sentence == words[k].sentence
            and k - before[-1].last <= 4
        ):
            about = before[-1:]
        elif subject in ("both", "they"):
            about = [p for p in before if p.sentence == before[-1].sentence] if before else []
        else:  # a name's word: the person named before it, or after it ("Liam is 16 ... Liam Becker was charged")
            about = [p for p in named if p.name is not None and subject in lw[slice(*p.name)]]
            about = [p for p in about if p.first < k][-1:] or about[:1]
            # "Riley MacNeil, charged Friday with impaired driving, is 17": the name, then an aside
            if not about:
                about = [
                    p
                    for p in named
                    if p.sentence == words[k].sentence
                    and p.first < k
                    and "," in gaps[p.last]
                    and gaps[k].strip() == ","
                ][:1]
        return about

    def _join_young_described(self, people: list[Person]) -> list[Person]:
        """ "A 17-yr-old driver, a student at Bishop McNally High, charged": one young person, described twice."""
        out: list[Person] = []
        for q in people:
            if out and self._young_described_again(out[-1], q):
                out[-1].last = q.last
                out[-1].roles |= q.roles
            else:
                out.append(q)
        return out

    def _young_described_again(self, p: Person, q: Person) -> bool:
        """A young person with no name, then a second description of them set off by a comma: "A 17-yr-old driver, a
        student at Bishop McNally High, charged" (not a list: "a 16-year-old, a woman and a man")."""
        lw, gaps = self.lw, self.a.gaps
        if p.name is not None or not p.young or q.age is not None:
            return False
        # ... or the noun after a work modifier: "A 17-year-old part-time employee of a Main St grocery store" (dev
        # batch 415)
        between = range(p.last, q.first)
        if (
            q.name is None
            and 0 < len(between) <= 3
            and all(lw[k] in _WORK_MODIFIERS and not gaps[k + 1].strip(" -") for k in between)
            and not gaps[p.last].strip(" -")
        ):
            return True
        # a group's ages between: "Two youths, aged 15 and 17, both students at Holy Cross Secondary,"
        k = p.last
        if k < q.first and gaps[k].strip() == "," and lw[k] in ("aged", "ages"):
            k += 1
            while k < q.first and (lw[k].isdigit() or lw[k] in ("and", "to")) and not gaps[k].strip():
                k += 1
            k = k if k < q.first and lw[k - 1].isdigit() else -1
        group = 0 <= k < q.first and lw[k] in ("both", "all") and not gaps[k + 1].strip()
        return (
            q.name is None
            and q.first == k + group
            and gaps[k].strip() == ","
            and (lw[q.first] in ("a", "an") or group)
            and q.sentence == p.sentence
            and (q.last >= len(lw) or lw[q.last] not in ("and", "or"))
        )
