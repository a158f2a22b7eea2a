"""Media without alt text or captions."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import Compiled, Ctx

if TYPE_CHECKING:
    from ..rules import MediaCheck
    from ..shapes import FindingShape


_PLACEHOLDER_ALT = re.compile(
    r"(?i)(?:[\w-]+\.(?:jpe?g|png|gif|heic|webp|bmp|tiff?|mp4|mov)|(?:img|dsc|pxl|screenshot)[\s_-]*[\d_-]*"
    r"|(?:a\s+|an\s+|the\s+)?(?:photo|image|picture|pic|graphic|untitled|alt|alt text|placeholder|screenshot)s?\.?)"
)


class MediaRule(Compiled):
    check: MediaCheck

    needs_post = ("media",)

    def run(self, ctx: Ctx) -> list[FindingShape]:
        chk = self.check
        out = []
        for k, m in enumerate(ctx.post.media):
            if chk.require == "alt_text" and m.kind in ("image", "gif"):
                if (
                    not m.alt_text
                    or len(m.alt_text.strip()) < chk.min_chars
                    or _PLACEHOLDER_ALT.fullmatch(m.alt_text.strip())
                ):
                    out.append(
                        self.finding(ctx, 0, 0, {"value": m.kind, "index": k + 1}, field=f"media[{k}]")
                    )
            elif chk.require == "captions" and m.kind == "video" and not m.captions:
                out.append(self.finding(ctx, 0, 0, {"value": m.kind, "index": k + 1}, field=f"media[{k}]"))
        return out
