"""Instructor tools for the nbgrader course: generate, release, collect, autograde (in parallel), feedback, export.

Everything goes through nbgrader's own API (``nbgrader.apps.NbGraderAPI``, ``CourseDirectory`` and the gradebook,
``nbgrader.api.Gradebook``), configured from the course's ``nbgrader_config.py`` exactly as the ``nbgrader``
command would be, so it works on any assignments in the source directory. nbgrader is imported lazily: importing
this module costs nothing.

Parallel autograding, and why it is safe with the SQLite gradebook
-------------------------------------------------------------------
nbgrader's autograde writes to the gradebook while it grades (it creates the student and the submission, then
``SaveAutoGrades`` commits each cell's score). Several processes writing one SQLite file collide ("database is
locked") and two processes creating the same student or submission race each other. So no worker ever writes
the course's gradebook:

1. The parent takes a consistent **snapshot** of the gradebook (SQLite's online backup API) before grading.
2. Each of ``--jobs N`` **worker processes** (spawned, not forked) builds its own private course copy in a temp
   dir: the source directory linked, a copy of the snapshot as its own gradebook, and, per task, the trainee's
   submitted folder linked in. It runs the unmodified ``NbGraderAPI.autograde`` there, one submission at a time
   (tasks are handed out one by one, so a slow notebook does not hold up the rest), then reads back from its
   own gradebook what autograde wrote for that submission.
3. The **parent alone writes** the course's gradebook: it merges each result as it arrives, one transaction per
   submission, then moves the autograded folder into ``autograded/<student>/<assignment>``. Because there is a
   single writer and each submission is identified by (assignment, student, notebook, cell) names, a grade
   cannot be lost or counted twice: a submission graded again replaces its own rows, never adds new ones.
4. The merge copies only the fields autograde owns: each cell's ``auto_score`` and ``needs_manual_grade``, each
   solution cell's ``auto_comment``, each notebook's ``late_submission_penalty`` and the submission timestamp.
   Manual scores, extra credit, manual comments and extensions are never touched, so **manual grades survive a
   re-autograde** (and, as nbgrader does, a cell that already has a manual score is flagged for review again).

The grades are the ones nbgrader itself computes: the same converter, preprocessors and config run on the same
files; only where they are written differs. A non-SQLite gradebook (``db_url`` pointing at a server) is graded
in this process, one submission at a time, straight into the gradebook (what ``nbgrader autograde`` does).

Worker output (kernel warnings, nbgrader logs) goes to a log in the temp dir, so the progress bar stays
readable; the log of any failed submission is kept and summarized.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fnmatch
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
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


def load_config(root: Path, overrides: dict[str, dict[str, Any]] | None = None):
    """The traitlets config ``nbgrader`` would use in ``root``: Jupyter config dirs, then the course's file."""
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

    def __init__(self, root: str | os.PathLike | None = None, overrides: dict[str, dict[str, Any]] | None = None):
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
        return Path(self.coursedir.format_path(getattr(self.coursedir, f"{step}_directory"), student, assignment))

    # ----- what is in the course -------------------------------------------------------------------------
    def source_assignments(self, patterns: Sequence[str] = ()) -> list[str]:
        src = self.root / self.coursedir.source_directory
        found = sorted(p.name for p in src.glob("*") if p.is_dir() and any(p.glob("*.ipynb")))
        out = [a for a in found if _matches(a, patterns)]
        if patterns and not out:
            raise InputError(f"no assignment matching {', '.join(patterns)} in {src} (found: {', '.join(found) or 'none'})")
        return out

    def gradebook_assignments(self) -> list[str]:
        with self.gradebook() as gb:
            return sorted(a.name for a in gb.assignments)

    def submissions(self, step: str = "submitted", assignments: Sequence[str] = (),
                    students: Sequence[str] = ()) -> list[tuple[str, str]]:
        """(assignment, student) pairs with a folder under ``step`` (submitted, autograded, ...)."""
        import glob
        import re

        pattern = self.coursedir.format_path(getattr(self.coursedir, f"{step}_directory"), "*", "*")
        regexp = re.compile(self.coursedir.format_path(
            getattr(self.coursedir, f"{step}_directory"), "(?P<student_id>[^/]+)", "(?P<assignment_id>[^/]+)",
            escape=True) + "$")
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

    return tqdm(total=total, desc=desc, unit=unit, file=stream or sys.stderr, disable=None if enabled else True,
                mininterval=0.3, dynamic_ncols=True)


