"""`gridesk backup [--to FILE]` and `gridesk restore FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from gridesk.cli.common import Command, administrator, open_database
from gridesk.config import Location
from gridesk.errors import QT_TRANSLATE_NOOP


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "backup", parents=[common], help=QT_TRANSLATE_NOOP("cli", "back up the database now")
    )
    p.add_argument(
        "--to", type=Path, help=QT_TRANSLATE_NOOP("cli", "write the backup to this file")
    )

    p = sub.add_parser(
        "restore",
        parents=[common],
        help=QT_TRANSLATE_NOOP("cli", "replace the database with a backup"),
    )
    p.add_argument("file", type=Path)


def cmd_backup(args: argparse.Namespace, where: Location) -> int:
    from gridesk.core.backup import backup_now

    store = open_database(where)
    try:
        made = backup_now(store, administrator(store), to=args.to)
        print(f"backup written to {made}")
    finally:
        store.close()
    return 0


def cmd_restore(args: argparse.Namespace, where: Location) -> int:
    from gridesk.core.backup import check_backup_file, restore

    check_backup_file(args.file)  # a file that could not stand in: refused before opening
    store = open_database(where, initialised=False)
    try:
        done = restore(store, args.file)
    finally:
        store.close()
    print(
        f"restored {args.file}"
        + (
            f"; the previous database was saved as {done.safety}"
            if done.safety
            else "; there was no previous database to save"
        )
    )
    if not done.audited:
        print("the restore could not be recorded in the audit log (see the log file)")
    return 0


# the commands this module adds, by name
COMMANDS: dict[str, Command] = {
    "backup": cmd_backup,
    "restore": cmd_restore,
}
