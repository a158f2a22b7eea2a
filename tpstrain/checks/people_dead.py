"""The dead pointed at without a name, for the people check's next-of-kin reading (checks/people.py): a job at a
named place, a place on a team, a nickname, a named relative, a home address."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from ..passes.entities import licence_plates, street_addresses
from .base import Compiled, Ctx
from .people_words import KIN_OF_NAMED, KNOWN_ROLE, NARROWS, ONE_OF_A_KIND, WORK_OF

if TYPE_CHECKING:
    from ..passes.cast import Cast
    from ..shapes import FindingShape

# a job at a named business, told by its possessive: "The diner's longtime owner", "the bakery's head baker"
OWNER_OF = re.compile(
    r"\b(?:the|a) [\w-]+(?:'s|’s) (?:longtime |long-time |former |new |head )?(?:owner|owners|manager|chef|baker|"
    r"founder|president|principal|pastor|caretaker|superintendent|janitor|coach|captain|skipper)\b",
    re.I,
)
# a business the dead ran: "ran the flower stall outside Pape station for 30 years"
RAN = re.compile(r"\b(?:ran|owned|managed|operated) (?:the|a|an|his|her) [^.!?\n]{3,40}", re.I)
# a role at a named place, on a named team or route, a show hosted, a relative of a public figure, a nickname:
# "He was a longtime Canada Post letter carrier on the Beaches route", "the starting centre for the Hamilton
# Hurricanes", "the watch manager of Red Watch", "hosted the Friday night show on Brixton Bass FM", "the youngest son
# of a Brampton city councillor", "'Big Mike,' the crossing guard at Dufferin St"
ROLE_AT = re.compile(
    r"\b(?:(?i:he|she|they) (?:was|were) (?:a|an|the) [^.!?\n]{0,50}?\b(?:on|at|for|of|with) (?:the )?[A-Z][\w'-]+"
    r"|the (?:\d+-year-old )?(?:starting |head |assistant |longtime |long-time |only |senior )?(?:[a-z-]+ )?(?:centre|center|goalie|"
    r"captain|coach|manager|owner|guard|host|teacher|principal|director|chef|carrier|pastor|priest|president|chair|"
    r"founder|star|player|keeper|conductor|drummer|singer|driver|janitor|caretaker|librarian|nurse|doctor|dentist|"
    r"pharmacist|vet|barber|baker|butcher|mechanic|lifeguard|referee|umpire|organizer|organiser|volunteer) "
    r"(?:for|of|at) (?:the )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)*"
    r"|(?i:hosted|coached|played for|worked (?:at|for)|walked|delivered on|drove for|managed|taught at) [^.!?\n]{0,40}?"
    r"[A-Z][\w'-]+"
    r"|(?:son|daughter|wife|husband|father|mother|brother|sister|grandson|granddaughter|nephew|niece) of (?:a|an|the) "
    r"[\w ]{0,30}?(?:councillor|mayor|officer|judge|mp|mpp|priest|pastor|rabbi|imam|chief|coach|owner|principal|"
    r"teacher|doctor|minister|senator|player|star|celebrity)\b"
    r"|['‘\"“][A-Z][\w .'-]{1,20}?,?['’\"”],? the \w+"
    # the one person of an occasion: "He was the groom at the wedding being held inside"
    r"|(?i:he|she) was the (?:groom|bride|best man|maid of honou?r|birthday (?:boy|girl)|guest of honou?r)\b)"
)
DEAD_DETAILS = (WORK_OF, NARROWS, ONE_OF_A_KIND, KIN_OF_NAMED, KNOWN_ROLE, OWNER_OF, RAN, ROLE_AT)
OUR_OWN = re.compile(r"(?i)\b(?:our|service|police)\b")
# the name in a tribute: "Rest easy, Big Mike", "RIP Jordan", "Fly high, Auntie Rose"
TRIBUTE = re.compile(
    r"\b(?i:rest easy|rest in peace|rip|fly high|sleep well|gone too soon|forever in our hearts),?\s+(?i:to )?"
    r"((?:Auntie |Uncle |Big |Little |Lil )?[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}|@\w+)"
    # spoken to: "Captain Ryan Ostrowski, you will be missed"
    r"|\b((?:[A-Z][\w'-]+ ){0,2}[A-Z][\w'-]+),? (?i:you will be (?:missed|remembered)|we will miss you|you will never be forgotten)"
)


class DeadDescribed(Compiled):
    """The finder of the dead described, which ``PeopleRule`` inherits."""

    @staticmethod
    def _describes_someone(ctx: Ctx) -> bool:
        """A cheap look before the dead are looked for: any detail ``_dead_described`` reads."""
        text = ctx.a.folded
        return any(rx.search(text) for rx in (*DEAD_DETAILS, TRIBUTE)) or bool(street_addresses(ctx.a))

    def _tribute_names(self, ctx: Ctx, certain: bool) -> list[FindingShape]:
        """The name a tribute gives the dead ("Rest easy, Big Mike"): has the family been told?"""
        return [
            self.finding(
                ctx, m.start(g), m.end(g), {"value": m.group(g), "name": m.group(g)}, certain=certain
            )
            for m in TRIBUTE.finditer(ctx.a.folded)
            for g in (1 if m.group(1) else 2,)
        ]

    def _dead_described(self, ctx: Ctx, cast: Cast) -> list[FindingShape]:
        """The dead person not named but pointed at: by a job at a named place ("the owner of the hardware store
        on Main St"), a place on a team, a nickname, or a named relative ("the father of councillor Jim Baird").
        Whether the family knows is asked."""
        sentences = {p.sentence for p in cast.people if "deceased" in p.roles and p.name is None}
        # the post says the family has not been told: a detail anywhere in it may point to the person
        not_told = cast.not_notified or getattr(ctx.post, "next_of_kin_notified", None) is False
        if not sentences and not not_told:
            return []
        a = ctx.a
        spans = [(m.start(), m.end()) for rx in DEAD_DETAILS for m in rx.finditer(a.folded)]
        official = ctx.policy.official_address
        spans += [(s, e) for s, e, v in street_addresses(a) if not official(v)]  # "lived at 88 Glenlake Ave"
        if not_told:  # the car's plate, told before the family knows: "a silver Honda, plate CKLM 482"
            spans += [(s, e) for s, e, _ in licence_plates(a)]
        out = []
        for s, e in spans:
            k = bisect_right(ctx.word_starts, s) - 1
            if OUR_OWN.search(a.folded, s, e):
                continue  # "a member of our Service": one of thousands
            if k >= 0 and (a.words[k].sentence in sentences or not_told):
                out.append(self.finding(ctx, s, e, {"value": a.folded[s:e]}, certain=False))
        return out
