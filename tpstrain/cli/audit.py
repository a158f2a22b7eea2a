"""``tpstrain audit``: check every post of an archive, with a progress bar, in one or more processes; then a
summary (posts, verdict counts, top rules)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from typing import Any, TextIO

from ..errors import InputError
from .archive import Archive, Row
from .inputs import policy_from

EXIT_OK, EXIT_BLOCK = 0, 1
Result = tuple[str | None, list[str], str | None, str | None]  # verdict, rule ids, JSONL record, skip message
MAX_JOBS_PER_CORE = 4  # --jobs beyond this only adds processes that wait (and memory)


def add_parser(sub: Any) -> None:
    a = sub.add_parser(
        "audit",
        help="check an archive of posts (JSONL or CSV)",
        description="Check every post in a JSONL or CSV archive; a bad line is reported and skipped. "
        "Exit 0: no post blocked; 1: at least one post is blocked; 2: bad input.",
    )
    a.add_argument(
        "file", help="archive: .jsonl (one post JSON or text per line) or .csv (a 'text' column); - for stdin"
    )
    a.add_argument("--platform", "-p", help="platform for posts that do not say")
    a.add_argument("--policy", help="policy file (YAML)")
    a.add_argument(
        "--format",
        choices=("summary", "jsonl"),
        default="summary",
        help="jsonl: one review per line on stdout, then the summary on stderr",
    )
    a.add_argument("--output", "-o", help="write the jsonl reviews to this file instead of stdout")
    a.add_argument("--no-progress", action="store_true", help="no progress bar")
    a.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=1,
        metavar="N",
        help="check in N processes (0: one per core); the output keeps the archive's order",
    )


_AUDIT: list[
    tuple[Any, str | None, str]
] = []  # (policy, platform, format) of the audit under way, inherited by forked workers
BATCH = 64  # lines a worker checks at a time; 8 batches per worker are read ahead, so memory stays bounded


def _audit_one(n: int, item: Row | InputError) -> Result:
    """Check one archive row: (verdict, rule ids, JSONL record, skip message); a bad row has only the message."""
    from ..api import check

    if isinstance(item, InputError):
        return None, [], None, str(item)
    policy, platform, fmt = _AUDIT[0]
    post = item
    if isinstance(post, dict) and "id" in post:
        post = {k: v for k, v in post.items() if k != "id"}
    try:
        review = check(
            post,
            platform=None if isinstance(post, dict) and post.get("platform") else platform,
            policy=policy,
        )
    except InputError as e:
        return None, [], None, f"line {n}: {e}"
    except Exception as e:  # a checker bug must not lose the rest of the archive
        return None, [], None, f"line {n}: internal error ({type(e).__name__}: {e}); please report it"
    record = None
    if fmt == "jsonl":
        rec = {
            "line": n,
            **({"id": item["id"]} if isinstance(item, dict) and "id" in item else {}),
            **review.model_dump(exclude={"text"}),
        }
        record = json.dumps(rec, ensure_ascii=False)
    return review.verdict, review.rules(), record, None


def _audit_batch(rows: list[tuple[int, Row | InputError]]) -> list[Result]:
    return [_audit_one(n, item) for n, item in rows]


def _quiet_worker() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the pool


def _audited(
    rows: Iterator[tuple[int, Row | InputError]], archive: Archive, pool: Any, jobs: int
) -> Generator[tuple[int, int, Result], None, None]:
    """(line number, bytes read so far, result) in the archive's order; with a pool, batches of lines go to
    its forked workers (the compiled policy came with the fork) and come back in order."""
    if pool is None:
        for n, item in rows:
            yield n, archive.pos, _audit_one(n, item)
        return
    from itertools import islice

    while True:
        window = []  # a few batches per worker at a time: reading stays just ahead of checking
        for _ in range(8 * jobs):
            batch = list(islice(rows, BATCH))
            if not batch:
                break
            window.append((batch, archive.pos, pool.apply_async(_audit_batch, (batch,))))
        if not window:
            return
        for batch, pos, pending in window:
            for (n, _), result in zip(batch, pending.get(), strict=True):
                yield n, pos, result


@dataclass
class _Tally:
    """What the summary counts: verdicts, rules that fired, skipped lines (the first messages only: memory
    stays bounded on a bad archive)."""

    verdicts: Counter[str] = field(default_factory=Counter)
    rules: Counter[str] = field(default_factory=Counter)
    skipped: list[str] = field(default_factory=list)
    n_skipped: int = 0
    interrupted: int | None = None

    def add(self, result: Result) -> str | None:
        """Count one row's result; return its JSONL record, if any."""
        verdict, fired, record, msg = result
        if msg is not None:
            self.n_skipped += 1
            if len(self.skipped) < 20:
                self.skipped.append(msg.splitlines()[0])
            return None
        self.verdicts[verdict or ""] += 1
        self.rules.update(fired)
        return record

    def summary(self) -> str:
        v = self.verdicts
        lines = [
            f"posts: {sum(v.values())}  ok: {v['ok']}  revise: {v['revise']}  block: {v['block']}"
            + (f"  skipped: {self.n_skipped}" if self.n_skipped else "")
        ]
        if self.interrupted is not None:
            lines.append(f"interrupted after line {self.interrupted}: the figures cover the lines before it")
        if self.rules:
            lines.append("top rules: " + ", ".join(f"{r} ({c})" for r, c in self.rules.most_common(8)))
        lines += [f"skipped {msg}" for msg in self.skipped]
        if self.n_skipped > len(self.skipped):
            lines.append(f"... and {self.n_skipped - len(self.skipped)} more skipped lines")
        return "\n".join(lines)


