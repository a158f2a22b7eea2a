"""Where the class struggles: one HTML page (plots embedded) an instructor can open or email.

The report reads three things and changes none:

- the **gradebook** (nbgrader's ``Gradebook``): per trainee and per assignment, the score after any late
  penalty (as ``nbgrader export`` computes it), lateness, cells awaiting manual grading, and every graded
  cell's score, which gives the **hardest exercises** (lowest mean score per graded cell);
- the **answers** in the autograded notebooks (or the submitted ones, before autograding): in each solution
  cell, the strings a trainee assigned (``answer = \"\"\"...\"\"\"``, or ``Post(text=...)``), skipping those left
  as handed out and those under four words (a list of choices is not a post), are run through tpstrain's
  checker; the **rules** that fire at warning or error level, and
  the **core values** those rules serve, are counted once per answer;
- the roster (optional) for names and units.

Outputs, in one folder: ``report.html`` (self-contained: images are base64 data URIs), one PNG per plot, and
``report.json`` with the same figures for other tools.
"""

from __future__ import annotations

import ast
import base64
import datetime as dt
import html
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError

PLOTS = ("scores", "heatmap", "hardest", "rules", "values")
MIN_WORDS = 4  # shorter strings are choices or lists ("clarity, privacy"), not posts


# ----- what the gradebook says ------------------------------------------------------------------------------
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


def load_class(
    course, roster: dict[str, dict[str, str]] | None = None, assignments: Sequence[str] = ()
) -> ClassData:
    """Everything the report and the certification need from the gradebook, in a few queries."""
    from nbgrader.api import Assignment, BaseCell, Grade, Notebook, SubmittedAssignment, SubmittedNotebook

    from .coursedir import _matches

    with course.gradebook() as gb:
        names = sorted(a.name for a in gb.assignments if _matches(a.name, assignments))
        if not names:
            raise InputError("no assignments in the gradebook: run 'tpstrain course generate' first")
        max_scores, duedates, cell_max = {}, {}, {}
        for a in gb.assignments:
            if a.name not in names:
                continue
            max_scores[a.name] = float(a.max_score or 0.0)
            duedates[a.name] = a.duedate
            for nb in a.notebooks:
                for c in [*nb.grade_cells, *nb.task_cells]:
                    cell_max[(a.name, nb.name, c.name)] = float(c.max_score or 0.0)
        people: dict[str, dict[str, str]] = {}
        for s in gb.students:
            people[s.id] = {
                "first_name": s.first_name or "",
                "last_name": s.last_name or "",
                "email": s.email or "",
                "unit": "",
            }
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
        cells: dict[tuple[str, str, str], list[float]] = defaultdict(list)
        unscored: set[tuple[str, str]] = set()
        for a, nb, cell, score, sid, needs, manual in rows:
            top = cell_max.get((a, nb, cell)) or 0.0
            if top > 0:
                cells[(a, nb, cell)].append(float(score or 0.0) / top)
            if needs and manual is None:
                unscored.add((sid, a))
        for key, sub in graded.items():
            sub.needs_manual = key in unscored
    for sid, row in (roster or {}).items():
        p = people.setdefault(sid, {"first_name": "", "last_name": "", "email": "", "unit": ""})
        for k in ("first_name", "last_name", "email", "unit"):
            if row.get(k):
                p[k] = row[k]
    submitted_only = set()
    for a, s in course.submissions("submitted", names):
        people.setdefault(s, {"first_name": "", "last_name": "", "email": "", "unit": ""})
        if (s, a) not in graded:
            submitted_only.add((s, a))
    return ClassData(names, max_scores, duedates, people, graded, submitted_only, dict(cells), cell_max)


# ----- what the answers say ---------------------------------------------------------------------------------
@dataclass
class Answer:
    student: str
    assignment: str
    notebook: str
    cell: str
    text: str
    platform: str | None = None


