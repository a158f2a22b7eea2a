"""The people pass's last stage: what a post as a whole says (a sexual offence, the family told or not yet
told, a conviction, an old case, an appeal to trace a family), read once over its words and hashtags, and
whether the people it seeks are missing or wanted."""

from __future__ import annotations

from . import kin_cues as K
from . import post_cues as P
from .cast import (
    ASKS_PUBLIC,
    BEFORE_COURT,
    CHARGE_WORDS,
    DEATH_CHARGES,
    DEATH_NOUNS,
    FAMILY,
    MISSING_WORDS,
    NOT_YET,
    SPOKE,
    TAG_CONVICTED,
    Cast,
    Person,
    Words,
    old_year,
    tag_convicts,
)
from .roundup import verdict_items

_FAMILY_OF = frozenset("family relatives".split())
# a sentence about who the dead person was, after one that traces the family: "Anyone who knew him ..."
_ASKED = frozenset("anyone anybody help appeal appealing please if you touch forward".split())
_WHO_HE_WAS = frozenset(
    "family relatives relative kin knew know recognise recognize identify identity name".split()
)


class PostFacts(Words):
    """What the post as a whole says (the reader of passes/people.py inherits it)."""

    def _post_facts(self, people: list[Person]) -> Cast:
        """The cast of ``people`` with the post's facts set."""
        lw = self.lw
        # post flags (hashtags count too: "#JAILED")
        flat = lw + [t.lower for t in self.a.hashtags]
        facts = self._facts(flat)
        cast = Cast(people)
        cast.not_notified = "not_notified" in facts or K.not_told(self.a.folded)
        words = set(lw)
        # "The family of Mr Brown said: ...", "in a statement, Nicholas's family": the family knows
        family_spoke = bool(words & FAMILY) and bool(words & SPOKE)
        cast.notified = ("notified" in facts or family_spoke) and not cast.not_notified
        # an appeal asks the public ("help us trace his family"); "we are still trying to trace his family" says
        # only that the family has not been told
        # ("we are still trying", "police are working to locate his family": an effort told, no one asked)
        cast.trace_appeal = "trace_appeal" in facts and (
            words.isdisjoint(("still", "working")) or self._asks_for_family()
        )
        if "trace_appeal" in facts and not cast.trace_appeal and words & {"family", "relatives", "kin"}:
            cast.not_notified, cast.notified = True, False
        cast.convicted = P.convicted("convicted" in facts, self.a.folded)
        if cast.convicted:  # a roundup in a list: which of its items reports a verdict
            cast.convicted_items = verdict_items(self.a, self._facts)
        cast.old_case = "old_case" in facts or old_year(self.lw)
        # "charged three men with his murder", "convicted of killing ...": the death is before a court
        cast.death_charged = "death_charged" in facts or (
            bool(words & BEFORE_COURT) and bool(words & DEATH_CHARGES)
        )
        cast.cannot_name = "cannot_name" in facts
        cast.publication_authorized = "publication_authorized" in facts
        cast.waived = "waived" in facts
        # someone accused or convicted, or words of an offence (a "victim" alone may be of a collapse or a fall)
        cast.offence = P.tells_of_offence(lw) or any(p.roles & {"accused", "convicted"} for p in people)
        cast.charged = (
            "charged" in facts or any("accused" in p.roles for p in people) or not CHARGE_WORDS.isdisjoint(lw)
        )
        self._death_in_homicide(cast)
        return cast

    def _sought(self, people: list[Person]) -> None:
        """ "Police are looking for X": missing when the post says so ("last seen", "missing"), else wanted."""
        sought = [p for p in people if "sought" in p.roles]
        if not sought:
            return
        lw = self.lw
        # "last seen" also describes a suspect: without the word "missing", an offence makes it a wanted post
        missing_post = "missing" in lw or (
            not MISSING_WORDS.isdisjoint(lw) and P.OFFENCE_WORDS.isdisjoint(lw) and "wanted" not in lw
        )
        for p in sought:
            p.roles.discard("sought")
            if not missing_post:  # "He was last seen running north" describes a suspect
                p.roles.discard("missing")
                p.roles.add("accused")
            elif not p.roles & {"accused", "convicted"}:
                p.roles.add("missing")

    def _facts(self, flat: list[str]) -> set[str]:
        """What the post as a whole says, read in one pass. "Until the family has been told" and "before next
        of kin are notified" say the family was not told."""
        table, out = self.t["facts"], set()
        for i in [i for i, w in enumerate(flat) if w in table]:  # most words start no fact
            for size, by_phrase in table[flat[i]]:
                for fact in by_phrase.get(tuple(flat[i : i + size]), ()):
                    if fact == "notified" and any(x in NOT_YET for x in flat[max(0, i - 4) : i]):
                        fact = "not_notified"
                    elif fact == "notified" and flat[i] in ("after", "following") and K.told_later(flat, i):
                        fact = "not_notified"  # "we will release her name after notifying her family"
                    elif (
                        fact == "not_notified"
                        and i
                        and flat[i - 1] in ("after", "following")
                        and not K.told_later(flat, i - 1)
                    ):
                        continue  # "identified as NAME after notifying his family": read from "after"
                    if fact == "convicted" and flat[i] in TAG_CONVICTED:
                        continue  # a tag, read below ("#Jailed" on a charge tells no verdict)
                    if (
                        fact == "convicted"
                        and ("conviction" in flat[i : i + size] or flat[i : i + size] == ["verdict"])
                        and not P.HOPED.isdisjoint(flat[max(0, i - 3) : i])
                    ):
                        continue  # "expect a conviction", "awaiting the verdict": none yet
                    if fact == "trace_appeal" and K.effort_only(flat, i):
                        continue
                    out.add(fact)
        if tag_convicts(flat):
            out.add("convicted")
        # the family sought by the dead's own name: "Can you help us find Kevin's family?", "find Walter Imre's family"
        if any(
            w in ("find", "trace", "locate")
            and any(
                w2[-2:] in ("'s", "’s") and nxt in _FAMILY_OF
                for w2, nxt in zip(flat[i + 1 : i + 4], flat[i + 2 :], strict=False)
            )
            and not K.effort_only(flat, i)
            for i, w in enumerate(flat[:-2])
        ):
            out.add("trace_appeal")
        return out

    def _death_in_homicide(self, cast: Cast) -> None:
        """In a post about a death, the one victim named, with nobody named as the dead, is the one who died
        ("Homicide #58: the victim is Nadia Hussein")."""
        if DEATH_NOUNS.isdisjoint(self.lw) or any("deceased" in p.roles for p in cast.people if p.name):
            return
        victims = [p for p in cast.people if p.name is not None and "victim" in p.roles]
        if len(victims) == 1 and not any(
            w in ("injured", "hurt", "hospital", "wounded", "recovering", "survived") for w in self.lw
        ):
            victims[0].roles.add("deceased")

    def _asks_for_family(self) -> bool:
        """The public asked to help find the family: an ask in a sentence that traces the family, or in the one
        after it about who he was ("Anyone who knew him is asked to call"); not a witness appeal further on
        ("Anyone who saw a blue car before the crash, please call 101")."""
        lw, words = self.lw, self.a.words
        traced = {words[i].sentence for i, w in enumerate(lw) if w in ("trace", "find", "locate", "identify")}
        about_him = {words[i].sentence for i, w in enumerate(lw) if w in _WHO_HE_WAS}
        asks = {words[i].sentence for i, w in enumerate(lw) if w in ASKS_PUBLIC}
        # the sentence after asks in so many words ("Outreach workers knew him well: Raymond Chartrand" asks no one)
        asked = {words[i].sentence for i, w in enumerate(lw) if w in _ASKED}
        return bool(asks & traced or asks & asked & about_him & {s + 1 for s in traced})
