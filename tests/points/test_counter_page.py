"""The counter driven by keyboard and scanner events only (the scanner types and ends with
Enter), reading what the cashier sees; the receipt read back from the print history."""

from __future__ import annotations

import subprocess

import pytest
import zxingcpp
from PIL import Image
from points_helpers import give, op
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from qt_modal import poll_until

from gridesk.config import Location
from gridesk.core import printing
from gridesk.core.points import accounts, shop
from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.documents.qr import make_payload, verify_payload
from gridesk.ui.desk import Desk
from gridesk.ui.points.page import PointsPage
from gridesk.ui.points.refund import RefundDialog


@pytest.fixture
def page(qtbot, points_shop, tmp_path):
    p = points_shop
    desk = Desk(p.store, p.cashier, Location(tmp_path, p.store.url))
    widget = PointsPage(desk)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    widget.counter.input.setFocus()
    return widget


def scan(qtbot, page, text: str) -> None:
    """What a USB scanner does: types the payload, then Enter."""
    qtbot.keyClicks(page.counter.input, text)
    qtbot.keyClick(page.counter.input, Qt.Key.Key_Return)


def card(p, resident_id) -> str:
    return make_payload(p.store.qr_secret(), "R", str(resident_id))


def balance(p, resident_id) -> int:
    return accounts.account_view(p.store, p.cashier, resident_id).balance


def pdf_text(path) -> str:
    args = ["pdftotext", "-enc", "UTF-8", str(path), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def test_scan_card_scan_goods_enter_prints_the_receipt(qtbot, page, points_shop, tmp_path):
    p, c = points_shop, page.counter
    scan(qtbot, page, card(p, p.wang))
    assert c.name_label.text() == "王秀英"
    assert "100" in c.balance_label.text()
    scan(qtbot, page, "2*soap")
    scan(qtbot, page, "6901234567890")  # 40 + 90 > 100: refused as it is scanned
    assert "Not enough points" in c.message.text() and c.message.property("error")
    assert [c.table.item(r, 0).text() for r in range(c.table.rowCount())] == ["香皂  (SOAP)"]
    assert c.total_label.text() == "40" and c.after_label.text() == "60"
    qtbot.keyClick(c.input, Qt.Key.Key_Return)
    done = c.last
    assert done is not None and done.total == 40
    assert done.number in c.message.text()
    assert c.table.rowCount() == 0
    assert "王秀英" in c.last_label.text() and "60" in c.last_label.text()
    assert balance(p, p.wang) == 60

    jobs = printing.list_jobs(p.store, p.cashier)
    job = next(j for j in jobs if j.kind == "points_receipt")
    assert job.subject_id == str(done.id) and job.family == "receipt"
    pdf = tmp_path / "receipt.pdf"
    pdf.write_bytes(printing.job_pdf(p.store, p.cashier, job.id))
    text = pdf_text(pdf)
    for expected in (
        done.number,
        "香皂 ×2",
        "兑换前积分",
        "100分",
        "兑换后积分",
        "60分",
        "cashier",
    ):
        assert expected in text
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(pdf), str(tmp_path / "r")], check=True)
    codes = [
        code.text
        for png in sorted(tmp_path.glob("r-*.png"))
        for code in zxingcpp.read_barcodes(Image.open(png).convert("L"))
    ]
    payload = verify_payload(p.store.qr_secret(), codes[0])
    assert (payload.kind, payload.ident) == ("X", str(done.id))


def test_a_double_enter_charges_once(qtbot, page, points_shop):
    p, c = points_shop, page.counter
    scan(qtbot, page, card(p, p.wang))
    scan(qtbot, page, "soap")
    qtbot.keyClick(c.input, Qt.Key.Key_Return)
    qtbot.keyClick(c.input, Qt.Key.Key_Return)
    qtbot.keyClick(c.input, Qt.Key.Key_Return)
    assert balance(p, p.wang) == 80
    assert shop.find_product(p.store, p.cashier, "SOAP").stock == 9


def test_a_retry_after_a_failure_sends_the_same_operation(qtbot, page, points_shop):
    """The first press failed after the cart was sent (here: the stock ran out meanwhile at
    another desk, then came back); pressing Enter again carries the same operation id."""
    p, c = points_shop, page.counter
    scan(qtbot, page, card(p, p.wang))
    scan(qtbot, page, "soap")
    shop.stock_count(p.store, p.cashier, p.soap.id, 0, op())
    qtbot.keyClick(c.input, Qt.Key.Key_Return)
    assert "Not enough stock" in c.message.text()
    first = c.operation_id
    shop.stock_in(p.store, p.cashier, p.soap.id, 5, op())
    qtbot.keyClick(c.input, Qt.Key.Key_Return)
    assert c.last is not None and c.last.operation_id == first
    assert balance(p, p.wang) == 80


