"""The locked screen hides the desk's windows, and a shift change signs the next person in
without quitting: what the first had open is closed, the window is theirs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout
from qt_modal import poll_until

from gridesk.config import Location
from gridesk.core.actor import Role
from gridesk.core.auth import create_user
from gridesk.ui.app import Session
from gridesk.ui.desk import Desk
from gridesk.ui.lock import Curtain
from gridesk.ui.sign_in import SignInDialog


@pytest.fixture
def session(qtbot, qapp, store, admin, tmp_path):
    create_user(store, admin, "qiantai", "前台小王", Role.FRONT_DESK, "desk-pass1")
    s = Session(qapp, store, Location(tmp_path, store.url), demo=False)
    s.desk = Desk(store, admin, s.where)
    s.show_main()
    qtbot.addWidget(s.window)
    yield s
    qapp.removeEventFilter(s.idle)
    # the session's timers belong to the application: they would lock, or back up, a later
    # test's desk (its database gone)
    s.idle.deleteLater()
    s._daily.stop()
    if s.window is not None:
        s.window.hide()


def _open_record(session) -> QDialog:
    dialog = QDialog(session.window)
    QVBoxLayout(dialog).addWidget(QLabel("王秀英 13700001234"))
    dialog.show()
    return dialog


def test_the_lock_covers_every_window_and_the_same_user_unlocks(qtbot, session):
    record = _open_record(session)
    seen: dict[str, object] = {}

    def unlock() -> bool:
        lock = QApplication.activeModalWidget()
        if not isinstance(lock, SignInDialog):
            return False
        curtains = [c for c in QApplication.allWidgets() if isinstance(c, Curtain)]
        seen["covered"] = sorted(type(c.parentWidget()).__name__ for c in curtains if c.isVisible())
        seen["switch"] = lock.ui.switchButton.isVisible()
        qtbot.keyClicks(lock.ui.passwordEdit, "secret1")
        qtbot.keyClick(lock.ui.passwordEdit, Qt.Key.Key_Return)
        return True

    window = session.window
    poll_until(unlock, tries=3000)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert seen == {"covered": ["MainWindow", "QDialog"], "switch": True}
    assert session.window is window and session.desk.actor.username == "admin"
    assert record.isVisible()
    assert not [c for c in window.findChildren(Curtain) if c.isVisible()]


def test_switch_user_closes_what_was_open_and_gives_the_next_person_the_desk(qtbot, session):
    record = _open_record(session)

    def switch() -> bool:
        lock = QApplication.activeModalWidget()
        if not isinstance(lock, SignInDialog):
            return False
        qtbot.mouseClick(lock.ui.switchButton, Qt.MouseButton.LeftButton)
        assert not lock.ui.usernameEdit.isReadOnly() and lock.ui.usernameEdit.text() == ""
        qtbot.keyClicks(lock.ui.usernameEdit, "qiantai")
        qtbot.keyClicks(lock.ui.passwordEdit, "desk-pass1")
        qtbot.keyClick(lock.ui.passwordEdit, Qt.Key.Key_Return)
        return True

    first = session.window
    poll_until(switch, tries=3000)
    qtbot.keyClick(first, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert session.desk.actor.username == "qiantai"
    assert session.window is not first and session.window.isVisible()
    assert not first.isVisible() and not record.isVisible()
    assert "前台小王" in session.window.user_label.text()
    assert "admin" not in session.window.pages  # the front desk has no admin window
