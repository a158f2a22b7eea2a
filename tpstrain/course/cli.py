"""``tpstrain course ...``: run the nbgrader course, see where the class struggles, certify who may post.

    tpstrain course generate  [--assignment A] [--due 2026-03-01T17:00]
    tpstrain course release   [--assignment A] [--exchange DIR]
    tpstrain course collect   [--assignment A] [--exchange DIR | --from DIR]
    tpstrain course autograde [--assignment A] [--student S] [--jobs N] [--force]
    tpstrain course feedback  [--assignment A] [--student S] [--release]
    tpstrain course export    [--to grades.csv]
    tpstrain course report    [--output DIR] [--roster CSV] [--pass-mark 70]
    tpstrain course certify   [--roster CSV] [--require A,B] [--pass-mark 70] [--output staff.json]

Every command takes ``--course-dir`` (default: the nearest folder up from here with nbgrader_config.py) and
shows a progress bar on stderr (``--no-progress`` to hide it). ``--assignment`` and ``--student`` take names,
comma lists or shell patterns (``'0[2-5]-*'``). The heavy imports (nbgrader, matplotlib) happen inside the
handlers, so ``tpstrain check`` stays fast.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from ..errors import InputError

EXIT_OK, EXIT_FAILED = 0, 1


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2026-03-01") from None


MAX_YEARS = 10  # a training record valid longer than this is a typing slip (and 100000 is past year 9999)


def _years(value: str) -> int:
    try:
        years = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of years") from None
    if not 1 <= years <= MAX_YEARS:
        raise argparse.ArgumentTypeError(f"{years} years: give 1 to {MAX_YEARS}")
    return years


def _datetime(value: str) -> dt.datetime:
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date and time like 2026-03-01T17:00") from None
    if when.tzinfo is None:
        when = when.astimezone()  # local time, as an instructor means it
    return when


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if n < 1:
        raise argparse.ArgumentTypeError("at least 1")
    return n


def _percent(value: str) -> float:
    try:
        return float(value.rstrip("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a percentage") from None


def add_course_parser(subparsers) -> argparse.ArgumentParser:
    """Add ``course`` and its subcommands to the ``tpstrain`` parser (called from tpstrain.cli)."""
    course = subparsers.add_parser(
        "course",
        help="instructor tools: grade the class, report, certify",
        description="Run the nbgrader course: generate, release, collect, autograde in parallel, feedback, "
        "export; see where the class struggles (report); certify who may post.",
    )
    course.set_defaults(handler=lambda _args: _help(course))
    sub = course.add_subparsers(dest="course_command", metavar="STEP", parser_class=type(course))

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--course-dir",
        metavar="DIR",
        help="the course (folder with nbgrader_config.py); default: here or the nearest parent",
    )
    common.add_argument("--no-progress", action="store_true", help="no progress bar")
    pick = argparse.ArgumentParser(add_help=False)
    pick.add_argument(
        "--assignment",
        "-a",
        action="append",
        metavar="A",
        help="assignment(s): name, comma list or pattern (default: all)",
    )
    who = argparse.ArgumentParser(add_help=False)
    who.add_argument(
        "--student",
        "-s",
        action="append",
        metavar="S",
        help="trainee id(s): id, comma list or pattern (default: all)",
    )
    exchange = argparse.ArgumentParser(add_help=False)
    exchange.add_argument("--exchange", metavar="DIR", help="nbgrader exchange folder (default: nbgrader's)")

    p = sub.add_parser(
        "generate",
        parents=[common, pick],
        help="make the release notebooks and gradebook entries",
        description="nbgrader generate_assignment for every assignment in the source directory: "
        "the release notebooks (solutions and hidden tests removed) and the gradebook.",
    )
    p.add_argument(
        "--due", type=_datetime, metavar="WHEN", help="due date and time (ISO, local unless a zone is given)"
    )
    p.set_defaults(handler=cmd_generate)

    p = sub.add_parser(
        "release", parents=[common, pick, exchange], help="release assignments to the exchange"
    )
    p.add_argument("--force", "-f", action="store_true", help="replace an assignment already released")
    p.set_defaults(handler=cmd_release)

    p = sub.add_parser(
        "collect",
        parents=[common, pick, exchange],
        help="collect submissions",
        description="Collect submissions into submitted/: from the exchange, or --from a folder "
        "laid out DIR/<trainee>/<assignment>/*.ipynb.",
    )
    p.add_argument("--from", dest="from_dir", metavar="DIR", help="copy submissions from this folder")
    p.set_defaults(handler=cmd_collect)

    p = sub.add_parser(
        "autograde",
        parents=[common, pick, who],
        help="autograde submissions in parallel",
        description="Autograde submissions with N worker processes, each in its own copy of the "
        "course and gradebook; results are merged into the gradebook by one writer. "
        "Manual grades are kept.",
    )
    p.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=os.cpu_count() or 1,
        metavar="N",
        help="worker processes (default: %(default)s, the number of CPUs)",
    )
    p.add_argument(
        "--force", "-f", action="store_true", help="autograde again submissions already autograded"
    )
    p.add_argument(
        "--roster",
        metavar="CSV",
        help="name trainees in the gradebook from this roster (default: docs/roster.csv, if any)",
    )
    p.set_defaults(handler=cmd_autograde)

    p = sub.add_parser("feedback", parents=[common, pick, who], help="generate feedback HTML for trainees")
    p.add_argument("--release", action="store_true", help="also release the feedback to the exchange")
    p.add_argument("--exchange", metavar="DIR", help="nbgrader exchange folder (with --release)")
    p.set_defaults(handler=cmd_feedback)

    p = sub.add_parser(
        "export", parents=[common, pick, who], help="export grades as CSV (nbgrader's columns)"
    )
    p.add_argument(
        "--to", "-o", default="grades.csv", metavar="CSV", help="output file (default: %(default)s)"
    )
    p.set_defaults(handler=cmd_export)

    roster = argparse.ArgumentParser(add_help=False)
    roster.add_argument(
        "--roster",
        metavar="CSV",
        help="id,first_name,last_name,email,unit (default: none; trainees and names from the gradebook)",
    )
    roster.add_argument(
        "--pass-mark",
        type=_percent,
        default=70.0,
        metavar="PCT",
        help="percent of an assignment's points needed to pass (default: %(default)g)",
    )
    roster.add_argument(
        "--require",
        action="append",
        metavar="A",
        help="assignments required for certification (default: all in the gradebook)",
    )
    roster.add_argument("--policy", metavar="FILE", help="policy file (YAML); default: the model policy")

    p = sub.add_parser(
        "report",
        parents=[common, pick, roster],
        help="where the class struggles: HTML + PNG",
        description="Scores and completion per trainee and assignment, the hardest exercises, "
        "and the rules and core values trainees' answers break most; one "
        "self-contained HTML page plus PNGs and report.json.",
    )
    p.add_argument(
        "--output",
        "-o",
        default="course-report",
        metavar="DIR",
        help="output folder (default: %(default)s, in the current directory)",
    )
    p.add_argument("--title", default="tpstrain course report")
    p.set_defaults(handler=cmd_report)

    p = sub.add_parser(
        "certify",
        parents=[common, roster],
        help="training records for trainees who passed",
        description="Trainees who pass every required assignment get a training record "
        "(completed today, expiring in two years) in a StaffMember JSON list that "
        "the policy's authorization rules read.",
    )
    p.add_argument(
        "--output",
        "-o",
        default="certified-staff.json",
        metavar="JSON",
        help="StaffMember JSON list to write or update (default: %(default)s)",
    )
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="completion date (default: today)")
    p.add_argument(
        "--years",
        type=_years,
        default=2,
        help=f"years the record is valid, 1 to {MAX_YEARS} (default: %(default)s)",
    )
    p.add_argument("--module", help="training module id (default: the policy's required training)")
    p.set_defaults(handler=cmd_certify)
    return course


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


# ----- handlers ---------------------------------------------------------------------------------------------
def _course(args: argparse.Namespace, exchange: str | None = None, **more: dict):
    from .coursedir import Course

    overrides = {"Exchange": {"root": str(Path(exchange).resolve())}} if exchange else {}
    overrides.update(more)
    return Course(args.course_dir, overrides or None)


def _names(values) -> list[str]:
    from .coursedir import split_names

    return split_names(values)


def _report(outcome) -> int:
    print(outcome.summary())
    return outcome.exit_code


def _show(args) -> bool:
    return not args.no_progress


def cmd_generate(args: argparse.Namespace) -> int:
    from . import instructor

    return _report(
        instructor.generate(_course(args), _names(args.assignment), due=args.due, show_progress=_show(args))
    )


def cmd_release(args: argparse.Namespace) -> int:
    from . import instructor

    force = {"ExchangeReleaseAssignment": {"force": True}} if args.force else {}
    course = _course(args, args.exchange, **force)
    return _report(instructor.release(course, _names(args.assignment), show_progress=_show(args)))


def cmd_collect(args: argparse.Namespace) -> int:
    from . import instructor

    if args.from_dir and args.exchange:
        raise InputError("give --exchange or --from, not both")
    course = _course(args, args.exchange)
    return _report(
        instructor.collect(course, _names(args.assignment), from_dir=args.from_dir, show_progress=_show(args))
    )


def cmd_autograde(args: argparse.Namespace) -> int:
    from . import autograde

    course = _course(args)
    out = autograde.autograde(
        course,
        _names(args.assignment),
        _names(args.student),
        jobs=args.jobs,
        force=args.force,
        show_progress=_show(args),
        roster=_roster(args, course),
    )
    return _report(out)


def cmd_feedback(args: argparse.Namespace) -> int:
    from . import instructor

    course = _course(args, args.exchange)
    return _report(
        instructor.feedback(
            course,
            _names(args.assignment),
            _names(args.student),
            release_to_exchange=args.release,
            show_progress=_show(args),
        )
    )


def cmd_export(args: argparse.Namespace) -> int:
    from . import instructor

    return _report(
        instructor.export(
            _course(args),
            Path(args.to),
            _names(args.assignment),
            _names(args.student),
            show_progress=_show(args),
        )
    )


def _roster(args: argparse.Namespace, course) -> dict | None:
    from .classdata import read_roster

    if args.roster:
        return read_roster(args.roster)
    default = course.root / "docs" / "roster.csv"
    return read_roster(default) if default.is_file() else None


def _class_roster(args: argparse.Namespace) -> dict | None:
    """report and certify: the roster given with --roster, else none (the gradebook's trainees). Never the
    course's docs/roster.csv: in this repository that is an invented sample class, not anyone's trainees."""
    from .classdata import read_roster

    if args.roster:
        return read_roster(args.roster)
    print(
        "tpstrain: no roster (--roster CSV): trainees and names from the gradebook, no units", file=sys.stderr
    )
    return None


def _policy(args: argparse.Namespace):
    if not args.policy:
        return None
    from ..policy import load_policy

    return load_policy(args.policy)


def cmd_report(args: argparse.Namespace) -> int:
    from .report import build

    course = _course(args)
    rep = build(
        course,
        Path(args.output),
        policy=_policy(args),
        roster=_class_roster(args),
        pass_mark=args.pass_mark,
        required=_names(args.require),
        assignments=_names(args.assignment),
        title=args.title,
    )
    print(rep.summary)
    return EXIT_OK


def cmd_certify(args: argparse.Namespace) -> int:
    from .certify import certify

    course = _course(args)
    roster = _class_roster(args)
    res = certify(
        course,
        Path(args.output),
        roster=roster,
        required=_names(args.require),
        pass_mark=args.pass_mark,
        on=args.date,
        years=args.years,
        module=args.module,
        policy=_policy(args),
    )
    print(res.summary)
    return EXIT_OK
