"""Evasion: every lexicon term of the model policy, written the ways people hide words, still fires its rule.

The terms are read from the policy at run time (every ``terms`` rule, every spelling of every term), so new
terms are covered as the catalogue grows. Each spelling is disguised seven ways and put in a sentence:

- ``zero-width``: zero-width joiners and spaces between the letters ("jun\\u200dkie")
- ``homoglyph``: Cyrillic and Greek look-alike letters ("јunкіe")
- ``fullwidth``: fullwidth forms ("ｊｕｎｋｉｅ")
- ``punctuation``: a dot, hyphen or star inside a word ("jun.kie", "jun-kie", "j*unkie", "j.u.n.k.i.e")
- ``spacing``: letters spaced out ("j u n k i e")
- ``case``: alternating case ("JuNkIe"), for terms that are not case-sensitive
- ``combining``: combining marks on the letters ("j\\u0301unkie")

A variant is caught when the term's rule fires with a span covering all of the disguised characters. The share
caught per kind is printed and written to artifacts/evasion.txt; the overall share must be at least 95%.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

from tpstrain import check, model_policy
from tpstrain.rules import TermsCheck

POLICY = model_policy()
ARTIFACT = Path(__file__).resolve().parent.parent / "artifacts" / "evasion.txt"
TEMPLATE = "Update from 52 Division: a neighbour told us about {} near Queen St W and Bathurst St last night."

HOMOGLYPHS = {
    "a": "аα",
    "c": "с",
    "d": "ԁ",
    "e": "еε",
    "h": "һ",
    "i": "іι",
    "j": "ј",
    "k": "кκ",
    "l": "ӏ",
    "o": "оο",
    "p": "рρ",
    "q": "ԛ",
    "s": "ѕ",
    "t": "т",
    "u": "υ",
    "v": "ν",
    "w": "ԝ",
    "x": "х",
    "y": "у",
    "A": "АΑ",
    "B": "ВΒ",
    "C": "С",
    "E": "ЕΕ",
    "H": "НΗ",
    "I": "ІΙ",
    "J": "Ј",
    "K": "КΚ",
    "M": "МΜ",
    "N": "Ν",
    "O": "ОΟ",
    "P": "РΡ",
    "S": "Ѕ",
    "T": "ТΤ",
    "X": "ХΧ",
    "Y": "УΥ",
    "Z": "Ζ",
}
KINDS = ("zero-width", "homoglyph", "fullwidth", "punctuation", "spacing", "case", "combining")


def _between_letters(spelling: str, fill) -> str:
    """Insert fill(k) between neighbouring letters of each word (not at word edges)."""
    out, k = [], 0
    for i, ch in enumerate(spelling):
        out.append(ch)
        if ch.isalpha() and i + 1 < len(spelling) and spelling[i + 1].isalpha():
            out.append(fill(k))
            k += 1
    return "".join(out)


def _longest_word(spelling: str) -> re.Match | None:
    words = list(re.finditer(r"[A-Za-z]{4,}", spelling))
    return max(words, key=lambda m: len(m.group()), default=None)


def variants(spelling: str, case_sensitive: bool) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    out["zero-width"] = [
        _between_letters(spelling, lambda k: "\u200d"),
        _between_letters(spelling, lambda k: "\u200b\u2060"[k % 2]),
    ]
    swapped, k = [], 0
    for ch in spelling:
        if ch in HOMOGLYPHS:
            swapped.append(HOMOGLYPHS[ch][k % len(HOMOGLYPHS[ch])] if k % 2 == 0 else ch)
            k += 1
        else:
            swapped.append(ch)
    all_swapped = "".join(HOMOGLYPHS[c][0] if c in HOMOGLYPHS else c for c in spelling)
    out["homoglyph"] = [v for v in {"".join(swapped), all_swapped} if v != spelling]
    out["fullwidth"] = [
        "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in spelling)
    ]
    word = _longest_word(spelling)
    if word:
        s, e = word.span()
        mid = s + (e - s) // 2
        out["punctuation"] = [spelling[:mid] + p + spelling[mid:] for p in ".-"] + [
            spelling[: s + 1] + "*" + spelling[s + 1 :],
            spelling[:s] + ".".join(spelling[s:e]) + spelling[e:],  # "j.u.n.k.i.e"
        ]
    if re.fullmatch(r"[A-Za-z]+(?:[ -][A-Za-z]+)*", spelling) and len(spelling.replace(" ", "")) >= 3:
        out["spacing"] = [" ".join(c for c in spelling if c.isalpha())]
    if not case_sensitive and sum(c.isalpha() for c in spelling) >= 2:
        flipped, k = [], 0
        for c in spelling:
            flipped.append(c.upper() if k % 2 == 0 else c.lower())
            k += c.isalpha()
        out["case"] = ["".join(flipped)]
    out["combining"] = [_between_letters(spelling, lambda k: "\u0301" if k % 3 == 0 else "")]
    return {k: v for k, v in out.items() if v}


def _terms():
    for rule in POLICY.rules:
        if rule.enabled and isinstance(rule.check, TermsCheck):
            for term in rule.check.terms:
                for spelling in term.match:
                    yield rule.id, spelling, term.case == "sensitive"


def _fires(rule_id: str, text: str, start: int, end: int) -> bool:
    review = check(text, platform="facebook", policy=POLICY)
    return any(
        f.rule == rule_id and f.field == "text" and f.start <= start and end <= f.end for f in review.findings
    )


def run_evasion() -> tuple[Counter, Counter, dict[str, list[str]], list[str]]:
    caught, tried = Counter(), Counter()
    misses: dict[str, list[str]] = defaultdict(list)
    baseline_misses = []
    prefix = TEMPLATE.index("{}")
    for rule_id, spelling, sensitive in _terms():
        if not _fires(rule_id, TEMPLATE.format(spelling), prefix, prefix + len(spelling)):
            baseline_misses.append(f"{rule_id}: {spelling!r}")
            continue  # the plain spelling does not fire in this sentence (a guard word): not an evasion case
        for kind, texts in variants(spelling, sensitive).items():
            for v in texts:
                tried[kind] += 1
                if _fires(rule_id, TEMPLATE.format(v), prefix, prefix + len(v)):
                    caught[kind] += 1
                else:
                    misses[kind].append(f"{rule_id}: {v!r}")
    return caught, tried, misses, baseline_misses


def test_evasion_share():
    caught, tried, misses, baseline_misses = run_evasion()
    assert sum(tried.values()) > 0, "no terms rules in the policy"
    lines = ["evasion: share of disguised lexicon terms still caught (rule fires, span covers the disguise)"]
    for kind in KINDS:
        if tried[kind]:
            lines.append(f"  {kind:<12} {caught[kind]:>5}/{tried[kind]:<5} {caught[kind] / tried[kind]:7.1%}")
    total_caught, total = sum(caught.values()), sum(tried.values())
    share = total_caught / total
    lines.append(f"  {'overall':<12} {total_caught:>5}/{total:<5} {share:7.1%}")
    lines.append(f"  terms whose plain spelling does not fire in the test sentence: {len(baseline_misses)}")
    lines += [f"    {m}" for m in baseline_misses[:20]]
    for kind in KINDS:
        if misses[kind]:
            lines.append(f"  missed {kind} ({len(misses[kind])}), first ones:")
            lines += [f"    {m}" for m in misses[kind][:8]]
    report = "\n".join(lines)
    ARTIFACT.parent.mkdir(exist_ok=True)
    ARTIFACT.write_text(report + "\n", encoding="utf-8")
    print(report)
    assert share >= 0.95, report


def test_variant_generator():
    v = variants("junkie", False)
    assert "jun.kie" in v["punctuation"] and "jun-kie" in v["punctuation"] and "j*unkie" in v["punctuation"]
    assert v["spacing"] == ["j u n k i e"] and v["case"] == ["JuNkIe"]
    assert v["fullwidth"] == ["ｊｕｎｋｉｅ"] and "\u200d" in v["zero-width"][0]
    assert all(x != "junkie" for x in v["homoglyph"])
