"""The quick path of ``tpstrain check TEXT``: the model policy as plain data (a snapshot kept in the user
cache beside the validated policy, written by :mod:`tpstrain.policy`), checked without importing pydantic.
The review is the same as the full path's; tests/test_engine.py compares both on every dev-set and held-out
post."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .cache import cache_read, model_cache_path, sibling
from .plain import Plain

if TYPE_CHECKING:
    from .engine import CompiledPolicy
    from .shapes import ReviewShape


class Snapshot:
    """What ``tpstrain check TEXT`` needs without pydantic: the model policy as plain data, a plain
    text post's defaults, and the field order of a review's JSON."""

    def __init__(self, policy: Plain, post: dict[str, Any], fields: dict[str, list[str]]) -> None:
        self.policy, self.post, self.fields = policy, post, fields


def snapshot_path() -> Path | None:
    """Where the snapshot is kept: beside the model policy's cache entry."""
    return sibling(model_cache_path(), "plain")


def read_snapshot() -> Snapshot | None:
    """The snapshot, or None. One that cannot be read is removed, so the full path writes it again."""
    path = snapshot_path()
    snap: Snapshot | None = cache_read(path, Snapshot)
    if snap is None:
        if path is not None:
            with contextlib.suppress(OSError):  # no cache directory, or a read-only one: nothing to remove
                path.unlink(missing_ok=True)
        return None
    snap.policy._table_cache = sibling(model_cache_path(), "terms")
    return snap


_QUICK: list[tuple[Snapshot, CompiledPolicy]] = []  # (snapshot, its compiled policy), once per process


def quick_check(text: str, platform: str | None, fmt: str, colour: bool) -> tuple[ReviewShape, str] | None:
    """Check text against the model policy from its snapshot: (review, output in ``fmt``: text or json).
    None when there is no snapshot yet: the full path then makes one."""
    if not _QUICK:
        snap = read_snapshot()
        if snap is None:
            return None
        from .engine import CompiledPolicy  # imported once a snapshot is there: `tpstrain rules` needs none

        _QUICK.append((snap, CompiledPolicy(snap.policy)))
    snap, compiled = _QUICK[0]
    from .render.text import format_review
    from .text import check_text

    post = Plain(**{k: (list(v) if isinstance(v, list) else v) for k, v in snap.post.items()})
    review = compiled.review(check_text(text, platform, post))
    if fmt == "text":
        return review, format_review(review, colour=colour)
    fields = snap.fields
    data = {
        "verdict": review.verdict,
        "findings": [{k: getattr(f, k) for k in fields["finding"]} for f in review.findings],
        "metrics": {k: getattr(review.metrics, k) for k in fields["metrics"]},
    }
    return review, json.dumps(
        {k: data[k] for k in fields["review"] if k in data}, indent=2, ensure_ascii=False
    )
