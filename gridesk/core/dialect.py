"""What differs between the databases GriDesk runs on, in one place.

A desk or a station works on one SQLite file; a hall of desks shares a PostgreSQL server
(DESIGN.md, "A hall and its stations"), reached through psycopg 3 (``engine_url``: a
``postgresql://`` URL as people write it). The store builds one :class:`Dialect` for its URL
(:func:`dialect_for`) and the rest of core asks the store for what it needs (``store.reader()``,
``store.dialect``) instead of asking which database it is.

Kept here:

- Connecting: SQLite's pragmas (WAL, ``synchronous=FULL``, foreign keys, a busy timeout); the
  server's connect timeout, lock timeout and a check of pooled connections before use.
- The one concurrency rule (DESIGN.md): a unit of work that writes serialises before it reads
  what it guards. Every write extends the audit chain (``chains.py``), so every unit of work
  guards the chain's head, and the rest (a points account, a product's stock, an item, a room,
  an activity's places, a case, an operation id already used) is read and written behind it.
  SQLite: ``store.write`` begins with ``BEGIN IMMEDIATE`` (:func:`_begin`). PostgreSQL: it
  begins by taking a transaction-scoped advisory lock on the chain head
  (:func:`_begin_postgresql`), released at commit or rollback; statements after it see every
  unit of work committed before. A finer lock per account or item taken before it could only
  deadlock with it: the head is the first and only lock a writer waits for. Reads never wait.
  A desk waits ``WAIT_FOR_OTHER_DESK_MS`` at most, then says so (:func:`_postgresql_error`).
- Migrating: one process at a time (:meth:`Dialect.migrating`: a file lock beside a SQLite
  file, a session advisory lock on a server); the others then find the schema current.
- Errors: what the driver says (``sqlite3.Error`` and its result code, or SQLAlchemy's
  wrapper of it, which carries the SQL and its values) turned into one plain
  :class:`~gridesk.errors.StoreError` a person can act on (:meth:`Dialect.user_error`,
  :func:`user_error`): busy (naming who holds the database, :class:`WriterMark`), read-only,
  disk full, damaged, cannot be opened. The store raises these from its units of work; the
  command line and the windows map whatever else escapes with :func:`user_error`.
  A server's failures (refused, a wrong password, no such database, the connection lost,
  another desk too long busy) read as plain lines that never blame "the file"
  (:meth:`PostgreSQLServer.user_error`, :func:`_postgresql_error`).
- SQL that differs: ``month_text`` (``strftime`` / ``to_char``), ``position_in`` (``instr`` /
  ``strpos``), append-only triggers (:func:`append_only_sql`: SQLite's ``RAISE(ABORT)``,
  PL/pgSQL's ``gridesk_append_only()``), the list of triggers (:func:`trigger_names`).
- The plain readers: a driver connection per thread, in autocommit, for one-statement reads
  on the hot paths. :class:`PlainReader` (``store.plain_reader()``) runs statements compiled
  once per shape for its driver (:func:`plain_sql`) on SQLite (:class:`FileReader`) and on a
  server (:class:`ServerReader`: a read-only psycopg connection, one round trip where a unit
  of work through the pool takes three) alike: resident search, the requests queue, the
  check of who is signed in. ``reader()``, the sqlite3 connection itself, serves the paths
  written in SQLite's SQL with values as SQLAlchemy stores them (:func:`reader_value`,
  :func:`stored_moment`): the points counter, room availability, volunteer candidates; a
  server has none, and those go through SQLAlchemy.
- Checks and upkeep: ``quick_check`` at open, ``integrity_check`` and ``foreign_key_check`` for
  ``gridesk check``, ``PRAGMA optimize`` at close.
- Big writes (import, demo): a roomier page cache and sorting threads (:meth:`bulk_tuning`);
  whether an import may set indexes aside inside its transaction (``sets_indexes_aside``).
- The file itself: its path (``path``) and its mark that it is open here (``presence``,
  ``core/open_desks.py``: a restore refuses while another desk has the file open). Backups use
  SQLite's online backup API (``core/backup_files.py``).

Still written where it is used, each branching on the session's dialect itself:
``json_each(…)`` in ``core/bulk.py`` (SQLite's background insert of search keys);
``sqlite_master`` in ``backup.py`` and ``database_file.py`` (SQLite files only);
``group_concat`` / ``string_agg`` in migration 0009; the triggers of migrations 0004 and 0006;
SQLite's stored text read raw in ``points/ledger.py`` ``_raw_rows``; ``sqlite_where`` partial
indexes with their ``postgresql_where``; the benchmarks' raw sqlite3 baselines. Date
arithmetic: none in SQL; days and deadlines are worked out in Python and compared as stored
values.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import socket
import sqlite3
import threading
import time
import uuid
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import Integer, String

from gridesk import clock
from gridesk.core.database_file import other_programs_holding
from gridesk.core.open_desks import Presence
from gridesk.errors import QT_TRANSLATE_NOOP, StoreError
from gridesk.paths import sqlite_file

log = logging.getLogger(__name__)

_READER_DIALECT = sqlite.dialect(paramstyle="named")
_SERVER_READER_DIALECT = postgresql.psycopg.dialect()


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


class ServerUnreachable(DatabaseUnreachable):
    """The hall's database server does not answer (stopped, restarting, the network down)."""


