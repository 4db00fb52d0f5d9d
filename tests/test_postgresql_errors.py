"""A server's failures read as plain lines that never blame "the file" (GRIDESK_TEST_DB names
the server for the tests that need a real one)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from gridesk.core.dialect import PostgreSQLServer, engine_url
from gridesk.core.store import open_store
from gridesk.errors import StoreError

psycopg = pytest.importorskip("psycopg")
SERVER = os.environ.get("GRIDESK_TEST_DB", "")
needs_server = pytest.mark.skipif(
    not SERVER.startswith("postgres"), reason="GRIDESK_TEST_DB names no PostgreSQL server"
)


def _line(url: str, tmp_path: Path) -> str:
    with pytest.raises(StoreError) as caught:
        open_store(url, tmp_path)
    text = str(caught.value)
    assert "file" not in text.lower() and "Traceback" not in text
    return text


def test_nobody_listening_is_named_as_the_server_not_answering(tmp_path):
    text = _line("postgresql://gridesk:secret@127.0.0.1:1/hall", tmp_path)
    assert text.startswith("The database server 127.0.0.1 does not answer.")
    assert "secret" not in text


@needs_server
def test_a_missing_database_is_named(tmp_path):
    from sqlalchemy.engine import make_url

    url = make_url(SERVER).set(database="gridesk_no_such_hall").render_as_string(False)
    assert "has no database named gridesk_no_such_hall" in _line(url, tmp_path)


def test_a_refused_password_and_a_lost_connection_read_plainly():
    server = PostgreSQLServer("postgresql://desk:pw@hall-server:5432/hall")
    refused = psycopg.errors.InvalidPassword("password authentication failed for user desk")
    wrapped = OperationalError("connect", {}, refused)
    assert "refused the user name or password" in str(server.user_error(wrapped))
    lost = psycopg.errors.AdminShutdown("terminating connection due to administrator command")
    line = str(server.user_error(OperationalError("SELECT 1", {}, lost)))
    assert line.startswith("The connection to the database server hall-server was lost.")
    busy = psycopg.errors.LockNotAvailable("canceling statement due to lock timeout")
    assert "Another desk" in str(server.user_error(OperationalError("SELECT", {}, busy)))


def test_a_constraint_is_left_to_the_caller_except_while_opening():
    server = PostgreSQLServer("postgresql://desk@hall-server/hall")
    check = psycopg.errors.CheckViolation("new row violates check constraint")
    assert server.user_error(check) is None
    assert "could not do this" in str(server.user_error(check, opening=True))


def test_people_write_postgresql_and_get_psycopg():
    assert engine_url("postgresql://desk@h/hall").startswith("postgresql+psycopg://")
    assert engine_url("sqlite:///x.db") == "sqlite:///x.db"


@needs_server
def test_a_connection_killed_by_the_server_is_named_and_the_next_action_works(store, admin):
    """The server ends this desk's connections (a restart): the action in flight reads as a
    lost connection, nothing of it is kept, and the next one gets a fresh connection."""
    from sqlalchemy import func, select

    from gridesk.core.models import Resident
    from gridesk.core.residents.records import ResidentInput, create_resident

    with store.read() as s:
        mine = s.execute(select(func.pg_backend_pid())).scalar_one()
    with pytest.raises(StoreError, match="was lost"), store.write(admin) as s:
        s.execute(select(func.pg_backend_pid())).scalar_one()
        with psycopg.connect(
            engine_url(store.url).replace("+psycopg", ""), autocommit=True
        ) as other:
            other.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = current_database() AND pid <> pg_backend_pid()")  # fmt: skip
        s.add(Resident(name="半途", sort_key="bantu"))
        s.flush()
    create_resident(store, admin, ResidentInput(name="之后"))
    with store.read() as s:
        names = set(s.execute(select(Resident.name)).scalars())
    assert "之后" in names and "半途" not in names
    assert mine is not None
