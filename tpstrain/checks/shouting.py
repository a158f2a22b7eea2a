"""Runs of words in capitals (acronyms the policy knows are fine)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .base import Compiled, Ctx

if TYPE_CHECKING:
    from ..rules import Rule, ShoutingCheck
    from ..shapes import FindingShape
    from .base import Tables


class ShoutingRule(Compiled):
    check: ShoutingCheck

    def __init__(self, rule: Rule, policy: Tables):
        super().__init__(rule, policy)
        chk = self.check
        self.allow = {x.upper() for x in [*policy.policy.settings.acronyms, *chk.allow]}

    def _loud(self, text: str) -> bool:
        """A word in capitals; not a code with digits in it ("M5G 2J3", "A38", "4C"), which has no lower case."""
        return len(text) >= 2 and text.isupper() and text not in self.allow and _spelled(text)

    def run(self, ctx: Ctx) -> list[FindingShape]:
        chk = self.check
        words, out = ctx.a.words, []
        # cheap: most posts have a few acronyms at most (and a word in capitals has a capital letter)
        upper = [words[k].text for k in ctx.a.capitalized if words[k].text.isupper()]
        if len(upper) < chk.min_run or sum(1 for t in upper if self._loud(t)) < chk.min_run:
            return []
        i, n = 0, len(words)
        while i < n:
            if not self._loud(words[i].text):
                i += 1
                continue
            j = i + 1
            while (
                j < n
                and ":" not in ctx.a.gaps[j]  # "ROAD CLOSED: A38 southbound": a heading, then the text
                and (
                    self._loud(words[j].text)
                    or (words[j].text.isupper() and words[j].text in self.allow)
                    or not any(c.isalpha() for c in words[j].text)
                    or _code(words[j].text)  # "ROAD CLOSED ON THE A38 SOUTHBOUND": a road's code inside a run
                )
            ):
                j += 1
            while j > i and not self._loud(words[j - 1].text):
                j -= 1
            # words, not tokens: "HIT-AND-RUN" is one word
            loud = sum(
                1 for k in range(i, j) if self._loud(words[k].text) and (k == i or ctx.a.gaps[k] != "-")
            )
            if loud >= chk.min_run and not _heading(ctx.a.folded, words[i].start, words[j - 1].end):
                s, e = words[i].start, words[j - 1].end
                original = ctx.post.text[slice(*ctx.orig(s, e))]
                fixed = "".join(
                    w if w.upper() in self.allow else w.lower() for w in re.split(r"(\W+)", original)
                )
                out.append(self.finding(ctx, s, e, {"value": loud}, [fixed]))
            i = max(j, i + 1)
        return out


_ALERT_NAMES = frozenset(("WARNING", "WATCH", "ALERT", "ADVISORY", "STATEMENT"))
_NAME_NEXT = re.compile(r" [A-Z][a-z'-]+ [A-Z][a-z]")  # a first name and a last name
_DASH_THEN_TEXT = re.compile(r" [–—-] [A-Z][a-z]")  # " – Sunday", not " – SCARLETT RD" (a title going on)


def _spelled(text: str) -> bool:
    """Letters with marks but no digit: "O'BRIEN", "HIT-AND-RUN"."""
    return any(c.isalpha() for c in text) and not any(c.isdigit() for c in text)


def _code(text: str) -> bool:
    """A code in capitals and digits: "A38", "M5G", "4C"."""
    return text.isupper() and any(c.isdigit() for c in text)


def capitals_title(text: str, start: int, end: int) -> bool | None:
    """For words at ``start:end`` on the post's first line, a line in capitals: whether text in sentence case follows
    it, as under a release's title ("FATAL COLLISION – SCARLETT RD", then the release). None elsewhere."""
    first_end, first_lower, rest_lower = _first_line(text)
    if first_end < 0 or start > first_end or first_end == 0:
        return None  # (no second line, a word below the first, or an empty first line)
    if end > first_end:  # words running over the first line's end
        line_end = text.find("\n", end)
        if line_end < 0 or any(c.islower() for c in text[:line_end]):
            return None
        return any(c.islower() for c in text[line_end:])
    return None if first_lower else rest_lower


@lru_cache(maxsize=4)
def _first_line(text: str) -> tuple[int, bool, bool]:
    """Where the first line ends (-1 with no second line), and whether small letters are on it and below it: read
    once a post, not once a word, so a long post stays linear."""
    end = text.find("\n")
    if end < 0:
        return -1, False, False
    return end, any(c.islower() for c in text[:end]), any(c.islower() for c in text[end:])


def _heading(text: str, start: int, end: int) -> bool:
    """ "PERSON IN CRISIS:" on a line of its own: an incident post's heading, not shouting (the same words
    running on into a sentence, "URGENT MISSING PERSON: a man ...", still shout)."""
    title = capitals_title(text, start, end)
    if title is not None:
        return title
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 and not text[:start].strip(" #*-") and text[end : end + 2] == ". ":
        # a release's title opening the post, then its text in sentence case: "ARREST MADE IN ROBBERY. Lucas ..."
        rest = text[end + 2 :]
        return rest[:1].isupper() and any(c.islower() for c in rest[:40])
    # a title of three words at most opening the post, then a name ("AVIS DE RECHERCHE Léa Bouchard, 13 ans"), or its
    # text in sentence case after a dash ("PARADE ROAD CLOSURES – Sunday, November 22, ...", dev batch 370)
    if (
        line_start == 0
        and not text[:start].strip(" #*-")
        and len(text[start:end].split()) <= 3
        and (_NAME_NEXT.match(text, end) or _DASH_THEN_TEXT.match(text, end))
    ):
        return True
    # a weather or an emergency alert's own name opening the post: "EXTREME COLD WARNING tonight." (dev batch 410)
    if line_start == 0 and not text[:start].strip(" #*-") and text[start:end].split()[-1] in _ALERT_NAMES:
        return len(text[start:end].split()) <= 4
    # French sets its colon off: "AVIS DE RECHERCHE : Nathan ..."
    if text[end : end + 2] in (" :", "\u00a0:"):
        end += 1
    if text[line_start:start].strip(" #*-") or text[end : end + 1] != ":":
        return False
    # on a line of its own, or at most three words opening the post: "ROAD CLOSED: A38 southbound at ..."
    # (a heading goes on with a place or a name: "URGENT MISSING PERSON: a man, 72, ..." runs on into a sentence)
    rest = text[end + 1 :].lstrip(" ")
    return text[end + 1 : end + 2] in ("\n", "") or (
        line_start == 0 and len(text[start:end].split()) <= 3 and rest[:1].isupper()
    )
