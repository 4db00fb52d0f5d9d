"""Backing up and restoring the database: the admin's "back up now" and the one restore
(the admin page's and the command line's). The files themselves: ``core/backup_files.py``."""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from gridesk.core.actor import Actor, Permission
from gridesk.core.backup_files import KEEP, copy_database, make_backup
from gridesk.core.setup import installation_admin
from gridesk.core.store import Store, open_store
from gridesk.errors import QT_TRANSLATE_NOOP, StoreError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Restored:
    safety: Path | None
    """The database as it was before the restore, backed up first (None: there was none)."""
    audited: bool
    """Whether the restored database records the restore (it stands either way)."""


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
        copy_database(backup, staging)
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


def restore(store: Store, backup: Path, actor: Actor | None = None) -> Restored:
    """Put a backup in place of the store's database: the one restore of the admin page and
    the command line.

    The backup is checked, every connection of ``store`` closed, the current database backed
    up (reason ``before_restore``) and then replaced. The restored database is opened (brought
    up to date like any other at start-up) and records the restore, by ``actor``, or by the
    installation's administrator where no one signed in (the command line). The restore stands
    even if that record cannot be written (see ``Restored.audited``, and the log). ``store``
    itself then works on the restored file; windows holding data of the old one must close.
    """
    if actor is not None:
        actor.require(Permission.BACKUP_MANAGE)
    db_path = store.sqlite_path
    if db_path is None:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "errors", "A shared database server is backed up with the server's own tools."
            )
        )
    store.close()  # no pooled connection or plain reader may hold the old file
    safety = restore_backup(backup, db_path, store.data_dir)
    try:
        restored = open_store(store.url, store.data_dir)
        try:
            with restored.write(actor or installation_admin(restored)) as s:
                restored.audit(s, "restore", "database", backup.name)
        finally:
            restored.close()
    except Exception:  # the restore stands even if its audit row cannot be written
        log.exception("could not audit the restore of %s", backup)
        return Restored(safety, audited=False)
    log.info("restored %s (previous database saved as %s)", backup, safety)
    return Restored(safety, audited=True)


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
