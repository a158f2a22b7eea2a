"""How long nbgrader takes to autograde one trainee's assignment through its Python API.

    .venv/bin/python benchmarks/autograde.py                  # 04-clear-language, 5 runs
    .venv/bin/python benchmarks/autograde.py --all --runs 3   # every assignment

Prints figures (target: 1.5 s or less per assignment); asserts nothing. The course is copied to a temporary
directory, generated, and one submission (the model answers) is autograded once to warm up (the first call
also creates the student), then timed ``--runs`` times. Most of the time is the kernel starting and the
notebook importing tpstrain and compiling the model policy; the first figure breaks that out.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location(
    "generate_exercises", REPO / "scripts" / "generate_exercises.py"
)
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)


def kernel_side_cost() -> float:
    """Seconds for a fresh Python to import the grading helpers and check its first post."""
    code = (
        "import time; t = time.perf_counter(); import tpstrain.course; from tpstrain import check; "
        "check('Police went to a crash.'); print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main() -> None:
    ap = argparse.ArgumentParser(description="Time autograding one trainee's assignment.")
    ap.add_argument("names", nargs="*", default=["04-clear-language"])
    ap.add_argument("--all", action="store_true", help="every assignment in solutions/")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    names = gen.assignments() if args.all else args.names
    warnings.simplefilter("ignore")  # nbgrader's SQLAlchemy warnings

    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpu, load average {os.getloadavg()[0]:.1f}")
    print(f"import tpstrain.course + first check in a fresh process: {kernel_side_cost():.2f} s")
    with tempfile.TemporaryDirectory(prefix="tps-bench-") as tmp:
        root = gen.copy_course(tmp, names=names)
        t = time.perf_counter()
        api = gen.course_api(root)
        gen.generate(api, names)
        print(f"generate {len(names)} assignment(s) (new gradebook): {time.perf_counter() - t:.2f} s")
        figures = []
        for name in names:
            dest = root / "submitted" / "trainee" / name
            dest.mkdir(parents=True, exist_ok=True)
            shutil.copy(root / "solutions" / name / f"{name}.ipynb", dest / f"{name}.ipynb")
            api.autograde(name, "trainee", force=True, create=True)  # warm-up: creates the student
            runs = []
            for _ in range(args.runs):
                t = time.perf_counter()
                result = api.autograde(name, "trainee", force=True, create=True)
                runs.append(time.perf_counter() - t)
                if not result["success"]:
                    print(f"{name}: autograde failed\n{result.get('log')}")
                    break
            med = statistics.median(runs)
            figures.append(med)
            print(
                f"autograde {name}: median {med:.2f} s, best {min(runs):.2f} s over {len(runs)} runs "
                f"({'within' if med <= 1.5 else 'over'} the 1.5 s target)"
            )
        if len(figures) > 1:
            print(f"all {len(figures)} assignments: median of medians {statistics.median(figures):.2f} s")


if __name__ == "__main__":
    main()