def _first_error(result: dict) -> str:
    """The most telling line of a failed nbgrader call."""
    text = (result.get("log") or "") + "\n" + (result.get("error") or "")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for ln in lines:
        for tag in ("[CRITICAL]", "[ERROR]"):
            if ln.startswith(tag):
                return ln[len(tag):].strip()
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
        lines = [f"{self.action}: {len(self.done)} done"
                 + (f", {len(self.skipped)} skipped (up to date; --force to redo)" if self.skipped else "")
                 + (f", {len(self.failed)} failed" if self.failed else "") + f" in {self.seconds:.1f} s"]
        lines += self.notes
        for what, why in list(self.failed.items())[:20]:
            lines.append(f"  failed {what}: {why}")
        if len(self.failed) > 20:
            lines.append(f"  ... and {len(self.failed) - 20} more failures")
        return "\n".join(lines)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


# ----- generate, release, collect ----------------------------------------------------------------------------
def generate(course: Course, assignments: Sequence[str] = (), due: dt.datetime | None = None,
             show_progress: bool = True) -> Outcome:
    """``nbgrader generate_assignment`` for each source assignment: release notebooks + gradebook entries."""
    names = course.source_assignments(assignments)
    if not names:
        raise InputError(f"no assignments in {course.root / course.coursedir.source_directory}")
    out = Outcome("generate")
    t0 = time.perf_counter()
    with progress(len(names), "generating", "assignment", show_progress) as bar, working_dir(course.root), quiet_logs():
        for a in names:
            bar.set_postfix_str(a)
            r = course.api.generate_assignment(a, force=True, create=True)
            (out.done.append(a) if r["success"] else out.failed.__setitem__(a, _first_error(r)))
            bar.update()
    if due is not None and out.done:
        from nbgrader.utils import parse_utc

        with course.gradebook() as gb:
            for a in out.done:
                gb.update_or_create_assignment(a, duedate=parse_utc(due))  # naive UTC, as nbgrader stores it
        out.notes.append(f"due date {parse_utc(due):%Y-%m-%d %H:%M} UTC set on {len(out.done)} assignment(s)")
    release = course.root / course.coursedir.release_directory
    n_nb = sum(len(list((release / a).glob("*.ipynb"))) for a in out.done)
    out.notes.append(f"release notebooks: {n_nb} in {release}; gradebook: {course.db_url}")
    out.seconds = time.perf_counter() - t0
    return out


def _exchange_call(course: Course, method: str, assignments: Sequence[str], desc: str,
                   show_progress: bool, **kwargs) -> Outcome:
    names = assignments or course.source_assignments()
    out = Outcome(desc)
    t0 = time.perf_counter()
    with progress(len(names), desc, "assignment", show_progress) as bar, working_dir(course.root), quiet_logs():
        for a in names:
            bar.set_postfix_str(a)
            r = getattr(course.api, method)(a, **kwargs)
            (out.done.append(a) if r["success"] else out.failed.__setitem__(a, _first_error(r)))
            bar.update()
    out.seconds = time.perf_counter() - t0
    return out


def release(course: Course, assignments: Sequence[str] = (), show_progress: bool = True) -> Outcome:
    """``nbgrader release_assignment``: copy the release notebooks to the exchange for trainees to fetch."""
    out = _exchange_call(course, "release_assignment", course.source_assignments(assignments), "release",
                         show_progress)
    out.notes.append(f"exchange: {course.api.exchange_root or '(not a file-system exchange)'}")
    return out


