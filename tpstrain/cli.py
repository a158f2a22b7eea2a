"""The ``tpstrain`` command: check, audit, rules, schema (and course tools when installed)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from .errors import InputError, TpsError

EXIT_OK, EXIT_BLOCK, EXIT_USAGE = 0, 1, 2
MAX_LINE = 1_000_000  # bytes in one archive line


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        raise InputError(f"{message} (see '{self.prog} --help')")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="tpstrain", description="Check police social-media posts against a clear, customizable policy.")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    c = sub.add_parser("check", help="check one post", description="Check one post. Exit 0: ok or revise; 1: block; 2: bad input.")
    c.add_argument("text", nargs="?", help="the post text, or - to read standard input")
    src = c.add_mutually_exclusive_group()
    src.add_argument("--file", "-f", help="read the post text from a file")
    src.add_argument("--post", help="read a Post as JSON (text, platform, media, author, account ...)")
    c.add_argument("--platform", "-p", help="x, facebook, instagram or youtube (default: x, or the post's)")
    c.add_argument("--policy", help="policy file (YAML); default: the model policy")
    c.add_argument("--format", choices=("text", "json"), default="text")
    c.add_argument("--colour", "--color", choices=("auto", "always", "never"), default="auto")

    a = sub.add_parser("audit", help="check an archive of posts (JSONL or CSV)",
                       description="Check every post in a JSONL or CSV archive; a bad line is reported and skipped.")
    a.add_argument("file", help="archive: .jsonl (one post JSON or text per line) or .csv (a 'text' column); - for stdin")
    a.add_argument("--platform", "-p", help="platform for posts that do not say")
    a.add_argument("--policy", help="policy file (YAML)")
    a.add_argument("--format", choices=("summary", "jsonl"), default="summary",
                   help="jsonl: one review per line on stdout, then the summary on stderr")
    a.add_argument("--output", "-o", help="write the jsonl reviews to this file instead of stdout")
    a.add_argument("--no-progress", action="store_true", help="no progress bar")

    r = sub.add_parser("rules", help="list the rules, or explain one")
    r.add_argument("id", nargs="?", help="a rule id, e.g. clarity.jargon")
    r.add_argument("--policy", help="policy file (YAML)")
    r.add_argument("--category", help="only rules of this category")
    r.add_argument("--format", choices=("text", "json", "markdown"), default="text")

    s = sub.add_parser("schema", help="print the JSON Schema of a policy file (or of a post)")
    s.add_argument("what", nargs="?", choices=("policy", "post", "review"), default="policy")

    try:
        from .course.cli import add_course_parser
    except ImportError:  # the course tools need the 'course' extra
        pass
    else:
        add_course_parser(sub)
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


def _read_text_file(path: str) -> str:
    from .models import MAX_TEXT

    try:
        p = Path(path)
        if p.stat().st_size > MAX_TEXT * 4:
            raise InputError(f"{path}: {p.stat().st_size:,} bytes is too large for one post (at most {MAX_TEXT:,} characters)")
        return p.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 text (byte {e.start})") from None
    except OSError as e:
        raise InputError(f"{path}: {e.strerror or e}") from None


def _read_stdin() -> str:
    from .models import MAX_TEXT

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
    if not isinstance(data, dict):
        raise InputError(f"{where}: a post must be a JSON object with a 'text' field")
    return data


def cmd_check(args: argparse.Namespace) -> int:
    from .engine import check

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
    review = check(post, platform=args.platform, policy=_policy(args.policy))
    if args.format == "json":
        print(review.model_dump_json(exclude={"text"}, indent=2))
    else:
        print(review.format(colour=_colour(args.colour, sys.stdout)))
    return EXIT_BLOCK if review.verdict == "block" else EXIT_OK


def _archive_rows(path: str) -> Iterator[tuple[int, object | InputError]]:
    """Yield (line number, post text/dict or the error for that line), streaming."""
    import csv
    import io

    if path == "-":
        stream = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="strict", newline="")
        is_csv = False
    else:
        try:
            stream = open(path, encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as e:
            raise InputError(f"{path}: {e.strerror or e}") from None
        is_csv = path.lower().endswith(".csv")
    with stream:
        if is_csv:
            csv.field_size_limit(MAX_LINE)
            try:
                reader = csv.DictReader(stream)
                if not reader.fieldnames or "text" not in reader.fieldnames:
                    raise InputError(f"{path}: a CSV archive needs a 'text' column (found: {', '.join(reader.fieldnames or []) or 'none'})")
                for row in reader:
                    line = reader.line_num
                    if None in row:
                        yield line, InputError(f"line {line}: more fields than columns")
                        continue
                    yield line, {k: v for k, v in row.items() if k in ("text", "platform", "title") and v}
            except csv.Error as e:
                raise InputError(f"{path}: CSV error at line {reader.line_num}: {e}") from None
            except UnicodeDecodeError as e:
                raise InputError(f"{path}: not UTF-8 text (byte {e.start})") from None
            return
        n = 0
        while True:
            try:
                line = stream.readline(MAX_LINE + 1)
            except UnicodeDecodeError as e:
                raise InputError(f"{path}: not UTF-8 text near line {n + 1} (byte {e.start} of a block)") from None
            if not line:
                return
            n += 1
            if len(line) > MAX_LINE:
                while line and not line.endswith("\n"):
                    line = stream.readline(MAX_LINE + 1)
                yield n, InputError(f"line {n}: longer than {MAX_LINE:,} characters")
                continue
            s = line.strip()
            if not s:
                continue
            if s.startswith("{"):
                try:
                    yield n, _post_json(s, f"line {n}")
                except InputError as e:
                    yield n, e
            elif s.startswith('"'):
                try:
                    yield n, json.loads(s)
                except json.JSONDecodeError as e:
                    yield n, InputError(f"line {n}: invalid JSON string: {e.msg}")
            else:
                yield n, s


def cmd_audit(args: argparse.Namespace) -> int:
    from .engine import check

    policy = _policy(args.policy)
    policy.compiled()
    verdicts: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    bad_lines: list[str] = []
    out = sys.stdout
    if args.output:
        try:
            out = open(args.output, "w", encoding="utf-8")  # noqa: SIM115
        except OSError as e:
            raise InputError(f"{args.output}: {e.strerror or e}") from None
    progress = None
    if not args.no_progress:
        from tqdm import tqdm

        size = os.path.getsize(args.file) if args.file != "-" and os.path.exists(args.file) else None
        progress = tqdm(total=size, unit="B", unit_scale=True, desc="auditing", file=sys.stderr,
                        disable=None, mininterval=0.5)
    try:
        last_pos = 0
        for n, item in _archive_rows(args.file):
            if isinstance(item, InputError):
                bad_lines.append(str(item))
                continue
            try:
                post = item
                if isinstance(post, dict) and "id" in post:
                    post = {k: v for k, v in post.items() if k != "id"}
                review = check(post, platform=None if isinstance(item, dict) and item.get("platform") else args.platform,
                               policy=policy)
            except InputError as e:
                bad_lines.append(f"line {n}: {e}")
                continue
            verdicts[review.verdict] += 1
            rules.update(review.rules())
            if args.format == "jsonl":
                rec = {"line": n, **({"id": item["id"]} if isinstance(item, dict) and "id" in item else {}),
                       **review.model_dump(exclude={"text"})}
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            if progress is not None and progress.total:
                pos = _tell(args.file)
                progress.update(max(0, pos - last_pos)) if pos else None
                last_pos = pos or last_pos
    finally:
        if progress is not None:
            progress.close()
        if out is not sys.stdout:
            out.close()
    total = sum(verdicts.values())
    summary = [f"posts: {total}  ok: {verdicts['ok']}  revise: {verdicts['revise']}  block: {verdicts['block']}"
               + (f"  skipped: {len(bad_lines)}" if bad_lines else "")]
    if rules:
        summary.append("top rules: " + ", ".join(f"{r} ({c})" for r, c in rules.most_common(8)))
    for msg in bad_lines[:20]:
        summary.append(f"skipped {msg}")
    if len(bad_lines) > 20:
        summary.append(f"... and {len(bad_lines) - 20} more skipped lines")
    stream = sys.stderr if args.format == "jsonl" and not args.output else sys.stdout
    print("\n".join(summary), file=stream)
    return EXIT_BLOCK if verdicts["block"] else EXIT_OK


def _tell(path: str) -> int:
    """Approximate bytes read so far (for the progress bar), via /proc when available."""
    try:
        for fd in os.listdir("/proc/self/fd"):
            target = os.readlink(f"/proc/self/fd/{fd}")
            if target == os.path.abspath(path):
                with open(f"/proc/self/fdinfo/{fd}") as info:
                    return int(info.readline().split()[1])
    except OSError:
        pass
    return 0


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


COMMANDS = {"check": cmd_check, "audit": cmd_audit, "rules": cmd_rules, "schema": cmd_schema}


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
        if not args.command:
            parser.print_help()
            return EXIT_USAGE
        handler = COMMANDS.get(args.command) or args.handler
        return handler(args)
    except TpsError as e:
        print(f"tpstrain: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("tpstrain: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
