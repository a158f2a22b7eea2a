"""Reviews and rules as plain text, coloured for a terminal when asked (the CLI's text format)."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from .palette import BOLD, DIM, LEVEL_COLOURS, RESET, VERDICT_COLOURS

if TYPE_CHECKING:
    from ..rules import Rule
    from ..shapes import ReviewShape

_ANSI = {k: c.ansi for k, c in (*LEVEL_COLOURS.items(), *VERDICT_COLOURS.items())}


def _paint(text: str, style: str, colour: bool) -> str:
    return f"{style}{text}{RESET}" if colour else text


def _excerpt(text: str, start: int, end: int, width: int) -> tuple[str, int, int]:
    """The line holding the span, cut to ``width`` around it; returns (line, caret start, caret end)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    s, e = start - line_start, min(end, line_end) - line_start
    if len(line) > width:
        left = max(0, min(s - width // 3, len(line) - width))
        line = line[left : left + width]
        s, e = s - left, min(e - left, width)
        if left:
            line, s, e = "…" + line[1:], s, e
    return line.replace("\t", " "), s, max(e, s + 1)


def format_review(review: ReviewShape, colour: bool = False, width: int = 100) -> str:
    """A review as the CLI prints it: the verdict and metrics, then each finding with its span marked."""
    m = review.metrics
    head = _paint(review.verdict.upper(), BOLD + _ANSI[review.verdict], colour)
    grade = f", grade {m.grade:.1f}" if m.grade is not None else ""
    lines = [
        f"{head}  {m.weighted_length}/{m.limit} characters on {m.platform}{grade}, "
        f"{len(review.findings)} finding{'s' if len(review.findings) != 1 else ''}"
    ]
    for f in review.findings:
        level = _paint(f"{f.level:<10}", _ANSI[f.level], colour)
        lines.append("")
        lines.append(f"{level} {_paint(f.rule, BOLD, colour)} ({f.category})  {f.message}")
        if f.field == "text" and f.end > f.start:
            line, s, e = _excerpt(review.text, f.start, f.end, width)
            lines.append(f"    {line}")
            lines.append("    " + " " * s + _paint("^" * (e - s), _ANSI[f.level], colour))
        elif f.field != "text":
            lines.append(f"    in {f.field}" + (f": “{f.text}”" if f.text else ""))
        if f.suggestions:
            lines.append(f"    try: {' / '.join(f.suggestions)}")
        if f.fix:
            lines.append(_paint("    fix: " + f.fix, DIM, colour))
    return "\n".join(lines)


def format_rule(rule: Rule, width: int = 96) -> str:
    """One rule explained, as ``tpstrain rules ID`` prints it."""

    def wrap(s: str, ind: str = "  ") -> str:
        return textwrap.fill(" ".join(s.split()), width, initial_indent=ind, subsequent_indent=ind)

    out = [
        f"{rule.id}  [{rule.category}, {rule.level}{'' if rule.enabled else ', disabled'}]",
        f"  {rule.title}",
        "",
        "Why:",
        wrap(rule.rationale),
        "",
        "Source:",
        wrap(rule.source),
        "",
        "Values: " + ", ".join(rule.values),
        "",
        "Fix:",
        wrap(rule.fix),
        "",
    ]
    if rule.question:
        out += ["When the text cannot tell, it asks (a warning):", wrap(rule.question), ""]
    out += ["Bad:"]
    out += [wrap(e.text, "  ✗ ") for e in rule.examples.bad]
    out += ["", "Good:"]
    out += [wrap(e.text, "  ✓ ") for e in rule.examples.good]
    return "\n".join(out)
