"""Where the class struggles: one HTML page (plots embedded) an instructor can open or email.

The report reads three things and changes none: the gradebook (:mod:`.classdata`), the answers in the
autograded notebooks (or the submitted ones, before autograding), checked against the policy
(:mod:`.breaches`), and the roster (optional) for names and units. Its figures are drawn by :mod:`.plots`.

Outputs, in one folder: ``report.html`` (self-contained: images are base64 data URIs), one PNG per plot, and
``report.json`` with the same figures for other tools. The page has one section per function below.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .breaches import Breaches, answers, check_answers
from .certify import Decision, evaluate
from .classdata import ClassData, load_class
from .plots import assignment_stats, hardest, plots

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
e = html.escape


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


@dataclass
class _Page:
    """What every section of the page reads."""

    course: Any
    policy: Any
    data: ClassData
    breaches: Breaches
    plots: dict[str, Path]
    stats: list[dict[str, Any]]
    hard: list[tuple[str, str, str, float, int]]
    decisions: dict[str, Decision]
    pass_mark: float
    required: Sequence[str]
    title: str

    @property
    def mean(self) -> float | None:
        pcts = [s.percent for s in self.data.graded.values()]
        return sum(pcts) / len(pcts) if pcts else None

    @property
    def certified(self) -> int:
        return sum(d.certified for d in self.decisions.values())


def build(
    course: Any,
    out_dir: str | Path,
    policy: Any = None,
    roster: dict[str, dict[str, str]] | None = None,
    pass_mark: float = 70.0,
    required: Sequence[str] = (),
    assignments: Sequence[str] = (),
    title: str = "tpstrain course report",
) -> Report:
    """Write report.html, report.json and the PNGs into ``out_dir``; return their paths and a text summary."""
    from .. import shared_policy

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    policy = policy or shared_policy()
    data = load_class(course, roster, assignments)
    breaches = check_answers(answers(course, data), policy)
    page = _Page(
        course,
        policy,
        data,
        breaches,
        plots(data, breaches, policy, out, pass_mark),
        assignment_stats(data),
        hardest(data),
        {d.student: d for d in evaluate(data, list(required) or data.assignments, pass_mark)},
        pass_mark,
        required,
        title,
    )
    parts = [
        _head(page),
        _assignments(page),
        _trainees(page),
        _hardest(page),
        _rules(page),
        _values(page),
        "<p class='muted'>Made by <code>tpstrain course report</code>.</p></body></html>",
    ]
    html_path = out / "report.html"
    html_path.write_text("\n".join(parts), encoding="utf-8")
    json_path = out / "report.json"
    json_path.write_text(
        json.dumps(_figures(page), indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8"
    )
    return Report(html_path, json_path, page.plots, _summary(page, html_path))


def _head(p: _Page) -> str:
    n_students = len(p.data.students)
    return "\n".join(
        [
            f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{e(p.title)}</title>"
            f"<style>{CSS}</style></head><body>",
            f"<h1>{e(p.title)}</h1><p class='muted'>Course "
            f"{e(p.course.coursedir.course_id or p.course.root.name)} · "
            f"{dt.datetime.now():%Y-%m-%d %H:%M} · pass mark {p.pass_mark:g}% · policy {e(p.policy.name or 'model')}</p>",
            "<div class='cards'>",
            f"<div class='card'><b>{n_students}</b>trainees</div>",
            f"<div class='card'><b>{len(p.data.graded)}</b>graded submissions</div>",
            f"<div class='card'><b>{_pct(p.mean)}</b>mean score</div>",
            f"<div class='card'><b>{p.certified}</b>meet the certification bar</div>",
            f"<div class='card'><b>{p.breaches.answers}</b>answers checked, {p.breaches.clean} clean</div>",
            "</div>",
        ]
    )


def _assignments(p: _Page) -> str:
    rows = [
        "<h2>Assignments</h2>" + _img(p.plots["scores"]),
        "<table><tr><th>Assignment</th><th>Graded</th><th>Completion</th><th>Mean score</th>"
        "<th>Late</th><th>Awaiting manual grading</th><th>Top rule broken</th></tr>",
    ]
    for s in p.stats:
        top = p.breaches.by_assignment.get(s["assignment"], Counter()).most_common(1)
        rows.append(
            f"<tr><td>{e(s['assignment'])}</td><td class='n'>{s['graded']}</td>"
            f"<td class='n'>{s['completion']:.0f}%</td><td class='n'>{_pct(s['mean'])}</td>"
            f"<td class='n'>{s['late']}</td><td class='n'>{s['manual']}</td>"
            f"<td>{e(top[0][0]) + f' ({top[0][1]})' if top else '—'}</td></tr>"
        )
    rows.append("</table>")
    return "\n".join(rows)


def _trainees(p: _Page) -> str:
    data = p.data
    rows = [
        "<h2>Trainees</h2><p class='muted'>Score after late penalties. "
        "<span class='pass'>&nbsp;pass&nbsp;</span> <span class='fail'>&nbsp;below the pass mark&nbsp;</span> "
        "<span class='pend'>&nbsp;awaiting manual grading&nbsp;</span>; L: late; "
        "S: submitted, not autograded yet.</p>",
        "<div class='wide'><table><tr><th>Trainee</th><th>Id</th><th>Unit</th>"
        + "".join(f"<th>{e(a)}</th>" for a in data.assignments)
        + "<th>Completed</th><th>Overall</th><th>Certification</th></tr>",
    ]
    rows += [_trainee_row(p, sid) for sid in data.students]
    rows.append("</table></div>")
    waiting = [d for d in p.decisions.values() if not d.certified]
    if waiting:
        rows.append(
            f"<p><b>Not yet certified</b> ({len(waiting)}; required: "
            f"{e(', '.join(p.required or data.assignments))}, pass mark {p.pass_mark:g}%):</p><ul class='reasons'>"
        )
        rows.extend(
            f"<li>{e(data.name(d.student))} ({e(d.student)}): {e('; '.join(d.reasons[:3]))}"
            + (f"; and {len(d.reasons) - 3} more" if len(d.reasons) > 3 else "")
            + "</li>"
            for d in sorted(waiting, key=lambda d: d.student)
        )
        rows.append("</ul>")
    rows.append(_img(p.plots["heatmap"]))
    return "\n".join(rows)


def _trainee_row(p: _Page, sid: str) -> str:
    data = p.data
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
        cls = "pend" if sub.needs_manual else "pass" if sub.percent >= p.pass_mark else "fail"
        cells.append(f"<td class='n {cls}'>{sub.percent:.0f}%{' L' if sub.late else ''}</td>")
    d = p.decisions.get(sid)
    status = (
        "<td class='pass'>certify</td>"
        if d and d.certified
        else f"<td class='muted' title='{e('; '.join(d.reasons) if d else '')}'>not yet</td>"
    )
    return (
        f"<tr><td>{e(data.name(sid))}</td><td>{e(sid)}</td>"
        f"<td>{e(data.people.get(sid, {}).get('unit', ''))}</td>{''.join(cells)}"
        f"<td class='n'>{done}/{len(data.assignments)}</td>"
        f"<td class='n'>{_pct(100 * earned / total if total else None)}</td>{status}</tr>"
    )


def _hardest(p: _Page) -> str:
    rows = [
        "<h2>Hardest exercises</h2><p class='muted'>Lowest mean score per graded cell, "
        "over every graded submission.</p>" + _img(p.plots["hardest"]),
        "<table><tr><th>Assignment</th><th>Notebook</th><th>Cell</th><th>Mean</th><th>Submissions</th></tr>",
    ]
    rows += [
        f"<tr><td>{e(a)}</td><td>{e(nb)}</td><td><code>{e(c)}</code></td>"
        f"<td class='n'>{100 * m:.0f}%</td><td class='n'>{n}</td></tr>"
        for a, nb, c, m, n in p.hard
    ]
    rows.append("</table>")
    return "\n".join(rows)


def _rules(p: _Page) -> str:
    b = p.breaches
    rules = {r.id: r for r in p.policy.rules}
    rows = [
        f"<h2>Rules broken in trainees' answers</h2><p class='muted'>{b.answers} answers "
        f"(strings assigned in answer cells) checked against the policy; a rule counts once per answer, "
        f"at warning or error level. {b.clean} answers were clean.</p>" + _img(p.plots["rules"]),
        "<table><tr><th>Rule</th><th>Level</th><th>Answers</th><th>Core values</th><th>Words flagged most</th></tr>",
    ]
    for rid, n in b.rules.most_common():
        r = rules.get(rid)
        phrases = ", ".join(f"“{e(w)}” ({c})" for w, c in b.phrases.get(rid, Counter()).most_common(3))
        rows.append(
            f"<tr><td><code>{e(rid)}</code><br><span class='muted'>{e(r.title if r else '')}</span></td>"
            f"<td>{e(r.level if r else '')}</td><td class='n'>{n}</td>"
            f"<td>{e(', '.join(r.values) if r else '')}</td><td>{phrases}</td></tr>"
        )
    rows.append("</table>")
    return "\n".join(rows)


def _values(p: _Page) -> str:
    return (
        "<h2>Core values</h2><p class='muted'>Each rule serves one or more of the service's core values; "
        "an answer breaking a rule counts against each value the rule serves (once per answer).</p>"
        + _img(p.plots["values"])
    )


def _figures(p: _Page) -> dict[str, Any]:
    """report.json: the page's figures for other tools."""
    data = p.data
    return {
        "generated": dt.datetime.now().isoformat(timespec="seconds"),
        "pass_mark": p.pass_mark,
        "assignments": p.stats,
        "trainees": [
            {
                "id": sid,
                "name": data.name(sid),
                "unit": data.people.get(sid, {}).get("unit", ""),
                "scores": {
                    a: (round(data.graded[(sid, a)].percent, 1) if (sid, a) in data.graded else None)
                    for a in data.assignments
                },
                "certifiable": bool(p.decisions.get(sid) and p.decisions[sid].certified),
            }
            for sid in data.students
        ],
        "hardest": [
            {"assignment": a, "notebook": nb, "cell": c, "mean": round(m, 3), "n": n}
            for a, nb, c, m, n in p.hard
        ],
        "answers_checked": p.breaches.answers,
        "answers_clean": p.breaches.clean,
        "rules": dict(p.breaches.rules.most_common()),
        "values": dict(p.breaches.values.most_common()),
    }


def _summary(p: _Page, html_path: Path) -> str:
    b = p.breaches
    lines = [
        f"report: {len(p.data.students)} trainees, {len(p.data.graded)} graded submissions, mean score "
        f"{_pct(p.mean)}, {p.certified} meet the certification bar"
    ]
    for s in p.stats:
        lines.append(
            f"  {s['assignment']:<28} graded {s['graded']:>3}  completion {s['completion']:>4.0f}%  "
            f"mean {_pct(s['mean']):>5}"
        )
    if p.hard:
        lines.append("hardest: " + ", ".join(f"{a}/{c} ({100 * m:.0f}%)" for a, _, c, m, _ in p.hard[:5]))
    if b.rules:
        lines.append(
            f"rules broken most ({b.answers} answers checked): "
            + ", ".join(f"{r} ({n})" for r, n in b.rules.most_common(5))
        )
    if b.values:
        lines.append("core values at stake: " + ", ".join(f"{v} ({n})" for v, n in b.values.most_common()))
    lines.append(f"wrote {html_path} (+ {len(p.plots)} PNG, report.json)")
    return "\n".join(lines)
