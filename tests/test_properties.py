"""Property tests (hypothesis): any text, any post shape, no crash, exact spans, a verdict that follows the
levels, fixes that leave valid text and do remove their finding, determinism, and X's weighted length equal to
twitter-text's.

Texts come from two places: arbitrary Unicode (no lone surrogates), and realistic posts composed from fragments
(Toronto streets, police jargon and every lexicon term of the policy, numbers, hashtags, emoji, URLs,
zero-width characters, bidi marks, combining marks, look-alike letters). Figures go to artifacts/properties-*.txt.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from twitter_text import parse_tweet

from tpstrain import InputError, check, model_policy, x_weighted_length
from tpstrain.models import MAX_TEXT
from tpstrain.rules import LEVEL_RANK, TermsCheck

POLICY = model_policy()
PLATFORMS = ["x", "facebook", "instagram", "youtube"]
FIGURES: Counter[str] = Counter()
ARTIFACT = Path(__file__).resolve().parent.parent / "artifacts" / "properties.txt"  # properties-<test>.txt

# TPS_EXAMPLES=5000 for a long local hunt; CI keeps the default (the module runs in a few seconds).
EXAMPLES = int(os.environ.get("TPS_EXAMPLES", "200"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))

# ----- strategies -------------------------------------------------------------------------------
TERM_SPELLINGS = sorted(
    {m for r in POLICY.rules if isinstance(r.check, TermsCheck) for t in r.check.terms for m in t.match}
)
STREETS = [
    "Yonge St",
    "Queen St W",
    "Dufferin St and Eglinton Ave W",
    "Jane/Finch",
    "Jane and Finch",
    "Bloor St. W.",
    "Lake Shore Blvd",
    "the 100 block of King St E",
    "123 Example Ave",
    "40 College St",
    "Don Valley Pkwy",
    "Kipling Ave / Dundas St W",
    "Scarborough Town Centre",
    "M5G 2J3",
]
WORDS = [
    "Officers",
    "attended",
    "a",
    "collision",
    "at",
    "near",
    "the",
    "suspect",
    "was",
    "arrested",
    "man",
    "woman",
    "14-year-old",
    "youth",
    "teen",
    "charged",
    "with",
    "assault",
    "Please",
    "avoid",
    "area",
    "road",
    "closed",
    "PLEASE AVOID THE AREA",
    "URGENT UPDATE NOW",
    "Crime Stoppers",
    "anonymously",
    "Det. Sgt. Smith",
    "PC Dana Ferreira",
    "John Smith",
    "Maria Lopez, 15,",
    "his father",
    "Northview Heights Secondary School",
    "date of birth January 3, 2001",
    "plate ABCD 123",
    "SIN 046 454 286",
    '"quoted speech"',
    "(see below)",
    "missing",
    "found",
    "safe",
    "thanks",
    "Dept.",
    "approx.",
    "etc.",
    "U.S.",
    "p.m.",
    "a.m.",
]
NUMBERS = [
    "416-808-2222",
    "416-555-0199",
    "(647) 555-0123",
    "1-800-222-8477",
    "911",
    "9-8-8",
    "2026-1234567",
    "55 Division",
    "12:30 p.m.",
    "3 a.m.",
    "$5,000",
    "1.5 km",
    "#7",
    "100,000",
    "0",
    "42",
]
TAGS = [
    "#TPS",
    "#TorontoPolice",
    "#missingperson",
    "#MISSINGPERSON",
    "#roadsafety",
    "@TPSOperations",
    "@TorontoPolice",
    "#",
    "@",
    "##",
    "#1",
]
EMOJI = ["🚨", "🚗", "🇨🇦", "👮‍♀️", "👮🏽‍♀️", "🏳️‍🌈", "⚠️", "❤", "❤🏻", "🏻🏻", "1️⃣", "😀😀😀😀😀😀😀", "©", "™"]
URLS = [
    "https://tps.ca/news",
    "www.torontopolice.on.ca",
    "tps.ca",
    "http://example.com/a?b=1&c=(2)",
    "https://t.co/abc",
    "bit.ly/x",
    "mailto:news@tps.ca",
    "news@torontopolice.on.ca",
    "jane.doe@gmail.com",
]
ODD = [
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u00ad",  # zero-width and soft hyphen
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202b",
    "\u202e",
    "\u2066",
    "\u2069",  # bidi marks and overrides
    "\u0301",
    "\u0336",
    "\u20dd",
    "e\u0301",
    "\u0338",  # combining marks
    "а",
    "е",
    "о",
    "р",
    "с",
    "ѕ",
    "і",
    "α",
    "ο",
    "ν",  # Cyrillic / Greek look-alikes
    "Ａ",
    "ｂ",
    "１",
    "ﬁ",
    "ß",
    "ǅ",
    "ẞ",
    "İ",
    "ŉ",
    "ﷺ",
    "㎞",
    "⑴",
    "½",  # compatibility forms that expand
    "\u00a0",
    "\u2003",
    "\u3000",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "\x00",
    "\x1b",
    "\u2028",
    "…",
    "—",
    "–",
    "‘",
    "’",
    "“",
    "”",
    "«",
    "»",
    "`",
]
SEPARATORS = [" ", " ", " ", ", ", ". ", "! ", "? ", "\n", "-", "/", ".", "*", "", " & ", ": "]

fragment = st.one_of(
    st.sampled_from(TERM_SPELLINGS or ["MVC"]),
    st.sampled_from(STREETS),
    st.sampled_from(WORDS),
    st.sampled_from(NUMBERS),
    st.sampled_from(TAGS),
    st.sampled_from(EMOJI),
    st.sampled_from(URLS),
    st.sampled_from(ODD),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=4),
)
posts = st.lists(st.tuples(fragment, st.sampled_from(SEPARATORS)), min_size=1, max_size=30).map(
    lambda parts: "".join(f + s for f, s in parts)
)
any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=400)
texts = st.one_of(posts, any_text)


@pytest.fixture(autouse=True)
def _figures(request):
    """Count what each property covered; print it and save it as artifacts/properties-<test>.txt."""
    FIGURES.clear()
    yield
    if FIGURES:
        name = request.node.name.removeprefix("test_")
        text = f"properties {name}: " + ", ".join(f"{k} {v}" for k, v in sorted(FIGURES.items()))
        print(text)
        ARTIFACT.parent.mkdir(exist_ok=True)
        (ARTIFACT.parent / f"properties-{name}.txt").write_text(text + "\n", encoding="utf-8")


def _review(text: str, platform: str):
    """Check, or prove the refusal is the documented one: empty text, or text over the size limit."""
    try:
        review = check(text, platform=platform, policy=POLICY)
    except InputError as e:
        assert not text.strip() or len(text) > MAX_TEXT, f"refused {text!r}: {e}"
        assert "\n" not in str(e)
        FIGURES["refused (empty)"] += 1
        return None
    FIGURES["checked"] += 1
    FIGURES["findings"] += len(review.findings)
    return review


# ----- properties -------------------------------------------------------------------------------
@SETTINGS
@given(texts, st.sampled_from(PLATFORMS))
def test_no_crash_spans_and_verdict(text, platform):
    review = _review(text, platform)
    if review is None:
        return
    assert review.text == text
    for f in review.findings:
        assert f.level in LEVEL_RANK and f.message and "\n" not in f.rule
        if f.field == "text":
            FIGURES["text spans checked"] += 1
            assert 0 <= f.start <= f.end <= len(text), (f, len(text))
            assert text[f.start : f.end] == f.text, (f.start, f.end, f.text, text)
    top = max((LEVEL_RANK[f.level] for f in review.findings), default=-1)
    expected = {2: "block", 1: "revise"}.get(top, "ok")
    assert review.verdict == expected, (review.verdict, [(f.rule, f.level) for f in review.findings])
    assert review.ok == (review.verdict == "ok")
    FIGURES[f"verdict {review.verdict}"] += 1


@SETTINGS
@given(texts, st.sampled_from(PLATFORMS), st.data())
def test_fixes_leave_valid_text_and_remove_their_finding(text, platform, data):
    review = _review(text, platform)
    if review is None:
        return
    fixable = [f for f in review.findings if f.replaceable]
    if not fixable:
        return
    f = data.draw(st.sampled_from(fixable), label="finding")
    choice = data.draw(st.integers(0, len(f.suggestions) - 1), label="choice")
    fixed = f.apply(text, choice)
    assert isinstance(fixed, str)
    fixed.encode("utf-8")  # no lone surrogates or broken characters
    FIGURES["fixes applied"] += 1
    if not fixed.strip():
        return
    again = check(fixed, platform=platform, policy=POLICY)
    new_start, new_end = f.start, f.start + len(f.suggestions[choice])
    same = [
        g
        for g in again.findings
        if g.rule == f.rule
        and g.field == "text"
        and g.start < new_end
        and new_start < g.end
        and g.text != f.text  # an identical span means the suggestion is the flagged word itself
        # a wider span is another problem the fix lays bare, with its own fix: "a transgendered" -> "a transgender"
        # (an adjective used as a noun; "a transgender person")
        and new_start <= g.start
        and g.end <= new_end
    ]
    assert not same, (
        f"{f.rule}: {f.text!r} -> {f.suggestions[choice]!r} still fires on {same[0].text!r} in {fixed!r}"
    )
    # every fix at once (Review.fixed) also yields text
    assert isinstance(review.fixed(), str)


@SETTINGS
@given(texts, st.sampled_from(PLATFORMS))
def test_checking_is_deterministic(text, platform):
    review = _review(text, platform)
    if review is None:
        return
    first = review.model_dump_json()
    assert check(text, platform=platform, policy=POLICY).model_dump_json() == first
    # a second policy object compiled from scratch gives the same answer (no state leaks between posts)
    assert check(text, platform=platform, policy=FRESH).model_dump_json() == first
    FIGURES["determinism pairs"] += 1


FRESH = model_policy()


# ----- X weighted length ------------------------------------------------------------------------
# Emoji up to Unicode Emoji 12.0 (the data twitter-text-parser ships), plus malformed sequences.
X_EMOJI = [
    *EMOJI,
    "👍🏽",
    "👨‍👩‍👧",
    "🏴󠁧󠁢󠁥󠁮󠁧󠁿",
    "#️⃣",
    "*⃣",
    "🇨",
    "‼️",
    "®",
    "\ufe0f",
    "\U0001f3fb",
    "😀\u200d",
    "\u200d😀",
]
x_text = st.lists(
    st.one_of(
        st.sampled_from(
            X_EMOJI + URLS + STREETS + TAGS + ODD + NUMBERS + ["中文", "日本語", "한국어", "Ω", "ñ"]
        ),
        st.text(st.characters(exclude_categories=("Cs",)), max_size=6),
    ),
    max_size=25,
).map(" ".join)


@settings(max_examples=2 * EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(x_text)
def test_x_weighted_length_matches_twitter_text(text):
    assert x_weighted_length(text) == parse_tweet(text).weightedLength, repr(text)
    FIGURES["X lengths compared"] += 1


URL_PARTS = [
    *URLS,
    "x@tps.ca",
    "@tps.ca",
    "#tps.ca",
    "(tps.ca)",
    '"tps.ca"',
    "tps.ca.",
    "e.g.",
    "p.m.",
    "t.co/abc",
    "https://t.co/" + "a" * 50,
    "日本語.jp/x",
    "\u202atps.ca",
    "-x.ca",
    "tps.ca:8080/x",
    "$tps.ca",
    "＠tps.ca",
]
url_text = st.lists(
    st.one_of(
        st.sampled_from(URL_PARTS),
        st.sampled_from([" ", "\n", "\u3000", "\u00a0", ",", "/", "."]),
        st.text(st.characters(exclude_categories=("Cs",)), max_size=3),
    ),
    max_size=12,
).map("".join)


@settings(max_examples=2 * EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(url_text)
def test_url_spans_chunk_by_chunk_match_the_whole_text(text):
    """platforms.url_spans runs twitter-text's URL finder on whitespace-free chunks (and keeps results):
    the spans must be the finder's own on the whole text."""
    from tpstrain import platforms

    platforms._URL_MEMO.clear()
    want = (
        [tuple(u["indices"]) for u in platforms._url_finder()(text)]
        if platforms._MAYBE_URL.search(text)
        else []
    )
    assert platforms.url_spans(text) == want, repr(text)
    assert platforms.url_spans(text) == want  # from the memo
    FIGURES["URL texts compared"] += 1


