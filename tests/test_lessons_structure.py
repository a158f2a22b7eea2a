"""Every lesson is built the same way, asks for no code, and together the lessons practise every rule.

The convention (also in docs/instructor-guide.md, "How a lesson is built"), read from the notebooks' text:

- The first cell holds ``# Title``, ``## Questions`` (bullets that end in "?"), ``## Objectives`` (3 to 5 bullets,
  each starting with a verb a trainer can observe: "Rewrite", "Choose", never "Know" or "Understand") and
  ``**Time:** N minutes (T teaching, E exercises)``.
- Every other ``## Section`` heading has a ``⏱ N min`` line in its cell: the minutes of teaching.
- Every activity is a heading ``### Check (N min): ...``, ``### Try it (N min): ...`` or ``### Discuss (N min): ...``.
  Checks and try-its are the formative checks: no more than 15 minutes of teaching or discussion pass without
  one, from the start of the lesson to its end. T is the sum of the sections' minutes, E of the activities'.
- A check runs a multiple-choice question (``choice``), a round of posts to sort (``spot``) or a fix drill
  (``drill``). Every lesson has at least one multiple-choice check, in a code cell whose source is folded away
  (the answer key is in it).
- A try-it has a self-check list (``- [ ]``) and a model answer behind a click (``<details>``), or is a drill
  (whose widget holds the rule's good examples behind a click). A post quoted (``> ``) in a model answer passes the
  model policy.
- The last cell is ``## Key points``.

No code for trainees: no shell lines, no magics, no environment variables, no files written; a try-it cell holds
no data structure to edit (no dicts, no ``TrainingRecord(...)``), and the text a trainee edits is between triple
quotes or in a widget's box. The composer appears in every lesson where trainees write posts.

Every rule of the model policy is practised: named in a ``drill``/``spot`` (which read the rule's own examples),
or raised by the draft of a try-it.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

import nbformat
import pytest

from tpstrain import check, model_policy

CURRICULUM = Path(__file__).resolve().parent.parent / "curriculum"
LESSONS = sorted(p.stem for p in CURRICULUM.glob("*.ipynb"))
# lessons where trainees write posts: the composer is there
WRITE_POSTS = ("04", "05", "07", "08", "09", "11", "12", "13", "14", "15", "16")

MAX_GAP = 15
SECTION = re.compile(r"^## (.+)$", re.M)
MINUTES = re.compile(r"⏱ (\d+) min\b")
ACTIVITY = re.compile(r"^### (Check|Try it|Discuss) \((\d+) min\)(?::.*)?$", re.M)
TIME = re.compile(r"^\*\*Time:\*\* (\d+) minutes \((\d+) teaching, (\d+) exercises\)$", re.M)
HEADING = re.compile(r"^#{1,3} ", re.M)
FRONT = {"Questions", "Objectives", "Key points"}
UNOBSERVABLE = ("know", "understand", "learn", "appreciate", "be aware", "be familiar", "realize", "see why")
VERBS = {
    "answer",
    "apply",
    "argue",
    "check",
    "choose",
    "compare",
    "cut",
    "decide",
    "describe",
    "explain",
    "find",
    "fix",
    "give",
    "judge",
    "list",
    "match",
    "name",
    "open",
    "plan",
    "read",
    "remove",
    "rewrite",
    "run",
    "say",
    "sign",
    "sort",
    "spot",
    "tell",
    "use",
    "weigh",
    "write",
}
WIDGET_CALLS = {
    "choice",
    "spot",
    "drill",
    "rewrite",
    "Composer",
    "worksheet",
    "PolicyForm",
    "check",
    "feedback",
}
NO_TRAINEE_CODE = re.compile(
    r"os\.environ|subprocess|write_text|open\(|TrainingRecord\(|StaffMember\(|Account\(|"
    r"Post\(|Media\(|media=\["
)


@cache
def _read(name: str) -> nbformat.NotebookNode:
    return nbformat.read(CURRICULUM / f"{name}.ipynb", as_version=4)


def _md(nb) -> str:
    return "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


def _calls(source: str) -> list[ast.Call]:
    return [n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Call)]


def _name(call: ast.Call) -> str:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _timeline(nb) -> list[tuple[str, int, str]]:
    """(kind, minutes, title) in lesson order: kind is 'teach' for a section, else the activity's kind."""
    events: list[tuple[str, int, str]] = []
    for cell in nb.cells[1:]:
        if cell.cell_type != "markdown":
            continue
        marks = sorted(
            [(m.start(), "section", m) for m in SECTION.finditer(cell.source)]
            + [(m.start(), "activity", m) for m in ACTIVITY.finditer(cell.source)],
            key=lambda x: x[0],
        )
        for i, (pos, kind, m) in enumerate(marks):
            if kind == "section":
                title = m.group(1).strip()
                if title in FRONT:
                    continue
                end = marks[i + 1][0] if i + 1 < len(marks) else len(cell.source)
                found = MINUTES.search(cell.source, pos, end)
                events.append(("teach", int(found.group(1)) if found else -1, title))
            else:
                events.append((m.group(1), int(m.group(2)), m.group(0)))
    return events


