"""`gridesk backup [--to FILE]` and `gridesk restore FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from gridesk.cli.common import CliError, Command, administrator, open_database
from gridesk.config import Location


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", parents=[common], help="back up the database now")
    p.add_argument("--to", type=Path, help="write the backup to this file")

    p = sub.add_parser("restore", parents=[common], help="replace the database with a backup")
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
    from gridesk.core.backup import check_backup_file, restore_backup
    from gridesk.core.store import open_store

    check_backup_file(args.file)
    store = open_database(where, initialised=False)
    path = store.sqlite_path
    store.close()
    if path is None:
        raise CliError("restore works on the local SQLite database only")
    safety = restore_backup(args.file, path, where.data_dir)
    store = open_store(where.db_url, where.data_dir)
    try:
        with store.write(administrator(store)) as s:
            store.audit(s, "restore", "database", args.file.name)
    finally:
        store.close()
    print(
        f"restored {args.file}"
        + (f"; the previous database was saved as {safety}" if safety else "")
    )
    return 0


# the commands this module adds, by name
COMMANDS: dict[str, Command] = {
    "backup": cmd_backup,
    "restore": cmd_restore,
}
