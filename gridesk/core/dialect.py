"""What differs between the databases GriDesk runs on, in one place.

A desk or a station works on one SQLite file; a hall of desks will share a PostgreSQL server
(DESIGN.md, "A hall and its stations"). The store builds one :class:`Dialect` for its URL
(:func:`dialect_for`) and the rest of core asks the store for what it needs (``store.reader()``,
``store.dialect``) instead of asking which database it is. Supporting a server properly means
changing this module: :class:`Dialect` is what any SQLAlchemy database gets today.

Kept here:

- Connecting: SQLite's pragmas (WAL, ``synchronous=FULL``, foreign keys, a busy timeout).
- Serialising on what a unit of work guards (DESIGN.md, "One concurrency rule"). SQLite: every
  ``store.write`` begins with ``BEGIN IMMEDIATE`` (:func:`_begin`), one writer at a time, so a
  guard's check and its write cannot interleave with another desk's. A server: today the first
  write of the guard holds that row's lock until commit (``treasure/guard.py`` ``claim_item`` /
  ``claim_room``, ``with_for_update`` in ``points/shop.py`` and ``points/earning.py``);
  transaction-scoped locks (``pg_advisory_xact_lock``) belong in :meth:`Dialect.attach`.
- The plain reader: a sqlite3 connection per thread for one-statement reads on the hot paths
  (resident search, the requests queue, the points counter, room availability, volunteer
  candidates), SQL compiled once for its driver (:func:`reader_sql`) and values as SQLAlchemy
  stores them (:func:`reader_value`, :func:`stored_moment`). A server has none: ``reader()``
  is None and those paths go through SQLAlchemy.
- Checks and upkeep: ``quick_check`` at open, ``integrity_check`` and ``foreign_key_check`` for
  ``gridesk check``, ``PRAGMA optimize`` at close.
- Big writes (import, demo): a roomier page cache and sorting threads (:meth:`bulk_tuning`);
  whether an import may set indexes aside inside its transaction (``sets_indexes_aside``).
- The file itself: its path (``path``) and its mark that it is open here (``presence``,
  ``core/open_desks.py``: a restore refuses while another desk has the file open). Backups use SQLite's online backup API
  (``core/backup_files.py``); a server is backed up with its own tools.
- Errors: what the driver says (``sqlite3.Error`` and its result code, or SQLAlchemy's
  wrapper of it, which carries the SQL and its values) turned into one plain
  :class:`~gridesk.errors.StoreError` a person can act on (:meth:`Dialect.user_error`,
  :func:`user_error`): busy (naming who holds the database, :class:`WriterMark`), read-only,
  disk full, damaged, cannot be opened. The store raises these from its units of work; the
  command line and the windows map whatever else escapes with :func:`user_error`.

SQL that is SQLite's own and still written where it is used (a server needs its version there):

- ``strftime('%Y-%m', …)``: ``points/reports.py``, the monthly figures (PostgreSQL ``to_char``).
- ``instr(…)``: ``requests/cases.py``, the text search's check (PostgreSQL ``strpos``).
- ``json_each(…)``: ``core/bulk.py``, the search keys' background insert (used on SQLite only,
  by its own check of the connection's dialect).
- ``sqlite_master``: ``chains.py`` ``unprotected`` (the append-only triggers; skipped elsewhere
  by its own check) and ``backup.py`` (is this file a GriDesk database).
- ``group_concat(…)``: migration 0009 (it branches itself; PostgreSQL ``string_agg``).
- ``CREATE TRIGGER``: migration 0007 (SQLite's only) and 0010 (it branches itself: PostgreSQL's
  function and triggers written there, not yet run on a server).
- ``datetime('now')`` and ``PRAGMA``s: the benchmarks' raw sqlite3 baselines only.
- SQLite's stored text read raw: ``points/ledger.py`` ``_raw_rows`` (UUIDs as 32 hex digits,
  times as text; it branches on the session's dialect itself).
- ``sqlite_with_rowid=False`` tables and ``sqlite_where`` partial indexes in the models (each
  with its ``postgresql_where``); ``ON CONFLICT … RETURNING`` in ``numbers.py`` (both have it).
- Date arithmetic: none in SQL; days and deadlines are worked out in Python (``gridesk.clock``,
  the requests' calendar) and compared as stored values.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.sql import ClauseElement

from gridesk import clock
from gridesk.core.open_desks import Presence
from gridesk.errors import QT_TRANSLATE_NOOP, StoreError
from gridesk.paths import sqlite_file

log = logging.getLogger(__name__)

_READER_DIALECT = sqlite.dialect(paramstyle="named")


# -- errors a person can act on ------------------------------------------------------------


class DatabaseBusy(StoreError):
    """Another desk or process is writing and did not finish within the wait."""


class DatabaseReadOnly(StoreError):
    """The database (or its folder) cannot be written by this user."""


class DiskFull(StoreError):
    """The disk holding the database has no room left."""


class DatabaseDamaged(StoreError):
    """The file is damaged, or is not a database at all."""


class DatabaseUnreachable(StoreError):
    """The file or its folder is missing or cannot be opened (a drive taken away)."""


MARK_AFTER = 0.5
"""Seconds a write holds the database before its writer is marked on disk."""


@dataclass(frozen=True)
class WriterMark:
    """Who holds the database for writing, and since when: written beside a SQLite file when
    a unit of work takes the write lock and removed before it lets go, so a desk that waited
    in vain can say who it waited for. (A server names its sessions itself.)"""

    who: str
    since: datetime
    pid: int
    host: str

    def seconds(self) -> int:
        return max(0, round((clock.utcnow() - self.since).total_seconds()))


# SQLite's primary result codes (the low byte of an extended code): https://sqlite.org/rescode.html
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 11, 13, 14
_SQLITE_NOTADB = 26


def _driver_error(exc: BaseException) -> BaseException | None:
    """The driver's own exception behind ``exc`` (SQLAlchemy's wrapper, or a cause of one)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, DBAPIError) and current.orig is not None:
            return current.orig
        if isinstance(current, sqlite3.Error):
            return current
        current = current.__cause__ or current.__context__
    return None


