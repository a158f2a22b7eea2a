"""Read a trainee's answer from a notebook cell as text, without running it.

Every answer in the course is text between triple quotes in an answer cell (``rewrite_2 = ''' ... '''`` with double quotes),
optionally followed by the ``feedback(...)`` line the course put there. The autograder reads that text with
:mod:`ast`; it never runs the cell. A cell that holds anything else (code added, the variable rebound, a
function defined) is no answer: it gets no points and a note saying why.
"""

from __future__ import annotations

import ast
import re
import warnings
from dataclasses import dataclass

_MARKER = re.compile(r"^\s*#+\s*(?:BEGIN|END) SOLUTION\s*$", re.M)
# "name = (r)\"\"\" ... \"\"\"": the answer's string, read by its quotes when the text itself breaks Python
# (a quote or a backslash at the wrong place): everything between the first and the last triple quote
_RAW = re.compile(
    r'\A\s*(?P<name>[A-Za-z_]\w*)\s*=\s*[rRuU]?(?P<q>"""|\'\'\')(?P<text>.*)(?P=q)(?P<rest>[^"\']*)\Z', re.S
)


class Unreadable(str):
    """An answer cell that is not just an answer: the grading helpers fail it with ``note``."""

    note: str

    def __new__(cls, note: str) -> Unreadable:
        obj = super().__new__(cls, "")
        obj.note = note
        return obj


UNREADABLE = (
    "This answer cell holds more than your answer (code was added or changed), so it was not graded. "
    "Only the text between the triple quotes counts: put the cell back as it was (Edit > Undo, or copy it "
    "from the assignment) and write your answer between the quotes."
)


@dataclass(frozen=True)
class AnswerSpec:
    """What the course's answer cell looks like: the variable it assigns and the statements after it."""

    name: str
    rest: tuple[str, ...]  # ast dumps of the other statements (the feedback(...) line), in order

    @classmethod
    def of(cls, source: str) -> AnswerSpec | None:
        """The spec of an answer cell of the course's own (source or release) notebook, or None."""
        try:
            tree = _parse(source)
        except SyntaxError:
            return None
        body = tree.body
        if not body or not isinstance(body[0], ast.Assign) or len(body[0].targets) != 1:
            return None
        target = body[0].targets[0]
        if not isinstance(target, ast.Name) or not _is_text(body[0].value):
            return None
        return cls(target.id, tuple(ast.dump(s) for s in body[1:]))


def _parse(source: str) -> ast.Module:
    """``ast.parse`` without the warnings an answer's text may raise ("invalid escape sequence")."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ast.parse(source)


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _clean(text: str) -> str:
    """The answer without nbgrader's solution markers; lone surrogates (undecodable bytes) become U+FFFD."""
    text = _MARKER.sub("", text)
    return text.encode("utf-8", "replace").decode("utf-8") if _has_surrogates(text) else text


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def read_answer(source: str, spec: AnswerSpec) -> str:
    """The trainee's answer in ``source`` (their answer cell), read as text; :class:`Unreadable` when the cell
    holds anything but the answer and the course's own lines."""
    source = source.encode("utf-8", "replace").decode("utf-8") if _has_surrogates(source) else source
    try:
        tree = _parse(source)
    except SyntaxError:
        return _read_raw(source, spec)
    body = tree.body
    if (
        not body
        or not isinstance(body[0], ast.Assign)
        or len(body[0].targets) != 1
        or not isinstance(body[0].targets[0], ast.Name)
        or body[0].targets[0].id != spec.name
        or not _is_text(body[0].value)
    ):
        return Unreadable(UNREADABLE)
    if tuple(ast.dump(s) for s in body[1:]) not in (spec.rest, ()):
        return Unreadable(UNREADABLE)
    return _clean(body[0].value.value)  # type: ignore[attr-defined]


def _read_raw(source: str, spec: AnswerSpec) -> str:
    """A cell Python cannot read (the answer has a quote or backslash that ends the string early): take the
    text between the triple quotes, when the rest of the cell is the course's own."""
    m = _RAW.match(source.split("\nfeedback(", 1)[0] if "\nfeedback(" in source else source)
    if m is None or m.group("name") != spec.name or m.group("rest").strip():
        return Unreadable(UNREADABLE)
    tail = source[len(m.group(0)) :] if "\nfeedback(" in source else ""
    if tail.strip():
        try:
            rest = tuple(ast.dump(s) for s in _parse(tail).body)
        except SyntaxError:
            return Unreadable(UNREADABLE)
        if rest != spec.rest:
            return Unreadable(UNREADABLE)
    return _clean(m.group("text"))


def repair(lines: list[str]) -> list[str]:
    """An IPython input transformer: an answer cell whose text breaks Python (a quote or a backslash that ends
    the triple-quoted string early) is run as the same answer, quoted safely. Any other cell is left alone."""
    source = "".join(lines)
    if '"""' not in source and "'''" not in source:
        return lines
    try:
        _parse(source)
    except SyntaxError:
        pass
    else:
        return lines
    head, sep, tail = source.partition("\nfeedback(")
    m = _RAW.match(head)
    if m is None or m.group("rest").strip():
        return lines
    fixed = f"{m.group('name')} = {m.group('text')!r}\n" + (f"feedback({tail}" if sep else "")
    try:
        _parse(fixed)
    except SyntaxError:
        return lines
    return fixed.splitlines(keepends=True)


def install_repair() -> None:
    """Register :func:`repair` in the running IPython kernel (once); nothing outside IPython."""
    import sys

    ipython_mod = sys.modules.get("IPython")
    shell = ipython_mod.get_ipython() if ipython_mod is not None else None
    if shell is None:
        return
    cleanup = shell.input_transformers_cleanup
    if repair not in cleanup:
        cleanup.append(repair)
