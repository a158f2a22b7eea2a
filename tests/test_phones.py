"""The phone detector's shortcuts change nothing: passes.phones gives exactly the list of the plain algorithm
(libphonenumber's PhoneNumberMatcher over the whole folded text, region CA, leniency POSSIBLE, 200 tries, minus
case numbers) on every dev and holdout post, on hand-written tricky texts and on generated ones; and the facts
its shortcuts rest on are checked against the library's metadata and parse()."""

from __future__ import annotations

import itertools
import json
import random
import re
import subprocess
import sys
from pathlib import Path

import phonenumbers
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from phonenumbers import Leniency, PhoneNumberMatcher
from phonenumbers.phonemetadata import PhoneMetadata

from tpstrain.passes import phones as detectors
from tpstrain.passes.tokenize import Analysis

TESTS = Path(__file__).resolve().parent
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))


# ----- the plain algorithm ----------------------------------------------------------------------
def reference_matches(text: str) -> list[tuple[int, int, str, int]]:
    return [
        (m.start, m.end, m.raw_string, m.number.national_number)
        for m in PhoneNumberMatcher(text, "CA", leniency=Leniency.POSSIBLE, max_tries=200)
    ]


def reference_phones(folded: str) -> list[tuple[int, int, str]]:
    """detectors.phones before the shortcuts."""
    if not re.search(r"\d[\d\s().+-]{5,}\d", folded):
        return []
    out = []
    for start, end, raw, national in reference_matches(folded):
        if re.fullmatch(r"(?:19|20)\d\d[-/ ]?\d{6,8}", raw.strip()):
            continue
        out.append((start, end, str(national)))
    return out


def same(text: str) -> list[tuple[int, int, str]]:
    """Assert the detector and the plain algorithm agree on text (folded), and the finder and the plain matcher
    on the text itself (unfolded: other digits, plus signs and brackets, not gated by the digit run)."""
    a = Analysis.of(text)
    got = detectors.phones(a)
    assert got == reference_phones(a.folded), text
    assert detectors._phone_finder()(text) == reference_matches(text), text
    return got


