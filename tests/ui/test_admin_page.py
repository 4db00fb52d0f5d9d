"""The admin page, used as the admin would: users, grids and households, tags, backups, settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget
from qt_modal import poll_until
from sqlalchemy import select

from gridesk.config import Location
from gridesk.core import auth
from gridesk.core.actor import Actor, Role
from gridesk.core.backup_files import list_backups
from gridesk.core.models import AuditEntry
from gridesk.core.residents.catalogue import list_grids, list_households, list_tags
from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.core.store import Store
from gridesk.errors import AuthenticationError, PermissionDenied
from gridesk.ui.admin.page import AdminPage
from gridesk.ui.admin.users import NewUserDialog, UsersTab
from gridesk.ui.desk import Desk

LEFT = Qt.MouseButton.LeftButton

# The offscreen platform says this for every shown window that has a layout; it means nothing.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(qtbot: Any, store: Store, admin: Actor, tmp_path: Path) -> AdminPage:
    widget = AdminPage(Desk(store, admin, Location(tmp_path, store.url)))
    qtbot.addWidget(widget)
    widget.resize(1200, 650)
    widget.show()
    return widget


def when_modal(kind: type[QWidget], act: Callable[[Any], None]) -> list[QWidget]:
    """Answer the next modal window of ``kind`` (opened by the click that follows) with ``act``.

    Whatever ``act`` does, the window is closed afterwards so a failing test cannot hang.
    """
    seen: list[QWidget] = []

    def step() -> bool:
        window = QApplication.activeModalWidget()
        if not isinstance(window, kind):
            return False
        seen.append(window)
        try:
            act(window)
        finally:
            if window.isVisible():
                window.close()
        return True

    poll_until(step, tries=200)
    return seen


def type_ime(widget: QWidget, text: str) -> None:
    """Chinese arrives from the input method as a committed string, not as key presses."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def answer_boxes(*answers: QMessageBox.StandardButton) -> list[str]:
    """Answer the message boxes the next click opens, in order; returns what they said."""
    said: list[str] = []
    pending = list(answers)
    answered: list[QMessageBox] = []

    def step() -> bool:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box not in answered and box.isVisible():
            answered.append(box)
            said.append(box.text())
            box.button(pending.pop(0)).click()
        return not pending

    poll_until(step, tries=300)
    return said


def column(tab: Any, number: int) -> list[str]:
    table = tab.table
    return [table.text_at(row, number) for row in range(table.rows_model.rowCount())]


def choose(table: Any, text: str, number: int = 0) -> None:
    row = [table.text_at(r, number) for r in range(table.rows_model.rowCount())].index(text)
    table.selectRow(row)


def test_admin_creates_a_user_and_disables_them(
    qtbot: Any, page: AdminPage, store: Store, admin: Actor
) -> None:
    users = page.users
    assert isinstance(users, UsersTab)
    assert column(users, UsersTab.USERNAME) == ["admin"]

    def fill(dialog: NewUserDialog) -> None:
        qtbot.keyClicks(dialog.username_edit, "wangfang")
        type_ime(dialog.name_edit, "王芳")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.CASHIER))
        qtbot.keyClicks(dialog.password_edit1, "market88")
        qtbot.keyClicks(dialog.password_edit2, "market88")
        qtbot.mouseClick(dialog.ok_button, LEFT)

    when_modal(NewUserDialog, fill)
    qtbot.mouseClick(users.new_button, LEFT)

    assert column(users, UsersTab.USERNAME) == ["admin", "wangfang"]
    row = column(users, UsersTab.USERNAME).index("wangfang")
    assert users.table.text_at(row, UsersTab.FULL_NAME) == "王芳"
    assert users.table.text_at(row, UsersTab.ROLE) == "Cashier"
    assert users.table.text_at(row, UsersTab.STATUS) == "Active"
    assert auth.sign_in(store, "wangfang", "market88").role == Role.CASHIER

    choose(users.table, "wangfang")
    assert users.active_button.text() == "Disable"
    qtbot.mouseClick(users.active_button, LEFT)
    assert users.table.text_at(row, UsersTab.STATUS) == "Disabled"
    assert users.active_button.text() == "Enable"
    assert not {u.username: u for u in auth.list_users(store, admin)}["wangfang"].active


