"""What the gradebook says about the class: per trainee and assignment the score after any late penalty (as
``nbgrader export`` computes it), lateness and cells awaiting manual grading; every graded cell's score; and the
roster's names and units. The report and the certification read it; nothing here changes the gradebook."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError

Cell = tuple[str, str, str]  # (assignment, notebook, cell)


@dataclass
class Submission:
    student: str
    assignment: str
    raw: float
    penalty: float
    max_score: float
    late: bool
    needs_manual: bool  # a cell awaits a score from the instructor (flagged, and no manual score yet)
    timestamp: dt.datetime | None

    @property
    def score(self) -> float:
        return max(0.0, self.raw - self.penalty)

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.max_score if self.max_score else 0.0


@dataclass
class ClassData:
    assignments: list[str]
    max_scores: dict[str, float]
    duedates: dict[str, dt.datetime | None]
    people: dict[str, dict[str, str]]  # id -> first_name, last_name, email, unit
    graded: dict[tuple[str, str], Submission]  # (student, assignment)
    submitted_only: set[tuple[str, str]]  # in submitted/ but not in the gradebook yet
    cells: dict[tuple[str, str, str], list[float]]  # (assignment, notebook, cell) -> fractions of max
    cell_max: dict[tuple[str, str, str], float]

    def name(self, sid: str) -> str:
        p = self.people.get(sid, {})
        full = f"{p.get('first_name', '')} {p.get('last_name', '')}".strip()
        return full or sid

    @property
    def students(self) -> list[str]:
        return sorted(self.people)


def read_roster(path: str | Path) -> dict[str, dict[str, str]]:
    """id -> row of a roster CSV (id,first_name,last_name,email,unit)."""
    import csv

    p = Path(path)
    try:
        with p.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            cols = [c.strip() for c in reader.fieldnames or []]
            missing = [c for c in ("id", "first_name", "last_name") if c not in cols]
            if missing:
                raise InputError(
                    f"{p}: the roster needs columns id,first_name,last_name[,email,unit]; "
                    f"missing {', '.join(missing)}"
                )
            out: dict[str, dict[str, str]] = {}
            for n, row in enumerate(reader, start=2):
                row = {(k or "").strip(): (v or "").strip() for k, v in row.items()}
                if not row.get("id"):
                    raise InputError(f"{p}: line {n}: no id")
                if row["id"] in out:
                    raise InputError(f"{p}: line {n}: id {row['id']} appears twice")
                out[row["id"]] = row
            return out
    except OSError as e:
        raise InputError(f"{p}: {e.strerror or e}") from None
    except UnicodeDecodeError as e:
        raise InputError(f"{p}: not UTF-8 text (byte {e.start})") from None


def _blank() -> dict[str, str]:
    return {"first_name": "", "last_name": "", "email": "", "unit": ""}


def load_class(
    course: Any, roster: dict[str, dict[str, str]] | None = None, assignments: Sequence[str] = ()
) -> ClassData:
    """Everything the report and the certification need from the gradebook, in a few queries."""
    from .coursedir import _matches

    with course.gradebook() as gb:
        names = sorted(a.name for a in gb.assignments if _matches(a.name, assignments))
        if not names:
            raise InputError("no assignments in the gradebook: run 'tpstrain course generate' first")
        max_scores, duedates, cell_max = _assignments(gb, names)
        people = {
            s.id: {
                **_blank(),
                "first_name": s.first_name or "",
                "last_name": s.last_name or "",
                "email": s.email or "",
            }
            for s in gb.students
        }
        graded = _graded(gb, names, max_scores)
        cells, unscored = _cell_scores(gb, names, cell_max)
        for key, sub in graded.items():
            sub.needs_manual = key in unscored
    for sid, row in (roster or {}).items():
        p = people.setdefault(sid, _blank())
        for k in ("first_name", "last_name", "email", "unit"):
            if row.get(k):
                p[k] = row[k]
    submitted_only = set()
    for a, s in course.submissions("submitted", names):
        people.setdefault(s, _blank())
        if (s, a) not in graded:
            submitted_only.add((s, a))
    return ClassData(names, max_scores, duedates, people, graded, submitted_only, cells, cell_max)


def _assignments(
    gb: Any, names: list[str]
) -> tuple[dict[str, float], dict[str, dt.datetime | None], dict[Cell, float]]:
    """Each assignment's points and due date, and each graded or task cell's points."""
    max_scores: dict[str, float] = {}
    duedates: dict[str, dt.datetime | None] = {}
    cell_max: dict[Cell, float] = {}
    for a in gb.assignments:
        if a.name not in names:
            continue
        max_scores[a.name] = float(a.max_score or 0.0)
        duedates[a.name] = a.duedate
        for nb in a.notebooks:
            for c in [*nb.grade_cells, *nb.task_cells]:
                cell_max[(a.name, nb.name, c.name)] = float(c.max_score or 0.0)
    return max_scores, duedates, cell_max


def _graded(gb: Any, names: list[str], max_scores: dict[str, float]) -> dict[tuple[str, str], Submission]:
    """(student, assignment) -> the submission the gradebook holds."""
    from nbgrader.api import Assignment, SubmittedAssignment

    graded: dict[tuple[str, str], Submission] = {}
    for sub in gb.db.query(SubmittedAssignment).join(Assignment).filter(Assignment.name.in_(names)):
        a = sub.assignment.name
        graded[(sub.student_id, a)] = Submission(
            student=sub.student_id,
            assignment=a,
            raw=float(sub.score or 0.0),
            penalty=float(sub.late_submission_penalty or 0.0),
            max_score=max_scores[a],
            late=sub.total_seconds_late > 0,
            needs_manual=False,
            timestamp=sub.timestamp,
        )
    return graded


def _cell_scores(
    gb: Any, names: list[str], cell_max: dict[Cell, float]
) -> tuple[dict[Cell, list[float]], set[tuple[str, str]]]:
    """Every graded cell's scores (fractions of its points), and the (student, assignment) pairs with a cell
    still awaiting a manual score."""
    from nbgrader.api import Assignment, BaseCell, Grade, Notebook, SubmittedAssignment, SubmittedNotebook

    rows = (
        gb.db.query(
            Assignment.name,
            Notebook.name,
            BaseCell.name,
            Grade.score,
            SubmittedAssignment.student_id,
            Grade.needs_manual_grade,
            Grade.manual_score,
        )
        .select_from(Grade)
        .join(SubmittedNotebook, Grade.notebook_id == SubmittedNotebook.id)
        .join(SubmittedAssignment, SubmittedNotebook.assignment_id == SubmittedAssignment.id)
        .join(Notebook, SubmittedNotebook.notebook_id == Notebook.id)
        .join(Assignment, Notebook.assignment_id == Assignment.id)
        .join(BaseCell, Grade.cell_id == BaseCell.id)
        .filter(Assignment.name.in_(names))
    )
    cells: dict[Cell, list[float]] = defaultdict(list)
    unscored: set[tuple[str, str]] = set()
    for a, nb, cell, score, sid, needs, manual in rows:
        top = cell_max.get((a, nb, cell)) or 0.0
        if top > 0:
            cells[(a, nb, cell)].append(float(score or 0.0) / top)
        if needs and manual is None:
            unscored.add((sid, a))
    return dict(cells), unscored
