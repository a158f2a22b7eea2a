"""The RE2 look-outs in front of long Python patterns (tpstrain/passes/gate.py): a look-out may say "maybe" where
its pattern does not match, never "no" where it does."""

import functools
import importlib
import json
import pkgutil
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tpstrain
from tpstrain.passes.gate import Gated, gated, widened
from tpstrain.passes.tokenize import Analysis

TESTS = Path(__file__).parent


def _gated_patterns() -> dict[str, Gated]:
    out = {}
    for mod in pkgutil.walk_packages(tpstrain.__path__, "tpstrain."):
        if mod.name.endswith("__main__"):
            continue
        module = importlib.import_module(mod.name)
        for name, value in vars(module).items():
            if isinstance(value, Gated):
                out.setdefault(name, value)
    return out


GATED = _gated_patterns()


@functools.cache
def _folded() -> tuple[str, ...]:
    """Every text as the checks read it, folded once per test process (not once per pattern)."""
    return tuple(Analysis.of(text).folded for text in _texts())


def _texts() -> list[str]:
    texts = []
    for folder in ("devset", "holdout"):
        for f in sorted((TESTS / folder).glob("*.jsonl")):
            for line in f.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    post = json.loads(line)["post"]
                    texts += [post["text"], post.get("title") or ""]
                    texts += [m.get("alt_text") or "" for m in post.get("media", [])]
    # not ASCII: accents kept by a quote, other scripts, odd spaces
    texts += [
        "Sa mère, qui dirige la boulangerie Saint-Évariste, est connue comme « Mimi »",
        "The girl, known online as ‘ZoëRae’, who plays goalie for the Ōtautahi Hawks",
        "his niece\u00a0who lives above the Golden Star Variety — the only girl on the team",
    ]
    return [t for t in texts if t]


def test_the_package_gates_its_long_patterns():
    assert {"ONE_OF_A_KIND", "SINGLES_OUT", "WORK_OF", "KNOWN_TO_ACCUSED", "NOT_TOLD", "FOUND_GUILTY"} <= set(
        GATED
    )
    for name, g in GATED.items():
        assert widened(g.rx.pattern, g.rx.flags) is not None, f"{name} has no look-out: it would always run"


@pytest.mark.parametrize("name", sorted(GATED))
def test_a_look_out_never_rules_out_a_match(name):
    g = GATED[name]
    for t in _folded():  # what the checks read
        if g.rx.search(t):
            assert g.may_match(t), (name, t[:200])
            assert g.search(t) is not None
            assert [m.span() for m in g.finditer(t)] == [m.span() for m in g.rx.finditer(t)]


def test_widened():
    assert widened(r"\bthe only (?:girl|boy)\b", re.I) == "(?i)the only (?:girl|boy)"
    assert widened(r"(?<!not )known as [\w ]{1,30}? here$") == r"known as [\w\p{L}\p{N} ]+? here"
    assert widened(r"a(?=b(?:c|d))e\d{2,5}") == r"ae[\p{Nd}]{2,}"
    assert widened(r"[\s,]", ascii_text=True) == r"[\s\x{0b}\x{1c}-\x{1f},]"
    assert widened(r"[]a\w]") == r"[]a\w\p{L}\p{N}]"
    for narrowing in (r"\W", r"a\Bb", r"(a)\1", r"\S+"):
        assert widened(narrowing) is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab cé\u00a0\n.ı-'K\u212a", max_size=30))
def test_a_look_out_is_wider_than_its_pattern(text):
    for rx in (
        re.compile(r"\b(?:ab|ba)\b\s+c(?!a)", re.I),
        re.compile(r"(?<!a )\w{1,3}\s[^.\n]{0,4}?c\b", re.I),
        re.compile(r"^k[a-c]{2}$|é\w*", re.I),
    ):
        if rx.search(text):
            assert gated(rx).may_match(text), (rx.pattern, text)
