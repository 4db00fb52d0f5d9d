"""`gridesk points closing [--day D] [--to FILE]`: the points shop's daily closing (日结)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from gridesk import clock
from gridesk.cli.common import Command, administrator, open_database
from gridesk.config import Location
from gridesk.errors import QT_TRANSLATE_NOOP


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "points",
        parents=[common],
        help=QT_TRANSLATE_NOOP("cli", "points shop: the daily closing (日结)"),
    )
    p.add_argument("what", choices=["closing"])
    p.add_argument(
        "--day",
        type=date.fromisoformat,
        help=QT_TRANSLATE_NOOP("cli", "YYYY-MM-DD (default: today)"),
    )
    p.add_argument(
        "--desk",
        help=QT_TRANSLATE_NOOP("cli", "this desk's closing alone (a hall's desk name, e.g. 窗口2)"),
    )
    p.add_argument(
        "--to", type=Path, help=QT_TRANSLATE_NOOP("cli", "also write it to this .xlsx file")
    )


def cmd_points(args: argparse.Namespace, where: Location) -> int:
    from gridesk.core.points.reports import daily_closing, monthly
    from gridesk.exchange.points_io import closing_lines, export_closing

    store = open_database(where)
    try:
        closing = daily_closing(
            store, administrator(store), args.day or clock.today(), desk=args.desk
        )
        print("\n".join(closing_lines(closing)))
        if args.to:
            export_closing(closing, monthly(store, administrator(store), closing.day.year), args.to)
            print(f"written to {args.to}")
    finally:
        store.close()
    return 0


# the commands this module adds, by name
COMMANDS: dict[str, Command] = {
    "points": cmd_points,
}
