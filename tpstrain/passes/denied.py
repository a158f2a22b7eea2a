"""Claims a post reports in order to deny them ("We've seen posts claiming the stabbing was gang-related. We have no
information to support that.", "There is no information to suggest it was gang-related"): the words are others' speech, read like a quotation (checks/base.py, not_quoted)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gate import gated

if TYPE_CHECKING:
    from .tokenize import Analysis

# what others say, and the claim after it to the end of its sentence: "posts claiming ...", "rumours that ..."
_CLAIM = gated(
    re.compile(
        r"\b(?:posts?|rumou?rs?|claims?|messages?|videos?|speculation|tweets?|stories|comments|reports? (?:online|on social))"
        r"\b[^.!?\n]{0,30}?\b(?:saying|says|say|claiming|claim|suggesting|suggest|that|about|alleging)\b([^.!?\n]*)",
        re.I,
    )
)
# the post denies it in the same sentence ("posts saying a bomb was found are false") or in the next one ("That is not
# true.", "We have no information to support that.", "There is no evidence of that.")
_FALSE = (
    r"(?:not true|false|untrue|inaccurate|incorrect|wrong|not accurate|baseless|unfounded|misinformation)"
)
_DENIED_HERE = re.compile(rf"\b(?:is|are|was|were) (?:simply |completely )?{_FALSE}\s*$", re.I)
_DENIED_NEXT = re.compile(
    rf"[.!?]\s+(?:(?:that|this|it|these|those|they|none of (?:that|this|it|them)|the (?:claims?|posts?|rumou?rs?|"
    rf"reports?|videos?))\s+(?:is|are|was|were|'s|’s)\s+(?:simply |completely )?{_FALSE}"
    r"|(?:we have|we've|there is|there's|police have|officers have|investigators have)\s+(?:found\s+)?no\s+"
    r"(?:information|evidence|indication|sign)s?\b)",
    re.I,
)


# a cause denied before it is named: "There is no information at this time to suggest the shooting was gang-related"
_NO_SIGN = gated(
    re.compile(
        r"\b(?:there is|there's|there’s|we have|we've|we’ve|police have|investigators have|officers have)\s+"
        r"(?:found\s+)?no\s+(?:information|evidence|indication|sign)s?\b(?:\s+(?:at this time|so far|yet|now))?\s+"
        r"(?:to suggest|suggesting|to indicate|indicating|that)\b([^.!?\n]*)",
        re.I,
    )
)


def denied_claims(a: Analysis) -> list[tuple[int, int]]:
    """The spans of the claims a post reports and denies (read once per post)."""
    got: list[tuple[int, int]] | None = a.cache.get("denied_claims")
    if got is None:
        got = a.cache["denied_claims"] = [
            (m.start(), m.end(1))
            for m in _CLAIM.finditer(a.folded)
            if _DENIED_HERE.search(m[1]) or _DENIED_NEXT.match(a.folded, m.end(1))
        ] + [(m.start(), m.end(1)) for m in _NO_SIGN.finditer(a.folded)]
    return got


def in_denied_claim(a: Analysis, start: int, end: int) -> bool:
    """The span is inside a claim the post reports and denies."""
    return any(s <= start and end <= e for s, e in denied_claims(a))
