"""The rule reference (docs/rules.md) is generated from the policy and kept in sync."""

from pathlib import Path

from tpstrain import model_policy
from tpstrain.render.markdown import policy_markdown

DOC = Path(__file__).resolve().parents[1] / "docs" / "rules.md"


def test_rules_reference_in_sync():
    expected = policy_markdown(model_policy())
    assert DOC.exists(), "run `make docs` to write docs/rules.md"
    assert DOC.read_text(encoding="utf-8") == expected, "docs/rules.md is stale: run `make docs`"


def test_reference_lists_every_rule_with_why_and_examples():
    text = DOC.read_text(encoding="utf-8")
    for rule in model_policy().rules:
        block = text.split(f"### `{rule.id}`", 1)[1].split("\n### ", 1)[0]
        assert "**Why.**" in block and "**Bad:**" in block and "**Good:**" in block
        assert rule.examples.bad[0].text.split()[0] in block
