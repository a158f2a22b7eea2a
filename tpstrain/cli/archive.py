"""An archive of posts (JSONL or CSV, a file or a pipe) read one line at a time: a bad line is reported
with its number and skipped, never fatal."""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from collections.abc import Iterator
from typing import Any

from ..errors import InputError
from .inputs import json_value_error, open_input, strings_error

MAX_LINE = 1_000_000  # bytes in one archive line
Row = str | dict[str, Any]  # a post: its text, or its fields
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")


def _streamable(st: os.stat_result) -> bool:
    """A pipe or a socket: read line by line as it comes (``tpstrain audit <(zcat posts.jsonl.gz)``)."""
    return stat.S_ISFIFO(st.st_mode) or stat.S_ISSOCK(st.st_mode)


def _is_dev_null(st: os.stat_result) -> bool:
    try:
        null = os.stat(os.devnull)
    except OSError:
        return False
    return stat.S_ISCHR(st.st_mode) and st.st_rdev == null.st_rdev


class Archive:
    """An archive read as bytes, one line at a time. ``pos`` counts the bytes consumed so far, exactly (the
    progress bar's position); each line is decoded on its own, so a bad line is reported with its number and
    skipped, never fatal. Memory stays bounded: one line of at most ``MAX_LINE`` bytes at a time."""

    def __init__(self, path: str):
        self.path, self.pos, self.size = path, 0, None
        if path == "-":
            self.stream, self.is_csv = sys.stdin.buffer, False
            try:
                st = os.fstat(sys.stdin.fileno())
            except (OSError, ValueError, AttributeError):  # no real standard input (a test's stand-in)
                return
            if not _streamable(st) and not sys.stdin.isatty() and not _is_dev_null(st):
                raise InputError("standard input is a device, not an archive (give a file, or pipe one in)")
            return
        fd, st = open_input(path)
        if not (stat.S_ISREG(st.st_mode) or _streamable(st)):
            os.close(fd)
            what = "is a directory" if stat.S_ISDIR(st.st_mode) else "is not a regular file or a pipe"
            raise InputError(f"{path}: {what}, not an archive")
        if not stat.S_ISREG(st.st_mode):  # a pipe: opened without waiting for a writer, now read as it comes
            import fcntl

            fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)
        self.stream = open(fd, "rb")  # noqa: SIM115 - closed by close()
        self.size = st.st_size if stat.S_ISREG(st.st_mode) else None
        self.is_csv = path.lower().endswith(".csv")

    def close(self) -> None:
        if self.stream is not sys.stdin.buffer:
            self.stream.close()

    def lines(self) -> Iterator[tuple[int, bytes | None]]:
        """(line number, raw bytes), or None for a line longer than MAX_LINE bytes (read past, not kept)."""
        readline, n = self.stream.readline, 0
        while raw := readline(MAX_LINE + 1):
            n += 1
            self.pos += len(raw)
            if len(raw) > MAX_LINE and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):
                    raw = readline(1 << 16)
                    self.pos += len(raw)
                yield n, None
                continue
            if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]  # a byte-order mark
            yield n, raw

    def rows(self) -> Iterator[tuple[int, Row | InputError]]:
        """Yield (line number, post text or dict, or the error for that line)."""
        if self.is_csv:
            yield from self._csv_rows()
            return
        for n, raw in self.lines():
            if raw is None:
                yield n, InputError(f"line {n}: longer than {MAX_LINE:,} bytes")
                continue
            try:
                line = raw.decode("utf-8").strip()
            except UnicodeDecodeError as e:
                yield n, InputError(f"line {n}: not UTF-8 text (byte {e.start + 1} of the line)")
                continue
            if line:
                yield n, _archive_line(line, n)

    def _csv_rows(self) -> Iterator[tuple[int, Row | InputError]]:
        """Rows of a CSV archive, read strictly: a quote that is never closed, or closed and followed by
        more text, is an error for its row, reported with the row's first line; the lines after that first
        line are read again as rows of their own, so one stray quote never swallows the rest."""
        import csv
        from collections import deque

        csv.field_size_limit(MAX_LINE)
        pending: list[tuple[int, InputError]] = []
        taken: list[
            tuple[int, str]
        ] = []  # the physical lines of the row being read (at most ~MAX_LINE bytes)
        replay: deque[tuple[int, str]] = deque()  # lines to read again after a broken row
        source = self.lines()
        budget = [64 * MAX_LINE]  # characters read again in all; past it, a broken row's lines are dropped

        def text_lines() -> Iterator[str]:
            while True:
                if replay:
                    n, line = replay.popleft()
                else:
                    item = next(source, None)
                    if item is None:
                        return
                    n, raw = item
                    if raw is None:
                        pending.append((n, InputError(f"line {n}: longer than {MAX_LINE:,} bytes")))
                        line = "\n"
                    else:  # undecodable bytes ride along as lone surrogates; their row is reported below
                        line = raw.decode("utf-8", "surrogateescape")
                taken.append((n, line))
                yield line

        reader = csv.reader(text_lines(), strict=True)
        try:
            header = next(reader, [])
        except csv.Error as e:
            raise InputError(f"{self.path}: line 1: not a CSV header ({e})") from None
        taken.clear()
        if "text" not in header:
            found = ", ".join(h.encode("utf-8", "replace").decode() for h in header) or "none"
            raise InputError(f"{self.path}: a CSV archive needs a 'text' column (found: {found})")
        cols = {name: header.index(name) for name in ("text", "platform", "title") if name in header}
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as e:
                yield from pending
                pending.clear()
                first, again = (taken[0][0], taken[1:]) if taken else (reader.line_num, [])
                taken.clear()
                size = sum(len(line) for _, line in again)
                if size <= budget[0]:
                    budget[0] -= size
                    replay.extendleft(reversed(again))
                    more = f"; lines {first + 1} to {again[-1][0]} are read again as rows" if again else ""
                else:
                    more = f"; lines {first + 1} to {again[-1][0]} are skipped"
                yield first, InputError(f"line {first}: {_csv_problem(e)}{more}")
                reader = csv.reader(text_lines(), strict=True)  # a fresh reader: no quote left open
                continue
            yield from pending
            pending.clear()
            n = taken[-1][0] if taken else reader.line_num  # a row's number is its last line
            taken.clear()
            if not row or not any(row):
                continue
            if len(row) > len(header):
                yield n, InputError(f"line {n}: {len(row)} fields for {len(header)} columns")
                continue
            try:
                "".join(row).encode("utf-8")
            except UnicodeEncodeError:
                yield n, InputError(f"line {n}: not UTF-8 text")
                continue
            yield n, {k: row[i] for k, i in cols.items() if i < len(row) and row[i]}
        yield from pending


