"""Sentences longer than the policy's limit in words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Compiled, Ctx

if TYPE_CHECKING:
    from ..rules import SentenceLengthCheck
    from ..shapes import FindingShape


class SentenceLengthRule(Compiled):
    check: SentenceLengthCheck

    def run(self, ctx: Ctx) -> list[FindingShape]:
        chk = self.check
        if ctx.metrics.longest_sentence <= chk.max_words:  # counted once, the same way, for the metrics
            return []
        out = []
        for sent in ctx.a.sentences:
            n = sum(1 for w in sent if not w.text.isdigit())
            if n > chk.max_words:
                out.append(
                    self.finding(ctx, sent[0].start, sent[-1].end, {"value": n, "limit": chk.max_words})
                )
        return out
