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


@needs_server
def test_search_reads_on_its_own_connection_and_finds_its_way_back_after_a_restart(store, admin):
    """Search as you type runs on the desk's plain reader (one round trip, autocommit,
    read-only): it sees what another unit of work just committed, cannot write, and after
    the server ends every connection (a restart) the next search opens a new one."""
    from gridesk.core.residents.records import (
        ResidentFilter,
        ResidentInput,
        create_resident,
        list_residents,
    )

    reader = store.plain_reader()
    assert reader is not None
    create_resident(store, admin, ResidentInput(name="读者甲"))
    assert [r.name for r in list_residents(store, admin, ResidentFilter(text="读者"), 0, 10)] == [
        "读者甲"
    ]
    with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
        reader.rows("DELETE FROM residents", {})
    with psycopg.connect(engine_url(store.url).replace("+psycopg", ""), autocommit=True) as other:
        other.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE datname = current_database() AND pid <> pg_backend_pid()")  # fmt: skip
    create_resident(store, admin, ResidentInput(name="读者乙"))
    found = list_residents(store, admin, ResidentFilter(text="读者"), 0, 10)
    assert sorted(r.name for r in found) == ["读者乙", "读者甲"]


def test_a_lost_connection_is_tried_again_and_an_unreachable_server_is_not(monkeypatch):
    """The retry of a unit of work keyed by an operation id (store.retried_when_connection_lost):
    after a lost connection it runs again (a restarting server may not answer at first); a
    server never reached is said at once; a connection lost every time ends in the plain line."""
    from gridesk.core import store as store_module
    from gridesk.core.dialect import ConnectionLost, ServerUnreachable

    monkeypatch.setattr(store_module, "RETRY_WAITS", (0, 0, 0))
    lost = ConnectionLost("The connection to the database server {host} was lost.", host="h")
    away = ServerUnreachable("The database server {host} does not answer.", host="h")
    calls: list[str] = []

    def service(outcomes: list[Exception | None]) -> str:
        calls.append("call")
        outcome = outcomes.pop(0)
        if outcome is not None:
            raise outcome
        return "first result"

    retried = store_module.retried_when_connection_lost(service)
    assert retried([lost, away, None]) == "first result" and len(calls) == 3
    calls.clear()
    with pytest.raises(ServerUnreachable, match="does not answer"):
        retried([away, None])
    assert len(calls) == 1
    calls.clear()
    with pytest.raises(ConnectionLost, match="was lost"):
        retried([lost, lost, lost, lost])
    assert len(calls) == 4


@needs_server
@pytest.mark.parametrize("answer", ["lost before the commit", "lost after the commit"])
def test_a_redemption_whose_connection_breaks_is_retried_and_charges_once(
    store, admin, monkeypatch, answer
):
    """The connection breaks as the redemption commits: either the server never got the
    COMMIT (it rolls the whole unit back) or it committed and its answer was lost. The
    redemption is run again with its operation id: one receipt, 60 points, one item of stock."""
    from sqlalchemy import func, select

    from gridesk.core import auth
    from gridesk.core import store as store_module
    from gridesk.core.actor import Role
    from gridesk.core.models import new_id
    from gridesk.core.points import accounts, earning, shop
    from gridesk.core.points.models import Redemption
    from gridesk.core.residents.records import ResidentInput, create_resident

    monkeypatch.setattr(store_module, "RETRY_WAITS", (0.1, 0.1))
    auth.create_user(
        store, admin, username="cashier", display_name="cashier", role=Role.CASHIER,
        password="secret1",
    )  # fmt: skip
    cashier = auth.sign_in(store, "cashier", "secret1")
    tea = shop.create_product(store, admin, shop.ProductInput("TEA", "茶叶", 60))
    shop.stock_in(store, cashier, tea.id, 5, new_id())
    rule = earning.save_rule(store, admin, "志愿服务", 100)
    resident = create_resident(store, admin, ResidentInput(name="断线")).id
    earning.award(store, admin, rule.id, [resident], new_id())

    dialect = store.engine.dialect
    real_commit = dialect.do_commit
    broken: list[str] = []

    def commit_and_lose_the_line(dbapi_connection):  # the first redemption's commit only
        if not broken:
            broken.append(answer)
            if answer == "lost after the commit":
                real_commit(dbapi_connection)
            # the line goes (never committed before it: the server rolls the unit back)
            dbapi_connection.driver_connection.close()
            raise psycopg.OperationalError("server closed the connection unexpectedly")
        real_commit(dbapi_connection)

    monkeypatch.setattr(dialect, "do_commit", commit_and_lose_the_line)
    operation = new_id()
    first = shop.redeem(store, cashier, resident, [("TEA", 1)], operation)
    assert broken == [answer]
    again = shop.redeem(store, cashier, resident, [("TEA", 1)], operation)  # the desk's own retry
    assert again.number == first.number
    assert accounts.account_view(store, cashier, resident).balance == 40
    assert [p.stock for p in shop.list_products(store, cashier)] == [4]
    with store.read() as s:
        assert s.execute(select(func.count()).select_from(Redemption)).scalar_one() == 1
