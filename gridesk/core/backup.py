"""Backing up and restoring the database: the admin's "back up now" and the one restore
(the admin page's and the command line's). The files themselves: ``core/backup_files.py``."""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from gridesk import clock
from gridesk.core.actor import Actor, Permission, Role
from gridesk.core.backup_files import RESTORING, copy_database, make_backup, new_backup_path
from gridesk.core.dialect import dump_server, engine_url, is_server_archive, restore_server
from gridesk.core.migrations import MIGRATIONS_DIR
from gridesk.core.models import Base
from gridesk.core.open_desks import alone
from gridesk.core.setup import installation_admin
from gridesk.core.store import Store, open_store
from gridesk.errors import QT_TRANSLATE_NOOP, StoreError
from gridesk.paths import private_file, sqlite_uri

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Restored:
    safety: Path | None
    """The database as it was before the restore, backed up first (None: there was none)."""
    audited: bool
    """Whether the restored database records the restore (it stands either way)."""


def check_backup_file(path: Path, *, server_archive: bool = True) -> None:
    """Refuse, before anything is touched, a file that could not stand in for the database:
    anything but a whole GriDesk database that this program can open and someone can sign in
    to (a newer schema, a damaged file, an installation never set up, no active administrator).

    A hall server's backup (a pg_dump archive) passes here when ``server_archive``: its
    contents are checked once restored beside the server's database (:func:`restore`)."""
    if not path.is_file():
        raise StoreError(QT_TRANSLATE_NOOP("errors", "File not found: {path}"), path=str(path))
    if is_server_archive(path):
        if server_archive:
            return
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This is a backup of a hall's database server: restore it on a desk that works "
                "on that server.",
            )
        )
    try:
        conn = sqlite3.connect(sqlite_uri(path), uri=True)
        try:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if {"alembic_version", "installation", "users"} <= tables:
                revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                installed = conn.execute("SELECT count(*) FROM installation").fetchone()[0]
                admins = conn.execute(
                    "SELECT count(*) FROM users WHERE role = ? AND active", (Role.ADMIN.value,)
                ).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "This file is not a GriDesk backup: {reason}"),
            reason=str(exc),
        ) from exc
    if problems != ["ok"]:
        raise StoreError(QT_TRANSLATE_NOOP("errors", "This backup file is damaged."))
    if not {"alembic_version", "installation", "users"} <= tables:
        raise StoreError(QT_TRANSLATE_NOOP("errors", "This file is not a GriDesk backup."))
    _check_contents(revision, installed, admins)


