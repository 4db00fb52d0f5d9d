"""The other tabs used as a person would: products and stock, earning with approval, and a
receipt scanned in the main window's scan box."""

from __future__ import annotations

from points_helpers import make_user, op
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog
from qt_modal import poll_until

from gridesk.config import Location
from gridesk.core.actor import Role
from gridesk.core.points import accounts, earning, shop
from gridesk.documents.qr import make_payload
from gridesk.ui.combo import select_data
from gridesk.ui.desk import Desk
from gridesk.ui.main_window import MainWindow
from gridesk.ui.points.page import PointsPage
from gridesk.ui.points.products import ProductDialog
from gridesk.ui.points.refund import RefundDialog


def _page(qtbot, store, actor, tmp_path):
    widget = PointsPage(Desk(store, actor, Location(tmp_path, store.url)))
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    return widget


def test_add_a_product_and_take_stock_in(qtbot, points_shop, tmp_path):
    p = points_shop
    page = _page(qtbot, p.store, p.admin, tmp_path)
    page.tabs.setCurrentWidget(page.products)
    tab = page.products

    def fill_the_form() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ProductDialog):
            return False
        qtbot.keyClicks(dialog.code, "tw01")
        dialog.name.insert("毛巾")
        dialog.price.setValue(40)
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        return True

    poll_until(fill_the_form, tries=500)
    tab.new_button.click()
    codes = [tab.table.item(r, tab.CODE).text() for r in range(tab.table.rowCount())]
    assert "TW01" in codes
    tab.table.selectRow(codes.index("TW01"))

    def arrive() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            return False
        dialog.setIntValue(12)
        dialog.accept()
        return True

    poll_until(arrive, tries=500)
    tab.in_button.click()
    assert shop.find_product(p.store, p.admin, "TW01").stock == 12
    assert "毛巾" not in tab.warning.text()  # 12 is above the warning level of 5


def test_award_to_several_then_a_second_person_approves(qtbot, points_shop, tmp_path):
    p = points_shop
    secretary = make_user(p.store, p.admin, Role.ADMIN, "secretary")
    rule = earning.save_rule(p.store, p.admin, "参加议事会", 10)
    page = _page(qtbot, p.store, p.admin, tmp_path)
    tab = page.earning
    tab.refresh()
    assert select_data(tab.rule, rule.id)
    for who in ("wangxiuying", "13800001111"):
        qtbot.keyClicks(tab.search, who)
        qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.recipients.count() == 2
    tab.award_button.click()
    assert "2" in tab.result.text(), tab.result.text()
    assert accounts.account_view(p.store, p.admin, p.li).balance == 10

    tab.quantity.setValue(11)  # 110 points each: above the threshold of 100
    qtbot.keyClicks(tab.search, "ljg")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    tab.award_button.click()
    assert tab.pending.count() == 1 and accounts.account_view(p.store, p.admin, p.li).balance == 10
    other = _page(qtbot, p.store, secretary, tmp_path)
    other.earning.pending.setCurrentRow(0)
    other.earning.approve.click()
    assert accounts.account_view(p.store, p.admin, p.li).balance == 120
    assert other.earning.pending.count() == 0


def test_a_receipt_scanned_in_the_main_scan_box_opens_its_refund(qtbot, points_shop, tmp_path):
    p = points_shop
    done = shop.redeem(p.store, p.cashier, p.wang, [("soap", 1)], op())
    window = MainWindow(Desk(p.store, p.cashier, Location(tmp_path, p.store.url)), lambda: None)
    qtbot.addWidget(window)
    window.show()
    seen: list[str] = []

    def look_and_close() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RefundDialog):
            return False
        seen.append(dialog.windowTitle())
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
        return True

    poll_until(look_and_close, tries=500)
    qtbot.keyClicks(window.scan_box, make_payload(p.store.qr_secret(), "X", str(done.id)))
    qtbot.keyClick(window.scan_box, Qt.Key.Key_Return)
    assert seen and done.number in seen[0]
    assert window.stack.currentWidget() is window.pages["points"]
    assert accounts.account_view(p.store, p.cashier, p.wang).balance == 80  # Escape: no refund


def test_pooling_is_refused_once_points_exist(qtbot, points_shop, tmp_path):
    p = points_shop
    page = _page(qtbot, p.store, p.admin, tmp_path)
    tab = page.earning
    assert not tab.pooled.isChecked()
    tab.pooled.click()
    assert "before the first points" in tab.result.text()
    assert not tab.pooled.isChecked() and not accounts.pooling(p.store)


def test_a_product_photo(qtbot, points_shop, tmp_path):
    from PIL import Image

    p = points_shop
    picture = tmp_path / "soap.png"
    Image.new("RGB", (900, 300), (200, 30, 40)).save(picture)
    page = _page(qtbot, p.store, p.admin, tmp_path)
    tab = page.products
    tab.table.selectRow([x.code for x in tab.products].index("SOAP"))
    tab.choose_photo(picture)
    assert shop.find_product(p.store, p.admin, "SOAP").has_photo
    stored = shop.product_photo(p.store, p.soap.id)
    assert stored is not None and stored.startswith(b"\xff\xd8")  # kept as a small JPEG


def test_a_named_desk_closes_its_own_till_by_keys(qtbot, points_shop, tmp_path):
    """At a hall's desk 窗口1 the closing names each row's desk; ticking 仅本窗口 (Space)
    leaves this desk's cashiers alone, and a desk without a name shows neither."""
    from gridesk.core.store import open_store

    p = points_shop
    p.store.desk_name = "窗口1"
    shop.redeem(p.store, p.cashier, p.wang, [("soap", 2)], op())
    other = open_store(p.store.url, tmp_path / "desk2")
    try:
        other.desk_name = "窗口2"
        shop.redeem(other, p.cashier, p.wang, [("soap", 1)], op())
    finally:
        other.close()
    page = _page(qtbot, p.store, p.cashier, tmp_path)
    page.tabs.setCurrentWidget(page.reports)
    tab = page.reports
    table = tab.cashiers

    def rows() -> list[tuple[str, str, str]]:
        return [
            (table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 2).text())
            for r in range(table.rowCount())
        ]

    assert tab.own_desk.isVisible() and not table.isColumnHidden(1)
    assert rows() == [("cashier", "窗口1", "1"), ("cashier", "窗口2", "1")]
    tab.own_desk.setFocus()
    qtbot.keyClick(tab.own_desk, Qt.Key.Key_Space)
    assert tab.own_desk.isChecked()
    assert rows() == [("cashier", "窗口1", "1")]
    assert tab.closing is not None and tab.closing.desk == "窗口1"
    assert tab.closing.net_points == 40
    tab.grab().save(str(tmp_path / "closing-desk.png"))

    p.store.desk_name = ""  # a desk alone: no desk column, no tick box
    alone = _page(qtbot, p.store, p.cashier, tmp_path)
    alone.tabs.setCurrentWidget(alone.reports)
    assert not alone.reports.own_desk.isVisible()
