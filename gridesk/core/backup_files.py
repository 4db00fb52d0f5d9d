"""Backup files: consistent copies of the SQLite file (SQLite's online backup API), named by
time and reason, kept in the data folder's ``backups`` and rotated.

Every copy is checked before it counts: written to ``NAME.partial``, opened read-only, its
``integrity_check`` run and every table's row count compared with the database as it was
copied; only then renamed into place, and only then may rotation remove an older one. A copy
that fails is removed and the failure reported. Before writing, the free space is checked.

Below the store: opening a store backs up before it migrates (``store.open_store``), so this
module knows files and folders only. The admin's services (back up now, restore) are in
``core/backup.py``.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from gridesk import clock
from gridesk.core.open_desks import nobody_else
from gridesk.errors import QT_TRANSLATE_NOOP, StoreError
from gridesk.paths import ANCHORS_FILE, private_file, private_folder, sqlite_uri

log = logging.getLogger(__name__)

KEEP = 20
"""Backups kept when the database does not say (its ``backup_keep`` setting)."""
PREFIX = "gridesk-"
PARTIAL = ".partial"
RESTORING = ".restoring"
MARGIN = 1.1, 16 * 1024 * 1024
"""Free space a copy needs: its size times the first, plus the second (bytes)."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime
    size: int
    reason: str


def backup_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def copy_database(source: Path, to: Path, timeout: float = 5.0) -> dict[str, int]:
    """Copy a SQLite file that other connections may be writing into ``to``, consistently,
    as one file (no write-ahead log beside it), and check the copy (see :func:`verify`).

    Returns the row count of every table, as copied. A copy that fails its check is removed
    and :class:`StoreError` raised; ``to`` is left only when whole.
    """
    try:
        src = sqlite3.connect(sqlite_uri(source), uri=True, timeout=timeout, isolation_level=None)
        try:
            src.execute("BEGIN")  # the counts and the copy see one moment of the database
            counts = row_counts(src)
            private_file(to)
            dst = sqlite3.connect(to)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
            src.execute("COMMIT")
        finally:
            src.close()
        verify(to, counts)
    except BaseException as exc:
        for leftover in (to, Path(f"{to}-journal")):
            if leftover.is_file():
                with suppress(OSError):
                    leftover.unlink()
        if isinstance(exc, sqlite3.Error | OSError):
            raise StoreError(
                QT_TRANSLATE_NOOP("errors", "The backup could not be written: {reason}"),
                reason=_plain(exc),
            ) from exc
        raise
    return counts


def row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Every ordinary table's rows (virtual tables are counted through their own tables)."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
        )
    ]
    quoted = {n: '"' + n.replace('"', '""') + '"' for n in names}
    return {n: conn.execute(f"SELECT count(*) FROM {quoted[n]}").fetchone()[0] for n in names}


def verify(path: Path, counts: dict[str, int]) -> None:
    """Open the copy read-only: whole (``integrity_check``), and the same tables with the same
    rows as the database it was copied from."""
    try:
        conn = sqlite3.connect(sqlite_uri(path), uri=True)
        try:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            copied = row_counts(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        problems, copied = [_plain(exc)], {}
    if problems != ["ok"]:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The backup failed its check and was removed ({problem}). Run gridesk check "
                "on the database.",
            ),
            problem=problems[0],
        )
    if copied != counts:
        differ = sorted(
            set(copied) ^ set(counts) | {t for t in counts if copied.get(t) != counts[t]}
        )
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The backup failed its check and was removed: it differs from the database "
                "in {tables}.",
            ),
            tables=", ".join(differ[:5]),
        )


