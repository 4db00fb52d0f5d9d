"""Backup files: consistent copies of the SQLite file (SQLite's online backup API), named by
time and reason, kept in the data folder's ``backups`` and rotated.

Below the store: opening a store backs up before it migrates (``store.open_store``), so this
module knows files and folders only. The admin's services (back up now, restore) are in
``core/backup.py``.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from gridesk import clock
from gridesk.errors import QT_TRANSLATE_NOOP, StoreError

log = logging.getLogger(__name__)

KEEP = 20
PREFIX = "gridesk-"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime
    size: int
    reason: str


def backup_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def copy_database(source: Path, to: Path, timeout: float = 5.0) -> None:
    """Copy a SQLite file that other connections may be writing into ``to``, consistently,
    as one file (no write-ahead log beside it)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=timeout)
    try:
        dst = sqlite3.connect(to)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def make_backup(
    db_path: Path, data_dir: Path, reason: str = "manual", to: Path | None = None, keep: int = KEEP
) -> Path:
    """Copy the live database (other connections may be writing) into a consistent file."""
    if not db_path.exists():
        raise StoreError(QT_TRANSLATE_NOOP("errors", "There is no database file to back up yet."))
    if to is None:
        folder = backup_dir(data_dir)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = clock.utcnow().strftime("%Y%m%d-%H%M%S-%f")
        to = folder / f"{PREFIX}{stamp}-{reason}.db"
    to.parent.mkdir(parents=True, exist_ok=True)
    partial = to.with_name(to.name + ".partial")
    copy_database(db_path, partial, timeout=10)
    os.replace(partial, to)  # a power cut leaves either the old set or a whole new file
    if to.parent == backup_dir(data_dir):
        rotate(data_dir, keep)
    log.info("backup written to %s", to)
    return to


def list_backups(data_dir: Path) -> list[BackupFile]:
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{PREFIX}*.db"):
        stat = path.stat()
        parts = path.stem.split("-")
        reason = parts[4] if len(parts) > 4 else ""
        found.append(
            BackupFile(path, datetime.fromtimestamp(stat.st_mtime, UTC), stat.st_size, reason)
        )
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def latest_backup(data_dir: Path) -> BackupFile | None:
    backups = list_backups(data_dir)
    return backups[0] if backups else None


def rotate(data_dir: Path, keep: int = KEEP) -> None:
    for old in list_backups(data_dir)[keep:]:
        old.path.unlink(missing_ok=True)
