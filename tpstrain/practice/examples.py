"""Practice read from the policy's own examples: spot-the-problem rounds and fix drills. A lesson never
copies an example: tune a rule and the lesson follows."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..rules import Example, Rule
from .shown import Shown

if TYPE_CHECKING:
    from ..policy import Policy
    from ..review import Review

FINE, CHANGE = "Fine as it is", "Needs a change"


def policy_of(policy: Any = None) -> Policy:
    """A policy given as a Policy, a file or None (the model policy)."""
    from ..policy import load_policy

    return load_policy(policy) if policy is None or isinstance(policy, str | Path) else policy


def _day(value: Any) -> str:
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return str(value)
    return f"{value.day} {value:%B %Y}" if isinstance(value, dt.date) else str(value)


_KINDS = {
    "corporate": "a corporate account",
    "unit": "a unit account",
    "official_individual": "one member's official account",
    "personal": "a personal account",
}


def _unit(unit: str | None) -> str:
    return unit.replace("-", " ").title().replace("Tps", "TPS") if unit else ""


def describe_post(example: Example) -> list[str]:
    """What a post carries besides its words, in plain words: who wrote it, on which account, its media."""
    post, out = dict(example.post), []
    if example.platform != "x":
        from ..platforms import PLATFORMS

        out.append(f"On {PLATFORMS[example.platform].label}.")
    author = post.get("author")
    if author:
        training = author.get("training") or []
        if not training:
            held = "no social media training on record"
        else:
            held = "; ".join(
                f"trained in {t['module']} on {_day(t['completed_on'])}"
                + (f", valid until {_day(t['expires_on'])}" if t.get("expires_on") else ", no end date")
                for t in training
            )
        unit = f", {_unit(author.get('unit'))}" if author.get("unit") else ""
        out.append(f"Written by {author['name']}{unit} ({held}).")
    account = post.get("account")
    if account:
        whose = f" of {_unit(account.get('unit'))}" if account.get("unit") else ""
        out.append(
            f"Posted on @{str(account['handle']).lstrip('@')}: {_KINDS.get(account.get('kind', 'unit'))}{whose}."
        )
    when = post.get("scheduled_at") or post.get("created_at")
    if when:
        out.append(f"Goes out on {_day(when)}.")
    if post.get("official") is False:
        out.append("Marked as a personal post, not police business.")
    for m in post.get("media") or []:
        kind = m.get("kind", "image")
        if kind == "video" or m.get("captions") is not None:
            out.append(f"A video {'with' if m.get('captions') else 'without'} captions.")
        else:
            alt = (m.get("alt_text") or "").strip()
            if not alt:
                out.append(f"A {kind} with no alt text.")
            elif len(alt) > 160:
                out.append(f"A {kind} whose alt text runs to {len(alt):,} characters: “{alt[:60]}…”")
            else:
                out.append(f"A {kind} with the alt text “{alt}”.")
    if post.get("title"):
        out.append(f"Video title ({len(post['title'])} characters): “{post['title']}”.")
    if post.get("next_of_kin_notified") is not None:
        out.append(
            "The family has been told."
            if post["next_of_kin_notified"]
            else "The family has not been told yet."
        )
    return out


def _review(example: Example, policy: Any) -> Review:
    from ..api import check

    return check(example.text, platform=example.platform, policy=policy, **example.post)


@dataclass
class SpotItem:
    """One post of a round: the example, the rule it comes from, whether it needs a change, and why."""

    example: Example
    rule: Rule
    bad: bool
    why: str

    @property
    def answer(self) -> str:
        return CHANGE if self.bad else FINE


def _why_bad(rule: Rule, example: Example, policy: Any) -> str:
    review = _review(example, policy)
    found = [f for f in review.findings if f.rule == rule.id] or list(review.findings)
    said = found[0].message if found else rule.title
    level = found[0].level if found else rule.level
    lead = {
        "error": "Needs a change: it must not go out like this.",
        "warning": "Needs a change before it goes out.",
        "suggestion": "Worth changing (a suggestion).",
    }[level]
    return f"{lead} {rule.title}: {said} Fix: {rule.fix}"


def _why_good(rule: Rule, example: Example) -> str:
    note = f" ({example.note})" if example.note else ""
    return f"Fine as it is{note}: it does the job without the problem of “{rule.title}”."


@dataclass
class Spot(Shown):
    """A round of posts from the policy's examples: for each, is it fine as it is, or does it need a change?"""

    rules: list[Rule]
    items: list[SpotItem] = field(default_factory=list)

    def pick(self, number: int, answer: str) -> str:
        """Answer post ``number`` (1, 2, ...) with "fine" or "change"; returns the feedback."""
        item = self.items[number - 1]
        bad = answer.strip().lower().startswith(("c", "n"))  # "change", "needs a change"
        return ("Right. " if bad == item.bad else "Not quite. ") + item.why

    def text(self) -> str:
        lines = ["Spot it: is each post fine as it is, or does it need a change?"]
        for i, it in enumerate(self.items, 1):
            lines.append(f"  {i}. {it.example.text}")
            lines += [f"     ({d})" for d in describe_post(it.example)]
        lines.append("Answer with .pick(1, 'fine') or .pick(1, 'change').")
        return "\n".join(lines)


