"""``tpstrain rules``: list a policy's rules, or explain one (text, JSON or Markdown)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..errors import InputError
from .inputs import policy_from

EXIT_OK = 0


def add_parser(sub: Any) -> None:
    r = sub.add_parser("rules", help="list the rules, or explain one")
    r.add_argument("id", nargs="?", help="a rule id, e.g. clarity.jargon")
    r.add_argument("--policy", help="policy file (YAML)")
    r.add_argument("--category", help="only rules of this category")
    r.add_argument("--format", choices=("text", "json", "markdown"), default="text")


def run(args: argparse.Namespace) -> int:
    from ..render.text import format_rule

    policy = policy_from(args.policy)
    if args.id:
        try:
            rule = policy.rule(args.id)
        except KeyError:
            close = [r.id for r in policy.rules if args.id.split(".")[-1] in r.id][:3]
            hint = f"; did you mean {', '.join(close)}?" if close else "; 'tpstrain rules' lists them"
            raise InputError(f"no rule '{args.id}'{hint}") from None
        if args.format == "json":
            print(rule.model_dump_json(indent=2))
        elif args.format == "markdown":
            from ..render.markdown import rule_markdown

            print(rule_markdown(rule))
        else:
            print(format_rule(rule))
        return EXIT_OK
    rules = [r for r in policy.rules if not args.category or r.category == args.category]
    if args.format == "json":
        print(json.dumps([r.model_dump(mode="json") for r in rules], indent=2, ensure_ascii=False))
    elif args.format == "markdown":
        from ..render.markdown import policy_markdown

        print(policy_markdown(policy))
    else:
        width = max((len(r.id) for r in rules), default=10)
        for r in rules:
            off = "" if r.enabled else "  (disabled)"
            print(f"{r.id:<{width}}  {r.level:<10}  {r.title}{off}")
        print(f"\n{len(rules)} rules. 'tpstrain rules ID' explains one.")
    return EXIT_OK
