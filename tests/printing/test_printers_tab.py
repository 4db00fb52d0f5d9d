"""Admin → Printers, and the staff photos in Admin → Grids, used as the admin would."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from qt_modal import poll_until

from gridesk.config import Location
from gridesk.core import printing
from gridesk.core.cards import photos
from gridesk.core.printing import PrinterSettings
from gridesk.documents.escpos import CHINESE_ON
from gridesk.ui.admin.page import AdminPage
from gridesk.ui.admin.printers import PrintersTab
from gridesk.ui.desk import Desk
from gridesk.ui.printing import Outcome

LEFT = Qt.MouseButton.LeftButton
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(qtbot: Any, store, admin, tmp_path) -> AdminPage:
    widget = AdminPage(Desk(store, admin, Location(tmp_path, store.url)))
    qtbot.addWidget(widget)
    widget.resize(1216, 700)
    widget.show()
    return widget


@pytest.fixture
def tab(page: AdminPage) -> PrintersTab:
    assert page.printers is not None
    page.tabs.setCurrentWidget(page.printers)
    return page.printers


def close_boxes() -> list[str]:
    said: list[str] = []

    def step() -> bool:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            said.append(box.text())
            box.accept()
        return False  # every box the action opens, for as long as this test runs

    poll_until(step, tries=500)
    return said


def test_settings_are_saved_and_checked(qtbot, tab, store):
    assert tab.system_radio.isChecked() and tab.width_80.isChecked()
    assert not tab.escpos_edit.isEnabled()
    qtbot.mouseClick(tab.escpos_radio, LEFT)
    assert tab.escpos_edit.isEnabled() and not tab.receipt_printer.isEnabled()
    qtbot.keyClicks(tab.escpos_edit, "lpt:1")
    qtbot.mouseClick(tab.save_button, LEFT)
    assert "not a printer address" in tab.message.text()
    assert printing.printer_settings(store) == PrinterSettings()  # nothing saved
    tab.escpos_edit.clear()
    qtbot.keyClicks(tab.escpos_edit, "network:192.168.1.50")
    qtbot.mouseClick(tab.width_58, LEFT)
    qtbot.mouseClick(tab.save_button, LEFT)
    assert tab.message.text() == "Printer settings saved."
    assert tab.escpos_edit.text() == "network:192.168.1.50:9100"
    saved = printing.printer_settings(store)
    assert saved.receipt_output == "escpos" and saved.receipt_width == 58
    tab.refresh()
    assert tab.escpos_radio.isChecked() and tab.width_58.isChecked()


def test_a_test_receipt_reaches_an_escpos_printer_and_the_history(
    qtbot, tab, store, admin, tmp_path
):
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    qtbot.mouseClick(tab.escpos_radio, LEFT)
    qtbot.keyClicks(tab.escpos_edit, f"file:{device}")
    qtbot.mouseClick(tab.width_58, LEFT)
    qtbot.mouseClick(tab.test_button, LEFT)
    assert tab.last_result is not None and tab.last_result.outcome is Outcome.PRINTED
    sent = device.read_bytes()
    assert CHINESE_ON in sent
    assert "测试社区党群服务中心".encode("gb18030") in sent and "打印测试".encode("gb18030") in sent
    (job,) = printing.list_jobs(store, admin)
    assert job.kind == "test_receipt" and job.family == "receipt" and job.status == "printed"
    assert job.printer == f"file:{device}"
    assert "went to" in tab.message.text()


def test_a_test_receipt_on_a_missing_printer_fails_clearly_and_is_kept(
    qtbot, tab, store, admin, tmp_path
):
    qtbot.mouseClick(tab.escpos_radio, LEFT)
    qtbot.keyClicks(tab.escpos_edit, f"file:{tmp_path / 'unplugged'}")
    said = close_boxes()
    qtbot.mouseClick(tab.test_button, LEFT)
    assert tab.last_result is not None and tab.last_result.outcome is Outcome.FAILED
    assert said and "switched on" in said[0]
    assert "switched on" in tab.message.text()
    (job,) = printing.list_jobs(store, admin)
    assert job.status == "failed" and "switched on" in job.error
    # once plugged in, the kept receipt prints again from the history (as pictures)
    (tmp_path / "unplugged").write_bytes(b"")
    printing.save_printer_settings(
        store,
        admin,
        PrinterSettings(receipt_output="escpos", escpos_target=f"file:{tmp_path / 'unplugged'}"),
    )
    from gridesk.ui.printing import print_document

    again = print_document(tab, tab.desk, job)
    assert again.outcome is Outcome.PRINTED and again.job.print_count == 1
    assert b"\x1dv0\x00" in (tmp_path / "unplugged").read_bytes()


def test_no_system_printer_is_a_clear_message(qtbot, tab, store, admin, monkeypatch):
    from PySide6.QtPrintSupport import QPrinterInfo

    import gridesk.ui.printing as ui_printing

    monkeypatch.setattr(ui_printing.QPrinterInfo, "defaultPrinter", staticmethod(QPrinterInfo))
    said = close_boxes()
    qtbot.mouseClick(tab.test_button, LEFT)
    assert said and "No printer is installed" in said[0]
    (job,) = printing.list_jobs(store, admin)
    assert job.status == "failed"


def _picture(path: Path) -> Path:
    image = Image.new("RGB", (1200, 1600), (40, 90, 160))
    image.save(path, "JPEG")
    return path


def test_grid_staff_photos_are_added_from_the_grids_tab(
    qtbot, page, store, admin, tmp_path, monkeypatch
):
    from gridesk.core.residents import catalogue

    grid = catalogue.save_grid(
        store, admin, None, name="第一网格", worker_name="李娜", worker_phone="13800138000"
    )
    grids = page.grids
    assert grids is not None
    page.tabs.setCurrentWidget(grids)
    grids.refresh()
    grids.grid_table.select_key(grid.id)
    photo = _picture(tmp_path / "lina.jpg")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(photo), "Pictures"))
    )
    qtbot.mouseClick(grids.photo_buttons["worker"], LEFT)
    assert grids.grid_message.text() == "The worker's photo is saved."
    kept = photos.staff_photo(store, admin, grid.id, "worker")
    assert kept is not None
    with Image.open(io.BytesIO(kept.image)) as image:
        assert image.size == (450, 600)
    assert not grids.photo_thumbs["worker"].pixmap().isNull()
    assert grids.photo_thumbs["leader"].text() == "?"

    qtbot.mouseClick(grids.new_grid_button, LEFT)
    assert not grids.photo_buttons["worker"].isEnabled()


def test_a_receipt_document_prints_in_one_call(qtbot, store, admin, tmp_path):
    from printing_helpers import make_user

    from gridesk.core.actor import Role
    from gridesk.documents.receipt import Receipt, ReceiptLine
    from gridesk.ui.printing import print_document

    device = tmp_path / "lp0"
    device.write_bytes(b"")
    printing.save_printer_settings(
        store,
        admin,
        PrinterSettings(receipt_width=58, receipt_output="escpos", escpos_target=f"file:{device}"),
    )
    cashier = make_user(store, admin, Role.CASHIER, "cashier")
    desk = Desk(store, cashier, Location(tmp_path, store.url))
    receipt = Receipt(
        station=printing.document_station(store),
        title="积分兑换小票",
        lines=(ReceiptLine("洗衣液 1 瓶", "200分"),),
        qr_text="GD1|X|CS-20261123-007|ABCDEFGHIJ",
    )
    slip = printing.receipt_document(store, "receipt", "积分兑换小票", "王秀英", receipt)
    result = print_document(None, desk, slip)
    assert result.outcome is Outcome.PRINTED
    assert "洗衣液 1 瓶".encode("gb18030") in device.read_bytes()
    (job,) = printing.list_jobs(store, cashier)
    assert job.family == "receipt" and job.created_by == "cashier" and job.pages == 1