def test_x_emoji_spans_are_twitter_texts():
    """platforms._x_emoji_spans reads twitter-text's emoji list as a table (kept in the user cache) instead of
    importing its 0.35 s regex: on every listed emoji, alone and in random runs with modifiers, joiners,
    keycaps and flags, the spans must be the regex's own."""
    import random

    from twitter_text.regexp.emoji import emoji as x_emoji
    from twitter_text.regexp.emoji import emoji_list

    from tpstrain import platforms

    def reference(text):
        platforms._x_emoji_spans("😀")  # compiles the run finder
        return [
            m.span() for r in platforms._EMOJI_RUN.finditer(text) for m in x_emoji.finditer(text, *r.span())
        ]

    pieces = [e.emoji for e in emoji_list] + [
        "\u200d",
        "\ufe0f",
        "\U0001f3fb",
        "\u20e3",
        "#",
        "1",
        "a",
        " ",
        "🇨",
    ]
    rng = random.Random(5)
    texts = [e.emoji for e in emoji_list] + [
        "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(5 * EXAMPLES)
    ]
    for text in texts:
        assert platforms._x_emoji_spans(text) == reference(text), repr(text)
    FIGURES["emoji texts compared"] += len(texts)


def test_x_weighted_length_known_cases():
    cases = {
        "": 0,
        "abc": 3,
        "日本語": 6,
        "😀": 2,
        "👍🏽": 2,
        "👮🏽‍♀️": 2,
        "🇨🇦": 2,
        "❤🏻": 4,
        "🏻🏻": 4,
        "See https://tps.ca/news": 27,
        "e\u0301": 1,
        "a\r\nb": 3,
    }
    for text, want in cases.items():
        assert x_weighted_length(text) == want == parse_tweet(text).weightedLength, text


