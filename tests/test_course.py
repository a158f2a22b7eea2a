"""The nbgrader course, end to end, through nbgrader's Python API (never exit codes: `nbgrader validate`
exits 0 even when validation fails).

One temporary course directory is shared by the module (a gradebook is slow to create): generate every
assignment from solutions/, then autograde the model answers, the untouched exercises, and a partly-right
submission. The tests run in one xdist group so they share it.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import time
from pathlib import Path

import nbformat
import pytest

pytestmark = [pytest.mark.course, pytest.mark.xdist_group("course")]

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location(
    "generate_exercises", REPO / "scripts" / "generate_exercises.py"
)
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

ASSIGNMENTS = gen.assignments()
EXPECTED = [
    "02-accounts",
    "03-core-values",
    "04-clear-language",
    "05-sensitivity",
    "06-privacy-and-law",
    "07-platforms-accessibility",
    "08-urgent-posts",
    "09-engagement-campaigns",
    "10-customizing-policy",
    "11-live-incident",
    "12-comments-and-messages",
    "13-two-languages",
    "14-rumours",
    "15-photos-and-consent",
    "16-records-and-security",
]
MARKERS = ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", "END HIDDEN TESTS")


# ----- helpers -------------------------------------------------------------------------------------
def _nbg(cell) -> dict:
    return cell.metadata.get("nbgrader", {})


def _regions(source: str, begin: str, end: str) -> tuple[list[str], list[str]]:
    """(lines inside begin/end regions, lines outside them) of one cell's source."""
    inside, outside, on = [], [], False
    for line in source.splitlines():
        if begin in line:
            on = True
        elif end in line:
            on = False
        elif on:
            inside.append(line)
        else:
            outside.append(line)
    return inside, outside


def _submit(root: Path, student: str, name: str, nb) -> None:
    dest = root / "submitted" / student / name
    dest.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, dest / f"{name}.ipynb")


def _autograde(api, name: str, student: str) -> dict[str, tuple[float | None, float]]:
    """Autograde one submission; return {grade_id: (auto score, max score)} for every graded cell."""
    result = api.autograde(name, student, force=True, create=True)
    assert result["success"], (
        f"autograde {name}/{student} failed:\n{result.get('error')}\n{result.get('log')}"
    )
    with api.gradebook as gb:
        sub = gb.find_submission_notebook(name, name, student)
        return {g.name: (g.auto_score, g.max_score) for g in sub.grades}


def _autograded_ids(source_nb) -> set[str]:
    """grade_ids of the cells the autograder scores: graded code cells without a solution."""
    return {
        _nbg(c)["grade_id"]
        for c in source_nb.cells
        if _nbg(c).get("grade") and not _nbg(c).get("solution") and c.cell_type == "code"
    }


def _source(name: str):
    return nbformat.read(REPO / "solutions" / name / f"{name}.ipynb", as_version=4)


def _release(name: str):
    return nbformat.read(REPO / "exercises" / name / f"{name}.ipynb", as_version=4)


def _answer(source_nb, grade_id: str) -> str:
    """The model answer cell's source with the solution markers removed (what a right trainee writes)."""
    cell = next(c for c in source_nb.cells if _nbg(c).get("grade_id") == grade_id)
    return "\n".join(line for line in cell.source.splitlines() if "SOLUTION" not in line)


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    """A temporary course: config + solutions/ copied, every assignment generated."""
    root = gen.copy_course(tmp_path_factory.mktemp("course"))
    api = gen.course_api(root)
    t = time.perf_counter()
    gen.generate(api, ASSIGNMENTS)
    print(f"\ngenerated {len(ASSIGNMENTS)} assignments in {time.perf_counter() - t:.1f} s")
    return root, api


# ----- shape of the course ---------------------------------------------------------------------------
def test_every_lesson_has_an_assignment():
    assert set(EXPECTED) <= set(ASSIGNMENTS)
    for name in ASSIGNMENTS:
        assert (REPO / "exercises" / name / f"{name}.ipynb").is_file(), f"exercises/{name} is missing"


@pytest.mark.parametrize("name", ASSIGNMENTS)
def test_source_notebook_shape(name):
    nb = _source(name)
    nbformat.validate(nb)
    first = nb.cells[0]
    assert first.cell_type == "markdown" and "Objectives" in first.source and "Estimated time" in first.source
    ids = [_nbg(c).get("grade_id") for c in nb.cells]
    assert all(ids) and len(ids) == len(set(ids)), "every cell needs a unique grade_id"
    for c in nb.cells:
        meta = _nbg(c)
        assert meta["schema_version"] == 3 and {"grade", "solution", "locked", "task"} <= set(meta)
        if meta["grade"]:
            assert meta["points"] > 0
        if meta["solution"] and c.cell_type == "code":
            # the solution sits inside a string, so the trainee's copy still runs
            assert re.match(r'^\w+ = """\n### BEGIN SOLUTION\n', c.source), c.source[:80]
    points = sum(_nbg(c).get("points", 0) for c in nb.cells if _nbg(c).get("grade"))
    manual = sum(_nbg(c)["points"] for c in nb.cells if _nbg(c).get("grade") and c.cell_type == "markdown")
    assert points == 10 and 2 <= manual <= 3


