"""A roundup: one post that lists several cases ("Sentenced: ...", "Charged: ..."), each in its own item."""

from __future__ import annotations

from collections.abc import Callable

from . import post_cues as P
from .cast import CHARGE_CUES
from .tokenize import Analysis

_BEFORE_COURT = frozenset("appears appear appearing due returns".split())


def verdict_items(a: Analysis, facts: Callable[[list[str]], set[str]]) -> frozenset[int] | None:
    """In a post that is a list, the items that report a verdict, when another item reports only a charge: a
    verdict in one item does not clear what another says of someone charged. None: the post is one case.
    ``facts`` reads the post facts of a list of lower-case words (the people pass's table)."""
    if not a.listed:
        return None
    by_item: list[list[str]] = [[] for _ in a.item_starts]
    for w in [*a.words, *a.hashtags]:
        by_item[a.item_at(w.start)].append(w.lower)
    ends = [*a.item_starts[1:], len(a.folded)]
    verdicts = {
        k
        for k, flat in enumerate(by_item)
        if "convicted" in facts(flat) or P.found_guilty(a.folded[a.item_starts[k] : ends[k]])
    }
    charged_only = any(
        k not in verdicts
        and (not CHARGE_CUES.isdisjoint(f) or ("court" in f and not _BEFORE_COURT.isdisjoint(f)))
        for k, f in enumerate(by_item)
    )  # "Luca Ferri, 33, ... appears in court next week": a case before the court, no verdict yet
    return frozenset(verdicts) if verdicts and charged_only else None
