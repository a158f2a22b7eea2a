"""The context rules stay linear: 100,000-character posts built to make the people pass, the people rules and
the context rules go quadratic (a name, an age and a cue thousands of times, in short sentences or in one long
one; pronouns, appositions, lists, quotes, charges, a title and alt text) each check within a generous bound and
give the findings they should. The bound is far above the real time (well under a second on a quiet machine):
these tests catch a return to quadratic work, they do not measure speed (benchmarks/ does that).
"""

from __future__ import annotations

import time

import pytest

from tpstrain import Post, check
from tpstrain.models import MAX_TEXT

pytestmark = pytest.mark.slow

N = MAX_TEXT  # 100,000 characters: the largest post that can be checked
BOUND = 5.0  # seconds of CPU for one post: generous (a quiet machine needs well under one)


def _fill(unit: str, sep: str = " ") -> str:
    return sep.join([unit] * (N // (len(unit) + len(sep)) + 1))[:N]


# name: (text, {rule: (level, count)}): each count is how many times the text says the problem
CASES = {
    # a named 15-year-old who was charged, 4,000 times in short sentences (the case in issue 13; "Al Bo, 15. Charged."
    # was read only in a post too long for the pattern prefilter, whose answer then opened every rule's gate, and is
    # read in no post now that long and short posts are read alike)
    "name, age, charged: short sentences": (
        " ".join(["Al Bo, 15, was charged."] * 4000),
        {"legal.youth-named": ("error", 4000)},
    ),
    "name, age, charged: one long sentence": (
        _fill("Al Bo, 15, was charged"),
        {"legal.youth-named": ("error", "Al Bo, 15")},
    ),
    "named with a relative": (
        _fill("his mother Ann Lee, 15, charged"),
        {"legal.youth-named": ("error", "Ann Lee, 15")},
    ),
    "pronouns after names": (_fill("Al Bo. He was charged."), {}),
    "appositions": (_fill("the victim, Ann Lee, 15,"), {}),
    "named as": (_fill("has been named as Ann Lee"), {}),
    "lists after a colon": (
        _fill("Two people were arrested: a man and a boy, Kofi, 13"),
        {"legal.youth-named": ("warning", "Kofi, 13")},
    ),
    "one of them": (_fill("Two teens were charged. One of them, Tane Walker, was wanted."), {}),
    "the dead, named": (_fill("Ann Lee, 40, died."), {"legal.next-of-kin": ("warning", "Ann Lee")}),
    "the dead, by pronoun": (_fill("Ann Lee, 40. She was killed. Her death is sad."), {}),
    "complainants named": (
        _fill("Ana Lee sexual assault victim."),
        {"legal.complainant-named": ("warning", "Ana Lee")},
    ),
    "guilt labels": (_fill("the thief was arrested"), {"legal.presumption-of-innocence": ("error", "thief")}),
    "acts told as fact": (_fill("Bo stabbed Al Bo arrested"), {}),
    "workplaces": (_fill("victim works at sexual assault"), {}),
    "a health detail": (
        _fill("Ann Lee, 40, has schizophrenia."),
        {"privacy.health-details": ("warning", "schizo")},
    ),
    "names in hashtags": (
        _fill("#JusticeForAmara died"),
        {"legal.next-of-kin": ("warning", "#JusticeForAmara")},
    ),
    "bail-hearing evidence (a context rule)": (
        _fill("The court heard it at the bail hearing."),
        {"legal.court-evidence": ("warning", "court heard")},
    ),
    "quoted speech": (_fill('"the junkie was probably drunk here"'), {}),
    "staff quotes": (_fill('"He was probably drunk," said Sgt. Al Bo.'), {}),
    "charges as laid": (_fill("charged with possession of child pornography after"), {}),
    # a list heading before every two people ("Charged:\n- Al Bo, 15"): each person is read once, not per heading
    "list headings": (("Charged:\n- Al Bo, 15\n- Cy Do, 16\n" * 3000)[:N], {}),
}


def _run(post) -> tuple[float, object]:
    start = time.process_time()
    review = check(post)
    return time.process_time() - start, review


@pytest.mark.parametrize("name", list(CASES))
def test_context_rules_stay_linear(name):
    text, expected = CASES[name]
    assert len(text) <= N
    seconds, review = _run(Post(text=text, platform="facebook"))
    assert seconds < BOUND, (name, seconds)
    for rule, (level, count) in expected.items():
        found = [f for f in review.findings if f.rule == rule]
        want = text.count(count) if isinstance(count, str) else count
        assert len(found) == want, (name, rule, len(found), want)
        assert {f.level for f in found} == {level}, (name, rule)
    assert review.verdict == "block"  # a 100,000-character post is too long for any platform


def test_title_and_alt_text_stay_linear():
    """A title and many alt texts beside a 100 KB post are read in one more pass, with a bounded part of the
    text: not once per field with the whole text."""
    text = " ".join(["Al Bo, 15. Charged."] * 5000)
    media = [{"kind": "image", "alt_text": "Photo of Al Bo, 15, who was charged."} for _ in range(200)]
    post = Post(text=text, platform="youtube", title="How we caught the thieves", media=media)
    seconds, review = _run(post)
    assert seconds < BOUND, seconds
    alt = [f for f in review.findings if f.field.startswith("media[") and f.rule == "legal.youth-named"]
    assert len(alt) == 200 and all(f.text == "Al Bo" and f.level == "error" for f in alt)
    assert any(f.field == "title" and f.rule == "legal.presumption-of-innocence" for f in review.findings)
