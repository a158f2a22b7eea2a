"""Score the blind answer set (blind-answers.jsonl) with the course's own hidden tests.

For each answer: the assignment's source notebook (solutions/) is read, its setup and data cells run, the
answer is put in the answer cell's variable, and the question's test cell runs, hidden tests included. An
answer earns the question's points when the test cell raises nothing, as under nbgrader.

    .venv/bin/python tests/graders/measure.py [--show]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[1]


def _cells(assignment: str) -> list[dict]:
    nb = json.loads((ROOT / "solutions" / assignment / f"{assignment}.ipynb").read_text(encoding="utf-8"))
    return [c for c in nb["cells"] if c["cell_type"] == "code"]


def _source(cell: dict) -> str:
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def earns_points(assignment: str, question: str, variable: str | dict, answer: str = "") -> tuple[bool, str]:
    """(True, "") when the question's test cell passes with this answer; else (False, the error). A question
    with several answer cells (a decision and a post) takes ``variable`` as {variable: answer}."""
    ns: dict = {}
    test = None
    for cell in _cells(assignment):
        meta = cell["metadata"].get("nbgrader", {})
        gid = meta.get("grade_id", "")
        if meta.get("solution") and not meta.get("grade"):
            # an answer cell runs with its model answer, and the answer given replaces it below: an answer to
            # one cell of a question with several (a decision, then a post) is judged beside the model's other
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(_source(cell), f"<{assignment} {gid}>", "exec"), ns)
            continue
        if meta.get("grade"):
            if gid == f"{question}-test":
                test = _source(cell)
                break
            continue
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(_source(cell), f"<{assignment} {gid}>", "exec"), ns)
    if test is None:
        raise SystemExit(f"{assignment}: no test cell {question}-test")
    ns.update(variable if isinstance(variable, dict) else {variable: answer})
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(test, f"<{assignment} {question}-test>", "exec"), ns)
    except Exception as e:  # a failing test: no points
        return False, f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"
    return True, ""


def _answers(rows: list[dict]) -> list[tuple[dict, dict]]:
    """One trainee's answer to one question: rows whose ids differ only in a last word that names the cell
    ("b3-11-i3-bad-04-decision", "...-text") are one answer with several variables, as is a row whose
    ``variable`` is an object of them."""
    groups: dict[tuple[str, str, str], list[dict]] = {}
    for row in rows:
        stem, _, last = row["id"].rpartition("-")
        key = (row["assignment"], row["question"], row["id"] if last.isdigit() else stem)
        groups.setdefault(key, []).append(row)
    return [(group[0], {k: v for r in group for k, v in _variables(r).items()}) for group in groups.values()]


def _variables(row: dict) -> dict:
    """An answer's variables: {variable: answer}, or the row's own {variable: value, ...} for a question with
    several answer cells written as one row."""
    return row["variable"] if isinstance(row["variable"], dict) else {row["variable"]: row["answer"]}


def measure(rows: list[dict]) -> dict:
    per_q: dict[tuple[str, str], Counter] = defaultdict(Counter)
    wrong: list[tuple[dict, str]] = []
    for row, variables in _answers(rows):
        ok, why = earns_points(row["assignment"], row["question"], variables)
        right = ok == (row["expect"] == "pass")
        per_q[(row["assignment"], row["question"])][(row["expect"], right)] += 1
        if not right:
            wrong.append((row, why))
    return {"per_question": per_q, "wrong": wrong}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", type=Path, default=HERE / "blind-answers.jsonl")
    ap.add_argument("--show", action="store_true", help="list every answer the graders get wrong")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    rows = [json.loads(line) for line in args.file.read_text(encoding="utf-8").splitlines() if line.strip()]
    res = measure(rows)
    good = sum(c[("pass", True)] + c[("pass", False)] for c in res["per_question"].values())
    bad = sum(c[("fail", True)] + c[("fail", False)] for c in res["per_question"].values())
    good_kept = sum(c[("pass", True)] for c in res["per_question"].values())
    bad_lost = sum(c[("fail", True)] for c in res["per_question"].values())
    print(f"good answers that keep their points: {good_kept}/{good} = {good_kept / good:.1%}")
    print(f"bad answers that lose their points:  {bad_lost}/{bad} = {bad_lost / bad:.1%}")
    by_kind = Counter(r["kind"] for r, _ in res["wrong"])
    print("graded wrongly, by kind: " + (", ".join(f"{k} {n}" for k, n in by_kind.most_common()) or "none"))
    for (a, q), c in sorted(res["per_question"].items()):
        print(
            f"  {a} {q}: good kept {c[('pass', True)]}/{c[('pass', True)] + c[('pass', False)]}, "
            f"bad lost {c[('fail', True)]}/{c[('fail', True)] + c[('fail', False)]}"
        )
    if args.show:
        for row, why in res["wrong"]:
            print(f"\n[{row['id']}] expect {row['expect']} ({row['kind']}): {row['answer'][:160]!r}\n  {why}")


if __name__ == "__main__":
    main()
