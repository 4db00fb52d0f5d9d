"""Is this file a GriDesk database? Answered by reading it only.

Opening a file through the store changes it: the connection switches it to WAL (a write to
its header, and -wal/-shm files beside it) and the migrations create GriDesk's tables in it.
Before a command that only reads (``gridesk check``) opens a file through the store, it asks
here, and a file that is not GriDesk's is refused with nothing written to it or beside it.
"""

from __future__ import annotations

import os
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


def other_programs_holding(path: Path) -> list[str]:
    """The names of the programs other than GriDesk that have the SQLite file ``path`` (or its
    -wal/-shm files) open, read from ``/proc`` where the system has one (Linux, UOS, Kylin);
    [] elsewhere, and for processes of other users that cannot be read. For a busy database
    held by no GriDesk desk: "DB Browser for SQLite has it open" says what to close."""
    proc = Path("/proc")
    if not proc.is_dir():
        return []
    base = str(path.resolve())
    targets = {base, f"{base}-wal", f"{base}-shm"}
    me = os.getpid()
    found: set[str] = set()
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == me:
            continue
        try:
            links = [os.readlink(fd) for fd in (entry / "fd").iterdir()]
        except OSError:  # gone, or another user's
            continue
        if targets.isdisjoint(links):
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
            name = (entry / "comm").read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            continue
        if not _is_gridesk([a.decode("utf-8", "replace") for a in argv if a]):
            found.add(name)
    return sorted(found)


def _is_gridesk(argv: list[str]) -> bool:
    """A GriDesk desk: the bundle (``gridesk``), ``python -m gridesk``, or ``run.py``."""
    if argv and Path(argv[0]).stem == "gridesk":
        return True
    return any(
        (a == "-m" and argv[i + 1 : i + 2] == ["gridesk"]) or Path(a).name == "run.py"
        for i, a in enumerate(argv)
    )
