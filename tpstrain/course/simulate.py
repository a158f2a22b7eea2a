"""Invent a class to try the instructor tools on: trainees, a roster and their submissions.

Used by ``tests/test_instructor.py`` and ``benchmarks/class_grading.py``, and handy for a dry run before a real
class (``make_class`` on a copy of the course). Everything is deterministic for a given seed.

Submissions are built from the course's own notebooks, so this works on any nbgrader assignment:

- the RELEASE notebook (what trainees receive) is the starting point;
- ``right``: every solution cell gets the SOURCE notebook's solution (the solution delimiters removed);
- ``blank``: the release notebook as handed out;
- ``partial``: the solution cells, in order, are right, *flawed*, right, blank, right, flawed ... where a
  flawed answer is the solution with a sentence full of police jargon and private details added to its
  first string (so the checker has something to find in the report);
- ``late``: right, but submitted after the due date (``timestamp.txt`` after the assignment's due date);
- ``absent``: submits nothing for the last assignment(s), right for the others.

``synthetic_assignments`` writes two tiny SOURCE assignments (string answers with visible and hidden tests, and a
manually graded written answer) for tests that must not depend on the real course.
"""

from __future__ import annotations

import copy
import csv
import datetime as dt
import json
import random
import re
from collections.abc import Sequence
from pathlib import Path

FLAW = (
    " The perp was apprehended on scene after an MVC. His home is 123 Elm Street;"
    " call his mother at 416-555-0199."
)

FIRST = [
    "Amara",
    "Ben",
    "Chloe",
    "Dev",
    "Elena",
    "Farid",
    "Grace",
    "Hiro",
    "Isla",
    "Jamal",
    "Kiran",
    "Lena",
    "Marco",
    "Nadia",
    "Owen",
    "Priya",
    "Quinn",
    "Rosa",
    "Sami",
    "Tara",
    "Umar",
    "Vera",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zoe",
    "Aiden",
    "Bianca",
    "Carlos",
    "Dina",
]
LAST = [
    "Okafor",
    "Tremblay",
    "Nguyen",
    "Patel",
    "Rossi",
    "Haddad",
    "Li",
    "Tanaka",
    "MacLeod",
    "Brown",
    "Singh",
    "Kowalski",
    "Silva",
    "Rahman",
    "Walsh",
    "Iyer",
    "Roy",
    "Alvarez",
    "Mensah",
    "Cohen",
    "Farouk",
    "Novak",
    "Chen",
    "Garcia",
    "Ali",
    "Martin",
    "Campbell",
    "Costa",
    "Lopez",
    "Abdi",
]
UNITS = [
    "14-division",
    "22-division",
    "51-division",
    "52-division",
    "traffic-services",
    "community-partnerships",
]

#: The default mix of a 30-trainee class (cycled for other sizes).
DEFAULT_MIX: tuple[str, ...] = (
    "right",
    "partial",
    "right",
    "blank",
    "right",
    "late",
    "partial",
    "right",
    "absent",
    "right",
)

SOLUTION_MARKERS = ("BEGIN SOLUTION", "END SOLUTION")
PARTIAL = ("right", "flawed", "right", "blank")
DUE = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)


# ----- the class --------------------------------------------------------------------------------------
def invent_trainees(n: int = 30, seed: int = 7, mix: Sequence[str] = DEFAULT_MIX) -> list[dict[str, str]]:
    """``n`` invented trainees: id, first_name, last_name, email, unit, kind (what they will submit)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        first, last = FIRST[i % len(FIRST)], LAST[(i * 7 + 3) % len(LAST)]
        out.append(
            {
                "id": f"tps{1001 + i}",
                "first_name": first,
                "last_name": last,
                "email": f"{first.lower()}.{last.lower()}@tps.ca",
                "unit": rng.choice(UNITS),
                "kind": mix[i % len(mix)],
            }
        )
    return out


def write_roster(trainees: Sequence[dict[str, str]], path: Path) -> Path:
    """The roster CSV the certification reads: id,first_name,last_name,email,unit."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, ["id", "first_name", "last_name", "email", "unit"], extrasaction="ignore")
        w.writeheader()
        w.writerows(trainees)
    return path


