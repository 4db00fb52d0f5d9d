"""`gridesk volunteers ...`: the volunteers' documents and hours from the command line.

gridesk volunteers roster FILE [--week DATE]          the week's duty roster (A4 landscape PDF)
gridesk volunteers notice FILE                         upcoming activities (A4 PDF, QR each)
gridesk volunteers certificate WHO FILE --from D --to D   志愿服务证明 (WHO: name, phone ...)
gridesk volunteers report FILE [--from D] [--to D]     hours by person, team, month (.xlsx)
gridesk volunteers approved [--since DATETIME]         approved hours records, tab-separated
                                                       (what the points shop awards)
"""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from gridesk import clock
from gridesk.cli.common import CliError, Command, administrator, open_database
from gridesk.config import Location
from gridesk.errors import QT_TRANSLATE_NOOP


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "volunteers",
        parents=[common],
        help=QT_TRANSLATE_NOOP("cli", "volunteers' documents and hours"),
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser(
        "roster", parents=[common], help=QT_TRANSLATE_NOOP("cli", "the week's duty roster as a PDF")
    )
    a.add_argument("file", type=Path)
    a.add_argument(
        "--week",
        type=date.fromisoformat,
        default=None,
        help=QT_TRANSLATE_NOOP("cli", "a day of the week"),
    )
    a = actions.add_parser(
        "notice", parents=[common], help=QT_TRANSLATE_NOOP("cli", "upcoming activities as a PDF")
    )
    a.add_argument("file", type=Path)
    a = actions.add_parser(
        "certificate", parents=[common], help=QT_TRANSLATE_NOOP("cli", "a service certificate PDF")
    )
    a.add_argument(
        "who",
        help=QT_TRANSLATE_NOOP(
            "cli", "the volunteer: name, pinyin or phone (must match one person)"
        ),
    )
    a.add_argument("file", type=Path)
    a.add_argument("--from", dest="start", type=date.fromisoformat, required=True)
    a.add_argument("--to", dest="end", type=date.fromisoformat, required=True)
    a = actions.add_parser(
        "report", parents=[common], help=QT_TRANSLATE_NOOP("cli", "hours report as .xlsx")
    )
    a.add_argument("file", type=Path)
    a.add_argument("--from", dest="start", type=date.fromisoformat, default=None)
    a.add_argument("--to", dest="end", type=date.fromisoformat, default=None)
    a = actions.add_parser(
        "approved", parents=[common], help=QT_TRANSLATE_NOOP("cli", "approved hours records (TSV)")
    )
    a.add_argument("--since", type=datetime.fromisoformat, default=datetime(2000, 1, 1))


def cmd_volunteers(args: argparse.Namespace, where: Location) -> int:
    store = open_database(where)
    try:
        actor = administrator(store)
        if args.action == "roster":
            from gridesk.core.volunteers.papers import roster_pdf

            args.file.write_bytes(roster_pdf(store, actor, args.week or clock.today()))
            print(f"wrote the roster to {args.file}")
        elif args.action == "notice":
            from gridesk.core.volunteers.papers import notice_pdf

            args.file.write_bytes(notice_pdf(store, actor))
            print(f"wrote the activity notice to {args.file}")
        elif args.action == "certificate":
            from gridesk.core.volunteers.papers import certificate_pdf
            from gridesk.core.volunteers.services import list_volunteers

            found = list_volunteers(store, actor, args.who)
            if len(found) != 1:
                names = "、".join(v.name for v in found[:5])
                raise CliError(
                    f"{args.who!r} matches {len(found)} volunteers"
                    + (f" ({names})" if names else "")
                    + ": be more precise (a phone number)"
                )
            data, pdf = certificate_pdf(store, actor, found[0].resident_id, args.start, args.end)
            args.file.write_bytes(pdf)
            print(
                f"wrote the certificate of {data.name} ({data.minutes / 60:.1f} h) to {args.file}"
            )
        elif args.action == "report":
            from gridesk.exchange.volunteers_io import export_hours_report

            end = args.end or clock.today()
            start = args.start or end.replace(month=1, day=1)
            n = export_hours_report(store, actor, args.file, start, end)
            print(f"wrote {n} hours records to {args.file}")
        else:
            from gridesk.core.volunteers.hours import approved_hours_since

            since = args.since if args.since.tzinfo else args.since.astimezone()
            print("id\tresident_id\tminutes\tapproved_at\tsource")
            for h in approved_hours_since(store, since.astimezone(UTC)):
                print(
                    f"{h.id}\t{h.resident_id}\t{h.minutes}\t{h.approved_at.isoformat()}\t{h.source}"
                )
    finally:
        store.close()
    return 0


# the commands this module adds, by name
COMMANDS: dict[str, Command] = {
    "volunteers": cmd_volunteers,
}
