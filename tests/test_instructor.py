"""Instructor tools on an invented class: parallel autograde == plain nbgrader, report, certification.

One temporary course (module fixture, xdist group "instructor") with two tiny assignments of its own
(tpstrain.course.simulate.SYNTHETIC, so it does not move when the real course changes) and 31 trainees on the
roster: 30 submit a mix of right, partly right, blank and late work (one skips the second assignment), one
never submits. Late work scores zero in this course (LateSubmissionPlugin.penalty_method = "zero").

- ``tpstrain course autograde --jobs 2`` grades the whole class; a plain serial ``nbgrader autograde`` grades
  a copy of five trainees' submissions (one of each kind); per-cell scores must be equal.
- The instructor then grades the written answers by hand (all but one trainee), and the tests check the
  report and that certification picks exactly the expected trainees.

The first autograde runs as a real command; the other commands run in this process (``tpstrain.cli.main``),
which keeps the module near a minute on two cores.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = [pytest.mark.course, pytest.mark.xdist_group("instructor")]

nbgrader_api = pytest.importorskip("nbgrader.api")

from tpstrain import Account, Post, StaffMember, check  # noqa: E402
from tpstrain.cli import main  # noqa: E402
from tpstrain.course import simulate  # noqa: E402

ASSIGNMENTS = ["t1-plain-words", "t2-privacy"]
VENV_BIN = str(Path(sys.executable).parent)
ENV = {**os.environ, "PATH": VENV_BIN + os.pathsep + os.environ.get("PATH", "")}
UNGRADED = "tps1003"  # a right trainee whose written answer the instructor has not marked yet
NEVER = {
    "id": "tps1031",
    "first_name": "Noor",
    "last_name": "Absent",
    "email": "noor.absent@tps.ca",
    "unit": "52-division",
    "kind": "none",
}
CERT_DATE = dt.date(2026, 4, 1)


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


def tps(*args: str, check_rc: bool = True, subprocess_: bool = False) -> Run:
    """Run ``tpstrain ARGS``: in this process (fast), or as a real command with ``subprocess_``."""
    if subprocess_:
        r = subprocess.run(
            [sys.executable, "-m", "tpstrain.cli", *args],
            capture_output=True,
            text=True,
            env=ENV,
            timeout=600,
        )
        run = Run(r.returncode, r.stdout, r.stderr)
    else:
        out, err = io.StringIO(), io.StringIO()
        old_path = os.environ["PATH"]
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                rc = main(list(args))
        finally:
            os.environ["PATH"] = old_path
        run = Run(rc, out.getvalue(), err.getvalue())
    if check_rc:
        assert run.returncode == 0, (
            f"tpstrain {' '.join(args)} -> {run.returncode}\n{run.stdout}\n{run.stderr}"
        )
    return run


def cell_scores(db: Path, students: set[str] | None = None) -> dict[tuple[str, str, str, str], tuple]:
    """{(assignment, student, notebook, cell): (auto_score, manual_score, needs_manual_grade)}."""
    out = {}
    with nbgrader_api.Gradebook(f"sqlite:///{db}") as gb:
        for a in gb.assignments:
            for sub in a.submissions:
                if students is not None and sub.student_id not in students:
                    continue
                for nb in sub.notebooks:
                    for g in nb.grades:
                        key = (a.name, sub.student_id, nb.name, g.name)
                        assert key not in out, f"grade twice: {key}"
                        out[key] = (g.auto_score, g.manual_score, g.needs_manual_grade)
    return out


@pytest.fixture(scope="module")
def klass(tmp_path_factory):
    root = tmp_path_factory.mktemp("class")
    simulate.write_config(root, late_penalty="zero")
    simulate.synthetic_assignments(root / "solutions")
    tps("course", "generate", "--course-dir", str(root), "--due", simulate.DUE.isoformat(), "--no-progress")
    trainees = simulate.invent_trainees(30)
    roster = simulate.write_roster([*trainees, NEVER], root / "docs" / "roster.csv")
    plan = simulate.make_class(root, trainees, ASSIGNMENTS)

    # the reference: a copy of five trainees (one of each kind) graded by plain, serial nbgrader
    sample = {"tps1001", "tps1002", "tps1004", "tps1006", "tps1009"}  # right, partial, blank, late, absent
    assert {t["kind"] for t in trainees if t["id"] in sample} == {
        "right",
        "partial",
        "blank",
        "late",
        "absent",
    }
    ref = tmp_path_factory.mktemp("serial")
    for name in ("nbgrader_config.py", "gradebook.db"):
        shutil.copy2(root / name, ref / name)
    for name in ("solutions", "exercises"):
        shutil.copytree(root / name, ref / name)
    for sid in sample:
        shutil.copytree(root / "submitted" / sid, ref / "submitted" / sid)
    for a in ASSIGNMENTS:
        r = subprocess.run(
            [VENV_BIN + "/nbgrader", "autograde", a],
            cwd=ref,
            env=ENV,
            capture_output=True,
            text=True,
            timeout=900,
        )
        assert r.returncode == 0, r.stderr[-3000:]

    r = tps(
        "course", "autograde", "--jobs", "2", "--course-dir", str(root), "--no-progress", subprocess_=True
    )
    parallel_summary = r.stdout
    after_autograde = cell_scores(root / "gradebook.db")

    with nbgrader_api.Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        graded_by_hand = simulate.grade_by_hand(gb, plan, skip=[UNGRADED])
    return {
        "root": root,
        "roster": roster,
        "plan": plan,
        "trainees": trainees,
        "sample": sample,
        "ref": ref,
        "summary": parallel_summary,
        "after_autograde": after_autograde,
        "by_hand": graded_by_hand,
    }


def test_parallel_autograde_equals_serial_nbgrader(klass):
    ours = {k: v for k, v in klass["after_autograde"].items() if k[1] in klass["sample"]}
    theirs = cell_scores(klass["ref"] / "gradebook.db")
    assert ours.keys() == theirs.keys()
    assert ours == theirs
    # and the autograded notebooks are where nbgrader puts them
    for a, s, nb, _ in theirs:
        assert (klass["root"] / "autograded" / s / a / f"{nb}.ipynb").is_file()


def test_no_grade_lost_or_doubled(klass):
    plan, scores = klass["plan"], klass["after_autograde"]
    assert {(s, a) for a, s, _, _ in scores} == set(plan)  # every submission, nothing else
    cells = {"t1-plain-words": 3, "t2-privacy": 1}  # graded cells per notebook
    for s, a in plan:
        assert sum(1 for k in scores if k[:2] == (a, s)) == cells[a]
    assert "57 done" in klass["summary"] and "failed" not in klass["summary"]


def test_right_blank_partial_and_late_scores(klass):
    scores = klass["after_autograde"]
    kinds = {t["id"]: t["kind"] for t in klass["trainees"]}

    def auto(a, s):
        return sum(v[0] or 0 for k, v in scores.items() if k[:2] == (a, s))

    for sid, kind in kinds.items():
        if kind in ("right", "late"):
            assert auto("t1-plain-words", sid) == 3 and auto("t2-privacy", sid) == 2, sid
        elif kind == "blank":
            assert auto("t1-plain-words", sid) == 0 and auto("t2-privacy", sid) == 0, sid
        elif kind == "partial":  # q1 right, q2 flawed (jargon) -> 2 of 3; the only answer of t2 right
            assert auto("t1-plain-words", sid) == 2 and auto("t2-privacy", sid) == 2, sid
    with nbgrader_api.Gradebook(f"sqlite:///{klass['root'] / 'gradebook.db'}") as gb:
        late = gb.find_submission("t2-privacy", "tps1006")  # kind 'late'
        assert late.total_seconds_late > 0 and late.late_submission_penalty == late.score == 2


def test_manual_grades_survive_a_forced_reautograde(klass, tmp_path):
    copy = tmp_path / "course"
    shutil.copytree(klass["root"], copy, symlinks=True)
    before = cell_scores(copy / "gradebook.db")
    assert klass["by_hand"] > 0
    r = tps(
        "course",
        "autograde",
        "--jobs",
        "1",
        "--force",
        "--student",
        "tps1001,tps1002",
        "--course-dir",
        str(copy),
        "--no-progress",
    )
    assert "4 done" in r.stdout, r.stdout
    after = cell_scores(copy / "gradebook.db")
    assert after.keys() == before.keys()
    for key, (auto, manual, needs) in after.items():
        b_auto, b_manual, b_needs = before[key]
        assert (auto, manual) == (b_auto, b_manual), key
        if key[1] in ("tps1001", "tps1002") and manual is not None:
            assert needs  # as nbgrader does: a manually scored cell is flagged for review again
        elif key[1] not in ("tps1001", "tps1002"):
            assert needs == b_needs
    # without --force nothing is graded twice
    r = tps("course", "autograde", "--jobs", "2", "--course-dir", str(copy), "--no-progress")
    assert "0 done" in r.stdout and "57 skipped" in r.stdout, r.stdout


def test_report(klass, tmp_path):
    out = tmp_path / "report"
    r = tps(
        "course",
        "report",
        "--course-dir",
        str(klass["root"]),
        "--roster",
        str(klass["roster"]),
        "--output",
        str(out),
        "--no-progress",
    )
    page = (out / "report.html").read_text(encoding="utf-8")
    for t in [*klass["trainees"], NEVER]:
        assert t["id"] in page and f"{t['first_name']} {t['last_name']}" in page
    for name in ("scores", "heatmap", "hardest", "rules", "values"):
        png = out / f"{name}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert page.count("data:image/png;base64,") == 5
    assert not re.search(r"""(src|href)=["']https?:""", page)  # self-contained
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    # the flawed answers (police jargon, a home address, a private number) are what the class breaks most
    assert data["rules"].get("clarity.jargon", 0) >= 6
    assert {"Respect", "Reliability"} & set(data["values"])
    hardest = data["hardest"][0]
    assert (hardest["assignment"], hardest["cell"]) == ("t1-plain-words", "q2-test")
    by_id = {t["id"]: t for t in data["trainees"]}
    assert by_id["tps1031"]["scores"] == {"t1-plain-words": None, "t2-privacy": None}
    assert by_id["tps1001"]["scores"]["t1-plain-words"] == 100.0
    assert "hardest:" in r.stdout and "rules broken most" in r.stdout


