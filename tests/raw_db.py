"""What someone holding the database does behind GriDesk's back, on either engine: a plain
driver connection (autocommit), and the errors the database's own guards raise."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

REFUSED: tuple[type[Exception], ...] = (sqlite3.IntegrityError,)
"""What a refused UPDATE or DELETE (a trigger) or a broken CHECK raises."""
try:
    import psycopg

    REFUSED += (psycopg.IntegrityError,)
except ImportError:  # pragma: no cover - psycopg is a dependency
    psycopg = None  # type: ignore[assignment]


@contextmanager
def raw(store: Any) -> Iterator[Any]:
    """The driver's own connection to the store's database, each statement committed."""
    if store.sqlite_path is not None:
        conn = sqlite3.connect(store.sqlite_path, isolation_level=None)
    else:
        from sqlalchemy.engine import make_url

        url = make_url(store.url)
        conn = psycopg.connect(
            host=url.query.get("host") or url.host,
            port=url.query.get("port") or url.port,
            user=url.username,
            password=url.password,
            dbname=url.database,
            autocommit=True,
        )
    try:
        yield conn
    finally:
        conn.close()


def drop_trigger(store: Any, table: str, name: str) -> None:
    with raw(store) as conn:
        conn.execute(
            f"DROP TRIGGER {name}" if store.sqlite_path else f"DROP TRIGGER {name} ON {table}"
        )


def without_triggers(store: Any, statements: Sequence[tuple[Any, ...]]) -> None:
    """Run ``statements`` (SQL, then its parameters if any) with every trigger out of the way,
    leaving the triggers as they were: SQLite drops and makes them again, PostgreSQL runs
    them as a replica would (a superuser's session_replication_role)."""
    with raw(store) as conn:
        if store.sqlite_path is None:
            conn.execute("SET session_replication_role = replica")
            for sql, *params in statements:
                conn.execute(sql.replace("?", "%s"), *params)
            return
        triggers = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
        ).fetchall()
        conn.execute("BEGIN")
        for name, _sql in triggers:
            conn.execute(f"DROP TRIGGER {name}")
        for sql, *params in statements:
            conn.execute(sql, *params)
        for _name, sql in triggers:
            conn.execute(sql)
        conn.execute("COMMIT")
