"""The store: one database (a SQLite file by default), its migrations, and units of work.

A service call is one user action: ``with store.write(actor) as session:`` opens one
transaction (``BEGIN IMMEDIATE`` on SQLite, so two desks serialise instead of failing late),
stamps every new or changed row with station, creator and times, and leaves an audit row for
every write. ``store.read()`` is a plain read transaction. What differs from one database to
another is in ``core/dialect.py`` (``store.dialect``).

Both turn what the database driver raises (its text holds SQL and the values written) into one
plain :class:`StoreError` (busy and who holds the database, read-only, disk full, damaged,
cannot be opened: ``dialect.user_error``); a write refuses an actor whose account was disabled
or demoted since signing in (:meth:`Store.check_actor`).
"""

from __future__ import annotations

import functools
import json
import logging
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import Engine, bindparam, create_engine, event, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from gridesk.clock import utcnow
from gridesk.config import read_desk_config
from gridesk.core import migrations
from gridesk.core.actor import Actor, check_still_allowed
from gridesk.core.backup_files import make_backup
from gridesk.core.chains import link_audit_rows
from gridesk.core.dialect import (
    ConnectionLost,
    DatabaseDamaged,
    PlainReader,
    ServerUnreachable,
    dialect_for,
    engine_url,
    plain_sql,
)
from gridesk.core.models import (
    AuditEntry,
    Installation,
    Setting,
    Station,
    Tracked,
    User,
    new_id,
)
from gridesk.core.sync import outbox as _outbox  # noqa: F401  the outbox's commit hook
from gridesk.errors import QT_TRANSLATE_NOOP, StoreError
from gridesk.paths import private_file, private_folder

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StationInfo:
    id: uuid.UUID
    name: str
    code: str
    address: str
    hotline: str


