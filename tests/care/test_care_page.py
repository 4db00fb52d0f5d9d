"""The care window used as the desk would: find a resident, add a helper, record a visit with
goods and a follow-up, turn the follow-up into a request, filter who is overdue."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from qt_modal import poll_until

from gridesk import clock
from gridesk.config import Location
from gridesk.core.actor import Role
from gridesk.core.care import helpers, visits
from gridesk.core.care.helpers import HelperInput
from gridesk.core.care.visits import VisitInput
from gridesk.core.requests.catalogue import save_category
from gridesk.ui.care.dialogs import HelperDialog, VisitDialog
from gridesk.ui.care.page import CarePage
from gridesk.ui.desk import Desk

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(qtbot, store, admin, ward, tmp_path):
    widget = CarePage(Desk(store, admin, Location(tmp_path, store.url)))
    qtbot.addWidget(widget)
    widget.resize(1166, 708)
    widget.show()
    return widget


def names(page):
    return [page.table.item(n, 0).text() for n in range(page.table.rowCount())]


def answer(dialog_type, fill):
    """Fill and accept the next dialog of ``dialog_type`` when it opens."""

    def step():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, dialog_type):
            return False
        fill(dialog)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        return True

    poll_until(step, 300)


def test_register_helpers_and_a_visit_from_the_page(qtbot, page, store, admin, ward):
    save_category(store, admin, None, name="居家维修")
    assert sorted(names(page)) == ["李建国", "王秀英", "陈桂兰"]
    qtbot.keyClicks(page.search, "wangxiuying")
    qtbot.waitUntil(lambda: names(page) == ["王秀英"])
    page.table.selectRow(0)
    assert "王秀英" in page.who.text()

    def helper(dialog: HelperDialog) -> None:
        dialog.role.setCurrentIndex(1)  # building captain
        dialog.name.setText("孙大妈")  # typed with an input method
        qtbot.keyClicks(dialog.phone, "13900005555")

    answer(HelperDialog, helper)
    page.add_helper_button.click()
    assert page.helper_list.count() == 1
    assert "孙大妈" in page.helper_list.item(0).text()
    assert "print again" in page.message.text()

    def visit(dialog: VisitDialog) -> None:
        dialog.findings.setPlainText("厨房水管漏水")
        dialog.set_goods(0, "大米", 2, "袋", "120.5")
        dialog.follow_ups.setPlainText("请物业修理水管")

    answer(VisitDialog, visit)
    page.visit_button.click()
    assert page.visit_table.rowCount() == 1
    assert page.visit_table.item(0, 3).text() == "厨房水管漏水"
    (recorded,) = visits.list_visits(store, admin, ward.residents["王秀英"])
    assert recorded.visitors == "孙大妈"  # the first helper is offered as the visitor
    assert recorded.goods_cents == 24100 // 2 and recorded.goods[0].quantity == 2
    page.visit_table.selectRow(0)
    assert "大米" in page.visit_detail.text()
    assert page.request_button.isEnabled()
    page.request_button.click()
    assert "CS-" in page.message.text()
    assert not page.request_button.isEnabled()


def test_the_overdue_and_reprint_filters(qtbot, page, store, admin, ward, tmp_path):
    today = clock.today()
    visits.record_visit(store, admin, ward.residents["王秀英"], VisitInput(today, visitors="张伟"))
    visits.record_visit(
        store,
        admin,
        ward.residents["陈桂兰"],
        VisitInput(today - timedelta(days=40), visitors="张伟"),
    )
    helpers.add_helper(
        store, admin, ward.residents["李建国"], HelperInput("volunteer", "赵志强", "13600007777")
    )
    page.show_which.setCurrentIndex(1)  # not visited in time
    assert names(page) == ["李建国", "陈桂兰"]  # never visited first, then the longest late
    assert page.table.item(0, 4).text() == "Never visited"
    assert page.table.item(1, 4).text() == "Overdue by 10 days"
    page.show_which.setCurrentIndex(2)  # cards to print again
    assert names(page) == ["李建国"]
    page.print_changed_cards(tmp_path / "cards.pdf")
    assert (tmp_path / "cards.pdf").read_bytes().startswith(b"%PDF-")
    assert names(page) == []  # printed: nothing waits any more
    page.export_register(tmp_path / "register.xlsx")
    assert page.message.text().startswith("3 care resident")


def test_a_cashier_sees_no_care_page_buttons(qtbot, store, admin, ward, tmp_path):
    from gridesk.core.actor import Actor

    desk = Actor(admin.user_id, "qiantai", "前台", Role.FRONT_DESK, admin.station_id)
    widget = CarePage(Desk(store, desk, Location(tmp_path, store.url)))
    qtbot.addWidget(widget)
    assert not widget.rhythm_button.isVisibleTo(widget)  # the rhythm is the admin's
    widget.refresh()
    widget.table.selectRow(0)
    assert widget.visit_button.isEnabled()


def test_the_home_page_lists_the_overdue_visits_and_enter_opens_them(qtbot, store, admin, ward,
                                                                      tmp_path):  # fmt: skip
    from PySide6.QtCore import Qt

    from gridesk.ui.main_window import MainWindow

    w = MainWindow(Desk(store, admin, Location(tmp_path, store.url)), lambda: None)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    home = w.pages["home"]
    home.refresh()
    assert "care_visits" in home.lines()
    row = home.lines().index("care_visits")
    assert home.work_list.item(row).text().startswith("3  ")  # never visited, all three
    home.work_list.setCurrentRow(row)
    qtbot.keyClick(home.work_list, Qt.Key.Key_Return)
    care = w.pages["care"]
    assert w.stack.currentWidget() is care
    assert care.show_which.currentData() == "overdue"
    assert sorted(names(care)) == ["李建国", "王秀英", "陈桂兰"]
    assert care.table.hasFocus() or care.table.currentRow() == 0
