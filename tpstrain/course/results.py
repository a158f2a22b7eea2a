"""What a grade says: the problems found in an answer, the error a failing grade raises, and feedback.

The ``grade_*`` functions fail through :func:`_fail`: outside a notebook, and in :func:`strict` mode (the
autograder), it raises :class:`AnswerError`; in a trainee's notebook it prints what to fix on stderr and lets
the next cells run.
"""

from __future__ import annotations

import contextvars
import html
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from ..review import Review
from ..rules import LEVEL_RANK

__all__ = ["AnswerError", "Feedback", "Problem", "collect", "short", "strict"]


# ----- results ----------------------------------------------------------------------------------
@dataclass
class Problem:
    """One thing wrong with an answer, in words a trainee can act on."""

    message: str
    rule: str = ""  # a policy rule id, when a rule found it
    quote: str = ""  # the words it is about
    fix: str = ""  # how to fix it
    level: str = "error"
    where: str = ""  # a part of the post other than its text: "account", "author", "media[0]"

    def line(self) -> str:
        """The problem on one line: which rule, where, the message, then "How to fix: ..."."""
        return " ".join(self.lines())

    def lines(self, indent: str = "") -> list[str]:
        """The problem (which rule, where, the message), then its fix on a line of its own after ``indent``."""
        head = f"{self.rule} ({self.level})" if self.rule else ""
        where = f'at "{short(self.quote)}"' if self.quote else (f"in the {self.where}" if self.where else "")
        lead = " ".join(x for x in (head, where) if x)
        msg = self.message.strip()
        if msg and msg[-1] not in ".!?:":
            msg += "."
        out = [f"{lead}: {msg}" if lead else msg]
        if self.fix and self.fix not in self.message:
            out.append(f"{indent}How to fix: {self.fix}")
        return out


class AnswerError(AssertionError):
    """An answer that is not right yet. ``str(error)`` is the whole story, written for the trainee."""

    def __init__(self, problems: list[Problem] | str, intro: str = ""):
        if isinstance(problems, str):
            problems = [Problem(problems)]
        self.problems = list(problems)
        self.intro = intro
        super().__init__(self._text())

    def _text(self) -> str:
        n = len(self.problems)
        intro = self.intro or f"Not yet: {n} thing{'s' if n != 1 else ''} to fix."
        if n == 1 and not self.intro:
            return "Not yet. " + "\n".join(self.problems[0].lines("  "))
        return intro + "".join(
            f"\n  {k}. " + "\n".join(p.lines("     ")) for k, p in enumerate(self.problems, 1)
        )

    def _render_traceback_(self) -> list[str]:
        """What IPython shows instead of a traceback: the message, in words."""
        return self._text().splitlines()


_STRICT: contextvars.ContextVar[bool] = contextvars.ContextVar("tpstrain_strict_grading", default=False)


@contextmanager
def strict() -> Iterator[None]:
    """Within this block the ``grade_*`` functions raise :class:`AnswerError`, even in a notebook.

    The autograder grades in strict mode. Outside a notebook they always raise. In a trainee's notebook they
    print what to fix (on stderr, in words) and let the next cells run, so *Run All* reaches every question
    and nbgrader's own *Validate* still counts the cell as failing.
    """
    token = _STRICT.set(True)
    try:
        yield
    finally:
        _STRICT.reset(token)


def _in_notebook() -> bool:
    """Whether this runs in an IPython kernel (a trainee's notebook)."""
    ipython = sys.modules.get("IPython")
    return ipython is not None and ipython.get_ipython() is not None


def _fail(problems: list[Problem]) -> None:
    """Fail a grade: raise in strict mode and outside a notebook; in a notebook, say what to fix and go on."""
    error = AnswerError(problems)
    if _STRICT.get() or not _in_notebook():
        raise error
    print(str(error), file=sys.stderr)


@dataclass
class Feedback:
    """What :func:`feedback` shows: whether the answer passes the checks given, and what to fix."""

    passed: bool
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    review: Review | None = None
    title: str = ""

    def __bool__(self) -> bool:
        return self.passed

    def text(self) -> str:
        out = [self.title or ("Looks ready." if self.passed else "Not yet.")]
        out += [f"  {k}. " + "\n".join(p.lines("     ")) for k, p in enumerate(self.problems, 1)]
        out += [f"  - {n}" for n in self.notes]
        return "\n".join(out)

    __str__ = text

    def __repr__(self) -> str:
        return self.text()

    def _repr_html_(self) -> str:
        from ..render.html import highlight_html

        colour = "#2e7d32" if self.passed else "#c62828"
        title = html.escape(self.title or ("Looks ready." if self.passed else "Not yet."))
        parts = [
            f'<div class="tps-feedback" style="font-family:sans-serif;line-height:1.5;border-left:4px solid '
            f'{colour};padding:4px 10px">',
            f'<div style="font-weight:bold;color:{colour}">{title}</div>',
        ]
        if self.review is not None and self.review.text:
            shown = [f for f in self.review.findings if LEVEL_RANK[f.level] >= LEVEL_RANK["warning"]]
            parts.append(
                '<div style="border:1px solid #ddd;padding:6px;margin:4px 0;white-space:pre-wrap">'
                f"{highlight_html(self.review.text, shown)}</div>"
            )
        if self.problems:
            items = []
            for p in self.problems:
                head = f"<code>{html.escape(p.rule)}</code> " if p.rule else ""
                where = f"at “<b>{html.escape(short(p.quote))}</b>”: " if p.quote else ""
                fix = (
                    f"<div style='color:#555'>How to fix: {html.escape(p.fix)}</div>"
                    if p.fix and p.fix not in p.message
                    else ""
                )
                items.append(f"<li>{head}{where}{html.escape(p.message)}{fix}</li>")
            parts.append("<ol>" + "".join(items) + "</ol>")
        if self.notes:
            parts.append(
                "<ul style='color:#555'>"
                + "".join(f"<li>{html.escape(n)}</li>" for n in self.notes)
                + "</ul>"
            )
        parts.append("</div>")
        return "".join(parts)


def short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def collect(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> list[Problem]:
    """The problems ``fn`` finds; an AnswerError raised on the way (empty answer ...) counts as its problems.

    ``fn`` returns a list of problems, or a tuple whose first item is that list.
    """
    try:
        found = fn(*args, **kwargs)
    except AnswerError as e:
        return e.problems
    return found[0] if isinstance(found, tuple) else found
