"""Presumption of innocence (Charter s.11(d)) for the people check: a guilt label ("the killer", "#Predator")
or the act told as fact ("Adu stabbed a man") about someone only charged."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..passes.cast import CHARGE_CUES, CHARGE_WORDS
from ..passes.denied import in_denied_claim
from ..passes.gate import gated
from ..words import hashtag_words
from .base import Compiled, Ctx
from .people_words import (
    ACTS,
    ACTS_SEEN,
    ACTS_TRIED,
    ADJECTIVE_LABELS,
    AFTER_NOUN,
    ALL_ACTS,
    CHARGED_AFTER,
    DECISIVE,
    DETERMINERS,
    DOER_ACTS,
    DOER_CHARGED,
    DOER_DOING,
    DOER_TAKEN,
    DONE_BY,
    NOUN_LEADS,
    QUALIFIERS,
    SHOWS,
    UNKNOWN_OFFENDER,
)

if TYPE_CHECKING:
    from ..passes.cast import Cast
    from ..passes.tokenize import Analysis, Token
    from ..rules import PeopleCheck
    from ..shapes import FindingShape


# tags that cheer a capture as a case closed (dev batches 327 to 335: "#Busted 🚔 A 40-year-old man has been charged",
# "#Caught #NoMoreVictims")
_CHEERS = frozenset("busted caught nabbed nomorevictims offthestreets".split())
_HEDGES = frozenset("may might could possibly believe believes".split())
_ANYONE = frozenset("someone somebody anyone anybody".split())
_PRESUME = frozenset(
    "presume presumes presuming assume assumes assuming suggest suggests imply implies decide".split()
)
# guilt told as a fact of the person just named ("Darnell Pike, 34, is guilty of the stabbing", "Nico Barros, 31,
# confessed to the bank robbery")
_VERDICT_TOLD = frozenset(
    (
        "is guilty",
        "are guilty",
        "was guilty",
        "clearly guilty",
        "obviously guilty",
        "guilty as sin",
        "confessed",
    )
)


class GuiltLabels(Compiled):
    """The guilt-label finder of ``PeopleRule`` (checks/people.py), which inherits it."""

    check: PeopleCheck
    labels: frozenset[str]

    # ----- presumption of innocence (Charter s.11(d)) ----------------------------------------------
    def _guilt_label(self, ctx: Ctx, cast: Cast) -> list[FindingShape]:
        if not cast.charged or (cast.convicted and cast.convicted_items is None):
            return []
        a, out = ctx.a, []
        # a roundup: an item that reports a verdict may say "the killer"; another, about a charge, may not
        # (an item about neither, "A prolific thief is off the streets", is asked about)
        shut = cast.convicted_items or frozenset()
        charge_items = {a.item_at(w.start) for w in a.words if w.lower in CHARGE_CUES} if shut else set()
        words, lw = a.words, [w.lower for w in a.words]
        accused_sentences = {p.sentence for p in cast.people if "accused" in p.roles}
        accused_sentences |= {w.sentence for w in words if w.lower in CHARGE_CUES}
        # a hunt for someone the post names as wanted: "Do you know where this burglar is? ... trace Kyle Barton,
        # 31, who is wanted": the label is said of him (asked)
        sought_named = (
            ("wanted" in lw or "warrant" in lw or "appear" in lw)
            and bool(cast.named())
            and any("accused" in p.roles for p in cast.people)
        )
        named_at = _accused_names(cast)
        for i, j, _ in ctx.hits.get(self.rule.id, ()):
            item = a.item_at(words[i].start)
            if item in shut:
                continue
            act = (
                j - i == 1
                and (lw[i] in ALL_ACTS or lw[i] in DONE_BY or lw[i] in THINGS_DONE)
                and lw[i] not in self.labels
            )
            if act or lw[i] in ("tried", "attempted"):
                continue  # an act, or an attempt at one, read below
            if (lw[i] in ADJECTIVE_LABELS and not _as_noun(ctx, i)) or in_denied_claim(
                a, words[i].start, words[j - 1].end
            ):
                continue  # "criminal charges", "a criminal record"; "posts about a second attacker. That is not true."
            # the words before it in its sentence (not "made this arrest possible. He did it")
            before = [lw[k] for k in range(max(0, i - 4), i) if words[k].sentence == words[i].sentence]
            phrase = " ".join(lw[i:j])
            decisive = phrase in DECISIVE
            if any(
                w in QUALIFIERS and not (decisive and m < len(before) - 1)
                for m, w in enumerate(before)
                if m >= len(before) - 3
            ):
                continue  # "a suspected thief", "the alleged attacker" (not a qualifier that names the person a
                # verdict is then given of, "Murder accused Dwayne Coyle is guilty"; "accused" is none: "the accused
                # admitted" is who did it, and "Accused fraudster Erin Walsh" still calls her one)
            lead = " ".join(before)
            apposed = _apposed(a, named_at, i, j)  # "the gunman, Julian Reyes, 31,", "Burglar Dean Riley"
            if (
                not sought_named
                and not apposed
                and "helped" not in before
                and any(lead.endswith(u) or f"{u} " in lead + " " for u in UNKNOWN_OFFENDER)
            ):
                continue  # a hunt ("help us catch the thief"), not one done ("who helped us catch the thief")
            # "It does not mean they did it", "does not mean the person is guilty"
            denied = any(
                w in ("mean", "means", "say", "says") and m and before[m - 1] in _NOT
                for m, w in enumerate(before)
            )
            if before and (before[-1] in ("not", "no") or denied):
                continue  # "pleaded not guilty", "It does not mean they did it"
            if (
                lw[j - 1].endswith("s")
                and (not before or before[-1] not in DETERMINERS)
                and lw[j : j + 1]
                and (
                    # ("Scam alert: fraudsters are calling seniors"; not "thieves were caught")
                    (
                        (
                            lw[j] in _GENERIC_NEXT
                            or (lw[j] == "are" and lw[j + 1 : j + 2] != [] and lw[j + 1].endswith("ing"))
                        )
                        and words[j].sentence == words[j - 1].sentence
                    )
                    or ":" in a.gaps[j]  # "Porch pirates: parcel thefts rise in December": a topic's heading
                )
            ):
                continue  # "Scammers often pretend to be from the bank": advice about any of them
            if _guilt_as_topic(before):
                continue  # "presumed innocent until proven guilty", "comments that presume someone is guilty"
            if _said_of_a_thing(cast, lw, i):
                continue  # "Speed is a killer on our roads": a thing, not a person
            definite = bool(before) and before[-1] in DETERMINERS
            same = words[i].sentence in accused_sentences
            certain = (decisive or apposed or (definite and same)) and (not shut or item in charge_items)
            out.append(
                self.finding(ctx, words[i].start, words[j - 1].end, {}, self.check.suggest, certain=certain)
            )
        whole = set()
        for s, e, _ in ctx.a.tag_hits.get(
            self.rule.id, ()
        ):  # "#Predator" under an arrest: said of the accused (an act as a tag, "#Stabbing", is no label)
            tag = ctx.post.text[s + 1 : e].lower()
            if tag in ALL_ACTS and tag not in self.labels:
                continue
            out.append(self.finding(ctx, s, e, {}, self.check.suggest, certain=True))
            whole.add(s)
        # a label inside a longer tag ("#ScammerCaught"), or a tag that cheers a capture ("#Busted", "#Caught"):
        # a question
        out += [
            self.finding(ctx, t.start, t.end, {}, self.check.suggest, certain=False)
            for t in (*self._labels_in_tags(ctx), *cheers(a))
            if t.start not in whole
        ]
        out += self._acts_as_fact(ctx, cast, lw)
        out += self._doer_charged(ctx)
        if shut:  # what is read in the items that report a verdict is no label
            starts = [ctx.orig(k, k)[0] for k in a.item_starts]  # findings are in the post's own offsets
            out = [f for f in out if bisect.bisect_right(starts, f.start) - 1 not in shut]
        return out

    def _named_guilty(self, ctx: Ctx, cast: Cast) -> list[FindingShape]:
        """ "Don't worry, Darnell Pike is guilty": a named person's guilt decided in a post that tells no charge
        and no verdict (asked: a verdict the post does not mention may exist)."""
        # (a court date without a custody word, "will appear at 10 Armoury St", is asked about too)
        if cast.convicted:
            return []
        words, lw = ctx.a.words, [w.lower for w in ctx.a.words]
        ends = [(p.words[1], words[p.words[0]].sentence) for p in cast.named()]
        return [
            self.finding(ctx, words[i].start, words[j - 1].end, {}, self.check.suggest, certain=False)
            for i, j, _ in ctx.hits.get(self.rule.id, ())
            if " ".join(lw[i:j]) in _VERDICT_TOLD
            and any(e <= i <= e + 3 and sentence == words[i].sentence for e, sentence in ends)
        ]

    def _owned(self, ctx: Ctx, names: set[str]) -> list[FindingShape]:
        """The act or the harm owned by the accused by name: "Smith's victim", "The attack carried out by Moss",
        "Clarke is responsible for", "caught Shane Delorme, 25, in the act"; "his two-week crime spree" is asked."""
        out = [self.finding(ctx, m.start(), m.end(), {}, certain=False) for m in SPREE.finditer(ctx.a.folded)]
        if not names or not may_own(ctx.a.folded):  # each branch of ``_owned_by`` holds one of ``OWNED``'s
            return out
        alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if len(n) > 2)
        if not alt:
            return out
        return out + [
            self.finding(ctx, m.start(), m.end(), {}, certain=True)
            for m in _owned_by(alt).finditer(ctx.a.folded)
        ]

    def _doer_charged(self, ctx: Ctx) -> list[FindingShape]:
        return [self.finding(ctx, s, e, {}, self.check.suggest) for s, e in doer_charged(ctx.a)]

    def _labels_in_tags(self, ctx: Ctx) -> list[Token]:
        """Hashtags with a guilt label among their words ("#ScammerCaught", "#ThiefArrested")."""
        return [t for t in ctx.a.hashtags if not self.labels.isdisjoint(hashtag_words(t.text[1:]))]

    def _acts_as_fact(self, ctx: Ctx, cast: Cast, lw: list[str]) -> list[FindingShape]:
        """ "Adu stabbed a man": the act an accused is charged with, told as fact. Certain after the accused's
        name; a question after "he" or "she"."""
        if any(w in ("allegedly", "alleged", "allege", "alleges") for w in lw):
            return []
        words = ctx.a.words
        # (a name word read in the possessive, "Rahman's fraud scheme", is owned by its name; "Jacob Strand's
        # trial ... Strand defrauded")
        names = {
            lw[k].removesuffix("'s").removesuffix("’s").rstrip("'’")
            for p in cast.named()
            if "accused" in p.roles
            for k in range(*p.words)
        }
        out = self._owned(ctx, names)
        # "Marco Bellini, 45, stole": the act after the name's age
        after_age = {
            p.words[1] - 1: _past_home(ctx, p.words[1] + 1)
            for p in cast.named()
            if "accused" in p.roles and p.words[1] < len(lw) and lw[p.words[1]].isdigit()
        }
        anyone_accused = any("accused" in p.roles for p in cast.people)
        for k in range(1, len(lw) - 1):  # "All stolen by Brett Tate": the act in the passive, then the name
            if lw[k] == "by" and lw[k - 1] in DONE_BY and lw[k + 1].removesuffix("'s") in names:
                # asked after a guess: "Investigators believe there may be more people who were assaulted by Mark
                # Dempsey" (the appeal for other victims)
                sure = _HEDGES.isdisjoint(lw[max(0, k - 9) : k - 1])
                out.append(self.finding(ctx, words[k - 1].start, words[k + 1].end, {}, certain=sure))
        for k in range(len(lw) - 1):
            act = after_age.get(k, k + 1)
            if act < len(lw) and _act_at(lw, act) and act != k + 1 and lw[k] in names:
                out.append(self.finding(ctx, words[k].start, words[act].end, {}, certain=True))
                continue
            if lw[k + 1] in ACTS_SEEN and not SHOWS.isdisjoint(lw[max(0, k - 4) : k]):
                # "video showing Ivan Poole punching the cashier": sure after his name, asked after "him"
                if lw[k] in names or (lw[k] in ("him", "her") and (names or anyone_accused)):
                    out.append(
                        self.finding(ctx, words[k].start, words[k + 1].end, {}, certain=lw[k] in names)
                    )
                continue
            # "He callously stole": an adverb may come before the act; "he tried to break into": the attempt
            a = k + 1 + (lw[k + 1].endswith("ly") and k + 2 < len(lw) and lw[k + 2] in ACTS)
            tried = (
                lw[a] in ("tried", "attempted") and lw[a + 1 : a + 2] == ["to"] and lw[a + 2 : a + 3] != []
            )
            if tried:
                a = a + 2 if lw[a + 2] in ACTS_TRIED else a
            if (not _act_at(lw, a) and lw[a] not in ACTS_TRIED) or (k and lw[k - 1] in ("who", "that")):
                continue
            if lw[k] in names and words[k].text[:1].isupper():
                out.append(self.finding(ctx, words[k].start, words[a].end, {}, certain=True))
            elif lw[k] in ("he", "she") and (names or anyone_accused or (tried and cast.charged)):
                out.append(self.finding(ctx, words[k].start, words[a].end, {}, certain=False))
        out += self._things_done(ctx, cast, lw, names, anyone_accused)
        # "A 37-year-old man stole a van ... He faces six charges": asked (not in a hunt: "SUSPECT WANTED: A man
        # robbed a bank", where no one is arrested or charged)
        arrested = not CHARGE_WORDS.isdisjoint(lw)
        for p in cast.people:
            if (
                p.name is None
                and "accused" in p.roles
                and p.last < len(lw)
                and lw[p.last] in ACTS
                and arrested
            ):
                out.append(self.finding(ctx, words[p.first].start, words[p.last].end, {}, certain=False))
        return out

    def _things_done(
        self, ctx: Ctx, cast: Cast, lw: list[str], names: set[str], anyone_accused: bool
    ) -> list[FindingShape]:
        """ "the stolen SUV Kevin Osei took", "The cameras he hid", "the shooting he carried out": what the act made,
        said as his. Sure after the accused's name; a question after "he" or "she"."""
        words, gaps, out = ctx.a.words, ctx.a.gaps, []
        starts = {p.words[1] - 1: p.words[0] for p in cast.named() if "accused" in p.roles}
        for k in range(1, len(lw) - 1):
            if lw[k + 1] not in THINGS_DONE or gaps[k + 1] != " ":
                continue
            if (
                k in starts and lw[k] in names
            ):  # ("the route Osei took" is asked: "took" is not always a crime)
                first, certain = starts[k], lw[k + 1] not in ("took", "set", "carried", "installed")
            elif lw[k] in ("he", "she") and (names or anyone_accused):
                first, certain = k, False
            else:
                continue
            # a determiner, then only the thing's own words: "the stolen SUV", "The cameras"
            d = next(
                (m for m in range(first - 1, max(-1, first - 4), -1) if lw[m] in ("the", "his", "her")), None
            )
            if (
                d is not None
                and d < first - 1
                and lw[first - 1] not in NOT_A_NOUN
                and all(gaps[m] == " " for m in range(d + 1, first + 1))
            ):
                out.append(self.finding(ctx, words[k].start, words[k + 1].end, {}, certain=certain))
        return out


