"""What the checker says about real police posts that no one here wrote (prints figures, asserts nothing).

The posts are public but carry no licence, so their text is never committed. This script builds them into
the git-ignored folder ``data/real/`` from snapshots of public repositories, when the snapshots are on the
machine (``fetch`` them first; ``--mirror`` says where they are):

- ``uk``: 8,927 hand-labelled tweets of five UK forces (github erica-kane/uk_police_twitter,
  ``labeled_training.csv``; URLs and emoji were removed by its authors, and the HTML entities the API gave,
  "&amp;", are turned back into the characters posted);
- ``dc``: 188 crime alerts of the Washington DC Metropolitan Police (github ogtaste/lede21-finalpresentation,
  ``snscrape_mpd_crimealerts/data.geojson``);
- ``canada``: Canadian police posts collected by hand from public pages, one JSON object a line with
  ``id``, ``text`` and ``source`` (the page's address), kept in ``data/real/canada.jsonl`` when present.

For each corpus it prints the share of posts blocked, sent back for revision and passed, and the findings
per rule and level. ``--sample N`` writes a random sample of N error findings (all corpora together, fixed
seed) to ``data/real/sample.jsonl`` for hand labelling: add ``"label": "real"`` or ``"false"`` to each line,
then ``--labels FILE`` prints the precision of the error findings that the labels cover.

    .venv/bin/python benchmarks/real_posts.py [--mirror DIR] [--sample 100] [--labels FILE] [--show RULE]
"""

from __future__ import annotations

import argparse
import csv
import html
import io
import json
import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "real"
MIRROR = Path(os.environ.get("TPSTRAIN_MIRROR", "/work/.mirror"))
SOURCES = {  # corpus: (repository, path in it)
    "uk": ("erica-kane/uk_police_twitter", "labeled_training.csv"),
    "dc": ("ogtaste/lede21-finalpresentation", "snscrape_mpd_crimealerts/data.geojson"),
}
csv.field_size_limit(1 << 24)


def _git_show(mirror: Path, repo: str, path: str) -> str | None:
    gitdir = mirror / repo.replace("/", "+") / "repo"
    if not gitdir.is_dir():
        return None
    out = subprocess.run(["git", f"--git-dir={gitdir}", "show", f"HEAD:{path}"], capture_output=True)
    return out.stdout.decode("utf-8") if out.returncode == 0 else None


def _rows(corpus: str, raw: str) -> list[dict]:
    if corpus == "uk":  # the API returned text with HTML entities ("&amp;"): the post as written had "&"
        return [
            {"id": f"uk-{r['']}", "text": html.unescape(r["base_text"]), "class": r["tweet_class"]}
            for r in csv.DictReader(io.StringIO(raw))
            if r["base_text"].strip()
        ]
    feats = json.loads(raw)["features"]
    return [{"id": f"dc-{f['properties']['Field 1']}", "text": f["properties"]["Text"]} for f in feats]


def build(mirror: Path) -> dict[str, Path]:
    """Write each corpus that can be built (or is already there) to data/real/; return their paths."""
    DATA.mkdir(parents=True, exist_ok=True)
    found = {}
    for corpus, (repo, path) in SOURCES.items():
        out = DATA / f"{corpus}.jsonl"
        if not out.exists():
            raw = _git_show(mirror, repo, path)
            if raw is None:
                print(f"{corpus}: no snapshot of github {repo} under {mirror}; skipped", file=sys.stderr)
                continue
            out.write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _rows(corpus, raw)),
                encoding="utf-8",
            )
        found[corpus] = out
    if (DATA / "canada.jsonl").exists():
        found["canada"] = DATA / "canada.jsonl"
    return found


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def review_all(posts: list[dict]):
    from tpstrain import check

    for p in posts:
        yield p, check(p["text"], platform=p.get("platform", "x"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mirror", type=Path, default=MIRROR, help="where fetched snapshots are")
    ap.add_argument("--sample", type=int, default=0, help="write N random error findings for labelling")
    ap.add_argument("--seed", type=int, default=20261130)
    ap.add_argument("--labels", type=Path, help="labelled findings: print the precision of errors")
    ap.add_argument("--show", action="append", default=[], help="print every finding of this rule")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    corpora = build(args.mirror)
    if not corpora:
        print("no corpus found: fetch the snapshots named in this script's docstring first")
        return
    errors: list[dict] = []
    for corpus, path in corpora.items():
        posts = load(path)
        verdicts, err_rules, warn_rules = Counter(), Counter(), Counter()
        for p, review in review_all(posts):
            verdicts[review.verdict] += 1
            for f in review.findings:
                if f.level == "error":
                    err_rules[f.rule] += 1
                    errors.append(
                        {
                            "corpus": corpus,
                            "id": p["id"],
                            "rule": f.rule,
                            "start": f.start,
                            "end": f.end,
                            "span": f.text,
                            "text": p["text"],
                        }
                    )
                elif f.level == "warning":
                    warn_rules[f.rule] += 1
                if f.rule in args.show:
                    print(f"  [{corpus} {p['id']} {f.level}] {f.rule} {f.text!r}: {p['text'][:200]!r}")
        n = len(posts)
        print(
            f"\n{corpus}: {n:,} posts  block {verdicts['block'] / n:.1%}  revise {verdicts['revise'] / n:.1%}"
            f"  ok {verdicts['ok'] / n:.1%}"
        )
        print("  errors:   " + (", ".join(f"{r} {c}" for r, c in err_rules.most_common()) or "none"))
        print("  warnings: " + (", ".join(f"{r} {c}" for r, c in warn_rules.most_common(12)) or "none"))
    if args.sample:
        picked = random.Random(args.seed).sample(errors, min(args.sample, len(errors)))
        out = DATA / "sample.jsonl"
        out.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in picked), encoding="utf-8")
        print(
            f"\n{len(picked)} of {len(errors)} error findings written to {out.relative_to(ROOT)} for labelling"
        )
    if args.labels:
        key = lambda e: (e["corpus"], e["id"], e["rule"], e["start"], e["end"])  # noqa: E731
        labels = {key(e): e["label"] for e in load(args.labels) if e.get("label") in ("real", "false")}
        now = {key(e) for e in errors}
        judged = [labels[k] for k in labels if k in now]
        real = judged.count("real")
        print(
            f"\nlabelled error findings still raised: {len(judged)}; real {real}"
            + (f" = precision {real / len(judged):.1%}" if judged else "")
        )
        gone = [k for k in labels if k not in now]
        print(
            f"labelled findings no longer raised: {len(gone)} "
            f"({sum(labels[k] == 'false' for k in gone)} of them false alarms)"
        )


if __name__ == "__main__":
    main()
