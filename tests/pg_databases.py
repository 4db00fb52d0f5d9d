"""PostgreSQL databases for tests (GRIDESK_TEST_DB): made from a template, dropped after."""

from __future__ import annotations

import functools
import itertools
import os

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from gridesk.core.dialect import engine_url

TEST_DB = os.environ.get("GRIDESK_TEST_DB", "")
"""The PostgreSQL server the suite runs on (any database its user may connect to), if any."""
ON_POSTGRESQL = TEST_DB.startswith(("postgresql", "postgres:"))

_counter = itertools.count(1)


def url(server_url: str, database: str) -> str:
    """``server_url`` pointing at ``database`` instead."""
    return make_url(server_url).set(database=database).render_as_string(hide_password=False)


def fresh_name() -> str:
    return f"gridesk_test_{os.getpid()}_{next(_counter)}"


@functools.cache
def _admin(server_url: str) -> Engine:
    # one connection kept for the session's CREATE and DROP DATABASE
    return create_engine(engine_url(server_url), isolation_level="AUTOCOMMIT", pool_size=1)


def create(server_url: str, name: str, *, template: str | None = None) -> str:
    with _admin(server_url).connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        like = f' TEMPLATE "{template}"' if template else ""
        conn.execute(text(f'CREATE DATABASE "{name}"{like}'))
    return name


def drop(server_url: str, name: str) -> None:
    with _admin(server_url).connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
