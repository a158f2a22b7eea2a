"""The ``tpstrain`` command: one module per command (check, audit, rules, pair, schema), and the course
tools (:mod:`tpstrain.course.cli`) when installed. Every error is one line on standard error, exit 2."""

from __future__ import annotations

import argparse
import errno
import os
import sys
from typing import NoReturn

from ..errors import InputError, TpsError
from . import audit, check, pair, rules, schema
from .archive import MAX_LINE

__all__ = ["MAX_LINE", "main"]

EXIT_USAGE = 2
EXIT_PIPE = 141  # the reader of our output went away (`| head -1`): 128 + SIGPIPE, as a shell reports it
COMMANDS = {"check": check, "audit": audit, "rules": rules, "pair": pair, "schema": schema}  # --help order


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit 2
        raise InputError(f"{message} (see '{self.prog} --help')")


def _parser(with_course: bool = False) -> argparse.ArgumentParser:
    p = _Parser(
        prog="tpstrain", description="Check police social-media posts against a clear, customizable policy."
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for command in COMMANDS.values():
        command.add_parser(sub)
    if with_course:
        try:
            from ..course.cli import add_course_parser
        except ImportError as e:  # the course tools need the 'course' extra
            raise InputError(
                f"the course tools need the course extra: pip install 'tpstrain[course]' ({e})"
            ) from None
        add_course_parser(sub)
    else:  # listed in --help; its own parser (and nbgrader) loads only when it is used
        sub.add_parser(
            "course",
            help="instructor tools: generate, release, collect, autograde, report, certify",
            add_help=False,
        )
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        parser = _parser(with_course=bool(argv) and argv[0] == "course")
        args = parser.parse_args(argv)
        if not args.command:
            parser.print_help()
            return EXIT_USAGE
        command = COMMANDS.get(args.command)
        handler = command.run if command is not None else args.handler
        code: int = handler(args)
        sys.stdout.flush()  # a full disk or a closed pipe shows here, not in the interpreter's exit
        return code
    except TpsError as e:
        print(f"tpstrain: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("tpstrain: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader has all it wanted: no message, and not a verdict
        _drop_stdout()
        return EXIT_PIPE
    except UnicodeEncodeError as e:  # an output encoding that cannot hold the text (PYTHONIOENCODING=ascii)
        if e.encoding.replace("-", "").lower() == "utf8":  # not the output's encoding: a bug, shown as such
            raise
        _drop_stdout()
        print(
            f"tpstrain: error: cannot write the output as {e.encoding}: set PYTHONIOENCODING=utf-8",
            file=sys.stderr,
        )
        return EXIT_USAGE
    except OSError as e:  # writing the output failed: disk full (/dev/full), an I/O error
        if (
            e.filename is not None or e.errno not in _OUTPUT_ERRNOS
        ):  # not an output error: a bug, shown as such
            raise
        _drop_stdout()
        print(f"tpstrain: error: cannot write the output: {e.strerror or e}", file=sys.stderr)
        return EXIT_USAGE


_OUTPUT_ERRNOS = {errno.ENOSPC, errno.EIO, errno.EFBIG, errno.EDQUOT, errno.EPIPE}


def _drop_stdout() -> None:
    """Point standard output at /dev/null, so the interpreter's last flush of what is left in its buffer
    fails no more (that would print a traceback-like message and exit 120)."""
    try:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, sys.stdout.fileno())
        os.close(fd)
    except (OSError, ValueError, AttributeError):  # no real standard output (a test's stand-in)
        pass
