"""Whether a pattern's sentence speaks of one private person: a routine or a place told of someone the
public could find ("Arlene banks at the RBC on Hazeldean Rd every Friday morning"), not of the service's own
staff or events ("Cst. Ng walks the beat every morning", "Info sessions run every Tuesday at 6pm")."""

from __future__ import annotations

from ..passes.names import RANKS
from ..passes.people import cast_of
from .base import Ctx
from .people_words import RANKS_BEFORE

# the service's own people, told before the match: "our officers wave hello every morning", "we're there every day"
_STAFF = (
    RANKS_BEFORE
    | frozenset("pcso pcsos officers constables cadets staff we we're we’re us i i'm i’m".split())
) - {"dr", "mr", "mrs", "ms"}
_TITLED = (RANKS | _STAFF) - {"dr", "mr", "mrs", "ms", "brother", "sister", "father"}
# one person spoken of again (French too: "qui fait sa marche chaque matin", "il")
_ONE = frozenset("she he her his him she's he's she’s he’s elle il".split())
# one private person told by role: "The victim goes to the 6 a.m. spin class there every day"
_ROLES = frozenset(
    """victim woman man senior pensioner student resident neighbour neighbor owner homeowner witness girl boy teen
    teenager grandmother grandfather widow widower tenant motorcyclist cyclist pedestrian rider""".split()
)
_ARTICLES = frozenset("the a an one".split())


def sentence_span(ctx: Ctx, start: int) -> tuple[int, int] | None:
    """Where the sentence that holds ``start`` begins and ends in the folded text."""
    sentence = ctx.a.sentences_by_index(ctx.sentence_at(start))
    return (sentence[0].start, sentence[-1].end) if sentence else None


def speaks_of_private(ctx: Ctx, start: int) -> bool:
    """The sentence that holds ``start`` speaks of one private person (a name the people pass read, "she", "the
    victim"), and no officer or "we" comes before ``start`` in it unless a private person is named after them."""
    a = ctx.a
    words = a.words
    s = ctx.sentence_at(start)
    sentence = a.sentences_by_index(s)
    if not sentence:
        return False
    people = cast_of(a).people
    # ("Shout-out to Ken at the Loblaws, who helps us out during his Saturday shift every week": "us", then "his"
    # before the match, is no routine of the service's)
    his = [w.start for w in sentence if w.start <= start and w.lower in _ONE]
    staff = [
        w.start
        for w in sentence
        if w.end <= start and w.lower in _STAFF and not (w.lower == "us" and any(h > w.start for h in his))
    ]
    if staff:
        # the service's own routine, unless a private person is named after its staff ("Officers checked on Gordon,
        # who sleeps behind the library each night")
        return any(
            p.name is not None and not p.official and staff[-1] < words[p.name[0]].start < start
            for p in people
        )
    # ("the victim", "The injured motorcyclist")
    if any(
        w.lower in _ROLES
        and j
        and (sentence[j - 1].lower in _ARTICLES or (j > 1 and sentence[j - 2].lower in _ARTICLES))
        for j, w in enumerate(sentence)
    ):
        return True
    # a name told before the match, or one told as a person is (an age, a role): "Every morning at 6:30,
    # Eleanor, 84, walks"; not a place set after another ("at the Royal Easter Show, Sydney Showground, daily")
    if any(
        p.name is not None
        and not p.official
        and p.sentence == s
        and (words[p.name[0]].start < start or p.age is not None or p.strong or p.roles)
        and not _after_a_place(ctx, p.name[0])
        for p in people
    ):
        return True
    # a name said again: "Well done to Maisie, 11, ... Maisie's at Brownies on Thursdays at St Luke's hall"
    named = {
        words[p.name[0]].lower
        for p in people
        if p.name is not None and not p.official and p.sentence < s and not _after_a_place(ctx, p.name[0])
    }
    if any(w.lower in named or (w.lower.endswith("'s") and w.lower[:-2] in named) for w in sentence):
        return True
    if not any(w.lower in _ONE for w in sentence):
        return False
    # "she", "he": someone private, unless the last person named before is staff ("Meet PCSO Aisha Rahman ...
    # You'll see her at the Stratford Road shops most weekdays", "Constable Daniel Okoro ... He coached")
    before = [(p.name[0], p.official) for p in people if p.name is not None and p.sentence < s]
    if not before:
        return True
    first, official = before[-1]
    return not (official or (first and words[first - 1].lower in _TITLED))


def _after_a_place(ctx: Ctx, k: int) -> bool:
    """The word ``k`` follows a comma after a capitalized word: a place set after another ("the Police Academy,
    Glen Waverley"), not a person ("Every morning at 6:30, Eleanor")."""
    words = ctx.a.words
    return (
        k > 0
        and ctx.a.gaps[k].strip() == ","
        and words[k - 1].sentence == words[k].sentence
        and words[k - 1].text[:1].isupper()
    )
