"""The course on disk: where it is, its nbgrader config, the trainees and assignments in it, and how a step reports.

nbgrader is imported lazily: importing this module costs nothing.
"""

from __future__ import annotations

import contextlib
import fnmatch
import json
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError, TpsError

CONFIG_NAME = "nbgrader_config"


# ----- locating and loading the course -------------------------------------------------------------------
def ensure_venv_on_path() -> None:
    """nbgrader creates a gradebook by running ``alembic`` from PATH: put this Python's ``bin/`` first."""
    bindir = str(Path(sys.executable).parent)
    parts = os.environ.get("PATH", "").split(os.pathsep)
    if not parts or parts[0] != bindir:
        os.environ["PATH"] = os.pathsep.join([bindir, *[p for p in parts if p != bindir]])


def find_course_root(start: str | os.PathLike | None = None) -> Path:
    """The course directory: ``start`` if given, else the nearest folder up from here with nbgrader_config.py."""
    if start is not None:
        root = Path(start).expanduser().resolve()
        if not root.is_dir():
            raise InputError(f"--course-dir {start}: no such directory")
        if not any((root / f"{CONFIG_NAME}{ext}").is_file() for ext in (".py", ".json")):
            raise InputError(f"{root}: no {CONFIG_NAME}.py here; is this an nbgrader course?")
        return root
    here = Path.cwd().resolve()
    for d in (here, *here.parents):
        if (d / f"{CONFIG_NAME}.py").is_file():
            return d
    raise InputError(f"no {CONFIG_NAME}.py in {here} or above: run this in the course, or give --course-dir")


@contextlib.contextmanager
def working_dir(path: Path) -> Iterator[None]:
    old = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(old)


def load_config(root: Path, overrides: dict[str, dict[str, Any]] | None = None, *, as_written: bool = False):
    """The traitlets config ``nbgrader`` would use in ``root``: Jupyter config dirs, then the course's file.

    The grading steps are always the course's own (:func:`tpstrain.course.autograder.configure`), unless
    ``as_written``: then the config is exactly what the ``nbgrader`` command would read.
    """
    from jupyter_core.paths import jupyter_config_path
    from traitlets.config import Config
    from traitlets.config.loader import ConfigFileNotFound, JSONFileConfigLoader, PyFileConfigLoader

    cfg = Config()
    with working_dir(root):
        for d in [*reversed(jupyter_config_path()), str(root)]:
            for loader in (JSONFileConfigLoader, PyFileConfigLoader):
                name = f"{CONFIG_NAME}.{'json' if loader is JSONFileConfigLoader else 'py'}"
                if not (Path(d) / name).is_file():
                    continue
                try:
                    cfg.merge(loader(name, path=d).load_config())
                except ConfigFileNotFound:
                    continue
                except Exception as e:  # a broken config file: one line, not a traceback
                    raise TpsError(f"{Path(d) / name}: {type(e).__name__}: {e}") from None
    cfg.CourseDirectory.root = str(root)
    if as_written:
        return cfg
    from .autograder import configure

    configure(cfg)  # whatever the course's file says, answers are graded as text and no trainee code runs
    for section, values in (overrides or {}).items():
        for k, v in values.items():
            cfg[section][k] = v
    return cfg


def split_names(value: str | Sequence[str] | None) -> list[str]:
    """'a,b' or ['a', 'b,c'] -> ['a', 'b', 'c'] (empty: [])."""
    if not value:
        return []
    items = [value] if isinstance(value, str) else list(value)
    return [x.strip() for item in items for x in item.split(",") if x.strip()]


def _matches(name: str, patterns: Sequence[str]) -> bool:
    return not patterns or any(fnmatch.fnmatchcase(name, p) for p in patterns)