def user_error(
    exc: BaseException, path: Path | None = None, writer: WriterMark | None = None
) -> StoreError | None:
    """One plain error for what the database driver raised, or None when ``exc`` is not the
    driver's. Never carries the driver's text: that holds SQL and the values written (names,
    ID and phone numbers); the log has it (masked, ``config.setup_logging``)."""
    if isinstance(exc, StoreError):
        return exc
    orig = _driver_error(exc)
    if orig is None:
        return None
    where = str(path) if path is not None else ""
    code = getattr(orig, "sqlite_errorcode", None)
    if not isinstance(orig, sqlite3.Error) or code is None:
        if isinstance(exc, OperationalError) or isinstance(orig, sqlite3.OperationalError):
            text = str(orig).lower()
            if "locked" in text or "busy" in text:
                return _busy(writer)
            if "readonly" in text or "read-only" in text:
                return _read_only(where)
            return DatabaseUnreachable(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The database cannot be reached. Check that its folder or server is "
                    "available, then try again.",
                )
            )
        return None
    primary = code & 0xFF
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return _busy(writer)
    if primary in (_SQLITE_READONLY, _SQLITE_PERM):
        return _read_only(where)
    if primary == _SQLITE_FULL:
        return DiskFull(
            QT_TRANSLATE_NOOP(
                "errors",
                "The disk holding the database is full, so nothing was saved. Free some space "
                "on it, then try again.",
            )
        )
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return DatabaseDamaged(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database file {path} is damaged or is not a GriDesk database. Restore "
                "the latest backup (gridesk restore, or Admin → Backups).",
            ),
            path=where,
        )
    if primary in (_SQLITE_CANTOPEN, _SQLITE_IOERR):
        return DatabaseUnreachable(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} cannot be opened: its folder is missing or cannot be "
                "reached. Check the data folder (and that its drive is connected), then try "
                "again.",
            ),
            path=where,
        )
    return None


def _busy(writer: WriterMark | None) -> DatabaseBusy:
    if writer is None:
        return DatabaseBusy(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database is busy with another desk's work, so this was not saved. Wait a "
                "moment and try again.",
            )
        )
    return DatabaseBusy(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database is busy: {who} has been writing to it for {seconds} s (a big "
            "import takes minutes). This was not saved; wait until they finish and try again.",
        ),
        who=writer.who,
        seconds=writer.seconds(),
    )


def _read_only(where: str) -> DatabaseReadOnly:
    return DatabaseReadOnly(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database {path} is read-only here, so nothing was saved. Give this user "
            "write access to it and its folder (or ask the administrator), then try again.",
        ),
        path=where,
    )


