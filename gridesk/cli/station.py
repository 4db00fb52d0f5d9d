"""`gridesk station add CODE --name NAME --to FILE`: at the hub, enrol a station (docs/SYNC.md)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from gridesk.cli.common import CliError, Command, administrator, open_database, tr
from gridesk.config import Location
from gridesk.errors import QT_TRANSLATE_NOOP


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "station",
        parents=[common],
        help=QT_TRANSLATE_NOOP("cli", "at the centre: enrol a station that works offline"),
    )
    p.add_argument("what", choices=["add", "revoke"])
    p.add_argument(
        "code",
        help=QT_TRANSLATE_NOOP("cli", "the station's code (2 to 8 capital letters or digits)"),
    )
    p.add_argument("--name", help=QT_TRANSLATE_NOOP("cli", "the station's name"))
    p.add_argument("--to", type=Path, help=QT_TRANSLATE_NOOP("cli", "the enrolment file to write"))
    p.add_argument(
        "--admin", default="", help=QT_TRANSLATE_NOOP("cli", "the station admin's user name")
    )


def cmd_station(args: argparse.Namespace, where: Location) -> int:
    from gridesk.core.sync.enrol import add_station, revoke_station

    if args.what == "add" and (not args.name or args.to is None):
        raise CliError(QT_TRANSLATE_NOOP("cli", "station add needs --name and --to"))
    store = open_database(where)
    try:
        if args.what == "revoke":
            name = revoke_station(store, administrator(store), args.code)
            print(
                tr(
                    QT_TRANSLATE_NOOP(
                        "cli", "station {name}'s enrolment withdrawn: its packs are refused"
                    ),
                    name=name,
                )
            )
            return 0
        done = add_station(store, administrator(store), args.code, args.name, args.to, args.admin)
        print(
            tr(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "station {code} ({name}) enrolled: take {path} to it and run "
                    "`gridesk init --enrolment` there; its administrator is {admin}",
                ),
                code=done.code,
                name=done.name,
                path=str(args.to),
                admin=done.admin,
            )
        )
    finally:
        store.close()
    return 0


COMMANDS: dict[str, Command] = {"station": cmd_station}
