"""How sure a people finding is: whether the law forbids naming a young person in a role, and whether a
relative points at the person harmed (read by checks/people.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .people_words import PLURAL_KIN, VICTIMS_OWN

if TYPE_CHECKING:
    from ..passes.cast import Cast


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
    of_victim = not VICTIMS_OWN.isdisjoint(lw[max(0, p.first - 1) : p.first + 1])  # "the victim's mother"
    owner_did = (
        owner is not None and bool(owner.roles & {"accused", "convicted"}) and "victim" not in owner.roles
    )
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