def _strip_solution(source: str, markers: Sequence[str] = SOLUTION_MARKERS) -> str:
    return "\n".join(line for line in source.splitlines() if not any(m in line for m in markers))


def _flawed(solution: str, cell_type: str) -> str | None:
    """The solution with FLAW added to its first string literal (None when it has no string to spoil)."""
    if cell_type == "markdown":
        return solution.rstrip() + FLAW
    m = re.search(r'("""|\'\'\')(.*?)(\1)', solution, flags=re.S)
    if m is None:
        m = re.search(r'(["\'])((?:\\.|(?!\1).)*)(\1)', solution)
    if m is None:
        return None
    return solution[: m.end(2)].rstrip() + FLAW + solution[m.end(2) :]


def _nbgrader(cell: dict) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def _solutions(source_nb: dict, markers: Sequence[str]) -> dict[str, tuple[str, str]]:
    """grade_id -> (cell type, solution text) for every solution cell of a SOURCE notebook."""
    out = {}
    for cell in source_nb["cells"]:
        meta = _nbgrader(cell)
        if meta.get("solution"):
            src = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
            out[meta["grade_id"]] = (cell["cell_type"], _strip_solution(src, markers))
    return out


def fill(release_nb: dict, solutions: dict[str, tuple[str, str]], choose) -> dict:
    """A copy of ``release_nb`` whose solution cells are filled by ``choose(grade_id) -> right|flawed|blank``."""
    nb = copy.deepcopy(release_nb)
    for cell in nb["cells"]:
        meta = _nbgrader(cell)
        gid = meta.get("grade_id")
        if not meta.get("solution") or gid not in solutions:
            continue
        cell_type, solution = solutions[gid]
        how = choose(gid)
        if how == "right":
            cell["source"] = solution
        elif how == "flawed":
            bad = _flawed(solution, cell_type)
            if bad is not None:
                cell["source"] = bad
    return nb


def timestamp(when: dt.datetime) -> str:
    """nbgrader's timestamp.txt format."""
    return when.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f UTC")


def make_class(
    course_dir: Path | str,
    trainees: Sequence[dict[str, str]],
    assignments: Sequence[str],
    *,
    source_directory: str = "solutions",
    release_directory: str = "exercises",
    submitted_directory: str = "submitted",
    due: dt.datetime | None = None,
    markers: Sequence[str] = SOLUTION_MARKERS,
) -> dict[tuple[str, str], str]:
    """Write ``submitted/<id>/<assignment>/*.ipynb`` (and ``timestamp.txt``) for every trainee.

    Returns {(student id, assignment): what was submitted} with values right, blank, partial, late.
    Missing pairs were not submitted. ``due`` defaults to DUE (2026-03-01 09:00 UTC): on-time submissions
    are stamped a day before it, late ones two days after; give the gradebook the same due date
    (``tpstrain course generate --due``) for lateness to count.
    """
    root = Path(course_dir)
    due = due or DUE
    plan: dict[tuple[str, str], str] = {}
    books: dict[str, list[tuple[str, dict, dict]]] = {}
    for a in assignments:
        books[a] = []
        for release in sorted((root / release_directory / a).glob("*.ipynb")):
            source = root / source_directory / a / release.name
            src_nb = json.loads(source.read_text(encoding="utf-8"))
            books[a].append(
                (release.name, json.loads(release.read_text(encoding="utf-8")), _solutions(src_nb, markers))
            )
        if not books[a]:
            raise FileNotFoundError(f"no release notebooks in {root / release_directory / a}: generate first")
    for t in trainees:
        kind = t.get("kind", "right")
        for k, a in enumerate(assignments):
            if kind == "absent" and k == len(assignments) - 1:
                continue
            what = {"absent": "right"}.get(kind, kind)
            dest = root / submitted_directory / t["id"] / a
            dest.mkdir(parents=True, exist_ok=True)
            for name, release_nb, sols in books[a]:
                if what in ("right", "late"):
                    nb = fill(release_nb, sols, lambda _g: "right")
                elif what == "blank":
                    nb = copy.deepcopy(release_nb)
                else:
                    order = list(sols)
                    nb = fill(release_nb, sols, lambda g, order=order: PARTIAL[order.index(g) % len(PARTIAL)])
                (dest / name).write_text(
                    json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
                )
            when = due + dt.timedelta(days=2) if what == "late" else due - dt.timedelta(days=1, minutes=k)
            (dest / "timestamp.txt").write_text(timestamp(when), encoding="utf-8")
            plan[(t["id"], a)] = what
    return plan


