"""Rules and policies as Markdown: the rule reference (docs/rules.md), ``tpstrain rules --format markdown``
and the lessons' rule cards (what / why / examples / use instead, like ruff's rule docs)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from ..rules import CATEGORIES, TermsCheck

if TYPE_CHECKING:
    from ..rules import Rule


class HasRules(Protocol):
    """A policy, as far as its reference reads it."""

    @property
    def rules(self) -> Sequence[Rule]: ...


_HEAD = """# Rule reference

Generated from the model policy (`tpstrain/policies/model/rules/*.yaml`) by `python -m tpstrain.docs`;
do not edit by hand. `tpstrain rules ID` shows the same in a terminal.

Levels: **error** must not be published; **warning** revise before posting; **suggestion** consider.
"""


def _md(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def rule_markdown(rule: Rule) -> str:
    """One rule: its title, level and values, why, source and fix, its terms, and its bad and good examples."""
    lines = [
        f"### `{rule.id}` — {rule.title}",
        "",
        f"**{rule.category}**, **{rule.level}**{'' if rule.enabled else ' (disabled)'} · "
        f"values: {', '.join(rule.values)} · check: `{rule.kind}`",
        "",
        f"**Why.** {_md(rule.rationale)}",
        "",
        f"**Source.** {_md(rule.source)}",
        "",
        f"**Fix.** {_md(rule.fix)}",
        "",
    ]
    if rule.question:
        lines += [f"**When the text cannot tell** (a warning, whatever the level): {_md(rule.question)}", ""]
    if isinstance(rule.check, TermsCheck) and rule.check.terms:
        lines += ["| avoid | write instead |", "|---|---|"]
        for t in rule.check.terms:
            lines.append(f"| {_md(' / '.join(t.match))} | {_md(' / '.join(t.suggest)) or '—'} |")
        lines.append("")
    lines += ["**Bad:**", ""] + [f"- ✗ {_md(e.text)}" for e in rule.examples.bad] + [""]
    lines += ["**Good:**", ""] + [f"- ✓ {_md(e.text)}" for e in rule.examples.good] + [""]
    return "\n".join(lines)


def policy_markdown(policy: HasRules) -> str:
    """Every rule of a policy, by category, with a table of contents."""
    out = [_HEAD, f"{len(policy.rules)} rules.", ""]
    for cat in CATEGORIES:
        rules = [r for r in policy.rules if r.category == cat]
        if not rules:
            continue
        out += [f"## {cat.capitalize()}", ""]
        out += [
            f"- [`{r.id}`](#{r.id.replace('.', '')}--{_anchor(r.title)}) {r.title} ({r.level})" for r in rules
        ]
        out.append("")
        out += [rule_markdown(r) for r in rules]
    return "\n".join(out).rstrip() + "\n"


def _anchor(title: str) -> str:
    return "".join(c for c in title.lower().replace(" ", "-") if c.isalnum() or c == "-")
