"""The ``tpstrain`` command: check, audit, rules, schema (and course tools when installed)."""

from __future__ import annotations

import argparse
import errno
import json
import os
import re
import stat
import sys
from collections import Counter
from collections.abc import Iterator

from .errors import InputError, TpsError
from .quick import quick_check

EXIT_OK, EXIT_BLOCK, EXIT_USAGE = 0, 1, 2
EXIT_PIPE = 141  # the reader of our output went away (`| head -1`): 128 + SIGPIPE, as a shell reports it
MAX_JOBS_PER_CORE = 4  # --jobs beyond this only adds processes that wait (and memory)
MAX_LINE = 1_000_000  # bytes in one archive line
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        raise InputError(f"{message} (see '{self.prog} --help')")


def _parser(with_course: bool = False) -> argparse.ArgumentParser:
    p = _Parser(
        prog="tpstrain", description="Check police social-media posts against a clear, customizable policy."
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

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

    r = sub.add_parser("rules", help="list the rules, or explain one")
    r.add_argument("id", nargs="?", help="a rule id, e.g. clarity.jargon")
    r.add_argument("--policy", help="policy file (YAML)")
    r.add_argument("--category", help="only rules of this category")
    r.add_argument("--format", choices=("text", "json", "markdown"), default="text")

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

    s = sub.add_parser("schema", help="print the JSON Schema of a policy file (or of a post)")
    s.add_argument("what", nargs="?", choices=("policy", "post", "review"), default="policy")

    if with_course:
        try:
            from .course.cli import add_course_parser
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


def _colour(choice: str, stream) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return hasattr(stream, "isatty") and stream.isatty()


def _policy(path: str | None):
    from .policy import _default_policy, load_policy

    return load_policy(path) if path else _default_policy()


def _open_input(path: str) -> tuple[int, os.stat_result]:
    """Open a file to read without waiting: a FIFO with no writer would block ``open`` forever."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as e:
        raise InputError(f"{path}: {e.strerror or e}") from None
    return fd, os.fstat(fd)


def _read_text_file(path: str) -> str:
    """A post's text (or JSON) from a regular file of bounded size: a device (/dev/zero), a FIFO or a
    directory is refused on one line, never read until memory or patience runs out."""
    from .passes.tokenize import MAX_TEXT

    fd, st = _open_input(path)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        what = "a directory" if stat.S_ISDIR(st.st_mode) else "not a regular file"
        raise InputError(f"{path}: {what}; give a file, or - to read standard input")
    with open(fd, "rb") as f:
        if st.st_size > MAX_TEXT * 4:
            raise InputError(
                f"{path}: {st.st_size:,} bytes is too large for one post (at most {MAX_TEXT:,} characters)"
            )
        try:
            data = f.read(MAX_TEXT * 4 + 1)
        except OSError as e:
            raise InputError(f"{path}: {e.strerror or e}") from None
    if len(data) > MAX_TEXT * 4:  # it grew while we read
        raise InputError(f"{path}: too large for one post (at most {MAX_TEXT:,} characters)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 text (byte {e.start})") from None


def _surrogate_error(text: str, where: str, argv: bool = False) -> InputError | None:
    """Text holding a lone surrogate cannot be printed or checked as it is: bytes that are not UTF-8, as
    Python passes them on from the command line (``argv``), or a JSON escape such as \\udc80. The one-line
    error for it, or None."""
    if text.isascii():
        return None
    try:
        text.encode("utf-8")
        return None
    except UnicodeEncodeError as e:
        code = ord(text[e.start])
        if argv and 0xDC80 <= code <= 0xDCFF:
            return InputError(f"{where} is not UTF-8 (byte 0x{code - 0xDC00:02x} at character {e.start + 1})")
        return InputError(f"{where}: a string holds a lone surrogate (U+{code:04X}), which is not text")


def _strings_error(value: object, where: str) -> InputError | None:
    """The first lone surrogate in any string (or key) of parsed JSON (walked without recursion)."""
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            err = _surrogate_error(node, where)
            if err is not None:
                return err
        elif isinstance(node, dict):
            stack.extend(node.keys())
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return None


def _read_stdin() -> str:
    from .passes.tokenize import MAX_TEXT

    data = sys.stdin.buffer.read(MAX_TEXT * 4 + 1)
    if len(data) > MAX_TEXT * 4:
        raise InputError(f"standard input is too large for one post (at most {MAX_TEXT:,} characters)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"standard input is not UTF-8 text (byte {e.start})") from None


def _post_json(raw: str, where: str) -> dict:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as e:
        raise InputError(f"{where}: invalid JSON at line {e.lineno}, column {e.colno}: {e.msg}") from None
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deeply") from None
    except ValueError as e:  # an integer of more than 4,300 digits (Python's int_max_str_digits)
        raise InputError(f"{where}: {_json_value_error(e)}") from None
    if not isinstance(data, dict):
        raise InputError(f"{where}: a post must be a JSON object with a 'text' field")
    err = _strings_error(data, where)
    if err is not None:
        raise err
    return data


def _json_value_error(e: ValueError) -> str:
    if "digits" in str(e):
        return f"a JSON number has more than {sys.get_int_max_str_digits():,} digits"
    return f"invalid JSON: {str(e).splitlines()[0] if str(e) else type(e).__name__}"


def cmd_check(args: argparse.Namespace) -> int:
    from .api import check

    if args.post:
        raw = _read_stdin() if args.post == "-" else _read_text_file(args.post)
        post: object = _post_json(raw, "standard input" if args.post == "-" else args.post)
        if args.text is not None:
            raise InputError("give the text or --post, not both")
    elif args.file:
        if args.text is not None:
            raise InputError("give the text or --file, not both")
        post = _read_text_file(args.file)
    elif args.text is None or args.text == "-":
        if args.text is None and sys.stdin.isatty():
            raise InputError("no post: give the text, --file F, --post POST.json, or - for standard input")
        post = _read_stdin()
    else:
        post = args.text
        err = _surrogate_error(post, "the text", argv=True)
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
        review = check(post, platform=args.platform, policy=_policy(args.policy))
        if args.format == "json":
            out = review.model_dump_json(exclude={"text"}, indent=2)
        else:
            out = review.format(colour=_colour(args.colour, sys.stdout))
    print(out)
    return EXIT_BLOCK if review.verdict == "block" else EXIT_OK


def _streamable(st: os.stat_result) -> bool:
    """A pipe or a socket: read line by line as it comes (``tpstrain audit <(zcat posts.jsonl.gz)``)."""
    return stat.S_ISFIFO(st.st_mode) or stat.S_ISSOCK(st.st_mode)


def _is_dev_null(st: os.stat_result) -> bool:
    try:
        null = os.stat(os.devnull)
    except OSError:
        return False
    return stat.S_ISCHR(st.st_mode) and st.st_rdev == null.st_rdev


class _Archive:
    """An archive read as bytes, one line at a time. ``pos`` counts the bytes consumed so far, exactly (the
    progress bar's position); each line is decoded on its own, so a bad line is reported with its number and
    skipped, never fatal. Memory stays bounded: one line of at most ``MAX_LINE`` bytes at a time."""

    def __init__(self, path: str):
        self.path, self.pos, self.size = path, 0, None
        if path == "-":
            self.stream, self.is_csv = sys.stdin.buffer, False
            try:
                st = os.fstat(sys.stdin.fileno())
            except (OSError, ValueError, AttributeError):  # no real standard input (a test's stand-in)
                return
            if not _streamable(st) and not sys.stdin.isatty() and not _is_dev_null(st):
                raise InputError("standard input is a device, not an archive (give a file, or pipe one in)")
            return
        fd, st = _open_input(path)
        if not (stat.S_ISREG(st.st_mode) or _streamable(st)):
            os.close(fd)
            what = "is a directory" if stat.S_ISDIR(st.st_mode) else "is not a regular file or a pipe"
            raise InputError(f"{path}: {what}, not an archive")
        if not stat.S_ISREG(st.st_mode):  # a pipe: opened without waiting for a writer, now read as it comes
            import fcntl

            fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)
        self.stream = open(fd, "rb")  # noqa: SIM115 - closed by close()
        self.size = st.st_size if stat.S_ISREG(st.st_mode) else None
        self.is_csv = path.lower().endswith(".csv")

    def close(self) -> None:
        if self.stream is not sys.stdin.buffer:
            self.stream.close()

    def lines(self) -> Iterator[tuple[int, bytes | None]]:
        """(line number, raw bytes), or None for a line longer than MAX_LINE bytes (read past, not kept)."""
        readline, n = self.stream.readline, 0
        while raw := readline(MAX_LINE + 1):
            n += 1
            self.pos += len(raw)
            if len(raw) > MAX_LINE and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):
                    raw = readline(1 << 16)
                    self.pos += len(raw)
                yield n, None
                continue
            if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]  # a byte-order mark
            yield n, raw

    def rows(self) -> Iterator[tuple[int, object | InputError]]:
        """Yield (line number, post text or dict, or the error for that line)."""
        if self.is_csv:
            yield from self._csv_rows()
            return
        for n, raw in self.lines():
            if raw is None:
                yield n, InputError(f"line {n}: longer than {MAX_LINE:,} bytes")
                continue
            try:
                line = raw.decode("utf-8").strip()
            except UnicodeDecodeError as e:
                yield n, InputError(f"line {n}: not UTF-8 text (byte {e.start + 1} of the line)")
                continue
            if line:
                yield n, _archive_line(line, n)

    def _csv_rows(self) -> Iterator[tuple[int, object | InputError]]:
        """Rows of a CSV archive, read strictly: a quote that is never closed, or closed and followed by
        more text, is an error for its row, reported with the row's first line; the lines after that first
        line are read again as rows of their own, so one stray quote never swallows the rest."""
        import csv
        from collections import deque

        csv.field_size_limit(MAX_LINE)
        pending: list[tuple[int, InputError]] = []
        taken: list[
            tuple[int, str]
        ] = []  # the physical lines of the row being read (at most ~MAX_LINE bytes)
        replay: deque[tuple[int, str]] = deque()  # lines to read again after a broken row
        source = self.lines()
        budget = [64 * MAX_LINE]  # characters read again in all; past it, a broken row's lines are dropped

        def text_lines() -> Iterator[str]:
            while True:
                if replay:
                    n, line = replay.popleft()
                else:
                    item = next(source, None)
                    if item is None:
                        return
                    n, raw = item
                    if raw is None:
                        pending.append((n, InputError(f"line {n}: longer than {MAX_LINE:,} bytes")))
                        line = "\n"
                    else:  # undecodable bytes ride along as lone surrogates; their row is reported below
                        line = raw.decode("utf-8", "surrogateescape")
                taken.append((n, line))
                yield line

        reader = csv.reader(text_lines(), strict=True)
        try:
            header = next(reader, [])
        except csv.Error as e:
            raise InputError(f"{self.path}: line 1: not a CSV header ({e})") from None
        taken.clear()
        if "text" not in header:
            found = ", ".join(h.encode("utf-8", "replace").decode() for h in header) or "none"
            raise InputError(f"{self.path}: a CSV archive needs a 'text' column (found: {found})")
        cols = {name: header.index(name) for name in ("text", "platform", "title") if name in header}
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as e:
                yield from pending
                pending.clear()
                first, again = (taken[0][0], taken[1:]) if taken else (reader.line_num, [])
                taken.clear()
                size = sum(len(line) for _, line in again)
                if size <= budget[0]:
                    budget[0] -= size
                    replay.extendleft(reversed(again))
                    more = f"; lines {first + 1} to {again[-1][0]} are read again as rows" if again else ""
                else:
                    more = f"; lines {first + 1} to {again[-1][0]} are skipped"
                yield first, InputError(f"line {first}: {_csv_problem(e)}{more}")
                reader = csv.reader(text_lines(), strict=True)  # a fresh reader: no quote left open
                continue
            yield from pending
            pending.clear()
            n = taken[-1][0] if taken else reader.line_num  # a row's number is its last line
            taken.clear()
            if not row or not any(row):
                continue
            if len(row) > len(header):
                yield n, InputError(f"line {n}: {len(row)} fields for {len(header)} columns")
                continue
            try:
                "".join(row).encode("utf-8")
            except UnicodeEncodeError:
                yield n, InputError(f"line {n}: not UTF-8 text")
                continue
            yield n, {k: row[i] for k, i in cols.items() if i < len(row) and row[i]}
        yield from pending


def _csv_problem(e: Exception) -> str:
    msg = str(e)
    if "unexpected end of data" in msg:
        return "CSV error: a quoted field is never closed"
    if "field larger than field limit" in msg:
        return f"CSV error: a field longer than {MAX_LINE:,} bytes (a quote never closed?)"
    if "expected after" in msg:
        return f'CSV error: a quote is not closed properly ({msg}; a quote inside a quoted field is written twice: "")'
    return f"CSV error: {msg}"


def _archive_line(line: str, n: int) -> object | InputError:
    """One stripped JSONL line: a post object, a JSON string, or plain text; anything else is an error."""
    if line[0] in '{["' or line in ("true", "false", "null") or _NUMBER.fullmatch(line):
        try:
            value = json.loads(line)
        except json.JSONDecodeError as e:
            if line[0] == "[":
                return line  # plain text that starts with a bracket: "[Update] Road closed"
            return InputError(f"line {n}: invalid JSON at column {e.colno}: {e.msg}")
        except RecursionError:
            return InputError(f"line {n}: JSON nested too deeply")
        except ValueError as e:  # an integer of more than 4,300 digits
            return InputError(f"line {n}: {_json_value_error(e)}")
        if isinstance(value, dict | str):
            return _strings_error(value, f"line {n}") or value
        kind = {list: "an array", bool: "true or false", type(None): "null"}.get(type(value), "a number")
        return InputError(
            f"line {n}: a JSON value that is {kind}, not a post (give an object with 'text', or the text)"
        )
    return line


_AUDIT: list = []  # (policy, platform, format) of the audit under way, inherited by forked workers
BATCH = 64  # lines a worker checks at a time; 8 batches per worker are read ahead, so memory stays bounded


def _audit_one(n: int, item: object) -> tuple[str | None, list[str], str | None, str | None]:
    """Check one archive row: (verdict, rule ids, JSONL record, skip message); a bad row has only the message."""
    from .api import check

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


def _audit_batch(
    rows: list[tuple[int, object]],
) -> list[tuple[str | None, list[str], str | None, str | None]]:
    return [_audit_one(n, item) for n, item in rows]


def _quiet_worker() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the pool


def _audited(rows: Iterator[tuple[int, object]], archive: _Archive, pool, jobs: int):
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


def cmd_audit(args: argparse.Namespace) -> int:
    cores = os.cpu_count() or 1
    most = max(MAX_JOBS_PER_CORE * cores, 4)
    if not 0 <= args.jobs <= most:
        raise InputError(
            f"--jobs {args.jobs}: give 0 (one per core) up to {most} "
            f"({MAX_JOBS_PER_CORE} per core, {cores} here)"
        )
    jobs = args.jobs or cores
    policy = _policy(args.policy)
    policy.compiled()
    archive = _Archive(args.file)
    verdicts: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    skipped: list[str] = []  # the first messages only: memory stays bounded on a bad archive
    n_skipped = 0
    out = sys.stdout
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
    progress = None
    if not args.no_progress:
        from tqdm import tqdm

        try:  # a terminal that reports no size (a bare pty) would otherwise get no bar at all
            size = os.get_terminal_size(sys.stderr.fileno())
            width, rows = size.columns or 80, size.lines or 24
        except (OSError, ValueError, AttributeError):
            width, rows = 80, 24
        progress = tqdm(
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
    interrupted = None
    n = last_pos = 0
    try:
        for n, pos, (verdict, fired, record, msg) in results:
            if progress is not None:
                progress.update(pos - last_pos)
                last_pos = pos
                if n % 256 == 0:
                    progress.set_postfix_str(f"line {n:,}", refresh=False)
            if msg is not None:
                n_skipped += 1
                if len(skipped) < 20:
                    skipped.append(msg.splitlines()[0])
                continue
            verdicts[verdict] += 1
            rules.update(fired)
            if record is not None:
                out.write(record + "\n")
    except KeyboardInterrupt:
        interrupted = n
    finally:
        results.close()
        if pool is not None:
            pool.terminate()
        if progress is not None:
            progress.close()
        archive.close()
        if out is not sys.stdout:
            out.close()
    total = sum(verdicts.values())
    summary = [
        f"posts: {total}  ok: {verdicts['ok']}  revise: {verdicts['revise']}  block: {verdicts['block']}"
        + (f"  skipped: {n_skipped}" if n_skipped else "")
    ]
    if interrupted is not None:
        summary.append(f"interrupted after line {interrupted}: the figures cover the lines before it")
    if rules:
        summary.append("top rules: " + ", ".join(f"{r} ({c})" for r, c in rules.most_common(8)))
    summary += [f"skipped {msg}" for msg in skipped]
    if n_skipped > len(skipped):
        summary.append(f"... and {n_skipped - len(skipped)} more skipped lines")
    stream = sys.stderr if args.format == "jsonl" and not args.output else sys.stdout
    print("\n".join(summary), file=stream)
    if interrupted is not None:
        return 130
    return EXIT_BLOCK if verdicts["block"] else EXIT_OK


def cmd_rules(args: argparse.Namespace) -> int:
    from .report import format_rule

    policy = _policy(args.policy)
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
            from .docs import rule_markdown

            print(rule_markdown(rule))
        else:
            print(format_rule(rule))
        return EXIT_OK
    rules = [r for r in policy.rules if not args.category or r.category == args.category]
    if args.format == "json":
        print(json.dumps([r.model_dump(mode="json") for r in rules], indent=2, ensure_ascii=False))
    elif args.format == "markdown":
        from .docs import policy_markdown

        print(policy_markdown(policy))
    else:
        width = max((len(r.id) for r in rules), default=10)
        for r in rules:
            off = "" if r.enabled else "  (disabled)"
            print(f"{r.id:<{width}}  {r.level:<10}  {r.title}{off}")
        print(f"\n{len(rules)} rules. 'tpstrain rules ID' explains one.")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from .models import Post
    from .review import Review
    from .rules import PolicyFile

    model = {"policy": PolicyFile, "post": Post, "review": Review}[args.what]
    print(json.dumps(model.model_json_schema(), indent=2))
    return EXIT_OK


def cmd_pair(args: argparse.Namespace) -> int:
    from .languages import check_pair

    texts = []
    for value, name in ((args.english, "the English text"), (args.french, "the French text")):
        text = _read_text_file(value) if args.files else value
        err = _surrogate_error(text, name, argv=not args.files)
        if err is not None:
            raise err
        texts.append(text)
    review = check_pair(*texts)
    print(
        json.dumps(review.to_dict(), ensure_ascii=False, indent=2) if args.format == "json" else review.text()
    )
    return EXIT_OK if review.ok else EXIT_BLOCK


COMMANDS = {
    "check": cmd_check,
    "audit": cmd_audit,
    "rules": cmd_rules,
    "schema": cmd_schema,
    "pair": cmd_pair,
}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        parser = _parser(with_course=bool(argv) and argv[0] == "course")
        args = parser.parse_args(argv)
        if not args.command:
            parser.print_help()
            return EXIT_USAGE
        handler = COMMANDS.get(args.command) or args.handler
        code = handler(args)
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


if __name__ == "__main__":
    sys.exit(main())