# what the act made, said as his: "the cameras he hid" (not "the day he took the stand", which NOT_A_NOUN keeps out)
THINGS_DONE = frozenset(
    "took stole hid planted torched smashed damaged robbed forged dumped installed set carried".split()
)
NOT_A_NOUN = frozenset(
    "is was by of to and with that who when after before where as if because then said says day time night week "
    "morning afternoon evening year moment first oath route path stand photo photos picture pictures call test course "
    "job break steps action".split()
)
_NOT = frozenset("not doesn't don't didn't".split())
# what a bare plural does in advice: "Scammers often pretend", "Burglars target unlocked sheds"
_GENERIC_NEXT = frozenset(
    "often usually may might will can tend pretend target targets look use try prey ask call send want know "
    "love rely count hope".split()
)


def doer_charged(a: Analysis) -> list[tuple[int, int]]:
    """ "The driver who ran the red light ... is charged": the doer of the act, then charged, in one sentence
    (read once per post)."""
    got = a.cache.get("doer_charged")
    if got is None:
        got = a.cache["doer_charged"] = _doer_charged_spans(a.folded) if _may_doer(a.folded) else []
    return got


# a crime spree owned: "his two-week crime spree across Etobicoke", "the victims of his crimes"
SPREE = re.compile(
    r"\b(?:his|her|their) (?:[\w-]+ ){0,2}crime spree\b|\bvictims of (?:his|her) crimes\b", re.I
)
# a cheap look for what ``_owned`` reads
_HIS_ACTS = (  # what is his once he did it: "Smith's victims", "McAllister's violent outburst", "Brooks's scam"
    r"(?:[a-z-]+ )?(?:victims?|crime spree|spree|rampage|scams?|frauds?|outburst|crimes|robbery|robberies|thefts|"
    r"break-ins|offending|getaway (?:car|vehicle|van|driver)|loot|heist|schemes?)"
)
OWNED = gated(
    re.compile(
        rf"(?:'s|’s|s'|s’) (?:\d+-year-old )?{_HIS_ACTS}\b|\b(?:carried out|committed|perpetrated|done) by "
        r"|\b(?:responsible for|behind)\b|\bin the act\b|\bcrime spree\b|\bvictims of (?:his|her) crimes\b",
        re.I,
    )
)


