"""Reading what a command is given: a post's text from a file or standard input, a post as JSON, a policy;
every problem is one InputError line, and no device, FIFO or huge file is read until memory runs out."""

from __future__ import annotations

import json
import os
import stat
import sys
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..passes.tokenize import MAX_TEXT

if TYPE_CHECKING:
    from ..policy import Policy


def policy_from(path: str | None) -> Policy:
    """The policy in ``path``, or the shared model policy."""
    from ..policy import shared_policy

    return shared_policy(path)


def open_input(path: str) -> tuple[int, os.stat_result]:
    """Open a file to read without waiting: a FIFO with no writer would block ``open`` forever."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as e:
        raise InputError(f"{path}: {e.strerror or e}") from None
    return fd, os.fstat(fd)


def read_text_file(path: str) -> str:
    """A post's text (or JSON) from a regular file of bounded size: a device (/dev/zero), a FIFO or a
    directory is refused on one line, never read until memory or patience runs out."""
    fd, st = open_input(path)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        what = "a directory" if stat.S_ISDIR(st.st_mode) else "not a regular file"
        raise InputError(f"{path}: {what}; give a file, or - to read standard input")
    with open(fd, "rb") as f:
        if st.st_size > MAX_TEXT * 4:
            raise InputError(
                f"{path}: {st.st_size:,} bytes is too large for one post (at most {MAX_TEXT:,} characters)"
            )
        try:
            data = f.read(MAX_TEXT * 4 + 1)
        except OSError as e:
            raise InputError(f"{path}: {e.strerror or e}") from None
    if len(data) > MAX_TEXT * 4:  # it grew while we read
        raise InputError(f"{path}: too large for one post (at most {MAX_TEXT:,} characters)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 text (byte {e.start})") from None


def surrogate_error(text: str, where: str, argv: bool = False) -> InputError | None:
    """Text holding a lone surrogate cannot be printed or checked as it is: bytes that are not UTF-8, as
    Python passes them on from the command line (``argv``), or a JSON escape such as \\udc80. The one-line
    error for it, or None."""
    if text.isascii():
        return None
    try:
        text.encode("utf-8")
        return None
    except UnicodeEncodeError as e:
        code = ord(text[e.start])
        if argv and 0xDC80 <= code <= 0xDCFF:
            return InputError(f"{where} is not UTF-8 (byte 0x{code - 0xDC00:02x} at character {e.start + 1})")
        return InputError(f"{where}: a string holds a lone surrogate (U+{code:04X}), which is not text")


def strings_error(value: object, where: str) -> InputError | None:
    """The first lone surrogate in any string (or key) of parsed JSON (walked without recursion)."""
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            err = surrogate_error(node, where)
            if err is not None:
                return err
        elif isinstance(node, dict):
            stack.extend(node.keys())
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return None


def read_stdin() -> str:
    data = sys.stdin.buffer.read(MAX_TEXT * 4 + 1)
    if len(data) > MAX_TEXT * 4:
        raise InputError(f"standard input is too large for one post (at most {MAX_TEXT:,} characters)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"standard input is not UTF-8 text (byte {e.start})") from None


def post_json(raw: str, where: str) -> dict[str, Any]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as e:
        raise InputError(f"{where}: invalid JSON at line {e.lineno}, column {e.colno}: {e.msg}") from None
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deeply") from None
    except ValueError as e:  # an integer of more than 4,300 digits (Python's int_max_str_digits)
        raise InputError(f"{where}: {json_value_error(e)}") from None
    if not isinstance(data, dict):
        raise InputError(f"{where}: a post must be a JSON object with a 'text' field")
    err = strings_error(data, where)
    if err is not None:
        raise err
    return data


def json_value_error(e: ValueError) -> str:
    if "digits" in str(e):
        return f"a JSON number has more than {sys.get_int_max_str_digits():,} digits"
    return f"invalid JSON: {str(e).splitlines()[0] if str(e) else type(e).__name__}"
