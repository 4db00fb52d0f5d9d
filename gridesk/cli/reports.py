"""`gridesk report`: the centre's report for a period, as an A4 PDF or an .xlsx.

gridesk report --period 2026-11 FILE.pdf|FILE.xlsx [--scope grid:NAME|station:NAME]
               [--compare previous|year_ago]

The period: a month (2026-11), quarter (2026-Q4), year (2026), ISO week (2026-W47) or days
(2026-11-01..2026-11-15). The paper is in Chinese, the hall's language, like every document.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from gridesk.cli.common import CliError, Command, administrator, open_database, tr
from gridesk.config import Location
from gridesk.errors import QT_TRANSLATE_NOOP


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "report",
        parents=[common],
        help=QT_TRANSLATE_NOOP("cli", "the centre's report as PDF or .xlsx"),
    )
    p.add_argument("file", type=Path, help=QT_TRANSLATE_NOOP("cli", "FILE.pdf or FILE.xlsx"))
    p.add_argument(
        "--period",
        required=True,
        help=QT_TRANSLATE_NOOP("cli", "2026-11, 2026-Q4, 2026, 2026-W47 or 2026-11-01..2026-11-15"),
    )
    p.add_argument(
        "--scope",
        default="",
        help=QT_TRANSLATE_NOOP("cli", "grid:NAME or station:NAME (default: the centre)"),
    )
    p.add_argument("--compare", choices=("previous", "year_ago"), default="previous")


def chinese() -> Any:  # the zh_CN .qm, read the way the command line reads its own
    """translate(context, text) in Chinese, for the printed report."""
    from gridesk.ui.i18n import load_translations

    return load_translations("zh_CN")


def cmd_report(args: argparse.Namespace, where: Location) -> int:
    from gridesk.core.reports.period import Period
    from gridesk.core.reports.report import build_report, scopes

    suffix = args.file.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise CliError(QT_TRANSLATE_NOOP("cli", "the report is written as .pdf or .xlsx"))
    period = Period.parse(args.period)
    store = open_database(where)
    try:
        actor = administrator(store)
        scope = None
        if args.scope:
            kind, _, name = args.scope.partition(":")
            found = [s for s in scopes(store, actor) if s.kind == kind and s.name == name]
            if not found:
                raise CliError(
                    QT_TRANSLATE_NOOP("cli", "no grid or station named {name}"), name=name
                )
            scope = found[0]
        report = build_report(store, actor, period, scope, compare=args.compare)
        if suffix == ".pdf":
            from gridesk.core.reports.paper import paper
            from gridesk.documents.reports import report_pdf

            args.file.write_bytes(report_pdf(paper(report, chinese())))
        else:
            from gridesk.exchange.reports_io import write_report_workbook

            write_report_workbook(report, chinese(), args.file)
        print(
            tr(
                QT_TRANSLATE_NOOP("cli", "wrote the report for {period} to {file}"),
                period=period.text(),
                file=str(args.file),
            )
        )
    finally:
        store.close()
    return 0


# the commands this module adds, by name
COMMANDS: dict[str, Command] = {
    "report": cmd_report,
}
