"""The scan box: a scanner types a payload and Enter; the right record opens, or a plain message."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from gridesk.config import Location
from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.documents.qr import make_payload
from gridesk.ui.desk import Desk
from gridesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, store, admin, tmp_path):
    w = MainWindow(Desk(store, admin, Location(tmp_path, store.url)), lambda: None)
    qtbot.addWidget(w)
    w.show()
    return w


def scan(qtbot, window, text):
    qtbot.keyClicks(window.scan_box, text)
    qtbot.keyClick(window.scan_box, Qt.Key.Key_Return)


def test_scanning_a_resident_card_opens_that_resident(qtbot, window, store, admin):
    who = create_resident(store, admin, ResidentInput(name="单田芳", phone="13912345678"))
    payload = make_payload(store.qr_secret(), "R", str(who.id))
    opened = []

    def read_and_close():
        dialog = QApplication.activeModalWidget()
        opened.append(dialog.record.detail.name)  # 居民档案
        dialog.reject()

    QTimer.singleShot(0, read_and_close)
    scan(qtbot, window, payload)
    assert opened == ["单田芳"]
    assert window.stack.currentWidget() is window.pages["residents"]
    assert window.scan_box.text() == ""


def test_a_forged_code_is_refused_plainly(qtbot, window, store):
    forged = make_payload(
        b"another installation's secret", "R", "01a208e4-6d3a-72ba-8959-944de0593597"
    )
    scan(qtbot, window, forged)
    assert "signature does not match" in window.scan_message.text()
    assert window.stack.currentWidget() is not window.pages["residents"]


def test_a_product_barcode_is_not_a_gridesk_code(qtbot, window):
    scan(qtbot, window, "6901234567892")
    assert "6901234567892" in window.scan_message.text()


def test_a_code_for_a_window_this_role_cannot_open_says_so(qtbot, store, admin, tmp_path):
    from gridesk.core import auth
    from gridesk.core.actor import Role

    auth.create_user(
        store, admin, username="desk", display_name="前台", role=Role.FRONT_DESK, password="secret1"
    )
    desk = auth.sign_in(store, "desk", "secret1")
    w = MainWindow(Desk(store, desk, Location(tmp_path, store.url)), lambda: None)
    qtbot.addWidget(w)
    assert "points" not in w.pages  # the front desk does not work the points-shop counter
    scan(qtbot, w, make_payload(store.qr_secret(), "X", "01a208e4-6d3a-72ba-8959-944de0593597"))
    assert w.scan_message.text() == w.tr("Your role cannot open the points shop.")
