"""Course safety, through nbgrader's Python API on a tiny assignment of our own in a temporary course:

- a trainee who edits a locked autograder test cell (replaces the test with ``pass``) and answers wrongly
  still gets 0 for that cell: nbgrader restores locked cells from the gradebook when it autogrades;
- re-autograding (``force=True``) keeps the manual grades an instructor gave.

(That exercises never contain solution or hidden-test text is tested with the course itself, in test_course.py.)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

pytestmark = pytest.mark.course

ASSIGNMENT = "safety"
ARTIFACT = Path(__file__).resolve().parent.parent / "artifacts" / "course-safety.txt"
TEST_SOURCE = 'assert answer == "crash", "Write the plain word for a collision."'


def _meta(grade_id: str, *, grade: bool, solution: bool, locked: bool, points: float | None = None) -> dict:
    meta = {"grade": grade, "solution": solution, "locked": locked, "grade_id": grade_id, "schema_version": 3}
    if points is not None:
        meta["points"] = points
    return {"nbgrader": meta}


def _source_notebook():
    return new_notebook(
        cells=[
            new_markdown_cell(
                "# Plain words\nReplace the jargon 'MVC' with a plain word.",
                metadata=_meta("intro", grade=False, solution=False, locked=True),
            ),
            new_code_cell(
                '### BEGIN SOLUTION\nanswer = "crash"\n### END SOLUTION',
                metadata=_meta("answer", grade=False, solution=True, locked=False),
            ),
            new_code_cell(
                TEST_SOURCE, metadata=_meta("test_answer", grade=True, solution=False, locked=True, points=2)
            ),
            new_markdown_cell(
                "Why does plain language matter? (graded by hand)",
                metadata=_meta("why_prompt", grade=False, solution=False, locked=True),
            ),
            new_markdown_cell(
                "YOUR ANSWER HERE", metadata=_meta("why", grade=True, solution=True, locked=False, points=3)
            ),
        ],
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
    )


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    """A temporary course with one generated assignment; nbgrader's API needs the venv's alembic on PATH."""
    bin_dir = str(Path(sys.executable).parent)
    old_path = os.environ.get("PATH", "")
    os.environ["PATH"] = bin_dir + os.pathsep + old_path
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config import Config

    root = tmp_path_factory.mktemp("course")
    (root / "source" / ASSIGNMENT).mkdir(parents=True)
    nbformat.write(_source_notebook(), root / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb")
    config = Config()
    config.CourseDirectory.root = str(root)
    config.CourseDirectory.course_id = "tps-safety"
    config.ExecutePreprocessor.timeout = 120
    api = NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)
    result = api.generate_assignment(ASSIGNMENT, force=True, create=True)
    assert result["success"], result.get("error")
    try:
        yield root, api
    finally:
        os.environ["PATH"] = old_path


def _release(root: Path):
    return nbformat.read(root / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4)


def _cell(nb, grade_id: str):
    return next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def _submit(root: Path, api, student: str, nb) -> dict[str, tuple[float | None, float | None, float]]:
    dest = root / "submitted" / student / ASSIGNMENT
    dest.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, dest / f"{ASSIGNMENT}.ipynb")
    return _autograde(api, student)


def _autograde(api, student: str) -> dict[str, tuple[float | None, float | None, float]]:
    result = api.autograde(ASSIGNMENT, student, force=True, create=True)
    assert result["success"], f"{result.get('error')}\n{result.get('log')}"
    with api.gradebook as gb:
        sub = gb.find_submission_notebook(ASSIGNMENT, ASSIGNMENT, student)
        return {g.name: (g.auto_score, g.manual_score, g.max_score) for g in sub.grades}


def _figure(line: str) -> None:
    print(line)
    ARTIFACT.parent.mkdir(exist_ok=True)
    name = os.environ.get("PYTEST_CURRENT_TEST", "x").split("::")[-1].split(" ")[0].removeprefix("test_")
    (ARTIFACT.parent / f"course-safety-{name}.txt").write_text(f"course safety: {line}\n", encoding="utf-8")


def test_release_has_no_solution_and_keeps_the_test_locked(course):
    root, _ = course
    nb = _release(root)
    assert "crash" not in _cell(nb, "answer").source
    test = _cell(nb, "test_answer")
    assert test.source == TEST_SOURCE and test.metadata["nbgrader"]["locked"] is True


def test_editing_a_locked_test_cell_cannot_change_the_grade(course):
    root, api = course
    # an honest right answer gets the points (so a 0 below is the restored test, not a broken one)
    honest = _release(root)
    _cell(honest, "answer").source = 'answer = "crash"'
    assert _submit(root, api, "honest", honest)["test_answer"][0] == 2

    # the cheat: a wrong answer, the test replaced by `pass`, and the cell's metadata loosened too
    cheat = _release(root)
    _cell(cheat, "answer").source = 'answer = "MVC"'
    test = _cell(cheat, "test_answer")
    test.source = "pass"
    test.metadata["nbgrader"]["locked"] = False
    test.metadata["nbgrader"]["points"] = 100
    grades = _submit(root, api, "cheat", cheat)
    auto, _, max_score = grades["test_answer"]
    assert auto == 0 and max_score == 2, grades

    graded = nbformat.read(root / "autograded" / "cheat" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4)
    restored = _cell(graded, "test_answer")
    assert restored.source == TEST_SOURCE, restored.source
    assert any(o.get("ename") == "AssertionError" for o in restored.get("outputs", []))

    # the test cell deleted outright: it is not run (no autograde score), it scores 0, and it is flagged
    gone = _release(root)
    _cell(gone, "answer").source = 'answer = "crash"'
    gone.cells = [c for c in gone.cells if c.metadata.get("nbgrader", {}).get("grade_id") != "test_answer"]
    deleted = _submit(root, api, "deleter", gone)
    with api.gradebook as gb:
        grade = gb.find_grade("test_answer", ASSIGNMENT, ASSIGNMENT, "deleter")
        deleted_score, flagged = grade.score, grade.needs_manual_grade
        deleter_total = gb.find_submission(ASSIGNMENT, "deleter").score
    assert deleted["test_answer"][0] is None and deleted_score == 0 and deleter_total == 0, deleted
    _figure(
        f"locked test cell: honest answer 2/2; test replaced by 'pass' with a wrong answer {auto:g}/{max_score:g} "
        f"(nbgrader restored the test from the gradebook); test cell deleted {deleted_score:g}/2 "
        f"(not run, needs manual grade: {flagged})"
    )


def test_reautograde_keeps_manual_grades(course):
    root, api = course
    nb = _release(root)
    _cell(nb, "answer").source = 'answer = "crash"'
    _cell(nb, "why").source = "Plain words let people act the first time they read."
    first = _submit(root, api, "manual", nb)
    assert first["test_answer"][0] == 2 and first["why"][1] is None

    with api.gradebook as gb:  # the instructor grades the written answer in formgrader
        grade = gb.find_grade("why", ASSIGNMENT, ASSIGNMENT, "manual")
        grade.manual_score = 2.5
        comment = gb.find_comment("why", ASSIGNMENT, ASSIGNMENT, "manual")
        comment.manual_comment = "Good: name who acts."
        gb.db.commit()

    again = _autograde(api, "manual")  # force=True: autograde the same submission again
    assert again["why"][1] == 2.5, again
    assert again["test_answer"][0] == 2, again
    with api.gradebook as gb:
        assert (
            gb.find_comment("why", ASSIGNMENT, ASSIGNMENT, "manual").manual_comment == "Good: name who acts."
        )
        total = gb.find_submission(ASSIGNMENT, "manual").score
    assert total == 4.5, total
    _figure(f"re-autograde with force=True: manual grade 2.5/3 and its comment kept; total {total:g}/5")
