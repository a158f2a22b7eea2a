"""Answers chosen from a list, one a line: ``A: Respect``."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from .facts import as_text, norm
from .results import Problem, _fail, collect

__all__ = ["choice_problems", "grade_choices"]

_CHOICE_LINE = re.compile(r"^\s*\(?([A-Za-z0-9]{1,3})\s*[:.)=\-–]+\s*(.+?)\s*$")


_SEP = re.compile(r"\s*(?:,|/|;|&|\band\b|\bor\b|\+)\s*", re.I)
_WHY = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\]|\s[-–—]\s.*|\b(?:because|since|as|so)\b.*)", re.I | re.S)


def _values(given: str, options: dict[str, str] | None) -> list[str]:
    """The values of one answer, without the reasons: "Fairness", "Fairness and Integrity", "no (YCJA)"."""
    given = _WHY.sub(" ", given).strip(" .,;:!")
    if options is None or norm(given) in options:
        return [given] if given else []
    parts = [v.strip(" .!") for v in _SEP.split(given) if v.strip(" .!")]
    if parts and all(norm(v) in options for v in parts):
        return parts
    low = norm(given)
    named = [o for o in options if re.search(rf"(?<!\w){re.escape(o)}(?!\w)", low)]
    return [options[o] for o in named] or parts


def _read(text: str, wanted: list[str]) -> dict[str, str]:
    """item -> what was written for it. Items are found by their letters, on lines or one after another
    ("A: yes, B: no"); a line per item also works for longer item names."""
    letters = [w for w in wanted if re.fullmatch(r"[A-Z0-9]{1,3}", w)]
    given: dict[str, str] = {}
    if letters:
        label = re.compile(r"(?<![\w'])(" + "|".join(map(re.escape, letters)) + r")(?![\w'])\s*[:.)=\-–]*\s*")
        marks = list(label.finditer(text))
        for i, m in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
            value = text[m.end() : end].split("\n")[0].strip(" ,;")
            if value:
                given.setdefault(m.group(1), value)
    for line in text.splitlines():
        m = _CHOICE_LINE.match(line)
        if m and m.group(1).upper() not in given:
            given[m.group(1).upper()] = m.group(2).strip().strip(".").strip()
    return given


def choice_problems(
    answer: Any,
    key: Mapping[str, Any] | None,
    options: Iterable[str] | None,
    items: Iterable[str] | None,
    why: Mapping[str, str] | None,
) -> list[Problem]:
    """What is missing or wrong. An item may name more than one value ("Fairness and Integrity"): each must be
    a choice, and, against a key, each must be right. Reasons after the value are fine."""
    wanted = [str(i).upper() for i in (items if items is not None else (key or {}))]
    given = _read(as_text(answer, "answers"), wanted)
    opts = {norm(o): o for o in options} if options is not None else None
    problems = []
    for item in wanted:
        if item not in given:
            problems.append(Problem(f"No answer for {item}.", fix=f"Add a line like '{item}: your answer'."))
            continue
        values = _values(given[item], opts)
        if opts is not None and not (values and all(norm(v) in opts for v in values)):
            problems.append(
                Problem(
                    f"{item}: '{given[item]}' is not one of the choices.",
                    fix="Choose from: " + ", ".join(opts.values()) + ".",
                )
            )
    if key is not None and not problems:
        every = {norm(r): r for right in key.values() for r in ([right] if isinstance(right, str) else right)}
        for item, right in key.items():
            item = str(item).upper()
            rights = {norm(r) for r in ([right] if isinstance(right, str) else list(right))}
            values = _values(given.get(item, ""), opts or every) or [""]
            if not all(norm(v) in rights for v in values):
                hint = (why or {}).get(item) or (why or {}).get(item.lower()) or ""
                problems.append(
                    Problem(
                        f"{item}: '{given.get(item, '')}' is not the best answer.",
                        fix=hint or "Read the lesson again.",
                    )
                )
    return problems


def grade_choices(
    answer: Any,
    key: Mapping[str, Any] | None = None,
    *,
    options: Iterable[str] | None = None,
    items: Iterable[str] | None = None,
    why: Mapping[str, str] | None = None,
) -> None:
    """Answers written one a line as ``A: answer``. ``items`` must all be answered from ``options``;
    ``key`` maps each item to the right answer (or a list of right answers); ``why`` explains misses."""
    problems = collect(choice_problems, answer, key, options, items, why)
    if problems:  # the message says what to fix: read it below
        _fail(problems)
        return
