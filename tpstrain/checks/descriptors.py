"""A person described by race or colour with too few other descriptors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Compiled, Ctx

if TYPE_CHECKING:
    from ..rules import DescriptorsCheck, Rule
    from ..shapes import FindingShape
    from .base import Tables


class DescriptorsRule(Compiled):
    check: DescriptorsCheck

    def __init__(self, rule: Rule, policy: Tables):
        super().__init__(rule, policy)
        chk = self.check
        where = f"rule '{rule.id}'"
        self.trigger = [
            policy.pattern(p, True, f"{where}: field 'check.trigger'", capture=True) for p in chk.trigger
        ]
        self.trigger_index = {
            policy.patterns.add(p, True, f"{where}: field 'check.trigger'") for p in chk.trigger
        }
        self.needs_pattern = frozenset(self.trigger_index)
        self.groups = {
            g: [policy.pattern(p, True, f"{where}: field 'check.groups.{g}'") for p in ps]
            for g, ps in chk.groups.items()
        }

    def run(self, ctx: Ctx) -> list[FindingShape]:
        chk = self.check
        if not self.trigger_index & ctx.pattern_hits:
            return []
        text = ctx.a.folded
        # a trigger pattern with a group highlights just the group ("wanted ... (a black man)")
        hits = [
            m.span(1) if rx.groups and m.start(1) >= 0 else m.span()
            for rx in self.trigger
            for m in rx.finditer(text)
        ]
        if not hits:
            return []
        have = [g for g, rxs in self.groups.items() if any(rx.search(text) for rx in rxs)]
        if len(have) >= chk.min_groups:
            return []
        s, e = min(hits)
        return [
            self.finding(
                ctx, s, e, {"value": len(have), "limit": chk.min_groups, "have": ", ".join(have) or "none"}
            )
        ]
