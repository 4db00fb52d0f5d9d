"""Backups of the SQLite file with SQLite's online backup API, rotated; and restore."""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from gridesk import clock
from gridesk.core.actor import Actor, Permission
from gridesk.core.errors import QT_TRANSLATE_NOOP, StoreError

if TYPE_CHECKING:
    from gridesk.core.store import Store

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
    src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
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


def check_backup_file(path: Path) -> None:
    """Refuse anything that is not a whole GriDesk database."""
    if not path.is_file():
        raise StoreError(QT_TRANSLATE_NOOP("errors", "File not found: {path}"), path=str(path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "This file is not a GriDesk backup: {reason}"),
            reason=str(exc),
        ) from exc
    if ok is None or ok[0] != "ok":
        raise StoreError(QT_TRANSLATE_NOOP("errors", "This backup file is damaged."))
    if not {"alembic_version", "installation", "users"} <= tables:
        raise StoreError(QT_TRANSLATE_NOOP("errors", "This file is not a GriDesk backup."))


def restore_backup(backup: Path, db_path: Path, data_dir: Path) -> Path | None:
    """Replace the database with a backup. The current file is backed up first.

    The caller must have closed every connection to ``db_path``.
    """
    check_backup_file(backup)
    staging = db_path.with_name(db_path.name + ".restoring")
    try:
        # copy first: the safety backup below rotates, and may remove the file being restored
        src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(staging)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        safety = (
            make_backup(db_path, data_dir, reason="before_restore") if db_path.exists() else None
        )
        for suffix in ("-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        os.replace(staging, db_path)
    except (sqlite3.Error, OSError) as exc:
        staging.unlink(missing_ok=True)
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "The backup could not be restored: {reason}"),
            reason=str(exc),
        ) from exc
    return safety


def backup_now(store: Store, actor: Actor, to: Path | None = None, reason: str = "manual") -> Path:
    """The admin's "back up now": checked, audited, rotated by the admin's setting."""
    actor.require(Permission.BACKUP_MANAGE)
    path = store.sqlite_path
    if path is None:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "errors", "A shared database server is backed up with the server's own tools."
            )
        )
    made = make_backup(
        path, store.data_dir, reason=reason, to=to, keep=int(store.setting("backup_keep", KEEP))
    )
    with store.write(actor) as s:
        store.audit(s, "backup", "database", made.name)
    return made