# ----- (a) the committed exercises are exactly what nbgrader generates -------------------------------------
def test_exercises_regenerate_byte_identical(course):
    root, _ = course
    for name in ASSIGNMENTS:
        fresh, committed = root / "exercises" / name, REPO / "exercises" / name
        diff = gen._differences(fresh, committed)
        assert not diff, (
            f"exercises/{name} is stale ({diff}): run .venv/bin/python scripts/generate_exercises.py"
        )


# ----- (d) nothing of the solutions or hidden tests leaks into the exercises ----------------------------------
@pytest.mark.parametrize("name", ASSIGNMENTS)
def test_no_solution_or_hidden_test_in_exercises(name):
    source, release = _source(name), _release(name)
    secret, public = set(), set()
    for c in source.cells:
        for begin, end in (("BEGIN SOLUTION", "END SOLUTION"), ("BEGIN HIDDEN TESTS", "END HIDDEN TESTS")):
            inside, outside = _regions(c.source, begin, end)
            secret |= {line.strip() for line in inside if line.strip()}
            public |= {line.strip() for line in outside if line.strip()}
        if _nbg(c).get("solution") and c.cell_type == "markdown":
            secret |= {line.strip() for line in c.source.splitlines() if line.strip()}
    secret -= public  # a line also written outside the regions (a closing bracket) is no secret
    leaked = []
    for c in release.cells:
        for line in c.source.splitlines():
            if line.strip() in secret:
                leaked.append(f"{_nbg(c).get('grade_id')}: {line.strip()}")
            if any(m in line for m in MARKERS):
                leaked.append(f"{_nbg(c).get('grade_id')}: marker {line.strip()}")
    assert not leaked, "solution or hidden-test text in exercises/:\n" + "\n".join(leaked)
    assert len(release.cells) == len(source.cells)
    for c in release.cells:
        assert not c.get("outputs"), "release notebooks carry no outputs"


# ----- (b) the model answers get full marks; (c) the untouched exercises get nothing -------------------------
@pytest.mark.parametrize("name", ASSIGNMENTS)
def test_solutions_get_full_marks(course, name):
    root, api = course
    source = _source(name)
    _submit(root, "model", name, source)  # the SOURCE notebook as submitted, markers and all
    scores = _autograde(api, name, "model")
    auto = _autograded_ids(source)
    assert auto and auto <= set(scores)
    lost = {gid: s for gid, s in scores.items() if gid in auto and s[0] != s[1]}
    assert not lost, f"{name}: the model answers lose points: {lost}\n{_errors(root, name, 'model')}"
    # written answers were changed from the stub, so they wait for the instructor (no automatic score)
    manual = {gid for gid, (a, _) in scores.items() if gid not in auto}
    assert all(scores[g][0] is None for g in manual)


@pytest.mark.parametrize("name", ASSIGNMENTS)
def test_untouched_exercises_get_zero(course, name):
    root, api = course
    release = _release(name)
    _submit(root, "blank", name, release)
    scores = _autograde(api, name, "blank")
    assert scores and all(a == 0 for a, _ in scores.values()), f"{name}: a blank notebook scores {scores}"


def _errors(root: Path, name: str, student: str) -> str:
    """The error outputs of an autograded notebook, for failure messages."""
    path = root / "autograded" / student / name / f"{name}.ipynb"
    if not path.exists():
        return ""
    nb = nbformat.read(path, as_version=4)
    return "\n".join(
        f"{_nbg(c).get('grade_id')}: {o.get('ename')}: {o.get('evalue')}"
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.outputs
        if o.output_type == "error"
    )