def expected_certified(klass) -> set[str]:
    return {t["id"] for t in klass["trainees"] if t["kind"] == "right"} - {UNGRADED}


def test_certify_exact_and_authorization_loop(klass, tmp_path):
    out = tmp_path / "staff.json"
    r = tps(
        "course",
        "certify",
        "--course-dir",
        str(klass["root"]),
        "--roster",
        str(klass["roster"]),
        "--output",
        str(out),
        "--date",
        CERT_DATE.isoformat(),
        "--pass-mark",
        "70",
        "--no-progress",
    )
    members = [StaffMember.model_validate(m) for m in json.loads(out.read_text(encoding="utf-8"))]
    assert {m.id for m in members} == expected_certified(klass)
    assert f"not yet {UNGRADED}" in r.stdout and "awaiting manual grading" in r.stdout
    assert "not yet tps1006" in r.stdout and "late penalty" in r.stdout
    roster = {t["id"]: t for t in klass["trainees"]}
    for m in members:
        (rec,) = m.training
        assert (rec.module, rec.completed_on, rec.expires_on) == (
            "social-media-basics",
            CERT_DATE,
            dt.date(2028, 4, 1),
        )
        assert (
            m.unit == roster[m.id]["unit"]
            and m.name == f"{roster[m.id]['first_name']} {roster[m.id]['last_name']}"
        )

    # the loop: the policy's authorization rules accept a certified member on their unit's account ...
    certified = members[0]
    account = Account(platform="x", handle="@TPSunit", kind="unit", unit=certified.unit)
    text = "Join us Saturday at the 14 Division open house."
    when = dt.datetime(2026, 6, 1, 10, 0)
    ok = check(Post(text=text, author=certified, account=account, created_at=when))
    assert not [f for f in ok.findings if f.category == "authorization"], ok.findings
    assert ok.verdict != "block"
    # ... and block an uncertified trainee of the same unit, and the certified one once the record expires
    partial = next(t for t in klass["trainees"] if t["kind"] == "partial")
    other = StaffMember(id=partial["id"], name=partial["first_name"], unit=certified.unit)
    blocked = check(Post(text=text, author=other, account=account, created_at=when))
    assert "authorization.training" in blocked.rules() and blocked.verdict == "block"
    expired = check(Post(text=text, author=certified, account=account, created_at=dt.datetime(2028, 6, 1)))
    assert "authorization.training" in expired.rules() and expired.verdict == "block"


