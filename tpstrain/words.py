"""Split run-together words ("stopbullyingnow" -> stop, bullying, now) and hashtags into their words."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_PATH = Path(__file__).parent / "data" / "words.txt.gz"
_MAX_WORD = 24


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    import gzip

    return frozenset(gzip.decompress(_PATH.read_bytes()).decode("ascii").split("\n"))


@lru_cache(maxsize=4096)
def segment(text: str) -> tuple[str, ...] | None:
    """The split of ``text`` into the fewest known words, or None when it is one word or cannot split."""
    vocab = vocabulary()
    if text in vocab or len(text) > 60:
        return None
    n = len(text)
    best: list[tuple[str, ...] | None] = [None] * (n + 1)
    best[0] = ()
    for end in range(1, n + 1):
        for start in range(max(0, end - _MAX_WORD), end):
            prev = best[start]
            if prev is None:
                continue
            word = text[start:end]
            if word in vocab:
                cand = (*prev, word)
                cur = best[end]
                if cur is None or len(cand) < len(cur):
                    best[end] = cand
    found = best[n]
    return found if found and len(found) >= 2 else None


def hashtag_words(body: str) -> list[str]:
    """A hashtag's words, lower case: CamelCase split ("GangViolence"), else split into known words
    ("missingperson"), else the tag as one word ("junkie")."""
    if not body.isalpha():
        return [body.lower()] if body.replace("_", "").isalnum() else []
    if not (body.islower() or body.isupper()):
        parts = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+", body)
        if "".join(parts) == body:
            return [p.lower() for p in parts]
    low = body.lower()
    return list(segment(low) or (low,))
