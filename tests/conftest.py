"""Shared fixtures: a real SQLite file per test, an initialised station and its admin."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # pytest-qt aborts without a platform
# The program's clock in every test (and in the processes tests start): a Wednesday morning
# unless the run names another moment (CI runs the suite again on the eve of a holiday).
os.environ["GRIDESK_NOW"] = os.environ.get("GRIDESK_TEST_NOW") or "2026-11-25T10:00:00"

from datetime import datetime

import pytest

from gridesk import clock
from gridesk.core.actor import Actor
from gridesk.core.setup import initialise
from gridesk.core.store import Store, open_store


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrating takes a while; do it once and copy the file for each test."""
    folder = tmp_path_factory.mktemp("template")
    st = open_store(f"sqlite:///{folder}/gridesk.db", folder)
    st.close()
    return folder / "gridesk.db"


@pytest.fixture
def store(tmp_path: Path, _migrated_template: Path) -> Iterator[Store]:
    shutil.copyfile(_migrated_template, tmp_path / "gridesk.db")
    st = open_store(f"sqlite:///{tmp_path}/gridesk.db", tmp_path)
    yield st
    st.close()


@pytest.fixture(scope="session")
def _initialised_template(
    tmp_path_factory: pytest.TempPathFactory, _migrated_template: Path
) -> tuple[Path, Actor]:
    """A station set up once: its admin's password hash costs what the product's costs (a
    second or two of scrypt), too much to pay again for every test."""
    folder = tmp_path_factory.mktemp("initialised")
    shutil.copyfile(_migrated_template, folder / "gridesk.db")
    st = open_store(f"sqlite:///{folder}/gridesk.db", folder)
    actor = initialise(
        st,
        station_name="测试社区党群服务中心",
        station_code="CS",
        admin_username="admin",
        admin_password="secret1",
    )
    st.close()
    return folder / "gridesk.db", actor


@pytest.fixture
def admin(store: Store, _initialised_template: tuple[Path, Actor]) -> Actor:
    """The station set up (a copy of the session's set-up file) and its admin."""
    template, actor = _initialised_template
    path = store.sqlite_path
    assert path is not None
    store.close()  # the store opens new connections on the copied file
    for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(template, path)
    return actor


@pytest.fixture(autouse=True)
def _clock() -> Iterator[None]:
    """Each test starts at the same moment of the program's clock, whatever the real date."""
    clock.set_now(datetime.fromisoformat(os.environ["GRIDESK_NOW"]))
    yield


@pytest.fixture(autouse=True)
def _pollers_end_with_their_test() -> Iterator[None]:
    """A modal-window poller (tests/qt_modal.py) belongs to its test: it stops when the test
    ends, so it can never answer or close a window that a later test opens."""
    import qt_modal

    yield
    qt_modal.end_of_test()