def _blocks(nb, pattern: re.Pattern[str]) -> list[tuple[str, str, str]]:
    """(heading, markdown, code) from each heading matching ``pattern`` to the next heading of any level."""
    out: list[list[str]] = []
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            parts = re.split(r"(?m)^(?=#{1,3} )", cell.source)
            for part in parts:
                if HEADING.match(part):
                    out.append([part.splitlines()[0], part, ""] if pattern.match(part) else ["", "", ""])
                elif out and out[-1][0]:
                    out[-1][1] += "\n" + part
        elif out and out[-1][0]:
            out[-1][2] += "\n" + cell.source
    return [tuple(b) for b in out if b[0]]  # type: ignore[misc]


# ----- the lesson's front matter -------------------------------------------------------------------------


@pytest.mark.parametrize("name", LESSONS)
def test_front_matter(name):
    first = _read(name).cells[0]
    assert first.cell_type == "markdown" and first.source.startswith("# "), "starts with a title"
    src = first.source
    assert "## Questions" in src and "## Objectives" in src, "states its questions and objectives"
    questions = re.findall(r"^- (.+)$", src.split("## Questions", 1)[1].split("## Objectives", 1)[0], re.M)
    assert questions and all(q.rstrip().endswith("?") for q in questions), (
        f"questions end in '?': {questions}"
    )
    objectives = re.findall(r"^- (.+)$", src.split("## Objectives", 1)[1].split("**Time:**", 1)[0], re.M)
    assert 3 <= len(objectives) <= 5, f"3 to 5 objectives, not {len(objectives)}"
    for o in objectives:
        verb = o.split()[0].lower().strip(",")
        assert not o.lower().startswith(UNOBSERVABLE), f"an objective a trainer cannot observe: {o!r}"
        assert verb in VERBS, (
            f"objective should start with an observable verb ({', '.join(sorted(VERBS))}): {o!r}"
        )
    assert TIME.search(src), "a '**Time:** N minutes (T teaching, E exercises)' line"


@pytest.mark.parametrize("name", LESSONS)
def test_timings_add_up_and_checks_come_often(name):
    nb = _read(name)
    total, teaching, exercises = map(int, TIME.search(nb.cells[0].source).groups())
    events = _timeline(nb)
    unmarked = [t for k, m, t in events if k == "teach" and m < 0]
    assert not unmarked, f"sections without a '⏱ N min' line: {unmarked}"
    taught = sum(m for k, m, _ in events if k == "teach")
    done = sum(m for k, m, _ in events if k != "teach")
    assert (taught, done) == (teaching, exercises), (
        f"the sections add up to {taught} teaching and {done} exercise minutes"
    )
    assert total == teaching + exercises, f"{total} minutes is not {teaching} + {exercises}"
    gap, worst = 0, (0, "")
    for kind, minutes, title in [*events, ("Check", 0, "(the end)")]:
        if kind in ("Check", "Try it"):
            if gap > worst[0]:
                worst = (gap, title)
            gap = 0
        else:
            gap += minutes
    assert worst[0] <= MAX_GAP, f"{worst[0]} minutes without a check or try-it before {worst[1]!r}"
    assert any(k == "Check" for k, _, _ in events) and any(k == "Try it" for k, _, _ in events)