def collect(course: Course, assignments: Sequence[str] = (), from_dir: str | None = None,
            show_progress: bool = True) -> Outcome:
    """Bring submissions into ``submitted/``: from the exchange (``nbgrader collect``) or from a folder.

    A folder is laid out as nbgrader lays out submissions, ``DIR/<student>/<assignment>/*.ipynb``; a submission
    without ``timestamp.txt`` is stamped with its newest notebook's modification time.
    """
    if from_dir is None:
        before = set(course.submissions("submitted", assignments))
        out = _exchange_call(course, "collect", course.source_assignments(assignments), "collect", show_progress,
                             update=True)
        new = set(course.submissions("submitted", assignments)) - before
        out.notes.append(f"{len(new)} new submission(s) in {course.root / course.coursedir.submitted_directory}")
        return out
    src = Path(from_dir)
    if not src.is_dir():
        raise InputError(f"--from {from_dir}: no such directory")
    wanted = set(assignments)
    pairs = sorted((d.parent.name, d.name) for d in src.glob("*/*") if d.is_dir() and any(d.glob("*.ipynb"))
                   and (not wanted or d.name in wanted))
    out = Outcome("collect")
    t0 = time.perf_counter()
    with progress(len(pairs), "collecting", "submission", show_progress) as bar:
        for student, a in pairs:
            dest = course.path("submitted", student, a)
            if dest.exists():
                shutil.rmtree(dest)
            shutil.copytree(src / student / a, dest)
            stamp = dest / "timestamp.txt"
            if not stamp.exists():
                newest = max(p.stat().st_mtime for p in dest.glob("*.ipynb"))
                when = dt.datetime.fromtimestamp(newest, dt.UTC)
                stamp.write_text(when.strftime("%Y-%m-%d %H:%M:%S.%f UTC"), encoding="utf-8")
            out.done.append(f"{a}/{student}")
            bar.update()
    out.seconds = time.perf_counter() - t0
    return out


# ----- autograde -----------------------------------------------------------------------------------------------
def _needs_grading(course: Course, a: str, s: str) -> bool:
    """nbgrader's rule without --force: not autograded yet, or submitted again since."""
    dest = course.path("autograded", s, a)
    if not dest.exists():
        return True
    try:
        new = course.coursedir.get_existing_timestamp(str(course.path("submitted", s, a)))
        old = course.coursedir.get_existing_timestamp(str(dest))
    except Exception:  # an unreadable timestamp.txt: let autograde report it
        return True
    return new is not None and old is not None and new > old


def read_submission(gb, assignment: str, student: str) -> dict:
    """What autograde wrote for one submission (the fields it owns), as plain data."""
    sub = gb.find_submission(assignment, student)
    return {
        "timestamp": sub.timestamp.isoformat() if sub.timestamp else None,
        "notebooks": {
            nb.name: {
                "late_submission_penalty": nb.late_submission_penalty,
                "grades": {g.name: [g.auto_score, g.needs_manual_grade] for g in nb.grades},
                "comments": {c.name: c.auto_comment for c in nb.comments},
            }
            for nb in sub.notebooks
        },
    }


def merge_submission(gb, assignment: str, student: str, data: dict, submitted: set[str]) -> None:
    """Write one worker's autograde result into the course gradebook: auto fields only, one transaction.

    ``submitted``: the notebooks the trainee handed in (a missing notebook scores 0, as nbgrader does).
    """
    from nbgrader.api import MissingEntry

    try:
        gb.find_student(student)
    except MissingEntry:
        gb.add_student(student)
    ts = data.get("timestamp")
    sub = (gb.update_or_create_submission(assignment, student, timestamp=ts) if ts
           else gb.update_or_create_submission(assignment, student))
    for nb in sub.notebooks:
        got = data["notebooks"].get(nb.name)
        if got is None:
            continue
        nb.late_submission_penalty = got["late_submission_penalty"]
        for g in nb.grades:
            if g.name not in got["grades"]:
                continue
            auto, needs = got["grades"][g.name]
            g.auto_score = auto
            # SaveAutoGrades: a cell that has a manual score is flagged for review again (a manual score may
            # have been given in formgrader while the worker graded from its snapshot)
            g.needs_manual_grade = bool(needs or (g.manual_score is not None and nb.name in submitted))
        for c in nb.comments:
            if c.name in got["comments"]:
                c.auto_comment = got["comments"][c.name]
    gb.db.commit()