def may_own(folded: str) -> bool:
    """The post may tell an act or a harm as the accused's own (``GuiltLabels._owned``)."""
    return OWNED.search(folded) is not None


@lru_cache(maxsize=256)
def _owned_by(alt: str) -> re.Pattern[str]:
    """``_owned``'s pattern for the accused's name words (``alt``), compiled once per set of names."""
    return re.compile(
        rf"\b(?:{alt})(?:'s|’s|'|’) (?:\d+-year-old )?{_HIS_ACTS}\b"
        rf"|\b(?:carried out|committed|perpetrated|done) by (?:{alt})\b"
        rf"|\b(?:{alt})(?:, \d{{1,3}},)? (?:is|was) (?:also )?(?:responsible for|behind(?! bars))\b"
        rf"|\bcaught (?:{alt})\b[^.!?\n]{{0,30}}? in the act\b",
        re.I,
    )


def _may_doer(folded: str) -> bool:
    low = folded.lower()
    return (
        "who " in low
        or "that " in low
        or "offender" in low
        or " behind " in low
        or "caught " in low
        or " after " in low
        or any(w in low for w in _DOER_NOUNS)
    ) and (
        "charged" in low or "arrest" in low or "custody" in low or "behind bars" in low or "charges" in low
    )


# the harm's doer, owned by the person harmed, then taken (dev batch 337: "Her abductor has been arrested and
# charged"); a named person called the offender (dev batch 33: "The offender, Liam Ngata, 31, was found at an
# address in Takanini. He has been charged")
_DOER_NOUNS = ("abductor", "attacker", "assailant", "kidnapper", "rapist", "abuser", "stalker", "murderer")
_THEIR_DOER = re.compile(
    rf"\b(?:her|his|their) (?:{'|'.join(_DOER_NOUNS)})s? (?:has|have|was|were|is|are) (?:now )?(?:been )?"
    r"(?:arrested|charged|caught|in custody)\b"
    r"|\bthe offenders?, (?-i:[A-Z][\w'’-]+ [A-Z][\w'’-]+)",
    re.I,
)


