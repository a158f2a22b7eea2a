"""The descriptions of people in a post, for the people pass (passes/people.py): "a 16-year-old boy", "his
stepdaughter", "the victim", "a 17-year-old" (an age alone), each with its age and relation when the words give them."""

from __future__ import annotations

import re

from . import names as N
from . import post_cues as P
from .cast import (
    AGED_NOUN,
    DESCRIBING,
    RELATION_LEADS,
    RELATION_MODIFIERS,
    ROLE_OWNERS,
    YOUTH_THINGS,
    Person,
    Words,
    age_number,
    aged_relative,
    given_names,
    noun_follows,
    owner_after,
    possessive,
)

# the words a description may start with before its noun: "the elderly male", "his step son"
_NOUN_LEADS = frozenset(
    "a an the two three another young teenage elderly year yr old his her their step male female twin co ex".split()
)
# "The 15yo arrested": an age in one word, the description itself
_AGE_WORD = re.compile(r"(\d{1,2})(?:yo|yrs?)$")

# "coached minor hockey": a level of play, not a person
_SPORTS = frozenset(
    "hockey soccer baseball football lacrosse basketball softball ringette sports league".split()
)
# "Two vehicles, minor injuries": a degree, not a person (dev batch 329)
_MINOR_THINGS = _SPORTS | frozenset(
    "injuries injury damage collision crash offence offences offense offenses infraction infractions".split()
)


_TEAMS = _SPORTS | frozenset("team teams squad varsity rugby volleyball netball cricket swim".split())
_CHILD_THINGS = frozenset(
    "protection abuse safety care welfare exploitation pornography seat seats advocacy".split()
)


