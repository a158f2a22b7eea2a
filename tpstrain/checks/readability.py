"""Reading grade (Flesch-Kincaid) above the policy's limit: points at the hardest sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Compiled, Ctx

if TYPE_CHECKING:
    from ..rules import ReadabilityCheck
    from ..shapes import FindingShape


class ReadabilityRule(Compiled):
    check: ReadabilityCheck

    def run(self, ctx: Ctx) -> list[FindingShape]:
        m = ctx.metrics
        chk = self.check
        if m.grade is None or m.words < chk.min_words or m.grade <= chk.max_grade:
            return []
        # point at the hardest sentence: the most syllables per sentence
        from ..readability import syllables

        best, best_score = None, -1.0
        for sent in ctx.a.sentences:
            ws = [w for w in sent if any(c.isalpha() for c in w.text)]
            if not ws:
                continue
            score = len(ws) * 0.39 + 11.8 * sum(syllables(w.lower) for w in ws) / len(ws)
            if score > best_score:
                best, best_score = sent, score
        s, e = (best[0].start, best[-1].end) if best else (0, len(ctx.a.folded))
        return [self.finding(ctx, s, e, {"value": f"{m.grade:.1f}", "limit": f"{chk.max_grade:g}"})]