def make_backup(
    db_path: Path,
    data_dir: Path,
    reason: str = "manual",
    to: Path | None = None,
    keep: int | None = None,
) -> Path:
    """Copy the live database (other connections may be writing) into a checked file.

    ``keep``: how many backups the folder keeps; by default the database's own setting (the
    admin's), so every backup, safety copies included, follows it.
    """
    if not db_path.exists() or db_path.stat().st_size == 0:
        raise StoreError(QT_TRANSLATE_NOOP("errors", "There is no database file to back up yet."))
    to = to or new_backup_path(data_dir, reason)
    try:
        if to.parent == backup_dir(data_dir):
            private_folder(to.parent)
            clean_leftovers(data_dir, db_path, restores=False)  # a restore may be making one
        else:
            to.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "The backup could not be written: {reason}"),
            reason=_plain(exc),
        ) from exc
    check_free_space(db_path, to.parent)
    partial = to.with_name(to.name + PARTIAL)
    counts = copy_database(db_path, partial, timeout=10)
    os.replace(partial, to)  # a power cut leaves either the old set or a whole new file
    carry_anchors(data_dir, to)
    if to.parent == backup_dir(data_dir):
        rotate(data_dir, keep if keep is not None else kept_by(to))
    log.info("backup written to %s (%d tables checked)", to, len(counts))
    return to


def new_backup_path(data_dir: Path, reason: str) -> Path:
    """Where a backup made now for ``reason`` goes (named by time and reason)."""
    stamp = clock.utcnow().strftime("%Y%m%d-%H%M%S-%f")
    return backup_dir(data_dir) / f"{PREFIX}{stamp}-{reason}.db"


def check_free_space(db_path: Path, folder: Path) -> None:
    """Refuse, plainly, a copy that would not fit (its size plus a margin)."""
    size = sum(p.stat().st_size for p in (db_path, Path(f"{db_path}-wal")) if p.exists())
    needed = int(size * MARGIN[0]) + MARGIN[1]
    free = shutil.disk_usage(folder).free
    if free < needed:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Not enough free space for a backup in {folder}: it needs about {needed} MB and "
                "{free} MB is free. Free some space (or keep fewer backups) and try again.",
            ),
            folder=str(folder),
            needed=max(1, round(needed / 1e6)),
            free=round(free / 1e6),
        )


def kept_by(database: Path) -> int:
    """How many backups a database asks to keep (its ``backup_keep`` setting)."""
    try:
        conn = sqlite3.connect(sqlite_uri(database), uri=True)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = 'backup_keep'").fetchone()
        finally:
            conn.close()
        return max(1, int(json.loads(row[0]))) if row else KEEP
    except (sqlite3.Error, ValueError, TypeError):
        return KEEP


def clean_leftovers(data_dir: Path, db_path: Path | None, *, restores: bool = True) -> list[Path]:
    """Remove what an interrupted backup left (``*.partial``) and, with ``restores``, an
    interrupted restore (``*.restoring``), unless another program has the database open and
    may be writing one right now."""
    if db_path is not None and not nobody_else(db_path):
        return []
    found = list(backup_dir(data_dir).glob(f"*{PARTIAL}")) if backup_dir(data_dir).is_dir() else []
    if db_path is not None and restores:
        found += [p for p in db_path.parent.glob(f"{db_path.name}{RESTORING}*") if p.is_file()]
    removed = []
    for path in found:
        if path.is_file():
            try:
                path.unlink()
            except OSError:
                log.warning("could not remove the leftover %s", path)
                continue
            removed.append(path)
            log.info("removed the leftover %s", path)
    return removed


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
        _anchors_copy(old.path).unlink(missing_ok=True)


def carry_anchors(data_dir: Path, backup: Path) -> None:
    """Every backup carries the chain anchors as they were (``<backup>.anchors.txt``): anchors
    kept in one file only would go with the data folder, or with whoever edits it."""
    source = data_dir / ANCHORS_FILE
    if not source.exists():
        return
    copy = _anchors_copy(backup)
    try:
        shutil.copyfile(source, copy)
        private_file(copy)
    except OSError as exc:  # the backup itself stands
        log.warning("the anchors were not copied beside %s: %s", backup.name, _plain(exc))


def anchors_copies(data_dir: Path) -> list[Path]:
    """The anchors files the backups in the data folder carry."""
    folder = backup_dir(data_dir)
    return sorted(folder.glob(f"{PREFIX}*.db{_ANCHORS_SUFFIX}")) if folder.is_dir() else []


_ANCHORS_SUFFIX = "." + ANCHORS_FILE


def _anchors_copy(backup: Path) -> Path:
    return backup.with_name(backup.name + _ANCHORS_SUFFIX)


def _plain(exc: BaseException) -> str:
    """An error's own words, without a traceback (sqlite3 and OS errors carry no data)."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)