def _strings(source: str) -> list[tuple[str, str | None]]:
    """(text, platform) for each string a solution cell assigns, or passes as ``text=`` to a call."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    platform = None
    found: list[tuple[str, str | None]] = []

    def const(node: ast.AST | None) -> str | None:
        return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None

    for node in ast.walk(tree):
        value, targets = None, []
        if isinstance(node, ast.Assign):
            value, targets = node.value, node.targets
        elif isinstance(node, ast.AnnAssign):
            value, targets = node.value, [node.target]
        names = [t.id for t in targets if isinstance(t, ast.Name)]
        if value is not None and names:
            text = const(value)
            if text is not None and "platform" in names:
                platform = text
            elif text is not None:
                found.append((text, None))
        if isinstance(node, ast.Call):
            kws = {k.arg: const(k.value) for k in node.keywords if k.arg}
            if kws.get("text"):
                found.append((kws["text"], kws.get("platform")))  # type: ignore[arg-type]
    return [(t, p or platform) for t, p in found]


def _cell_source(cell: dict) -> str:
    src = cell.get("source", "")
    return src if isinstance(src, str) else "".join(src)


def _handed_out(course, assignment: str, notebook: str) -> dict[str, set[str]]:
    """grade_id -> strings already in the release notebook's solution cell (a draft to rewrite, a stub)."""
    path = course.root / course.coursedir.release_directory / assignment / f"{notebook}.ipynb"
    out: dict[str, set[str]] = {}
    try:
        nb = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return out
    for cell in nb.get("cells", []):
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if meta.get("solution"):
            out[meta.get("grade_id", "")] = {t.strip() for t, _ in _strings(_cell_source(cell))}
    return out


def answers(course, data: ClassData) -> Iterator[Answer]:
    """The trainees' string answers, from autograded notebooks (submitted ones when not autograded yet)."""
    stubs: dict[tuple[str, str], dict[str, set[str]]] = {}
    pairs = sorted({*data.graded, *data.submitted_only})
    for s, a in pairs:
        folder = course.path("autograded", s, a)
        if not folder.is_dir():
            folder = course.path("submitted", s, a)
        for path in sorted(folder.glob("*.ipynb")):
            try:
                nb = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            handed = stubs.setdefault((a, path.stem), _handed_out(course, a, path.stem))
            for cell in nb.get("cells", []):
                meta = cell.get("metadata", {}).get("nbgrader", {})
                if not meta.get("solution") or cell.get("cell_type") != "code":
                    continue
                gid = meta.get("grade_id", "")
                for text, platform in _strings(_cell_source(cell)):
                    if len(text.split()) >= MIN_WORDS and text.strip() not in handed.get(gid, set()):
                        yield Answer(s, a, path.stem, gid, text, platform)


@dataclass
class Breaches:
    answers: int = 0
    clean: int = 0
    rules: Counter = field(default_factory=Counter)
    values: Counter = field(default_factory=Counter)
    phrases: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    by_assignment: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    answers_by_assignment: Counter = field(default_factory=Counter)


def check_answers(items: Iterable[Answer], policy=None) -> Breaches:
    """Run the checker over every answer; count rules (warning and error) and the core values they serve."""
    from ..api import check
    from ..errors import TpsError
    from ..policy import _default_policy

    policy = policy or _default_policy()
    values_of = {r.id: list(r.values) for r in policy.rules}
    out = Breaches()
    for ans in items:
        try:
            review = check(ans.text, platform=ans.platform, policy=policy)
        except (TpsError, ValueError):
            continue
        out.answers += 1
        out.answers_by_assignment[ans.assignment] += 1
        fired = review.rules(min_level="warning")
        if not fired:
            out.clean += 1
        out.rules.update(fired)
        out.by_assignment[ans.assignment].update(fired)
        out.values.update({v for r in fired for v in values_of.get(r, [])})
        for f in review.findings:
            if f.rule in fired and 0 < len(f.text.strip()) <= 40:  # words, not a whole overflowing tail
                out.phrases[f.rule][f.text.strip()] += 1
    return out


# ----- figures --------------------------------------------------------------------------------------------------
def _hardest(data: ClassData, n: int = 10) -> list[tuple[str, str, str, float, int]]:
    rows = [(a, nb, c, sum(v) / len(v), len(v)) for (a, nb, c), v in data.cells.items() if v]
    return sorted(rows, key=lambda r: (r[3], r[0], r[2]))[:n]