def test_certify_updates_the_register_and_honours_required_list(klass, tmp_path):
    out = tmp_path / "staff.json"
    keep = StaffMember(
        id="tps9999",
        name="Kept Member",
        unit="14-division",
        training=[{"module": "other-course", "completed_on": "2025-01-01"}],
    )
    out.write_text(json.dumps([keep.model_dump(mode="json")]), encoding="utf-8")
    args = [
        "course",
        "certify",
        "--course-dir",
        str(klass["root"]),
        "--roster",
        str(klass["roster"]),
        "--output",
        str(out),
        "--date",
        "2026-04-01",
        "--require",
        "t2-privacy",
        "--no-progress",
    ]
    tps(*args)
    tps(*args)  # twice: the same record is not added again
    members = {m["id"]: m for m in json.loads(out.read_text(encoding="utf-8"))}
    assert members["tps9999"]["training"][0]["module"] == "other-course"
    # t2 only: right, partial (its one answer is right) and the ungraded-by-hand trainee pass; late (zero), blank
    # and absent (nothing submitted for t2) do not
    kinds = {t["id"]: t["kind"] for t in klass["trainees"]}
    assert set(members) - {"tps9999"} == {s for s, k in kinds.items() if k in ("right", "partial")}
    assert all(len(m["training"]) == 1 for m in members.values())


