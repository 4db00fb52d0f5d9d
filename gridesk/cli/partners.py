"""`gridesk partners evaluation|pioneer`: the partner units' annual evaluation and the party
members' pioneer index.

gridesk partners evaluation --year YYYY FILE.pdf|FILE.xlsx   年度评议 of every unit with the
    ranking (a PDF: the ranking and an A4 report per unit; an .xlsx: the figures and scores)
gridesk partners pioneer [--year YYYY] [FILE.pdf]   先锋指数, one member a line, tab-separated
    (rank, name, hours, cases, wishes, activities led, index); the board as a PDF
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from gridesk import clock
from gridesk.cli.common import CliError, Command, administrator, open_database, tr
from gridesk.config import Location
from gridesk.errors import QT_TRANSLATE_NOOP


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "partners",
        parents=[common],
        help=QT_TRANSLATE_NOOP("cli", "partner units: the annual evaluation"),
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser(
        "evaluation",
        parents=[common],
        help=QT_TRANSLATE_NOOP("cli", "the year's evaluation and ranking (.pdf or .xlsx)"),
    )
    a.add_argument("file", type=Path)
    a.add_argument(
        "--year", type=int, default=None, help=QT_TRANSLATE_NOOP("cli", "default: last year")
    )
    a = actions.add_parser(
        "pioneer",
        parents=[common],
        help=QT_TRANSLATE_NOOP("cli", "party members' pioneer index (TSV; a .pdf board)"),
    )
    a.add_argument(
        "file", type=Path, nargs="?", help=QT_TRANSLATE_NOOP("cli", "also print the board as a PDF")
    )
    a.add_argument(
        "--year", type=int, default=None, help=QT_TRANSLATE_NOOP("cli", "default: this year")
    )


def cmd_partners(args: argparse.Namespace, where: Location) -> int:
    if args.action == "pioneer":
        return _pioneer(args, where)
    year = args.year or clock.today().year - 1
    if not 2000 <= year <= 2100:
        raise CliError(
            QT_TRANSLATE_NOOP("cli", "--year {year} is not a year like 2026."), year=year
        )
    suffix = args.file.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise CliError(QT_TRANSLATE_NOOP("cli", "Write the evaluation to a .pdf or .xlsx file."))
    store = open_database(where)
    try:
        actor = administrator(store)
        if suffix == ".pdf":
            from gridesk.core.partners.evaluation import evaluate
            from gridesk.core.partners.papers import evaluation_pdf

            n = len(evaluate(store, actor, year).results)
            args.file.write_bytes(evaluation_pdf(store, actor, year))
        else:
            from gridesk.exchange.partners_io import export_evaluation

            n = export_evaluation(store, actor, year, args.file)
        print(
            tr(
                QT_TRANSLATE_NOOP("cli", "Wrote the {year} evaluation of {n} units to {file}."),
                year=year,
                n=n,
                file=str(args.file),
            )
        )
    finally:
        store.close()
    return 0


def _pioneer(args: argparse.Namespace, where: Location) -> int:
    """One member a line, ranked: rank, name, hours, cases, wishes, activities led, index."""
    year = args.year or clock.today().year
    if args.file is not None and args.file.suffix.lower() != ".pdf":
        raise CliError(QT_TRANSLATE_NOOP("cli", "Write the pioneer board to a .pdf file."))
    store = open_database(where)
    try:
        from gridesk.core.partners.pioneer import pioneer_index

        actor = administrator(store)
        for r in pioneer_index(store, actor, year):
            cells = (
                r.rank,
                r.name,
                f"{r.hours:g}",
                r.cases,
                r.wishes,
                r.activities,
                f"{r.index:g}",
            )
            print("\t".join(str(c) for c in cells))
        if args.file is not None:
            from gridesk.core.partners.papers import pioneer_pdf

            args.file.write_bytes(pioneer_pdf(store, actor, year))
    finally:
        store.close()
    return 0


# the commands this module adds, by name
COMMANDS: dict[str, Command] = {
    "partners": cmd_partners,
}
