"""Answers chosen from a list, one a line: ``A: Respect``.

A question of one item takes its answer with or without the label ("1: post", "post"), but never under another
item's label: "2: post" for inject 1 fails, and says that the number must be the item's own."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from .facts import as_text, norm
from .results import Problem, _fail, collect, short

__all__ = ["choice_problems", "grade_choices"]

_CHOICE_LINE = re.compile(r"^\s*\(?([A-Za-z0-9]{1,3})\s*[:.)=\-–]+\s*(.+?)\s*$")


_SEP = re.compile(r"\s*(?:,|/|;|&|\band\b|\bor\b|\+)\s*", re.I)
_WHY = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\]|\s[-–—]\s.*|\b(?:because|since|as|so)\b.*)", re.I | re.S)


# "do not post" and "dont post" say "don't post" (a choice in some questions)
_DONT = re.compile(r"\b(?:do\s+not|dont|don[’`]t)\b", re.I)
# a choice named right after a negation is the one not taken: "hold, do not post", "hide (never delete)"
_NEGATED = re.compile(
    r"(?:\b(?:not|never|no|don't|won't|cannot|can't|shouldn't|should not|rather than|instead of)|n't)\s+"
    r"(?:(?:yet|ever|just|even|really|please|to|be)\s+)?$"
)
_SAYS_NO = re.compile(r"(?:not|never|no|don't)\b")


def _named(low: str, options: dict[str, str]) -> list[str]:
    """The choices named in ``low`` (normalized), in order, longest first where they overlap ("don't post" and
    not "post"), leaving out a choice that follows a negation ("hold, don't post": hold)."""
    found: list[tuple[int, int, str]] = []
    for o in sorted(options, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(o)}(?!\w)", low):
            if any(s < m.end() and m.start() < e for s, e, _ in found):
                continue  # part of a longer choice
            if not _SAYS_NO.match(o) and _NEGATED.search(low[: m.start()]):
                continue  # "don't post" is not "post" (but "never" and "don't" can be choices themselves)
            found.append((m.start(), m.end(), o))
    return list(dict.fromkeys(options[o] for _, _, o in sorted(found)))


def _values(given: str, options: dict[str, str] | None) -> list[str]:
    """The values of one answer, without the reasons: "Fairness", "Fairness and Integrity", "no (YCJA)"."""
    whole = _DONT.sub("don't", given)
    given = _DONT.sub("don't", _WHY.sub(" ", given)).strip(" .,;:!")
    if options is None or norm(given) in options:
        return [given] if given else []
    parts = [v.strip(" .!") for v in _SEP.split(given) if v.strip(" .!")]
    if parts and all(norm(v) in options for v in parts):
        return parts
    # no choice before the reason: it may be in it ("do not post - hold")
    return _named(norm(given), options) or _named(norm(whole), options) or parts


def _read(text: str, wanted: list[str]) -> dict[str, str]:
    """item -> what was written for it. Items are found by their letters, on lines or one after another
    ("A: yes, B: no"); a line per item also works for longer item names."""
    letters = [w for w in wanted if re.fullmatch(r"[A-Z0-9]{1,3}", w)]
    given: dict[str, str] = {}
    if letters:
        label = re.compile(r"(?<![\w'])(" + "|".join(map(re.escape, letters)) + r")(?![\w'])\s*[:.)=\-–]*\s*")
        marks: list[re.Match[str]] = []
        for m in label.finditer(text):
            line = text.rfind("\n", 0, m.start()) + 1
            if _is_label(text, m, max(line, marks[-1].end() if marks else 0)):
                marks.append(m)
        for i, m in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
            value = text[m.end() : end].split("\n")[0].strip(" ,;")
            if value:
                given.setdefault(m.group(1), value)
    for line in text.splitlines():
        m = _CHOICE_LINE.match(line)
        if m and m.group(1).upper() not in given:
            given[m.group(1).upper()] = m.group(2).strip().strip(".").strip()
    first = text.strip().splitlines()[0].strip() if text.strip() else ""
    if (
        len(wanted) == 1
        and wanted[0] not in given
        and first.strip(" :.)=-–—").upper() not in ("", wanted[0])
        and _other_label(first, wanted[0]) is None
    ):
        given[wanted[0]] = first  # one item, no label: "hold" answers it (but "6:" alone answers nothing)
    return given


# a line labelled for an item: "2: post", "Inject 2 - post", "#2: hold"
_LABELLED = re.compile(
    r"^\s*(?:(?:inject|item|question|case|no\.?|number|#)\s*)?\(?([A-Za-z0-9]{1,3})\s*[:.)=\-–—]+\s*(?=[^\W\d_])",
    re.I,
)


def _other_label(line: str, item: str) -> str | None:
    """The label of another item that ``line`` starts with ("2" in "2: post", for item 1), when the label is of
    the item's kind (a number for a number, a letter for a letter); else None."""
    m = _LABELLED.match(line)
    if m is None:
        return None
    label = m.group(1).upper()
    if label == item or label.isdigit() != item.isdigit() or len(label) > max(2, len(item)):
        return None
    return label


# where a reason starts: "reply - a kind word", "hide (a record)", "leave because ..."
_REASON = re.compile(r"\s[-–—]\s|[(\[]|\b(?:because|since|as|so)\b", re.I)


def _is_label(text: str, m: re.Match[str], since: int) -> bool:
    """An item's label, not a letter inside the reason of the item before ("B: reply - A kind word"): a
    colon, bracket, equals sign or period follows it ("A) yes B) no"), or no reason comes between it and the
    start of its line or the label before ("A yes B no")."""
    if m.group()[len(m.group(1)) :].lstrip()[:1] in (":", ")", "=", "."):
        return True
    return not _REASON.search(text, since, m.start(1))


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
    text = as_text(answer, "answers")
    given = _read(text, wanted)
    opts = {norm(o): o for o in options} if options is not None else None
    problems = []
    for item in wanted:
        if item not in given:
            first = text.splitlines()[0].strip()
            other = _other_label(first, item) if len(wanted) == 1 else None
            if other is not None:  # "2: post" written for inject 1: the number names the item it answers
                value = _LABELLED.sub("", first, count=1).strip()
                kind = "number" if item.isdigit() else "letter"
                problems.append(
                    Problem(
                        f"'{short(first, 40)}' is labelled {other}, but this answer is for {item}: the {kind} at "
                        f"the start must be this one's own.",
                        fix=f"Write '{item}: {short(value, 30)}'.",
                    )
                )
                continue
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
