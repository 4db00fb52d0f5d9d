"""Shared fixtures: a real database per test (a SQLite file, or with GRIDESK_TEST_DB a fresh
PostgreSQL database on that server), an initialised station and its admin.

GRIDESK_TEST_DB=postgresql://USER@HOST:PORT/postgres (any database the user may connect to; the
user needs CREATEDB) runs the suite on PostgreSQL: the schema is migrated once into a template
database and every test gets its own copy. Tests about SQLite itself carry the ``sqlite_only``
mark and are skipped there.
"""

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

import pg_databases
import pytest
from pg_databases import ON_POSTGRESQL, TEST_DB

from gridesk import clock
from gridesk.core.actor import Actor
from gridesk.core.setup import initialise
from gridesk.core.store import Store, open_store


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if not ON_POSTGRESQL:
        return
    skip = pytest.mark.skip(reason="about SQLite itself (GRIDESK_TEST_DB is PostgreSQL)")
    for item in items:
        if item.get_closest_marker("sqlite_only"):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Migrating takes a while; do it once and copy it for each test (a SQLite file's path, or
    the name of a PostgreSQL template database)."""
    folder = tmp_path_factory.mktemp("template")
    if not ON_POSTGRESQL:
        st = open_store(f"sqlite:///{folder}/gridesk.db", folder)
        st.close()
        yield str(folder / "gridesk.db")
        return
    name = pg_databases.create(TEST_DB, f"gridesk_template_{os.getpid()}")
    st = open_store(pg_databases.url(TEST_DB, name), folder)
    st.close()
    yield name
    pg_databases.drop(TEST_DB, name)


@pytest.fixture
def database_url(
    tmp_path: Path, _migrated_template: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """The URL of this test's own migrated database. On PostgreSQL it is also GRIDESK_DB_URL,
    so the command line (in this process or started by the test) reaches it."""
    if not ON_POSTGRESQL:
        shutil.copyfile(_migrated_template, tmp_path / "gridesk.db")
        yield f"sqlite:///{tmp_path}/gridesk.db"
        return
    name = pg_databases.create(TEST_DB, pg_databases.fresh_name(), template=_migrated_template)
    url = pg_databases.url(TEST_DB, name)
    monkeypatch.setenv("GRIDESK_DB_URL", url)
    yield url
    _end_windows()  # before the database goes: a window's timer must not read it after
    pg_databases.drop(TEST_DB, name)


@pytest.fixture
def store(tmp_path: Path, database_url: str) -> Iterator[Store]:
    st = open_store(database_url, tmp_path)
    yield st
    st.close()


@pytest.fixture(scope="session")
def _initialised_template(
    tmp_path_factory: pytest.TempPathFactory, _migrated_template: str
) -> Iterator[tuple[str, Actor]]:
    """A station set up once: its admin's password hash costs what the product's costs (a
    second or two of scrypt), too much to pay again for every test. A SQLite file's path, or
    the name of a PostgreSQL template database, and the admin."""
    folder = tmp_path_factory.mktemp("initialised")
    if ON_POSTGRESQL:
        name = pg_databases.create(
            TEST_DB, f"gridesk_initialised_{os.getpid()}", template=_migrated_template
        )
        url = pg_databases.url(TEST_DB, name)
    else:
        shutil.copyfile(_migrated_template, folder / "gridesk.db")
        name, url = str(folder / "gridesk.db"), f"sqlite:///{folder}/gridesk.db"
    st = open_store(url, folder)
    actor = initialise(
        st,
        station_name="测试社区党群服务中心",
        station_code="CS",
        admin_username="admin",
        admin_password="secret1",
    )
    st.close()
    yield name, actor
    if ON_POSTGRESQL:
        pg_databases.drop(TEST_DB, name)


@pytest.fixture
def admin(store: Store, _initialised_template: tuple[str, Actor]) -> Actor:
    """The station set up (a copy of the session's set-up database) and its admin."""
    template, actor = _initialised_template
    store.close()  # the store opens new connections on the copy
    if ON_POSTGRESQL:
        from sqlalchemy.engine import make_url

        pg_databases.create(TEST_DB, str(make_url(store.url).database), template=template)
        return actor
    path = store.sqlite_path
    assert path is not None
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
    _end_windows()


def _end_windows() -> None:
    """A test's windows end with it. pytest-qt closes the widgets a test registered and asks
    Qt to delete them later, which outside an event loop is never, and a window a test did not
    register stays open: either one's timers (a page's search, the main window's status line)
    could fire during the next test, on a database this test's fixtures have removed (a
    PostgreSQL test database is dropped)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    _release_held_keys()
    for window in QApplication.topLevelWidgets():
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _release_held_keys() -> None:
    """A key a test pressed last with Ctrl (Ctrl+S in a dialog that closes on it) is released
    to a window already gone, and Qt keeps Ctrl as held: in the next test selectRow() then
    toggles the row (a Ctrl+click) and deselects it. Released here, as a person would."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    if QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier:
        return
    window = QWidget()
    window.show()
    for key in (Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
        QTest.keyRelease(window, key)
    window.close()
    window.deleteLater()
