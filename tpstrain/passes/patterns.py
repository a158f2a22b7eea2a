"""Policy patterns, compiled once with RE2 (linear time), and one RE2 Set pass that says which can match a post."""

from __future__ import annotations

import re
from typing import Any

from ..errors import PolicyError


def _re2(regex: str, ignore_case: bool, capture: bool = False) -> Any:
    """``regex`` compiled by RE2 with the policy's options (raises re2.error)."""
    import re2

    opts = re2.Options()
    opts.case_sensitive = not ignore_case
    opts.log_errors = False  # an error is reported once, by the caller, not also on stderr by RE2
    opts.max_mem = 8 << 20
    # Only whole-match spans are used: with no capture groups RE2 finds both ends with its DFA, instead of
    # tracking every group (a 100 KB post against "(\w+\s*){500}x" took 3 s with groups, 0.05 s without).
    opts.never_capture = not capture
    return re2.compile(regex, opts)


def compile_pattern(regex: str, ignore_case: bool, where: str, capture: bool = False) -> Any:
    """Compile with RE2, so no pattern can backtrack; a bad pattern is a one-line PolicyError."""
    try:
        rx = _re2(regex, ignore_case, capture)
    except Exception as e:  # re2.error
        detail = e.args[0] if e.args else e
        if isinstance(detail, bytes):
            detail = detail.decode("utf-8", "replace")
        raise PolicyError(
            f"{where}: invalid pattern {regex!r}: {detail} (RE2 syntax: no look-arounds or back-references)"
        ) from None
    if rx.programsize > MAX_PROGRAM:
        raise PolicyError(
            f"{where}: pattern too complex ({rx.programsize:,} RE2 instructions; the limit is {MAX_PROGRAM:,}): "
            "use fewer or smaller repeats, or split it into several patterns"
        )
    return rx


class OnFirstUse:
    """A pattern of the shipped model policy, compiled when a post first needs it: a cold ``tpstrain check``
    compiles only the patterns its post can match (the tests compile and check every one of them)."""

    __slots__ = ("args", "rx")

    def __init__(self, regex: str, ignore_case: bool, where: str, capture: bool = False) -> None:
        self.args: tuple[str, bool, str, bool] = (regex, ignore_case, where, capture)
        self.rx: Any = None

    def __getattr__(self, name: str) -> Any:  # finditer, search, groups: the compiled pattern's own
        if self.rx is None:
            self.rx = compile_pattern(*self.args)
        return getattr(self.rx, name)


# RE2 runs in time linear in the text, times the size of the compiled pattern: a counted repeat such as
# "(\w+\s*){500}x" compiles to 4,504 instructions and takes seconds on a 100 KB post. The largest pattern
# in the model policy compiles to under 2,800.
MAX_PROGRAM = 3000


# A counted repeat with a wide upper bound: "[^.!?\n]{0,60}?", "[^\n]{0,160}?" (a gap of up to so many characters)
_COUNTED = re.compile(r"\{\d*,(\d+)\}")


def gap_of(regex: str) -> int:
    """The widest upper bound of a counted repeat in ``regex`` (0: none): how many characters one pattern may
    keep open at once, which is what multiplies an RE2 Set's DFA states."""
    return max(map(int, _COUNTED.findall(regex)), default=0)


class PatternSet:
    """Every RE2 pattern of the policy in RE2 Sets: one pass over a post says which can match, so only those
    run (most posts match none).

    A Set's DFA needs a state for each mix of places its patterns can be in at once, so its states grow much
    faster than its patterns; past its 64 MB, RE2 drops and rebuilds them on every post (one Set of the model
    policy's 128 patterns: 0.2-0.4 ms a post, a fifth to a third of a check). What multiplies them is a wide
    gap ("[^\\n]{0,160}?"): so the patterns go to Sets by the widest counted repeat they hold (``gap_of``),
    ``3 * SHARD`` narrow ones (under 10) to a Set, ``SHARD`` with a gap under 100, ``SHARD // 4`` wider.
    The model policy's 214 patterns (with the detectors' prechecks) take 4 Sets, not 7 of 32 taken in order,
    whose second (a gap of 160 among 31 narrow patterns) kept overflowing; 178 narrow patterns in one Set
    overflow too, 89 do not. Over the texts of all 23,644 dev, held-out and real posts in one process the Set
    pass took about 98 us a text the first time through and 20 us the second, against 110 and 58-72 us, for
    about the same memory (their DFA states grow by some 140 MB over those posts either way). The Sets say the
    same whatever the grouping: each index is kept with its Set."""

    SHARD = 32  # patterns with a gap of 10 to 99 to a Set; three times as many narrow ones, a quarter as many wider
    SHARD_MEM = 64 << 20

    def __init__(self) -> None:
        self._sets: list[tuple[Any, list[int]]] = []  # (Set, the index of each of its patterns)
        self._open: dict[int, tuple[Any, list[int]]] = {}  # the Set each class adds to now
        # each pattern on its own (regex, ignore case), for a text the Sets are not asked about
        self._one: list[tuple[str, bool]] = []
        self._each: list[Any] | None = None  # those compiled, on first use
        self.size = 0

    def add(self, regex: str, ignore_case: bool, where: str) -> int:
        import re2

        gap = gap_of(regex)
        # (class, patterns a Set of the class holds): no counted repeat wider than 9, a gap of 10 to 99, wider
        kind, room = (
            (0, 3 * self.SHARD) if gap < 10 else (1, self.SHARD) if gap < 100 else (2, self.SHARD // 4)
        )
        current = self._open.get(kind)
        if current is None or len(current[1]) >= room:  # this class's Set is full (or there is none yet)
            opts = re2.Options()
            opts.log_errors = False
            opts.max_mem = self.SHARD_MEM
            current = self._open[kind] = (re2.Set.SearchSet(opts), [])
            self._sets.append(current)
        try:
            current[0].Add(("(?i)" if ignore_case else "") + regex)
        except Exception:  # re2.error: let compile_pattern word it as a one-line PolicyError
            compile_pattern(regex, ignore_case, where)
            raise
        current[1].append(self.size)
        self._one.append((regex, ignore_case))
        self._each = None
        self.size += 1
        return self.size - 1

    def compile(self) -> None:
        for one, _ in self._sets:
            one.Compile()

    def _compiled(self) -> list[Any]:
        """Each pattern compiled on its own, as the Sets hold it (RE2, no captures)."""
        if self._each is None:  # (no size check: the Sets hold the policy's own larger patterns too)
            self._each = [_re2(regex, ignore_case) for regex, ignore_case in self._one]
        return self._each

    # RE2's Set answers "no match" also when it gives up (its DFA runs out of memory), so it is asked only
    # where it cannot give up in practice: Sets of at most a hundred patterns (see ``add``), a post of ordinary
    # length. Otherwise each pattern is searched on its own (still linear time), so the answer is the same:
    # rules read it as a fact ("no young age in this post"), not only as a shortcut.
    MAX_PATTERNS = 1000
    MAX_TEXT = 20_000

    def matches(self, text: str) -> frozenset[int]:
        if not self.size:
            return frozenset()
        if self.size > self.MAX_PATTERNS or len(text) > self.MAX_TEXT:
            return frozenset(k for k, rx in enumerate(self._compiled()) if rx.search(text))
        data = text.encode()  # once for every Set
        hits: list[int] = []
        for one, indexes in self._sets:
            hits += [indexes[k] for k in one.Match(data) or ()]
        return frozenset(hits)