class Store:
    """The database GriDesk works on. Build with :func:`open_store`."""

    def __init__(self, url: str, data_dir: Path) -> None:
        self.url = url
        self.data_dir = data_dir
        self.desk_name = read_desk_config(data_dir).name
        """This computer's desk (its own settings, not the shared database's): stamped on
        every audit row beside station and user."""
        self.connection_lost = False
        """The last unit of work lost its connection to the hall's server (or never reached
        it), and none has succeeded since."""
        self._connection_watchers: list[Callable[[bool], None]] = []
        self.dialect = dialect_for(url)
        self.engine: Engine = create_engine(engine_url(url), **self.dialect.engine_options())
        self.dialect.attach(self.engine)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(
            self.engine.execution_options(write=True), expire_on_commit=False
        )

    @property
    def sqlite_path(self) -> Path | None:
        return self.dialect.path

    @property
    def location(self) -> str:
        path = self.sqlite_path
        return str(path) if path else make_url(self.url).render_as_string(hide_password=True)

    def reader(self) -> sqlite3.Connection | None:
        """This thread's plain sqlite3 connection for one-statement reads on the hot path
        written in SQLite's SQL, where SQLAlchemy's per-call cost would be most of the time;
        None where the database has none (a server): read through ``read()`` instead."""
        return self.dialect.reader()

    def plain_reader(self) -> PlainReader | None:
        """This thread's reader of compiled statements straight on the driver, on SQLite and
        on a server alike (``dialect.PlainReader``: search as you type, the requests
        queue, the check of who is signed in); None for a database in memory."""
        return self.dialect.plain_reader()

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with self._read.begin() as session:
                yield session
        except (DBAPIError, sqlite3.Error) as exc:
            raise self._plain(exc) from exc
        self._reached()

    def watch_connection(self, watcher: Callable[[bool], None]) -> Callable[[], None]:
        """``watcher(lost)`` is called, on whichever thread ran the unit of work, when the
        connection to the hall's server is lost and when a unit of work succeeds again.
        Returns what stops the watching."""
        self._connection_watchers.append(watcher)

        def stop() -> None:
            if watcher in self._connection_watchers:
                self._connection_watchers.remove(watcher)

        return stop

    def _set_connection_lost(self, lost: bool) -> None:
        if self.connection_lost == lost:
            return
        self.connection_lost = lost
        for watcher in list(self._connection_watchers):
            try:
                watcher(lost)
            except Exception:  # a watcher's failure never fails the unit of work
                log.exception("connection watcher failed")

    def _reached(self) -> None:
        if self.connection_lost:
            self._set_connection_lost(False)

    def ping(self) -> bool:
        """One trivial read: whether the database answers now."""
        try:
            with self.read() as s:
                s.execute(select(1))
        except (StoreError, DBAPIError, sqlite3.Error):
            return False
        return True

    @contextmanager
    def write(
        self, actor: Actor | None, operation_id: uuid.UUID | None = None
    ) -> Iterator[Session]:
        """One unit of work for one user action: commit on success, roll back on error.

        ``actor`` may be None only where the actor is learnt inside (signing in); writing
        before it is known is refused. An actor whose account is no longer active with its
        role is refused before anything is written.
        """
        try:
            with self._write.begin() as session:
                session.info["actor"] = actor
                session.info["operation_id"] = operation_id
                session.info["desk"] = self.desk_name
                session.connection()  # the write lock now (BEGIN IMMEDIATE), before the work
                if actor is None:
                    yield session
                    return
                self.check_actor(actor, session)
                self.dialect.mark_writer(f"{actor.display_name} ({actor.username})")
                try:
                    yield session
                    session.flush()
                finally:
                    self.dialect.unmark_writer()
        except (DBAPIError, sqlite3.Error) as exc:
            raise self._plain(exc) from exc
        self._reached()

    def _plain(self, exc: DBAPIError | sqlite3.Error) -> Exception:
        """What to raise instead of the driver's error (its text holds SQL and values)."""
        plain = self.dialect.user_error(exc)
        if isinstance(plain, ServerUnreachable):  # ConnectionLost too
            self._set_connection_lost(True)
        if plain is None:
            return exc
        log.warning("database error, shown as %r", plain.message, exc_info=exc)
        return plain

    def check_actor(self, actor: Actor, session: Session | None = None) -> None:
        """Refuse an actor whose account is missing, disabled or demoted: one lookup by
        primary key, on the plain reader where there is one (a few microseconds), else in
        ``session`` or a read of its own."""
        if actor.user_id is None:
            check_still_allowed(actor, None, None)
            return
        reader = self.plain_reader()
        if reader is not None:
            found = reader.rows(_user_sql(reader.compiler), reader.values({"id": actor.user_id}))
            row: Any = found[0] if found else None
            if row is None and session is not None and _no_users(session):
                return
        else:
            query = select(User.active, User.role).where(User.id == actor.user_id)
            if session is not None:
                row = session.execute(query).first()
                if row is None and _no_users(session):
                    return
            else:
                with self.read() as s:
                    row = s.execute(query).first()
        check_still_allowed(actor, bool(row[0]) if row else None, row[1] if row else None)

    def audit(
        self,
        session: Session,
        action: str,
        entity: str,
        entity_id: object,
        detail: str = "",
    ) -> None:
        """An explicit audit row, for writes that bypass the ORM (bulk import, restore)."""
        actor: Actor | None = session.info.get("actor")
        session.add(_audit_row(actor, action, entity, str(entity_id), detail, session, utcnow()))

    def station(self) -> StationInfo | None:
        with self.read() as s:
            row = s.execute(
                select(Station).join(Installation, Installation.station_id == Station.id)
            ).scalar_one_or_none()
            if row is None:
                return None
            return StationInfo(row.id, row.name, row.code, row.address, row.hotline)

    def qr_secret(self) -> bytes:
        with self.read() as s:
            secret = s.execute(select(Installation.qr_secret)).scalar_one_or_none()
        if secret is None:
            raise StoreError(QT_TRANSLATE_NOOP("errors", "This installation is not set up yet."))
        return bytes.fromhex(secret)

    def setting(self, key: str, default: Any = None) -> Any:
        with self.read() as s:
            value = s.get(Setting, key)
            return default if value is None else json.loads(value.value)

    def is_initialised(self) -> bool:
        if not inspect(self.engine).has_table("installation"):
            return False
        with self.read() as s:
            return s.execute(select(Installation.id)).first() is not None

    def quick_check(self) -> list[str]:
        """The database's quick self-check; an empty list means it is whole."""
        return self.dialect.quick_check(self.engine)

    def close(self) -> None:
        """Close every connection (the store opens new ones if it is used again)."""
        self.dialect.close_readers()
        self.dialect.optimize(self.engine)
        self.engine.dispose()


