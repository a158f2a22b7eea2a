"""Platforms and their limits, and X's weighted length counted exactly as X counts it.

X counts text with twitter-text's v3 configuration: the text is NFC-normalized; code points in a few
ranges (most Latin, punctuation, general symbols) weigh 1 and every other code point 2; each URL counts
23; each emoji sequence counts 2. The URL finder is twitter-text's own (imported only when a text could
hold a URL); emoji sequences are found with Unicode's Extended_Pictographic property. The test suite
checks this function against ``twitter_text.parse_tweet`` on generated texts.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from importlib.machinery import ModuleSpec
from typing import Any, Literal

PlatformName = Literal["x", "facebook", "instagram", "youtube"]


@dataclass(frozen=True, slots=True)
class Platform:
    name: str
    label: str
    text_limit: int
    weighted: bool = False  # X counts weighted characters
    hashtag_limit: int | None = None
    title_limit: int | None = None
    alt_text_limit: int | None = None
    fold: int | None = None  # where the "See more" fold falls
    source: str = ""


PLATFORMS: dict[str, Platform] = {
    "x": Platform(
        "x",
        "X (Twitter)",
        280,
        weighted=True,
        alt_text_limit=1000,
        source="X developer docs, counting characters (twitter-text config v3)",
    ),
    "facebook": Platform("facebook", "Facebook", 63206, fold=477, source="Facebook post limits"),
    "instagram": Platform(
        "instagram",
        "Instagram",
        2200,
        hashtag_limit=5,
        source="Instagram help: captions 2,200 characters; 5 hashtags since December 2025",
    ),
    "youtube": Platform(
        "youtube",
        "YouTube",
        5000,
        title_limit=100,
        source="YouTube help: title 100 characters, description 5,000",
    ),
}
ALIASES = {"twitter": "x", "fb": "facebook", "ig": "instagram", "yt": "youtube"}


def platform(name: str) -> Platform:
    """Look a platform up by name or alias; raise ValueError naming the choices."""
    key = ALIASES.get(name.strip().lower(), name.strip().lower())
    try:
        return PLATFORMS[key]
    except KeyError:
        raise ValueError(f"unknown platform {name!r}: choose one of {', '.join(PLATFORMS)}") from None


# twitter-text v3: weight 100 (that is, 1) for these ranges, 200 for everything else (_HEAVY).
_LIGHT_RANGES = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))
_HEAVY = re.compile("[^" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in _LIGHT_RANGES) + "]")
_URL_WEIGHT = 23
_MAYBE_URL = re.compile(r"[a-z0-9-]\.[a-z]{2}", re.I)
_DOT_LETTERS = re.compile(r"\.[a-z]{2}", re.I)  # starts with a literal: scanned fast
_EMOJI: Any = None


def _emoji_re() -> Any:
    """Emoji sequences (``regex`` compiled on first use)."""
    global _EMOJI
    if _EMOJI is None:
        import regex

        pic = r"(?:\p{Extended_Pictographic}|\p{Emoji_Presentation})"
        mod = r"(?:\uFE0F|[\U0001F3FB-\U0001F3FF]|\u20E3|[\U000E0020-\U000E007F])*"
        _EMOJI = regex.compile(
            rf"[\U0001F1E6-\U0001F1FF]{{2}}|[0-9#*]\uFE0F?\u20E3|{pic}{mod}(?:\u200D{pic}{mod})*"
        )
    return _EMOJI


_EMOJI_RUN: Any = None


def _x_emoji_spans(text: str) -> list[tuple[int, int]]:
    """Emoji as X counts them: the sequences twitter-text's emoji list knows (Unicode Emoji 12.0 data in
    twitter-text-parser), each 2. A fast scan finds runs of emoji-like characters; only those runs go
    through twitter-text's large alternation, so the result is exactly its result at a fraction of the cost.
    A modifier or ZWJ that does not make a known sequence counts as its own characters, as on X
    (a heart followed by a skin-tone modifier is two emoji: 4, not 2)."""
    global _EMOJI_RUN
    if _EMOJI_RUN is None:
        import regex

        _EMOJI_RUN = regex.compile(
            r"(?:[0-9#*](?=\uFE0F?\u20E3)|[[\p{Emoji}\p{Emoji_Component}\p{Extended_Pictographic}]--[\x00-\x7f]])+",
            regex.V1,
        )
    runs = list(_EMOJI_RUN.finditer(text))
    if not runs:
        return []
    sequences, longest, lows, highs = _x_emoji_table()
    out = []
    for r in runs:  # what twitter-text's alternation finds: the longest known sequence, else one listed emoji
        i, end = r.span()
        while i < end:
            for size in range(min(longest, end - i), 1, -1):
                if text[i : i + size] in sequences:
                    out.append((i, i + size))
                    i += size
                    break
            else:
                cp = ord(text[i])
                k = bisect.bisect_right(lows, cp) - 1
                if k >= 0 and cp <= highs[k]:
                    out.append((i, i + 1))
                i += 1
    return out


_X_EMOJI: tuple[frozenset[str], int, list[int], list[int]] | None = None


def _x_emoji_table() -> tuple[frozenset[str], int, list[int], list[int]]:
    """twitter-text's emoji list as data: its multi-code-point sequences, the longest one's length, and its
    ranges of single code points. Importing twitter-text's emoji module parses its data file and builds a
    large regex (0.35 s), so the table is taken from it once and kept in the user cache, keyed by the data
    file's content."""
    global _X_EMOJI
    if _X_EMOJI is None:
        import hashlib
        from pathlib import Path

        from .cache import cache_dir, cache_read, cache_write

        data = (
            Path(next(iter(_twitter_text_spec().submodule_search_locations or [])))
            / "regexp"
            / "emoji-test.txt"
        )
        cache = cache_dir()
        # keyed by the data itself: every environment with the same list shares one file
        path = (
            cache / f"x-emoji-{hashlib.sha256(data.read_bytes()).hexdigest()[:16]}.pickle" if cache else None
        )
        table = cache_read(path, tuple)
        if table is None:
            from twitter_text.regexp import emoji as x

            multi = [c.codepoint.split() for c in x.emoji_list]
            sequences = frozenset("".join(chr(int(h, 16)) for h in c) for c in multi if len(c) > 1)
            ranges = x.single_codepoint_emoji_ranges
            table = (sequences, max(map(len, sequences)), [lo for lo, _ in ranges], [hi for _, hi in ranges])
            if path is not None:
                cache_write(path, table)
        _X_EMOJI = table
    return _X_EMOJI