def _reference_tokens(folded: str) -> list[tuple[str | None, int, int]]:
    """TOKEN_RE's tokens, every alternative tried at every position; punctuation other than . ! ? makes
    no token (the tokenizer skips it either way)."""
    from tpstrain.passes.tokenize import TOKEN_RE

    return [
        (m.lastgroup, *m.span())
        for m in TOKEN_RE.finditer(folded)
        if m.lastgroup != "punct" or m.group() in ".!?"
    ]


@SETTINGS
@given(texts)
def test_tokenizer_for_a_text_finds_what_the_full_tokenizer_finds(text):
    """text.tokenizer_for leaves out the URL, email, hashtag and mention alternatives a text cannot use:
    the tokens must be exactly those of the full pattern."""
    from tpstrain.passes.fold import fold
    from tpstrain.passes.tokenize import tokenizer_for

    folded = fold(text)[0]
    assert [(m.lastgroup, *m.span()) for m in tokenizer_for(folded).finditer(folded)] == _reference_tokens(
        folded
    )
    FIGURES["texts tokenized both ways"] += 1


def test_tokenizer_for_real_posts(labelled_posts):

    from tpstrain.passes.fold import fold
    from tpstrain.passes.tokenize import tokenizer_for

    texts = [p["text"] for p in labelled_posts]
    texts += [
        *URLS,
        *TAGS,
        "mail a.b@example.ca or @TPSOperations",
        "HTTPS://TPS.CA/x",
        "WWW.TPS.CA",
        "x.ca",
        "a-b.co.uk/path)",
        "e.g. the .ca site",
        "#1 and #a1",
        "＃TPS",
    ]
    for text in texts:
        folded = fold(text)[0]
        assert [
            (m.lastgroup, *m.span()) for m in tokenizer_for(folded).finditer(folded)
        ] == _reference_tokens(folded)
