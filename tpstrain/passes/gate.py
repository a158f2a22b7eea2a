"""A long Python pattern with an RE2 look-out in front of it: RE2 (linear time, one DFA pass) says whether the
pattern can match the text at all, and Python's ``re`` runs only where it may.

A long alternation of phrases costs Python's ``re`` a try of every branch at every position of the text (some
0.2 ms a post for the details that single a person out); most posts hold none of them. The look-out is the same
pattern made wider, so it can only say "maybe" where the pattern matches: word boundaries, anchors and
look-arounds are dropped, counted repeats are left open, and ``\\w``, ``\\d`` and ``\\s`` take their Unicode
meaning, as in Python. What cannot be widened that way (``\\W``, ``\\B``, back-references, or anything RE2 will
not compile) has no look-out: the pattern always runs. Each gated pattern is compared with its look-out over
the test corpora (tests/test_gate.py)."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any

# what each class escape becomes inside a character class, and as an element of its own
_WIDE = {"w": r"\w\p{L}\p{N}", "d": r"\p{Nd}", "s": r"\s\p{Z}\x{0b}\x{1c}-\x{1f}\x{85}"}
_ASCII = {"w": r"\w", "d": r"\d", "s": r"\s\x{0b}\x{1c}-\x{1f}"}  # the same classes, on a text of ASCII only
_DROP = set("bAZ")  # zero-width escapes: dropped (a wider pattern)
_NARROWING = set("WSDBg0123456789")  # negated classes, \B, back-references: no look-out
_COUNTED = re.compile(r"\{(\d*),(\d+)\}")
_FLAGS = ((re.IGNORECASE, "i"), (re.DOTALL, "s"), (re.MULTILINE, "m"))


def widened(regex: str, flags: int = 0, ascii_text: bool = False) -> str | None:
    """RE2 syntax for a pattern that matches wherever ``regex`` (Python's ``re``) can match, or None; with
    ``ascii_text``, only on texts of ASCII characters (a much smaller DFA)."""
    classes = _ASCII if ascii_text else _WIDE
    out: list[str] = []
    depth = 0  # group depth
    looks: list[int] = []  # the group depth of each open look-around, whose text is dropped
    in_class = False
    i, n = 0, len(regex)
    while i < n:
        c = regex[i]
        if c == "\\":
            piece = _escape(regex[i + 1 : i + 2], in_class, classes)
            if piece is None:
                return None
            i += 2
        elif in_class:
            in_class = c != "]"
            piece, i = c, i + 1
        elif c == "[":
            in_class = True
            j = i + 1 + (regex[i + 1 : i + 2] == "^")
            j += regex[j : j + 1] == "]"  # a "]" first in a class is itself
            piece, i = regex[i:j], j
        elif c == "(":
            depth += 1
            look = next((p for p in ("(?<!", "(?<=", "(?=", "(?!") if regex.startswith(p, i)), "")
            if look:
                looks.append(depth)
            piece, i = ("" if look else c), i + (len(look) or 1)
        elif c == ")":
            piece = "" if looks and looks[-1] == depth else c
            if not piece:
                looks.pop()
            depth -= 1
            i += 1
        elif c == "{" and (m := _COUNTED.match(regex, i)):  # "{0,40}" -> "*": fewer DFA states, a wider match
            low = int(m[1] or 0)
            piece, i = ("*" if low == 0 else "+" if low == 1 else f"{{{low},}}"), m.end()
        else:
            piece, i = ("" if c in "^$" else c), i + 1
        if not looks:
            out.append(piece)
    inline = "".join(f for flag, f in _FLAGS if flags & flag)
    return (f"(?{inline})" if inline else "") + "".join(out)


def _escape(e: str, in_class: bool, classes: dict[str, str]) -> str | None:
    """What ``\\`` + ``e`` becomes in the look-out (None: it cannot be widened)."""
    if e in _NARROWING:
        return None
    if e in classes:
        return classes[e] if in_class else f"[{classes[e]}]"
    return "" if e in _DROP and not in_class else "\\" + e


class Gated:
    """A compiled Python pattern whose ``finditer`` and ``search`` first ask its RE2 look-out (built on first use)."""

    __slots__ = ("_looks", "rx")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        # for a text of ASCII only, and for any text; None: not built yet; False: none (the pattern always runs)
        self._looks: list[Any] = [None, None]

    @property
    def pattern(self) -> str:
        return self.rx.pattern

    def may_match(self, text: str) -> bool:
        kind = 0 if text.isascii() else 1
        look = self._looks[kind]
        if look is None:
            look = self._looks[kind] = _look_out(self.rx, kind == 0)
        return look is False or look.search(text) is not None

    # a match from ``pos`` is a match in the text: the look-out reads the whole text (as it is read once a post)
    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.rx.finditer(text, pos, endpos) if self.may_match(text) else iter(())

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.rx.search(text, pos, endpos) if self.may_match(text) else None


def _look_out(rx: re.Pattern[str], ascii_text: bool) -> Any:
    wide = widened(rx.pattern, rx.flags, ascii_text)
    if wide is None:
        return False
    import re2

    opts = re2.Options()
    opts.log_errors = False
    opts.never_capture = True
    opts.max_mem = 64 << 20
    try:
        return re2.compile(wide, opts)
    except Exception:  # re2.error: a construct RE2 does not have
        return False


def gated(rx: re.Pattern[str]) -> Gated:
    return Gated(rx)
