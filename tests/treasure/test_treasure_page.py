"""The treasure box window used as a person at the desk would: scan a resident card and an item
label, press Enter, read what the desk says; book a room by clicking free time."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from qt_modal import poll_until

from gridesk import clock
from gridesk.clock import utcnow
from gridesk.config import Location
from gridesk.core.treasure import lending, rooms
from gridesk.documents.qr import make_payload
from gridesk.ui.desk import Desk
from gridesk.ui.main_window import MainWindow
from gridesk.ui.treasure.page import TreasurePage
from gridesk.ui.treasure.rooms import BookingDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def desk(store, admin, tmp_path):
    return Desk(store, admin, Location(tmp_path, store.url))


@pytest.fixture
def page(qtbot, desk, shelf):
    widget = TreasurePage(desk)
    qtbot.addWidget(widget)
    widget.resize(1216, 700)
    widget.show()
    assert widget.loan_desk is not None
    widget.loan_desk.auto_print.setChecked(False)  # no printer here; printing has its own tests
    return widget


def scan(qtbot, box, text):
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def code(store, kind, ident):
    return make_payload(store.qr_secret(), kind, str(ident))


def test_lend_by_scanning_card_and_label_then_enter(qtbot, page, store, admin, shelf):
    counter = page.loan_desk
    scan(qtbot, counter.scan, code(store, "R", shelf.residents["王秀英"]))
    assert counter.resident_name.text() == "王秀英"
    assert "13700001234" in counter.resident_info.text()
    scan(qtbot, counter.scan, code(store, "A", shelf.items["电钻"]))
    assert counter.item_name.text() == "电钻"
    assert counter.lend_button.isEnabled() and counter.lend_button.isDefault()
    scan(qtbot, counter.scan, "")  # Enter on the empty line does what is suggested
    assert "电钻" in counter.message.text() and "王秀英" in counter.message.text()
    item = lending.get_item(store, admin, shelf.items["电钻"])
    assert (item.status, item.borrower_name) == ("on_loan", "王秀英")
    assert "电钻" in counter.resident_loans.text()  # she has it out now


def test_a_deposit_is_asked_for_before_the_item_is_lent(qtbot, page, store, admin, shelf):
    from gridesk.core.treasure.lending import ItemInput, save_item

    mower = save_item(store, admin, None, ItemInput(name="割草机", max_loan_days=3, deposit=200)).id
    counter = page.loan_desk
    for payload in (code(store, "R", shelf.residents["王秀英"]), code(store, "A", mower)):
        scan(qtbot, counter.scan, payload)
    assert "200" in counter.hint.text()
    scan(qtbot, counter.scan, "")  # Enter: the desk asks for the deposit first
    assert "200" in counter.message.text() and "王秀英" in counter.message.text()
    assert lending.get_item(store, admin, mower).status == "available"
    qtbot.keyClick(counter, Qt.Key.Key_Escape)  # she has no cash with her: nothing is lent
    assert lending.get_item(store, admin, mower).status == "available"
    for payload in (code(store, "R", shelf.residents["王秀英"]), code(store, "A", mower), "", ""):
        scan(qtbot, counter.scan, payload)  # scan, scan, Enter (asked), Enter (taken: lend)
    [loan] = lending.open_loans_of(store, admin, shelf.residents["王秀英"])
    assert (loan.item_name, loan.deposit) == ("割草机", 200)
    assert "200" in counter.message.text() and loan.number in counter.message.text()
    # an item without a deposit still lends on the first Enter
    for payload in (code(store, "A", shelf.items["折叠梯"]), ""):
        scan(qtbot, counter.scan, payload)
    assert lending.get_item(store, admin, shelf.items["折叠梯"]).status == "on_loan"


def test_with_no_printer_the_loan_slip_opens_in_a_preview_to_save(
    qtbot, page, store, admin, shelf, tmp_path, monkeypatch
):
    """No printer set up: the slip opens in a preview (no box about settings); Ctrl+S saves
    it; it shows the masked phone and a line to sign on."""
    import subprocess

    from PySide6.QtPrintSupport import QPrinterInfo
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    import gridesk.ui.printing as ui_printing

    monkeypatch.setattr(ui_printing.QPrinterInfo, "defaultPrinter", staticmethod(QPrinterInfo))
    target = tmp_path / "借用凭条.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF"))
    )
    counter = page.loan_desk
    counter.auto_print.setChecked(True)
    seen: list[str] = []

    def step() -> bool:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QMessageBox):
            seen.append(dialog.text())
            dialog.accept()
            return True
        if not isinstance(dialog, ui_printing.PrintPreviewDialog):
            return False
        if not dialog.isActiveWindow():  # its shortcuts work in the active window
            dialog.activateWindow()
            return False
        seen.append(f"preview of {dialog.preview.page_count()}")
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        return True

    poll_until(step, tries=300)
    for payload in (
        code(store, "R", shelf.residents["王秀英"]),
        code(store, "A", shelf.items["电钻"]),
    ):
        scan(qtbot, counter.scan, payload)
    scan(qtbot, counter.scan, "")
    assert seen == ["preview of 1"]
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(target), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "137****1234" in text and "借用人签字" in text


def test_return_by_scanning_the_label_tells_who_is_next(qtbot, page, store, admin, shelf):
    lending.lend(store, admin, shelf.items["轮椅"], shelf.residents["王秀英"])
    lending.place_hold(store, admin, shelf.items["轮椅"], shelf.residents["张丽"])
    counter = page.loan_desk
    scan(qtbot, counter.scan, code(store, "A", shelf.items["轮椅"]))
    assert counter.return_button.isDefault() and counter.return_form.isVisible()
    scan(qtbot, counter.scan, "")
    assert "张丽" in counter.message.text() and "13900009012" in counter.message.text()
    assert lending.get_item(store, admin, shelf.items["轮椅"]).status == "held"


def test_missing_parts_send_the_item_to_repair(qtbot, page, store, admin, shelf):
    lending.lend(store, admin, shelf.items["电钻"], shelf.residents["张丽"])
    counter = page.loan_desk
    scan(qtbot, counter.scan, code(store, "A", shelf.items["电钻"]))
    counter.missing.insert("钻头两个")
    qtbot.mouseClick(counter.return_button, LEFT)
    assert lending.get_item(store, admin, shelf.items["电钻"]).status == "in_repair"
    [event] = lending.item_events(store, admin, shelf.items["电钻"])
    assert "钻头两个" in event.note


def test_overdue_borrower_is_refused_plainly(qtbot, page, store, admin, shelf):
    long_ago = utcnow() - timedelta(days=10)
    lending.lend(store, admin, shelf.items["折叠梯"], shelf.residents["李建国"], now=long_ago)
    counter = page.loan_desk
    # a front-desk role cannot override, so the refusal is shown without a question
    from gridesk.core.actor import Actor, Role
    from gridesk.core.auth import create_user

    user = create_user(store, admin, "desk1", "前台", Role.FRONT_DESK, "secret1")
    counter.desk = Desk(
        store,
        Actor(user.id, "desk1", "前台", Role.FRONT_DESK, admin.station_id),
        page.desk.location,
    )
    scan(qtbot, counter.scan, code(store, "R", shelf.residents["李建国"]))
    scan(qtbot, counter.scan, code(store, "A", shelf.items["电钻"]))
    scan(qtbot, counter.scan, "")
    assert "折叠梯" in counter.message.text() and counter.message.property("error")
    assert lending.get_item(store, admin, shelf.items["电钻"]).status == "available"


def test_typing_initials_picks_the_resident_and_a_name_picks_the_item(qtbot, page, shelf):
    counter = page.loan_desk
    scan(qtbot, counter.scan, "wxy")
    assert counter.resident_name.text() == "王秀英"
    counter.scan.insert("梯")
    qtbot.keyClick(counter.scan, Qt.Key.Key_Return)
    assert counter.item_name.text() == "折叠梯"


def test_a_forged_label_is_refused(qtbot, page, store, shelf):
    counter = page.loan_desk
    forged = code(store, "A", shelf.items["电钻"])[:-2] + "AA"
    scan(qtbot, counter.scan, forged)
    assert counter.message.property("error") and counter.item is None


def test_the_main_scan_box_opens_the_loan_screen_for_an_asset_label(qtbot, desk, shelf):
    window = MainWindow(desk, lambda: None)
    qtbot.addWidget(window)
    window.show()
    scan(qtbot, window.scan_box, code(desk.store, "A", shelf.items["轮椅"]))
    page = window.pages["treasure"]
    assert window.stack.currentWidget() is page
    assert page.tabs.currentWidget() is page.loan_desk
    assert page.loan_desk.item_name.text() == "轮椅"
    loan = lending.lend(desk.store, desk.actor, shelf.items["轮椅"], shelf.residents["张丽"])
    scan(qtbot, window.scan_box, code(desk.store, "L", loan.id))
    assert loan.number in page.loan_desk.message.text()


def test_book_a_room_by_clicking_free_time_and_take_a_suggested_time(qtbot, page, desk, shelf):
    tab = page.rooms
    page.tabs.setCurrentWidget(tab)
    day = clock.today() + timedelta(days=2)
    tab.go_to(day)
    tab.set_mode(tab.DAY, None)
    room = shelf.rooms["棋牌室"]
    booking = rooms.book_room(
        desk.store,
        desk.actor,
        rooms.BookingRequest(
            room_id=room,
            day=day,
            start=10 * 60,
            end=11 * 60,
            holder_kind="team",
            holder_name="书法队",
        ),
    )[0]
    tab.refresh()
    assert not tab.view.booking_rect(booking.id).isEmpty()
    seen: list[str] = []

    def step() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, BookingDialog):
            return False
        if not seen:
            dialog.ui.kindCombo.setCurrentIndex(1)  # a team
            dialog.ui.holderEdit.insert("合唱团")
            dialog.ui.purposeEdit.insert("排练")
            dialog.ui.endCombo.setCurrentText("10:30")  # an hour: into 书法队's booking
            dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
            seen.append(dialog.ui.messageLabel.text())
            return False
        # refused: take the first free time offered
        assert dialog.suggestion_buttons
        seen.append(dialog.suggestion_buttons[0].text())
        dialog.suggestion_buttons[0].click()
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return True

    poll_until(step, tries=300)
    # click free time at 09:30: the dialog opens at 09:30
    QTest.mouseClick(tab.view, LEFT, pos=tab.view.slot_point(day, room, 9 * 60 + 30))
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert "棋牌室" in seen[0] and day.isoformat() in seen[0]
    made = [
        b
        for b in rooms.bookings_between(desk.store, desk.actor, day, day)
        if b.holder_name == "合唱团"
    ]
    assert len(made) == 1 and f"{made[0].start // 60:02d}:{made[0].start % 60:02d}" in seen[1]
    assert tab.current is not None and tab.current.id == made[0].id
    assert "合唱团" in tab.detail.text()


def test_check_in_from_the_side_panel(qtbot, page, desk, shelf):
    tab = page.rooms
    page.tabs.setCurrentWidget(tab)
    today = clock.today()
    clock.set_now(datetime.combine(today, time(10, 5)))  # the chess room is open: 08:00-20:00
    start = 10 * 60 + 30  # the next half hour
    [booking] = rooms.book_room(
        desk.store,
        desk.actor,
        rooms.BookingRequest(
            room_id=shelf.rooms["棋牌室"],
            day=today,
            start=start,
            end=start + 30,
            resident_id=shelf.residents["张丽"],
        ),
    )
    tab.go_to(today)
    tab.set_mode(tab.WEEK, shelf.rooms["棋牌室"])
    QTest.mouseClick(tab.view, LEFT, pos=tab.view.booking_rect(booking.id).center())
    assert "张丽" in tab.detail.text() and tab.check_in_button.isVisible()
    # the print button sits in the page's side panel, not as a window over the navigation
    assert tab.slip_button.isVisible() and not tab.slip_button.isWindow()
    assert tab.slip_button.window() is page.window()
    qtbot.mouseClick(tab.check_in_button, LEFT)
    assert rooms.get_booking(desk.store, desk.actor, booking.id).status == "checked_in"


def test_a_scanned_booking_code_opens_its_day_and_the_booking(qtbot, desk, shelf):
    window = MainWindow(desk, lambda: None)
    qtbot.addWidget(window)
    window.show()
    day = clock.today() + timedelta(days=9)
    [booking] = rooms.book_room(
        desk.store,
        desk.actor,
        rooms.BookingRequest(
            room_id=shelf.rooms["棋牌室"],
            day=day,
            start=14 * 60,
            end=15 * 60,
            holder_kind="team",
            holder_name="象棋协会",
        ),
    )
    scan(qtbot, window.scan_box, code(desk.store, "B", booking.id))
    page = window.pages["treasure"]
    assert page.tabs.currentWidget() is page.rooms
    assert page.rooms.day == day and "象棋协会" in page.rooms.detail.text()
    assert not page.rooms.view.booking_rect(booking.id).isEmpty()


def test_the_administrator_lends_despite_an_overdue_item_with_a_reason(
    qtbot, page, store, admin, shelf
):
    from PySide6.QtWidgets import QInputDialog

    lending.lend(
        store,
        admin,
        shelf.items["折叠梯"],
        shelf.residents["李建国"],
        now=utcnow() - timedelta(days=10),
    )
    counter = page.loan_desk
    scan(qtbot, counter.scan, code(store, "R", shelf.residents["李建国"]))
    assert "折叠梯" in counter.resident_loans.text()
    scan(qtbot, counter.scan, code(store, "A", shelf.items["电钻"]))
    asked: list[str] = []

    def step() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            return False
        asked.append(dialog.labelText())
        dialog.setTextValue("修水管急用")
        dialog.accept()
        return True

    poll_until(step, tries=300)
    scan(qtbot, counter.scan, "")
    assert asked and "折叠梯" in asked[0]
    [loan] = [
        x
        for x in lending.open_loans_of(store, admin, shelf.residents["李建国"])
        if x.item_name == "电钻"
    ]
    assert loan.override_reason == "修水管急用"


def test_add_a_donated_item_and_send_it_to_repair(qtbot, page, store, admin, shelf):
    from PySide6.QtWidgets import QInputDialog

    from gridesk.ui.treasure.items import ItemDialog

    tab = page.items
    page.tabs.setCurrentWidget(tab)

    def fill() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ItemDialog):
            return False
        dialog.ui.nameEdit.insert("手电钻")
        qtbot.keyClicks(dialog.ui.donorSearch, "ljg")
        qtbot.keyClick(dialog.ui.donorSearch, Qt.Key.Key_Return)
        dialog.ui.daysSpin.setValue(5)
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return True

    poll_until(fill, tries=300)
    qtbot.mouseClick(tab.new_button, LEFT)
    [made] = lending.list_items(store, admin, "手电钻")
    assert (made.donor_name, made.max_loan_days) == ("李建国", 5)
    assert tab.selected() is not None and tab.selected().id == made.id

    def answer() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            return False
        dialog.setTextValue("电池鼓包")
        dialog.accept()
        return True

    poll_until(answer, tries=300)
    qtbot.mouseClick(tab.repair_button, LEFT)
    assert lending.get_item(store, admin, made.id).status == "in_repair"
    assert [e.note for e in lending.item_events(store, admin, made.id)] == ["电池鼓包"]


def test_queue_for_an_item_that_is_out_and_leave_it(qtbot, page, store, admin, shelf):
    lending.lend(store, admin, shelf.items["轮椅"], shelf.residents["王秀英"])
    counter = page.loan_desk
    scan(qtbot, counter.scan, code(store, "R", shelf.residents["张丽"]))
    scan(qtbot, counter.scan, code(store, "A", shelf.items["轮椅"]))
    assert counter.hold_button.isDefault()
    scan(qtbot, counter.scan, "")
    assert "张丽" in counter.message.text() and "1" in counter.message.text()
    assert "1. 张丽" in counter.item_queue.text() and counter.leave_button.isVisible()
    qtbot.mouseClick(counter.leave_button, LEFT)
    assert lending.queue_for(store, admin, shelf.items["轮椅"]) == []
    assert counter.item_queue.text() == ""


@pytest.mark.parametrize(("language", "monday"), [("en", "Mon"), ("zh_CN", "周一")])
def test_the_week_view_heads_its_days_in_the_interface_language(qtbot, page, language, monday):
    from datetime import date

    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(language))  # what install_language does
    try:
        tab = page.rooms
        page.tabs.setCurrentWidget(tab)
        tab.go_to(date(2026, 11, 30))  # a Monday
        tab.set_mode(tab.WEEK, None)
        tab.refresh()
        assert tab.view.columns[0].title == f"11-30 {monday}"
    finally:
        QLocale.setDefault(before)


def test_the_week_of_all_rooms_names_each_lane_and_says_who_and_what(qtbot, page, desk, shelf):
    tab = page.rooms
    page.tabs.setCurrentWidget(tab)
    day = clock.today() + timedelta(days=1)
    booking = rooms.book_room(
        desk.store,
        desk.actor,
        rooms.BookingRequest(
            room_id=shelf.rooms["棋牌室"],
            day=day,
            start=10 * 60,
            end=12 * 60,
            holder_kind="team",
            holder_name="象棋兴趣小组",
            purpose="周赛",
        ),
    )[0]
    tab.go_to(day)
    tab.set_mode(tab.WEEK, None)
    tab.refresh()
    view = tab.view
    assert view.agenda  # the rooms as named columns, the days as rows
    assert [r.name for r in view.columns[0].rooms] == ["棋牌室", "议事厅"]
    rect = view.booking_rect(booking.id)
    assert not rect.isEmpty() and rect.width() > 150  # wide enough to be read
    (shown,) = [b for b in view.bookings if b.id == booking.id]
    assert view.block_lines(shown) == ["10:00–12:00 象棋兴趣小组", "周赛"]
    # clicking it shows it; clicking the free foot of another room's cell books there
    qtbot.mouseClick(view, LEFT, pos=rect.center())
    assert tab.current is not None and tab.current.id == booking.id
    # the day view keeps its time axis
    tab.set_mode(tab.DAY, None)
    tab.refresh()
    assert not view.agenda