def _assignment_stats(data: ClassData) -> list[dict[str, Any]]:
    out = []
    n = len(data.students) or 1
    for a in data.assignments:
        subs = [s for (sid, aa), s in data.graded.items() if aa == a]
        pcts = [s.percent for s in subs]
        out.append(
            {
                "assignment": a,
                "graded": len(subs),
                "submitted": len(subs) + sum(1 for (_, aa) in data.submitted_only if aa == a),
                "completion": 100.0 * len(subs) / n,
                "mean": sum(pcts) / len(pcts) if pcts else None,
                "late": sum(s.late for s in subs),
                "manual": sum(s.needs_manual for s in subs),
                "max_score": data.max_scores[a],
            }
        )
    return out


def _plots(data: ClassData, breaches: Breaches, policy, out_dir: Path, pass_mark: float) -> dict[str, Path]:
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    from ..rules import CORE_VALUES

    plt.rcParams.update({"font.size": 8, "axes.spines.top": False, "axes.spines.right": False})
    paths: dict[str, Path] = {}

    def save(fig, name: str) -> None:
        fig.tight_layout()
        p = out_dir / f"{name}.png"
        fig.savefig(p, dpi=90)
        plt.close(fig)
        _shrink(p)
        paths[name] = p

    stats = _assignment_stats(data)
    labels = [s["assignment"] for s in stats]
    fig, ax = plt.subplots(figsize=(7, 3))
    xs = range(len(stats))
    ax.bar(
        [x - 0.2 for x in xs],
        [s["mean"] or 0 for s in stats],
        width=0.4,
        label="mean score %",
        color="#1565c0",
    )
    ax.bar(
        [x + 0.2 for x in xs],
        [s["completion"] for s in stats],
        width=0.4,
        label="completion %",
        color="#9e9e9e",
    )
    ax.axhline(pass_mark, color="#c62828", lw=1, ls="--", label=f"pass mark {pass_mark:g}%")
    ax.set_xticks(list(xs), labels, rotation=30, ha="right")
    ax.set_ylim(0, 125)
    ax.set_yticks([0, 20, 40, 60, 80, 100])
    ax.legend(loc="upper center", fontsize=7, frameon=False, ncol=3)
    ax.set_title("Scores and completion by assignment")
    save(fig, "scores")

    students = data.students
    import numpy as np

    grid = np.full((len(students), len(data.assignments)), np.nan)
    for i, sid in enumerate(students):
        for j, a in enumerate(data.assignments):
            sub = data.graded.get((sid, a))
            if sub is not None:
                grid[i, j] = sub.percent
    fig, ax = plt.subplots(
        figsize=(max(4, 0.55 * len(data.assignments) + 2), max(3, 0.17 * len(students) + 1))
    )
    cmap = matplotlib.colormaps["RdYlGn"].with_extremes(bad="#e0e0e0")
    im = ax.imshow(
        np.ma.masked_invalid(grid), aspect="auto", cmap=cmap, vmin=0, vmax=100, interpolation="nearest"
    )
    ax.set_xticks(range(len(data.assignments)), data.assignments, rotation=40, ha="right")
    ax.set_yticks(range(len(students)), [f"{data.name(s)} ({s})" for s in students], fontsize=6)
    fig.colorbar(im, ax=ax, fraction=0.04, label="score % (grey: nothing graded)")
    ax.set_title("Every trainee, every assignment")
    save(fig, "heatmap")

    hard = _hardest(data)
    fig, ax = plt.subplots(figsize=(7, 3))
    ax.barh(
        [f"{a} / {c}" for a, _, c, _, _ in hard][::-1], [100 * m for *_, m, _ in hard][::-1], color="#ef6c00"
    )
    ax.set_xlim(0, 100)
    ax.set_xlabel("mean score % of the cell's points")
    ax.set_title("Hardest exercises (graded cells)")
    save(fig, "hardest")

    top = breaches.rules.most_common(12)
    fig, ax = plt.subplots(figsize=(7, 3))
    ax.barh([r for r, _ in top][::-1] or ["(none)"], [c for _, c in top][::-1] or [0], color="#6a1b9a")
    ax.set_xlabel(f"answers breaking the rule (of {breaches.answers} checked)")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title("Rules broken most often in trainees' answers")
    save(fig, "rules")

    fig, ax = plt.subplots(figsize=(7, 2.6))
    vals = sorted(CORE_VALUES, key=lambda v: breaches.values.get(v, 0))
    ax.barh(vals, [breaches.values.get(v, 0) for v in vals], color="#00695c")
    ax.set_xlabel("answers breaking a rule that serves the value")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title("Core values most often at stake")
    save(fig, "values")
    return paths