@functools.lru_cache(maxsize=4)
def _user_sql(compiler: Any) -> str:
    """Whether an account is active, and its role, as a plain reader with this compiler asks."""
    query = select(User.active, User.role).where(User.id == bindparam("id", type_=User.id.type))
    return plain_sql(query, compiler)[0]


_P = ParamSpec("_P")
_T = TypeVar("_T")

RETRY_WAITS = (0.5, 1.0, 2.0, 4.0)
"""Seconds between the attempts of a unit of work keyed by an operation id whose connection
to the hall's server was lost (a server restart takes a few seconds)."""


def retried_when_connection_lost(service: Callable[_P, _T]) -> Callable[_P, _T]:
    """For a service whose unit of work is keyed by an operation id (a redemption, an award, a
    refund, a stock move), which looks that id up first and returns the first result when it
    was already done: when the connection to the hall's server breaks, the unit of work was
    either rolled back whole or committed whole with its answer lost, so running it again with
    the same id is safe and charges once. It is run again after a short wait, a few times;
    then the plain "connection lost" line goes to the desk, which keeps the operation id for
    the person's own retry. (A SQLite file never loses its connection: one attempt.)"""

    @functools.wraps(service)
    def attempts(*args: _P.args, **kwargs: _P.kwargs) -> _T:
        lost: ConnectionLost | None = None
        for wait in (0.0, *RETRY_WAITS):
            if wait:
                time.sleep(wait)
            try:
                return service(*args, **kwargs)
            except ConnectionLost as exc:
                lost = exc
            except ServerUnreachable as exc:
                if lost is None:  # not reached at all: nothing was sent, nothing to finish
                    raise
                log.info("server not reachable yet, retrying: %s", exc.message)
            log.warning("connection to the server lost; retrying with the same operation id")
        assert lost is not None
        raise lost

    return attempts


def _no_users(session: Session) -> bool:
    """No account exists yet: the station is being set up, by the admin it is creating."""
    return session.execute(select(User.id).limit(1)).first() is None


def audit_values(
    actor: Actor | None,
    action: str,
    entity: str,
    entity_id: str,
    detail: str,
    session: Session,
) -> dict[str, Any]:
    """What an audit row says: who, which record, what, and the operation it belongs to."""
    return {
        "station_id": actor.station_id if actor else None,
        "user_id": actor.user_id if actor else None,
        "username": actor.username if actor else "system",
        "desk": session.info.get("desk") or "",
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "detail": detail,
        "operation_id": session.info.get("operation_id"),
    }


def _audit_row(
    actor: Actor | None,
    action: str,
    entity: str,
    entity_id: str,
    detail: str,
    session: Session,
    at: datetime,
) -> AuditEntry:
    # id and time set here: the row's place in the audit chain is hashed over them at flush
    return AuditEntry(
        id=new_id(), at=at, **audit_values(actor, action, entity, entity_id, detail, session)
    )


_NOT_AUDITED = (AuditEntry,)


