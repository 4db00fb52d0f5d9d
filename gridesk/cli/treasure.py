"""`gridesk treasure overdue|labels|schedule|no-shows`: the treasure box's lists and papers."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from gridesk import clock
from gridesk.cli.common import CliError, Command, administrator, open_database
from gridesk.config import Location
from gridesk.errors import QT_TRANSLATE_NOOP


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "treasure",
        parents=[common],
        help=QT_TRANSLATE_NOOP("cli", "treasure box: overdue, labels, rooms"),
    )
    p.add_argument("action", choices=["overdue", "labels", "schedule", "no-shows"])
    p.add_argument(
        "file",
        type=Path,
        nargs="?",
        help=QT_TRANSLATE_NOOP("cli", "overdue: .xlsx or .pdf; labels/schedule: .pdf"),
    )
    p.add_argument(
        "--roll",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "labels: 40x30 mm pages, not A4 sheets"),
    )
    p.add_argument("--day", help=QT_TRANSLATE_NOOP("cli", "schedule: YYYY-MM-DD (default today)"))


def cmd_treasure(args: argparse.Namespace, where: Location) -> int:
    from datetime import date

    from gridesk.core.treasure import lending, papers, rooms

    if args.action in ("labels", "schedule") and args.file is None:
        raise CliError(f"treasure {args.action} needs a FILE to write")
    try:
        day = date.fromisoformat(args.day) if args.day else None
    except ValueError:
        raise CliError(f"--day {args.day!r} is not a date like 2026-11-23") from None
    store = open_database(where)
    try:
        actor = administrator(store)
        if args.action == "overdue":
            rows = lending.overdue_list(store, actor)
            for r in rows:
                print(f"{r.resident_name}\t{r.phone}\t{r.item_name}\t{r.due_on}\t{r.days_overdue}")
            if args.file is not None and args.file.suffix.lower() == ".pdf":
                args.file.write_bytes(papers.overdue_pdf(store, actor))
            elif args.file is not None:
                from gridesk.exchange.treasure_io import export_overdue

                export_overdue(store, actor, args.file)
            print(f"{len(rows)} overdue", file=sys.stderr)
        elif args.action == "labels":
            ids = [i.id for i in lending.list_items(store, actor)]
            if not ids:
                raise CliError("the treasure box has no items in circulation")
            args.file.write_bytes(papers.label_pdf(store, actor, ids, roll=args.roll))
            print(f"{len(ids)} labels written to {args.file}")
        elif args.action == "schedule":
            day = day or clock.today()
            args.file.write_bytes(papers.schedule_pdf(store, actor, day))
            print(f"the schedule of {day} written to {args.file}")
        else:
            print(f"{rooms.mark_no_shows(store, actor)} booking(s) marked no-show")
    finally:
        store.close()
    return 0


# the commands this module adds, by name
COMMANDS: dict[str, Command] = {
    "treasure": cmd_treasure,
}