class Dialect:
    """A database reached through SQLAlchemy alone (a server such as PostgreSQL)."""

    sets_indexes_aside = False
    """Whether a big import may drop the residents' indexes and build them after, inside its
    own transaction."""

    @property
    def path(self) -> Path | None:
        """The database file, where there is one."""
        return None

    def engine_options(self) -> dict[str, Any]:
        # SQLAlchemy puts the values of a failed statement into its error's text; they are
        # residents' names, ID and phone numbers, which no message or log line may carry.
        return {"hide_parameters": True}

    def attach(self, engine: Engine) -> None:
        """Listen to the engine's connections and transactions."""

    def user_error(self, exc: BaseException) -> StoreError | None:
        """What to tell the person about ``exc`` (see :func:`user_error`)."""
        return user_error(exc, self.path, self.writer())

    def mark_writer(self, who: str) -> None:
        """Note that this process holds the database for writing (see :class:`WriterMark`)."""

    def unmark_writer(self) -> None:
        """The mark of :meth:`mark_writer` is gone (before the write lock is let go)."""

    def writer(self) -> WriterMark | None:
        """Who holds the database for writing, where known."""
        return None

    def reader(self) -> sqlite3.Connection | None:
        """This thread's plain driver connection for hot one-statement reads, if any."""
        return None

    def close_readers(self) -> None:
        """Close every plain reader (a later ``reader()`` opens a new one)."""

    def quick_check(self, engine: Engine) -> list[str]:
        """What the database's quick self-check finds; empty when whole."""
        return []

    def integrity_problems(self, engine: Engine) -> list[str]:
        """What the database's full self-check finds, for ``gridesk check``."""
        return []

    def optimize(self, engine: Engine) -> None:
        """Upkeep at close."""

    @contextmanager
    def bulk_tuning(
        self, conn: Connection, cache_kib: int, *, threads: bool = False
    ) -> Iterator[None]:
        """Settings for one big write on ``conn``, put back afterwards."""
        yield