def test_search_by_typing_and_pick_with_the_arrows(qtbot, page, points_shop):
    p, c = points_shop, page.counter
    create_resident(p.store, p.admin, ResidentInput(name="王建", phone="13700002222"))
    scan(qtbot, page, "wang")
    assert c.picks.isVisible() and c.picks.count() == 2
    qtbot.keyClick(c.input, Qt.Key.Key_Down)
    picked = c.picks.currentItem().text().split()[0]
    qtbot.keyClick(c.input, Qt.Key.Key_Return)
    assert not c.picks.isVisible() and c.name_label.text() == picked
    qtbot.keyClick(c.input, Qt.Key.Key_Escape)
    assert c.resident is None
    scan(qtbot, page, "1111")  # the last four digits of 李建国's phone
    assert c.name_label.text() == "李建国"
    scan(qtbot, page, "NOSUCH")
    assert "No resident or product matches" in c.message.text()
    assert c.message.property("error")


def test_scanning_the_receipt_refunds_it_by_keyboard(qtbot, page, points_shop):
    p, c = points_shop, page.counter
    scan(qtbot, page, card(p, p.wang))
    scan(qtbot, page, "3*soap")
    qtbot.keyClick(c.input, Qt.Key.Key_Return)
    done = c.last
    assert balance(p, p.wang) == 40

    def press_enter_in_the_refund() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RefundDialog):
            return False
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
        return True

    from qt_modal import poll_until

    poll_until(press_enter_in_the_refund, tries=500)
    scan(qtbot, page, make_payload(p.store.qr_secret(), "X", str(done.id)))
    assert "Refunded" in c.message.text(), c.message.text()
    assert balance(p, p.wang) == 100
    assert shop.find_product(p.store, p.cashier, "SOAP").stock == 10
    assert "Refunded 60 points" in c.message.text()
    assert c.resident is None  # the sale let the customer go; a refund does not bring them back
    kinds = [j.kind for j in printing.list_jobs(p.store, p.cashier)]
    assert "points_refund" in kinds


def test_goods_before_the_card_and_a_typed_receipt_number(qtbot, page, points_shop):
    p, c = points_shop, page.counter
    scan(qtbot, page, "SOAP")
    assert c.message.property("error") and not c.cart
    scan(qtbot, page, card(p, p.wang))
    scan(qtbot, page, "soap")
    qtbot.keyClick(c.input, Qt.Key.Key_Return)
    number = c.last.number
    opened: list[object] = []
    c.refund_requested.disconnect()
    c.refund_requested.connect(opened.append)
    scan(qtbot, page, number.lower())
    assert opened == [c.last.id]


@pytest.fixture
def beeps(monkeypatch) -> list[int]:
    heard: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: heard.append(1)))
    return heard


def test_after_a_sale_the_next_goods_wait_for_the_next_card(qtbot, page, points_shop, beeps):
    # the counter kept the customer: the next person's goods went onto 王秀英's account
    p, c = points_shop, page.counter
    scan(qtbot, page, card(p, p.wang))
    scan(qtbot, page, "soap")
    qtbot.keyClick(c.input, Qt.Key.Key_Return)
    assert balance(p, p.wang) == 80
    assert c.resident is None and c.name_label.text() == "Scan a resident card"
    scan(qtbot, page, "soap")  # the next customer's goods, before their card
    assert not c.cart and c.message.property("error") and beeps == [1]
    assert "card first" in c.message.text()
    qtbot.keyClick(c.input, Qt.Key.Key_Return)
    assert balance(p, p.wang) == 80


def test_another_card_with_an_open_cart_asks_before_moving_it(qtbot, page, points_shop, beeps):
    p, c = points_shop, page.counter
    give(p.store, p.admin, p.li, 50)
    scan(qtbot, page, card(p, p.wang))
    scan(qtbot, page, "soap")
    asked: list[str] = []

    def answer(button: str) -> None:
        def step() -> bool:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                return False
            asked.append(box.text())
            if button == "enter":  # the default keeps the cart where it is
                qtbot.keyClick(box, Qt.Key.Key_Return)
            else:
                box.button(QMessageBox.StandardButton.Yes).click()
            return True

        poll_until(step, tries=3000)

    answer("enter")
    scan(qtbot, page, card(p, p.li))
    assert asked and "王秀英" in asked[0] and "李建国" in asked[0]
    assert c.resident.name == "王秀英" and len(c.cart) == 1
    assert "stays with 王秀英" in c.message.text() and beeps
    answer("move")
    scan(qtbot, page, card(p, p.li))
    assert c.resident.name == "李建国" and len(c.cart) == 1
    qtbot.keyClick(c.input, Qt.Key.Key_Return)
    assert balance(p, p.li) == 30 and balance(p, p.wang) == 100
    # the same card again, or a card with an empty cart, does not ask
    scan(qtbot, page, card(p, p.wang))
    scan(qtbot, page, card(p, p.wang))
    assert len(asked) == 2


