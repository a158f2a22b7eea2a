"""The user cache (``~/.cache/tpstrain``; TPSTRAIN_NO_CACHE=1 turns it off): the validated model policy, its
term table and its plain snapshot (quick.py), so a cold ``tpstrain check`` parses and validates nothing.

Entries are keyed by the package version and the name, size and modification time of every model-policy
file and every module of the package, so any change makes new ones. Reads that fail for any reason are
misses; writes are atomic, readable by the user only, and skipped on a read-only home.

Entries are pickles, and unpickling runs code, so only files this user's tpstrain wrote are ever unpickled.
The cache directory must belong to the user and be writable by no one else (it is made 0700); each file
must be a regular file (not a link) belonging to the user, writable by no one else; and it must carry an
HMAC-SHA256 of its name and content under a secret key (``key`` in the directory, 32 random bytes made on
first use, 0600) that is checked before anything is unpickled. A file that fails any check is ignored, as
a miss: the entry is rebuilt and written over it. tests/test_hostile_input.py plants pickles that would run
code if loaded.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import pickle
import stat
from functools import lru_cache
from pathlib import Path
from typing import Any

from .version import __version__

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


MAGIC = b"tpstrain-cache-v1\n"  # then the 32-byte HMAC, then the pickle
KEY_NAME = "key"
_KEY: dict[Path, bytes | None] = {}  # the key of each cache directory, read once per process


def _private(st: os.stat_result, mask: int = stat.S_IWGRP | stat.S_IWOTH) -> bool:
    """Owned by this user, and none of the ``mask`` bits (by default: writable by no one else)."""
    return st.st_uid == os.geteuid() and not st.st_mode & mask


def _trusted_dir(directory: Path, make: bool = False) -> bool:
    """The cache directory is this user's own and no one else can write to it (made 0700 when ``make``)."""
    if make:
        try:
            directory.parent.mkdir(parents=True, exist_ok=True)
            directory.mkdir(mode=0o700)
        except FileExistsError:
            pass
        except OSError:
            return False
    try:
        st = os.stat(directory)
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and _private(st)


def _read_private(
    path: Path, limit: int | None = None, mask: int = stat.S_IWGRP | stat.S_IWOTH
) -> bytes | None:
    """A regular file (not a link) of this user's that no one else can write (``mask``), read whole; else
    None. Opened without waiting (a FIFO planted there does not hang us) and checked on the open file."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not (stat.S_ISREG(st.st_mode) and _private(st, mask)) or (
            limit is not None and st.st_size > limit
        ):
            os.close(fd)
            return None
        with open(fd, "rb") as f:
            return f.read()
    except OSError:
        return None


def _key(directory: Path, make: bool) -> bytes | None:
    """The directory's secret key: read (it must be this user's, 0600, 32 bytes), or made when ``make``."""
    if directory in _KEY:
        return _KEY[directory]
    path = directory / KEY_NAME
    key = _read_private(path, limit=64, mask=0o077)  # 0600: no one else may read it either
    if key is None and (path.exists() or path.is_symlink()):
        _KEY[directory] = None  # someone else's, or open to others: no cache in this directory
        return None
    if key is not None and len(key) != 32:
        _KEY[directory] = None
        return None
    if key is None and make:
        import secrets

        tmp = directory / f".{KEY_NAME}.{secrets.token_hex(8)}.tmp"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
            with open(fd, "wb") as f:
                f.write(secrets.token_bytes(32))
            os.link(tmp, path)  # atomic, and never over a key another process made first
        except FileExistsError:
            pass
        except OSError:
            return None
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        return _key(directory, make=False)
    if key is not None:
        _KEY[directory] = key
    return key


def _digest(key: bytes, path: Path, payload: bytes) -> bytes:
    return hmac.new(key, path.name.encode() + b"\0" + payload, hashlib.sha256).digest()


def _verified(path: Path | None) -> bytes | None:
    """The pickle in a cache file this user's tpstrain wrote (trusted directory, private file, HMAC), or None."""
    if path is None or not _trusted_dir(path.parent):
        return None
    key = _key(path.parent, make=False)
    data = _read_private(path)
    if key is None or data is None or not data.startswith(MAGIC):
        return None
    mac, payload = data[len(MAGIC) : len(MAGIC) + 32], data[len(MAGIC) + 32 :]
    return payload if hmac.compare_digest(mac, _digest(key, path, payload)) else None


def cache_valid(path: Path | None) -> bool:
    """Whether a cache file would be read (without unpickling it)."""
    return _verified(path) is not None


def cache_read(path: Path | None, kind: type) -> Any:
    """An object of ``kind`` from the cache, or None when it is missing, stale, unreadable, or not certainly
    written by this user's tpstrain (see the module's docstring): such a file is never unpickled."""
    payload = _verified(path)
    if payload is None:
        return None
    try:
        obj = pickle.loads(payload)
    except Exception:
        return None
    return obj if isinstance(obj, kind) else None


def cache_write(path: Path, obj: Any) -> None:
    """Write atomically, readable by the user only, with its HMAC; a read-only home, or a cache directory
    that is not the user's own, is fine: the cache is only for speed, so nothing is written."""
    if not _trusted_dir(path.parent, make=True):
        return
    key = _key(path.parent, make=True)
    if key is None:
        return
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        payload = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
        with open(fd, "wb") as f:
            os.fchmod(fd, 0o600)  # also when an old temporary file was there
            f.write(MAGIC + _digest(key, path, payload) + payload)
        os.replace(tmp, path)
    except (OSError, pickle.PicklingError):
        with contextlib.suppress(OSError):
            os.unlink(tmp)
