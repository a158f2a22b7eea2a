"""Print the library's speed figures (asserts nothing about time).

- posts/s: every post of the labelled development set (all rule families, all platforms, authors and
  accounts), varied and repeated to at least 2,000 posts, each validated from JSON and checked with the
  compiled model policy. First the cold pass (the first time through: lazy imports, phone metadata, RE2's
  DFA states), then the steady rate over 5 rounds (median and best) in one process, and in one process
  per core (each holds its share of the posts; a round lasts until the slower one is done);
- import ms: ``import tpstrain`` in a fresh interpreter (median of 11);
- cold CLI ms: ``tpstrain check "..."`` wall time for one post, new process each time (median of 11), with
  the package's bytecode cached as after an install.

Run: ``make bench`` or ``.venv/bin/python benchmarks/run.py``.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "tests" / "devset" / "posts.jsonl"
BIN = Path(sys.executable).parent
EXTRA = [
    "Officers attended an MVC at Dufferin/Eglinton. EB lanes closed until 0300 hrs.",
    "MISSING: Ava Lindqvist, 14, last seen near Jane St and Finch Ave W. Call 416-808-3100. #missingperson",
    "The thief was arrested and charged. He confessed!!! lol",
    "A 16-year-old boy has been charged. He attends Example Collegiate Institute.",
    "Ｍ𝖵Ｃ on the DVP SB — avoid the area 🚓🚓🚓🚓🚓🚓🚓 https://www.tps.ca/news",
    "Call the owner at 416-555-0142 or email jane.doe@example.com. She lives at 123 Example Ave, M5V 2T6.",
]


def _posts(n_min: int = 2000) -> list[dict]:
    base = (
        [json.loads(line)["post"] for line in DEVSET.read_text(encoding="utf-8").splitlines() if line.strip()]
        if DEVSET.exists()
        else []
    )
    base += [{"text": t} for t in EXTRA]
    out, k = [], 0
    while len(out) < n_min:
        for p in base:
            q = dict(p)
            q["text"] = f"{p['text']} ({k})" if k else p["text"]
            out.append(q)
        k += 1
    return out


def _check_all(posts: list[dict]) -> int:
    from tpstrain import Post, check

    n = 0
    for p in posts:
        check(Post.model_validate(p))
        n += 1
    return n


ROUNDS = 5


def _timed(posts: list[dict]) -> float:
    t = time.perf_counter()
    _check_all(posts)
    return time.perf_counter() - t


def _rates(n: int, seconds: list[float]) -> tuple[float, float]:
    """(median, best) posts/s over the rounds: the median says what to expect, the best what the code does
    when the shared machine leaves it alone (timeit's advice)."""
    return n / statistics.median(seconds), n / min(seconds)


def throughput(posts: list[dict]) -> tuple[float, tuple[float, float]]:
    """(first pass, (median, best) of the steady rounds) in posts/s, one process."""
    first = len(posts) / _timed(posts)
    return first, _rates(len(posts), [_timed(posts) for _ in range(ROUNDS)])


_SHARES: list[list[dict]] = []


def _worker(k: int, barrier, out) -> None:
    out.put([(barrier.wait(), _timed(_SHARES[k]))[1] for _ in range(ROUNDS)])


def throughput_parallel(posts: list[dict], procs: int) -> tuple[float, float]:
    """(median, best) posts/s over the rounds, one forked process per core, each with its share of the
    posts (inherited, not sent): the compiled policy and warm caches come from the parent."""
    _SHARES[:] = [posts[i::procs] for i in range(procs)]
    ctx = mp.get_context("fork")
    barrier, out = ctx.Barrier(procs), ctx.Queue()
    workers = [ctx.Process(target=_worker, args=(k, barrier, out)) for k in range(procs)]
    for w in workers:
        w.start()
    times = [out.get() for _ in workers]
    for w in workers:
        w.join()
    return _rates(len(posts), [max(round_) for round_ in zip(*times, strict=True)])


# New processes run as an installed package does: with its bytecode cached (pip compiles it on install;
# an environment with PYTHONDONTWRITEBYTECODE set would recompile every module on every run instead).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _median_ms(cmd: list[str], runs: int = 11, parse=None) -> float:
    subprocess.run(cmd, capture_output=True, cwd=ROOT, env=ENV)  # writes the bytecode and the user cache
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=ENV)
        wall = (time.perf_counter() - t) * 1000
        times.append(parse(out.stdout) if parse else wall)
    return statistics.median(times)


def main() -> None:
    posts = _posts()
    kinds = {
        "media": sum(1 for p in posts if p.get("media")),
        "author": sum(1 for p in posts if p.get("author")),
        "platforms": sorted({p.get("platform", "x") for p in posts}),
    }
    first, one = throughput(posts)
    procs = os.cpu_count() or 1
    par = throughput_parallel(posts, procs) if procs > 1 else one
    imp = _median_ms(
        [
            sys.executable,
            "-c",
            "import time; t=time.perf_counter(); import tpstrain; print((time.perf_counter()-t)*1000)",
        ],
        parse=lambda s: float(s.strip()),
    )
    interp = _median_ms([sys.executable, "-c", "pass"])
    cli = _median_ms([str(BIN / "tpstrain"), "check", "Officers attended an MVC at Dufferin/Eglinton."])
    cli_json = _median_ms(
        [
            str(BIN / "tpstrain"),
            "check",
            "--format",
            "json",
            "Call 416-555-0142 about the MVC on the DVP https://www.tps.ca 🚓",
        ]
    )
    from tpstrain import model_policy

    print(
        f"policy: {len(model_policy().rules)} rules; posts: {len(posts)} "
        f"({kinds['media']} with media, {kinds['author']} with an author; platforms {', '.join(kinds['platforms'])})"
    )
    print(f"throughput, first pass:     {first:10,.0f} posts/s (cold caches, 1 process)")
    print(
        f"throughput, 1 process:      {one[0]:10,.0f} posts/s (median of {ROUNDS} rounds; best {one[1]:,.0f})"
    )
    print(
        f"throughput, {procs} processes:    {par[0]:10,.0f} posts/s (median of {ROUNDS} rounds; best {par[1]:,.0f})"
    )
    print(f"import tpstrain:            {imp:10.1f} ms (median of 11)")
    print(f"python startup alone:       {interp:10.1f} ms")
    print(f"cold CLI, one post:         {cli:10.1f} ms (median of 11, wall, includes startup)")
    print(f"cold CLI, phone+URL+emoji:  {cli_json:10.1f} ms")


if __name__ == "__main__":
    main()