class ConnectionLost(ServerUnreachable):
    """The connection to the hall's server broke during a unit of work: it was rolled back by
    the server, or (its answer lost) committed whole; never half of it."""


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
                return _busy(writer, path)
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
        return _busy(writer, path)
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


def _busy(writer: WriterMark | None, path: Path | None = None) -> DatabaseBusy:
    if writer is None and path is not None:
        programs = other_programs_holding(path)
        if programs:
            return DatabaseBusy(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The database is held by another program ({program}), so this was not "
                    "saved. Close that program, or finish what it is doing with the "
                    "database, and try again.",
                ),
                program="、".join(programs),
            )
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

    def user_error(self, exc: BaseException, *, opening: bool = False) -> StoreError | None:
        """What to tell the person about ``exc`` (see :func:`user_error`); ``opening``: the
        database is being opened (a server's other errors are then said plainly too)."""
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

    def plain_reader(self) -> PlainReader | None:
        """This thread's reader of compiled statements straight on the driver (see
        :class:`PlainReader`); None where the database has none."""
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

    @contextmanager
    def migrating(self, engine: Engine) -> Iterator[None]:
        """Held while one process checks and migrates the schema: desks started at once on a
        new database take turns (the first migrates, the others then find it current)."""
        yield


class PostgreSQLServer(Dialect):
    """PostgreSQL, shared by the desks of a hall (psycopg 3). Units of work serialise on what
    they guard with transaction-scoped advisory locks; the schema is migrated under a session
    advisory lock."""

    def __init__(self, url: str) -> None:
        self._url = make_url(url)
        self._readers = threading.local()
        self._opened: list[ServerReader] = []
        self._opened_lock = threading.Lock()

    def engine_options(self) -> dict[str, Any]:
        # pre_ping: a connection left by a restarted server is replaced, not handed out
        return {
            **super().engine_options(),
            "pool_pre_ping": True,
            "connect_args": {
                "connect_timeout": 5,
                "application_name": "gridesk",
                # a desk waits this long for another desk's unit of work, then says so
                "options": f"-c lock_timeout={WAIT_FOR_OTHER_DESK_MS}",
            },
        }

    def attach(self, engine: Engine) -> None:
        event.listen(engine, "begin", _begin_postgresql)

    def plain_reader(self) -> PlainReader | None:
        """A psycopg connection of this thread's own, in autocommit and read-only: a search
        is then one round trip, where a unit of work through the pool costs five more (the
        check of the pooled connection, BEGIN, COMMIT, and the same again for the check of
        the person signed in)."""
        reader: ServerReader | None = getattr(self._readers, "reader", None)
        if reader is None:
            reader = ServerReader(self._libpq_url(), self._url)
            self._readers.reader = reader
            with self._opened_lock:
                self._opened.append(reader)
        return reader

    def _libpq_url(self) -> str:
        return self._url.set(drivername="postgresql").render_as_string(hide_password=False)

    def close_readers(self) -> None:
        with self._opened_lock:
            opened, self._opened = self._opened, []
        for reader in opened:
            reader.close()
        self._readers = threading.local()

    @contextmanager
    def migrating(self, engine: Engine) -> Iterator[None]:
        with engine.connect() as conn:
            # however long the first desk's migration takes, the others wait for it
            conn.exec_driver_sql("SET lock_timeout = 0")
            conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _MIGRATION_KEY})
            conn.commit()
            try:
                yield
            finally:
                with suppress(DBAPIError):
                    conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _MIGRATION_KEY})
                    conn.exec_driver_sql("RESET lock_timeout")
                    conn.commit()

    def user_error(self, exc: BaseException, *, opening: bool = False) -> StoreError | None:
        """Reaching the server (refused, a wrong password, no such database, the connection
        lost, another desk too long busy) as a plain line, and while ``opening`` any other
        error of the server's; None for the rest (a constraint refusing a write stays the
        caller's to handle)."""
        if isinstance(exc, StoreError):
            return exc
        host = self._url.host or str(self._url.query.get("host") or "localhost")
        return _postgresql_error(exc, host, self._url.database or "", opening)


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

    def plain_reader(self) -> PlainReader | None:
        conn = self.reader()
        return None if conn is None else FileReader(conn)

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

    @contextmanager
    def migrating(self, engine: Engine) -> Iterator[None]:
        if self._path is None:
            yield
            return
        from filelock import FileLock

        # beside the file: desks started at once on a new file take turns to migrate it
        with FileLock(f"{self._path}.migrating"):
            yield

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


