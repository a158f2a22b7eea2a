"""Check the labelled development set (posts.jsonl and the batches written blind beside it) and print its counts.

Run:  python tests/devset/validate.py [path/to/posts.jsonl]
Exits 1 and lists the problems when the file breaks a rule below. Standard library only.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

TYPES = (
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
)
CATEGORIES = (
    "clarity",
    "sensitivity",
    "privacy",
    "legal",
    "platform",
    "tone",
    "accessibility",
    "authorization",
)
PLATFORMS = ("x", "facebook", "instagram", "youtube")
MEDIA_KINDS = ("image", "video", "gif", "audio")
ACCOUNT_KINDS = ("corporate", "unit", "official_individual", "personal")
POST_KEYS = {
    "text",
    "platform",
    "title",
    "media",
    "next_of_kin_notified",
    "account",
    "author",
    "links",
    "reply_to",
    "created_at",
    "scheduled_at",
    "official",
    "people",
    "official_contacts",
}

MIN_LINES = 330
MIN_CLEAN = 140
MIN_PER_CATEGORY = 22

ID_RE = re.compile(r"^(?:d\d+-)?(?P<type>[a-z]+)-(?P<n>\d{3})$")  # "d2-": a batch written blind


def _date(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def check_post(post: object, where: str) -> list[str]:
    errs: list[str] = []
    if not isinstance(post, dict):
        return [f"{where}: post must be an object"]
    unknown = set(post) - POST_KEYS
    if unknown:
        errs.append(f"{where}: unknown post keys {sorted(unknown)}")
    if not isinstance(post.get("text"), str) or not post.get("text"):
        errs.append(f"{where}: post.text must be a non-empty string")
    if post.get("platform", "x") not in PLATFORMS:
        errs.append(f"{where}: post.platform must be one of {PLATFORMS}")
    if "title" in post and not isinstance(post["title"], str):
        errs.append(f"{where}: post.title must be a string")
    if "next_of_kin_notified" in post and not isinstance(post["next_of_kin_notified"], bool):
        errs.append(f"{where}: post.next_of_kin_notified must be true or false")
    for i, m in enumerate(post.get("media", [])):
        if not isinstance(m, dict) or m.get("kind") not in MEDIA_KINDS:
            errs.append(f"{where}: media[{i}].kind must be one of {MEDIA_KINDS}")
            continue
        if m.get("alt_text") is not None and not isinstance(m["alt_text"], str):
            errs.append(f"{where}: media[{i}].alt_text must be a string or null")
        if m.get("captions") not in (None, True, False):
            errs.append(f"{where}: media[{i}].captions must be true, false or null")
    account = post.get("account")
    if account is not None:
        if not isinstance(account, dict) or not isinstance(account.get("handle"), str):
            errs.append(f"{where}: account needs a handle")
        else:
            if account.get("kind", "unit") not in ACCOUNT_KINDS:
                errs.append(f"{where}: account.kind must be one of {ACCOUNT_KINDS}")
            if account.get("platform", "x") != post.get("platform", "x"):
                errs.append(f"{where}: account.platform differs from post.platform")
            if not isinstance(account.get("authorized", []), list):
                errs.append(f"{where}: account.authorized must be a list")
    author = post.get("author")
    if author is not None:
        if (
            not isinstance(author, dict)
            or not isinstance(author.get("id"), str)
            or not isinstance(author.get("name"), str)
        ):
            errs.append(f"{where}: author needs an id and a name")
        else:
            for j, rec in enumerate(author.get("training", [])):
                if (
                    not isinstance(rec, dict)
                    or not isinstance(rec.get("module"), str)
                    or not _date(rec.get("completed_on"))
                ):
                    errs.append(f"{where}: author.training[{j}] needs module and completed_on (YYYY-MM-DD)")
                elif rec.get("expires_on") is not None and not _date(rec["expires_on"]):
                    errs.append(f"{where}: author.training[{j}].expires_on must be YYYY-MM-DD or null")
    return errs


def validate(path: Path | list[Path]) -> tuple[list[str], dict]:
    errs: list[str] = []
    seen: set[str] = set()
    by_type: Counter[str] = Counter()
    clean_by_type: Counter[str] = Counter()
    by_category: Counter[str] = Counter()
    by_size: Counter[int] = Counter()
    paths = path if isinstance(path, list) else [path]
    lines = [
        (p.name, no, line)
        for p in paths
        for no, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
    ]
    for name, no, line in lines:
        where = f"{name} line {no}"
        if not line.strip():
            errs.append(f"{where}: blank line")
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            errs.append(f"{where}: not JSON ({exc})")
            continue
        if not isinstance(row, dict):
            errs.append(f"{where}: not an object")
            continue
        missing = {"id", "type", "expect", "post"} - set(row)
        extra = set(row) - {"id", "type", "expect", "post", "note", "verdict"}
        if missing:
            errs.append(f"{where}: missing keys {sorted(missing)}")
            continue
        if extra:
            errs.append(f"{where}: unknown keys {sorted(extra)}")
        rid, rtype, expect = row["id"], row["type"], row["expect"]
        where = f"{name} line {no} ({rid})"
        if rtype not in TYPES:
            errs.append(f"{where}: type {rtype!r} not in {TYPES}")
        m = ID_RE.match(rid) if isinstance(rid, str) else None
        if not m or m["type"] != rtype:
            errs.append(f"{where}: id must be '<type>-<nnn>' matching the type")
        if rid in seen:
            errs.append(f"{where}: duplicate id")
        seen.add(rid)
        if not isinstance(expect, list) or any(c not in CATEGORIES for c in expect):
            errs.append(f"{where}: expect must be a list drawn from {CATEGORIES}")
            expect = []
        if len(set(expect)) != len(expect):
            errs.append(f"{where}: expect repeats a category")
        errs += check_post(row["post"], where)
        by_type[rtype] += 1
        by_size[len(expect)] += 1
        if not expect:
            clean_by_type[rtype] += 1
        for c in expect:
            by_category[c] += 1
    total = len(lines)
    clean = sum(clean_by_type.values())
    if total < MIN_LINES:
        errs.append(f"only {total} posts (want at least {MIN_LINES})")
    if clean < MIN_CLEAN:
        errs.append(f"only {clean} clean posts (want at least {MIN_CLEAN})")
    for t in TYPES:
        if clean_by_type[t] == 0:
            errs.append(f"no clean post of type {t}")
    for c in CATEGORIES:
        if by_category[c] < MIN_PER_CATEGORY:
            errs.append(f"only {by_category[c]} posts expect {c} (want at least {MIN_PER_CATEGORY})")
    stats = {
        "total": total,
        "clean": clean,
        "by_type": by_type,
        "clean_by_type": clean_by_type,
        "by_category": by_category,
        "by_size": by_size,
    }
    return errs, stats


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    path = [Path(argv[1])] if len(argv) > 1 else sorted(here.glob("*.jsonl"))
    errs, s = validate(path)
    print(
        f"{', '.join(p.name for p in path)}: {s['total']} posts, {s['clean']} clean, {s['total'] - s['clean']} with at least one category"
    )
    print("\nposts by type (clean / all):")
    for t in TYPES:
        print(f"  {t:<12} {s['clean_by_type'][t]:>3} / {s['by_type'][t]:>3}")
    print("\nposts expecting each category:")
    for c in CATEGORIES:
        print(f"  {c:<14} {s['by_category'][c]:>3}")
    print("\ncategories per post: " + ", ".join(f"{k}: {v}" for k, v in sorted(s["by_size"].items())))
    if errs:
        print(f"\nFAILED: {len(errs)} problem(s)")
        for e in errs:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
