"""Certify who may post: trainees who pass the required assignments get a training record.

A trainee is certified when, for **every** required assignment, the gradebook holds a submission that

- scores at least the pass mark (percent of the assignment's points, after any late penalty, as
  ``nbgrader export`` computes the score), and
- has nothing left to grade by hand (a cell flagged for manual grading that has no manual score yet keeps
  the trainee *pending*; a manual score given before a re-autograde still counts).

Each certified trainee becomes a :class:`tpstrain.StaffMember` (name and unit from the roster) holding a
:class:`tpstrain.TrainingRecord` for the policy's required module (``social-media-basics`` in the model policy):
``completed_on`` the certification date, ``expires_on`` two years later. The output is a JSON list of
StaffMember objects; when the file exists it is updated in place (other members and other records are kept,
the same record is not added twice), so it can be the service's training register.

The policy's ``authorization.training`` rule reads exactly that record from a post's ``author``: a certified
member's post passes, an uncertified member's post is blocked.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..models import StaffMember, TrainingRecord

DEFAULT_MODULE = "social-media-basics"


@dataclass
class Decision:
    student: str
    certified: bool
    reasons: list[str] = field(default_factory=list)
    scores: dict[str, float | None] = field(default_factory=dict)


def evaluate(data, required: Sequence[str], pass_mark: float) -> list[Decision]:
    """One decision per trainee known to the gradebook, the roster or submitted/ (``data``: classdata.ClassData)."""
    unknown = [a for a in required if a not in data.max_scores]
    if unknown:
        raise InputError(
            f"required assignment(s) not in the gradebook: {', '.join(unknown)} "
            f"(known: {', '.join(data.assignments)})"
        )
    out = []
    for sid in data.students:
        reasons, scores = [], {}
        for a in required:
            sub = data.graded.get((sid, a))
            if sub is None:
                scores[a] = None
                reasons.append(
                    f"{a}: submitted, not autograded yet"
                    if (sid, a) in data.submitted_only
                    else f"{a}: nothing submitted"
                )
                continue
            scores[a] = round(sub.percent, 1)
            if sub.needs_manual:
                reasons.append(f"{a}: awaiting manual grading")
            elif sub.percent + 1e-9 < pass_mark:
                late = " (late penalty)" if sub.penalty > 0 else ""
                reasons.append(f"{a}: {sub.percent:.0f}%{late}, below {pass_mark:g}%")
        out.append(Decision(sid, not reasons, reasons, scores))
    return out


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def record(on: dt.date, years: int = 2, module: str = DEFAULT_MODULE) -> TrainingRecord:
    return TrainingRecord(module=module, completed_on=on, expires_on=add_years(on, years))


def member(sid: str, data, rec: TrainingRecord, previous: StaffMember | None = None) -> StaffMember:
    """The trainee as a StaffMember with ``rec`` added (keeping what ``previous`` already held)."""
    p = data.people.get(sid, {})
    name = data.name(sid)
    training = list(previous.training) if previous else []
    if rec not in training:
        training.append(rec)
    return StaffMember(
        id=sid,
        name=name if name != sid or previous is None else previous.name,
        rank=previous.rank if previous else None,
        unit=p.get("unit") or (previous.unit if previous else None),
        training=training,
    )


def read_members(path: Path) -> dict[str, StaffMember]:
    if not path.exists():
        return {}
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as e:
        raise InputError(f"{path}: not JSON ({e})") from None
    if isinstance(raw, dict):
        raw = [raw]
    if not isinstance(raw, list):
        raise InputError(f"{path}: expected a JSON list of staff members")
    out = {}
    for k, item in enumerate(raw):
        try:
            m = StaffMember.model_validate(item)
        except ValueError as e:
            first = str(e).splitlines()
            raise InputError(f"{path}: member {k + 1}: {first[1] if len(first) > 1 else first[0]}") from None
        out[m.id] = m
    return out


@dataclass
class Certification:
    decisions: list[Decision]
    members: list[StaffMember]
    output: Path
    summary: str


def _require_grading_as_text(course) -> None:
    """Certify only what was graded without running trainee code: the course's nbgrader config must say so
    (``nbgrader autograde`` reads it; ``tpstrain course autograde`` always grades that way)."""
    from .autograder import grades_as_text
    from .coursedir import load_config

    if not grades_as_text(load_config(course.root, as_written=True)):
        raise InputError(
            f"{course.root / 'nbgrader_config.py'} lets nbgrader run trainee code when it grades, so "
            "its grades cannot be trusted: add 'from tpstrain.course.autograder import configure; "
            "configure(c)' and autograde again"
        )


def certify(
    course,
    output: str | Path,
    roster: dict[str, dict[str, str]] | None = None,
    required: Sequence[str] = (),
    pass_mark: float = 70.0,
    on: dt.date | None = None,
    years: int = 2,
    module: str | None = None,
    policy=None,
) -> Certification:
    """Decide, then write (or update) the StaffMember JSON with a training record for each certified trainee."""
    from .. import shared_policy
    from .classdata import load_class

    if not 0 < pass_mark <= 100:
        raise InputError(f"--pass-mark {pass_mark:g}: give a percentage between 0 and 100")
    if years < 1:
        raise InputError("--years: at least 1")
    _require_grading_as_text(course)
    module = module or (policy or shared_policy()).settings.required_training or DEFAULT_MODULE
    on = on or dt.date.today()
    data = load_class(course, roster)
    required = list(required) or data.assignments
    decisions = evaluate(data, required, pass_mark)
    rec = record(on, years, module)
    out_path = Path(output)
    existing = read_members(out_path)
    certified = [d.student for d in decisions if d.certified]
    for sid in certified:
        existing[sid] = member(sid, data, rec, existing.get(sid))
    members = [existing[k] for k in sorted(existing)]
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(
        json.dumps([m.model_dump(mode="json") for m in members], indent=2, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    no_unit = [sid for sid in certified if not data.people.get(sid, {}).get("unit")]
    lines = [
        f"certify: {len(certified)} of {len(decisions)} trainees certified for '{module}' "
        f"({rec.completed_on} to {rec.expires_on}); required: {', '.join(required)}; pass mark {pass_mark:g}%"
    ]
    for d in decisions:
        if not d.certified:
            lines.append(f"  not yet {d.student} ({data.name(d.student)}): {'; '.join(d.reasons)}")
    if no_unit:
        lines.append(
            f"  no unit on the roster for {', '.join(no_unit)}: they may post only where listed by id"
        )
    lines.append(f"wrote {out_path} ({len(members)} staff members)")
    return Certification(decisions, members, out_path, "\n".join(lines))
