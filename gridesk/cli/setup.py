"""`gridesk init` and `gridesk demo`: set up the station, fill it with demo data."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from gridesk.cli.common import (
    CliError,
    Command,
    administrator,
    open_database,
    progress_printer,
    tr,
)
from gridesk.config import Location
from gridesk.errors import QT_TRANSLATE_NOOP


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "init",
        parents=[common],
        help=QT_TRANSLATE_NOOP(
            "cli", "set up the station and its admin account (password on stdin)"
        ),
    )
    p.add_argument("--station-name")
    p.add_argument("--station-code")
    p.add_argument("--admin", help=QT_TRANSLATE_NOOP("cli", "the admin's user name"))
    p.add_argument(
        "--enrolment",
        type=Path,
        help=QT_TRANSLATE_NOOP("cli", "set up as a station from the centre's enrolment file"),
    )
    p.add_argument("--address", default="")
    p.add_argument("--hotline", default="")

    p = sub.add_parser(
        "demo",
        parents=[common],
        help=QT_TRANSLATE_NOOP("cli", "fill with realistic zh_CN demo data"),
    )
    p.add_argument("--residents", type=int, default=2000)
    p.add_argument("--seed", type=int, default=1)


def cmd_init(args: argparse.Namespace, where: Location) -> int:
    from gridesk.core.setup import initialise

    if sys.stdin.isatty():
        password = getpass.getpass("Admin password: ")
        if getpass.getpass("Again: ") != password:
            raise CliError("the two passwords differ")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if args.enrolment is not None:
        return _init_station(args.enrolment, password, where)
    if not (args.station_name and args.station_code and args.admin):
        raise CliError(
            QT_TRANSLATE_NOOP(
                "cli", "init needs --station-name, --station-code and --admin, or --enrolment"
            )
        )
    store = open_database(where, initialised=False)
    try:
        initialise(
            store,
            station_name=args.station_name,
            station_code=args.station_code,
            admin_username=args.admin,
            admin_password=password,
            address=args.address,
            hotline=args.hotline,
        )
        print(
            f"GriDesk set up for {args.station_name} ({args.station_code.upper()}) at {store.location}"
        )
    finally:
        store.close()
    return 0


def _init_station(enrolment: Path, password: str, where: Location) -> int:
    from gridesk.core.sync.enrol import enrol

    store = open_database(where, initialised=False)
    try:
        done = enrol(store, enrolment, password)
        print(
            tr(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "GriDesk set up as station {code} ({name}) at {location}; its "
                    "administrator is {admin}",
                ),
                code=done.code,
                name=done.name,
                location=store.location,
                admin=done.admin,
            )
        )
    finally:
        store.close()
    return 0


def cmd_demo(args: argparse.Namespace, where: Location) -> int:
    from gridesk.demo import fill_demo

    if args.residents < 0:
        raise CliError("--residents must be 0 or more")
    store = open_database(where)
    try:
        summary = fill_demo(
            store,
            administrator(store),
            residents=args.residents,
            seed=args.seed,
            progress=progress_printer("demo"),
            history=True,
        )
        print(f"\ndemo data added: {summary}")
    finally:
        store.close()
    return 0


# the commands this module adds, by name
COMMANDS: dict[str, Command] = {
    "init": cmd_init,
    "demo": cmd_demo,
}