@event.listens_for(Session, "before_flush")
def _stamp_and_audit(session: Session, _ctx: Any, _instances: Any) -> None:
    actor: Actor | None = session.info.get("actor")
    if actor is None and any(
        not isinstance(o, _NOT_AUDITED) for o in (*session.new, *session.dirty, *session.deleted)
    ):
        raise StoreError(QT_TRANSLATE_NOOP("errors", "Writes need a signed-in user."))
    now = utcnow()
    rows: list[AuditEntry] = []
    for obj in list(session.new):
        if isinstance(obj, _NOT_AUDITED):
            continue
        if isinstance(obj, Tracked):
            if obj.id is None:  # so the audit row can name it before the INSERT
                obj.id = new_id()
            obj.created_at = obj.created_at or now
            obj.updated_at = now
            if obj.station_id is None and actor is not None:
                obj.station_id = actor.station_id
            if obj.created_by is None and actor is not None:
                obj.created_by = actor.user_id
        rows.append(_audit_row(actor, "create", _entity(obj), _ident(obj), "", session, now))
    for obj in list(session.dirty):
        if isinstance(obj, _NOT_AUDITED) or not session.is_modified(obj):
            continue
        changed = sorted(attr.key for attr in inspect(obj).attrs if attr.history.has_changes())
        changed = [c for c in changed if c not in ("updated_at", "password_hash")]
        rows.append(
            _audit_row(actor, "update", _entity(obj), _ident(obj), ",".join(changed), session, now)
        )
    for obj in list(session.deleted):
        if isinstance(obj, _NOT_AUDITED):
            continue
        rows.append(_audit_row(actor, "delete", _entity(obj), _ident(obj), "", session, now))
    # every audit row of this flush (these, and explicit ones from store.audit) joins the chain
    explicit = [o for o in session.new if isinstance(o, AuditEntry) and o.seq is None]
    session.add_all(rows)
    if explicit or rows:
        link_audit_rows(session, [*explicit, *rows])


def _entity(obj: object) -> str:
    return getattr(obj, "__tablename__", type(obj).__name__)


def _ident(obj: object) -> str:
    state = inspect(obj)
    ident = state.identity if state is not None else None
    if ident is None:
        ident = tuple(
            getattr(obj, c.key)
            for c in inspect(type(obj)).primary_key  # type: ignore[union-attr]
        )
    return "/".join(str(part) for part in ident)


def open_store(
    url: str, data_dir: Path, *, migrate: bool = True, backup_first: bool = True
) -> Store:
    """Open the database, check it, back it up and bring its schema up to date."""
    private_folder(data_dir)
    store = Store(url, data_dir)
    path = store.sqlite_path
    if path is not None and path.parent.is_dir():
        private_file(path)  # SQLite gives its -wal and -shm files the database's mode
    try:
        if path is not None and path.exists() and path.stat().st_size > 0:
            problems = store.quick_check()
            if problems:
                log.error("quick_check of %s: %s", path, "; ".join(problems[:20]))
                raise DatabaseDamaged(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The database file {path} is damaged or is not a GriDesk database. "
                        "Restore the latest backup (gridesk restore, or Admin → Backups).",
                    ),
                    path=str(path),
                )
        if migrate:
            before = None
            if backup_first and path is not None and path.exists():
                before = functools.partial(make_backup, path, data_dir, reason="before_upgrade")
            if not migrations.is_current(store.engine):
                # desks started at once on a new database take turns (dialect.migrating)
                with store.dialect.migrating(store.engine):
                    migrations.upgrade(store.engine, engine_url(store.url), before=before)
    except (sqlite3.Error, DBAPIError) as exc:
        store.engine.dispose()
        plain = store.dialect.user_error(exc, opening=True) or StoreError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} cannot be used: it is not a GriDesk database, or another "
                "program changed it. The details are in the log.",
            ),
            path=store.location,
        )
        log.warning("cannot open %s, shown as %r", store.location, plain.message, exc_info=exc)
        raise plain from exc
    except StoreError:
        store.engine.dispose()
        raise
    return store


def set_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    encoded = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=key, value=encoded))
    elif row.value != encoded:
        row.value = encoded