def test_export_and_feedback(klass, tmp_path):
    grades = tmp_path / "grades.csv"
    tps("course", "export", "--course-dir", str(klass["root"]), "--to", str(grades), "--no-progress")
    rows = grades.read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("assignment,duedate,timestamp,student_id,last_name,first_name")
    assert len(rows) == 1 + 2 * 30  # nbgrader's export: every student in the gradebook x every assignment
    assert any(",tps1001,Patel,Amara," in row for row in rows)  # names from the roster
    copy = tmp_path / "course"
    shutil.copytree(klass["root"], copy, symlinks=True)
    r = tps("course", "feedback", "--course-dir", str(copy), "--student", "tps1001,tps1004", "--no-progress")
    assert "4 done" in r.stdout
    assert (copy / "feedback" / "tps1001" / "t1-plain-words" / "t1-plain-words.html").is_file()
    # nbgrader's generate_feedback (through its API) renders with the course's template: checks in words
    page = (copy / "feedback" / "tps1004" / "t1-plain-words" / "t1-plain-words.html").read_text(
        encoding="utf-8"
    )
    assert re.search(r"<meta[^>]*tpstrain-feedback", page), "the course's feedback template was not used"
    assert page.count('class="output_subarea tps-check') == 2 and "Keep the place: Dufferin" in page
    assert "Traceback" not in re.sub(r"<style.*?</style>", "", page, flags=re.S)


def test_errors_are_one_line(tmp_path):
    r = tps("course", "autograde", "--course-dir", str(tmp_path / "nowhere"), check_rc=False)
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "no such directory" in r.stderr
    r = tps("course", "autograde", "--course-dir", str(tmp_path), check_rc=False)
    assert r.returncode == 2 and "nbgrader_config.py" in r.stderr and "Traceback" not in r.stderr
    r = tps("course", "certify", "--pass-mark", "abc", check_rc=False)
    assert r.returncode == 2 and "percentage" in r.stderr


def test_answers_are_the_strings_a_trainee_wrote():
    from tpstrain.course.breaches import assigned_strings as _strings

    src = (
        'platform = "instagram"\npost = """Police went to a crash."""\nfeedback(post)\n'
        'p = Post(text="Lanes are closed on Bloor.", platform="x")\nn = 3'
    )
    assert _strings(src) == [("Police went to a crash.", "instagram"), ("Lanes are closed on Bloor.", "x")]
    assert _strings("post = '''unclosed") == []


def test_records_expire_two_years_on_even_from_a_leap_day():
    from tpstrain.course.certify import add_years, record

    assert add_years(dt.date(2028, 2, 29), 2) == dt.date(2030, 2, 28)
    rec = record(dt.date(2026, 4, 1))
    assert (rec.module, rec.expires_on) == ("social-media-basics", dt.date(2028, 4, 1))
    assert rec.valid_on(dt.date(2028, 4, 1)) and not rec.valid_on(dt.date(2028, 4, 2))
