"""No trainee can grade themselves: cheats tried as a trainee would, graded by both autograders.

A temporary course holds the real assignment 05 (hidden tests included) and the course's nbgrader_config.py.
Every cheat below answers every question wrongly and then tries to win the points anyway: rebinding the
graders, patching the grading helpers, reading the model answers, writing the gradebook from a detached
process, holding the gradebook's lock, editing or forging test cells, adding cells of its own. Each must score
0 under ``nbgrader autograde`` and under ``tpstrain course autograde --jobs 2``, with the gradebook untouched
and no file written by trainee code. An honest trainee (quotes in the answer, too) gets every point; an
answer with a lone surrogate fails alone.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

pytestmark = [pytest.mark.course, pytest.mark.slow, pytest.mark.xdist_group("grading-security")]

nbgrader_api = pytest.importorskip("nbgrader.api")

REPO = Path(__file__).resolve().parent.parent
A = "05-sensitivity"
ENV = {**os.environ, "PATH": str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", "")}
AUTO_POINTS = 8.0  # q1 2 + q2 4 + q3 2; the reflection is graded by hand

WRONG = {
    "q1-answer": "privacy",
    "q2-answer": "Officers attended a call for an EDP on Jane St near Finch Ave W. The male, who suffers from "
    "schizophrenia, was apprehended under the Mental Health Act and conveyed to hospital.",
    "q3-answer": "Police are looking for a suspect after a homeless man was assaulted near Queen St E and "
    "Sherbourne St on Sunday around 11 p.m. Call 51 Division at 416-808-5100.",
}
VAR = {"q1-answer": "problems_1", "q2-answer": "rewrite_2", "q3-answer": "rewrite_3"}


def _feedback_lines() -> dict[str, str]:
    """The course's own feedback(...) line of each answer cell, as the trainee's notebook has it."""
    nb = json.loads((REPO / "solutions" / A / f"{A}.ipynb").read_text(encoding="utf-8"))
    return {
        c["metadata"]["nbgrader"]["grade_id"]: "".join(c["source"]).split('"""\n', 2)[-1]
        for c in nb["cells"]
        if c["metadata"].get("nbgrader", {}).get("grade_id") in VAR
    }


FEEDBACK = _feedback_lines()


def _cell(nb, grade_id: str):
    return next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def _answer(grade_id: str, text: str, extra: str = "") -> str:
    return f'{VAR[grade_id]} = """\n{text}\n"""\n{extra}{FEEDBACK[grade_id]}'


def _solutions(root: Path) -> dict[str, str]:
    nb = nbformat.read(root / "solutions" / A / f"{A}.ipynb", as_version=4)
    out = {}
    for gid in VAR:
        m = re.search(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", _cell(nb, gid).source, re.S)
        out[gid] = m.group(1).strip()
    return out


def _cheats(root: Path, sentinel: Path) -> dict[str, dict]:
    """student -> {grade_id: new cell source, or 'ADD'/'FORGE' for extra cells}."""
    gb = root / "gradebook.db"
    wrong = {gid: _answer(gid, t) for gid, t in WRONG.items()}

    def with_code(code: str) -> dict[str, str]:
        return {**wrong, "q1-answer": _answer("q1-answer", WRONG["q1-answer"], code + "\n")}

    writer = (
        f"import subprocess, sys\nsubprocess.Popen([sys.executable, '-c', "
        f"{_detached_writer(gb, sentinel)!r}], start_new_session=True)"
    )
    return {
        "wrong": wrong,
        "rebind": with_code("grade_rewrite = grade_findings = lambda *a, **k: None"),
        "patch": with_code(
            "import tpstrain.course.grading as g\ng._collect = lambda *a, **k: []\n"
            "g.AnswerError = type('E', (Exception,), {})"
        ),
        "solutions": {
            **wrong,
            "q2-answer": f"rewrite_2 = open({str(root / 'solutions' / A / (A + '.ipynb'))!r})"
            ".read()\n" + FEEDBACK["q2-answer"],
        },
        "detached": with_code(writer),
        "lock": with_code(
            f"import sqlite3, time\nc = sqlite3.connect({str(gb)!r}, isolation_level=None)\n"
            f"c.execute('BEGIN EXCLUSIVE')\nopen({str(sentinel)!r} + '.lock', 'w').write('x')\n"
            "time.sleep(40)"
        ),
        "edit-test": {**wrong, "q2-test": "pass", "q1-test": "pass", "q3-test": "pass"},
        "forge": {**wrong, "ADD": "grade_rewrite = lambda *a, **k: None", "FORGE": "pass"},
        "sneaky-string": {
            **wrong,
            "q2-answer": 'rewrite_2 = """\nx\n""" if False else """Officers helped a person '
            "in crisis near Jane St and Finch Ave W. Taken to hospital. Call or "
            'text 9-8-8."""\n' + FEEDBACK["q2-answer"],
        },
    }


def _detached_writer(gb: Path, sentinel: Path) -> str:
    return (
        f"import sqlite3, time\ntime.sleep(3)\nopen({str(sentinel)!r}, 'w').write('x')\n"
        f"c = sqlite3.connect({str(gb)!r})\n"
        "c.execute('update grade set manual_score = 999')\nc.execute('update submitted_notebook set "
        "flagged = 1')\nc.commit()"
    )


def _submit(root: Path, student: str, changes: dict[str, str]) -> None:
    nb = nbformat.read(root / "exercises" / A / f"{A}.ipynb", as_version=4)
    for gid, src in changes.items():
        if gid == "ADD":
            nb.cells.insert(3, nbformat.v4.new_code_cell(src))
        elif gid == "FORGE":
            meta = {
                "nbgrader": {
                    "grade": True,
                    "grade_id": "q9-test",
                    "locked": True,
                    "points": 100,
                    "schema_version": 3,
                    "solution": False,
                    "task": False,
                }
            }
            nb.cells.append(nbformat.v4.new_code_cell(src, metadata=meta))
        else:
            _cell(nb, gid).source = src
    dest = root / "submitted" / student / A
    dest.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, dest / f"{A}.ipynb")
    (dest / "timestamp.txt").write_text("2026-03-01 08:00:00.000000 UTC", encoding="utf-8")