def test_every_refused_scan_beeps_and_says_why_at_once(qtbot, page, points_shop, beeps):
    p, c = points_shop, page.counter
    scan(qtbot, page, card(p, p.wang))
    assert beeps == []
    scan(qtbot, page, "NOPE123")
    assert c.message.property("error") and beeps == [1]
    unknown = c.message.text()
    scan(qtbot, page, "3*6901234567890")  # two on the shelf
    assert "Only 2" in c.message.text() and beeps == [1, 1] and not c.cart
    scan(qtbot, page, "2*6901234567890")  # 180 points, 王秀英 has 100
    assert "Not enough points" in c.message.text() and beeps == [1, 1, 1] and not c.cart
    scan(qtbot, page, "6901234567890")
    assert not c.message.property("error") and len(c.cart) == 1
    scan(qtbot, page, "*2")  # the last line to two: over the balance again
    assert "Not enough points" in c.message.text() and c.cart[0].quantity == 1
    assert len(beeps) == 4 and unknown
    shop.stock_count(p.store, p.cashier, p.soap.id, 0, op())
    scan(qtbot, page, "soap")
    assert "out of stock" in c.message.text() and len(beeps) == 5


def test_the_price_column_reads_points_not_cents(qtbot, points_shop, tmp_path) -> None:
    from gridesk.ui import i18n

    app = QApplication.instance()
    i18n.install_language(app, "zh_CN")
    try:
        p = points_shop
        widget = PointsPage(Desk(p.store, p.cashier, Location(tmp_path, p.store.url)))
        qtbot.addWidget(widget)
        header = widget.counter.table.horizontalHeaderItem(widget.counter.PRICE).text()
        assert "积分" in header and "（分）" not in header  # 分 also means cents
    finally:
        for translator in i18n._installed:  # the other tests read the source strings
            app.removeTranslator(translator)
        i18n._installed.clear()


def test_with_no_printer_f9_shows_the_receipt_to_save_as_pdf(
    qtbot, page, points_shop, tmp_path, monkeypatch
):
    """No printer set up: no box sends the cashier to settings; F9 at the counter shows the
    receipt just made, and Ctrl+S there saves it as a PDF."""
    from PySide6.QtPrintSupport import QPrinterInfo
    from PySide6.QtWidgets import QFileDialog

    import gridesk.ui.printing as ui_printing

    monkeypatch.setattr(ui_printing.QPrinterInfo, "defaultPrinter", staticmethod(QPrinterInfo))
    target = tmp_path / "小票.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF"))
    )
    p, c = points_shop, page.counter
    scan(qtbot, page, card(p, p.wang))
    scan(qtbot, page, "soap")
    qtbot.keyClick(c.input, Qt.Key.Key_Return)
    assert c.last is not None and "F9" in c.message.text()
    assert "Admin" not in c.message.text()
    seen: list[int] = []

    def step() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ui_printing.PrintPreviewDialog):
            return False
        if not dialog.isActiveWindow():  # its shortcuts work in the active window
            dialog.activateWindow()
            return False
        seen.append(dialog.preview.page_count())
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        return True

    poll_until(step, tries=300)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(c.input, Qt.Key.Key_F9)
    assert seen == [1]
    assert c.last.number in pdf_text(target)
    job = next(j for j in printing.list_jobs(p.store, p.cashier) if j.kind == "points_receipt")
    assert job.subject_id == str(c.last.id)  # kept in the history, to print once a printer is in


def test_keys_counted_for_a_redemption(qtbot, page, points_shop):
    """README, keys: card, goods, Enter: three actions (the issue's goal)."""
    from key_count import Person

    p, c = points_shop, page.counter
    person = Person(qtbot)
    person.scan(c.input, card(p, p.wang))
    person.scan(c.input, "soap")
    person.key(c.input, Qt.Key.Key_Return)
    assert c.last is not None and c.last.total == 20
    assert person.counted == (2, 1)
