"""Grade a whole class: ``tpstrain course autograde --jobs 2`` against the nbgrader command loop.

    .venv/bin/python benchmarks/class_grading.py                 # 30 trainees x every assignment
    .venv/bin/python benchmarks/class_grading.py --trainees 10   # quicker
    .venv/bin/python benchmarks/class_grading.py --no-cli-loop   # only ours (and the sample report)

The course (nbgrader_config.py and solutions/) is copied to a temporary directory and generated; an invented
class of trainees (tpstrain.course.simulate: right, partly right, blank, late, one assignment missing) submits
every assignment. Two copies of that course are then graded from the same submissions:

- **ours**: ``tpstrain course autograde --jobs 2`` (one command, worker processes, one gradebook writer);
- **today**: what instructors run now, ``nbgrader autograde ASSIGNMENT --student ID`` once per submission.

It prints both wall times and their ratio (target: 4x or more), checks that the two gradebooks hold the same
per-cell scores, then plays the instructor (manual grades in formgrader), writes the class report to
``docs/sample-report/`` (HTML + PNGs) and shows who would be certified. Asserts nothing about time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
ENV = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
sys.path.insert(0, str(REPO))


def tpstrain(*args: str) -> str:
    r = subprocess.run([str(BIN / "tpstrain"), *args], env=ENV, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"tpstrain {' '.join(args)} failed ({r.returncode}):\n{r.stdout}\n{r.stderr[-3000:]}")
    return r.stdout


def cell_scores(root: Path) -> dict:
    from nbgrader.api import Gradebook

    out = {}
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        for a in gb.assignments:
            for sub in a.submissions:
                for nb in sub.notebooks:
                    for g in nb.grades:
                        out[(a.name, sub.student_id, nb.name, g.name)] = (g.auto_score, g.needs_manual_grade)
    return out


def load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def main() -> None:
    from tpstrain.course import simulate

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--trainees", type=int, default=30)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--assignment", action="append", help="only these assignments (default: all)")
    ap.add_argument("--no-cli-loop", action="store_true", help="skip the nbgrader command loop")
    ap.add_argument(
        "--report",
        default=str(REPO / "docs" / "sample-report"),
        help="where to write the sample report (default: docs/sample-report)",
    )
    ap.add_argument("--keep", action="store_true", help="keep the temporary courses")
    args = ap.parse_args()
    warnings.simplefilter("ignore")

    tmp = Path(tempfile.mkdtemp(prefix="tps-class-"))
    ours, theirs = tmp / "ours", tmp / "nbgrader-loop"
    ours.mkdir()
    shutil.copy2(REPO / "nbgrader_config.py", ours)
    names = args.assignment or sorted(p.name for p in (REPO / "solutions").iterdir() if p.is_dir())
    for a in names:
        shutil.copytree(REPO / "solutions" / a, ours / "solutions" / a)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpu, {load()}; course copied to {tmp}")

    t = time.perf_counter()
    tpstrain(
        "course", "generate", "--course-dir", str(ours), "--due", simulate.DUE.isoformat(), "--no-progress"
    )
    print(f"generate {len(names)} assignments: {time.perf_counter() - t:.1f} s")
    trainees = simulate.invent_trainees(args.trainees)
    roster = simulate.write_roster(trainees, ours / "docs" / "roster.csv")
    plan = simulate.make_class(ours, trainees, names)
    kinds = {}
    for t_ in trainees:
        kinds[t_["kind"]] = kinds.get(t_["kind"], 0) + 1
    print(
        f"class: {len(trainees)} trainees ({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))}), "
        f"{len(plan)} submissions"
    )
    shutil.copytree(ours, theirs, symlinks=True)

    print(f"\nours: tpstrain course autograde --jobs {args.jobs}  ({load()})")
    t = time.perf_counter()
    summary = tpstrain(
        "course", "autograde", "--jobs", str(args.jobs), "--course-dir", str(ours), "--no-progress"
    )
    t_ours = time.perf_counter() - t
    print("  " + summary.strip().replace("\n", "\n  "))
    print(f"  {t_ours:.1f} s, {t_ours / len(plan):.2f} s per submission  ({load()})")

    if not args.no_cli_loop:
        print(f"\ntoday: nbgrader autograde ASSIGNMENT --student ID, {len(plan)} times  ({load()})")
        t = time.perf_counter()
        failed = 0
        for k, (sid, a) in enumerate(sorted(plan, key=lambda p: (p[1], p[0]))):
            r = subprocess.run(
                [str(BIN / "nbgrader"), "autograde", a, "--student", sid],
                cwd=theirs,
                env=ENV,
                capture_output=True,
                text=True,
            )
            failed += r.returncode != 0
            if (k + 1) % 30 == 0:
                el = time.perf_counter() - t
                print(
                    f"  {k + 1}/{len(plan)} in {el:.0f} s ({el / (k + 1):.2f} s each, {load()})", flush=True
                )
        t_cli = time.perf_counter() - t
        print(f"  {t_cli:.1f} s, {t_cli / len(plan):.2f} s per submission, {failed} failed  ({load()})")
        a_, b_ = cell_scores(ours), cell_scores(theirs)
        same = a_ == b_
        print(f"\nsame per-cell scores in both gradebooks: {'yes' if same else 'NO'} ({len(a_)} cells)")
        if not same:
            diff = [k for k in a_.keys() | b_.keys() if a_.get(k) != b_.get(k)]
            print(f"  {len(diff)} differ, e.g. {sorted(diff)[:5]}")
        print(
            f"speed-up: {t_cli / t_ours:.1f}x  (nbgrader loop {t_cli:.0f} s / tpstrain --jobs {args.jobs} "
            f"{t_ours:.0f} s; target 4x)"
        )

    # the instructor grades the written answers, then looks at the class
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{ours / 'gradebook.db'}") as gb:
        n = simulate.grade_by_hand(gb, plan)
    print(f"\nmanual grades given (formgrader, simulated): {n} cells")
    report = Path(args.report)
    if report.exists():
        shutil.rmtree(report)
    t = time.perf_counter()
    print(
        tpstrain(
            "course",
            "report",
            "--course-dir",
            str(ours),
            "--roster",
            str(roster),
            "--output",
            str(report),
            "--title",
            f"Sample class report ({len(trainees)} invented trainees)",
        ).strip()
    )
    print(
        f"report: {time.perf_counter() - t:.1f} s; "
        f"{sum(p.stat().st_size for p in report.iterdir()) / 1024:.0f} KiB in {report}"
    )
    out = tpstrain(
        "course",
        "certify",
        "--course-dir",
        str(ours),
        "--roster",
        str(roster),
        "--date",
        "2026-04-01",
        "--output",
        str(tmp / "certified-staff.json"),
    )
    print(out.splitlines()[0])
    if args.keep:
        print(f"kept {tmp}")
    else:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