def _twitter_text_spec() -> ModuleSpec:
    import importlib.util

    spec = importlib.util.find_spec("twitter_text")
    if spec is None:
        raise ModuleNotFoundError("twitter_text (twitter-text-parser) is not installed")
    return spec


UrlFinder = Callable[[str], list[dict[str, Any]]]
_URLS: UrlFinder | None = None


def _url_finder() -> UrlFinder:
    """twitter-text's URL finder. Importing it the usual way runs the package's ``__init__``, which also
    builds its emoji tables through pkg_resources (0.15 s more); so its URL modules are loaded under a
    bare stand-in for the package, and the stand-in is dropped again, so that a later ``import
    twitter_text`` anywhere in the process still gets the real package."""
    global _URLS
    if _URLS is None:
        import importlib
        import sys
        import types

        if "twitter_text" in sys.modules:
            _URLS = importlib.import_module("twitter_text.extract_urls").extract_urls_with_indices
            return _URLS
        spec = _twitter_text_spec()
        stand_in = types.ModuleType("twitter_text")
        stand_in.__path__ = list(spec.submodule_search_locations or [])
        stand_in.__spec__ = spec
        sys.modules["twitter_text"] = stand_in
        try:
            _URLS = importlib.import_module("twitter_text.extract_urls").extract_urls_with_indices
        finally:
            if sys.modules.get("twitter_text") is stand_in:
                del sys.modules["twitter_text"]
    return _URLS


_WHITESPACE = " \t\n\r\f\v"
_CHUNK = re.compile(rf"[^{_WHITESPACE}]+")
_URL_MEMO: dict[str, list[tuple[int, int]]] = {}


def url_spans(text: str) -> list[tuple[int, int]]:
    """The URLs twitter-text finds in ``text``, as spans. No URL holds ASCII whitespace, and each match
    looks at most one character back (its "preceding character") and ahead only to the end of its
    domain, so the finder runs on each whitespace-free chunk that could hold a URL, with the character
    before it: the same spans, with no scan of the rest. Results are kept per chunk (an agency links the
    same pages again and again; the finder costs about 60 us a chunk)."""
    out: list[tuple[int, int]] = []
    done = -1  # end of the last chunk read
    for dot in _DOT_LETTERS.finditer(text):  # a chunk that could hold a URL has a dot before two letters
        at = dot.start()
        if at < done or not at or not _MAYBE_URL.match(text, at - 1):
            continue
        start = max(text.rfind(c, 0, at) for c in _WHITESPACE) + 1
        chunk = _CHUNK.match(text, at)  # text[at] is the dot: never None
        assert chunk is not None
        lo, end = max(0, start - 1), chunk.end()
        done = end
        window = text[lo:end]
        spans = _URL_MEMO.get(window)
        if spans is None:
            spans = [(u["indices"][0], u["indices"][1]) for u in _url_finder()(window)]
            if len(_URL_MEMO) >= 4096:
                _URL_MEMO.clear()
            _URL_MEMO[window] = spans
        out += [(a + lo, b + lo) for a, b in spans]
    return out


def x_weighted_length(text: str) -> int:
    """The length X shows for ``text`` (280 is the limit)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    ascii_ = text.isascii()
    if not ascii_:
        text = unicodedata.normalize("NFC", text)  # ASCII is NFC already
    # (start, end, weight) for URLs and emoji; url_spans reads only chunks that could hold a URL
    skip = [(start, end, _URL_WEIGHT) for start, end in url_spans(text)]
    if ascii_ and not skip:
        return len(text)
    if not text.isascii():
        taken = [(s, e) for s, e, _ in skip]
        for s, e in _x_emoji_spans(text):
            if not any(a <= s < b for a, b in taken):
                skip.append((s, e, 2))
    skip.sort()
    total = 0
    pos = 0
    for s, e, w in skip:
        if s < pos:
            continue
        total += _weight_of(text, pos, s) + w
        pos = e
    return total + _weight_of(text, pos, len(text))


def _weight_of(text: str, start: int, end: int) -> int:
    chunk = text[start:end]
    if chunk.isascii():
        return len(chunk)
    return len(chunk) + len(_HEAVY.findall(chunk))


_REPLY_MENTIONS = re.compile(r"(?:@\w{1,15}\s+)+")


def reply_prefix(text: str) -> int:
    """Where a reply's text starts after its leading @mentions, which X does not count (0: none)."""
    m = _REPLY_MENTIONS.match(text)
    return m.end() if m else 0


def text_length(text: str, platform_name: str) -> int:
    """Length of ``text`` as the platform counts it (on X, without a reply's leading @mentions)."""
    if PLATFORMS[platform_name].weighted:
        return x_weighted_length(text[reply_prefix(text) :])
    return len(text)