def grade_by_hand(
    gradebook,
    plan: dict[tuple[str, str], str],
    skip: Sequence[str] = (),
    credit: dict[str, float] | None = None,
) -> int:
    """Play the instructor in formgrader: give every manually graded cell of every autograded submission a
    manual score (full marks for right and late work, none for blank, half for partial by default).

    ``gradebook``: an open ``nbgrader.api.Gradebook``; ``skip``: trainee ids to leave ungraded.
    Returns the number of cells graded.
    """
    credit = credit or {"right": 1.0, "late": 1.0, "partial": 0.5, "blank": 0.0}
    n = 0
    for (student, assignment), what in sorted(plan.items()):
        if student in skip:
            continue
        try:
            sub = gradebook.find_submission(assignment, student)
        except Exception:  # not autograded
            continue
        for nb in sub.notebooks:
            for g in nb.grades:
                if g.auto_score is None and g.needs_manual_grade:
                    g.manual_score = credit.get(what, 0.0) * g.max_score
                    g.needs_manual_grade = False
                    n += 1
    gradebook.db.commit()
    return n


# ----- two tiny source assignments -------------------------------------------------------------------------
def _cell(cell_type: str, source: str, **nbgrader) -> dict:
    cell: dict = {
        "cell_type": cell_type,
        "id": nbgrader.get("grade_id", "cell"),
        "metadata": {},
        "source": source,
    }
    if cell_type == "code":
        cell.update(execution_count=None, outputs=[])
    if nbgrader:
        meta = {"grade": False, "locked": False, "solution": False, "task": False, "schema_version": 3}
        meta.update(nbgrader)
        cell["metadata"]["nbgrader"] = meta
    return cell