@pytest.mark.parametrize("name", LESSONS)
def test_checks_and_try_its(name):
    nb = _read(name)
    for heading, _md_text, code in _blocks(nb, re.compile(r"### Check")):
        names = {_name(c) for c in _calls(code)} if code.strip() else set()
        assert names & {"choice", "spot", "drill"}, f"{heading!r} runs no choice, spot or drill"
    for heading, md, code in _blocks(nb, re.compile(r"### Try it")):
        assert code.strip(), f"{heading!r} has no cell to try"
        names = {_name(c) for c in _calls(code)}
        assert names & WIDGET_CALLS, f"{heading!r} has nothing for the trainee to write in"
        assert "- [ ]" in md or "drill" in names, f"{heading!r} has no self-check list ('- [ ] ...')"
        assert "<details>" in md or "drill" in names, (
            f"{heading!r} has no model answer behind a click (<details>)"
        )
    choices = [
        c for c in nb.cells if c.cell_type == "code" and "choice" in {_name(x) for x in _calls(c.source)}
    ]
    assert choices, "at least one multiple-choice check"
    for c in choices:
        assert c.metadata.get("jupyter", {}).get("source_hidden"), f"cell {c.id}: fold the answer key away"
        assert "check" in c.metadata.get("tags", []), f"cell {c.id}: tag a check cell 'check'"
    md = _md(nb)
    assert md.count("<details>") == md.count("</details>") and md.count("<details>") <= md.count("<summary>")
    assert nb.cells[-1].cell_type == "markdown" and "## Key points" in nb.cells[-1].source, (
        "ends with key points"
    )
    assert len(re.findall(r"^- ", nb.cells[-1].source.split("## Key points", 1)[1], re.M)) >= 3


@pytest.mark.parametrize("name", LESSONS)
def test_model_answers_pass_the_policy(name):
    for block in re.findall(r"<details>(.*?)</details>", _md(_read(name)), re.S):
        if "model answer" not in block.lower():
            continue
        quoted = re.findall(r"(?m)^> ?(.*)$", block)
        posts, current = [], []
        for line in [*quoted, None]:
            if line is None or not line.strip():
                if current:
                    posts.append("\n".join(current))
                current = []
            else:
                current.append(line)
        for post in posts:
            platform = (
                "instagram"
                if "instagram" in block.lower()
                else "facebook"
                if "facebook" in block.lower()
                else "x"
            )
            review = check(post, platform=platform)
            assert review.ok, (
                f"model answer {post!r} -> {review.verdict}: {[f.rule for f in review.findings]}"
            )


@pytest.mark.parametrize("name", LESSONS)
def test_no_code_for_trainees(name):
    nb = _read(name)
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        lines = cell.source.splitlines()
        assert not any(x.lstrip().startswith(("!", "%")) for x in lines), (
            f"cell {cell.id}: a shell line or magic"
        )
        assert "os.environ" not in cell.source, f"cell {cell.id}: sets the environment"
        if "try-it" not in cell.metadata.get("tags", []):
            continue
        assert not NO_TRAINEE_CODE.search(cell.source), f"try-it {cell.id} asks the trainee to edit code"
        tree = ast.parse(cell.source)
        assert not any(isinstance(n, ast.Dict | ast.DictComp) for n in ast.walk(tree)), (
            f"try-it {cell.id}: a dict for the trainee to edit"
        )
        for call in _calls(cell.source):
            if (
                _name(call) in {"check", "rewrite", "feedback"}
                and call.args
                and isinstance(call.args[0], ast.Constant)
            ):
                seg = ast.get_source_segment(cell.source, call.args[0]) or ""
                assert seg.startswith(('"""', "'''")), f"try-it {cell.id}: put the text between triple quotes"


