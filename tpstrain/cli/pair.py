"""``tpstrain pair``: compare an English post and its French version (same language each, same facts)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from .inputs import read_text_file, surrogate_error

EXIT_OK, EXIT_BLOCK = 0, 1


def add_parser(sub: Any) -> None:
    pr = sub.add_parser(
        "pair",
        help="compare an English post and its French version",
        description="Check that an English post and its French version are each in their language "
        "and carry the same facts (numbers, phone numbers, times, dates, streets, links, "
        "hashtags). Exit 0: they match; 1: a difference; 2: bad input.",
    )
    pr.add_argument("english", help="the English text (or, with --files, a file holding it)")
    pr.add_argument("french", help="the French text (or, with --files, a file holding it)")
    pr.add_argument("--files", action="store_true", help="read both versions from files")
    pr.add_argument("--format", choices=("text", "json"), default="text")


def run(args: argparse.Namespace) -> int:
    from ..pairs import check_pair

    texts = []
    for value, name in ((args.english, "the English text"), (args.french, "the French text")):
        text = read_text_file(value) if args.files else value
        err = surrogate_error(text, name, argv=not args.files)
        if err is not None:
            raise err
        texts.append(text)
    review = check_pair(*texts)
    print(
        json.dumps(review.to_dict(), ensure_ascii=False, indent=2) if args.format == "json" else review.text()
    )
    return EXIT_OK if review.ok else EXIT_BLOCK
