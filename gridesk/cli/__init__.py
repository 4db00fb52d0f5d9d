"""The one command line: for admins, scripts and checks.

Errors are one clear line and a non-zero exit, never a traceback (details go to the log file).
Commands act as the installation's administrator and are audited as such
(:mod:`gridesk.cli.common`). Each group of commands has its module here: it declares its
parsers (``add_parsers``) and runs them (``cmd_<command>``); this module puts them together.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from gridesk import __version__
from gridesk.cli import app, backup, check, desk, residents, setup, station
from gridesk.cli.common import (
    EXIT_ERROR,
    ArgumentParser,
    CliError,
    Command,
    fail_line,
    tr,
    use_language,
)
from gridesk.config import Location, setup_logging
from gridesk.errors import QT_TRANSLATE_NOOP, GrideskError
from gridesk.windows import WINDOWS, load

# The command groups of the installation as a whole, then each window's (gridesk/windows.py),
# in the order `gridesk --help` lists them.
GROUPS = (
    setup,
    residents,
    backup,
    check,
    station,
    desk,
    app,
    *(load(w.cli) for w in WINDOWS if w.cli),
)
COMMANDS: dict[str, Command] = {name: run for g in GROUPS for name, run in g.COMMANDS.items()}

log = logging.getLogger("gridesk.cli")


def _location_args(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--data-dir",
        default=default,
        help=QT_TRANSLATE_NOOP(
            "cli", "folder for the database, backups and logs (env GRIDESK_DATA_DIR)"
        ),
    )
    parser.add_argument(
        "--db-url",
        default=default,
        help=QT_TRANSLATE_NOOP("cli", "SQLAlchemy database URL (env GRIDESK_DB_URL)"),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
        prog="gridesk",
        description=QT_TRANSLATE_NOOP(
            "cli", "GriDesk: front-desk software for community service centres and grid stations."
        ),
    )
    parser.add_argument("--version", action="version", version=f"GriDesk {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "open the app on a demo database, ready to try"),
    )
    _location_args(parser, suppress=False)
    common = ArgumentParser(add_help=False)
    _location_args(common, suppress=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in GROUPS:
        group.add_parsers(sub, common)
    return parser


def _early_location(argv: Sequence[str] | None) -> Location | None:
    """Where this run works, read before the whole command line is (so that its help and its
    mistakes are told in the user's language); None when it names no usable place."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--demo", action="store_true")
    _location_args(early, suppress=False)
    known, _ = early.parse_known_args(argv)
    try:
        return Location.resolve(known.data_dir, known.db_url, demo=known.demo)
    except (GrideskError, OSError, ValueError):
        return None


def main(argv: Sequence[str] | None = None) -> int:
    early = _early_location(argv)
    if early is not None:
        use_language(early)
    parser = build_parser()
    args = parser.parse_args(argv)
    where = Location.resolve(args.data_dir, args.db_url, demo=args.demo)
    try:
        setup_logging(where.data_dir)
    except OSError as exc:
        print(
            f"gridesk: error: cannot use the data folder {where.data_dir}: {exc.strerror}",
            file=sys.stderr,
        )
        return EXIT_ERROR
    command = COMMANDS.get(args.command or "", app.run_gui)
    try:
        if args.command and early is None:  # the windows choose their own language
            use_language(where)
        return command(args, where)
    except (GrideskError, CliError) as exc:
        print(fail_line(exc), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(tr(QT_TRANSLATE_NOOP("cli", "gridesk: interrupted")), file=sys.stderr)
        return 130
    except Exception as exc:  # the promise: one line, never a traceback
        # The driver's text holds SQL and the values written (names, ID and phone numbers):
        # a database error is told plainly, anything else only by its kind; details go to
        # the log, masked.
        from gridesk.core.dialect import user_error

        plain = user_error(exc)
        if plain is not None:
            log.warning("command %s failed: %s", args.command, plain.message, exc_info=exc)
            print(fail_line(plain), file=sys.stderr)
        else:
            log.exception("command %s failed", args.command)
            print(
                tr(
                    QT_TRANSLATE_NOOP(
                        "cli",
                        "gridesk: error: the command failed unexpectedly ({kind}); nothing "
                        "more was done. The details are in the log.",
                    ),
                    kind=type(exc).__name__,
                ),
                file=sys.stderr,
            )
        return EXIT_ERROR
