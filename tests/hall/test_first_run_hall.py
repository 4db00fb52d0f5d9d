"""The first-run window: this desk alone, or joining the hall's database (the connection really
tried before anything is saved; the password in the keyring, never beside the app)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.backends.fail
import pytest
from pg_databases import ON_POSTGRESQL
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from sqlalchemy import select
from sqlalchemy.engine import make_url

from gridesk.config import DESK_FILE, HallServer, Location, read_desk_config, write_desk_config
from gridesk.core.models import AuditEntry
from gridesk.core.store import Store, open_store
from gridesk.paths import sqlite_url
from gridesk.ui.first_run import FirstRunDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
LEFT = Qt.MouseButton.LeftButton
needs_server = pytest.mark.skipif(not ON_POSTGRESQL, reason="a hall's server (GRIDESK_TEST_DB)")


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that keeps secrets in memory, standing in for the system's."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[service, username] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def system_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(before)


def _hall(url: str) -> HallServer:
    parsed = make_url(url)
    return HallServer(
        host=str(parsed.query.get("host") or parsed.host or "localhost"),
        port=int(parsed.query.get("port") or parsed.port or 5432),
        database=str(parsed.database),
        user=str(parsed.username or ""),
    )


def _alone(folder: Path) -> Store:
    """What the app opens before the first-run window: this computer's own SQLite file."""
    return open_store(sqlite_url(folder / "gridesk.db"), folder)


def _dialog(qtbot: Any, store: Store) -> FirstRunDialog:
    dialog = FirstRunDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _ok(qtbot: Any, dialog: FirstRunDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), LEFT)


def _type(qtbot: Any, field: Any, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def _fill_station(qtbot: Any, dialog: FirstRunDialog) -> None:
    _type(qtbot, dialog.name, "Sunshine Centre")
    _type(qtbot, dialog.code, "YG")
    _type(qtbot, dialog.admin_name, "Admin")
    _type(qtbot, dialog.password, "secret12")
    _type(qtbot, dialog.again, "secret12")


def _fill_hall(qtbot: Any, dialog: FirstRunDialog, hall: HallServer, password: str) -> None:
    qtbot.mouseClick(dialog.join, LEFT)
    assert dialog.hall_box.isVisible()
    _type(qtbot, dialog.host, hall.host)
    dialog.port.setValue(hall.port)
    _type(qtbot, dialog.database, hall.database)
    _type(qtbot, dialog.user, hall.user)
    _type(qtbot, dialog.hall_password, password)


def test_a_desk_alone_is_named_and_its_set_up_names_it(
    qtbot: Any, store: Store, tmp_path: Path, system_keyring: MemoryKeyring
) -> None:
    dialog = _dialog(qtbot, store)
    assert dialog.alone.isChecked() and not dialog.hall_box.isVisible()
    _type(qtbot, dialog.desk_name, "Window 1")
    _fill_station(qtbot, dialog)
    _ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.store is store and store.is_initialised()
    assert read_desk_config(tmp_path).name == "Window 1"
    assert read_desk_config(tmp_path).hall is None
    with store.read() as s:
        desks = set(s.execute(select(AuditEntry.desk)).scalars())
    assert desks == {"Window 1"}
    assert system_keyring.kept == {}


def test_a_server_that_does_not_answer_is_said_and_nothing_is_saved(
    qtbot: Any, tmp_path: Path, system_keyring: MemoryKeyring
) -> None:
    alone = _alone(tmp_path / "desk")
    try:
        dialog = _dialog(qtbot, alone)
        _fill_hall(qtbot, dialog, HallServer("127.0.0.1", 1, "hall", "desk"), "pw")
        qtbot.mouseClick(dialog.test_button, LEFT)
        assert "127.0.0.1 does not answer" in dialog.test_result.text()
        _ok(qtbot, dialog)
        assert dialog.isVisible() and "Test the connection first" in dialog.message.text()
        assert not (tmp_path / "desk" / DESK_FILE).exists()
        assert system_keyring.kept == {}
    finally:
        alone.close()


def test_without_a_keyring_the_password_is_asked_at_each_start(
    qtbot: Any, tmp_path: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = _alone(tmp_path)
    try:
        dialog = _dialog(qtbot, alone)
        qtbot.mouseClick(dialog.join, LEFT)
        assert "asked each time GriDesk starts" in dialog.keyring_note.text()
    finally:
        alone.close()
    monkeypatch.delenv("GRIDESK_DB_URL", raising=False)
    hall = HallServer("192.168.1.10", 5432, "hall", "desk")
    from gridesk.config import DeskConfig

    write_desk_config(tmp_path, DeskConfig(name="Window 3", hall=hall))
    where = Location.resolve(data_dir=str(tmp_path))
    assert where.hall == hall and where.needs_password
    assert make_url(where.with_password("pw").db_url).password == "pw"


@needs_server
def test_two_desks_join_one_hall(
    qtbot: Any,
    database_url: str,
    tmp_path: Path,
    system_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The first desk tests the connection, finds the database empty and sets the centre up;
    the second finds it set up and only names itself. The server's address is in each desk's
    own settings, its password in the keyring and nowhere in the data folder."""
    hall = _hall(database_url)
    first_folder, second_folder = tmp_path / "first", tmp_path / "second"
    opened: list[Store] = []
    try:
        alone = _alone(first_folder)
        opened.append(alone)
        dialog = _dialog(qtbot, alone)
        _type(qtbot, dialog.desk_name, "Reception")
        _fill_hall(qtbot, dialog, hall, "hall-secret")
        qtbot.mouseClick(dialog.test_button, LEFT)
        assert dialog.test_result.text().startswith("Connected. The database is empty")
        assert dialog.station_box.isVisible()
        _fill_station(qtbot, dialog)
        _ok(qtbot, dialog)
        assert dialog.result() == QDialog.DialogCode.Accepted
        hall_store = dialog.store
        opened.append(hall_store)
        assert hall_store is not alone and hall_store.sqlite_path is None
        assert hall_store.is_initialised() and not dialog.joined_ready
        assert read_desk_config(first_folder).hall == hall
        assert "hall-secret" not in (first_folder / DESK_FILE).read_text(encoding="utf-8")
        assert system_keyring.kept == {("GriDesk", hall.keyring_user): "hall-secret"}
        monkeypatch.delenv("GRIDESK_DB_URL", raising=False)
        where = Location.resolve(data_dir=str(first_folder))
        assert where.hall == hall and not where.needs_password
        assert make_url(where.db_url).password == "hall-secret"

        other = _alone(second_folder)
        opened.append(other)
        second = _dialog(qtbot, other)
        _type(qtbot, second.desk_name, "Points shop")
        _fill_hall(qtbot, second, hall, "hall-secret")
        qtbot.mouseClick(second.test_button, LEFT)
        assert "set up already" in second.test_result.text()
        assert not second.station_box.isVisible()
        _ok(qtbot, second)
        assert second.result() == QDialog.DialogCode.Accepted and second.joined_ready
        assert second.store is not other
        opened.append(second.store)
        assert second.store.desk_name == "Points shop"
        assert second.store.station() == hall_store.station()
        with hall_store.read() as s:
            desks = set(s.execute(select(AuditEntry.desk)).scalars())
        assert desks == {"Reception"}
    finally:
        for each in opened:
            each.close()
