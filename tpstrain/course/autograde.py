"""Autograde a class in parallel, with the course's own grading steps (``tpstrain course autograde``).

nbgrader is imported lazily: importing this module costs nothing.

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
   submission, and only then moves the autograded folder into ``autograded/<student>/<assignment>``. A run cut
   short between the two leaves the grade written and the old (or no) folder, so the next run grades that
   submission again: a grade is never lost behind a folder that says "up to date". Because there is a
   single writer and each submission is identified by (assignment, student, notebook, cell) names, a grade
   cannot be lost or counted twice: a submission graded again replaces its own rows, never adds new ones.
4. The merge copies only the fields autograde owns: each cell's ``auto_score`` and ``needs_manual_grade``, each
   solution cell's ``auto_comment``, each notebook's ``late_submission_penalty`` and the submission timestamp.
   Manual scores, extra credit, manual comments and extensions are never touched, so **manual grades survive a
   re-autograde** (and, as nbgrader does, a cell that already has a manual score is flagged for review again).

The grades are the ones nbgrader itself computes: the same converter, preprocessors and config run on the same
files; only where they are written differs. No trainee code runs: the course's config grades with
:class:`tpstrain.course.autograder.GradeAnswers`, which reads each answer as text. Workers die with the parent
(``PR_SET_PDEATHSIG``), and Ctrl-C stops the run in one line with its temp dir removed. A non-SQLite gradebook (``db_url`` pointing at a server) is graded
in this process, one submission at a time, straight into the gradebook (what ``nbgrader autograde`` does).

Worker output (nbgrader logs) goes to a log in the temp dir, so the progress bar stays
readable; the log of any failed submission is kept and summarized.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from .coursedir import (
    Course,
    Outcome,
    _first_error,
    ensure_venv_on_path,
    load_config,
    progress,
    quiet_logs,
    stderr_to,
    working_dir,
)


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
    sub = (
        gb.update_or_create_submission(assignment, student, timestamp=ts)
        if ts
        else gb.update_or_create_submission(assignment, student)
    )
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


def _die_with_parent() -> None:
    """Ask Linux to end this worker when the parent dies (killed, crashed): no worker outlives its run."""
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the pool's own shutdown still ends the workers
        return
    if os.getppid() == 1:  # the parent died before the call
        os._exit(1)


def _worker_init(root: str, snapshot: str, workdir: str, overrides: dict) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    _die_with_parent()
    try:
        _worker_setup(root, snapshot, workdir, overrides)
    except Exception as e:  # reported with each task instead of a broken pool
        _WORKER["init_error"] = f"the worker could not start: {type(e).__name__}: {e}"


def _worker_setup(root: str, snapshot: str, workdir: str, overrides: dict) -> None:
    wroot = Path(tempfile.mkdtemp(prefix="worker-", dir=workdir))
    log = open(wroot / "worker.log", "ab")  # noqa: SIM115 - open for the worker's lifetime
    os.dup2(log.fileno(), 2)  # nbgrader's logs go here, not over the progress bar
    main = Course(root, overrides)
    db = wroot / "gradebook.db"
    shutil.copyfile(snapshot, db)
    cfg = load_config(main.root, overrides)
    cfg.CourseDirectory.root = str(wroot)
    cfg.CourseDirectory.db_url = f"sqlite:///{db}"
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
        return {
            "assignment": assignment,
            "student": student,
            "ok": False,
            "error": _WORKER["init_error"],
            "seconds": 0.0,
            "pid": os.getpid(),
        }
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
    result: dict[str, Any] = {
        "assignment": assignment,
        "student": student,
        "ok": bool(r["success"]),
        "seconds": time.perf_counter() - t0,
        "pid": os.getpid(),
    }
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


def autograde(
    course: Course,
    assignments: Sequence[str] = (),
    students: Sequence[str] = (),
    jobs: int = 1,
    force: bool = False,
    show_progress: bool = True,
    roster: dict[str, dict[str, str]] | None = None,
    on_result: Callable[[dict], None] | None = None,
) -> AutogradeOutcome:
    """Autograde every matching submission with ``jobs`` worker processes (see the module docstring).

    ``roster`` (id -> first_name, last_name, email) names the trainees in the gradebook as they are graded.
    """
    ensure_venv_on_path()
    known = set(course.gradebook_assignments())
    todo_all = course.submissions("submitted", assignments, students)
    if not todo_all:
        where = course.root / course.coursedir.submitted_directory
        raise InputError(
            f"no submissions to autograde in {where}"
            + (f" for {', '.join([*assignments, *students])}" if assignments or students else "")
        )
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
    with (
        tempfile.TemporaryDirectory(prefix="tpstrain-autograde-", ignore_cleanup_errors=True) as tmp,
        stderr_to(Path(tmp) / "parent.log") as terminal,
        progress(len(todo), "autograding", "submission", show_progress, terminal) as bar,
    ):
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
            _parallel(course, todo, out, Path(tmp), bar, on_result, roster)
    out.seconds = time.perf_counter() - t0
    return out


def _snapshot(src: Path, dest: Path) -> None:
    import sqlite3

    with contextlib.closing(sqlite3.connect(src)) as a, contextlib.closing(sqlite3.connect(dest)) as b:
        a.backup(b)


def _parallel(
    course: Course,
    todo: list[tuple[str, str]],
    out: AutogradeOutcome,
    tmp: Path,
    bar,
    on_result: Callable[[dict], None] | None,
    roster: dict[str, dict[str, str]] | None,
) -> None:
    import multiprocessing as mp
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    snapshot = tmp / "snapshot.db"
    _snapshot(course.sqlite_path, snapshot)  # type: ignore[arg-type]
    jobs = min(out.jobs, len(todo))
    overrides = course.overrides
    ctx = mp.get_context("spawn")
    pool = ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=ctx,
        initializer=_worker_init,
        initargs=(str(course.root), str(snapshot), str(tmp), overrides),
    )
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
                        merge_submission(gb, a, s, r["data"], submitted)  # the grade first, then its folder
                        _replace_dir(Path(r["output"]), course.path("autograded", s, a))
                        _sync_student(gb, s, roster)
                        gb.db.expire_all()
                        _tally(gb, out, a, s)
                        out.done.append(key)
                    else:
                        out.failed[key] = r["error"]
                    if on_result is not None:
                        on_result(r)
                    bar.update()
    except BaseException:  # Ctrl-C (or a failure here): stop the workers now, so the temp dir can go
        procs = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for proc in procs:
            proc.terminate()  # a worker only ever writes its own copy: nothing is lost
        for proc in procs:
            proc.join(timeout=10)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


__all__ = ["AutogradeOutcome", "autograde", "merge_submission", "read_submission"]