# ----- validation through nbgrader's Validator -------------------------------------------------------------
def test_validator_passes_a_right_notebook_and_explains_a_blank_one(course, tmp_path):
    from nbgrader.validator import Validator

    name = "02-accounts"
    source, release = _source(name), _release(name)
    right = nbformat.from_dict(json.loads(nbformat.writes(release)))
    for c in right.cells:
        if _nbg(c).get("solution"):
            c.source = _answer(source, _nbg(c)["grade_id"])
    (tmp_path / "right.ipynb").write_text(nbformat.writes(right), encoding="utf-8")
    shutil.copy(REPO / "exercises" / name / f"{name}.ipynb", tmp_path / "blank.ipynb")

    validator = Validator()
    assert "failed" not in validator.validate(str(tmp_path / "right.ipynb"))
    failed = validator.validate(str(tmp_path / "blank.ipynb")).get("failed", [])
    tests = [f for f in failed if "grade_" in f["source"]]
    assert len(tests) == 3  # the three autograded questions, each with a message a trainee can act on
    for f in tests:
        # in words, on one line per problem: no exception name, no traceback (the kernel's stderr)
        assert f["raw_error"].startswith("Not yet") and "have not written" in f["raw_error"]
        assert "Traceback" not in f["raw_error"] and "AnswerError" not in f["raw_error"]
    assert len(failed) == 4  # and the written reflection: "You did not provide a response."


# ----- (e) a partly-right submission: partial credit and readable feedback ----------------------------------
def test_partly_right_submission_gets_partial_credit_and_readable_feedback(course):
    root, api = course
    name = "04-clear-language"
    source, release = _source(name), _release(name)
    answers = {
        "q1-answer": _answer(source, "q1-answer"),  # right
        # q2 keeps the facts but also the jargon "MVC" and "conveyed"
        "q2-answer": 'rewrite_2 = """\nMVC at Dufferin St and Eglinton Ave W. One driver was conveyed to hospital. '
        'Call 416-808-2222. Case 2026-1234567.\n"""',
        "q3-answer": _answer(source, "q3-answer"),  # right
    }
    nb = nbformat.from_dict(json.loads(nbformat.writes(release)))
    for c in nb.cells:
        gid = _nbg(c).get("grade_id")
        if gid in answers:
            c.source = answers[gid]
    _submit(root, "partial", name, nb)
    scores = _autograde(api, name, "partial")
    assert scores["q1-test"] == (2, 2) and scores["q3-test"] == (2, 2)
    assert scores["q2-test"] == (0, 4)
    auto_total = sum(a or 0 for a, _ in scores.values())
    assert auto_total == 4

    # the error the trainee sees names the rule, the words and the fix
    graded = nbformat.read(root / "autograded" / "partial" / name / f"{name}.ipynb", as_version=4)
    cell = next(c for c in graded.cells if _nbg(c).get("grade_id") == "q2-test")
    error = next(o for o in cell.outputs if o.output_type == "error")
    assert error.ename == "Not yet"
    assert "clarity.jargon" in error.evalue and '"MVC"' in error.evalue and "How to fix" in error.evalue
    plain = "\n".join(error.traceback)
    assert not re.search(r"^(?:File |Cell In|Traceback)", plain, flags=re.M), (
        f"no traceback, only words\n{plain}"
    )

    result = api.generate_feedback(name, "partial", force=True)
    assert result["success"], result.get("log")
    html = (root / "feedback" / "partial" / name / f"{name}.html").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", "", html)
    assert "clarity.jargon" in text and "Not yet" in text and "Traceback (most recent" not in text
    assert not re.search(r"AssertionError\s*$", text, flags=re.M), "a bare AssertionError without a message"
    assert "416-808-2222" in text  # the trainee's own words are quoted back


# ----- the exercises stay meaningful as the model policy grows -------------------------------------------
def _run_cells(nb, answers: dict[str, str]) -> dict[str, str]:
    """Run a source notebook's code in-process with the given answer cells; {test grade_id: error or ''}."""
    ns: dict = {}
    out = {}
    for c in nb.cells:
        if c.cell_type != "code":
            continue
        meta = _nbg(c)
        src = answers.get(meta.get("grade_id"), c.source)
        src = "\n".join(line for line in src.splitlines() if not any(m in line for m in MARKERS))
        try:
            exec(compile(src, meta.get("grade_id", "cell"), "exec"), ns)
            err = ""
        except AssertionError as e:
            err = str(e) or "AssertionError"
        if meta.get("grade") and not meta.get("solution"):
            out[meta["grade_id"]] = err
    return out


def test_a_policy_that_changes_nothing_fails_every_policy_question():
    # if the model policy itself learns what a question asks for, the question must change
    nb = _source("10-customizing-policy")
    answers = {
        _nbg(c)["grade_id"]: f'{c.source.split(" = ", 1)[0]} = """extends: model"""\n'
        for c in nb.cells
        if _nbg(c).get("solution") and c.cell_type == "code"
    }
    results = _run_cells(nb, answers)
    assert results and all(results.values()), f"a do-nothing policy passes: {results}"
