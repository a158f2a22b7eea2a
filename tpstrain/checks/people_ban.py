"""Someone a court order protects, pointed at all the same, for the people check (checks/people.py): the post says
a publication ban, reporting restrictions or name suppression protects someone, then names them, or tells their
job, workplace, home or following."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..passes.addresses import street_addresses
from ..passes.entities import schools
from .base import Ctx
from .people_alone import NamesAlone
from .people_details import KNOWN_ROLE, NARROWS, ONE_OF_A_KIND, SINGLES_OUT, WORK_OF
from .people_ties import JOBS

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..passes.cast import Cast, Person
    from ..shapes import FindingShape

# the order, in the words posts use for it (RE2: woken by the shared pattern pass)
BAN = (
    r"\b(?:publication ban|ban on (?:publication|publishing|naming|identifying)|"
    # "granted a ban on the identity of a key witness", "ordered a ban on the witness's identity"
    r"ban on (?:the )?(?:identity|identities|names?) of|"
    r"ban on (?:the |a |an |his |her |their )?[\w-]+(?:'s|s'|’s) (?:identity|name)|non-publication order|reporting restrictions?|"
    r"(?:interim |permanent )?name suppression|suppression order|anonymity order|lifelong anonymity|"
    r"(?:has|have|had) banned (?:the )?publication|(?:order|ban) (?:banning|barring|forbidding) (?:the )?"
    r"(?:publication|naming|identification)|"  # "Despite the court order banning publication of her name"
    r"(?:identity|identities|name|names) (?:is|are|remains?|has been|have been|was|were) (?:protected|suppressed)|"
    r"granted (?:anonymity|a pseudonym)|"  # "The witness granted anonymity by the judge"
    r"protects? (?:the |his |her |their )?(?:identity|identities)|"
    # "A publication ban protects the witness in the Spryfield shooting case"
    r"(?:ban|order)(?: under [^!?\n,]{1,25}?)? (?:protects|protecting|covers|covering) (?:the |a |an |two |both )?"
    r"(?:\d{1,2}-year-old )?(?:witness|witnesses|complainant|"
    r"complainants|victim|victims|survivor|informant|young person|youth)\b|"
    # "The youth court has ordered that the 16-year-old accused not be identified"
    r"ordered that [^.!?\n]{0,90}not be (?:identified|named)|(?:is|are) not to be (?:identified|named)|"
    # "The identity of the undercover officer ... is protected by court order", "has sealed the name of the informant"
    r"(?:identity|name) of (?:the |a |an |our )?[^.!?\n]{0,60}(?:is|are|remains?) (?:protected|sealed|suppressed)|"
    r"(?:sealed|suppressed) (?:the|his|her|their) (?:name|identity)|sealing order|gag order|"
    r"(?:cannot|can't|can not) be (?:named|identified) for legal reasons)"
)
_BAN = re.compile(BAN, re.I)
# what the order covers, right after it, when that is the evidence and not a name: "covers the evidence heard at"
_ON_EVIDENCE = re.compile(
    r"\s+(?:covers|applies to|is in place on|protects|bans|on)\s+(?:the\s+|all\s+)?(?:evidence|testimony|submissions|"
    r"what was said|details of the evidence)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?\n]")
# an order that has ended: "His interim name suppression lapsed at sentencing, and he can now be named"
_ENDED = re.compile(
    r"\b(?:lapsed|lapses|expired|(?:was|were|has been|have been) lifted|no longer (?:applies|in place)|can now be (?:named|identified))\b",
    re.I,
)
# ... or said before it: "The District Court today lifted the suppression order over the identity of"
_ENDED_BEFORE = re.compile(
    r"\b(?:lifted|lifts|rescinded|revoked|discharged|set aside)\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
# who the order protects, read in its own sentence: the accused ("name suppression for the man charged")
_ACCUSED = re.compile(r"\b(?:accused|defendant|charged|suspect|offender)\b", re.I)
# (or its hearing: "A publication ban is in place at the preliminary inquiry for Wesley Amankwah, 31, charged with")
_CASE_OF = re.compile(
    r"\b(?:case|trial|prosecution|matter|(?:preliminary|bail|show cause) (?:inquiry|hearing)) (?:of|against|involving|for)\b.*",
    re.I | re.S,
)
_CASE_BEFORE = re.compile(
    r"\b(?:case|trial|prosecution|hearing|inquiry) (?:of|against|involving|for)\s+$", re.I
)
_WHO_HAS = re.compile(
    r"\bwho\s+(?:was|were|has|have|had|is|are)\s+(?:been\s+)?(?:granted|given|under|protected\s+by)?\s*(?:an?\s+)?$",
    re.I,
)
# a name the order is said of at once, before it: "Thank you to Kezia Morant, who testified under a publication ban",
# "One of them, Sarah Mbeki, whose identity is protected by a court order,"
_WHO_UNDER = re.compile(
    r",?\s+(?:who\s+(?:[a-z]+\s+){0,3}?(?:under|despite|protected\s+by|covered\s+by)\s+(?:a|an|the)\s+(?:[a-z]+\s+)?|whose\s+)$",
    re.I,
)
# ... or in a clause right after the name, the order told as not obeyed: "The second, 24-year-old Zac Hollis, cannot be
# named under a court suppression order", "Grant Fowler, appeared in court today on fraud charges and was granted
# interim name suppression" (the accused's own order, so the accused counts)
_NAMED_UNDER = re.compile(
    r",?\s+(?:cannot|can't|can not|may not) be (?:named|identified) (?:under|because of|due to) (?:a|an|the) (?:[a-z]+\s+)?$"
    r"|,?[^.!?\n,]{0,80}?\b(?:and|but|who) (?:was|were|has been|have been|is) (?:granted|given)\s+$",
    re.I,
)
_OFFICER = re.compile(r"\b(?:undercover|officer|agent|informant|operative)\b", re.I)
_OTHERS = re.compile(
    r"\b(?:witness(?:es)?|victims?|complainants?|survivors?|informants?|officers?|agents?)\b", re.I
)
# a detail that points to one person: a job at a place, a team, a nickname, a home, a following
_POINTS = (
    WORK_OF,
    NARROWS,
    ONE_OF_A_KIND,
    SINGLES_OUT,
    KNOWN_ROLE,
    re.compile(
        r"\b(?:works|worked|working) (?:nights |days |shifts )?(?:at|as|for|in)\b[^.!?\n]{1,40}"
        r"|\b(?:owns|runs|manages) (?:the|a|an|his|her|their|its) [^.!?\n]{1,40}"
        r"|\b(?:is|was) (?:the|a|an|his|her|their) [a-z-]+(?: [a-z-]+){0,3}? (?:at|for) (?:the )?[A-Z][^.!?\n]{1,40}"
        # both, or all, in one place: "Both are pharmacists at the Spring Garden Rd pharmacy that was robbed"
        r"|\b(?:are|were) (?:both |all )?[a-z-]+s(?: [a-z-]+){0,2}? (?:at|for) (?:the )?[A-Z][^.!?\n]{1,40}"
        # who it is, told outright: "but for those asking: yes, it's the Bendigo footy club president"
        r"|\b(?:it's|it is|he's|he is|she's|she is) (?:the|a|an) (?:[A-Z][\w'-]+ ){1,3}(?:[a-z-]+ ){0,2}[a-z-]+\b"
        # "but she's the nurse who was on duty at Frankston Hospital's emergency department"
        r"|\b(?:he's|he is|she's|she is|they're|they are) the [a-z-]+ (?:who|that)\b[^.!?\n]{1,60}"
        # "but he's the 41-year-old owner of a Newcastle gym chain"
        r"|\b(?:he's|he is|she's|she is|he’s|she’s) the (?:\d{1,2}-year-old )?(?:[a-z-]+ ){0,2}?(?:owner|manager|founder|director|"
        r"coach|principal|president|chair|head)\b[^.!?\n]{0,40}"
        r"|\b[\d,.]+k? followers\b|\byou know who you are\b|\b(?:will|already|probably) know (?:him|her|them|who)\b"
        # known for what he is: "He is a well-known Auckland real-estate agent who sponsors the Ponsonby rugby club"
        r"|\b(?:is|was) (?:a|an|the) (?:well-known|well known|prominent|popular|high-profile|longtime|long-time)\b[^.!?\n]{0,50}"
        # who the person is to the accused: "the accused's downstairs neighbour", "the defendant's former roommate"
        r"|\bthe (?:accused|defendant|suspect|accused man|accused woman)(?:'s|’s) (?:[a-z-]+ ){0,2}?(?:neighbou?r|roommate|"
        r"housemate|flatmate|landlord|landlady|tenant|co-?worker|colleague|employee|employer|boss|friend|girlfriend|"
        r"boyfriend|ex-wife|ex-husband|ex-partner|partner|wife|husband|cousin|sister|brother|babysitter|nanny|tutor|"
        r"student|patient|client|niece|nephew|daughter|son|step-?daughter|step-?son|granddaughter|grandson|aunt|uncle)s?\b"
        # whom the person lives with: "has been living with him on Dakota St since the summer"
        r"|\b(?:living|lives|lived|staying|stays|stayed) with (?:him|her|them|the accused|the defendant)\b[^.!?\n]{0,30}"
        # his picture: "cannot be named for legal reasons, but we've attached his photo"
        r"|\b(?:attached|shared|posted|included|here is|here's) (?:his|her|their) (?:photo|picture|image|mugshot)\b"
        # a job with its town: "the man charged with fraud is a Ballarat real estate agent"
        # ("we can confirm he's a well-known Ballarat GP")
        rf"|\b(?:is|was|(?:he|she)(?:'s|’s)) (?:a|an) (?:[a-z-]+ )?(?:[A-Z][\w'-]+ ){{1,2}}(?:[a-z-]+ ){{0,2}}?"
        rf"(?:{JOBS}|agent|realtor|GP|surgeon|physician|lawyer|solicitor|barrister|accountant|councillor|detective)\b",
    ),
)


class BanBreached(NamesAlone):
    """The finder of the protected pointed at, which ``PeopleRule`` inherits (and whose naming of a person it
    uses)."""

    _name_finding: Callable[..., FindingShape]

    def _protected_identified(self, ctx: Ctx, cast: Cast) -> list[FindingShape]:
        """A name or a pointing detail after the post says an order protects someone's identity. A name proves
        it (the rule's level; the accused and officials are not the protected, unless the order is the
        accused's); a detail is asked."""
        if cast.waived:
            return []
        a = ctx.a
        # each order, with where its sentence opens and its own sentence ("A publication ban protects her identity. The
        # accused, Paolo Greco, ...": not his); not an order on the evidence ("A publication ban covers the evidence
        # heard at the preliminary inquiry"), nor one that has ended
        bans = []
        for m in _BAN.finditer(a.folded):
            opens, own = _sentence_start(a.folded, m.start()), _own_sentence(a.folded, m.start(), m.end())
            if not (
                _ON_EVIDENCE.match(a.folded, m.end())
                or _ENDED.search(own)
                or _ENDED_BEFORE.search(a.folded, opens, m.start())
            ):
                bans.append((m.start(), opens, own))
        if not bans:
            return []
        first, opens, _ = bans[0]
        said = " ".join(own for _, _, own in bans)
        # the order in a clause about the one described before it protects that one, whatever the role: "The man
        # charged ..., who was granted interim name suppression today, is Kieran Tait", "The 29-year-old man who has
        # interim name suppression ... is Kyle Dempsey"
        clause = any(_WHO_HAS.search(a.folded, o, start) for start, o, _ in bans)
        # "a publication ban is in place in the case of the man charged": the case it is in, not whom it protects
        accused_protected = clause or (
            bool(_ACCUSED.search(_CASE_OF.sub("", said))) and not _OTHERS.search(said)
        )
        out = []
        # the order protects an officer ("The undercover officer whose identity is protected by a publication ban,
        # Cst. Mark Ruiz", read from the order's sentence's start): officers' names count too
        officer = bool(_OFFICER.search(a.folded, opens, first) or _OFFICER.search(said))

        def surname(p: Person) -> str:
            return a.words[p.words[1] - 1].lower.removesuffix("'s").removesuffix("’s")

        told = [
            p
            for p in cast.named()
            if p.name is not None
            and any(
                o <= a.words[p.name[0]].start
                and (
                    (
                        "accused" not in p.roles
                        and _WHO_UNDER.match(a.folded, a.words[p.name[1] - 1].end, start)
                    )
                    or _NAMED_UNDER.match(a.folded, a.words[p.name[1] - 1].end, start)
                )
                for start, o, _ in bans
            )
        ]
        out += [self._name_finding(ctx, p, True) for p in told]
        before = {surname(p) for p in cast.named() if a.words[p.words[0]].start < first}
        for p in cast.people if officer else cast.named():
            if p.name is None or any(p is q for q in told):
                continue
            if a.words[p.name[0]].start < first or surname(p) in before:
                continue  # named before the order is told: a court's own case name, an officer's quote
            at = a.words[p.name[0]].start
            accused = "accused" in p.roles or _CASE_BEFORE.search(a.folded, max(0, at - 40), at)
            if accused and not accused_protected:
                continue  # the accused, or the one the case is about ("covers the bail hearing of Ravi Mistry")
            out.append(self._name_finding(ctx, p, True))
        if out:
            return out
        # a first name alone after the order: "we want to thank Leon and Grace", "Sophie's family" (asked)
        out = [f for f in self._first_names(ctx, cast.name_words()) if f.start > first]
        if out:
            return out
        official = ctx.policy.official_address
        spans = [(m.start(), m.end()) for rx in _POINTS for m in rx.finditer(a.folded, first)]
        spans += [(s, e) for s, e, v in street_addresses(a) if s > first and not official(v)]
        # a school: "she was 15 and went to Earl Haig Secondary"
        spans += [(s, e) for s, e, _ in schools(a) if s > first]
        # the first detail after the order, asked (each is read from the order on, so it starts at a word)
        return [
            self.finding(ctx, s, e, {"value": a.folded[s:e]}, certain=False) for s, e in sorted(spans)[:1]
        ]


def _sentence_start(text: str, at: int) -> int:
    return max(text.rfind(c, 0, at) for c in ".!?\n") + 1


def _own_sentence(text: str, start: int, end: int) -> str:
    """The text from ``start`` to the end of its sentence, at most 120 characters after ``end``."""
    stop = _SENTENCE_END.search(text, end, end + 120)
    return text[start : stop.start() if stop else end + 120]
