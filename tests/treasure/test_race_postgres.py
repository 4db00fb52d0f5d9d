"""The two-desk race on a shared PostgreSQL database: the same guard (the item's or room's row
claimed first) serialises the desks there too. Runs when GRIDESK_TEST_PG_URL names an empty
database to use (e.g. postgresql+psycopg://postgres@127.0.0.1:55432/gridesk_race) and a driver
is installed; skipped otherwise."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_race import test_two_desks_book_one_room_at_the_same_instant as booking_race
from test_race import test_two_desks_lend_one_item_at_the_same_instant as lending_race

from gridesk.core.actor import Actor
from gridesk.core.setup import initialise
from gridesk.core.store import Store, open_store

PG_URL = os.environ.get("GRIDESK_TEST_PG_URL", "")
pytestmark = pytest.mark.skipif(
    not PG_URL or importlib.util.find_spec("psycopg") is None,
    reason="set GRIDESK_TEST_PG_URL (and install psycopg) to race on PostgreSQL",
)


@pytest.fixture
def pg_store(tmp_path: Path) -> Iterator[Store]:
    from sqlalchemy import create_engine, text

    engine = create_engine(PG_URL)
    with engine.begin() as conn:  # an empty database for each test
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    st = open_store(PG_URL, tmp_path, backup_first=False)
    yield st
    st.close()


@pytest.fixture
def pg_admin(pg_store: Store) -> Actor:
    return initialise(
        pg_store,
        station_name="测试社区党群服务中心",
        station_code="CS",
        admin_username="admin",
        admin_password="secret1",
    )


def test_two_desks_lend_one_item_on_postgresql(pg_store, pg_admin):
    from conftest import shelf as make_shelf

    shelf = make_shelf.__wrapped__(pg_store, pg_admin)  # type: ignore[attr-defined]
    lending_race(pg_store, pg_admin, shelf)


def test_two_desks_book_one_room_on_postgresql(pg_store, pg_admin):
    from conftest import shelf as make_shelf

    shelf = make_shelf.__wrapped__(pg_store, pg_admin)  # type: ignore[attr-defined]
    booking_race(pg_store, pg_admin, shelf)
