"""`gridesk import residents` and `gridesk export residents|requests`: spreadsheets in and out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from gridesk.cli import requests
from gridesk.cli.common import CliError, Command, administrator, open_database, progress_printer
from gridesk.config import Location


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("import", parents=[common], help="import records from .xlsx or .csv")
    p.add_argument("what", choices=["residents"])
    p.add_argument("file", type=Path)
    p.add_argument(
        "--update-existing",
        action="store_true",
        help="update residents whose ID number is registered",
    )

    p = sub.add_parser("export", parents=[common], help="export records to .xlsx or .csv")
    p.add_argument("what", choices=["residents", "requests"])
    p.add_argument("file", type=Path)
    p.add_argument("--from", dest="day_from", help="requests: accepted on or after YYYY-MM-DD")
    p.add_argument("--to", dest="day_to", help="requests: accepted on or before YYYY-MM-DD")


def cmd_import(args: argparse.Namespace, where: Location) -> int:
    from gridesk.core.residents import imports
    from gridesk.exchange import residents_io

    store = open_database(where)
    try:
        actor = administrator(store)
        table = residents_io.read_table(args.file)
        mapping = residents_io.guess_mapping(table.headers)
        plan = imports.plan_import(
            store, actor, table, mapping, update_existing=args.update_existing
        )
        if plan.errors:
            for err in plan.errors[:50]:
                print(f"row {err.row}, {err.column}: {err.value!r}: {err.reason}", file=sys.stderr)
            more = len(plan.errors) - 50
            if more > 0:
                print(f"... and {more} more", file=sys.stderr)
            raise CliError(f"{len(plan.errors)} error(s) in {args.file.name}; nothing was imported")
        result = imports.apply_import(store, actor, plan, progress=progress_printer("import"))
        print(
            f"imported {args.file.name}: {result.created} new, {result.updated} updated, "
            f"{result.skipped_blank} blank rows skipped"
        )
    finally:
        store.close()
    return 0


def cmd_export(args: argparse.Namespace, where: Location) -> int:
    if args.what == "requests":
        return requests.cmd_export_requests(args, where)
    from gridesk.core.residents.records import ResidentFilter
    from gridesk.exchange import residents_io

    store = open_database(where)
    try:
        n = residents_io.export_residents(store, administrator(store), ResidentFilter(), args.file)
        print(f"exported {n} residents to {args.file}")
    finally:
        store.close()
    return 0


# the commands this module adds, by name
COMMANDS: dict[str, Command] = {
    "import": cmd_import,
    "export": cmd_export,
}