def _check_restored_server(url: str) -> None:
    """The checks of a backup file, on a server's archive restored beside the hall's database."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    engine = create_engine(engine_url(url), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).first()
            installed = conn.execute(text("SELECT count(*) FROM installation")).scalar_one()
            admins = conn.execute(
                text("SELECT count(*) FROM users WHERE role = :role AND active"),
                {"role": Role.ADMIN.value},
            ).scalar_one()
    except DBAPIError as exc:
        raise StoreError(QT_TRANSLATE_NOOP("errors", "This file is not a GriDesk backup.")) from exc
    finally:
        engine.dispose()
    _check_contents(tuple(revision) if revision else None, installed, admins)


def _check_contents(revision: tuple[str, ...] | None, installed: int, admins: int) -> None:
    if revision is None or revision[0] not in _known_revisions():
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This database was made by a newer GriDesk (schema {revision}). "
                "Install the newer GriDesk to open it.",
            ),
            revision=revision[0] if revision else "?",
        )
    if not installed:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This backup is of a database that was never set up: restoring it would leave "
                "no one able to sign in.",
            )
        )
    if not admins:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This backup has no active administrator: restoring it would leave no one able "
                "to manage GriDesk.",
            )
        )


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()}


def restore_backup(backup: Path, db_path: Path, data_dir: Path) -> Path | None:
    """Replace the database with a backup. The current file is backed up first (kept as the
    admin's retention setting says); returns that safety copy.

    The caller must have closed its own connections to ``db_path``; while any other desk or
    process of GriDesk has it open, the restore is refused, naming who (``open_desks``).
    """
    check_backup_file(backup, server_archive=False)
    with alone(db_path):
        staging = db_path.with_name(db_path.name + RESTORING)
        try:
            # copy first: the safety backup below rotates, and may remove the file being restored
            copy_database(backup, staging)
            safety = (
                make_backup(db_path, data_dir, reason="before_restore")
                if db_path.exists() and db_path.stat().st_size > 0
                else None
            )
            for suffix in ("-wal", "-shm"):
                Path(str(db_path) + suffix).unlink(missing_ok=True)
            os.replace(staging, db_path)
            private_file(db_path)
        except (sqlite3.Error, OSError) as exc:
            staging.unlink(missing_ok=True)
            raise StoreError(
                QT_TRANSLATE_NOOP("errors", "The backup could not be restored: {reason}"),
                reason=str(exc),
            ) from exc
        except StoreError:
            staging.unlink(missing_ok=True)
            raise
    return safety


def restore(store: Store, backup: Path, actor: Actor | None = None) -> Restored:
    """Put a backup in place of the store's database: the one restore of the admin page and
    the command line.

    Every connection of ``store`` is closed, the backup checked (``check_backup_file``) before
    anything is changed, the restore refused while another desk has the database open, the
    current database backed up (reason ``before_restore``, kept as the admin's setting says)
    and then replaced. The restored database is opened (brought
    up to date like any other at start-up) and records the restore, by ``actor``, or by the
    installation's administrator where no one signed in (the command line). The restore stands
    even if that record cannot be written (see ``Restored.audited``, and the log). ``store``
    itself then works on the restored file; windows holding data of the old one must close.
    On a hall's server the backup is a pg_dump archive, restored with pg_restore
    (:func:`_restore_server`), with the same checks and the same safety copy (a dump).
    """
    if actor is not None:
        actor.require(Permission.BACKUP_MANAGE)
    db_path = store.sqlite_path
    store.close()  # no pooled connection or plain reader may hold the old database
    if db_path is not None:
        safety: Path | None = restore_backup(backup, db_path, store.data_dir)
    else:
        safety = _restore_server(store, backup)
    try:
        restored = open_store(store.url, store.data_dir)
        try:
            with restored.write(actor or installation_admin(restored)) as s:
                restored.audit(s, "restore", "database", backup.name)
            _anchor_restored(restored)
        finally:
            restored.close()
    except Exception:  # the restore stands even if its audit row cannot be written
        log.exception("could not audit the restore of %s", backup)
        return Restored(safety, audited=False)
    log.info("restored %s (previous database saved as %s)", backup, safety)
    return Restored(safety, audited=True)


def _anchor_restored(store: Store) -> None:
    """The chains now end where the backup left them: say so in the anchors file, so that the
    newer anchors of the database just replaced are not taken for entries removed."""
    from gridesk.core import anchors

    with store.read() as s:
        heads = anchors.heads(s, clock.utcnow())
    try:
        anchors.restored(store.data_dir, heads)
    except OSError:
        log.warning("could not append the restored chain heads to the anchors file", exc_info=True)


def _restore_server(store: Store, backup: Path) -> Path:
    """A hall server's database replaced by a pg_dump archive (``dialect.restore_server``),
    after the same checks as a file's; the database as it was is dumped first."""
    if make_url(store.url).get_backend_name() != "postgresql":
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "errors", "A shared database server is backed up with the server's own tools."
            )
        )
    if not backup.is_file():
        raise StoreError(QT_TRANSLATE_NOOP("errors", "File not found: {path}"), path=str(backup))
    safety = new_backup_path(store.data_dir, "before_restore").with_suffix(".dump")
    safety.parent.mkdir(parents=True, exist_ok=True)

    def save_current() -> None:
        dump_server(store.url, safety, sorted(Base.metadata.tables))
        private_file(safety)

    restore_server(
        store.url, backup, ["alembic_version", "installation", "users"],
        _check_restored_server, save_current,
    )  # fmt: skip
    return safety


def backup_now(store: Store, actor: Actor, to: Path | None = None, reason: str = "manual") -> Path:
    """The admin's "back up now": checked, audited, rotated by the admin's setting.

    A database that cannot record the backup (read-only) gets no backup file either: the
    audit row is tried first, and nothing is written when it fails."""
    actor.require(Permission.BACKUP_MANAGE)
    path = store.sqlite_path
    if path is None:
        return _dump_server(store, actor, to, reason)
    target = to or new_backup_path(store.data_dir, reason)
    try:
        with store.write(actor) as s:
            store.audit(s, "backup", "database", target.name)
            s.flush()
            raise _WritesWork
    except _WritesWork:
        pass  # rolled back: the row is written for real once the file is
    except DBAPIError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "errors", "The database cannot be written to, so no backup was made: {reason}"
            ),
            reason=str(exc.orig),
        ) from exc
    made = make_backup(path, store.data_dir, reason=reason, to=target)
    with store.write(actor) as s:
        store.audit(s, "backup", "database", made.name)
    return made


class _WritesWork(Exception):
    """The database took a write (rolled back at once)."""


def _dump_server(store: Store, actor: Actor, to: Path | None, reason: str) -> Path:
    """The hall's server backed up with its own tool (pg_dump, custom format), read back and
    recorded in the audit log."""
    if make_url(store.url).get_backend_name() != "postgresql":
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "errors", "A shared database server is backed up with the server's own tools."
            )
        )
    target = to or new_backup_path(store.data_dir, reason).with_suffix(".dump")
    target.parent.mkdir(parents=True, exist_ok=True)
    dump_server(store.url, target, sorted(Base.metadata.tables))
    private_file(target)
    with store.write(actor) as s:
        store.audit(s, "backup", "database", target.name)
    return target
