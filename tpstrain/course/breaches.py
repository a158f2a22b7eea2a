"""What the trainees' answers say: the strings each trainee assigned in a solution cell (``answer = '''...'''``,
or ``Post(text=...)``), skipping those left as handed out and those under four words (a list of choices is not a
post), run through the checker; the rules that fire at warning or error level, and the core values those rules
serve, are counted once per answer."""

from __future__ import annotations

import ast
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .classdata import ClassData

MIN_WORDS = 4  # shorter strings are choices or lists ("clarity, privacy"), not posts


@dataclass
class Answer:
    student: str
    assignment: str
    notebook: str
    cell: str
    text: str
    platform: str | None = None


def assigned_strings(source: str) -> list[tuple[str, str | None]]:
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
            out[meta.get("grade_id", "")] = {t.strip() for t, _ in assigned_strings(_cell_source(cell))}
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
                for text, platform in assigned_strings(_cell_source(cell)):
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
    from .. import shared_policy
    from ..api import check
    from ..errors import TpsError

    policy = policy or shared_policy()
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
