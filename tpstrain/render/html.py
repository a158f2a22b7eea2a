"""Reviews and findings as HTML: a review in a notebook, the text with each finding's span marked, one
finding as the composer lists it, and a right/wrong line of feedback."""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .palette import GREEN, GREY, LEVEL_COLOURS, RED, VERDICT_COLOURS, VERDICT_WORDS

if TYPE_CHECKING:
    from ..shapes import FindingShape, ReviewShape


def highlight_html(text: str, findings: Iterable[FindingShape]) -> str:
    """The text as HTML with each finding's span marked (outer spans win where they overlap)."""
    marks = sorted(
        (f for f in findings if f.field == "text" and f.end > f.start),
        key=lambda f: (f.start, -(f.end - f.start)),
    )
    out, pos = [], 0
    for f in marks:
        if f.start < pos:
            continue
        colour = LEVEL_COLOURS[f.level].html
        out.append(html.escape(text[pos : f.start]))
        out.append(
            f'<mark class="tps-{f.level}" title="{html.escape(f.rule)}: {html.escape(f.message)}" '
            f'style="background:{colour}44;border-bottom:2px solid {colour};padding:0 1px">'
            f"{html.escape(text[f.start : f.end])}</mark>"
        )
        pos = f.end
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br>")


def _finding_item(f: FindingShape) -> str:
    return (
        f'<li><b style="color:{LEVEL_COLOURS[f.level].html}">{f.level}</b> '
        f"<code>{html.escape(f.rule)}</code> — "
        + (f"“{html.escape(f.text)}”" if f.text else f"<i>{html.escape(f.field)}</i>")
        + f": {html.escape(f.message)}"
        + (f" <i>Try: {html.escape(' / '.join(f.suggestions))}</i>" if f.suggestions else "")
        + (f" <span style='color:{GREY}'>{html.escape(f.fix)}</span>" if f.fix else "")
        + "</li>"
    )


def review_html(review: ReviewShape) -> str:
    """A review as a notebook shows it: verdict, length and grade, the marked text, the findings."""
    m = review.metrics
    colour = VERDICT_COLOURS[review.verdict].html
    over = m.weighted_length > m.limit
    grade = f" · grade {m.grade:.1f}" if m.grade is not None else ""
    rows = "".join(_finding_item(f) for f in review.findings)
    return (
        '<div class="tps-review" style="font-family:sans-serif;line-height:1.5">'
        f'<div style="font-weight:bold;color:{colour}">{VERDICT_WORDS[review.verdict]} ({review.verdict})</div>'
        f'<div style="color:{RED.html if over else GREY}">{m.weighted_length}/{m.limit} characters'
        f"{grade}</div>"
        f'<div style="border:1px solid #ddd;padding:6px;margin:4px 0;white-space:pre-wrap">'
        f"{highlight_html(review.text, review.findings)}</div>"
        + (f"<ul>{rows}</ul>" if rows else "<div>No findings.</div>")
        + "</div>"
    )


def finding_html(f: FindingShape) -> str:
    """One finding as the composer lists it: level, rule, the words, the message and how to fix it."""
    colour = LEVEL_COLOURS[f.level].html
    quoted = f" “{html.escape(f.text)}”" if f.field == "text" and f.text else ""
    where = "" if f.field == "text" else f" <span style='color:{GREY}'>({html.escape(f.field)})</span>"
    fix = f"<div class='tps-finding-fix' style='color:{GREY}'>{html.escape(f.fix)}</div>" if f.fix else ""
    return (
        f"<div class='tps-finding-body' style='line-height:1.4'>"
        f"<b class='tps-level tps-level-{f.level}' style='color:{colour}'>{f.level}</b> "
        f"<code class='tps-rule'>{html.escape(f.rule)}</code>{quoted}{where}: "
        f"<span class='tps-finding-message'>{html.escape(f.message)}</span>{fix}</div>"
    )


def feedback_html(right: bool, text: str) -> str:
    """A line of feedback on an answer: a green tick, or a red cross."""
    colour, mark, cls = (GREEN.html, "✔", "tps-right") if right else (RED.html, "✘", "tps-wrong")
    return (
        f"<div class='{cls}' style='color:{colour};line-height:1.4;margin:2px 0 4px 0'>"
        f"<b>{mark}</b> {html.escape(text)}</div>"
    )
