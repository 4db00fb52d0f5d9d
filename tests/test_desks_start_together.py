"""Three desks started at the same instant on a new, empty database: one migrates, the others
wait for it, and all three open it (no collision on alembic_version)."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

import pg_databases
import pytest
from pg_databases import ON_POSTGRESQL, TEST_DB
from sqlalchemy import text

from gridesk.core import migrations
from gridesk.core.store import open_store

DESKS = 3


def _desk(url: str, folder: str, barrier: Any, out: Any) -> None:
    from gridesk.core.store import open_store

    barrier.wait(timeout=120)
    try:
        store = open_store(url, Path(folder))
        with store.engine.connect() as conn:
            out.put(("ok", conn.execute(text("SELECT version_num FROM alembic_version")).scalar()))
        store.close()
    except Exception as exc:
        out.put((type(exc).__name__, str(exc)[:300]))


@pytest.fixture
def empty_database(tmp_path: Path):
    if not ON_POSTGRESQL:
        yield f"sqlite:///{tmp_path}/new.db"
        return
    name = pg_databases.create(TEST_DB, pg_databases.fresh_name())
    yield pg_databases.url(TEST_DB, name)
    pg_databases.drop(TEST_DB, name)


@pytest.mark.slow
def test_desks_started_together_on_a_new_database_take_turns_to_migrate(tmp_path, empty_database):
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(DESKS)
    out = ctx.Queue()
    desks = [
        ctx.Process(target=_desk, args=(empty_database, str(tmp_path / f"desk{n}"), barrier, out))
        for n in range(DESKS)
    ]
    for d in desks:
        d.start()
    results = [out.get(timeout=300) for _ in desks]
    for d in desks:
        d.join(timeout=60)
    assert results == [("ok", migrations.SCHEMA_HEAD)] * DESKS
    store = open_store(empty_database, tmp_path)
    try:
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    finally:
        store.close()