def _shrink(path: Path) -> None:
    """Charts have few colours: a 256-colour palette PNG is a third of the size and looks the same."""
    try:
        from PIL import Image

        with Image.open(path) as im:
            small = im.convert("RGB").quantize(
                colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
            )
        small.save(path, optimize=True)
    except Exception:  # keep matplotlib's PNG
        pass


# ----- the page -------------------------------------------------------------------------------------------------
CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:24px auto;max-width:1100px;color:#222;
line-height:1.4;padding:0 16px}
h1{font-size:1.5em;margin-bottom:0}h2{font-size:1.15em;border-bottom:2px solid #1565c0;padding-bottom:2px;
margin-top:2em}.muted{color:#666}table{border-collapse:collapse;font-size:.85em;margin:.5em 0}
th,td{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}th{background:#f3f6fb}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}.wide{overflow-x:auto}.pass{background:#e8f5e9}.fail{background:#ffebee}
.pend{background:#fff8e1}.none{color:#999}.cards{display:flex;gap:12px;flex-wrap:wrap}
.card{border:1px solid #ddd;border-radius:6px;padding:8px 14px;min-width:120px}.card b{font-size:1.5em;display:block}
img{max-width:100%;border:1px solid #eee;margin:6px 0}ul.reasons{font-size:.85em}code{background:#f4f4f4;padding:0 3px}
"""


def _img(path: Path) -> str:
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    return f'<img alt="{html.escape(path.stem)}" src="data:image/png;base64,{data}">'


def _pct(v: float | None) -> str:
    return "—" if v is None else f"{v:.0f}%"


@dataclass
class Report:
    html: Path
    json: Path
    plots: dict[str, Path]
    summary: str


def build(
    course,
    out_dir: str | Path,
    policy=None,
    roster: dict[str, dict[str, str]] | None = None,
    pass_mark: float = 70.0,
    required: Sequence[str] = (),
    assignments: Sequence[str] = (),
    title: str = "tpstrain course report",
) -> Report:
    """Write report.html, report.json and the PNGs into ``out_dir``; return their paths and a text summary."""
    from ..policy import _default_policy
    from .certify import evaluate

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    policy = policy or _default_policy()
    data = load_class(course, roster, assignments)
    breaches = check_answers(answers(course, data), policy)
    plots = _plots(data, breaches, policy, out, pass_mark)
    stats = _assignment_stats(data)
    hard = _hardest(data)
    decisions = {d.student: d for d in evaluate(data, list(required) or data.assignments, pass_mark)}
    rules = {r.id: r for r in policy.rules}

    n_students = len(data.students)
    all_pcts = [s.percent for s in data.graded.values()]
    certified = sum(d.certified for d in decisions.values())
    e = html.escape
    parts = [
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{e(title)}</title>"
        f"<style>{CSS}</style></head><body>",
        f"<h1>{e(title)}</h1><p class='muted'>Course {e(course.coursedir.course_id or course.root.name)} · "
        f"{dt.datetime.now():%Y-%m-%d %H:%M} · pass mark {pass_mark:g}% · policy {e(policy.name or 'model')}</p>",
        "<div class='cards'>",
        f"<div class='card'><b>{n_students}</b>trainees</div>",
        f"<div class='card'><b>{len(data.graded)}</b>graded submissions</div>",
        f"<div class='card'><b>{_pct(sum(all_pcts) / len(all_pcts) if all_pcts else None)}</b>mean score</div>",
        f"<div class='card'><b>{certified}</b>meet the certification bar</div>",
        f"<div class='card'><b>{breaches.answers}</b>answers checked, {breaches.clean} clean</div>",
        "</div>",
    ]

    parts.append("<h2>Assignments</h2>" + _img(plots["scores"]))
    parts.append(
        "<table><tr><th>Assignment</th><th>Graded</th><th>Completion</th><th>Mean score</th>"
        "<th>Late</th><th>Awaiting manual grading</th><th>Top rule broken</th></tr>"
    )
    for s in stats:
        top = breaches.by_assignment.get(s["assignment"], Counter()).most_common(1)
        parts.append(
            f"<tr><td>{e(s['assignment'])}</td><td class='n'>{s['graded']}</td>"
            f"<td class='n'>{s['completion']:.0f}%</td><td class='n'>{_pct(s['mean'])}</td>"
            f"<td class='n'>{s['late']}</td><td class='n'>{s['manual']}</td>"
            f"<td>{e(top[0][0]) + f' ({top[0][1]})' if top else '—'}</td></tr>"
        )
    parts.append("</table>")

    parts.append(
        "<h2>Trainees</h2><p class='muted'>Score after late penalties. "
        "<span class='pass'>&nbsp;pass&nbsp;</span> <span class='fail'>&nbsp;below the pass mark&nbsp;</span> "
        "<span class='pend'>&nbsp;awaiting manual grading&nbsp;</span>; L: late; "
        "S: submitted, not autograded yet.</p>"
    )
    parts.append(
        "<div class='wide'><table><tr><th>Trainee</th><th>Id</th><th>Unit</th>"
        + "".join(f"<th>{e(a)}</th>" for a in data.assignments)
        + "<th>Completed</th><th>Overall</th><th>Certification</th></tr>"
    )
    for sid in data.students:
        cells, earned, total, done = [], 0.0, 0.0, 0
        for a in data.assignments:
            total += data.max_scores[a]
            sub = data.graded.get((sid, a))
            if sub is None:
                mark = "S" if (sid, a) in data.submitted_only else "—"
                cells.append(f"<td class='n none'>{mark}</td>")
                continue
            done += 1
            earned += sub.score
            cls = "pend" if sub.needs_manual else "pass" if sub.percent >= pass_mark else "fail"
            cells.append(f"<td class='n {cls}'>{sub.percent:.0f}%{' L' if sub.late else ''}</td>")
        d = decisions.get(sid)
        status = (
            "<td class='pass'>certify</td>"
            if d and d.certified
            else f"<td class='muted' title='{e('; '.join(d.reasons) if d else '')}'>not yet</td>"
        )
        parts.append(
            f"<tr><td>{e(data.name(sid))}</td><td>{e(sid)}</td>"
            f"<td>{e(data.people.get(sid, {}).get('unit', ''))}</td>{''.join(cells)}"
            f"<td class='n'>{done}/{len(data.assignments)}</td>"
            f"<td class='n'>{_pct(100 * earned / total if total else None)}</td>{status}</tr>"
        )
    parts.append("</table></div>")
    waiting = [d for d in decisions.values() if not d.certified]
    if waiting:
        parts.append(
            f"<p><b>Not yet certified</b> ({len(waiting)}; required: {e(', '.join(required or data.assignments))}, "
            f"pass mark {pass_mark:g}%):</p><ul class='reasons'>"
        )
        parts.extend(
            f"<li>{e(data.name(d.student))} ({e(d.student)}): {e('; '.join(d.reasons[:3]))}"
            + (f"; and {len(d.reasons) - 3} more" if len(d.reasons) > 3 else "")
            + "</li>"
            for d in sorted(waiting, key=lambda d: d.student)
        )
        parts.append("</ul>")
    parts.append(_img(plots["heatmap"]))

    parts.append(
        "<h2>Hardest exercises</h2><p class='muted'>Lowest mean score per graded cell, "
        "over every graded submission.</p>" + _img(plots["hardest"])
    )
    parts.append(
        "<table><tr><th>Assignment</th><th>Notebook</th><th>Cell</th><th>Mean</th><th>Submissions</th></tr>"
    )
    for a, nb, c, m, n in hard:
        parts.append(
            f"<tr><td>{e(a)}</td><td>{e(nb)}</td><td><code>{e(c)}</code></td>"
            f"<td class='n'>{100 * m:.0f}%</td><td class='n'>{n}</td></tr>"
        )
    parts.append("</table>")

    parts.append(
        f"<h2>Rules broken in trainees' answers</h2><p class='muted'>{breaches.answers} answers "
        f"(strings assigned in answer cells) checked against the policy; a rule counts once per answer, "
        f"at warning or error level. {breaches.clean} answers were clean.</p>" + _img(plots["rules"])
    )
    parts.append(
        "<table><tr><th>Rule</th><th>Level</th><th>Answers</th><th>Core values</th><th>Words flagged most</th></tr>"
    )
    for rid, n in breaches.rules.most_common():
        r = rules.get(rid)
        phrases = ", ".join(f"“{e(p)}” ({c})" for p, c in breaches.phrases.get(rid, Counter()).most_common(3))
        parts.append(
            f"<tr><td><code>{e(rid)}</code><br><span class='muted'>{e(r.title if r else '')}</span></td>"
            f"<td>{e(r.level if r else '')}</td><td class='n'>{n}</td>"
            f"<td>{e(', '.join(r.values) if r else '')}</td><td>{phrases}</td></tr>"
        )
    parts.append("</table>")
    parts.append(
        "<h2>Core values</h2><p class='muted'>Each rule serves one or more of the service's core values; "
        "an answer breaking a rule counts against each value the rule serves (once per answer).</p>"
        + _img(plots["values"])
    )
    parts.append("<p class='muted'>Made by <code>tpstrain course report</code>.</p></body></html>")

    html_path = out / "report.html"
    html_path.write_text("\n".join(parts), encoding="utf-8")
    payload = {
        "generated": dt.datetime.now().isoformat(timespec="seconds"),
        "pass_mark": pass_mark,
        "assignments": stats,
        "trainees": [
            {
                "id": sid,
                "name": data.name(sid),
                "unit": data.people.get(sid, {}).get("unit", ""),
                "scores": {
                    a: (round(data.graded[(sid, a)].percent, 1) if (sid, a) in data.graded else None)
                    for a in data.assignments
                },
                "certifiable": bool(decisions.get(sid) and decisions[sid].certified),
            }
            for sid in data.students
        ],
        "hardest": [
            {"assignment": a, "notebook": nb, "cell": c, "mean": round(m, 3), "n": n}
            for a, nb, c, m, n in hard
        ],
        "answers_checked": breaches.answers,
        "answers_clean": breaches.clean,
        "rules": dict(breaches.rules.most_common()),
        "values": dict(breaches.values.most_common()),
    }
    json_path = out / "report.json"
    json_path.write_text(
        json.dumps(payload, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8"
    )

    lines = [
        f"report: {n_students} trainees, {len(data.graded)} graded submissions, mean score "
        f"{_pct(sum(all_pcts) / len(all_pcts) if all_pcts else None)}, {certified} meet the certification bar"
    ]
    for s in stats:
        lines.append(
            f"  {s['assignment']:<28} graded {s['graded']:>3}  completion {s['completion']:>4.0f}%  "
            f"mean {_pct(s['mean']):>5}"
        )
    if hard:
        lines.append("hardest: " + ", ".join(f"{a}/{c} ({100 * m:.0f}%)" for a, _, c, m, _ in hard[:5]))
    if breaches.rules:
        lines.append(
            f"rules broken most ({breaches.answers} answers checked): "
            + ", ".join(f"{r} ({n})" for r, n in breaches.rules.most_common(5))
        )
    if breaches.values:
        lines.append(
            "core values at stake: " + ", ".join(f"{v} ({n})" for v, n in breaches.values.most_common())
        )
    lines.append(f"wrote {html_path} (+ {len(plots)} PNG, report.json)")
    return Report(html_path, json_path, plots, "\n".join(lines))
