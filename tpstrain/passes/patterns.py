"""Policy patterns, compiled once with RE2 (linear time), and one RE2 Set pass that says which can match a post."""

from __future__ import annotations

from typing import Any

from ..errors import PolicyError


def compile_pattern(regex: str, ignore_case: bool, where: str, capture: bool = False) -> Any:
    """Compile with RE2, so no pattern can backtrack; a bad pattern is a one-line PolicyError."""
    import re2

    opts = re2.Options()
    opts.case_sensitive = not ignore_case
    opts.log_errors = False  # the error is reported once, below, not also on stderr by RE2
    opts.max_mem = 8 << 20
    # Only whole-match spans are used: with no capture groups RE2 finds both ends with its DFA, instead of
    # tracking every group (a 100 KB post against "(\w+\s*){500}x" took 3 s with groups, 0.05 s without).
    opts.never_capture = not capture
    try:
        rx = re2.compile(regex, opts)
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


class PatternSet:
    """Every RE2 pattern of the policy in RE2 Sets: one pass over a post says which can match, so only those
    run (most posts match none).

    The patterns are split into Sets of ``SHARD`` patterns. One Set of the model policy's 128 patterns needs
    more DFA states than its 64 MB hold, so RE2 kept dropping and rebuilding them (0.2-0.4 ms a post even on
    posts seen before, a fifth to a third of a check). Four Sets of 32, each allowed what the one Set was,
    keep theirs (about 25 us a post seen before, less memory in all than the one Set took) and say the same."""

    SHARD = 32
    SHARD_MEM = 64 << 20

    def __init__(self) -> None:
        self._sets: list[Any] = []
        self.size = 0

    def add(self, regex: str, ignore_case: bool, where: str) -> int:
        import re2

        if self.size == len(self._sets) * self.SHARD:  # the last Set is full (or there is none yet)
            opts = re2.Options()
            opts.log_errors = False
            opts.max_mem = self.SHARD_MEM
            self._sets.append(re2.Set.SearchSet(opts))
        try:
            self._sets[-1].Add(("(?i)" if ignore_case else "") + regex)
        except Exception:  # re2.error: let compile_pattern word it as a one-line PolicyError
            compile_pattern(regex, ignore_case, where)
            raise
        self.size += 1
        return self.size - 1

    def compile(self) -> None:
        for one in self._sets:
            one.Compile()

    # RE2's Set answers "no match" also when it gives up (its DFA runs out of memory), so it is asked only
    # where it cannot give up in practice: a few hundred patterns, a post of ordinary length. Otherwise
    # every pattern runs on its own (still linear time).
    MAX_PATTERNS = 400
    MAX_TEXT = 20_000

    def matches(self, text: str) -> frozenset[int] | _Everything:
        if not self.size:
            return frozenset()
        if self.size > self.MAX_PATTERNS or len(text) > self.MAX_TEXT:
            return EVERYTHING
        data = text.encode()  # once for every Set
        hits: list[int] = []
        for k, one in enumerate(self._sets):
            hits += [k * self.SHARD + index for index in one.Match(data) or ()]
        return frozenset(hits)


class _Everything:
    """Stands for "every pattern may match" where the prefilter is not used."""

    def __contains__(self, item: object) -> bool:
        return True

    def __and__(self, other: object) -> bool:
        return True

    __rand__ = __and__


EVERYTHING = _Everything()
