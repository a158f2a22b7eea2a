"""The package's shape (docs/architecture.md): modules a reader can take in whole, a user cache keyed by every
module, and the import contracts of pyproject.toml."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import tpstrain
from tpstrain import cache

PACKAGE = Path(tpstrain.__file__).parent
ROOT = PACKAGE.parent
MAX_LINES = 600


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_no_module_over_600_lines():
    long = {
        str(p.relative_to(ROOT)): n
        for p in _modules()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"modules over {MAX_LINES} lines (split them by job): {long}"


def test_every_package_has_an_init():
    """A folder of modules without __init__.py is a namespace package: import-linter and mypy read it
    differently, and the layers contract would not see it."""
    folders = {p.parent for p in _modules()}
    assert all((f / "__init__.py").exists() for f in folders), sorted(
        str(f.relative_to(ROOT)) for f in folders if not (f / "__init__.py").exists()
    )


def test_user_cache_key_covers_every_module():
    """The cached model policy, term table and snapshot are keyed by every module of the package, subpackages
    included (passes/, checks/, render/ ...), and every model-policy file: an edit anywhere makes new entries,
    never stale tables."""
    keyed = set(cache._keyed_files())
    modules = set(_modules())
    assert {p for p in modules if p.parent != PACKAGE}, "the package has subpackages"
    assert modules <= keyed, sorted(str(p.relative_to(ROOT)) for p in modules - keyed)
    assert set((PACKAGE / "policies" / "model").rglob("*.yaml")) <= keyed


def test_cache_key_changes_with_any_module(monkeypatch):
    """The key reads each file's name, size and modification time: a change in a subpackage's module
    changes it."""
    files = cache._keyed_files()
    nested = next(f for f in files if f.suffix == ".py" and f.parent != PACKAGE)
    monkeypatch.delenv("TPSTRAIN_NO_CACHE", raising=False)
    before = cache.model_cache_path.__wrapped__()
    real_stat = Path.stat

    class Touched:  # the same file, a moment newer
        def __init__(self, st: object) -> None:
            self.st_mode, self.st_size = st.st_mode, st.st_size
            self.st_mtime_ns = st.st_mtime_ns + 1

    def touched(self: Path, *args: object, **kwargs: object) -> object:
        st = real_stat(self, *args, **kwargs)
        return Touched(st) if self == nested else st

    monkeypatch.setattr(Path, "stat", touched)
    assert cache.model_cache_path.__wrapped__() != before


@pytest.mark.skipif(
    shutil.which("lint-imports", path=str(Path(sys.executable).parent)) is None, reason="no import-linter"
)
def test_import_contracts_hold():
    """Layers, no cycles (deferred and type-only imports included), the course on the public modules, no
    pydantic on the quick path."""
    r = subprocess.run(
        [
            str(Path(sys.executable).parent / "lint-imports"),
            "--no-logo",
            "--no-cache",
            "pyproject.toml",
            "importlinter-runtime.ini",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-2000:]
