"""Instructor tools for the nbgrader course: generate, release, collect, feedback, export.

Everything goes through nbgrader's own API (``nbgrader.apps.NbGraderAPI``, ``CourseDirectory`` and the gradebook,
``nbgrader.api.Gradebook``), configured from the course's ``nbgrader_config.py`` exactly as the ``nbgrader``
command would be, so it works on any assignments in the source directory. Autograding, in parallel, is in
:mod:`tpstrain.course.autograde`; the course folder and its config in :mod:`tpstrain.course.coursedir`.
"""

from __future__ import annotations

import datetime as dt
import shutil
import time
from collections.abc import Sequence
from pathlib import Path

from ..errors import InputError
from .coursedir import (
    Course,
    Outcome,
    _first_error,
    _matches,
    progress,
    quiet_logs,
    working_dir,
)


# ----- generate, release, collect ----------------------------------------------------------------------------
def generate(
    course: Course,
    assignments: Sequence[str] = (),
    due: dt.datetime | None = None,
    show_progress: bool = True,
) -> Outcome:
    """``nbgrader generate_assignment`` for each source assignment: release notebooks + gradebook entries."""
    names = course.source_assignments(assignments)
    if not names:
        raise InputError(f"no assignments in {course.root / course.coursedir.source_directory}")
    out = Outcome("generate")
    t0 = time.perf_counter()
    with (
        progress(len(names), "generating", "assignment", show_progress) as bar,
        working_dir(course.root),
        quiet_logs(),
    ):
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


def _exchange_call(
    course: Course, method: str, assignments: Sequence[str], desc: str, show_progress: bool, **kwargs
) -> Outcome:
    names = assignments or course.source_assignments()
    out = Outcome(desc)
    t0 = time.perf_counter()
    with (
        progress(len(names), desc, "assignment", show_progress) as bar,
        working_dir(course.root),
        quiet_logs(),
    ):
        for a in names:
            bar.set_postfix_str(a)
            r = getattr(course.api, method)(a, **kwargs)
            (out.done.append(a) if r["success"] else out.failed.__setitem__(a, _first_error(r)))
            bar.update()
    out.seconds = time.perf_counter() - t0
    return out


def release(course: Course, assignments: Sequence[str] = (), show_progress: bool = True) -> Outcome:
    """``nbgrader release_assignment``: copy the release notebooks to the exchange for trainees to fetch."""
    out = _exchange_call(
        course, "release_assignment", course.source_assignments(assignments), "release", show_progress
    )
    out.notes.append(f"exchange: {course.api.exchange_root or '(not a file-system exchange)'}")
    return out


def collect(
    course: Course, assignments: Sequence[str] = (), from_dir: str | None = None, show_progress: bool = True
) -> Outcome:
    """Bring submissions into ``submitted/``: from the exchange (``nbgrader collect``) or from a folder.

    A folder is laid out as nbgrader lays out submissions, ``DIR/<student>/<assignment>/*.ipynb``. Each submission
    is stamped with the instructor's clock when it is first collected (a ``timestamp.txt`` in the folder, or the
    files' times, are the trainee's to set, so they are ignored); collecting the same notebooks again keeps the
    first stamp.
    """
    if from_dir is None:
        before = set(course.submissions("submitted", assignments))
        out = _exchange_call(
            course, "collect", course.source_assignments(assignments), "collect", show_progress, update=True
        )
        new = set(course.submissions("submitted", assignments)) - before
        out.notes.append(
            f"{len(new)} new submission(s) in {course.root / course.coursedir.submitted_directory}"
        )
        return out
    src = Path(from_dir)
    if not src.is_dir():
        raise InputError(f"--from {from_dir}: no such directory")
    wanted = set(assignments)
    pairs = sorted(
        (d.parent.name, d.name)
        for d in src.glob("*/*")
        if d.is_dir() and any(d.glob("*.ipynb")) and (not wanted or d.name in wanted)
    )
    out = Outcome("collect")
    t0 = time.perf_counter()
    with progress(len(pairs), "collecting", "submission", show_progress) as bar:
        for student, a in pairs:
            dest = course.path("submitted", student, a)
            if dest.exists() and _same_notebooks(src / student / a, dest):
                out.skipped.append(f"{a}/{student}")
                bar.update()
                continue
            if dest.exists():
                shutil.rmtree(dest)
            shutil.copytree(src / student / a, dest, ignore=shutil.ignore_patterns("timestamp.txt"))
            now = dt.datetime.now(dt.UTC)
            (dest / "timestamp.txt").write_text(now.strftime("%Y-%m-%d %H:%M:%S.%f UTC"), encoding="utf-8")
            out.done.append(f"{a}/{student}")
            bar.update()
    out.seconds = time.perf_counter() - t0
    return out