def _doer_charged_spans(folded: str) -> list[tuple[int, int]]:
    out = [m.span() for m in _THEIR_DOER.finditer(folded)]
    for m in DOER_CHARGED.finditer(folded):
        rest = m.group("rest").lower()
        if "alleged" in rest or "police say" in rest or "believed" in rest:
            continue
        if m.group("apposed") is not None:  # "The offender, a 29-year-old man, has been charged"
            if m.group("noun").lower().startswith("offender"):
                out.append((m.start(), m.end("noun")))
            continue
        if m.group("behind") is not None:  # "The tagger behind the East Village graffiti is in custody"
            out.append((m.start(), m.end("behind")))
            continue
        act = (m.group("act") or "").lower()
        if (m.group("ing") or "").lower() in DOER_DOING or act in ACTS or act in DOER_ACTS:
            out.append((m.start(), m.end("ing") if m.group("ing") is not None else m.end("act")))
    # the charge first, then the doer: "Police have charged the man who rammed a police car", "Officers caught a
    # man breaking into cars ... He faces six charges"
    for m in DOER_TAKEN.finditer(folded):
        act = m.group("act").lower()
        if act in DOER_DOING or act in ACTS or act in DOER_ACTS:
            out.append((m.start(), m.end("act")))
    for m in CHARGED_AFTER.finditer(folded):  # "facing 9 charges after stealing four trucks"
        act = m.group("act").lower()  # ("charged after hitting a parked car": a crash, told as it happened)
        if (act in ACTS_SEEN and act != "hitting") or act == "breaking":
            out.append((m.start(), m.end("act")))
    return out


