"""A person's health (named, or told by age), for the people check (checks/people.py): MFIPPA counts medical
history as personal information."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..passes.names import RELATIONS
from .base import Compiled, Ctx
from .people_words import DIED, HOME_WORDS, PERSONAL, SAFETY_REASONS, TAKEN

if TYPE_CHECKING:
    from ..passes.cast import Cast
    from ..passes.tokenize import Token
    from ..rules import PeopleCheck
    from ..shapes import FindingShape

# the first words of injuries and emergencies, which a post about someone told only by age reports as news
_INJURED = frozenset(
    """fractured broken icu intensive trauma burns burn surgery hip knee concussion coma induced bleed brain collapsed
    punctured spinal skull pelvic multiple hypothermia frostbite neurosurgery neuro heart stroke seizures pregnant
    pregnancy miscarriage""".split()
)
# what makes a "surgery" a drop-in session (UK): "the community surgery", "a police surgery", "advice surgery"
_DROP_IN = frozenset(
    "community police beat neighbourhood neighborhood advice constituency councillor's mp's".split()
)
# what a Mental Health Act is said to have done to a person, and is asked about even of a described one
_HELD = frozenset("detained apprehended admitted sectioned held".split())
# the last words of a lasting condition, not an injury: "a heart condition" (not "a heart attack")
_CONDITIONS = frozenset("condition conditions disease failure".split())
# an appeal to find someone, where a condition may be what keeps them safe: "Police are searching for an 83-year-old
# man who has dementia"
_SOUGHT = frozenset("missing searching search seen locate find wandered".split())
# the person harmed, a witness, a driver or a veteran, told by role alone: "The victim, who is HIV-positive, was treated at
# hospital", "the Crown's witness, who has epilepsy", "The driver, who is diabetic, had a low blood sugar episode"
_HARMED = frozenset("victim complainant survivor witness driver veteran".split())
# psychiatric diagnoses, which a safety reason beside them does not need
_DIAGNOSES = ("schizo", "bipolar", "psychotic", "psychosis")
# one person spoken of again (not "people living with mental illness ... their families")
_ONE_PERSON = frozenset("he she his her him he's she's he’s she’s".split())
# a private person the post has described, told of again as the sentence's subject or set off by "who" (dev batches
# 254 and 256: "The man, who has a history of psychosis, is now with mental health staff", "The man rescued from the
# Red River ... has been released from hospital after treatment for alcohol withdrawal")
_DESCRIBED_AGAIN = re.compile(
    r"(?:^|[.!?]\s+)(?:the|this) (?:man|woman|person|boy|girl|teen|teenager|youth|driver|rider|cyclist|pedestrian|"
    r"senior|resident|hiker|swimmer)\b|\b(?:man|woman|person|boy|girl|teen|teenager|senior|resident),? who (?:has|is|was)\b"
    # a relative the post speaks to or of (dev batch 336: "Your brother Luc was taken to the Royal for a mental
    # health assessment")
    r"|\b(?:your|his|her|their) (?:brother|sister|son|daughter|mother|father|mom|mum|dad|husband|wife|partner|"
    r"cousin|uncle|aunt|nephew|niece|grandmother|grandfather|grandson|granddaughter)\b",
    re.I,
)


def _mha_told(words: list[Token], i: int, j: int) -> bool:
    """Words ``i:j`` are "Mental Health Act" told without what it did to the person ("taken to hospital under")."""
    return (
        words[i].lower == "mental"
        and words[j - 1].lower == "act"
        and not any(w.lower in _HELD for w in words[max(0, i - 4) : i])
    )


class HealthDetails(Compiled):
    """The health reading, which ``PeopleRule`` inherits."""

    check: PeopleCheck

    def _health_details(self, ctx: Ctx, cast: Cast) -> list[FindingShape]:
        """A health detail in a sentence that names a person, or that speaks of one ("he", "her") in a post
        that names someone; or a condition or a medicine (not an injury) of someone told by age ("A 52-year-old
        woman, who is HIV-positive, was pushed to the ground"), or of the person harmed told by role alone or of a
        described person spoken of again ("he", "her")."""
        hits = ctx.hits.get(self.rule.id)
        if not hits:
            return []
        named = [p for p in cast.people if p.name is not None]
        aged = not named and any(p.age is not None and not p.official for p in cast.people)
        words = ctx.a.words
        # a private person the post describes, spoken of again: "A man in crisis on the viaduct was brought to safety.
        # Family told us he had stopped taking his lithium." (told by age too: "A woman, 34, from Bendigo ... Family
        # told police she had stopped taking lithium")
        again = (
            {w.sentence for w in words if w.lower in _ONE_PERSON}
            if not named and any(not p.official for p in cast.people)
            else set()
        )
        # a condition of the person harmed, told by role alone: read in the role's own sentence, or as above
        harmed = (
            set()
            if named or aged
            else {w.sentence for w in words if w.lower in _HARMED}
            | again
            | {ctx.sentence_at(m.end() - 1) for m in _DESCRIBED_AGAIN.finditer(ctx.a.folded)}
        )
        if not named and not aged and not harmed:
            return []
        sentences = {p.sentence for p in (named or [p for p in cast.people if p.age is not None])} | harmed
        if aged:
            sentences |= again
        firsts = {words[k].lower for k in cast.name_words()}  # the name said again: "Dorothy is recovering"
        out = []
        # sentence -> (a safety reason, a pronoun, a death or a search): each sentence read once
        read: dict[int, tuple[bool, bool, bool]] = {}
        for i, j, _ in hits:
            if ctx.in_title(words[i].start, words[j - 1].end) and words[i].lower != "mental":
                continue  # a name: "the Heart and Stroke Foundation" (a mental-health term is read even in Title
                # Case: "under Section 136 of the Mental Health Act in Cardiff", dev batch 328, is a law, and a "Mental
                # Health Centre" where someone is treated tells their health as a ward does)
            s = words[i].sentence
            if s not in read:
                sentence = ctx.a.sentences_by_index(s)
                said = " ".join(w.lower for w in sentence)
                read[s] = (
                    any(r in said for r in SAFETY_REASONS),
                    any(w.lower in PERSONAL or w.lower in firsts for w in sentence),
                    # (not a relative's death: "living with depression since his wife died")
                    any(
                        (w.lower in DIED and not (k and sentence[k - 1].lower in RELATIONS))
                        or w.lower in _SOUGHT
                        for k, w in enumerate(sentence)
                    ),
                )
            safety, pronoun, died_or_sought = read[s]
            if (aged or harmed) and (
                (words[i].lower in _INJURED and words[j - 1].lower not in _CONDITIONS)
                or (i and words[i - 1].lower == "prescription")
                or any(w.lower in ("patient", "patients") for w in words[j - 1 : j + 1])
                or died_or_sought
            ):
                continue  # "A 45-year-old cyclist was taken to hospital with a broken leg", "a bag of prescription
                # medication", "a 101-year-old dementia patient", "a man who died from diabetes": the news, no record
            if words[i].lower.startswith("overdose") and j < len(words) and words[j].lower == "of":
                continue  # "murdered a father with an overdose of the drug GBL": a means, not a record
            if words[i].lower == "surgery" and i and words[i - 1].lower in _DROP_IN:
                continue  # "at the community surgery at Chapeltown Library": a drop-in session, as a UK MP holds
            if harmed and _mha_told(words, i, j) and not HOME_WORDS.search(ctx.a.folded):
                continue  # "The person was taken to hospital under the Mental Health Act": a described person (held
                # under it, "detained", "apprehended", "admitted", "sectioned", or told by a home, is asked about)
            if (safety and not words[i].lower.startswith(_DIAGNOSES)) or (
                i and words[i - 1].lower in TAKEN and not _on_it(words, i)
            ):
                continue  # "He is autistic and may not answer to his name": what the public needs to know; "He
                # passed a note demanding medication": a thing taken, no one's health (a psychiatric diagnosis is
                # asked about still: "He is schizophrenic and may be confused" needs only its second half, dev
                # batches 389 to 419)
            if s in sentences or (pronoun and not harmed):
                out.append(self.finding(ctx, words[i].start, words[j - 1].end, {}, self.check.suggest))
        return out


# a treatment told as a habit, not a thing taken: "she had stopped taking lithium", "he has been taking insulin"
_ON_TREATMENT = frozenset("stopped started been quit keeps kept is was".split())


def _on_it(words: list[Token], i: int) -> bool:
    """ "stopped taking lithium": the medicine at word ``i`` is one the person takes (or took), not one taken."""
    return words[i - 1].lower == "taking" and i > 1 and words[i - 2].lower in _ON_TREATMENT
