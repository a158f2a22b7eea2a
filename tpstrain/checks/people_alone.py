"""A person told by a given name alone ("thank you to Hannah for her courage") or named in a hashtag
("#JusticeForAmara"), for the people check (checks/people.py), which inherits ``NamesAlone``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..passes import names as N
from ..passes.cast import given_names, home_town
from ..passes.names import NOT_NAMES, PLACE_WORDS
from ..words import hashtag_words
from .base import Compiled, Ctx
from .people_words import AFTER_PLACE, NAME_VERBS, PLACE_BEFORE, RANKS_BEFORE, TRIBUTE_LEADS

if TYPE_CHECKING:
    from ..rules import PeopleCheck
    from ..shapes import FindingShape

_SERVICE_TAG_ENDS = frozenset(
    "opp police pd rcmp ps fire ems paramedics news traffic div division detachment".split()
)
# (nor after "to": "#SeaToSky" is a highway, "#BackToSchool" a season)
_DETERMINERS = frozenset("that this the a an every no some any to".split())


class NamesAlone(Compiled):
    """The readings of a given name alone and of a name in a hashtag."""

    check: PeopleCheck

    def _first_names(self, ctx: Ctx, taken: set[int]) -> list[FindingShape]:
        """A first name alone ("thank you to Hannah for her courage"): who is it? (a question)."""
        words, names, out = ctx.a.words, given_names(), []
        said = {words[i].lower for i in taken}  # "Ella Novak ... Ella": the person read already
        for k, w in enumerate(words):
            low = w.lower[:-2] if w.lower.endswith("'s") else w.lower  # "Lachlan's school principal"
            if (
                k in taken
                or low in said
                or low not in names
                or not w.text[:1].isupper()
                or w.text.isupper()
                or low in NOT_NAMES
            ):
                continue
            # "Jaylen, we hope you ..." (not a list of things: "Cash, cocaine and a handgun were seized")
            vocative = (
                k + 1 < len(words)
                and ctx.a.gaps[k + 1].strip() == ","
                and not (k + 2 < len(words) and words[k + 2].lower == "and")
            )
            subject = k + 1 < len(words) and words[k + 1].lower in NAME_VERBS  # "Kelsey did the right thing"
            if (k == 0 or words[k - 1].sentence != w.sentence) and not vocative and not subject:
                continue  # a sentence's first word
            # a collar number between a rank and a surname: "ask for PC 3730 Norris"
            collar = k > 1 and words[k - 1].text.isdigit() and words[k - 2].lower in RANKS_BEFORE
            if k and (words[k - 1].lower in RANKS_BEFORE or collar or home_town(words, k)):
                continue  # a staff member ("Det. Hannah ..."), or a home town ("Harold Quist, 63, of Kingston")
            if k + 1 < len(words) and words[k + 1].text[:1].isupper() and words[k + 1].sentence == w.sentence:
                continue  # part of a longer capitalized name: the people pass read it
            if (
                words[k - 1].sentence == w.sentence
                and words[k - 1].text[:1].isupper()
                and words[k - 1].lower not in NOT_NAMES
                and words[k - 1].text[:1].isalpha()
            ):
                continue  # the end of a longer name ("Amjid Hussain (05/12/1982)")
            if k + 1 < len(words) and (
                words[k + 1].lower in N.PERSON_NOUNS or words[k + 1].lower in AFTER_PLACE
            ):
                continue  # a place before a person, an area or a route: "the Weston area", "a 504 King streetcar"
            if words[k - 1].lower in PLACE_BEFORE or words[k - 1].lower in N.PLACE_PREPOSITIONS:
                continue  # a place: "in St Paul's", "near Victoria"
            pair = k + 3 < len(words) and words[k + 1].lower == "and" and words[k + 3].lower in AFTER_PLACE
            if pair or (k > 2 and words[k - 1].lower == "and" and words[k - 3].lower in N.PLACE_PREPOSITIONS):
                continue  # a corner: "the Jane and Wilson area", "near Jane and Wilson"
            if words[k - 1].lower == "for" and "ask" in [x.lower for x in words[max(0, k - 4) : k - 1]]:
                continue  # a code word: "ask staff for 'Angela'"
            if ctx.a.gaps[k].strip() == "," and ctx.a.folded[w.end : w.end + 1] in ("\n", ""):
                continue  # a headline's place: "Man charged following sexual assault, Nelson"
            out.append(self.finding(ctx, w.start, w.end, {"value": w.text, "name": w.text}, certain=False))
        return out

    def _names_in_hashtags(self, ctx: Ctx, certain: bool, tribute: bool = False) -> list[FindingShape]:
        """ "#StandWithJessica", "#JusticeForAmara": a person named in a hashtag. ``tribute``: only the shapes of
        a tag for a person ("#JusticeForNoor", "#RIPTyson", "#PrayForMaya"), not a place ("#CityofLondon")."""
        names, out = given_names(), []
        for t in ctx.a.hashtags:
            parts = hashtag_words(t.text[1:])
            if parts[:2] == ["ask", "for"] or (parts[-1:] and parts[-1] in _SERVICE_TAG_ENDS):
                continue  # a code word's campaign: "#AskForAngela"; a service's own tag: "#GreyBruceOPP"
            # after "RIP", any name: "#RIPTeina"
            rip = (
                parts[:1] == ["rip"]
                and len(parts) >= 2
                and parts[1] not in NOT_NAMES
                and t.text[4:5].isupper()
            )
            if rip:
                hit = True
            elif tribute:
                hit = any(p in names and parts[k - 1] in TRIBUTE_LEADS for k, p in enumerate(parts) if k)
            else:
                # (not a word after a determiner or "to": "#ThatGuy", "#SeaToSky" are no one's names)
                hit = (
                    any(
                        p in names and p not in NOT_NAMES and parts[k] not in _DETERMINERS
                        for k, p in enumerate(parts[1:])
                    )
                    or (
                        len(parts) >= 2
                        and parts[0] in names
                        # "#DevonRamsay"; a given name, a surname and more, each word capitalized: "#KyleDonnellyArrested"
                        and (
                            len(parts) == 2
                            or (parts[1] not in names and sum(c.isupper() for c in t.text) >= 3)
                        )
                        and not {*parts[:2]} & (NOT_NAMES | PLACE_WORDS)
                    )
                )
            if hit:
                out.append(
                    self.finding(ctx, t.start, t.end, {"value": t.text, "name": t.text}, certain=certain)
                )
        return out
