"""`gridesk import residents` and `gridesk export residents|requests`: spreadsheets in and out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gridesk.cli import requests
from gridesk.cli.common import (
    CliError,
    Command,
    administrator,
    open_database,
    progress_printer,
    tr,
    translate_errors,
)
from gridesk.config import Location
from gridesk.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from gridesk.core.residents.imports import ErrorGroup

SHOWN_ERRORS = 50  # kinds of error listed; the window's error list and its saved file have all


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "import",
        parents=[common],
        help=QT_TRANSLATE_NOOP("cli", "import records from .xlsx or .csv"),
    )
    p.add_argument("what", choices=["residents"])
    p.add_argument("file", type=Path)
    p.add_argument(
        "--update-existing",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "update residents whose ID number is registered"),
    )
    p.add_argument(
        "--add-missing",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli", "add the grids and tags the file names that do not exist yet"
        ),
    )

    p = sub.add_parser(
        "export", parents=[common], help=QT_TRANSLATE_NOOP("cli", "export records to .xlsx or .csv")
    )
    p.add_argument("what", choices=["residents", "requests"])
    p.add_argument("file", type=Path)
    p.add_argument(
        "--from",
        dest="day_from",
        help=QT_TRANSLATE_NOOP("cli", "requests: accepted on or after YYYY-MM-DD"),
    )
    p.add_argument(
        "--to",
        dest="day_to",
        help=QT_TRANSLATE_NOOP("cli", "requests: accepted on or before YYYY-MM-DD"),
    )


def cmd_import(args: argparse.Namespace, where: Location) -> int:
    from gridesk.core.residents import imports
    from gridesk.exchange import residents_io

    store = open_database(where)
    try:
        actor = administrator(store)
        table = residents_io.read_table(args.file)
        mapping = residents_io.guess_mapping(table.headers)
        plan = imports.plan_import(
            store,
            actor,
            table,
            mapping,
            update_existing=args.update_existing,
            create_missing=args.add_missing,
        )
        if plan.errors:
            groups = imports.summarise_errors(plan.errors)
            for group in groups[:SHOWN_ERRORS]:
                print(error_line(group), file=sys.stderr)
            if len(groups) > SHOWN_ERRORS:
                print(
                    tr(
                        QT_TRANSLATE_NOOP("cli", "… and {count} more kinds of error"),
                        count=len(groups) - SHOWN_ERRORS,
                    ),
                    file=sys.stderr,
                )
            raise CliError(
                QT_TRANSLATE_NOOP("cli", "{count} error(s) in {file}; nothing was imported"),
                count=len(plan.errors),
                file=args.file.name,
            )
        result = imports.apply_import(store, actor, plan, progress=progress_printer("import"))
        print(
            tr(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "imported {file}: {created} new, {updated} updated, {blank} blank rows skipped",
                ),
                file=args.file.name,
                created=result.created,
                updated=result.updated,
                blank=result.skipped_blank,
            )
        )
        if plan.new_grids or plan.new_tags:
            print(
                tr(
                    QT_TRANSLATE_NOOP("cli", "added grids: {grids}; added tags: {tags}"),
                    grids="、".join(name for name, _ in plan.new_grids) or "-",
                    tags="、".join(name for name, _ in plan.new_tags) or "-",
                )
            )
    finally:
        store.close()
    return 0


def error_line(group: ErrorGroup) -> str:
    """``rows 2, 5, 9, 11, 14 … (120 rows), 网格 “第五网格”: There is no grid named …``"""
    return tr(
        QT_TRANSLATE_NOOP("cli", "{where}, {column} “{value}”: {reason}"),
        where=group.where(translate_errors),
        column=group.column,
        value=group.value,
        reason=group.render(translate_errors),
    )


def cmd_export(args: argparse.Namespace, where: Location) -> int:
    if args.what == "requests":
        return requests.cmd_export_requests(args, where)
    from gridesk.core.residents.records import ResidentFilter
    from gridesk.exchange import residents_io

    store = open_database(where)
    try:
        n = residents_io.export_residents(store, administrator(store), ResidentFilter(), args.file)
        print(
            tr(
                QT_TRANSLATE_NOOP("cli", "exported {count} residents to {file}"),
                count=n,
                file=args.file,
            )
        )
    finally:
        store.close()
    return 0


# the commands this module adds, by name
COMMANDS: dict[str, Command] = {
    "import": cmd_import,
    "export": cmd_export,
}