def cheers(a: Analysis) -> list[Token]:
    """The tags that cheer a capture ("#Busted", "#Caught")."""
    return [t for t in a.hashtags if t.lower[1:] in _CHEERS]


def _accused_names(cast: Cast) -> dict[int, int]:
    """The accused named in the post: the first word of each name -> the word after it."""
    return {p.words[0]: p.words[1] for p in cast.named() if "accused" in p.roles}


def _apposed(a: Analysis, named_at: dict[int, int], i: int, j: int) -> bool:
    """The label at words ``i:j`` is said of an accused by name: set off before the name ("the gunman, Julian
    Reyes, 31,"), or as a title ("Burglar Dean Riley")."""
    if j not in named_at or a.words[j].sentence != a.words[i].sentence:
        return False
    gap = a.gaps[j].strip()
    return gap == "," or (gap == "" and a.words[i].text[:1].isupper())


def _act_at(lw: list[str], a: int) -> bool:
    """Word ``a`` is an act ("stabbed", "stole"), or "set" with a fire after it ("Thornton set the fire", "she set
    fire to")."""
    return lw[a] in ACTS or (
        lw[a] == "set" and any(w in ("fire", "fires", "blaze") for w in lw[a + 1 : a + 3])
    )


def _past_home(ctx: Ctx, k: int) -> int:
    """The word after "of Handsworth," in "Ryan Holt, 27, of Handsworth, broke into" (and after "who" in "..., of
    Etobicoke, who stole"): where the act would be."""
    words = ctx.a.words
    if k < len(words) and words[k].lower in ("of", "from"):
        j = k + 1
        while j < len(words) and j - k <= 4 and words[j].text[:1].isupper() and "," not in ctx.a.gaps[j]:
            j += 1
        if j < len(words) and ("," in ctx.a.gaps[j] or words[j].lower in ACTS):  # "of Toronto broke into"
            k = j
    return k + 1 if k < len(words) and words[k].lower == "who" else k