def spot(
    *rule_ids: str, bad: int = 1, good: int | None = None, policy: Any = None, seed: str | None = None
) -> Spot:
    """A round of posts read from the rules' own examples, shuffled: trainees sort each one.

    Takes ``bad`` bad examples of every rule, and ``good`` good ones (default: one of every rule when there are
    one or two rules, else one of every second rule), so a round is never all problems.
    """
    if not rule_ids:
        raise ValueError("name at least one rule")
    pol = policy_of(policy)
    rules = [pol.rule(r) for r in rule_ids]
    items: list[SpotItem] = []
    for n, rule in enumerate(rules):
        for ex in rule.examples.bad[:bad]:
            items.append(SpotItem(ex, rule, True, _why_bad(rule, ex, pol)))
        takes = good if good is not None else (1 if len(rules) <= 2 or n % 2 == 0 else 0)
        for ex in rule.examples.good[:takes]:
            items.append(SpotItem(ex, rule, False, _why_good(rule, ex)))
    random.Random(seed or ",".join(rule_ids)).shuffle(items)
    return Spot(rules, items)


# ----- fix drills ------------------------------------------------------------------------------------------

_FIXED_FIELDS = ("author", "account")  # a fix drill cannot change who posts where: those rules get a round


@dataclass
class Drill(Shown):
    """Spot and fix: one of the rule's bad examples in the composer, to rewrite until the rule is satisfied."""

    rule: Rule
    example: Example
    policy: Any = None

    @property
    def good(self) -> list[Example]:
        return list(self.rule.examples.good)

    def fixed(self, text: str, **fields: Any) -> bool:
        """True when ``text`` (with the example's other fields, or ``fields``) no longer breaks the rule."""
        from ..api import check

        post = {**self.example.post, **fields}
        return (
            self.rule.id
            not in check(text, platform=self.example.platform, policy=self.policy, **post).rules()
        )

    def text(self) -> str:
        lines = [f"Spot and fix: {self.rule.title}", f"  {self.example.text}"]
        lines += [f"  ({d})" for d in describe_post(self.example)]
        lines += [f"Fix: {self.rule.fix}", "Posts that pass this rule:"]
        lines += [f"  - {g.text}" for g in self.good]
        return "\n".join(lines)


def drill(rule_id: str, *, example: int = 0, policy: Any = None) -> Drill | Spot:
    """Practise one rule on its own bad example: rewrite it in the composer until the rule is satisfied.

    Posts whose problem is who posts where (author, account) cannot be fixed by rewriting: for those rules the
    drill is a round (:func:`spot`) of the rule's bad and good examples.
    """
    pol = policy_of(policy)
    rule = pol.rule(rule_id)
    bads = rule.examples.bad
    ex = bads[min(max(example, 0), len(bads) - 1)]
    if any(k in ex.post for k in _FIXED_FIELDS):
        return spot(rule_id, bad=2, good=2, policy=pol)
    return Drill(rule, ex, pol)
