"""Is this file a GriDesk database? Answered by reading it only.

Opening a file through the store changes it: the connection switches it to WAL (a write to
its header, and -wal/-shm files beside it) and the migrations create GriDesk's tables in it.
Before a command that only reads (``gridesk check``) opens a file through the store, it asks
here, and a file that is not GriDesk's is refused with nothing written to it or beside it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from gridesk.errors import QT_TRANSLATE_NOOP, StoreError
from gridesk.paths import sqlite_uri

SQLITE_HEADER = b"SQLite format 3\x00"
# Made by the first migration; a SQLite file without all of them is some other program's.
GRIDESK_TABLES = frozenset({"alembic_version", "installation", "stations", "settings", "users"})


def require_gridesk_file(path: Path) -> None:
    """Raise StoreError unless ``path`` is a GriDesk database; never writes to it."""
    if not path.is_file():
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "errors", "There is no GriDesk database at {path}. Run gridesk init first."
            ),
            path=str(path),
        )
    not_ours = StoreError(
        QT_TRANSLATE_NOOP(
            "errors",
            "{file} is not a GriDesk database. Nothing was changed in it. Check the file name "
            "or the data folder.",
        ),
        file=path.name,
    )
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise not_ours
    try:
        conn = sqlite3.connect(sqlite_uri(path), uri=True, timeout=5)
        try:
            conn.execute("PRAGMA query_only=ON")
            tables = {
                row[0]
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise not_ours from exc
    if not tables >= GRIDESK_TABLES:
        raise not_ours
