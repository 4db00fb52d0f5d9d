"""With no printer set up, every slip of the points shop is one key from where it was made:
F9 the last receipt and F6 the last refund slip at the counter, F9 the daily closing in 日结;
each opens the one preview (Print… Ctrl+P, Save as PDF… Ctrl+S), and its key is on a button.
Driven by keys; the saved PDFs read back with pdftotext."""

from __future__ import annotations

import subprocess

import pytest
from points_helpers import make_user
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QApplication, QFileDialog
from qt_modal import poll_until

import gridesk.ui.printing as ui_printing
from gridesk.config import Location
from gridesk.core import printing
from gridesk.core.actor import Role
from gridesk.documents.qr import make_payload
from gridesk.ui.desk import Desk
from gridesk.ui.points.page import PointsPage
from gridesk.ui.points.refund import RefundDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def saved(monkeypatch, tmp_path) -> list:
    """No printer on this computer; Save as PDF… writes slip-1.pdf, slip-2.pdf, …"""
    monkeypatch.setattr(ui_printing.QPrinterInfo, "defaultPrinter", staticmethod(QPrinterInfo))
    paths: list = []

    def choose(*_a, **_k):
        paths.append(tmp_path / f"slip-{len(paths) + 1}.pdf")
        return str(paths[-1]), "PDF"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    return paths


@pytest.fixture
def page(qtbot, points_shop, tmp_path):
    p = points_shop
    # the cashier's supervisor: sells, refunds and closes the day at this till
    desk = Desk(p.store, p.cashier, Location(tmp_path, p.store.url))
    widget = PointsPage(desk)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.counter.input.setFocus()
    return widget


def pdf_text(path) -> str:
    args = ["pdftotext", "-enc", "UTF-8", str(path), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def scan(qtbot, widget, text: str) -> None:
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def save_the_preview(qtbot, seen: list[str]) -> None:
    """Answer the next preview with Ctrl+S (its shortcuts work in the active window)."""

    def step() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ui_printing.PrintPreviewDialog):
            return False
        if not dialog.isActiveWindow():
            dialog.activateWindow()
            return False
        seen.append(dialog.windowTitle())
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        return True

    poll_until(step, tries=500)


def back_to(qtbot, page) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


def test_f6_at_the_counter_shows_the_last_refund_slip_to_save_as_pdf(
    qtbot, page, points_shop, saved
):
    p, c = points_shop, page.counter
    assert c.refund_slip_button.text() == "Last refund slip (F6)"
    assert "(F6)" in c.refund_slip_button.toolTip()
    assert c.receipt_button.text() == "Last receipt (F9)"
    assert c.refund_button.text() == "Refund (F5)"
    qtbot.keyClick(c.input, Qt.Key.Key_F6)  # nothing refunded here yet: said, not a blank box
    assert "No refund slip" in c.message.text() and c.message.property("error")

    scan(qtbot, c.input, make_payload(p.store.qr_secret(), "R", str(p.wang)))
    scan(qtbot, c.input, "2*soap")
    qtbot.keyClick(c.input, Qt.Key.Key_Return)
    sale = c.last
    assert sale is not None and "F9" in c.message.text()

    def refund_all() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RefundDialog):
            return False
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
        return True

    poll_until(refund_all, tries=500)
    qtbot.keyClick(c.input, Qt.Key.Key_F5)  # the last sale, back whole
    assert "Refunded 40 points" in c.message.text()
    assert "F6 shows it" in c.message.text() and "Admin" not in c.message.text()

    seen: list[str] = []
    save_the_preview(qtbot, seen)
    back_to(qtbot, page)
    qtbot.keyClick(c.input, Qt.Key.Key_F6)
    assert len(seen) == 1 and seen[0].startswith("Points refund ")
    text = pdf_text(saved[0])
    assert "积分退还单" in text and sale.number in text and "王秀英" in text
    refunds = [j for j in printing.list_jobs(p.store, p.cashier) if j.kind == "points_refund"]
    assert len(refunds) == 1  # the slip the refund made, not a second one
    assert page.focusWidget() is c.input  # back to scanning

    # the receipt is one key away as before, and the button does the same as the key
    save_the_preview(qtbot, seen)
    back_to(qtbot, page)
    qtbot.mouseClick(c.receipt_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 2 and seen[1].startswith("Points receipt ")
    text = pdf_text(saved[1])
    assert "积分兑换小票" in text and sale.number in text


def test_f9_in_the_closing_shows_the_days_closing_slip(qtbot, page, points_shop, saved):
    p, c = points_shop, page.counter
    scan(qtbot, c.input, make_payload(p.store.qr_secret(), "R", str(p.wang)))
    scan(qtbot, c.input, "soap")
    qtbot.keyClick(c.input, Qt.Key.Key_Return)
    # Ctrl+Tab from the counter to the closing tab, as a keyboard would
    while page.tabs.currentWidget() is not page.reports:
        qtbot.keyClick(
            page.tabs.currentWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier
        )
    tab = page.reports
    assert tab.preview_button.text() == "Preview (F9)" and "(F9)" in tab.preview_button.toolTip()
    kept = len(printing.list_jobs(p.store, p.cashier))

    seen: list[str] = []
    save_the_preview(qtbot, seen)
    qtbot.keyClick(tab.day, Qt.Key.Key_F9)
    assert seen == [f"Daily closing {tab.closing.day:%Y-%m-%d}"]
    text = pdf_text(saved[0])
    assert "积分超市日结" in text and "兑换笔数" in text and "香皂" in text
    assert len(printing.list_jobs(p.store, p.cashier)) == kept + 1  # kept, as a print is

    # no printer: Print closing says where the slip is, and F9 shows that very slip again
    back_to(qtbot, page)
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert "F9 shows it" in tab.summary.text() and "Admin" not in tab.summary.text()
    closings = [j for j in printing.list_jobs(p.store, p.cashier) if j.kind == "points_closing"]
    assert len(closings) == 2
    save_the_preview(qtbot, seen)
    qtbot.keyClick(tab.day, Qt.Key.Key_F9)
    assert len(seen) == 2
    again = [j for j in printing.list_jobs(p.store, p.cashier) if j.kind == "points_closing"]
    assert len(again) == 2 and any(j.status == "saved" for j in again)
    assert "积分超市日结" in pdf_text(saved[1])


def test_a_supervisor_closing_another_day_sees_that_days_slip(qtbot, points_shop, tmp_path, saved):
    """The slip follows what the tab shows: another day gives that day's closing."""
    p = points_shop
    boss = make_user(p.store, p.admin, Role.CASHIER, "boss")
    desk = Desk(p.store, boss, Location(tmp_path, p.store.url))
    widget = PointsPage(desk)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.tabs.setCurrentWidget(widget.reports)
    tab = widget.reports
    tab.day.setFocus()
    qtbot.keyClick(tab.day, Qt.Key.Key_Down)  # the day before
    seen: list[str] = []
    save_the_preview(qtbot, seen)
    qtbot.keyClick(tab.day, Qt.Key.Key_F9)
    assert seen == [f"Daily closing {tab.selected_day():%Y-%m-%d}"]
    assert f"{tab.selected_day():%Y-%m-%d}" in pdf_text(saved[0])
