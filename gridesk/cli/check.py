"""`gridesk check`: integrity and every invariant; exit 1 listing violations."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from gridesk.cli.common import EXIT_ERROR, Command, open_database
from gridesk.config import Location


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    sub.add_parser(
        "check", parents=[common], help="integrity and every invariant; exit 1 listing violations"
    )


def cmd_check(args: argparse.Namespace, where: Location) -> int:
    from gridesk.core.check import run_checks, run_warnings

    store = open_database(where)
    try:
        problems = run_checks(store)
        warnings = run_warnings(store)
    finally:
        store.close()
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    if problems:
        for p in problems:
            print(p)
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return EXIT_ERROR
    print("all checks passed")
    return 0


# the commands this module adds, by name
COMMANDS: dict[str, Command] = {
    "check": cmd_check,
}
