"""The user cache (``~/.cache/tpstrain``; TPSTRAIN_NO_CACHE=1 turns it off): the validated model policy, its
term table and its plain snapshot (quick.py), so a cold ``tpstrain check`` parses and validates nothing.

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
    for f in _keyed_files():
        st = f.stat()
        key.update(f"{f.relative_to(PACKAGE_DIR)}:{st.st_size}:{st.st_mtime_ns};".encode())
    return cache / f"model-{key.hexdigest()[:24]}.pickle"


def _keyed_files() -> list[Path]:
    """Every file whose change could change a cached entry: the model policy, the package's modules in every
    subpackage, and its data files."""
    files = [*MODEL_DIR.rglob("*.yaml"), *PACKAGE_DIR.rglob("*.py"), *(PACKAGE_DIR / "data").iterdir()]
    return sorted(f for f in files if f.is_file() and "__pycache__" not in f.parts)


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
