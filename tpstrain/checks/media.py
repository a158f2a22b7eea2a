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

# the post or the video's description says it is captioned: "Captions are available on this video", "Captioned video
# of ..." (a video whose ``captions`` is not given; one marked ``captions: false`` is not)
_SAYS_CAPTIONED = re.compile(
    r"(?i)\bcaptioned\b|\bcaptions? (?:are |is )?(?:available|on|included|provided)\b"
    r"|\b(?:has|have|with|includes?) (?:closed |full |english |french )?captions\b"
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
                if m.captions is None and any(
                    t and _SAYS_CAPTIONED.search(t) for t in (m.alt_text, ctx.post.text, ctx.post.title)
                ):
                    continue
                out.append(self.finding(ctx, 0, 0, {"value": m.kind, "index": k + 1}, field=f"media[{k}]"))
        return out