def _replace_dir(new: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    old = None
    if dest.exists():
        old = dest.with_name(f".{dest.name}.old-{os.getpid()}")
        if old.exists():
            shutil.rmtree(old)
        dest.rename(old)
    shutil.move(str(new), str(dest))
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


# The worker process: its own course copy and gradebook (see the module docstring).
_WORKER: dict[str, Any] = {}


def _use_pooled_execute(cfg) -> None:
    """Swap nbgrader's Execute for PooledExecute in this worker's autograde steps (kernels.py)."""
    from nbgrader.converters import Autograde
    from nbgrader.preprocessors import Execute
    from traitlets.utils.importstring import import_item

    from .kernels import PooledExecute

    steps = cfg.Autograde.get("autograde_preprocessors") or Autograde.class_traits()["autograde_preprocessors"].default()
    resolved = [import_item(p) if isinstance(p, str) else p for p in steps]
    cfg.Autograde.autograde_preprocessors = [PooledExecute if p is Execute else p for p in resolved]


def _worker_init(root: str, snapshot: str, workdir: str, overrides: dict, warm_kernels: bool = True) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    try:
        _worker_setup(root, snapshot, workdir, overrides, warm_kernels)
    except Exception as e:  # reported with each task instead of a broken pool
        _WORKER["init_error"] = f"the worker could not start: {type(e).__name__}: {e}"


def _worker_setup(root: str, snapshot: str, workdir: str, overrides: dict, warm_kernels: bool) -> None:
    wroot = Path(tempfile.mkdtemp(prefix="worker-", dir=workdir))
    log = open(wroot / "worker.log", "ab")  # noqa: SIM115 - open for the worker's lifetime
    os.dup2(log.fileno(), 2)  # kernel warnings and nbgrader logs go here, not over the progress bar
    main = Course(root, overrides)
    db = wroot / "gradebook.db"
    shutil.copyfile(snapshot, db)
    cfg = load_config(main.root, overrides)
    cfg.CourseDirectory.root = str(wroot)
    cfg.CourseDirectory.db_url = f"sqlite:///{db}"
    if warm_kernels:
        _use_pooled_execute(cfg)
    src = wroot / main.coursedir.source_directory
    src.parent.mkdir(parents=True, exist_ok=True)
    src.symlink_to(main.root / main.coursedir.source_directory, target_is_directory=True)
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    with working_dir(wroot):
        cd = CourseDirectory(config=cfg)
        api = NbGraderAPI(cd, config=cfg)
    _WORKER.update(main=main, root=wroot, coursedir=cd, api=api, db_url=cd.db_url, log=log)


def _worker_grade(assignment: str, student: str) -> dict:
    from nbgrader.api import Gradebook

    if "init_error" in _WORKER:
        return {"assignment": assignment, "student": student, "ok": False, "error": _WORKER["init_error"],
                "seconds": 0.0, "pid": os.getpid()}
    main: Course = _WORKER["main"]
    cd = _WORKER["coursedir"]
    t0 = time.perf_counter()
    link = Path(cd.format_path(cd.submitted_directory, student, assignment))
    if not link.exists():
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(main.path("submitted", student, assignment), target_is_directory=True)
    out = Path(cd.format_path(cd.autograded_directory, student, assignment))
    if out.exists():
        shutil.rmtree(out)
    with working_dir(_WORKER["root"]), quiet_logs():
        r = _WORKER["api"].autograde(assignment, student, force=True, create=True)
    result: dict[str, Any] = {"assignment": assignment, "student": student, "ok": bool(r["success"]),
                              "seconds": time.perf_counter() - t0, "pid": os.getpid()}
    if not r["success"]:
        result["error"] = _first_error(r)
        return result
    with Gradebook(_WORKER["db_url"]) as gb:
        result["data"] = read_submission(gb, assignment, student)
    result["output"] = str(out)
    return result


@dataclass
class AutogradeOutcome(Outcome):
    late: int = 0
    manual: int = 0
    scores: list[float] = field(default_factory=list)
    jobs: int = 1

    def summary(self) -> str:
        base = super().summary().replace(" in ", f" with {self.jobs} job(s) in ", 1)
        extra = []
        if self.scores:
            extra.append(f"mean score {100 * sum(self.scores) / len(self.scores):.0f}%")
        if self.late:
            extra.append(f"{self.late} late")
        if self.manual:
            extra.append(f"{self.manual} flagged for manual grading (formgrader)")
        lines = base.split("\n")
        if extra:
            lines.insert(1, "  " + "; ".join(extra))
        return "\n".join(lines)


def _sync_student(gb, student: str, roster: dict[str, dict[str, str]] | None) -> None:
    """Give the gradebook the roster's name and email for a trainee (formgrader and export show them)."""
    row = (roster or {}).get(student)
    if not row:
        return
    fields = {k: row[k] for k in ("first_name", "last_name", "email") if row.get(k)}
    st = gb.find_student(student)
    if any(getattr(st, k) != v for k, v in fields.items()):
        gb.update_or_create_student(student, **fields)


def _tally(gb, out: AutogradeOutcome, a: str, s: str) -> None:
    sub = gb.find_submission(a, s)
    if sub.max_score:
        out.scores.append(max(0.0, sub.score - sub.late_submission_penalty) / sub.max_score)
    out.late += bool(sub.total_seconds_late > 0)
    out.manual += bool(sub.needs_manual_grade)


def autograde(course: Course, assignments: Sequence[str] = (), students: Sequence[str] = (), jobs: int = 1,
              force: bool = False, show_progress: bool = True, warm_kernels: bool = True,
              roster: dict[str, dict[str, str]] | None = None,
              on_result: Callable[[dict], None] | None = None) -> AutogradeOutcome:
    """Autograde every matching submission with ``jobs`` worker processes (see the module docstring).

    ``roster`` (id -> first_name, last_name, email) names the trainees in the gradebook as they are graded.
    """
    ensure_venv_on_path()
    known = set(course.gradebook_assignments())
    todo_all = course.submissions("submitted", assignments, students)
    if not todo_all:
        where = course.root / course.coursedir.submitted_directory
        raise InputError(f"no submissions to autograde in {where}"
                         + (f" for {', '.join([*assignments, *students])}" if assignments or students else ""))
    unknown = sorted({a for a, _ in todo_all} - known)
    if unknown:
        raise InputError(f"not in the gradebook: {', '.join(unknown)}; run 'tpstrain course generate' first")
    out = AutogradeOutcome("autograde", jobs=max(1, jobs))
    todo = []
    for a, s in todo_all:
        (todo.append((a, s)) if force or _needs_grading(course, a, s) else out.skipped.append(f"{a}/{s}"))
    t0 = time.perf_counter()
    if not todo:
        out.seconds = time.perf_counter() - t0
        return out
    snapshot_src = course.sqlite_path
    with tempfile.TemporaryDirectory(prefix="tpstrain-autograde-") as tmp, \
            stderr_to(Path(tmp) / "parent.log") as terminal, \
            progress(len(todo), "autograding", "submission", show_progress, terminal) as bar:
        if snapshot_src is None:  # a gradebook server: nbgrader's own serial path
            out.jobs = 1
            with course.gradebook() as gb:
                for a, s in todo:
                    with working_dir(course.root), quiet_logs():
                        r = course.api.autograde(a, s, force=True, create=True)
                    if r["success"]:
                        out.done.append(f"{a}/{s}")
                        gb.db.expire_all()
                        _sync_student(gb, s, roster)
                        _tally(gb, out, a, s)
                    else:
                        out.failed[f"{a}/{s}"] = _first_error(r)
                    bar.update()
        else:
            _parallel(course, todo, out, Path(tmp), bar, on_result, warm_kernels, roster)
    out.seconds = time.perf_counter() - t0
    return out


def _snapshot(src: Path, dest: Path) -> None:
    import sqlite3

    with contextlib.closing(sqlite3.connect(src)) as a, contextlib.closing(sqlite3.connect(dest)) as b:
        a.backup(b)


def _parallel(course: Course, todo: list[tuple[str, str]], out: AutogradeOutcome, tmp: Path, bar,
              on_result: Callable[[dict], None] | None, warm_kernels: bool,
              roster: dict[str, dict[str, str]] | None) -> None:
    import multiprocessing as mp
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    snapshot = tmp / "snapshot.db"
    _snapshot(course.sqlite_path, snapshot)  # type: ignore[arg-type]
    jobs = min(out.jobs, len(todo))
    overrides = course.overrides
    ctx = mp.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_worker_init,
                               initargs=(str(course.root), str(snapshot), str(tmp), overrides, warm_kernels))
    try:
        with course.gradebook() as gb:
            tasks = {pool.submit(_worker_grade, a, s): f"{a}/{s}" for a, s in todo}
            pending = set(tasks)
            while pending:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for fut in finished:
                    key = tasks[fut]
                    try:
                        r = fut.result()
                    except Exception as e:  # the worker died (out of memory, killed ...)
                        out.failed[key] = f"worker process failed: {type(e).__name__}: {e}"
                        bar.update()
                        continue
                    if r["ok"]:
                        a, s = r["assignment"], r["student"]
                        submitted = {p.stem for p in course.path("submitted", s, a).glob("*.ipynb")}
                        _replace_dir(Path(r["output"]), course.path("autograded", s, a))
                        merge_submission(gb, a, s, r["data"], submitted)
                        _sync_student(gb, s, roster)
                        gb.db.expire_all()
                        _tally(gb, out, a, s)
                        out.done.append(key)
                    else:
                        out.failed[key] = r["error"]
                    if on_result is not None:
                        on_result(r)
                    bar.update()
    except KeyboardInterrupt:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# ----- feedback and export ---------------------------------------------------------------------------------
