"""A desk of a hall when the server goes away (a red line in the status bar until a unit of work
succeeds again, what was typed kept), and a server backup restored from Admin → Backups."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from pg_databases import ON_POSTGRESQL
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from qt_modal import poll_until
from sqlalchemy import func, select

from gridesk.config import Location
from gridesk.core import auth
from gridesk.core.actor import Actor, Role
from gridesk.core.backup_files import backup_dir
from gridesk.core.dialect import engine_url
from gridesk.core.store import Store, open_store
from gridesk.errors import StoreError
from gridesk.ui.desk import Desk

psycopg = pytest.importorskip("psycopg")
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
needs_server = pytest.mark.skipif(not ON_POSTGRESQL, reason="a hall's server (GRIDESK_TEST_DB)")
needs_tools = pytest.mark.skipif(
    shutil.which("pg_restore") is None, reason="PostgreSQL's client programs"
)
LEFT = Qt.MouseButton.LeftButton


def test_a_server_that_does_not_answer_is_told_to_the_watchers(tmp_path: Path) -> None:
    store = Store("postgresql://desk@127.0.0.1:1/hall", tmp_path)
    seen: list[bool] = []
    stop = store.watch_connection(seen.append)
    try:
        assert not store.ping()
        assert not store.ping()  # told once, not at every failed attempt
        assert store.connection_lost and seen == [True]
        stop()
        stop()  # stopping twice is harmless
    finally:
        store.close()


def _cut_this_desks_connections(store: Store) -> None:
    with psycopg.connect(engine_url(store.url).replace("+psycopg", ""), autocommit=True) as other:
        other.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE datname = current_database() AND pid <> pg_backend_pid()")  # fmt: skip


@needs_server
def test_a_lost_connection_shows_in_red_until_the_desk_reaches_the_server_again(
    qtbot: Any, store: Store, admin: Actor, tmp_path: Path
) -> None:
    from gridesk.core.models import Resident
    from gridesk.ui.main_window import MainWindow

    window = MainWindow(Desk(store, admin, Location(tmp_path, store.url)), lambda: None)
    qtbot.addWidget(window)
    window.show()
    line = window.connection_label
    assert not line.isVisible()
    qtbot.keyClicks(window.scan_box, "half typed")
    with pytest.raises(StoreError, match="was lost"), store.write(admin) as s:
        s.execute(select(func.pg_backend_pid())).scalar_one()
        _cut_this_desks_connections(store)
        s.add(Resident(name="半途", sort_key="bantu"))
        s.flush()
    assert line.isVisible()
    assert line.text() == "The connection to the database is lost; retrying…"
    assert window.scan_box.text() == "half typed"
    # the window tries again by itself; the server answers, and the line goes
    qtbot.waitUntil(lambda: not line.isVisible(), timeout=20_000)
    assert not store.connection_lost
    assert window.scan_box.text() == "half typed"


def _answer(*buttons: QMessageBox.StandardButton) -> list[str]:
    """Press ``buttons`` on the message boxes that open next, in order; what they said."""
    said: list[str] = []
    left = list(buttons)

    def step() -> bool:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible() and box.text() not in said:
            said.append(box.text())
            box.button(left.pop(0)).click()
        return not left

    poll_until(step, tries=6000)
    return said


@needs_server
@needs_tools
def test_a_server_backup_is_made_and_restored_from_the_window(
    qtbot: Any, store: Store, admin: Actor, tmp_path: Path
) -> None:
    from gridesk.ui.admin.page import AdminPage

    page = AdminPage(Desk(store, admin, Location(tmp_path, store.url)))
    qtbot.addWidget(page)
    page.resize(1200, 650)
    page.show()
    backups = page.backups
    assert backups is not None
    page.tabs.setCurrentWidget(backups)
    qtbot.mouseClick(backups.backup_button, LEFT)
    qtbot.waitUntil(lambda: "Backed up to" in backups.message.text(), timeout=60_000)
    [made] = backup_dir(tmp_path).glob("*.dump")
    auth.create_user(store, admin, "later", "后来的人", Role.FRONT_DESK, "secret12")

    other = open_store(store.url, tmp_path / "other-desk")
    try:
        with other.read() as s:  # another desk holds a connection
            s.connection()
        said = _answer(QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok)
        backups.restore(made, made.name)
        qtbot.waitUntil(lambda: len(said) == 2, timeout=60_000)
        assert "Replace the hall's whole database" in said[0]
        assert "Other desks are still working" in said[1]
        assert backups.restore_file_button.isEnabled()
    finally:
        other.close()
    assert "later" in {u.username for u in auth.list_users(store, admin)}

    said = _answer(QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok)
    with qtbot.waitSignal(backups.restored, timeout=120_000):
        backups.restore(made, made.name)
    qtbot.waitUntil(lambda: len(said) == 2, timeout=10_000)
    assert "start it again" in said[1]
    assert [u.username for u in auth.list_users(store, admin)] == ["admin"]
    assert len(list(backup_dir(tmp_path).glob("*.dump"))) == 2  # the safety dump beside it
