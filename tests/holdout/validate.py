"""Stdlib-only check of a held-out file (posts.jsonl, blind2.jsonl): JSON per line, keys, ids, types, categories,
verdicts, counts."""

import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

TYPES = {
    "traffic",
    "missing",
    "arrest",
    "event",
    "tip",
    "recruiting",
    "crisis",
    "community",
    "court",
    "youth",
    "campaign",
    "weather",
}
CATS = {"clarity", "sensitivity", "privacy", "legal", "platform", "tone", "accessibility", "authorization"}
PLATFORMS = {"x", "facebook", "instagram", "youtube"}
KINDS = {"corporate", "unit", "official_individual", "personal"}
NOW = dt.datetime.fromisoformat("2026-11-24T10:00-05:00")


def main(path: Path) -> int:
    errors, ids = [], set()
    by_type, by_cat, clean = Counter(), Counter(), 0
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: not JSON ({e})")
            continue
        where = f"line {n} ({row.get('id')})"
        if (
            not {"id", "type", "expect", "post"}
            <= set(row)
            <= {"id", "type", "expect", "post", "verdict", "note"}
        ):
            errors.append(f"{where}: keys {sorted(row)}")
            continue
        if row["id"] in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(row["id"])
        if row["type"] not in TYPES:
            errors.append(f"{where}: bad type")
        if not re.fullmatch(
            rf"(?:h|h4|b|b[1-9]\d{{0,2}})-{row['type']}-\d{{3}}",
            row["id"],
        ):
            errors.append(f"{where}: id does not match type")
        if not isinstance(row["expect"], list) or not set(row["expect"]) <= CATS:
            errors.append(f"{where}: bad expect")
        if "verdict" in row and row["verdict"] not in {"ok", "revise", "block"} | (
            {"ok"} if not row["expect"] else set()
        ):
            errors.append(f"{where}: bad verdict")
        if "verdict" in row and (row["verdict"] == "ok") != (not row["expect"]):
            errors.append(f"{where}: verdict ok means expect []")
        post = row["post"]
        if not isinstance(post.get("text"), str) or not post["text"]:
            errors.append(f"{where}: text missing")
        if post.get("platform", "x") not in PLATFORMS:
            errors.append(f"{where}: bad platform")
        for m in post.get("media", []):
            if m.get("kind") not in {"image", "video", "gif"}:
                errors.append(f"{where}: bad media kind")
        acc = post.get("account")
        if acc is not None and (
            acc.get("kind") not in KINDS or acc.get("platform") != post.get("platform", "x")
        ):
            errors.append(f"{where}: bad account")
        # a post with an author is judged on the set's day: its own created_at, or none (the report dates it)
        if (
            "author" in post
            and post.get("created_at")
            and dt.datetime.fromisoformat(post["created_at"]) != NOW
        ):
            errors.append(f"{where}: author post dated other than {NOW}")
        by_type[row["type"]] += 1
        for c in row["expect"]:
            by_cat[c] += 1
        clean += not row["expect"]
    print("posts", len(ids), "clean", clean)
    print("per type", dict(sorted(by_type.items())))
    print("per category", dict(sorted(by_cat.items())))
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("posts.jsonl"))))
