"""`gridesk init` and `gridesk demo`: set up the station, fill it with demo data."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from gridesk.cli.common import CliError, Command, administrator, open_database, progress_printer
from gridesk.config import Location


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "init",
        parents=[common],
        help="set up the station and its admin account (password on stdin)",
    )
    p.add_argument("--station-name", required=True)
    p.add_argument("--station-code", required=True)
    p.add_argument("--admin", required=True, help="the admin's user name")
    p.add_argument("--address", default="")
    p.add_argument("--hotline", default="")

    p = sub.add_parser("demo", parents=[common], help="fill with realistic zh_CN demo data")
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