@pytest.mark.parametrize("name", [n for n in LESSONS if n[:2] in WRITE_POSTS])
def test_the_composer_is_where_posts_are_written(name):
    names = {_name(c) for cell in _read(name).cells if cell.cell_type == "code" for c in _calls(cell.source)}
    assert names & {"rewrite", "Composer"}, "trainees write posts here: give them the composer"


def test_start_here_lists_every_lesson():
    table = _md(_read("00-start-here")).split("## The lessons", 1)[1]
    listed = set(re.findall(r"^\| (\d+b?) ", table, re.M))
    missing = [n for n in LESSONS if n.split("-", 1)[0] not in listed]
    assert not missing, f"add these lessons to the table in lesson 00: {missing}"


# ----- every rule practised --------------------------------------------------------------------------------


def _literal(node: ast.AST):
    try:
        return ast.literal_eval(node)
    except ValueError:
        return None


def _draft_rules(call: ast.Call) -> set[str]:
    """The rules a try-it's draft raises, as the composer would show them."""
    text = _literal(call.args[0]) if call.args else None
    if not isinstance(text, str) or not text.strip():
        return set()
    kw = {k.arg: _literal(k.value) for k in call.keywords if k.arg}
    fields: dict = {}
    media = []
    if isinstance(kw.get("alt_text"), str):
        media.append({"kind": "image", "alt_text": kw["alt_text"]})
    if isinstance(kw.get("captions"), bool):
        media.append({"kind": "video", "captions": kw["captions"]})
    if media:
        fields["media"] = media
    if isinstance(kw.get("title"), str):
        fields["title"] = kw["title"]
    return set(check(text, platform=kw.get("platform") or "x", **fields).rules())


def practised_rules(folder: Path = CURRICULUM) -> dict[str, set[str]]:
    """rule id -> the lessons that practise it (by a drill or round, or in a try-it's draft)."""
    out: dict[str, set[str]] = {}
    for path in sorted(folder.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cell.cell_type != "code":
                continue
            try_it = "try-it" in cell.metadata.get("tags", [])
            for call in _calls(cell.source):
                ids: set[str] = set()
                if _name(call) in {"drill", "spot"}:
                    ids = {
                        a.value for a in call.args if isinstance(a, ast.Constant) and isinstance(a.value, str)
                    }
                elif try_it and _name(call) in {"rewrite", "Composer", "check"}:
                    ids = _draft_rules(call)
                for i in ids:
                    out.setdefault(i, set()).add(path.stem)
    return out


def test_every_rule_is_practised():
    policy = model_policy()
    practised = practised_rules()
    unknown = sorted(set(practised) - {r.id for r in policy.rules})
    assert not unknown, f"lessons drill rules the policy does not have: {unknown}"
    missing = [r.id for r in policy.rules if r.id not in practised]
    assert not missing, (
        f"{len(missing)} rules are never practised in curriculum/: {', '.join(missing)}. "
        "Add drill('<id>') or put the rule in a spot(...) round of the lesson that teaches it."
    )


# rules whose lesson is known: each must be practised there, not only somewhere
TAUGHT_IN = {
    "privacy.operational-details": "11-live-incident",  # operational security during a live incident
    "privacy.public-details-request": "12-comments-and-messages",
    "clarity.jargon-fr": "13-two-languages",
}


@pytest.mark.parametrize(("rule", "lesson"), sorted(TAUGHT_IN.items()))
def test_rules_are_practised_in_the_lesson_that_teaches_them(rule, lesson):
    assert rule in {r.id for r in model_policy().rules}, f"the model policy has no rule {rule}"
    where = practised_rules().get(rule, set())
    assert lesson in where, f"{rule} is practised in {sorted(where) or 'no lesson'}, not in {lesson}"
    assert rule in _md(_read(lesson)) or any(
        rule in c.source for c in _read(lesson).cells if c.cell_type == "code"
    ), f"lesson {lesson} never names {rule}"
