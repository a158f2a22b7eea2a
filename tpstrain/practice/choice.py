"""Multiple-choice checks: one right answer, and an explanation for every option."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .shown import Shown

LETTERS = "ABCDEFGHIJ"


def index_of(key: Any, options: Sequence[str], what: str) -> int:
    """The index of an option given by letter, text or index; a ValueError naming the choices."""
    if isinstance(key, bool):
        raise ValueError(f"{what}: give an option's letter, text or index, not {key!r}")
    if isinstance(key, int):
        if 0 <= key < len(options):
            return key
        raise ValueError(f"{what}: no option {key} (there are {len(options)})")
    if isinstance(key, str):
        k = key.strip()
        if k in options:
            return options.index(k)
        if len(k) == 1 and k.upper() in LETTERS[: len(options)]:
            return LETTERS.index(k.upper())
    raise ValueError(f"{what}: {key!r} is not one of the options ({', '.join(LETTERS[: len(options)])})")


@dataclass
class Choice(Shown):
    """A multiple-choice check: one right answer, and an explanation for every option."""

    question: str
    options: list[str]
    answer: int
    why: list[str]

    def is_right(self, option: Any) -> bool:
        return index_of(option, self.options, "pick") == self.answer

    def feedback(self, option: Any) -> tuple[bool, str]:
        """(right?, what to say) for a picked option: the right one's reason, or why a distractor is wrong."""
        i = index_of(option, self.options, "pick")
        if i == self.answer:
            return True, f"Right. {self.why[i]}"
        return False, f"Not quite. {self.why[i]} Try again."

    def pick(self, option: Any) -> str:
        """Pick an option by letter (``"B"``), text or index; returns the feedback."""
        return self.feedback(option)[1]

    def text(self) -> str:
        lines = [f"Check: {self.question}"]
        lines += [f"  {LETTERS[i]}. {o}" for i, o in enumerate(self.options)]
        lines.append("Pick one: run .pick('A') (or B, C ...) on this check to see whether you are right.")
        return "\n".join(lines)


def choice(
    question: str, options: Sequence[str], answer: Any, why: Mapping[Any, str] | Sequence[str]
) -> Choice:
    """A multiple-choice check: radio buttons in JupyterLab, with feedback that explains each option.

    ``options`` are the answers shown (A, B, C ...); ``answer`` is the right one (its letter, text or index);
    ``why`` explains every option, keyed by letter, text or index (or a list in the order of ``options``):
    for a distractor, the mistake it stands for and why it is wrong; for the answer, why it is right.
    """
    opts = [" ".join(str(o).split()) for o in options]
    if not 2 <= len(opts) <= len(LETTERS):
        raise ValueError(f"a check needs 2 to {len(LETTERS)} options, not {len(opts)}")
    if len(set(opts)) != len(opts):
        raise ValueError("two options are the same")
    right = index_of(answer, opts, "answer")
    reasons: list[str | None] = [None] * len(opts)
    if isinstance(why, Mapping):
        for k, v in why.items():
            reasons[index_of(k, opts, "why")] = " ".join(str(v).split())
    else:
        if len(why) != len(opts):
            raise ValueError(f"why: give one explanation per option ({len(opts)}), not {len(why)}")
        reasons = [" ".join(str(v).split()) for v in why]
    missing = [LETTERS[i] for i, r in enumerate(reasons) if not r]
    if missing:
        raise ValueError(
            f"why: explain every option, so a wrong pick teaches something (missing: {', '.join(missing)})"
        )
    return Choice(" ".join(question.split()), opts, right, [r or "" for r in reasons])