def test_new_user_dialog_keeps_the_form_when_passwords_differ(
    qtbot: Any, page: AdminPage, store: Store, admin: Actor
) -> None:
    dialog = NewUserDialog(page.desk, page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username_edit, "lisi")
    qtbot.keyClicks(dialog.password_edit1, "secret12")
    qtbot.keyClicks(dialog.password_edit2, "secret13")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible()
    assert "differ" in dialog.message.text()
    assert dialog.username_edit.text() == "lisi"
    assert [u.username for u in auth.list_users(store, admin)] == ["admin"]


def test_refusals_from_the_service_are_shown(
    qtbot: Any, page: AdminPage, store: Store, admin: Actor
) -> None:
    users = page.users
    assert users is not None
    choose(users.table, "admin")
    said = answer_boxes(QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(users.active_button, LEFT)
    assert len(said) == 1
    assert "your own account" in said[0]
    assert auth.list_users(store, admin)[0].active


def test_a_cashier_is_refused_by_the_service(store: Store, admin: Actor) -> None:
    auth.create_user(store, admin, "cashier", "收银员", Role.CASHIER, "secret12")
    cashier = auth.sign_in(store, "cashier", "secret12")
    with pytest.raises(PermissionDenied):
        auth.list_users(store, cashier)
    with pytest.raises(PermissionDenied):
        auth.create_user(store, cashier, "sneaky", "", Role.ADMIN, "secret12")


def test_grids_are_saved_and_a_household_moves(
    qtbot: Any, page: AdminPage, store: Store, admin: Actor
) -> None:
    create_resident(
        store,
        admin,
        ResidentInput(name="单田芳", estate="阳光花园", building="3", unit="2", room="301"),
    )
    grids = page.grids
    assert grids is not None
    page.tabs.setCurrentWidget(grids)

    qtbot.mouseClick(grids.new_grid_button, LEFT)
    type_ime(grids.name_edit, "第一网格")
    type_ime(grids.worker_edit, "李娜")
    qtbot.keyClicks(grids.worker_phone_edit, "123")
    qtbot.mouseClick(grids.save_grid_button, LEFT)
    assert "worker" in grids.grid_message.text()
    assert list_grids(store, admin) == []

    grids.worker_phone_edit.clear()
    qtbot.keyClicks(grids.worker_phone_edit, "13800138000")
    qtbot.mouseClick(grids.save_grid_button, LEFT)
    [grid] = list_grids(store, admin)
    assert (grid.name, grid.worker_name, grid.worker_phone) == ("第一网格", "李娜", "13800138000")
    assert grids.grid_table.text_at(0, 0) == "第一网格"

    choose(grids.household_table, "阳光花园 3-2-301")
    grids.move_combo.setCurrentIndex(grids.move_combo.findText("第一网格"))
    qtbot.mouseClick(grids.move_button, LEFT)
    assert grids.household_table.text_at(0, 1) == "第一网格"
    assert [h.grid_name for h in list_households(store, admin)] == ["第一网格"]


def test_tags_are_added_and_archived(
    qtbot: Any, page: AdminPage, store: Store, admin: Actor
) -> None:
    tags = page.tags
    assert tags is not None
    page.tabs.setCurrentWidget(tags)
    qtbot.mouseClick(tags.new_button, LEFT)
    type_ime(tags.name_edit, "高龄老人")
    tags.care_box.click()
    qtbot.mouseClick(tags.save_button, LEFT)
    added = {t.name: t for t in list_tags(store, admin)}["高龄老人"]
    assert added.care and not added.archived
    assert tags.table.current().name == "高龄老人"

    qtbot.mouseClick(tags.archive_button, LEFT)
    assert "高龄老人" not in {t.name for t in list_tags(store, admin)}
    assert tags.archive_button.text() == "Bring back"


@pytest.mark.sqlite_only  # a server's backups are its own tools' (the next test)
def test_backup_now_then_restore_it(
    qtbot: Any, page: AdminPage, store: Store, admin: Actor, tmp_path: Path
) -> None:
    backups = page.backups
    assert backups is not None
    page.tabs.setCurrentWidget(backups)
    assert backups.table.rows_model.rowCount() == 0

    qtbot.mouseClick(backups.backup_button, LEFT)
    [made] = list_backups(tmp_path)
    assert backups.table.rows_model.rowCount() == 1
    assert backups.table.text_at(0, backups.FILE) == made.path.name
    assert backups.table.text_at(0, backups.REASON) == "Made by hand"
    with store.read() as s:
        audited = (
            s.execute(select(AuditEntry.entity_id).where(AuditEntry.action == "backup"))
            .scalars()
            .all()
        )
    assert audited == [made.path.name]

    auth.create_user(store, admin, "later", "后来的人", Role.FRONT_DESK, "secret12")
    choose(backups.table, made.path.name, backups.FILE)
    said = answer_boxes(QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok)
    with qtbot.waitSignal(backups.restored):
        qtbot.mouseClick(backups.restore_button, LEFT)
    assert len(said) == 2
    assert "start it again" in said[1]
    assert [u.username for u in auth.list_users(store, admin)] == ["admin"]
    assert {b.reason for b in list_backups(tmp_path)} == {"manual", "before_restore"}
    [safety] = [b.path for b in list_backups(tmp_path) if b.reason == "before_restore"]
    assert str(safety) in said[1]  # where the database as it was before the restore is


def test_a_desk_on_a_server_backs_up_the_servers_database(
    qtbot: Any, page: AdminPage, store: Store
) -> None:
    """A hall's desk lists no backup files of its own: the tab says its backups are dumps of
    the server's database, and offers making one and restoring one (tests/hall)."""
    backups = page.backups
    assert backups is not None
    page.tabs.setCurrentWidget(backups)
    texts = " ".join(label.text() for label in backups.findChildren(QLabel))
    if store.sqlite_path is not None:
        assert "pg_dump" not in texts and hasattr(backups, "table")
        return
    assert "shared database server" in texts and "pg_dump" in texts
    assert not hasattr(backups, "table")
    assert {b.text() for b in backups.findChildren(QPushButton)} == {
        "Back up now",
        "Restore from file…",
    }


def test_settings_are_saved(qtbot: Any, page: AdminPage, store: Store) -> None:
    settings = page.settings
    assert settings is not None
    page.tabs.setCurrentWidget(settings)
    assert settings.idle_spin.value() == 10
    settings.language_combo.setCurrentIndex(settings.language_combo.findData("en"))
    settings.idle_spin.setFocus()
    qtbot.keyClick(settings.idle_spin, Qt.Key.Key_Up)
    qtbot.keyClick(settings.idle_spin, Qt.Key.Key_Up)
    with qtbot.waitSignal(page.settings_changed) as saved:
        qtbot.mouseClick(settings.save_button, LEFT)
    assert saved.args == [{"language": "en", "idle_lock_minutes": 12}]
    assert store.setting("language") == "en"
    assert store.setting("idle_lock_minutes") == 12
    assert "next time" in settings.message.text()


def test_a_user_changes_their_own_password_from_the_status_bar(
    qtbot: Any, store: Store, admin: Actor, tmp_path: Path
) -> None:
    from gridesk.ui.main_window import MainWindow
    from gridesk.ui.own_password import OwnPasswordDialog

    auth.create_user(
        store, admin, username="desk", display_name="前台", role=Role.FRONT_DESK, password="secret1"
    )
    desk = auth.sign_in(store, "desk", "secret1")
    window = MainWindow(Desk(store, desk, Location(tmp_path, store.url)), lambda: None)
    qtbot.addWidget(window)
    window.show()
    seen: list[str] = []

    def answer() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OwnPasswordDialog):
            return False
        if not seen:  # first a wrong current password: refused, nothing typed is lost
            qtbot.keyClicks(dialog.old_edit, "wrong-one")
            qtbot.keyClicks(dialog.new_edit1, "newsecret2")
            qtbot.keyClicks(dialog.new_edit2, "newsecret2")
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            seen.append(dialog.message.text())
            assert dialog.isVisible() and dialog.new_edit1.text() == "newsecret2"
            dialog.old_edit.clear()
            qtbot.keyClicks(dialog.old_edit, "secret1")
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return True

    poll_until(answer, tries=300)
    qtbot.mouseClick(window.password_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0]  # the refusal was said in the dialog
    assert window.scan_message.text() == window.tr("Your password is changed.")
    assert auth.sign_in(store, "desk", "newsecret2").username == "desk"
    with pytest.raises(AuthenticationError):
        auth.sign_in(store, "desk", "secret1")