# ----- posts ------------------------------------------------------------------------------------
def _posts() -> list[str]:
    out = []
    for name in ("devset", "holdout"):
        for line in (TESTS / name / "posts.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["post"]["text"])
    return out


POSTS = _posts()


def test_same_on_every_dev_and_holdout_post():
    found = sum(len(same(text)) for text in POSTS)
    assert len(POSTS) > 500 and found > 50  # the sets do hold phone numbers


def test_same_on_posts_cut_and_glued():
    """Post texts cut at every 37th character and glued to their neighbours: numbers at the very start and end,
    cut in half, glued to words."""
    with_digits = [t for t in POSTS if re.search(r"\d{3}", t)]
    for i, text in enumerate(with_digits):
        for cut in range(0, len(text), 37):
            same(text[cut:])
            same(text[:cut])
        same(text + with_digits[(i + 1) % len(with_digits)])


# ----- tricky texts -----------------------------------------------------------------------------
TRICKY = [
    "416-808-2222",
    "(416) 808-2222",
    "416.808.2222",
    "416 808 2222",
    "4168082222",
    "1-800-222-8477",
    "+1 416 808 2222",
    "+1 (416) 808-2222",
    "+14168082222",
    "1 (416) 808-2222",
    "1(416)808-2222",
    "+1-416-808-2222",
    "1.416.808.2222",
    "(416)808-2222",
    "(416) 8082222",
    "416 8082222",
    "416808-2222",
    "call416-808-2222now",
    "abc4168082222def",
    "Tel:416-808-2222",
    "tel:+1-416-808-2222",
    "x416-808-2222",
    "416-808-2222x",
    "416-808-2222 ext. 123",
    "416-808-2222 ext 5",
    "416-808-2222 x123",
    "416-808-2222x123",
    "416-808-2222 #123",
    "416-808-2222;ext=12",
    "416-808-2222, ext. 7",
    "416-808-2222 Ext. 8",
    "ext. 5",
    "1122222222/ x5",
    "416-808-2222/x416-808-2223",
    "14168082222/x4168082222",
    "416 808 2222 \\ x 416 808 2223",
    "＋4912",
    "＋49 12",
    "416-808-2222/2223",
    "416-808-2222/416-808-2223",
    "416-808-2222 / 416-808-2223",
    "416-808-2222 416-808-2223",
    "416-808-2222(647) 555-0199",
    "(416) 808-2222(647) 555-0199",
    "416-808-2222+1 416 808 2223",
    "416-808-22224168082223",
    "416-808-2222-416-808-2223",
    "(416) 808-2222 (647) 555-0199",
    "416-808-2222 - 416-808-2223",
    "416-808-2222. 416-808-2223",
    "416-808-2222.",
    "416-808-2222, or",
    "1-800-222-TIPS (8477)",
    "1-800-222-TIPS",
    "222-TIPS",
    "1-800-FLOWERS",
    "call 1-866-411-TIPS (8477) now",
    "2026-11-24",
    "on 2026-11-24 at 14:30",
    "2026-11-24 08:00",
    "20261124 08:30",
    "2026/11/24",
    "11/24/2026",
    "24/11/26",
    "3/10/2011",
    "2026-1234567",
    "case 2026-1234567.",
    "2026 1234567",
    "2026/1234567",
    "1999-12345678",
    "2026-12345",
    "2026-123456789",
    "0300-0500",
    "from 0300-0500 hrs",
    "9-1-1",
    "911",
    "9-8-8",
    "046 454 286",
    "SIN 046-454-286",
    "527 318 904",
    "4532-281-947",
    "4532 281 947 AB",
    "1234 567 890 AB",
    "12345678901234567890123",
    "1" * 40,
    "4" * 17,
    "416808222241680822224168082222",
    "0" * 12,
    "416－808－2222",
    "４１６-８０８-２２２２",
    "٤١٦-٨٠٨-٢٢٢٢",
    "＋1 416 808 2222",
    "（416） 808-2222",
    "https://tps.ca/416-808-2222",
    "https://example.com/?id=4168082222&p=1",
    "www.example.com/call/4168082222",
    "http://x.co/a/1-800-222-8477/",
    "news@416-808-2222.ca",
    "#4168082222",
    "@4168082222",
    "$416-808-2222",
    "416-808-2222%",
    "€4168082222",
    "416-808-2222$",
    "¢416 808 2222",
    "+44 20 7946 0958",
    "+49 12",
    "+4912",
    "+82 123",
    "011 44 20 7946 0958",
    "01144 20 7946 0958",
    "+33 1 23 45 67 89",
    "+1 242 357 1234",
    "+54 9 11 1234 5678",
    "0011 416 808 2222",
    "00 1 416 808 2222",
    "808-2222",
    "808 2222",
    "call 808-2222",
    "555-0142",
    "1-808-2222",
    "123-4567",
    "1234567",
    "12345678",
    "123-456-7890",
    "023-456-7890",
    "1-023-456-7890",
    "11-416-808-2222",
    "1 1 416 808 2222",
    "+11 416 808 2222",
    "(416 808-2222",
    "416) 808-2222",
    "((416)) 808-2222",
    "[416] 808-2222",
    "(416) (808) 2222",
    "(1) 2",
    "Computing 12(3): 211-227 (2003).",
    "pages 211-227 (2003)",
    "12-34 (56",
    "416-808 (2222)",
    "416  808  2222",
    "416     808 2222",
    "416\n808\n2222",
    "416\t808\t2222",
    "416 - 808 - 2222",
    "416--808--2222",
    "416..808..2222",
    "416/808/2222",
    "416\\808\\2222",
    "416~808~2222",
    "416*808*2222",
    "416 808 2222 416",
    "1 416 808 2222 1",
    "+1 416 808 2222 +1",
    "++1 416 808 2222",
    "+(416) 808-2222",
    "(+1) 416 808 2222",
    "12:30 416-808-2222 9:00",
    "2026-11-24 416-808-2222 2026-1234567",
    "x",
    "",
    " ",
    "+",
    "(",
    "1",
    "12",
    "+1",
    "1-",
    "(4",
    "416-808-222",
    "416-808-22222",
    "4160808-2222",
    "0-416-808-2222",
    "416-808-2222 ext",
    "416-808-2222 ext.",
    "416-808-2222 x",
    "416-808-2222 x 1 x 2",
    "Call 416-808-2222 or 1-800-222-TIPS (8477), ext. 7400. Case 2026-1234567 on 2026-11-24 from 0300-0500.",
]


@pytest.mark.parametrize("text", TRICKY)
def test_same_on_tricky_texts(text):
    same(text)
    for before, after in itertools.product(["", " ", "a", "1", "+", "(", "-", "/", "Tel:", "x"], repeat=2):
        same(before + text + after)


def test_examples_found_as_expected():
    """A few outcomes spelled out, so a change of library behaviour shows here too."""
    assert same("Call 416-808-2222 now") == [(5, 17, "4168082222")]
    assert same("Call +1 (416) 808-2222.") == [(5, 22, "4168082222")]  # the span holds the +1
    assert same("Call 1-800-222-8477") == [(5, 19, "8002228477")]  # and the 1-
    assert same("call416-808-2222now") == [(4, 16, "4168082222")]  # glued to letters: still a number here
    assert same("Case 2026-1234567") == []
    assert same("on 2026-11-24") == []


def test_tries_run_out_as_in_the_library():
    """After 200 failed candidates the library stops looking; so must the detector."""
    number = " 416-808-2222"
    for unit in ["a1 ", "1/2 a ", "2026-11-24 a ", "12 34 a ", "(1) b ", "+1 a ", "808-22 a "]:
        for n in (60, 66, 67, 99, 100, 101, 199, 200, 201):
            same(unit * n + number)
            same(number + " " + unit * n + number)
            same("a1 " * 150 + unit * (n // 2) + number)  # tries spent on both kinds of candidate
            same(unit * (n // 2) + "a1 " * 150 + number)


# ----- generated texts --------------------------------------------------------------------------
PIECES = [
    *"0123456789",
    " ",
    "  ",
    "-",
    "(",
    ")",
    ".",
    "+",
    "/",
    "x",
    "a",
    "T",
    "\n",
    ":",
    "#",
    ",",
    ";",
    "call",
    "ext",
    "ext.",
    "Tel:",
    "tel:",
    "TIPS",
    "416",
    "808",
    "2222",
    "800",
    "1",
    "+1",
    "(416)",
    "2026",
    "-11-24",
    "1234567",
    "１",
    "＋",
    "–",
    "416-808-2222",
    "1-800-222-8477",
    " x123",
    "/2223",
    "/x",
    "/ x",
    "\\x",
]
generated = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@SETTINGS
@given(generated)
def test_same_on_generated_texts(text):
    same(text)


@SETTINGS
@given(st.text(st.sampled_from("0123456789  -().+/\\xaT:#"), max_size=60))
def test_same_on_generated_characters(text):
    same(text)


# ----- the facts the shortcuts rest on ----------------------------------------------------------
def _min_alnum_with_plus() -> int:
    """The fewest digits (country code + national number) of a possible number written with a plus sign."""
    best = 99
    for cc, regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items():
        md = PhoneMetadata.metadata_for_region_or_calling_code(cc, regions[0])
        if md is None:
            continue
        lengths = [*md.general_desc.possible_length, *md.general_desc.possible_length_local_only]
        lengths = [n for n in lengths if n > 0]
        if lengths:
            best = min(best, len(str(cc)) + min(lengths))
    return best


def test_short_candidate_bounds_follow_from_the_metadata():
    ca, us = PhoneMetadata.metadata_for_region("CA"), PhoneMetadata.metadata_for_region("US")
    assert phonenumbers.region_code_for_country_code(1) == "US"  # numbers of country code 1 are judged as US
    assert ca.international_prefix == "011" and ca.national_prefix_for_parsing == "1"
    assert ca.national_prefix_transform_rule is None  # a national number loses digits, never gains
    us_lengths = [*us.general_desc.possible_length, *us.general_desc.possible_length_local_only]
    assert min(min(us_lengths), len("011") + _min_alnum_with_plus()) >= detectors._MIN_ALNUM_NATIONAL
    assert _min_alnum_with_plus() >= detectors._MIN_ALNUM_PLUS
    # Prefix rules that add digits (Madagascar: 7 digits -> 20 + 7 digits) apply to 5 digits or more, so only
    # to candidates over the bounds; test_short_candidates_are_never_possible tries every short one with a plus.


def _possible(text: str) -> bool:
    try:
        return phonenumbers.is_possible_number(phonenumbers.parse(text, "CA"))
    except phonenumbers.NumberParseException:
        return False


def test_short_candidates_are_never_possible():
    """parse() agrees: no string of fewer digits and letters than the bounds is a possible number."""
    rng = random.Random(7)
    national = detectors._MIN_ALNUM_NATIONAL - 1
    plus = detectors._MIN_ALNUM_PLUS - 1
    strings = ["".join(p) for n in range(1, 5) for p in itertools.product("0123456789", repeat=n)]
    strings += ["".join(rng.choice("0123456789") for _ in range(national)) for _ in range(3000)]
    strings += ["011" + "".join(rng.choice("0123456789") for _ in range(national - 3)) for _ in range(1000)]
    strings += ["1" + "".join(rng.choice("0123456789") for _ in range(national - 1)) for _ in range(1000)]
    strings += ["".join(rng.choice("0123456789abcxtTIPS") for _ in range(national)) for _ in range(1000)]
    strings += [
        "+" + "".join(p) for n in range(1, plus + 1) for p in itertools.product("0123456789", repeat=n)
    ]
    assert not [s for s in strings if _possible(s)]
    assert _possible("+4912") and _possible("808-2222")  # the bounds are tight


NANP_SHAPES = [
    f"{lead}{area}{sep1}808{sep2}2222"
    for lead in ["", "1", "1 ", "1-", "1.", "+1", "+1 ", "+1-", "+1."]
    for area in ["416", "(416)"]
    for sep1 in ["", " ", "-", "."]
    for sep2 in ["", " ", "-", "."]
]


@pytest.mark.parametrize("lead", ["", "1-", "+1 ", "1 (", "+1("])
def test_plain_north_american_numbers_parse_as_the_shortcut_says(lead):
    """Every shape the shortcut takes, with every area code, is what parse() and the matcher make of it."""
    rng = random.Random(lead)
    for area in range(200, 1000):
        a = f"({area})" if lead.endswith("(") else str(area)
        text = f"{lead[:-1] if lead.endswith('(') else lead}{a} {rng.randrange(1000):03d}-{rng.randrange(10000):04d}"
        assert detectors._NANP.fullmatch(text), text
        assert detectors._phone_finder()(text) == reference_matches(text), text
        assert detectors._phone_finder()(text + ":30") == reference_matches(text + ":30"), text


@SETTINGS
@given(st.from_regex(detectors._NANP, fullmatch=True), st.sampled_from(["", ":30", " x12", "/2223", "a"]))
def test_shortcut_shapes_against_the_library(text, after):
    assert detectors._phone_finder()(text + after) == reference_matches(text + after)
    same(text + after)


def test_nanp_shapes():
    for text in NANP_SHAPES:
        assert detectors._NANP.fullmatch(text), text
        assert same(text) == [(0, len(text), "4168082222")], text


def test_no_phonenumbers_import_for_a_post_without_digits():
    code = (
        "import sys\nfrom tpstrain.passes.tokenize import Analysis\nfrom tpstrain.passes.phones import phones\n"
        "assert phones(Analysis.of('Road closed at Yonge St. Call us.')) == []\n"
        "assert 'phonenumbers' not in sys.modules\n"
        "assert phones(Analysis.of('Call 416-808-2222.'))\nassert 'phonenumbers' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=TESTS.parent)
