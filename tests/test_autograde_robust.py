"""Autograde never loses or invents a grade: interruptions, a killed parent, a broken submission, collect's clock.

One temporary course with the two synthetic assignments (tpstrain.course.simulate) and a small class.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.course, pytest.mark.slow, pytest.mark.xdist_group("autograde-robust")]

nbgrader_api = pytest.importorskip("nbgrader.api")

from tpstrain.course import autograde, simulate  # noqa: E402
from tpstrain.course.coursedir import Course  # noqa: E402

ASSIGNMENTS = ["t1-plain-words", "t2-privacy"]
ENV = {**os.environ, "PATH": str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", "")}


def _cli(*args: str, env: dict | None = None, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tpstrain.cli", *args],
        capture_output=True,
        text=True,
        env=env or ENV,
        timeout=timeout,
    )


def _auto(root: Path) -> dict[tuple[str, str, str], float | None]:
    with nbgrader_api.Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        return {
            (a.name, s.student_id, g.name): g.auto_score
            for a in gb.assignments
            for s in a.submissions
            for nb in s.notebooks
            for g in nb.grades
        }


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A generated course with 6 trainees' submissions, never graded (copied for each test)."""
    root = tmp_path_factory.mktemp("robust")
    simulate.write_config(root, late_penalty="none")
    simulate.synthetic_assignments(root / "solutions")
    r = _cli("course", "generate", "--course-dir", str(root), "--no-progress")
    assert r.returncode == 0, r.stderr
    simulate.make_class(root, simulate.invent_trainees(6), ASSIGNMENTS)
    # the reference grades: one uninterrupted run on a copy
    ref = tmp_path_factory.mktemp("robust-ref") / "c"
    shutil.copytree(root, ref)
    r = _cli("course", "autograde", "--course-dir", str(ref), "--jobs", "2", "--no-progress")
    assert r.returncode == 0, r.stdout + r.stderr
    return root, _auto(ref)


@pytest.fixture
def course(template, tmp_path):
    root, expected = template
    dest = tmp_path / "course"
    shutil.copytree(root, dest)
    return dest, expected


def test_a_run_cut_between_grade_and_folder_loses_nothing(course, monkeypatch):
    root, expected = course
    calls = {"n": 0}
    real = autograde._replace_dir

    def cut(new, dest):
        calls["n"] += 1
        if calls["n"] == 3:  # the third submission: its grade is merged, its folder never moved
            raise KeyboardInterrupt
        real(new, dest)

    monkeypatch.setattr(autograde, "_replace_dir", cut)
    os.environ["PATH"] = ENV["PATH"]
    with pytest.raises(KeyboardInterrupt):
        autograde.autograde(Course(root), jobs=2, show_progress=False)
    monkeypatch.setattr(autograde, "_replace_dir", real)
    out = autograde.autograde(Course(root), jobs=2, show_progress=False)  # resume, no --force
    total = len(list((root / "submitted").glob("*/*")))
    assert not out.failed
    assert len(out.done) == total - 2 and len(out.skipped) == 2, (
        "the rerun grades what was left, the cut one too"
    )
    assert _auto(root) == expected


def test_ctrl_c_ends_in_one_line_and_leaves_nothing_behind(course, tmp_path):
    root, expected = course
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    env = {**ENV, "TMPDIR": str(tmpdir)}
    proc = subprocess.Popen(
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
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        # Ctrl-C as a terminal delivers it: a child inherits an ignored SIGINT, and some test run earlier in the same
        # pytest worker can leave it ignored (the suite's clean-clone run did), so the run would never see the signal
        preexec_fn=_default_sigint,
    )
    # interrupt once grading has started (the run's temp dir is there and its workers are up), not after a first
    # result: on a fast machine the twelve small submissions could all be graded before a late signal arrived
    deadline = time.monotonic() + 120
    children: list[int] = []
    while proc.poll() is None and time.monotonic() < deadline:
        children = _children(proc.pid)
        if len(children) >= 2 and list(tmpdir.glob("tpstrain-autograde-*")):
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines == ["tpstrain: interrupted"], err
    assert not list(tmpdir.glob("tpstrain-autograde-*")), "the temp dir is removed"
    _assert_gone(children)
    r = _cli("course", "autograde", "--course-dir", str(root), "--jobs", "2", "--no-progress")
    assert r.returncode == 0, r.stdout + r.stderr
    assert _auto(root) == expected


def test_a_killed_parent_takes_its_workers_with_it(course):
    root, _ = course
    proc = subprocess.Popen(
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
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=ENV,
    )
    deadline = time.monotonic() + 120
    children: list[int] = []
    while len(children) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
        children = _children(proc.pid)
    assert children, "workers started"
    proc.kill()
    proc.wait()
    _assert_gone(children)


def test_one_broken_submission_fails_alone_with_its_reason(course):
    root, expected = course
    bad = root / "submitted" / "tps1001" / "t1-plain-words"
    next(bad.glob("*.ipynb")).write_text("{ this is not a notebook", encoding="utf-8")
    r = _cli("course", "autograde", "--course-dir", str(root), "--jobs", "2", "--no-progress")
    assert r.returncode != 0
    assert "tps1001" in r.stdout + r.stderr and "Traceback" not in r.stdout + r.stderr
    got = _auto(root)
    others = {k: v for k, v in expected.items() if not (k[0] == "t1-plain-words" and k[1] == "tps1001")}
    assert {k: got.get(k) for k in others} == others


def test_collect_stamps_with_the_instructors_clock(course, tmp_path):
    root, _ = course
    drop = tmp_path / "drop" / "tps2001" / "t1-plain-words"
    drop.mkdir(parents=True)
    shutil.copy(next((root / "submitted" / "tps1001" / "t1-plain-words").glob("*.ipynb")), drop)
    (drop / "timestamp.txt").write_text(
        "2020-01-01 00:00:00.000000 UTC", encoding="utf-8"
    )  # the trainee's claim
    old = time.time() - 10 * 86400
    for p in drop.iterdir():
        os.utime(p, (old, old))
    before = dt.datetime.now(dt.UTC)
    r = _cli(
        "course", "collect", "--course-dir", str(root), "--from", str(tmp_path / "drop"), "--no-progress"
    )
    assert r.returncode == 0, r.stdout + r.stderr
    stamp = (root / "submitted" / "tps2001" / "t1-plain-words" / "timestamp.txt").read_text(encoding="utf-8")
    when = dt.datetime.strptime(stamp.strip().removesuffix(" UTC"), "%Y-%m-%d %H:%M:%S.%f").replace(
        tzinfo=dt.UTC
    )
    assert when >= before - dt.timedelta(seconds=1)
    # the same notebooks collected again keep their first stamp
    r = _cli(
        "course", "collect", "--course-dir", str(root), "--from", str(tmp_path / "drop"), "--no-progress"
    )
    assert r.returncode == 0
    assert (root / "submitted" / "tps2001" / "t1-plain-words" / "timestamp.txt").read_text(
        encoding="utf-8"
    ) == stamp


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(x) for x in out.split()]


def _assert_gone(pids: list[int], within: float = 15.0) -> None:
    deadline = time.monotonic() + within
    alive = list(pids)
    while alive and time.monotonic() < deadline:
        alive = [p for p in alive if _alive(p)]
        time.sleep(0.2)
    assert not alive, f"processes outlived the run: {alive}"


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.split(")")[-1].split()[0] != "Z"  # a zombie has ended
