"""The program itself: the GUI (no command), `gridesk self-test` and `gridesk bench`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from gridesk.cli.common import Command
from gridesk.config import Location
from gridesk.errors import QT_TRANSLATE_NOOP


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "self-test",
        parents=[common],
        help=QT_TRANSLATE_NOOP(
            "cli", "start the real GUI, visit every page, exit 0 if all went well"
        ),
    )
    p.add_argument("--screenshot", type=Path)
    p = sub.add_parser(
        "bench",
        parents=[common],
        help=QT_TRANSLATE_NOOP("cli", "the benchmarks, with ratios against raw baselines"),
    )
    p.add_argument("--residents", type=int, default=200_000)
    p.add_argument(
        "--quick",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "small sizes, to try the harness"),
    )


def cmd_self_test(args: argparse.Namespace, where: Location) -> int:
    from gridesk.ui.selftest import run_self_test

    return run_self_test(where, args.screenshot)


def cmd_bench(args: argparse.Namespace, where: Location) -> int:
    from gridesk.bench.run import run_bench

    return run_bench(where, residents=args.residents, quick=args.quick)


def run_gui(args: argparse.Namespace, where: Location) -> int:
    from gridesk.ui.app import run_app

    return run_app(where, demo=args.demo)


# the commands this module adds, by name
COMMANDS: dict[str, Command] = {
    "self-test": cmd_self_test,
    "bench": cmd_bench,
}