class Course:
    """One nbgrader course directory, configured as ``nbgrader`` would configure it there."""

    def __init__(
        self, root: str | os.PathLike | None = None, overrides: dict[str, dict[str, Any]] | None = None
    ):
        ensure_venv_on_path()
        self.root = find_course_root(root)
        self.overrides = overrides or {}
        self.config = load_config(self.root, overrides)
        from nbgrader.coursedir import CourseDirectory

        with working_dir(self.root):
            self.coursedir = CourseDirectory(config=self.config)
            self.db_url = self.coursedir.db_url  # resolved against the course root
        self._api = None

    # ----- nbgrader objects -----------------------------------------------------------------------------
    @property
    def api(self):
        if self._api is None:
            from nbgrader.apps import NbGraderAPI

            with working_dir(self.root), quiet_logs():
                self._api = NbGraderAPI(self.coursedir, config=self.config)
        return self._api

    @contextlib.contextmanager
    def gradebook(self):
        from nbgrader.api import Gradebook

        with working_dir(self.root), Gradebook(self.db_url, self.coursedir.course_id) as gb:
            yield gb

    @property
    def sqlite_path(self) -> Path | None:
        """The gradebook file when the gradebook is SQLite (else None)."""
        from sqlalchemy.engine import make_url

        url = make_url(self.db_url)
        if not url.drivername.startswith("sqlite") or not url.database or url.database == ":memory:":
            return None
        return (self.root / url.database).resolve()

    def path(self, step: str, student: str, assignment: str) -> Path:
        return Path(
            self.coursedir.format_path(getattr(self.coursedir, f"{step}_directory"), student, assignment)
        )

    # ----- what is in the course -------------------------------------------------------------------------
    def source_assignments(self, patterns: Sequence[str] = ()) -> list[str]:
        src = self.root / self.coursedir.source_directory
        found = sorted(p.name for p in src.glob("*") if p.is_dir() and any(p.glob("*.ipynb")))
        out = [a for a in found if _matches(a, patterns)]
        if patterns and not out:
            raise InputError(
                f"no assignment matching {', '.join(patterns)} in {src} (found: {', '.join(found) or 'none'})"
            )
        return out

    def gradebook_assignments(self) -> list[str]:
        with self.gradebook() as gb:
            return sorted(a.name for a in gb.assignments)

    def submissions(
        self, step: str = "submitted", assignments: Sequence[str] = (), students: Sequence[str] = ()
    ) -> list[tuple[str, str]]:
        """(assignment, student) pairs with a folder under ``step`` (submitted, autograded, ...)."""
        import glob
        import re

        pattern = self.coursedir.format_path(getattr(self.coursedir, f"{step}_directory"), "*", "*")
        regexp = re.compile(
            self.coursedir.format_path(
                getattr(self.coursedir, f"{step}_directory"),
                "(?P<student_id>[^/]+)",
                "(?P<assignment_id>[^/]+)",
                escape=True,
            )
            + "$"
        )
        out = []
        for path in glob.glob(pattern):
            m = regexp.match(path)
            if m is None or not os.path.isdir(path):
                continue
            a, s = m.group("assignment_id"), m.group("student_id")
            if _matches(a, assignments) and _matches(s, students):
                out.append((a, s))
        return sorted(out)


@contextlib.contextmanager
def quiet_logs(level: int = 30) -> Iterator[None]:
    """Keep nbgrader/traitlets INFO lines off the terminal (results are captured and summarized)."""
    import logging

    names = ("traitlets", "NbGraderAPI", "nbgrader")
    old = {n: logging.getLogger(n).level for n in names}
    for n in names:
        logging.getLogger(n).setLevel(level)
    try:
        yield
    finally:
        for n, lv in old.items():
            logging.getLogger(n).setLevel(lv)


@contextlib.contextmanager
def stderr_to(path: Path) -> Iterator[Any]:
    """Send file descriptor 2 (and so kernels started meanwhile) to ``path``; yield a stream on the old stderr."""
    sys.stderr.flush()
    saved = os.dup(2)
    terminal = os.fdopen(os.dup(saved), "w", buffering=1)
    with open(path, "ab") as log:
        os.dup2(log.fileno(), 2)
    try:
        yield terminal
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(saved)
        terminal.close()


def progress(total: int, desc: str, unit: str, enabled: bool = True, stream=None):
    from tqdm import tqdm

    return tqdm(
        total=total,
        desc=desc,
        unit=unit,
        file=stream or sys.stderr,
        disable=None if enabled else True,
        mininterval=0.3,
        dynamic_ncols=True,
    )


def _first_error(result: dict) -> str:
    """The most telling line of a failed nbgrader call."""
    text = (result.get("log") or "") + "\n" + (result.get("error") or "")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for ln in lines:
        for tag in ("[CRITICAL]", "[ERROR]"):
            if ln.startswith(tag):
                return ln[len(tag) :].strip()
    return lines[-1] if lines else "failed (no log)"


# ----- results ------------------------------------------------------------------------------------------
@dataclass
class Outcome:
    """What one command did: counts for the summary, failures with their reason."""

    action: str
    done: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        lines = [
            f"{self.action}: {len(self.done)} done"
            + (f", {len(self.skipped)} skipped (up to date; --force to redo)" if self.skipped else "")
            + (f", {len(self.failed)} failed" if self.failed else "")
            + f" in {self.seconds:.1f} s"
        ]
        lines += self.notes
        for what, why in list(self.failed.items())[:20]:
            lines.append(f"  failed {what}: {why}")
        if len(self.failed) > 20:
            lines.append(f"  ... and {len(self.failed) - 20} more failures")
        return "\n".join(lines)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


def dump_json(obj: object) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False, default=str)


__all__ = [
    "CONFIG_NAME",
    "Course",
    "Outcome",
    "dump_json",
    "ensure_venv_on_path",
    "find_course_root",
    "load_config",
    "progress",
    "quiet_logs",
    "split_names",
    "stderr_to",
    "working_dir",
]