def _surrogate_submission(root: Path, right: dict[str, str]) -> None:
    """An honest submission whose q2 answer carries a lone surrogate (bytes that are not UTF-8)."""
    _submit(root, "surrogate", {gid: _answer(gid, t) for gid, t in right.items()})
    path = root / "submitted" / "surrogate" / A / f"{A}.ipynb"
    raw = json.loads(path.read_text(encoding="utf-8"))
    for c in raw["cells"]:
        if c.get("metadata", {}).get("nbgrader", {}).get("grade_id") == "q2-answer":
            c["source"] = ['rewrite_2 = """\nBroken \udcff text.\n"""\n', FEEDBACK["q2-answer"]]
    path.write_text(json.dumps(raw, ensure_ascii=True), encoding="utf-8")


def _scores(root: Path) -> dict[str, dict[str, tuple]]:
    out: dict[str, dict[str, tuple]] = {}
    with nbgrader_api.Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        for sub in gb.find_assignment(A).submissions:
            nb = sub.notebooks[0]
            out[sub.student_id] = {g.name: (g.auto_score, g.manual_score, g.extra_credit) for g in nb.grades}
            out[sub.student_id]["flagged"] = nb.flagged
    return out


def _auto_total(cells: dict[str, tuple]) -> float:
    return sum((v[0] or 0) for k, v in cells.items() if k.endswith("-test"))


@pytest.fixture(scope="module")
def courses(tmp_path_factory):
    """Two identical courses with the same submissions: one for each autograder."""
    out = {}
    for name in ("nbgrader", "tpstrain"):
        root = tmp_path_factory.mktemp(f"sec-{name}")
        shutil.copy2(REPO / "nbgrader_config.py", root)
        shutil.copytree(REPO / "solutions" / A, root / "solutions" / A)
        r = subprocess.run(
            [
                sys.executable,
                "-m",
                "tpstrain.cli",
                "course",
                "generate",
                "--course-dir",
                str(root),
                "--no-progress",
            ],
            capture_output=True,
            text=True,
            env=ENV,
            timeout=300,
        )
        assert r.returncode == 0, r.stdout + r.stderr
        sentinel = root / "trainee-code-ran"
        right = _solutions(root)
        for student, changes in _cheats(root, sentinel).items():
            _submit(root, student, changes)
        _submit(root, "honest", {gid: _answer(gid, t) for gid, t in right.items()})
        # an honest answer with a quote and a backslash that end the Python string early
        _submit(
            root,
            "quotes",
            {
                **{gid: _answer(gid, t) for gid, t in right.items()},
                "q2-answer": 'rewrite_2 = """\nOfficers helped a person in crisis near Jane St and '
                'Finch Ave W. The person was taken to hospital for "care". If you need '
                'support, call or text 9-8-8\\"""\n' + FEEDBACK["q2-answer"],
            },
        )
        _surrogate_submission(root, right)
        out[name] = (root, sentinel)
    t0 = time.monotonic()
    root, _ = out["nbgrader"]
    r = subprocess.run(
        ["nbgrader", "autograde", A, "--force"],
        cwd=root,
        capture_output=True,
        text=True,
        env=ENV,
        timeout=600,
    )
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    root, _ = out["tpstrain"]
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "tpstrain.cli",
            "course",
            "autograde",
            "--course-dir",
            str(root),
            "--jobs",
            "2",
            "--no-progress",
        ],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=600,
    )
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    assert time.monotonic() - t0 < 300, "a cheat held the grading up"
    time.sleep(4)  # long enough for a detached writer, had one started, to write
    return out


@pytest.mark.parametrize("grader", ["nbgrader", "tpstrain"])
def test_every_cheat_scores_zero(courses, grader):
    root, _ = courses[grader]
    scores = _scores(root)
    cheats = [s for s in scores if s not in ("honest", "quotes", "surrogate")]
    assert len(cheats) == 9
    for student in cheats:
        assert _auto_total(scores[student]) == 0, f"{student} won points: {scores[student]}"
        assert "q9-test" not in scores[student]