def _jobs(asked: int) -> int:
    cores = os.cpu_count() or 1
    most = max(MAX_JOBS_PER_CORE * cores, 4)
    if not 0 <= asked <= most:
        raise InputError(
            f"--jobs {asked}: give 0 (one per core) up to {most} ({MAX_JOBS_PER_CORE} per core, {cores} here)"
        )
    return asked or cores


def _progress(archive: Archive) -> Any:
    """The progress bar on standard error: bytes of the archive read."""
    from tqdm import tqdm

    try:  # a terminal that reports no size (a bare pty) would otherwise get no bar at all
        size = os.get_terminal_size(sys.stderr.fileno())
        width, rows = size.columns or 80, size.lines or 24
    except (OSError, ValueError, AttributeError):
        width, rows = 80, 24
    return tqdm(
        total=archive.size,
        unit="B",
        unit_scale=True,
        unit_divisor=1024,
        desc="auditing",
        file=sys.stderr,
        disable=None,
        mininterval=0.5,
        ncols=min(width, 100),
        nrows=rows,
    )


def _reader_gone(pool: Any) -> None:
    """The reader of the output went away (`| head -1`): with a pool of workers, stop now, as a shell's SIGPIPE would
    (a pool's terminate() can wait forever on a worker that died holding its task queue's lock), with exit 141 (128 +
    SIGPIPE), as the command's own handler reports it. Without a pool, the handler does it."""
    if pool is not None:
        for worker in pool._pool:
            worker.kill()
        os._exit(141)


def run(args: argparse.Namespace) -> int:
    jobs = _jobs(args.jobs)
    policy = policy_from(args.policy)
    policy.compiled()
    archive = Archive(args.file)
    out: TextIO = sys.stdout
    if args.output:
        try:
            out = open(args.output, "w", encoding="utf-8")  # noqa: SIM115
        except OSError as e:
            archive.close()
            raise InputError(f"{args.output}: {e.strerror or e}") from None
    _AUDIT[:] = [(policy, args.platform, args.format)]
    pool = None
    if jobs > 1:  # forked now, before the progress bar starts its thread
        import multiprocessing as mp

        pool = mp.get_context("fork").Pool(jobs, initializer=_quiet_worker)
    results = _audited(archive.rows(), archive, pool, jobs)
    progress = None if args.no_progress else _progress(archive)
    tally = _Tally()
    n = last_pos = 0
    try:
        for n, pos, result in results:
            if progress is not None:
                progress.update(pos - last_pos)
                last_pos = pos
                if n % 256 == 0:
                    progress.set_postfix_str(f"line {n:,}", refresh=False)
            record = tally.add(result)
            if record is not None:
                out.write(record + "\n")
    except KeyboardInterrupt:
        tally.interrupted = n
    except BrokenPipeError:
        _reader_gone(pool)
        raise
    finally:
        results.close()
        if pool is not None:
            pool.terminate()
        if progress is not None:
            progress.close()
        archive.close()
        if out is not sys.stdout:
            out.close()
    stream = sys.stderr if args.format == "jsonl" and not args.output else sys.stdout
    print(tally.summary(), file=stream)
    if tally.interrupted is not None:
        return 130
    return EXIT_BLOCK if tally.verdicts["block"] else EXIT_OK
