"""Emoji in long runs or in great numbers (screen readers read each one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Compiled, Ctx

if TYPE_CHECKING:
    from ..rules import EmojiCheck
    from ..shapes import FindingShape


class EmojiRule(Compiled):
    check: EmojiCheck

    def run(self, ctx: Ctx) -> list[FindingShape]:
        text = ctx.post.text
        if text.isascii():
            return []
        from ..platforms import _emoji_re

        chk = self.check
        found = [m.span() for m in _emoji_re().finditer(text)]
        out: list[FindingShape] = []
        run: list[tuple[int, int]] = []
        for span in [*found, None]:
            if span and run and text[run[-1][1] : span[0]].strip() == "":
                run.append(span)
                continue
            if len(run) > chk.max_run:
                out.append(
                    self.finding(
                        ctx, run[0][0], run[-1][1], {"value": len(run), "limit": chk.max_run}, folded=False
                    )
                )
            run = [span] if span else []
        if not out and len(found) > chk.max_total:
            out.append(
                self.finding(
                    ctx,
                    found[0][0],
                    found[-1][1],
                    {"value": len(found), "limit": chk.max_total},
                    folded=False,
                )
            )
        return out