def _as_noun(ctx: Ctx, i: int) -> bool:
    """Word ``i`` is a noun: a determiner or an adjective before it, and no noun after it."""
    words, gaps = ctx.a.words, ctx.a.gaps
    if i == 0 or words[i - 1].lower not in NOUN_LEADS or words[i - 1].sentence != words[i].sentence:
        return False
    k = i + 1
    return k >= len(words) or gaps[k].strip() != "" or words[k].lower in AFTER_NOUN


_PERSON_WORDS = frozenset("he she they who it's he's she's accused suspect man woman boy girl".split())


def _guilt_as_topic(before: list[str]) -> bool:
    """Guilt spoken of, said of no one: "presumed innocent until proven guilty", "we hide comments that presume
    someone is guilty" (dev batch 371)."""
    if len(before) < 2:
        return False
    return (before[-1] in ("proven", "proved", "found") and before[-2] in ("until", "unless")) or (
        before[-1] in _ANYONE and before[-2] in _PRESUME
    )


def _said_of_a_thing(cast: Cast, lw: list[str], i: int) -> bool:
    """ "Speed is a killer", "Distracted driving is a silent killer": the label is said of a subject that is no
    person (no one the people pass read ends there, and no pronoun)."""
    k = i - 1 if i and lw[i - 1] in ("a", "an") else i - 2 if i >= 2 and lw[i - 2] in ("a", "an") else -1
    if k < 2 or lw[k - 1] not in ("is", "remains"):
        return False
    named = {lw[m] for m in cast.name_words()}  # "Tom Ray ... Ray is a killer": a person
    return (
        lw[k - 2] not in _PERSON_WORDS
        and lw[k - 2] not in named
        and not any(p.last == k - 1 for p in cast.people)
    )
