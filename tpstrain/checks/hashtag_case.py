"""Multi-word hashtags not in CamelCase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Compiled, Ctx

if TYPE_CHECKING:
    from ..rules import HashtagCaseCheck
    from ..shapes import FindingShape


class HashtagCaseRule(Compiled):
    check: HashtagCaseCheck

    def run(self, ctx: Ctx) -> list[FindingShape]:
        chk = self.check
        out = []
        for t in ctx.a.hashtags:
            body = t.text[1:]
            if len(body) < chk.min_letters or not body.isalpha() or not (body.islower() or body.isupper()):
                continue
            from ..words import segment

            parts = segment(body.lower())
            if parts and len(parts) >= 2:
                camel = "#" + "".join(p[:1].upper() + p[1:] for p in parts)
                out.append(self.finding(ctx, t.start, t.end, {"value": " ".join(parts)}, [camel]))
        return out