class DescriptionReader(Words):
    """Reads the descriptions of people (the reader of passes/people.py inherits it)."""

    def _descriptions(self) -> list[Person]:
        words, lw, n = self.words, self.lw, len(self.words)
        out: list[Person] = []
        # most words describe nobody
        for k in [k for k, w in enumerate(lw) if w in DESCRIBING or (w[:1].isdigit() and _AGE_WORD.match(w))]:
            w = lw[k]
            relation = None
            if self._in_proper_name(k):
                continue  # "the OPP's Child Sexual Exploitation Unit", "Victim Services Toronto": a body's name
            if w == "child" and k + 1 < n and lw[k + 1] in _CHILD_THINGS:
                continue  # "the National Crime Agency's child protection team": a kind of work, no one's child
            if (
                w in N.RELATIONS
                and k
                and (
                    (
                        lw[k - 1] in RELATION_LEADS
                        and (w in N.KIN or lw[k - 1] in N.POSSESSIVES or lw[k - 1].endswith("'s"))
                    )
                    or (lw[k - 1].endswith("'s") and words[k - 1].text[:1].isupper())
                    or lw[k - 1] in ROLE_OWNERS  # "she is the accused's stepdaughter"
                    # "the senior pastor's daughter", "the coach's son": a relative of someone the post describes
                    or (
                        possessive(lw[k - 1])
                        and (lw[k - 1][:-2] in N.RELATIONS or lw[k - 1][:-2] in N.PERSON_NOUNS)
                    )
                    or (  # "his roommate's sister", "her coach's son": a relative of someone close to him
                        k >= 2
                        and possessive(lw[k - 1])
                        and lw[k - 1][:-2] in N.RELATIONS
                        and lw[k - 2] in N.POSSESSIVES
                    )
                    or (  # "the daughter of his business partner", "the husband of the complainant"
                        lw[k - 1] == "the"
                        and lw[k + 1 : k + 2] == ["of"]
                        and lw[k + 2 : k + 3] != []
                        and (lw[k + 2] in N.POSSESSIVES or owner_after(lw, k + 2))
                    )
                    or aged_relative(lw, words, k)
                    or (  # "her hockey coach", "his piano teacher": a word of what they teach or coach
                        k >= 2
                        and w not in N.KIN
                        and lw[k - 2] in N.POSSESSIVES
                        and words[k - 1].text.isalpha()
                        and words[k - 1].text.islower()
                        and words[k - 2].sentence == words[k].sentence
                    )
                    or (  # "his older brother", "his two daughters", "his two young nephews"
                        k >= 2
                        and (lw[k - 1] in RELATION_MODIFIERS or lw[k - 1] in P.NUMBER_WORDS)
                        and (
                            lw[k - 2] in N.POSSESSIVES
                            or lw[k - 2].endswith("'s")
                            or (
                                k >= 3
                                and (lw[k - 2] in RELATION_MODIFIERS or lw[k - 2] in P.NUMBER_WORDS)
                                and lw[k - 3] in N.POSSESSIVES
                            )
                        )
                        and words[k - 2].sentence == words[k].sentence
                    )
                    or (  # "his live-in girlfriend", "her common-law husband": a hyphenated modifier
                        k >= 3
                        and f"{lw[k - 2]}-{lw[k - 1]}" in RELATION_MODIFIERS
                        and lw[k - 3] in N.POSSESSIVES
                        and words[k - 3].sentence == words[k].sentence
                    )
                )
            ):
                relation = w  # "his stepdaughter", "the girl's teacher", "his older brother"
            elif w not in N.PERSON_NOUNS or (
                k + 1 < n
                and words[k + 1].sentence == words[k].sentence
                and (
                    (
                        w in N.YOUTH_NOUNS
                        and (
                            lw[k + 1] in YOUTH_THINGS
                            or (w in ("minor", "youth") and lw[k + 1] in _MINOR_THINGS)
                        )
                    )
                    # "the school's senior basketball team": a level of play, not a senior
                    or (w in ("senior", "adult") and lw[k + 1] in _TEAMS)
                )
            ):
                # "a 17-year-old has been arrested": the age is the description
                if (
                    w in ("old", "olds")
                    and k >= 2
                    and lw[k - 1] in ("year", "yr")
                    # "a 16-year-old", "a sixteen-year-old, Malik Henry"
                    and (lw[k - 2].isdigit() or lw[k - 2] in P.NUMBER_WORDS)
                    and not noun_follows(lw, k)
                    and not self._place_before_noun(k + 1)
                ):
                    p = Person(first=k - 2, last=k + 1, sentence=words[k].sentence, age=age_number(lw[k - 2]))
                    out.append(p)
                elif (m := _AGE_WORD.match(w)) and (k + 1 >= n or lw[k + 1] not in N.PERSON_NOUNS):
                    out.append(Person(first=k, last=k + 1, sentence=words[k].sentence, age=int(m.group(1))))
                continue
            start = k
            while (
                start > 0
                and k - start < 6
                and words[start - 1].sentence == words[k].sentence
                and (
                    lw[start - 1] in _NOUN_LEADS
                    or lw[start - 1].isdigit()
                    or lw[start - 1] in P.NUMBER_WORDS
                    or lw[start - 1] in N.YOUTH_NOUNS
                    or (k - start <= 2 and self._place_before_noun(start - 1))
                )
            ):
                start -= 1
            p = Person(first=start, last=k + 1, sentence=words[k].sentence, relation=relation)
            if w == "body":
                p.roles.add("deceased")  # "the body recovered ... has been identified as"
            m = AGED_NOUN.search(self.a.folded, words[start].start, words[k].start + 1)
            if m:
                p.age = age_number(m.group(1))
            elif _school_year(lw, start, k):  # "a Grade 10 student", "a Year 10 student": about 15
                p.first, p.age = min(start, k - 2), int(lw[k - 1]) + 5
            p.young_word = w in N.YOUTH_NOUNS or any(
                x in N.YOUTH_NOUNS or x in ("teenage", "young") for x in lw[start:k]
            )
            out.append(p)
        return out

    def _in_proper_name(self, k: int) -> bool:
        """A capitalized word inside a sentence, followed by another: part of a name ("Child Sexual Exploitation
        Unit"), in a sentence that is not all Title Case."""
        words = self.words
        if k > 1 and words[k].text[:1].isupper() and words[k].sentence not in self.a.title_case:
            # a relation word that ends a name: "who plays for the Penrith Brothers under-17s" (a team, no one's
            # brothers)
            before = words[k - 1]
            if (
                self.lw[k] in N.RELATIONS
                and before.text[:1].isupper()
                and before.sentence == words[k - 2].sentence == words[k].sentence
                and not possessive(self.lw[k - 1])
                and self.lw[k - 1] not in given_names()
            ):
                return True
        return (
            0 < k < len(words) - 1
            and words[k].text[:1].isupper()
            and words[k + 1].text[:1].isupper()
            and words[k - 1].sentence == words[k].sentence == words[k + 1].sentence
            and words[k].sentence not in self.a.title_case
            and self.lw[k + 1] not in given_names()  # "arrested Coach Terrence Vail": a title before a name
        )

    def _place_before_noun(self, k: int) -> bool:
        """Word ``k`` is part of a capitalized place (one to three words) between an age and a person noun: "a
        14-year-old Vaughan boy", "A 15-year-old Richmond Hill boy", "the 15-year-old Midland Park Collegiate student"."""
        lw, words, gaps, n = self.lw, self.words, self.a.gaps, len(self.lw)

        def cap(m: int) -> bool:
            return 0 <= m < n and words[m].text[:1].isupper() and gaps[m] == " "

        for first in (k, k - 1, k - 2):
            for last in (first, first + 1, first + 2):
                if (
                    first <= k <= last
                    and first > 0
                    and all(cap(m) for m in range(first, last + 1))
                    and last + 1 < n
                    and lw[last + 1] in N.PERSON_NOUNS
                    and gaps[last + 1] == " "
                    and lw[first - 1] in ("old", "olds", "a", "an", "the")
                ):
                    return True
        return False


def _school_year(lw: list[str], start: int, k: int) -> bool:
    """ "grade" or "year" and a school year (1 to 12) just before the noun at word ``k``, from ``start - 1`` on."""
    return (
        k - 2 >= max(start - 1, 0)
        and lw[k - 2] in ("grade", "year")
        and lw[k - 1].isdigit()
        and 1 <= int(lw[k - 1]) <= 12
    )