def _same_notebooks(a: Path, b: Path) -> bool:
    """Whether two submission folders hold the same notebooks, byte for byte."""
    names = sorted(p.name for p in a.glob("*.ipynb"))
    if names != sorted(p.name for p in b.glob("*.ipynb")):
        return False
    return all((a / n).read_bytes() == (b / n).read_bytes() for n in names)


# ----- feedback and export ---------------------------------------------------------------------------------
def feedback(
    course: Course,
    assignments: Sequence[str] = (),
    students: Sequence[str] = (),
    release_to_exchange: bool = False,
    show_progress: bool = True,
) -> Outcome:
    """``nbgrader generate_feedback`` (HTML per notebook) for every autograded submission."""
    pairs = course.submissions("autograded", assignments, students)
    if not pairs:
        raise InputError("no autograded submissions: run 'tpstrain course autograde' first")
    out = Outcome("feedback")
    t0 = time.perf_counter()
    with (
        progress(len(pairs), "feedback", "submission", show_progress) as bar,
        working_dir(course.root),
        quiet_logs(),
    ):
        for a, s in pairs:
            r = course.api.generate_feedback(a, s, force=True)
            if r["success"] and release_to_exchange:
                r = course.api.release_feedback(a, s)
            (
                out.done.append(f"{a}/{s}")
                if r["success"]
                else out.failed.__setitem__(f"{a}/{s}", _first_error(r))
            )
            bar.update()
    out.notes.append(f"feedback in {course.root / course.coursedir.feedback_directory}")
    out.seconds = time.perf_counter() - t0
    return out


EXPORT_COLUMNS = [
    "assignment",
    "duedate",
    "timestamp",
    "student_id",
    "last_name",
    "first_name",
    "email",
    "raw_score",
    "late_submission_penalty",
    "score",
    "max_score",
]


def export(
    course: Course,
    to: Path,
    assignments: Sequence[str] = (),
    students: Sequence[str] = (),
    show_progress: bool = True,
) -> Outcome:
    """Grades as CSV with nbgrader's ``CsvExportPlugin`` columns (one row per trainee and assignment)."""
    import csv

    from nbgrader.api import MissingEntry

    out = Outcome("export")
    t0 = time.perf_counter()
    with course.gradebook() as gb:
        names = [a for a in gb.assignments if _matches(a.name, assignments)]
        people = [s for s in gb.students if _matches(s.id, students)]
        to.parent.mkdir(parents=True, exist_ok=True)
        with (
            to.open("w", newline="", encoding="utf-8") as fh,
            progress(len(names) * len(people), "exporting", "row", show_progress) as bar,
        ):
            w = csv.writer(fh)
            w.writerow(EXPORT_COLUMNS)
            for a in names:
                max_score = a.max_score
                for st in people:
                    try:
                        sub = gb.find_submission(a.name, st.id)
                    except MissingEntry:
                        row = [
                            a.name,
                            a.duedate,
                            "",
                            st.id,
                            st.last_name,
                            st.first_name,
                            st.email,
                            0.0,
                            0.0,
                            0.0,
                            max_score,
                        ]
                    else:
                        pen = sub.late_submission_penalty
                        row = [
                            a.name,
                            a.duedate,
                            sub.timestamp,
                            st.id,
                            st.last_name,
                            st.first_name,
                            st.email,
                            sub.score,
                            pen,
                            max(0.0, sub.score - pen),
                            max_score,
                        ]
                    w.writerow(["" if v is None else v for v in row])
                    out.done.append(f"{a.name}/{st.id}")
                    bar.update()
    out.notes.append(f"wrote {to}")
    out.seconds = time.perf_counter() - t0
    return out


__all__ = ["collect", "export", "feedback", "generate", "release"]
