"""``tpstrain schema``: the JSON Schema of a policy file, a post or a review."""

from __future__ import annotations

import argparse
import json
from typing import Any

EXIT_OK = 0


def add_parser(sub: Any) -> None:
    s = sub.add_parser("schema", help="print the JSON Schema of a policy file (or of a post)")
    s.add_argument("what", nargs="?", choices=("policy", "post", "review"), default="policy")


def run(args: argparse.Namespace) -> int:
    from pydantic import BaseModel

    from ..models import Post
    from ..review import Review
    from ..rules import PolicyFile

    models: dict[str, type[BaseModel]] = {"policy": PolicyFile, "post": Post, "review": Review}
    model = models[args.what]
    print(json.dumps(model.model_json_schema(), indent=2))
    return EXIT_OK
