"""`gridesk desk`: this computer's desk, its name (stamped on every write) and its database."""

from __future__ import annotations

import argparse
from typing import Any

from gridesk.cli.common import Command, administrator, open_database
from gridesk.config import Location
from gridesk.errors import QT_TRANSLATE_NOOP


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "desk",
        parents=[common],
        help=QT_TRANSLATE_NOOP("cli", "show this desk's name and database, or rename it (--name)"),
    )
    p.add_argument("--name", help=QT_TRANSLATE_NOOP("cli", "the desk's new name, e.g. Window 2"))


def cmd_desk(args: argparse.Namespace, where: Location) -> int:
    from gridesk.core.desks import rename_desk

    store = open_database(where)
    try:
        if args.name is not None:
            rename_desk(store, administrator(store), args.name)
        print(f"desk: {store.desk_name or '(no name)'}")
        print(f"database: {store.location}")
    finally:
        store.close()
    return 0


# the commands this module adds, by name
COMMANDS: dict[str, Command] = {"desk": cmd_desk}
