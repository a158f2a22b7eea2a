"""How sure a people finding is: whether the law forbids naming a young person in a role, and whether a
relative points at the person harmed (read by checks/people.py)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..passes.names import CIVIL_TITLES
from .people_words import PLURAL_KIN, VICTIMS_OWN

if TYPE_CHECKING:
    from ..passes.cast import Cast, Person
    from ..passes.tokenize import Analysis
    from .base import Ctx

TEEN_WORDS = frozenset("teen teens teenager teenagers teenage".split())
SURELY_YOUNG = frozenset(
    "boy boys girl girls child children kid kids youth youths juvenile juveniles minor minors".split()
)
_WITHHOLD = frozenset("can't cannot won't not never".split())
_TURNS = frozenset("but however yet".split())
_SHARE = frozenset("share say release identify name publish post disclose give".split())


def young_certain(roles: set[str], young_accused: bool, offence: bool) -> bool | None:
    """Whether naming a young person in these roles is certainly wrong (True), a question (False), or fine
    (None): accused or convicted, certain; a victim or witness, certain when a young person is accused and
    the victim did not die (a young victim who died may be named with the parents' leave, YCJA
    s.111(2)(b): asked); one who died, asked when a young person is accused; anyone in a post about an
    offence, asked. A victim or witness in a post that tells of no offence is fine."""
    if roles & {"accused", "convicted"}:
        return True
    # a victim or witness where no offence is told ("called 9-1-1 when her grandfather collapsed"): fine
    if roles & {"victim", "witness"}:
        return young_accused and "deceased" not in roles if offence else None
    if "deceased" in roles:
        return False if young_accused else None
    return False if offence and not roles else None


def relation_identifies(cast: Cast, x: int, lw: list[str], anyone_harmed: bool) -> bool | None:
    """Does a relative point at the person harmed? Sure when the relative is the one harmed ("charged with
    assaulting his stepdaughter", "the victim is his niece") or the one who did it ("at the hands of her
    mother"); asked when the post has someone harmed or names the relative of one ("the victim's mother");
    not at all for a co-accused ("jailed alongside her brother") or a general word ("protect their
    children")."""
    p = cast.people[x]
    owner = next(
        (q for q in reversed(cast.people[:x]) if q.last <= p.first and q.sentence == p.sentence), None
    )
    is_a = lw[p.first - 2] if p.first >= 2 and lw[p.first - 1] in ("is", "was") else ""  # "the victim is"
    is_a = is_a or (lw[p.last + 1] if lw[p.last : p.last + 1] == ["the"] and p.last + 1 < len(lw) else "")
    if "victim" in p.roles or is_a in ("victim", "complainant"):
        return True
    kin_of = lw[p.last + 2] if lw[p.last : p.last + 2] == ["of", "the"] and p.last + 2 < len(lw) else ""
    # "the victim's mother", "the husband of the complainant"
    of_victim = (
        not VICTIMS_OWN.isdisjoint(lw[max(0, p.first - 1) : p.first + 1]) or f"{kin_of}'s" in VICTIMS_OWN
    )
    owner_did = (
        owner is not None and bool(owner.roles & {"accused", "convicted"}) and "victim" not in owner.roles
    )
    said_of = (p.first and lw[p.first - 1] in ("is", "was")) or lw[max(0, p.first - 3) : p.first - 1] in (
        ["is", "the"],
        ["was", "the"],
    )
    if of_victim and owner_did and said_of:
        return True  # the accused is her relative: "Devon Price, 36, is the complainant's husband"
    if p.roles & {"accused", "convicted"} or is_a in ("accused", "suspect", "offender"):
        if owner_did and not of_victim:
            return None  # a co-accused: "she and her brother were jailed"
        return True  # "at the hands of her mother", "the accused is the girl's teacher"
    if owner_did and p.first and lw[p.first - 1] in ("alongside", "with", "and", "plus"):
        return None  # "jailed alongside her brother"
    if lw[p.first] == "their" and p.relation in PLURAL_KIN:
        return False if anyone_harmed else None  # "parents can protect their children"
    # "the victim's mother appeals for help": it may point at her, so it is asked
    return not (of_victim and p.name is None)


def teen_only(ctx: Ctx, p: Person) -> bool:
    """Young only by "teen" or "teenager", with no age: 18- and 19-year-olds are teenagers too, so it is asked."""
    if p.age is not None:
        return False
    words = [w.lower for w in ctx.a.words[p.first : p.last]]
    return any(w in TEEN_WORDS for w in words) and not any(w in SURELY_YOUNG for w in words)


def said_to_be(ctx: Ctx, p: Person) -> bool:
    """ "the driver of the red Civic was Jordan Fitch", "identified as Jo Tam": the name says who someone is."""
    k = p.words[0]
    return k > 0 and ctx.a.words[k - 1].lower in ("was", "is", "as")


def withheld_spans(a: Analysis) -> list[tuple[int, int]]:
    """What a sentence says is not shared, up to a "but": "We can't share anything that could identify the
    complainant, including where she lives or works" (not "We can't share much, but yes, she runs the shop")."""
    words, out = a.words, []
    for k in range(len(words) - 1):
        if words[k].lower in _WITHHOLD and words[k + 1].lower in _SHARE:
            end = k + 1
            while (
                end + 1 < len(words)
                and words[end + 1].sentence == words[k].sentence
                and words[end + 1].lower not in _TURNS
            ):
                end += 1
            out.append((words[k].start, words[end].end))
    return out


_WORK_LEADS = frozenset("is was known to have has had previously also once most recently".split())


def accused_apposition(a: Analysis, cast: Cast) -> list[tuple[int, int]]:
    """What describes a named accused between commas: "Victor Lam, 46, a massage therapist at a clinic, is ..."."""
    words, gaps, out = a.words, a.gaps, []
    for p in cast.people:
        # "a 44-year-old man who worked as a massage therapist at a clinic ...", "Ronald Lepage, who worked as a bus
        # driver for a school board, is charged": his work, in a clause of its own
        m = p.last + (p.last < len(words) and words[p.last].lower.isdigit())
        if "accused" in p.roles and [w.lower for w in words[m : m + 2]] in (
            ["who", "worked"],
            ["who", "works"],
        ):
            out.append((words[m].start, words[_clause_end(a, m + 2) - 1].end))
        if p.name is None or "accused" not in p.roles:
            continue
        # the next sentence tells his work: "Trevor Sandhu, 46, ... is charged. He worked as a massage therapist in
        # the Yonge St area." (an appeal for more complainants names his job, not hers)
        # ("He is known to have worked as", "He previously worked as")
        k = next((j for j in range(p.name[1], len(words)) if words[j].sentence == p.sentence + 1), len(words))
        v = k + 1
        while v < len(words) and v - k < 6 and words[v].lower in _WORK_LEADS:
            v += 1
        if (
            v + 1 < len(words)
            and words[k].lower == "he"  # (not "she": most often the complainant in these posts)
            and words[v].lower in ("worked", "works")
            and words[v + 1].lower == "as"
        ):
            out.append((words[k].start, words[_clause_end(a, v + 2) - 1].end))
        m = p.name[1]
        if m >= len(words) or "," not in gaps[m]:
            continue
        while m < len(words) and words[m].lower.isdigit():
            m += 1
        if m < len(words) and words[m].lower == "of":  # a home town: "Brent Haley, 51, of Ottawa, a coach"
            m += 1
            while m < len(words) and "," not in gaps[m] and words[m].text[:1].isupper():
                m += 1
        # (French "a été" is a verb: "Marc Exemple, a été accusé ... sur sa conjointe" tells no job of his)
        if (
            m < len(words)
            and words[m].lower in ("a", "an")
            and [w.lower for w in words[m + 1 : m + 2]] != ["ete"]
        ):
            out.append((words[m].start, words[_clause_end(a, m + 1) - 1].end))
    return out


def _clause_end(a: Analysis, x: int) -> int:
    """The word after the clause that runs on from word ``x``: up to the next comma or the sentence's end."""
    words, gaps, s = a.words, a.gaps, a.words[x - 1].sentence
    while x < len(words) and "," not in gaps[x] and words[x].sentence == s:
        x += 1
    return x


def mentioned_before(ctx: Ctx, cast: Cast, start: int) -> list[Person]:
    """The people mentioned before ``start`` in its sentence, in order."""
    words, s = ctx.a.words, ctx.sentence_at(start)
    return [p for p in cast.people if p.sentence == s and words[p.last - 1].end <= start]


def said_of_protected(ctx: Ctx, cast: Cast, start: int, young: bool) -> bool:
    """The person mentioned last before ``start`` in its sentence (if any) may be the protected one: not the accused
    or an official, and, for a young person, young ("Kyle Smith, 34, the son of a local pastor, is charged": his)."""
    before = mentioned_before(ctx, cast, start)
    if not before:
        return True
    last = before[-1]
    if last.official:
        return False
    accused = bool(last.roles & {"accused", "convicted"})
    # "The accused scored the winning goal": the young accused the post spoke of, though this mention has no age
    young_one = last.young or (accused and last.age is None and cast.young_accused)
    if accused:
        return young and young_one
    return not young or young_one or (bool(last.roles & {"victim", "witness"}) and last.child)


def said_of_harmed(ctx: Ctx, cast: Cast, start: int) -> bool:
    """The person mentioned last before ``start`` in its sentence is the one harmed ("The complainant is a teenage
    girl from the same hamlet"), or one said to be her, not the accused or an official."""
    before = mentioned_before(ctx, cast, start)
    return (
        bool(before)
        and not (before[-1].official or before[-1].roles & {"accused", "convicted"})
        and any("victim" in p.roles for p in before)
    )


_DONT_SHARE = re.compile(r"\b(?:stop|don'?t|do not) (?:sharing|share|reposting|repost)\b", re.I)


def shared_already(folded: str, m: re.Match[str]) -> bool:
    """ "The girl in the video is 14 ... Please stop sharing it": the video the post asks people not to share is
    already going around, and the post adds nothing that points to her."""
    return m.group().lower().endswith("video") and _DONT_SHARE.search(folded) is not None


_HARMED_AFTER = re.compile(
    r"[^.!?\n]{0,60}?\b(?:was|were|had been|has been) (?:sexually |indecently )?(?:assaulted|attacked|abused|touched|"
    r"groped|harassed)\b|,? the (?:complainant|victim)\b",
    re.I,
)


def official_harmed(a: Analysis, p: Person) -> bool:
    """An officer who is the one harmed: "an officer, Const. Rita Vaz of 22 Division, was sexually assaulted",
    "Constable Amrita Singh, the complainant in this matter" (not one who asks others to come forward)."""
    if p.name is None or not p.roles & {"victim", "complainant"}:
        return False
    # a title no service gives (dev batch 338: "The victim, Dr. Hana Roszak, a 31-year-old lecturer"): a private person
    # (a title, capitalized: not a relation, "the victim's brother John Example")
    first = p.name[0]
    if first and a.words[first - 1].lower in CIVIL_TITLES and a.words[first - 1].text[:1].isupper():
        return True
    return _HARMED_AFTER.match(a.folded, a.words[p.name[1] - 1].end) is not None
