"""The user cache (``~/.cache/tpstrain``; TPSTRAIN_NO_CACHE=1 turns it off) and the plain snapshot of the
model policy that ``tpstrain check`` runs from without importing pydantic.

Entries are keyed by the package version and the name, size and modification time of every model-policy
file and every module of the package, so any change makes new ones. Reads that fail for any reason are
misses; writes are atomic, readable by the user only, and skipped on a read-only home.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from functools import lru_cache
from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).parent
MODEL_DIR = PACKAGE_DIR / "policies" / "model"


def cache_dir() -> Path | None:
    if os.environ.get("TPSTRAIN_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "tpstrain"


@lru_cache(maxsize=1)
def model_cache_path() -> Path | None:
    """Where the validated model policy is kept (its term table and snapshot sit beside it)."""
    from . import __version__

    cache = cache_dir()
    if cache is None:
        return None
    key = hashlib.sha256(__version__.encode())
    for f in [MODEL_DIR / "policy.yaml", *sorted((MODEL_DIR / "rules").glob("*.yaml")), *sorted(PACKAGE_DIR.glob("*.py"))]:
        st = f.stat()
        key.update(f"{f.name}:{st.st_size}:{st.st_mtime_ns};".encode())
    return cache / f"model-{key.hexdigest()[:24]}.pickle"


KEEP_MODELS = 3  # environments sharing one cache (a lab, a test run, CI) each keep their entry


def prune_model_cache(cache: Path) -> None:
    """Before a new entry is written: remove all but the most recently written few (with their term tables
    and snapshots), so several environments can share the cache without rebuilding each other's."""
    keys: dict[str, float] = {}
    for f in cache.glob("model-*.pickle"):
        key = f.name.split("-")[1].split(".")[0]
        with contextlib.suppress(OSError):
            keys[key] = max(keys.get(key, 0.0), f.stat().st_mtime)
    for key in sorted(keys, key=keys.__getitem__, reverse=True)[KEEP_MODELS - 1 :]:
        for f in cache.glob(f"model-{key}*.pickle"):
            f.unlink(missing_ok=True)


def sibling(path: Path | None, suffix: str) -> Path | None:
    return path.with_name(f"{path.stem}-{suffix}.pickle") if path is not None else None


def cache_read(path: Path | None, kind: type) -> Any:
    """An object of ``kind`` from the cache, or None when it is missing, stale or unreadable."""
    if path is None:
        return None
    try:
        obj = pickle.loads(path.read_bytes())
    except Exception:
        return None
    return obj if isinstance(obj, kind) else None


def cache_write(path: Path, obj: Any) -> None:
    """Write atomically, readable by the user only; a read-only home is fine (the cache is only for speed)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except (OSError, pickle.PicklingError):
        pass


class Plain:
    """A pydantic model's data as plain attributes: what the engine reads of rules, terms and settings,
    and of posts and findings on the quick CLI path. Compares by value."""

    def __init__(self, **values: Any) -> None:
        self.__dict__.update(values)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Plain) and self.__dict__ == other.__dict__

    def __repr__(self) -> str:
        return f"Plain({', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())})"


def to_plain(obj: Any) -> Any:
    """Copy pydantic models (their fields), lists, tuples and dicts into plain objects, recursively."""
    fields = getattr(type(obj), "model_fields", None)
    if fields is not None:
        return Plain(**{name: to_plain(getattr(obj, name)) for name in fields})
    if isinstance(obj, list):
        return [to_plain(x) for x in obj]
    if isinstance(obj, tuple):
        return tuple(to_plain(x) for x in obj)
    if isinstance(obj, dict):
        return {k: to_plain(v) for k, v in obj.items()}
    return obj


class Snapshot:
    """What ``tpstrain check TEXT`` needs without pydantic: the model policy as plain data, a plain
    text post's defaults, and the field order of a review's JSON."""

    def __init__(self, policy: Plain, post: dict[str, Any], fields: dict[str, list[str]]) -> None:
        self.policy, self.post, self.fields = policy, post, fields


def write_snapshot(policy: Any) -> None:
    """Keep the model policy's snapshot beside its cache entry (called where pydantic is loaded)."""
    path = sibling(model_cache_path(), "plain")
    if path is None or path.exists():
        return
    from .models import Post
    from .review import Finding, Metrics, Review

    post = {name: f.get_default(call_default_factory=True) for name, f in Post.model_fields.items() if not f.is_required()}
    fields = {cls.__name__.lower(): list(cls.model_fields) for cls in (Finding, Metrics, Review)}
    cache_write(path, Snapshot(to_plain(policy), post, fields))


def read_snapshot() -> Snapshot | None:
    """The snapshot, or None. One that cannot be read is removed, so the full path writes it again."""
    path = sibling(model_cache_path(), "plain")
    snap = cache_read(path, Snapshot)
    if snap is None:
        if path is not None:
            with contextlib.suppress(OSError):  # no cache directory, or a read-only one: nothing to remove
                path.unlink(missing_ok=True)
        return None
    snap.policy._table_cache = sibling(model_cache_path(), "terms")
    return snap