def _csv_problem(e: Exception) -> str:
    msg = str(e)
    if "unexpected end of data" in msg:
        return "CSV error: a quoted field is never closed"
    if "field larger than field limit" in msg:
        return f"CSV error: a field longer than {MAX_LINE:,} bytes (a quote never closed?)"
    if "expected after" in msg:
        return f'CSV error: a quote is not closed properly ({msg}; a quote inside a quoted field is written twice: "")'
    return f"CSV error: {msg}"


def _archive_line(line: str, n: int) -> Row | InputError:
    """One stripped JSONL line: a post object, a JSON string, or plain text; anything else is an error."""
    if line[0] in '{["' or line in ("true", "false", "null") or _NUMBER.fullmatch(line):
        try:
            value = json.loads(line)
        except json.JSONDecodeError as e:
            if line[0] == "[":
                return line  # plain text that starts with a bracket: "[Update] Road closed"
            return InputError(f"line {n}: invalid JSON at column {e.colno}: {e.msg}")
        except RecursionError:
            return InputError(f"line {n}: JSON nested too deeply")
        except ValueError as e:  # an integer of more than 4,300 digits
            return InputError(f"line {n}: {json_value_error(e)}")
        if isinstance(value, dict | str):
            return strings_error(value, f"line {n}") or value
        kind = {list: "an array", bool: "true or false", type(None): "null"}.get(type(value), "a number")
        return InputError(
            f"line {n}: a JSON value that is {kind}, not a post (give an object with 'text', or the text)"
        )
    return line
