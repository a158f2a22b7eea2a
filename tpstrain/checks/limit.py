"""Platform limits: text length, hashtags, titles, alt text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..platforms import PLATFORMS, reply_prefix, x_weighted_length
from .base import Compiled, Ctx

if TYPE_CHECKING:
    from ..rules import LimitCheck, Rule
    from ..shapes import FindingShape
    from .base import Tables


class LimitRule(Compiled):
    check: LimitCheck

    def __init__(self, rule: Rule, policy: Tables):
        super().__init__(rule, policy)
        self.needs_post = {"alt_text": ("media",), "title": ("title",)}.get(self.check.field, ())

    def run(self, ctx: Ctx) -> list[FindingShape]:
        chk = self.check
        post, plat = ctx.post, PLATFORMS[ctx.post.platform]
        default = {
            "text": plat.text_limit,
            "hashtags": plat.hashtag_limit,
            "title": plat.title_limit,
            "alt_text": plat.alt_text_limit,
        }[chk.field]
        limit = chk.max.get(post.platform, default)
        if limit is None:
            return []
        vals = {"limit": limit, "platform": plat.label}
        if chk.field == "text":
            length = ctx.metrics.weighted_length
            if length <= limit:
                return []
            skip = reply_prefix(post.text) if plat.weighted else 0
            cut = skip + _cut_index(post.text[skip:], limit, plat.weighted)
            return [self.finding(ctx, cut, len(post.text), {**vals, "value": length}, folded=False)]
        if chk.field == "hashtags":
            tags = ctx.a.hashtags
            if len(tags) <= limit:
                return []
            return [self.finding(ctx, tags[limit].start, tags[-1].end, {**vals, "value": len(tags)})]
        if chk.field == "title":
            title = post.title or ""
            if len(title) <= limit:
                return []
            return [
                self.finding(
                    ctx, limit, len(title), {**vals, "value": len(title)}, field="title", field_text=title
                )
            ]
        out = []
        for k, m in enumerate(post.media):
            if m.alt_text and len(m.alt_text) > limit:
                out.append(
                    self.finding(
                        ctx,
                        limit,
                        len(m.alt_text),
                        {**vals, "value": len(m.alt_text)},
                        field=f"media[{k}].alt_text",
                        field_text=m.alt_text,
                    )
                )
        return out


def _cut_index(text: str, limit: int, weighted: bool) -> int:
    """The first index whose prefix runs past the limit."""
    if not weighted:
        return limit
    lo, hi = 0, len(text)
    while lo < hi:  # smallest i with weighted(text[:i]) > limit
        mid = (lo + hi) // 2
        if x_weighted_length(text[:mid]) > limit:
            hi = mid
        else:
            lo = mid + 1
    return max(0, lo - 1)