def _notebook(cells: list[dict]) -> dict:
    return {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def _test(grade_id: str, points: float, visible: str, hidden: str = "") -> dict:
    body = visible + (f"\n### BEGIN HIDDEN TESTS\n{hidden}\n### END HIDDEN TESTS" if hidden else "")
    return _cell("code", body, grade=True, grade_id=grade_id, locked=True, points=points)


WRITTEN_TEST = (
    'assert {var}.strip() and "Write your answer" not in {var}, "Write your post between the quotes."\n'
)
JARGON_TEST = (
    'for word in ("MVC", "attended", "apprehended", "on scene", "perp"):\n'
    '    assert word not in {var}, f"{{word!r}} is police jargon: say it in plain words."'
)

# Plain asserts, no imports: a kernel that loads nothing grades fastest (the real course's notebooks use the
# tpstrain.course helpers; these only have to be graded the same way by nbgrader and by the instructor tools).
SYNTHETIC = {
    "t1-plain-words": _notebook(
        [
            _cell(
                "markdown",
                "# Plain words\n\nObjectives: write without police jargon. About 10 minutes.",
                grade_id="intro",
                locked=True,
            ),
            _cell(
                "markdown",
                "**1.** Rewrite *Officers attended an MVC at Dufferin/Eglinton.* in plain words.",
                grade_id="q1-text",
                locked=True,
            ),
            _cell(
                "code",
                'answer = """\n### BEGIN SOLUTION\nPolice went to a crash at Dufferin Street and Eglinton'
                ' Avenue West. Please avoid the area.\n### END SOLUTION\n"""',
                grade_id="q1-answer",
                solution=True,
            ),
            _test(
                "q1-test",
                2,
                'assert isinstance(answer, str) and answer.strip(), "Write your post in answer."\n'
                + JARGON_TEST.format(var="answer"),
                'assert "Dufferin" in answer, "Keep the place: Dufferin and Eglinton."',
            ),
            _cell(
                "markdown",
                "**2.** Rewrite *The suspect was apprehended on scene.*",
                grade_id="q2-text",
                locked=True,
            ),
            _cell(
                "code",
                'answer2 = """\n### BEGIN SOLUTION\nPolice arrested a man at the scene.\n### END SOLUTION\n"""',
                grade_id="q2-answer",
                solution=True,
            ),
            _test("q2-test", 1, WRITTEN_TEST.format(var="answer2") + JARGON_TEST.format(var="answer2")),
            _cell(
                "markdown",
                "**3.** In one sentence: why do plain words matter in an emergency?",
                grade_id="q3-text",
                locked=True,
            ),
            _cell(
                "markdown",
                "People act faster on words they understand at first reading.",
                grade_id="q3-answer",
                solution=True,
                grade=True,
                points=1,
            ),
        ]
    ),
    "t2-privacy": _notebook(
        [
            _cell(
                "markdown",
                "# Privacy\n\nObjectives: publish only the service's own numbers. About 5 minutes.",
                grade_id="intro",
                locked=True,
            ),
            _cell(
                "markdown",
                "**1.** Ask witnesses to call, without a private phone number.",
                grade_id="q1-text",
                locked=True,
            ),
            _cell(
                "code",
                'post = """\n### BEGIN SOLUTION\nDid you see the crash at Bloor Street West and Dundas'
                ' Street West? Call 416-808-2222.\n### END SOLUTION\n"""',
                grade_id="q1-answer",
                solution=True,
            ),
            _test(
                "q1-test",
                2,
                'assert isinstance(post, str), "Write your post in post."\n'
                'assert "416-555" not in post, "That is a private number: give 416-808-2222."',
                'assert "416-808-2222" in post, "Give the non-emergency number, 416-808-2222."',
            ),
        ]
    ),
}


def synthetic_assignments(source_dir: Path | str, names: Sequence[str] | None = None) -> list[str]:
    """Write the tiny SOURCE assignments into ``source_dir/<name>/<name>.ipynb``; returns their names."""
    out = []
    for name, nb in SYNTHETIC.items():
        if names is not None and name not in names:
            continue
        d = Path(source_dir) / name
        d.mkdir(parents=True, exist_ok=True)
        (d / f"{name}.ipynb").write_text(json.dumps(nb, indent=1) + "\n", encoding="utf-8")
        out.append(name)
    return out


def write_config(course_dir: Path | str, course_id: str = "tpstrain", late_penalty: str = "zero") -> Path:
    """A minimal nbgrader_config.py like the course's (source: solutions, release: exercises)."""
    p = Path(course_dir) / "nbgrader_config.py"
    p.write_text(
        "c = get_config()  # noqa: F821\n"
        "from tpstrain.course.autograder import configure\n"
        "configure(c)  # grade answers as text: no trainee code runs\n"
        'c.ClearSolutions.code_stub = {"python": "Write your answer here."}\n'
        'c.ClearSolutions.text_stub = "Write your answer here."\n'
        f"c.CourseDirectory.course_id = {course_id!r}\n"
        'c.CourseDirectory.source_directory = "solutions"\n'
        'c.CourseDirectory.release_directory = "exercises"\n'
        f"c.LateSubmissionPlugin.penalty_method = {late_penalty!r}\n"
        "c.Execute.timeout = 60\n",
        encoding="utf-8",
    )
    return p
