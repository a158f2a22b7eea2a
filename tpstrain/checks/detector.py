"""Detected personal information (phones, e-mails, addresses, ...), less what the policy allows."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..passes.addresses import (
    HOME_BEFORE,
    TITLED_BEFORE,
    address_key,
    homes_without_number,
)
from ..passes.addresses_named import streets_after_names
from ..passes.cast import CHARGED_ROLES, given_names
from ..passes.contacts import phone_status
from ..passes.emails import email_status
from ..passes.entities import DETECTORS, PRECHECKS
from ..passes.people import cast_of
from ..passes.phones import official_phone_matcher
from .base import Compiled, Ctx

if TYPE_CHECKING:
    from ..passes.cast import Cast
    from ..passes.tokenize import Analysis
    from ..rules import DetectorCheck, Rule
    from ..shapes import FindingShape
    from .base import Tables


# a public place named just before its address: "at Christie Pits Park, 750 Bloor St W", "Malvern Library (30
# Sewells Rd)": the venue's address, not anyone's home
_VENUE = re.compile(
    # a named place, its kind in either case: "at Christie Pits Park, 750 Bloor St W", "the Withrow Park rink, 725
    # Logan Ave", "at Oakville Place, 240 Leighland Ave", "at the Tim Hortons at 2301 Kennedy Rd" (a person's own place in
    # lower case is no venue: "at coach Kai Mensah's place, 61 Sorauren Ave", "from Samuel Ortiz's garage at")
    r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:(?<!'s)(?<!’s)|(?=\s+[A-Z]))\s+(?i:Park|Centre|Center|Library|Arena|Hall|Church|Mosque|Temple|"
    r"Synagogue|Gurdwara|School|Collegiate|Mall|Plaza|Stadium|Theatre|Theater|Museum|Gallery|Station|Hospital|"
    r"Square|Headquarters|Rink|Pool|Community Centre|Legion|Courthouse|Place|Market|Hortons|Cafe|Café|Restaurant|"
    r"Shop|Store|Pharmacy|Bank|Hotel|Pub|Grill|Diner|Bakery|Salon|Gym|Club|Clinic|Garage|Auto Care|Depot|Mart|"
    r"Association|Society|Foundation|Mission|Shelter|Pits|Commons|Grounds|Fairgrounds|Pier|Wharf|Marina|Beach|"
    r"Terminal|Airport|Works|Books|Bookstore|Bookshop|Hardware|Grocery|Jewellers|Jewelers|Cycles)"
    r"(?:\s+(?:of|for)(?:\s+[A-Z][\w'’.-]*)+)?(?:\s+(?:atrium|lobby|foyer|entrance|auditorium|gym|parking lot))?"
    r"\s*(?:[,(–-]\s*(?:at\s+)?|at\s+)$"
    # a place named by its number: "will join The 519, 519 Church St"
    r"|\b(?i:at|join|visit)\s+The\s+\d{1,4}\s*,\s*$"
    # a public place named in French before its address (the folded text has no accents): "à la Bibliothèque
    # publique d'Ottawa, succursale centrale, 120, rue Metcalfe", "au quartier général du SPVM, 1441 rue Saint-Urbain"
    r"|\b(?i:bibliotheque|maison|quartier general|poste de quartier|centre|ecole|parc|salle|hotel de ville|mairie|arena|"
    r"succursale)\b[^.!?\n]{0,60}?,\s*$"
    # a police station named in French just before its address: "au poste de police du 474, rue Elgin", "le poste de
    # quartier 21 du SPVM est situé au 1669, rue Berri"
    r"|\b(?i:poste de police|poste de quartier|quartier general)\b(?:[^.!?\n]{0,40}?\s)?(?:du|de la|de l'|au)\s*$"
    # where the public comes: "ready for pickup at 7750 Hurontario St", "Meet our recruiters at 474 Elgin St"
    r"|\b(?i:pickup|pick-up|pick (?:it|them) up|drop-off|drop off|meet (?:us|our \w+|the \w+)|join us|visit us)\s+at\s*$"
    # a place the post names after "the", then its address: "the robbery at the Rexall, 2 Bloor St W", "in the
    # Agincourt Mall parking lot, 3850 Sheppard Ave E" (not a family's: "at the Kowals', 12 Elm St")
    r"|\b(?i:at|outside|inside|near|in|from|to)\s+the\s+[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}"
    r"(?:\s+(?:parking lot|lot|entrance|food court))?(?<!s')(?<!s’)\s*,\s*$"
    # a store named by its brand, "at" it: "Our officers will be at the Walmart at 5100 Erin Mills Pkwy"
    r"|\b(?:at|outside|inside)\s+the\s+[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}\s+at\s+$"
    # a charity or a business the post names, with its people: "with volunteers from Fred Victor at 145 Queen St E"
    r"|\b(?i:volunteers|staff|team|friends)\s+(?:from|at)\s+[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4}\s+at\s+$"
    # or the service's own event or building, just before "at": "our family open house on Saturday ... at 7750
    # Hurontario St", "our info session at 2120 Cambie St", "the police station parking lot at 250 Main Street",
    # "York police open house at 47 Don Hillock Drive"
    r"|\b(?i:our|(?:the|[a-z]+) police)\s+(?:[\w'’-]+\s+){0,3}?(?:open house|bbq|barbecue|event|fair|festival|celebration|"
    r"ceremony|station|headquarters|detachment|division|office|building|session|meeting|town hall|clinic|"
    r"parking lot|toy drive|food drive|coat drive|blood drive|fundraiser|vigil|walk|workshop|(?i:museum))\b[^!?\n]{0,60}\bat\s+$"
    # where an event starts: "We start at 16 Spadina Road at 11 a.m." (not "Police are at 2 Secord Ave")
    # "Info sessions run ... at 474 Elgin", "our recruitment evening at Te Papa, 55 Cable St"
    r"|\b(?i:info|information|recruiting|recruitment) (?:sessions?|nights?|evenings?)\b[^!?\n]{0,60}\bat\s+"
    r"(?:(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*,\s*)?$"
    r"|\b(?i:we|walk|run|ride|parade|tour)\s+(?:start|starts|begin|begins|meet|meets|gather|gathers)\s+at\s+$"
)


def _venue_before(folded: str, s: int) -> bool:
    """A public place named just before the address at ``s`` (not a person: "Mrs. Eileen Park at", nor where
    someone lives: "Jaylen lives in Regent Park at 14 Belshaw Pl")."""
    return (
        bool(_VENUE.search(folded, max(0, s - 80), s))
        and not TITLED_BEFORE.search(folded, max(0, s - 60), s)
        and not HOME_BEFORE.search(folded, max(0, s - 60), s)
    )


class DetectorRule(Compiled):
    check: DetectorCheck

    def __init__(self, rule: Rule, policy: Tables):
        super().__init__(rule, policy)
        chk = self.check
        self.detect = DETECTORS[chk.detector]
        self.needs_detector = chk.detector if chk.detector in PRECHECKS else None
        st = policy.policy.settings
        if chk.detector == "phone":
            ok = official_phone_matcher([*st.official_phones, *chk.allow])
            self.allowed: Callable[[str], bool] = ok
        elif chk.detector == "email":
            allow = {x.lower() for x in [*st.official_emails, *chk.allow]}
            self.allowed = lambda v: v in allow or any(a.startswith("@") and v.endswith(a) for a in allow)
        elif chk.detector == "street_address":
            allow = {address_key(x) for x in [*st.official_addresses, *chk.allow]}
            self.allowed = lambda v: address_key(v) in allow
        else:
            allow = {x.upper().replace(" ", "") for x in chk.allow}
            self.allowed = lambda v: v.upper().replace(" ", "") in allow

    def run(self, ctx: Ctx) -> list[FindingShape]:
        kind, a = self.check.detector, ctx.a
        if (
            kind == "date_of_birth"
        ):  # an accused's: a practice of some services, so a question; anyone else's: no
            found = [(s, e, v) for s, e, v in self.detect(a) if not self.allowed(v)]
            if not found:
                return []
            cast = cast_of(a)
            # cast.charged already counts everyone the post has accused; a conviction may be one person's
            accused = cast.charged or cast.convicted or any("convicted" in p.roles for p in cast.people)
            return [
                self.finding(
                    ctx,
                    s,
                    e,
                    {"value": v},
                    self.check.suggest,
                    certain=not accused or _protected_before(a, cast, s),
                )
                for s, e, v in found
            ]
        if kind not in ("phone", "email"):
            found = self.detect(a)
            if kind == "street_address":  # and a street someone lives on, a rural route: also a question
                found = sorted([*found, *homes_without_number(a), *_streets_of_protected(a)])
            return [
                self.finding(ctx, s, e, {"value": v}, self.check.suggest)
                for s, e, v in found
                if not self.allowed(v) and not (kind == "street_address" and _venue_before(a.folded, s))
            ]
        # a phone number or an address: official, private, not a contact at all, or a question for the writer
        declared = _declared_contacts(ctx)
        out = []
        for s, e, v in self.detect(a):
            official = self.allowed(v) or _contact_key(v) in declared
            status = (
                phone_status(a, s, e, v, official) if kind == "phone" else email_status(a, s, v, official)
            )
            if status in ("private", "unknown"):
                out.append(
                    self.finding(ctx, s, e, {"value": v}, self.check.suggest, certain=status == "private")
                )
        return out


_PROTECTED = frozenset({"victim", "witness", "complainant"})


def _streets_of_protected(a: Analysis) -> list[tuple[int, int, str]]:
    """The street after a name and an age of someone harmed, young, a witness, or anyone in a post that charges no
    one ("Noah Levy, 10, of Hillsdale Ave"); not the one charged or convicted (the practice of some services:
    "Connor Hale, 29, of Westbury Road, Bristol, has been charged", "#JAILED | NAME, 20, of Barnsley Street")."""
    spans = streets_after_names(a)
    if not spans:
        return []
    cast = cast_of(a)
    enforced = cast.charged or cast.convicted
    named = {a.words[p.name[0]].start: p for p in cast.people if p.name is not None}

    def shielded(s: int) -> bool:
        p = named.get(s)
        if p is None:  # a given name the cast did not take for anyone: "Thanks to Isla from Marram Close"
            k = bisect_left(a.word_starts, s)
            return k < len(a.words) and a.words[k].lower in given_names()
        return not p.roles & CHARGED_ROLES and bool(
            p.young or p.roles & _PROTECTED or not (p.roles or enforced)
        )

    # (the street ends the span that starts at the name)
    return [(e - len(v), e, v) for s, e, v in spans if shielded(s)]


def _protected_before(a: Analysis, cast: Cast, start: int) -> bool:
    """The date of birth sits right after a person the post calls the victim or a witness, not the accused: "The
    victim, Leonard Beck (1990-07-22), was treated" (an accused's, a practice of some services, stays a question)."""
    k = bisect_left(a.word_starts, start)  # the first word at or after the date
    for p in cast.people:
        end = (p.name or (p.first, p.last))[1]
        if 0 <= k - end <= 2 and p.roles & _PROTECTED and "accused" not in p.roles:
            return True
    return False


def _contact_key(value: str) -> str:
    digits = "".join(c for c in value if c.isdigit())
    return digits[-10:] if len(digits) >= 7 else value.strip().lower()


def _declared_contacts(ctx: Ctx) -> set[str]:
    """Numbers and addresses the post's author says are official (Post.official_contacts)."""
    return {_contact_key(c) for c in getattr(ctx.post, "official_contacts", None) or ()}
