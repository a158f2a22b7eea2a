"""Split run-together words ("stopbullyingnow" -> stop, bullying, now), for hashtag advice."""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

_PATH = Path(__file__).parent / "data" / "words.txt.gz"
_MAX_WORD = 24


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
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
    return best[n] if best[n] and len(best[n]) >= 2 else None
