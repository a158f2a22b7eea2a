"""A named person's health, for the people check (checks/people.py): MFIPPA counts medical history as personal
information."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Compiled, Ctx
from .people_words import PERSONAL, SAFETY_REASONS, TAKEN

if TYPE_CHECKING:
    from ..passes.cast import Cast
    from ..rules import PeopleCheck
    from ..shapes import FindingShape


class HealthDetails(Compiled):
    """The health reading, which ``PeopleRule`` inherits."""

    check: PeopleCheck

    def _health_details(self, ctx: Ctx, cast: Cast) -> list[FindingShape]:
        """A health detail in a sentence that names a person, or that speaks of one ("he", "her") in a post
        that names someone."""
        named = [p for p in cast.people if p.name is not None]
        if not named:
            return []
        words = ctx.a.words
        sentences = {p.sentence for p in named}
        firsts = {words[k].lower for k in cast.name_words()}  # the name said again: "Dorothy is recovering"
        out = []
        read: dict[int, tuple[bool, bool]] = {}  # sentence -> (a safety reason, a pronoun): each read once
        for i, j, _ in ctx.hits.get(self.rule.id, ()):
            if ctx.in_title(words[i].start, words[j - 1].end):
                continue  # a name: "the Heart and Stroke Foundation"
            s = words[i].sentence
            if s not in read:
                sentence = ctx.a.sentences_by_index(s)
                said = " ".join(w.lower for w in sentence)
                read[s] = (
                    any(r in said for r in SAFETY_REASONS),
                    any(w.lower in PERSONAL or w.lower in firsts for w in sentence),
                )
            safety, pronoun = read[s]
            if safety or (i and words[i - 1].lower in TAKEN):
                continue  # "He is autistic and may not answer to his name": what the public needs to know; "He
                # passed a note demanding medication": a thing taken, no one's health
            if s in sentences or pronoun:
                out.append(self.finding(ctx, words[i].start, words[j - 1].end, {}, self.check.suggest))
        return out
