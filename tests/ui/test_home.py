"""The home page: today's work for the role, one line per kind of work that waits; Enter or a
click on a line opens the window's list of it, filtered to what waits."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from gridesk import clock
from gridesk.config import Location
from gridesk.core import auth
from gridesk.core.actor import Role
from gridesk.core.points import shop
from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.core.treasure import lending
from gridesk.ui.desk import Desk
from gridesk.ui.main_window import MainWindow
from gridesk.windows import WINDOWS


def window_for(qtbot, store, actor, tmp_path) -> MainWindow:
    w = MainWindow(Desk(store, actor, Location(tmp_path, store.url)), lambda: None)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


def waiting_work(store, admin) -> None:
    """An overdue loan and a product running low."""
    resident = create_resident(store, admin, ResidentInput(name="王秀英", phone="13700001234"))
    item = lending.save_item(
        store, admin, None, lending.ItemInput(name="电钻", category="工具", max_loan_days=7)
    )
    lending.lend(store, admin, item.id, resident.id, now=clock.utcnow() - timedelta(days=20))
    shop.create_product(store, admin, shop.ProductInput(code="690001", name="洗衣液", price=50))


def test_nothing_waiting_says_so(qtbot, store, admin, tmp_path) -> None:
    w = window_for(qtbot, store, admin, tmp_path)
    home = w.pages["home"]
    home.refresh()
    assert home.lines() == []
    assert home.nothing.isVisible()


def test_each_line_opens_its_view_by_keyboard_and_by_mouse(qtbot, store, admin, tmp_path):
    waiting_work(store, admin)
    w = window_for(qtbot, store, admin, tmp_path)
    home = w.pages["home"]
    home.refresh()
    assert home.lines() == ["loans", "stock"]  # navigation order; nothing else waits
    assert home.work_list.item(0).text().startswith("1  ")
    # keyboard: the list has the focus on its first line; Down, Enter
    assert home.work_list.hasFocus() or home.work_list.currentRow() == 0
    qtbot.keyClick(home.work_list, Qt.Key.Key_Down)
    qtbot.keyClick(home.work_list, Qt.Key.Key_Return)
    points = w.pages["points"]
    assert w.stack.currentWidget() is points
    assert points.tabs.currentWidget() is points.products
    assert points.products.selected().name == "洗衣液"
    # mouse: back home, click the overdue loans
    w.show_page("home")
    rect = home.work_list.visualItemRect(home.work_list.item(0))
    qtbot.mouseClick(home.work_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    treasure = w.pages["treasure"]
    assert w.stack.currentWidget() is treasure
    assert treasure.tabs.currentWidget() is treasure.overdue  # not the lending desk


def test_the_requests_lines_open_the_case_list_with_their_view(qtbot, store, admin, tmp_path):
    w = window_for(qtbot, store, admin, tmp_path)
    requests = w.pages["requests"]
    for view in ("due", "callback"):
        w.pages["home"].open_records.emit("requests", {"view": view})
        assert w.stack.currentWidget() is requests
        assert requests.tabs.currentWidget() is requests.queue  # not the intake form
        assert requests.queue.view.currentData() == view
    w.pages["home"].open_records.emit("requests", {"view": "wishes"})
    assert requests.tabs.currentWidget() is requests.wishes


def test_the_lines_follow_the_role(qtbot, store, admin, tmp_path) -> None:
    waiting_work(store, admin)
    auth.create_user(store, admin, username="c", display_name="收银", role=Role.CASHIER,
                     password="secret1")  # fmt: skip
    cashier = window_for(qtbot, store, auth.sign_in(store, "c", "secret1"), tmp_path)
    home = cashier.pages["home"]
    home.refresh()
    assert home.lines() == ["stock"]


def test_every_work_line_counts_and_names_a_view(store, admin) -> None:
    from gridesk.windows import load

    keys = [work.key for w in WINDOWS for work in w.work]
    assert len(keys) == len(set(keys))
    for w in WINDOWS:
        for work in w.work:
            assert work.view
            assert load(work.count)(store, admin) == 0  # an empty station: nothing waits


def test_short_shifts_and_todays_bookings_are_counted(qtbot, store, admin, tmp_path) -> None:
    from datetime import datetime

    from gridesk.core.treasure import rooms
    from gridesk.core.treasure.models import FOR_TEAM
    from gridesk.core.volunteers import services

    clock.set_now(datetime(2026, 11, 25, 12, 0).astimezone())  # a Wednesday noon, local
    today = clock.today()
    starts = services.local_dt(today, 14 * 60)
    services.add_shift(store, admin, "前台", starts, starts + timedelta(hours=2), needed=2)
    gone = services.local_dt(today, 8 * 60)
    services.add_shift(store, admin, "早班", gone, gone + timedelta(hours=1), needed=1)
    room = rooms.save_room(store, admin, None, rooms.RoomInput(name="活动室"))
    rooms.book_room(
        store,
        admin,
        rooms.BookingRequest(room.id, today, 14 * 60, 15 * 60, holder_kind=FOR_TEAM,
                             holder_name="合唱队"),
    )  # fmt: skip
    rooms.book_room(
        store,
        admin,
        rooms.BookingRequest(room.id, today + timedelta(days=1), 14 * 60, 15 * 60,
                             holder_kind=FOR_TEAM, holder_name="合唱队"),
    )  # fmt: skip
    assert services.understaffed_count(store, admin) == 1  # not the shift already over
    assert rooms.waiting_today_count(store, admin) == 1  # not tomorrow's
    w = window_for(qtbot, store, admin, tmp_path)
    home = w.pages["home"]
    home.refresh()
    assert home.lines() == ["shifts", "bookings"]
    qtbot.keyClick(home.work_list, Qt.Key.Key_Return)
    volunteers = w.pages["volunteers"]
    assert volunteers.tabs.currentWidget() is volunteers.week


def test_the_window_takes_its_size_from_the_screen(qtbot, store, admin, tmp_path) -> None:
    w = MainWindow(Desk(store, admin, Location(tmp_path, store.url)), lambda: None)
    qtbot.addWidget(w)
    available = w.screen().availableGeometry()
    # not a fixed 1366×768, which put the status bar off a 1280×720 screen
    assert w.width() == min(1366, available.width())
    assert w.height() == min(768, available.height())


def test_my_cases_line_opens_my_cases_by_keyboard(qtbot, store, admin, tmp_path) -> None:
    """我的工单: the open cases this user took in, counted on the home page; Enter opens them."""
    from gridesk.core.requests import catalogue
    from gridesk.core.requests.cases import IntakeInput, take_request

    unit = catalogue.save_unit(store, admin, None, kind="department", name="城管执法中队")
    category = catalogue.save_category(
        store, admin, None, name="路灯损坏", group_name="市政设施",
        handler_kind="department", handler_id=unit.id, deadline_days=10,
    )  # fmt: skip
    auth.create_user(store, admin, username="q", display_name="前台小李",
                     role=Role.FRONT_DESK, password="secret1")  # fmt: skip
    desk = auth.sign_in(store, "q", "secret1")
    for text in ("5号楼路灯不亮", "3号楼路灯闪烁"):
        take_request(store, desk, IntakeInput(category.id, text, phone="13700001234"))
    take_request(store, admin, IntakeInput(category.id, "别人受理的", phone="13700005678"))
    w = window_for(qtbot, store, desk, tmp_path)
    home = w.pages["home"]
    home.refresh()
    assert "mine" in home.lines()
    row = home.lines().index("mine")
    assert home.work_list.item(row).text().startswith("2  ")
    home.work_list.setFocus()
    for _ in range(row):
        qtbot.keyClick(home.work_list, Qt.Key.Key_Down)
    qtbot.keyClick(home.work_list, Qt.Key.Key_Return)
    requests = w.pages["requests"]
    assert w.stack.currentWidget() is requests
    assert requests.queue.view.currentData() == "mine"
    assert requests.queue.model.rowCount() == 2
