"""`gridesk check [--anchor CHAIN:COUNT:HASH]...`: integrity, every invariant, and the hash
chains against every anchor known; exit 1 listing violations."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from gridesk.cli.common import EXIT_ERROR, Command, open_database, tr
from gridesk.config import Location
from gridesk.errors import QT_TRANSLATE_NOOP


def _anchor(text: str) -> Any:
    from gridesk.core.anchors import parse

    try:
        return parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "check",
        parents=[common],
        help=QT_TRANSLATE_NOOP("cli", "integrity and every invariant; exit 1 listing violations"),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "Integrity, every invariant, and both hash chains (the points ledger and "
            "the audit log) against every anchor known: those in anchors.txt in the data folder "
            "and those given with --anchor. Exit 1 listing violations.",
        ),
    )
    p.add_argument(
        "--anchor",
        action="append",
        default=[],
        type=_anchor,
        metavar="CHAIN:COUNT:HASH",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "a chain head as printed on a daily closing (日结), e.g. ledger:1234:3f9a0c1d2e4b5a69 "
            "or audit:5678:0c1d2e4b5a693f9a; COUNT:HASH means the ledger; HASH: its first 8 to 64 "
            "hex digits; repeat for more",
        ),
    )


def cmd_check(args: argparse.Namespace, where: Location) -> int:
    from gridesk.core.check import run_checks, run_warnings
    from gridesk.core.database_file import require_gridesk_file
    from gridesk.core.dialect import dialect_for

    path = dialect_for(where.db_url).path
    if path is not None:  # read it first: opening a file through the store writes to it
        require_gridesk_file(path)
    store = open_database(where)
    try:
        problems = run_checks(store, args.anchor)
        warnings = run_warnings(store)
    finally:
        store.close()
    for w in warnings:
        print(tr(QT_TRANSLATE_NOOP("cli", "warning: {warning}"), warning=w), file=sys.stderr)
    if problems:
        for p in problems:
            print(p)
        print(tr(QT_TRANSLATE_NOOP("cli", "problems found: {count}"), count=len(problems)),
              file=sys.stderr)  # fmt: skip
        return EXIT_ERROR
    if args.anchor:
        print(
            tr(
                QT_TRANSLATE_NOOP("cli", "all checks passed, {count} given anchor(s) included"),
                count=len(args.anchor),
            )
        )
        return 0
    print(tr(QT_TRANSLATE_NOOP("cli", "all checks passed")))
    return 0


# the commands this module adds, by name
COMMANDS: dict[str, Command] = {
    "check": cmd_check,
}
