"""`gridesk care register|overdue|record`: the care register from the command line.

gridesk care register FILE.xlsx            the register (helpers, last visit of each resident)
gridesk care overdue [FILE.pdf]            care residents not visited in time, one per line,
                                           tab-separated: name, phone, address, grid, groups,
                                           helpers, last visit (or "never"), days overdue
gridesk care record WHO FILE.pdf [--from D] [--to D]   a resident's 走访记录
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from gridesk.cli.common import CliError, Command, administrator, open_database, tr
from gridesk.config import Location
from gridesk.errors import QT_TRANSLATE_NOOP


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "care",
        parents=[common],
        help=QT_TRANSLATE_NOOP("cli", "the care register: register, overdue"),
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser(
        "register", parents=[common], help=QT_TRANSLATE_NOOP("cli", "the care register as .xlsx")
    )
    a.add_argument("file", type=Path)
    a = actions.add_parser(
        "overdue",
        parents=[common],
        help=QT_TRANSLATE_NOOP("cli", "care residents not visited in time (TSV)"),
    )
    a.add_argument(
        "file", type=Path, nargs="?", help=QT_TRANSLATE_NOOP("cli", "also write them as a PDF")
    )
    a = actions.add_parser(
        "record", parents=[common], help=QT_TRANSLATE_NOOP("cli", "a resident's visit record (PDF)")
    )
    a.add_argument(
        "who",
        help=QT_TRANSLATE_NOOP(
            "cli", "the resident: name, pinyin or phone (must match one person)"
        ),
    )
    a.add_argument("file", type=Path)
    a.add_argument("--from", dest="start", type=date.fromisoformat, default=None)
    a.add_argument("--to", dest="end", type=date.fromisoformat, default=None)


def _clean(text: str) -> str:
    """A cell of a tab-separated line: no tabs or line breaks inside."""
    return " ".join(text.split())


def cmd_care(args: argparse.Namespace, where: Location) -> int:
    store = open_database(where)
    try:
        actor = administrator(store)
        if args.action == "register":
            from gridesk.exchange.care_io import export_register

            if args.file.suffix.lower() != ".xlsx":
                raise CliError(QT_TRANSLATE_NOOP("cli", "Write the register to a .xlsx file."))
            n = export_register(store, actor, args.file)
            print(
                tr(
                    QT_TRANSLATE_NOOP("cli", "Wrote {n} care residents to {file}."),
                    n=n,
                    file=str(args.file),
                )
            )
        elif args.action == "overdue":
            from gridesk.core.care.register import overdue_visits

            rows = overdue_visits(store, actor)
            for o in rows:
                cells = (
                    o.name,
                    o.phone,
                    o.address,
                    o.grid_name,
                    "、".join(o.groups),
                    o.helpers,
                    o.last_visit.isoformat() if o.last_visit else "never",
                    str(o.days_overdue),
                )
                print("\t".join(_clean(c) for c in cells))
            if args.file is not None:
                from gridesk.core.care.papers import overdue_pdf

                args.file.write_bytes(overdue_pdf(store, actor))
            print(
                tr(QT_TRANSLATE_NOOP("cli", "{n} not visited in time"), n=len(rows)),
                file=sys.stderr,
            )
        else:
            from gridesk.core.care.papers import visit_record_pdf
            from gridesk.core.care.register import register
            from gridesk.core.residents.records import ResidentFilter

            found = register(store, actor, ResidentFilter(text=args.who))
            if len(found) != 1:
                raise CliError(
                    QT_TRANSLATE_NOOP(
                        "cli",
                        "{who} matches {n} care residents: name one (a phone number is surest).",
                    ),
                    who=args.who,
                    n=len(found),
                )
            args.file.write_bytes(visit_record_pdf(store, actor, found[0].id, args.start, args.end))
            print(
                tr(
                    QT_TRANSLATE_NOOP("cli", "Wrote the visit record of {name} to {file}."),
                    name=found[0].name,
                    file=str(args.file),
                )
            )
    finally:
        store.close()
    return 0


# the commands this module adds, by name
COMMANDS: dict[str, Command] = {
    "care": cmd_care,
}