def feedback(course: Course, assignments: Sequence[str] = (), students: Sequence[str] = (),
             release_to_exchange: bool = False, show_progress: bool = True) -> Outcome:
    """``nbgrader generate_feedback`` (HTML per notebook) for every autograded submission."""
    pairs = course.submissions("autograded", assignments, students)
    if not pairs:
        raise InputError("no autograded submissions: run 'tpstrain course autograde' first")
    out = Outcome("feedback")
    t0 = time.perf_counter()
    with progress(len(pairs), "feedback", "submission", show_progress) as bar, working_dir(course.root), quiet_logs():
        for a, s in pairs:
            r = course.api.generate_feedback(a, s, force=True)
            if r["success"] and release_to_exchange:
                r = course.api.release_feedback(a, s)
            (out.done.append(f"{a}/{s}") if r["success"] else out.failed.__setitem__(f"{a}/{s}", _first_error(r)))
            bar.update()
    out.notes.append(f"feedback in {course.root / course.coursedir.feedback_directory}")
    out.seconds = time.perf_counter() - t0
    return out


EXPORT_COLUMNS = ["assignment", "duedate", "timestamp", "student_id", "last_name", "first_name", "email",
                  "raw_score", "late_submission_penalty", "score", "max_score"]


def export(course: Course, to: Path, assignments: Sequence[str] = (), students: Sequence[str] = (),
           show_progress: bool = True) -> Outcome:
    """Grades as CSV with nbgrader's ``CsvExportPlugin`` columns (one row per trainee and assignment)."""
    import csv

    from nbgrader.api import MissingEntry

    out = Outcome("export")
    t0 = time.perf_counter()
    with course.gradebook() as gb:
        names = [a for a in gb.assignments if _matches(a.name, assignments)]
        people = [s for s in gb.students if _matches(s.id, students)]
        to.parent.mkdir(parents=True, exist_ok=True)
        with to.open("w", newline="", encoding="utf-8") as fh, \
                progress(len(names) * len(people), "exporting", "row", show_progress) as bar:
            w = csv.writer(fh)
            w.writerow(EXPORT_COLUMNS)
            for a in names:
                max_score = a.max_score
                for st in people:
                    try:
                        sub = gb.find_submission(a.name, st.id)
                    except MissingEntry:
                        row = [a.name, a.duedate, "", st.id, st.last_name, st.first_name, st.email, 0.0, 0.0, 0.0,
                               max_score]
                    else:
                        pen = sub.late_submission_penalty
                        row = [a.name, a.duedate, sub.timestamp, st.id, st.last_name, st.first_name, st.email,
                               sub.score, pen, max(0.0, sub.score - pen), max_score]
                    w.writerow(["" if v is None else v for v in row])
                    out.done.append(f"{a.name}/{st.id}")
                    bar.update()
    out.notes.append(f"wrote {to}")
    out.seconds = time.perf_counter() - t0
    return out


def dump_json(obj: object) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False, default=str)


__all__ = [
    "AutogradeOutcome", "Course", "Outcome", "autograde", "collect", "ensure_venv_on_path", "export", "feedback",
    "find_course_root", "generate", "load_config", "merge_submission", "read_submission", "release",
    "split_names",
]