def engine_url(url: str) -> str:
    """The URL SQLAlchemy is given: ``postgresql://`` (as people write it) reaches the server
    through psycopg 3, the driver GriDesk ships."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return url


def dialect_for(url: str) -> Dialect:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return SQLiteFile(sqlite_file(url))
    if parsed.get_backend_name() == "postgresql":
        return PostgreSQLServer(url)
    return Dialect()


@contextmanager
def scratch_database(url: str, folder: Path) -> Iterator[str]:
    """The URL of a new, empty database of its own beside the one ``url`` names, dropped
    afterwards (``self-test`` and ``bench`` never touch a desk's records): a file in
    ``folder`` for SQLite, a new database on the same server for PostgreSQL (the user needs
    the right to create databases)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        yield f"sqlite:///{folder / 'scratch.db'}"
        return
    from sqlalchemy import create_engine

    name = f"{parsed.database or 'gridesk'}_scratch_{uuid.uuid4().hex[:12]}"
    admin = create_engine(engine_url(url), isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    except DBAPIError as exc:
        admin.dispose()
        plain = PostgreSQLServer(url).user_error(exc, opening=True)
        raise (plain or exc) from exc
    try:
        yield parsed.set(database=name).render_as_string(hide_password=False)
    finally:
        with suppress(DBAPIError), admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


_NO_PG_DUMP = QT_TRANSLATE_NOOP(
    "errors",
    "{program} is not installed on this computer, so the hall's database cannot be backed up "
    "from here. Install PostgreSQL's client programs (Debian, UOS, Kylin: postgresql-client; "
    "Windows: the PostgreSQL installer) or back up on the server.",
)
_DUMP_FAILED = QT_TRANSLATE_NOOP("errors", "The backup of the hall's database failed: {reason}")


def _server_programs(*names: str) -> dict[str, str]:
    import shutil

    programs = {name: shutil.which(name) for name in names}
    for name, found in programs.items():
        if found is None:
            raise StoreError(_NO_PG_DUMP, program=name)
    return {name: str(found) for name, found in programs.items()}


def _conninfo(url: str) -> tuple[str, dict[str, str]]:
    """What pg_dump and pg_restore are given: the URL without its password, and the password
    in their environment (never on the command line)."""
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    return parsed.set(drivername="postgresql", password=None).render_as_string(), env


def _archive_tables(pg_restore: str, archive: Path) -> set[str] | None:
    """The tables whose data a pg_dump archive holds (``pg_restore --list``); None when the
    file is not such an archive or cannot be read."""
    import subprocess

    listed = subprocess.run(
        [pg_restore, "--list", str(archive)], capture_output=True, text=True, timeout=600
    )
    if listed.returncode != 0:
        return None
    return {
        line.split()[-2]
        for line in listed.stdout.splitlines()
        if " TABLE DATA " in line and len(line.split()) >= 2
    }


SERVER_ARCHIVE_MAGIC = b"PGDMP"
"""How a pg_dump archive (custom format) begins: the backups of a hall's server."""


def is_server_archive(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(len(SERVER_ARCHIVE_MAGIC)) == SERVER_ARCHIVE_MAGIC
    except OSError:
        return False


_OTHER_DESKS_CONNECTED = QT_TRANSLATE_NOOP(
    "errors",
    "Other desks are still working on the hall's database {database}, so it was not restored. "
    "Close GriDesk on every other desk, then restore again.",
)
_RESTORE_FAILED = QT_TRANSLATE_NOOP("errors", "The backup could not be restored: {reason}")


def restore_server(
    url: str,
    archive: Path,
    tables: list[str],
    check: Callable[[str], None],
    save_current: Callable[[], object],
) -> None:
    """Put a pg_dump archive in place of the server's database at ``url``, whole or not at all.

    The archive must list the data of every one of ``tables``; it is restored into a new
    database beside the hall's, which ``check`` (given its URL) refuses by raising if it could
    not stand in (the same checks as a SQLite backup). Then, with no other desk connected,
    ``save_current`` backs up the database as it is, and the two databases swap names (the old
    one is dropped): a desk connecting meanwhile finds either the old database or the restored
    one. The caller has closed its own connections."""
    import subprocess

    from sqlalchemy import create_engine

    programs = _server_programs("pg_restore")
    held = _archive_tables(programs["pg_restore"], archive)
    if held is None or set(tables) - held:
        raise StoreError(QT_TRANSLATE_NOOP("errors", "This file is not a GriDesk backup."))
    parsed = make_url(url)
    database = parsed.database or ""
    with scratch_database(url, archive.parent) as restoring:
        conninfo, env = _conninfo(restoring)
        done = subprocess.run(
            [programs["pg_restore"], "--no-owner", "--exit-on-error", f"--dbname={conninfo}",
             str(archive)],
            env=env, capture_output=True, text=True, timeout=3600,
        )  # fmt: skip
        if done.returncode != 0:
            log.warning("pg_restore of %s: %s", archive, done.stderr.strip()[-2000:])
            raise StoreError(QT_TRANSLATE_NOOP("errors", "This backup file is damaged."))
        check(restoring)
        new_name = make_url(restoring).database or ""
        old_name = f"{database}_replaced_{uuid.uuid4().hex[:12]}"
        beside = create_engine(
            engine_url(restoring), isolation_level="AUTOCOMMIT", poolclass=NullPool
        )
        try:
            # a connection just closed leaves its server process for a moment: wait up to 5 s
            # for them, as the rename itself does
            for _ in range(50):
                with beside.connect() as conn:
                    others = conn.execute(
                        text("SELECT count(*) FROM pg_stat_activity WHERE datname = :name"),
                        {"name": database},
                    ).scalar_one()
                if not others:
                    break
                time.sleep(0.1)
            else:
                raise StoreError(_OTHER_DESKS_CONNECTED, database=database)
            save_current()
            with beside.connect() as conn:  # a desk connecting now is refused by the rename
                conn.exec_driver_sql(f'ALTER DATABASE "{database}" RENAME TO "{old_name}"')
        except DBAPIError as exc:
            log.warning("restoring %s over %s", archive, database, exc_info=exc)
            if getattr(getattr(exc, "orig", None), "sqlstate", "") == "55006":  # in use
                raise StoreError(_OTHER_DESKS_CONNECTED, database=database) from exc
            raise StoreError(_RESTORE_FAILED, reason=str(exc.orig).splitlines()[0]) from exc
        finally:
            beside.dispose()
        old = create_engine(
            engine_url(parsed.set(database=old_name).render_as_string(hide_password=False)),
            isolation_level="AUTOCOMMIT",
            poolclass=NullPool,
        )
        try:
            with old.connect() as conn:
                conn.exec_driver_sql(f'ALTER DATABASE "{new_name}" RENAME TO "{database}"')
        finally:
            old.dispose()
        restored = create_engine(engine_url(url), isolation_level="AUTOCOMMIT", poolclass=NullPool)
        try:
            with restored.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{old_name}" WITH (FORCE)')
        finally:
            restored.dispose()
        # (the scratch database's name is gone: dropping it after is a no-op)


def dump_server(url: str, target: Path, tables: list[str]) -> None:
    """Back up the server's database at ``url`` into ``target`` with ``pg_dump`` (custom
    format), then read the archive back with ``pg_restore --list``: it must hold the data of
    every one of ``tables``, or the file is removed and the backup refused."""
    import subprocess

    programs = _server_programs("pg_dump", "pg_restore")
    conninfo, env = _conninfo(url)
    partial = target.with_name(target.name + ".partial")
    try:
        done = subprocess.run(
            [str(programs["pg_dump"]), "--format=custom", f"--file={partial}", conninfo],
            env=env,
            capture_output=True,
            text=True,
            timeout=3600,
        )
        if done.returncode != 0:
            raise StoreError(_DUMP_FAILED, reason=(done.stderr.strip().splitlines() or ["?"])[-1])
        held = _archive_tables(programs["pg_restore"], partial)
        missing = sorted(set(tables) - (held or set()))
        if held is None or missing:
            raise StoreError(_DUMP_FAILED, reason=", ".join(missing[:5]) or "pg_restore --list")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def lock_key(kind: str, key: object) -> int:
    """A signed 64-bit number naming one guarded thing, the same in every process."""
    digest = hashlib.blake2b(f"{kind}:{key}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


WAIT_FOR_OTHER_DESK_MS = 20_000
_MIGRATION_KEY = lock_key("gridesk", "schema migration")
_CHAIN_HEAD_KEY = lock_key("gridesk", "audit chain head")


def _begin_postgresql(conn: Connection) -> None:
    # The one concurrency rule on a server (see the module's docstring): a unit of work that
    # writes first takes the audit chain's head, which every write extends, until it commits.
    if conn.get_execution_options().get("write"):
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_CHAIN_HEAD_KEY})")


# ---------------------------------------------------------------- errors in plain words

_NO_SERVER = QT_TRANSLATE_NOOP(
    "errors",
    "The database server {host} does not answer. Check that it is running and that this "
    "computer can reach it, then try again.",
)
_REFUSED_LOGIN = QT_TRANSLATE_NOOP(
    "errors",
    "The database server {host} refused the user name or password. Check them in the "
    "connection settings.",
)
_NO_DATABASE = QT_TRANSLATE_NOOP(
    "errors",
    "The database server {host} has no database named {database}. Create it first "
    "(README: A hall with several desks).",
)
_LOST_SERVER = QT_TRANSLATE_NOOP(
    "errors",
    "The connection to the database server {host} was lost. Nothing half-done was kept; "
    "try again in a moment.",
)
_OTHER_DESK_BUSY = QT_TRANSLATE_NOOP(
    "errors",
    "Another desk has been busy with the database {host} for a long time; nothing was "
    "changed here. Try again in a moment.",
)
_SERVER_SAYS = QT_TRANSLATE_NOOP("errors", "The database server {host} could not do this: {reason}")


def _postgresql_error(
    exc: BaseException, host: str, database: str, opening: bool
) -> StoreError | None:
    """psycopg's failures to reach or keep the server, as plain lines (never "the file")."""
    orig = getattr(exc, "orig", exc)
    try:
        import psycopg
        from psycopg import errors as pg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return None
    if not isinstance(orig, psycopg.Error):
        return None
    state = getattr(orig, "sqlstate", None) or ""
    message = str(orig)
    if isinstance(orig, pg.LockNotAvailable) or state == "55P03":
        return StoreError(_OTHER_DESK_BUSY, host=host)
    if isinstance(orig, pg.InvalidPassword | pg.InvalidAuthorizationSpecification) or (
        state.startswith("28") or "password authentication failed" in message
    ):
        return StoreError(_REFUSED_LOGIN, host=host)
    if (
        isinstance(orig, pg.InvalidCatalogName)
        or state == "3D000"
        or ("does not exist" in message and "database" in message and state == "")
    ):
        return StoreError(_NO_DATABASE, host=host, database=database)
    if isinstance(orig, pg.AdminShutdown | pg.CrashShutdown | pg.CannotConnectNow) or (
        state.startswith("08") or state.startswith("57P")
    ):
        return ConnectionLost(_LOST_SERVER, host=host)
    if isinstance(orig, psycopg.OperationalError) and not state:  # the client's own failure
        lost = getattr(exc, "connection_invalidated", False) or any(
            words in message
            for words in (
                "server closed the connection",
                "consuming input failed",
                "terminating connection",
                "connection is lost",
                "the connection is closed",
            )
        )
        if lost:
            return ConnectionLost(_LOST_SERVER, host=host)
        return ServerUnreachable(_NO_SERVER, host=host)
    if not opening:
        return None
    return StoreError(_SERVER_SAYS, host=host, reason=message.splitlines()[0][:200])


# ---------------------------------------------------------------- SQL that differs


class month_text(FunctionElement[str]):
    """``YYYY-MM`` of a stored moment (stored in UTC)."""

    type = String()
    inherit_cache = True
    name = "month_text"


@compiles(month_text, "sqlite")
def _month_sqlite(element: month_text, compiler: SQLCompiler, **kw: Any) -> str:
    return f"strftime('%Y-%m', {compiler.process(element.clauses, **kw)})"


@compiles(month_text, "postgresql")
def _month_postgresql(element: month_text, compiler: SQLCompiler, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM')"


class position_in(FunctionElement[int]):
    """Where ``needle`` (second) first occurs in ``haystack`` (first), from 1; 0 if nowhere."""

    type = Integer()
    inherit_cache = True
    name = "position_in"


@compiles(position_in, "sqlite")
def _position_sqlite(element: position_in, compiler: SQLCompiler, **kw: Any) -> str:
    return f"instr({compiler.process(element.clauses, **kw)})"


@compiles(position_in, "postgresql")
def _position_postgresql(element: position_in, compiler: SQLCompiler, **kw: Any) -> str:
    return f"strpos({compiler.process(element.clauses, **kw)})"


def append_only_sql(dialect_name: str, table: str) -> list[str]:
    """Triggers that refuse UPDATE and DELETE on ``table`` (named ``<table>_no_update`` and
    ``<table>_no_delete`` on both engines; PL/pgSQL on PostgreSQL)."""
    if dialect_name == "sqlite":
        return [
            f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: no {action}'); END"
            for action in ("UPDATE", "DELETE")
        ]
    return [
        _PG_APPEND_ONLY_FUNCTION,
        *(
            f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION gridesk_append_only()"
            for action in ("UPDATE", "DELETE")
        ),
        f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
        "FOR EACH STATEMENT EXECUTE FUNCTION gridesk_append_only()",
    ]


def drop_append_only_sql(dialect_name: str, table: str) -> list[str]:
    if dialect_name == "sqlite":
        return [f"DROP TRIGGER IF EXISTS {table}_no_{action}" for action in ("update", "delete")]
    return [
        f"DROP TRIGGER IF EXISTS {table}_no_{action} ON {table}"
        for action in ("update", "delete", "truncate")
    ]


# an integrity violation, as SQLite's RAISE(ABORT) in a trigger is: IntegrityError on both
_PG_APPEND_ONLY_FUNCTION = (
    "CREATE OR REPLACE FUNCTION gridesk_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation', "
    "MESSAGE = format('%s is append-only: no %s', TG_TABLE_NAME, TG_OP); END $$"
)


def trigger_names(session: Session) -> set[str]:
    """The names of the database's triggers (``gridesk check``: the append-only tables)."""
    if session.get_bind().dialect.name == "sqlite":
        sql = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    else:
        sql = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
    return set(session.execute(text(sql)).scalars())


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


class PlainReader(ABC):
    """Compiled statements run straight on the driver, on a connection of this thread's own
    in autocommit (each statement sees the latest committed data), for the hot one-statement
    reads (search as you type, the requests queue), where SQLAlchemy's per-call cost and a
    unit of work's round trips would be most of the time.

    A caller compiles its statement once per shape for the reader's ``compiler``
    (:func:`plain_sql`, kept in an ``lru_cache`` keyed by the reader's type), binds values with
    :meth:`values`, runs it with :meth:`rows` and reads ids and days back with :meth:`uuid`
    and :meth:`day`: SQLite gives text where the server gives ``UUID`` and ``date``."""

    compiler: Any = _READER_DIALECT

    @classmethod
    def values(cls, values: dict[str, Any]) -> dict[str, Any]:
        return {k: reader_value(v) for k, v in values.items()}

    @abstractmethod
    def rows(self, sql: str, values: dict[str, Any]) -> list[tuple[Any, ...]]:
        """The statement's rows, as the driver gives them."""

    @staticmethod
    def uuid(value: Any) -> uuid.UUID:
        return uuid.UUID(value)

    @staticmethod
    def day(value: Any) -> date:
        return date.fromisoformat(value)


class FileReader(PlainReader):
    """The plain reader of a SQLite file: the thread's sqlite3 connection (``reader()``)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def rows(self, sql: str, values: dict[str, Any]) -> list[tuple[Any, ...]]:
        return self._conn.execute(sql, values).fetchall()


class ServerReader(PlainReader):
    """The plain reader of a hall's server: a psycopg connection, opened at its first read,
    opened again once after a lost connection (a restarted server), else the server's error
    as a plain line (:func:`_postgresql_error`)."""

    compiler = _SERVER_READER_DIALECT

    def __init__(self, conninfo: str, url: Any) -> None:
        self._conninfo = conninfo
        self._url = url
        self._conn: Any = None

    @classmethod
    def values(cls, values: dict[str, Any]) -> dict[str, Any]:
        return values

    def rows(self, sql: str, values: dict[str, Any]) -> list[tuple[Any, ...]]:
        import psycopg

        while True:
            fresh = self._conn is None or self._conn.closed
            try:
                if fresh:
                    self._conn = psycopg.connect(
                        self._conninfo,
                        autocommit=True,
                        connect_timeout=5,
                        application_name="gridesk",
                        options=f"-c lock_timeout={WAIT_FOR_OTHER_DESK_MS}"
                        " -c default_transaction_read_only=on",
                    )
                return self._conn.execute(sql, values).fetchall()
            except psycopg.OperationalError as exc:
                self.close()
                if not fresh:  # a connection the server ended (a restart): once more, anew
                    continue
                plain = _postgresql_error(exc, self._host(), self._url.database or "", False)
                if plain is None:
                    raise
                raise plain from exc

    def _host(self) -> str:
        return self._url.host or str(self._url.query.get("host") or "localhost")

    @staticmethod
    def uuid(value: Any) -> uuid.UUID:
        return value

    @staticmethod
    def day(value: Any) -> date:
        return value

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with suppress(Exception):
                conn.close()


def plain_sql(statement: ClauseElement, compiler: Any) -> tuple[str, dict[str, Any]]:
    """A statement as a plain reader with this ``compiler`` runs it (named parameters), and
    the values it fixes itself (such as a cap on a search); compile once per shape and keep
    the result."""
    compiled = statement.compile(dialect=compiler)
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
