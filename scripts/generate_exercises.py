"""Regenerate exercises/ (the trainees' notebooks) from solutions/ with nbgrader.

    .venv/bin/python scripts/generate_exercises.py              # every assignment
    .venv/bin/python scripts/generate_exercises.py 04-clear-language
    .venv/bin/python scripts/generate_exercises.py --check      # exit 1 if exercises/ is out of date

nbgrader runs in a temporary copy of the course, so the repository's gradebook and working folders are
never touched; the release notebooks are then copied into exercises/. Commit the result.

The functions here (``course_api``, ``copy_course``, ``generate``) are also used by the course tests and
the autograding benchmark.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCE = "solutions"
RELEASE = "exercises"


def assignments(repo: Path = REPO) -> list[str]:
    """Every assignment in solutions/, in lesson order."""
    return sorted(p.name for p in (repo / SOURCE).iterdir() if p.is_dir() and any(p.glob("*.ipynb")))


def _venv_on_path() -> None:
    """nbgrader creates its gradebook by running `alembic` from PATH: put this Python's bin/ first."""
    bindir = str(Path(sys.executable).parent)
    parts = os.environ.get("PATH", "").split(os.pathsep)
    if parts[:1] != [bindir]:
        os.environ["PATH"] = os.pathsep.join([bindir, *[p for p in parts if p != bindir]])


def course_api(root: Path | str, repo: Path = REPO, **settings):
    """An ``NbGraderAPI`` for the course at ``root``, configured by the repository's nbgrader_config.py.

    ``settings`` are extra config values as ``"Section.name": value`` pairs.
    """
    _venv_on_path()
    from nbgrader.apps import NbGraderAPI
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=str(repo)).load_config()
    config.CourseDirectory.root = str(Path(root).resolve())
    for key, value in settings.items():
        section, name = key.split(".", 1)
        setattr(config[section], name, value)
    return NbGraderAPI(config=config)


def copy_course(dest: Path | str, repo: Path = REPO, names: list[str] | None = None) -> Path:
    """Copy the config and the SOURCE notebooks (of ``names``, default all) into ``dest``."""
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy2(repo / "nbgrader_config.py", dest / "nbgrader_config.py")
    for name in names or assignments(repo):
        shutil.copytree(
            repo / SOURCE / name,
            dest / SOURCE / name,
            dirs_exist_ok=True,
            ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"),
        )
    return dest


def generate(api, names: list[str]) -> None:
    """``generate_assignment`` for each name; raise with nbgrader's log when one fails."""
    for name in names:
        result = api.generate_assignment(name, force=True, create=True)
        if not result["success"]:
            raise RuntimeError(
                f"generate_assignment {name} failed:\n{result.get('error', '')}\n{result.get('log', '')}"
            )


def _differences(a: Path, b: Path) -> list[str]:
    """Relative paths that differ between two trees (missing on either side, or different bytes)."""
    out = []
    files_a = {p.relative_to(a) for p in a.rglob("*") if p.is_file()} if a.exists() else set()
    files_b = {p.relative_to(b) for p in b.rglob("*") if p.is_file()} if b.exists() else set()
    for rel in sorted(files_a | files_b):
        if rel not in files_a or rel not in files_b or not filecmp.cmp(a / rel, b / rel, shallow=False):
            out.append(str(rel))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="assignments to generate (default: all in solutions/)")
    ap.add_argument(
        "--check", action="store_true", help="compare with exercises/ instead of writing; exit 1 if different"
    )
    args = ap.parse_args(argv)
    names = args.names or assignments()
    unknown = [n for n in names if not (REPO / SOURCE / n).is_dir()]
    if unknown:
        print(f"no such assignment in {SOURCE}/: {', '.join(unknown)}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="tps-generate-") as tmp:
        root = copy_course(tmp, names=names)
        generate(course_api(root), names)
        stale = []
        for name in names:
            fresh, committed = root / RELEASE / name, REPO / RELEASE / name
            diff = _differences(fresh, committed)
            if args.check:
                stale += [f"{RELEASE}/{name}/{d}" for d in diff]
            elif diff:
                shutil.rmtree(committed, ignore_errors=True)
                shutil.copytree(fresh, committed)
                print(f"{RELEASE}/{name}: updated ({len(diff)} file{'s' if len(diff) != 1 else ''})")
            else:
                print(f"{RELEASE}/{name}: up to date")
    if args.check and stale:
        print("out of date (run scripts/generate_exercises.py):\n  " + "\n  ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