class SQLiteFile(Dialect):
    """SQLite: one file, WAL, ``BEGIN IMMEDIATE`` for every write, a plain reader per thread."""

    sets_indexes_aside = True  # index changes are part of SQLite's transaction

    def __init__(self, path: Path | None) -> None:
        self._path = path
        self._readers = threading.local()
        self._opened: list[sqlite3.Connection] = []
        # says beside the file that it is open here, from the first connection to disposal
        self.presence = Presence(path) if path is not None else None
        self._mark_lock = threading.Lock()
        self._held = threading.Event()
        self._holding: tuple[str, datetime, float] | None = None
        self._marked = False
        self._stopping = False
        self._watch: threading.Thread | None = None

    @property
    def path(self) -> Path | None:
        return self._path

    def engine_options(self) -> dict[str, Any]:
        return {
            **super().engine_options(),
            "connect_args": {"timeout": 5, "check_same_thread": False},
        }

    @property
    def _mark_path(self) -> Path | None:
        return self._path.with_name(self._path.name + "-writer") if self._path else None

    def mark_writer(self, who: str) -> None:
        """Only a write that lasts is marked on disk (a watch thread writes the mark once it
        has held the database for ``MARK_AFTER`` s): a short one, such as a redemption, pays
        an assignment, not a file (which can take milliseconds on a busy disk). A desk gives
        up waiting after the busy timeout (5 s), so whoever it waited for is marked."""
        if self._mark_path is None:
            return
        with self._mark_lock:
            self._holding = (who, clock.utcnow(), time.monotonic())
        self._held.set()
        if self._watch is None:
            self._watch = threading.Thread(
                target=self._watch_writes, name="gridesk-writer-mark", daemon=True
            )
            self._watch.start()

    def unmark_writer(self) -> None:
        with self._mark_lock:
            self._holding = None
            self._held.clear()
            marked, self._marked = self._marked, False
            mark = self._mark_path
            if marked and mark is not None:
                with suppress(OSError):
                    mark.unlink()

    def _watch_writes(self) -> None:
        while True:
            self._held.wait()
            if self._stopping:
                return
            time.sleep(MARK_AFTER / 2)
            with self._mark_lock:
                holding, mark = self._holding, self._mark_path
                if (
                    holding is None
                    or mark is None
                    or self._marked
                    or time.monotonic() - holding[2] < MARK_AFTER
                ):
                    continue
                who, since, _started = holding
                record = {
                    "who": who,
                    "since": since.isoformat(),
                    "pid": os.getpid(),
                    "host": socket.gethostname(),
                }
                try:
                    mark.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
                    self._marked = True
                except OSError:  # a read-only folder: the write itself will say so
                    log.debug("no writer mark at %s", mark, exc_info=True)
                    self._marked = True  # tried; not again for this write

    def writer(self) -> WriterMark | None:
        mark = self._mark_path
        if mark is None:
            return None
        try:
            record = json.loads(mark.read_text(encoding="utf-8"))
            return WriterMark(
                str(record["who"]),
                datetime.fromisoformat(record["since"]),
                int(record["pid"]),
                str(record["host"]),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def attach(self, engine: Engine) -> None:
        if self.presence is not None:
            presence = self.presence
            event.listen(engine, "connect", lambda *_: presence.enter())
            event.listen(engine, "engine_disposed", lambda *_: presence.leave())
        event.listen(engine, "connect", _connect)
        event.listen(engine, "begin", _begin)

    def reader(self) -> sqlite3.Connection | None:
        """A plain sqlite3 connection of this thread's own, for single-statement reads on the
        hot path (search as you type), where SQLAlchemy's per-call cost would be most of the
        time. Autocommit: each statement sees the latest committed data. None for a database
        in memory (there is no file to open twice)."""
        conn: sqlite3.Connection | None = getattr(self._readers, "conn", None)
        if conn is None:
            if self._path is None:
                return None
            if self.presence is not None:
                self.presence.enter()
            conn = sqlite3.connect(
                self._path, timeout=5, isolation_level=None, check_same_thread=True
            )
            conn.execute("PRAGMA busy_timeout=5000")
            conn.execute("PRAGMA query_only=ON")
            self._readers.conn = conn
            self._opened.append(conn)
        return conn

    def close_readers(self) -> None:
        """Close the plain readers, and end the writer-mark watch (both start again when
        used)."""
        for reader in self._opened:
            with suppress(sqlite3.Error):
                reader.close()
        self._opened.clear()
        self._readers = threading.local()
        if self._watch is not None:
            self.unmark_writer()
            self._stopping = True
            self._held.set()
            self._watch.join(timeout=5)
            self._watch = None
            self._stopping = False
            self._held.clear()

    def quick_check(self, engine: Engine) -> list[str]:
        with engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
        return [] if rows == ["ok"] else rows

    def integrity_problems(self, engine: Engine) -> list[str]:
        with engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            fks = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        found = [] if rows == ["ok"] else rows
        found += [f"row {r[1]} in {r[0]} points at a missing {r[2]} row" for r in fks]
        return found

    def optimize(self, engine: Engine) -> None:
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA optimize")
        except OperationalError:
            log.warning("PRAGMA optimize failed at close", exc_info=True)

    @contextmanager
    def bulk_tuning(
        self, conn: Connection, cache_kib: int, *, threads: bool = False
    ) -> Iterator[None]:
        """A page cache of up to ``cache_kib`` (the default 2 MB would send most of a big
        write's index pages to the file and back) and, with ``threads``, sorting on every
        core (CREATE INDEX); put back afterwards, as the connection returns to the pool."""
        cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        sorters = conn.exec_driver_sql("PRAGMA threads").scalar() if threads else None
        # PRAGMA takes no bound parameters; every value here is an integer.
        conn.exec_driver_sql(f"PRAGMA cache_size = -{int(cache_kib)}")
        if threads:
            conn.exec_driver_sql(f"PRAGMA threads = {int(os.cpu_count() or 1)}")
        try:
            yield
        finally:
            with suppress(Exception):
                conn.exec_driver_sql(
                    f"PRAGMA cache_size = {int(cache if cache is not None else -2000)}"
                )
            if threads:
                with suppress(Exception):
                    conn.exec_driver_sql(f"PRAGMA threads = {int(sorters or 0)}")


def dialect_for(url: str) -> Dialect:
    if make_url(url).get_backend_name() == "sqlite":
        return SQLiteFile(sqlite_file(url))
    return Dialect()


def _connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own is lazy and deferred).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _begin(conn: Any) -> None:
    # store.write marks its engine ``write=True``: serialise writers before anything is read
    mode = "IMMEDIATE" if conn.get_execution_options().get("write") else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


def reader_sql(statement: ClauseElement) -> tuple[str, dict[str, Any]]:
    """A statement as the plain reader runs it (named parameters), and the values it fixes
    itself (such as a cap on a search); compile once per shape and keep the result."""
    compiled = statement.compile(dialect=_READER_DIALECT)
    return str(compiled), {k: v for k, v in compiled.params.items() if v is not None}


def reader_value(value: Any) -> Any:
    """A value as the plain reader's driver takes it, in the form SQLAlchemy stores it."""
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime):
        return stored_moment(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def stored_moment(moment: datetime) -> str:
    """A moment as SQLAlchemy keeps it in SQLite: naive UTC text with microseconds."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