@pytest.mark.parametrize("grader", ["nbgrader", "tpstrain"])
def test_trainee_code_never_runs_and_the_gradebook_is_untouched(courses, grader):
    root, sentinel = courses[grader]
    assert not sentinel.exists() and not Path(str(sentinel) + ".lock").exists()
    for student, cells in _scores(root).items():
        assert not cells["flagged"], student
        for name, value in cells.items():
            if name != "flagged":
                assert value[1] is None and value[2] is None, (student, name, value)


@pytest.mark.parametrize("grader", ["nbgrader", "tpstrain"])
def test_honest_answers_get_every_point(courses, grader):
    root, _ = courses[grader]
    scores = _scores(root)
    assert _auto_total(scores["honest"]) == AUTO_POINTS
    assert _auto_total(scores["quotes"]) == AUTO_POINTS, scores["quotes"]
    # the lone surrogate fails its own answer only
    assert scores["surrogate"]["q2-test"][0] == 0
    assert _auto_total(scores["surrogate"]) == AUTO_POINTS - 4


def test_both_autograders_agree(courses):
    assert _scores(courses["nbgrader"][0]) == _scores(courses["tpstrain"][0])


def test_a_cheat_is_told_why_in_words(courses):
    root, _ = courses["tpstrain"]
    nb = nbformat.read(root / "autograded" / "solutions" / A / f"{A}.ipynb", as_version=4)
    out = _cell(nb, "q2-test").outputs
    assert out and out[0]["output_type"] == "error"
    text = "\n".join(out[0]["traceback"])
    assert "holds more than your answer" in text and "Traceback" not in text and "File " not in text
    nb = nbformat.read(root / "autograded" / "wrong" / A / f"{A}.ipynb", as_version=4)
    text = "\n".join(_cell(nb, "q2-test").outputs[0]["traceback"])
    assert text.startswith("Not yet") and "Traceback" not in text


def test_feedback_page_uses_the_course_template(courses):
    """``nbgrader generate_feedback``, as an instructor types it: the course's page, every check in words."""
    root, _ = courses["nbgrader"]
    r = subprocess.run(
        ["nbgrader", "generate_feedback", A, "--student", "wrong", "--force"],
        cwd=root,
        capture_output=True,
        text=True,
        env=ENV,
        timeout=300,
    )
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    page = (root / "feedback" / "wrong" / A / f"{A}.html").read_text(encoding="utf-8")
    assert re.search(r"<meta[^>]*tpstrain-feedback", page), "the course's feedback template was not used"
    assert page.count('class="output_subarea tps-check tps-not-yet"') == 3  # one block per failing question
    assert page.count('<div class="tps-fix"><b>How to fix:</b>') >= 5  # each fix on a line of its own
    assert "grade_rewrite(" not in page  # the grader's checks show their result, not their code
    assert "Traceback" not in re.sub(r"<style.*?</style>", "", page, flags=re.S)


def test_the_grader_reads_the_gradebook_once_per_notebook(courses, tmp_path, monkeypatch):
    """CleanText reads the course's cells for the sanitize pass; GradeAnswers reuses them instead of reopening."""
    from tpstrain.course import autograder
    from tpstrain.course.coursedir import Course, ensure_venv_on_path, working_dir

    root = tmp_path / "course"
    shutil.copytree(courses["tpstrain"][0], root, symlinks=True)
    reads = []
    real = autograder._course_sources
    monkeypatch.setattr(autograder, "_course_sources", lambda r: reads.append(1) or real(r))
    monkeypatch.setenv("PATH", os.environ["PATH"])  # ensure_venv_on_path changes it: restored after
    ensure_venv_on_path()
    with working_dir(root):
        result = Course(root).api.autograde(A, "honest", force=True)
    assert result["success"], result.get("log", "")[-3000:]
    assert len(reads) == 1 and not autograder._READ
    assert _auto_total(_scores(root)["honest"]) == AUTO_POINTS


def test_lock_holder_did_not_block_the_gradebook(courses):
    root, _ = courses["tpstrain"]
    con = sqlite3.connect(root / "gradebook.db", timeout=1)
    con.execute("BEGIN IMMEDIATE")
    con.rollback()


def test_certify_refuses_a_course_whose_config_runs_trainee_code(tmp_path):
    from tpstrain.course import simulate

    simulate.write_config(tmp_path)
    cfg = tmp_path / "nbgrader_config.py"
    cfg.write_text("\n".join(line for line in cfg.read_text().splitlines() if "configure" not in line) + "\n")
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "tpstrain.cli",
            "course",
            "certify",
            "--course-dir",
            str(tmp_path),
            "--output",
            str(tmp_path / "staff.json"),
            "--no-progress",
        ],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=120,
    )
    assert r.returncode == 2, r.stdout + r.stderr
    errors = [line for line in r.stderr.splitlines() if line.startswith("tpstrain: error:")]
    assert len(errors) == 1 and "run trainee code" in errors[0] and "Traceback" not in r.stderr, r.stderr
    assert not (tmp_path / "staff.json").exists()
