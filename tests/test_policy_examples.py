"""The policy walk: every rule's bad examples raise it; its good examples raise nothing at warning or error.
Every replacement a finding offers, applied, removes that finding."""

import pytest

from tpstrain import Post, check, model_policy
from tpstrain.rules import LEVEL_RANK

POLICY = model_policy()
CASES = [
    pytest.param(rule.id, kind, k, ex, id=f"{rule.id}-{kind}{k}")
    for rule in POLICY.rules
    for kind in ("bad", "good")
    for k, ex in enumerate(getattr(rule.examples, kind))
]


def _post(ex) -> Post:
    return Post.model_validate({"platform": ex.platform, **ex.post, "text": ex.text})


@pytest.mark.parametrize(("rule_id", "kind", "k", "example"), CASES)
def test_example(rule_id, kind, k, example):
    review = check(_post(example), policy=POLICY)
    if kind == "bad":
        assert rule_id in review.rules(), f"{rule_id} bad example {k} not caught: {example.text!r}\n{review}"
    else:
        loud = [f for f in review.findings if LEVEL_RANK[f.level] >= 1]
        assert not loud, f"{rule_id} good example {k} flagged: {example.text!r}\n{review}"


def test_every_category_has_rules():
    from tpstrain import CATEGORIES

    have = {r.category for r in POLICY.rules}
    assert set(CATEGORIES) <= have, f"no rules for {set(CATEGORIES) - have}"


@pytest.mark.parametrize("rule_id", [r.id for r in POLICY.rules])
def test_fixes_remove_their_finding(rule_id):
    rule = POLICY.rule(rule_id)
    for ex in rule.examples.bad:
        post = _post(ex)
        review = check(post, policy=POLICY)
        for f in review.findings:
            if f.rule != rule_id or not f.replaceable:
                continue
            for choice in range(len(f.suggestions)):
                fixed = f.apply(post.text, choice)
                again = check(post.model_copy(update={"text": fixed}), policy=POLICY)
                new_start = f.start
                new_end = f.start + len(f.suggestions[choice])
                still = [
                    g for g in again.findings if g.rule == rule_id and g.start < new_end and new_start < g.end
                ]
                assert not still, (
                    f"{rule_id}: applying {f.suggestions[choice]!r} to {f.text!r} left {still[0].text!r}"
                )


def test_spans_end_on_a_whole_word():
    """A span a rule extends to show the context ('from a townhouse complex on Davis Drive ...') ends with a
    whole word, never inside one ('... has been charged wit'), in every rule's bad examples."""
    cut = []
    for rule in POLICY.rules:
        for ex in rule.examples.bad:
            text = ex.text
            for f in check(_post(ex), policy=POLICY).findings:
                inside = 0 < f.end < len(text) and text[f.end - 1].isalnum() and text[f.end].isalnum()
                if f.field == "text" and not f.suggestions and inside:
                    cut.append((f.rule, f.text))
    assert not cut, cut[:5]
