"""``tpstrain check``: check one post (text, a file, a Post as JSON, or standard input)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any, TextIO

from ..errors import InputError
from ..quick import quick_check
from .inputs import policy_from, post_json, read_stdin, read_text_file, surrogate_error

EXIT_OK, EXIT_BLOCK = 0, 1


def add_parser(sub: Any) -> None:
    c = sub.add_parser(
        "check",
        help="check one post",
        description="Check one post. Exit 0: ok or revise; 1: block; 2: bad input.",
    )
    c.add_argument("text", nargs="?", help="the post text, or - to read standard input")
    src = c.add_mutually_exclusive_group()
    src.add_argument("--file", "-f", help="read the post text from a file")
    src.add_argument("--post", help="read a Post as JSON (text, platform, media, author, account ...)")
    c.add_argument("--platform", "-p", help="x, facebook, instagram or youtube (default: x, or the post's)")
    c.add_argument("--policy", help="policy file (YAML); default: the model policy")
    c.add_argument("--format", choices=("text", "json"), default="text")
    c.add_argument("--colour", "--color", choices=("auto", "always", "never"), default="auto")


def _colour(choice: str, stream: TextIO) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return hasattr(stream, "isatty") and stream.isatty()


def run(args: argparse.Namespace) -> int:
    from ..api import check

    if args.post:
        raw = read_stdin() if args.post == "-" else read_text_file(args.post)
        post: str | dict[str, Any] = post_json(raw, "standard input" if args.post == "-" else args.post)
        if args.text is not None:
            raise InputError("give the text or --post, not both")
    elif args.file:
        if args.text is not None:
            raise InputError("give the text or --file, not both")
        post = read_text_file(args.file)
    elif args.text is None or args.text == "-":
        if args.text is None and sys.stdin.isatty():
            raise InputError("no post: give the text, --file F, --post POST.json, or - for standard input")
        post = read_stdin()
    else:
        post = args.text
        err = surrogate_error(args.text, "the text", argv=True)
        if err is not None:
            raise err
    quick = (
        quick_check(post, args.platform, args.format, _colour(args.colour, sys.stdout))
        if isinstance(post, str) and args.policy is None
        else None
    )
    if quick is not None:
        review, out = quick
    else:
        review = check(post, platform=args.platform, policy=policy_from(args.policy))
        if args.format == "json":
            out = review.model_dump_json(exclude={"text"}, indent=2)
        else:
            out = review.format(colour=_colour(args.colour, sys.stdout))
    print(out)
    return EXIT_BLOCK if review.verdict == "block" else EXIT_OK
