"""The volunteers window used as a person would: pick a shift in the week and put someone on it;
scan cards to check in and out; sign people up until the waitlist; approve hours."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from gridesk import clock
from gridesk.config import Location
from gridesk.core.volunteers.activities import ActivityInput, save_activity
from gridesk.core.volunteers.services import TemplateInput, make_week, save_template
from gridesk.documents.qr import make_payload
from gridesk.ui.desk import Desk
from gridesk.ui.main_window import MainWindow
from gridesk.ui.volunteers.page import VolunteersPage


@pytest.fixture
def desk(store, admin, tmp_path):
    return Desk(store, admin, Location(tmp_path, store.url))


def today_shift(store, admin, start="00:00", end="23:59", needed=2, post="前台值守"):
    """A duty for today, all day, so a scan now finds it."""
    weekday = clock.today().isoweekday()
    save_template(store, admin, None, TemplateInput(post, weekday, start, end, needed, "服务大厅"))
    make_week(store, admin, clock.today())


@pytest.fixture
def page(qtbot, desk, people):
    today_shift(desk.store, desk.actor)
    widget = VolunteersPage(desk)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    return widget


def cell_text(page, row, day):
    model = page.week.model
    return model.data(model.index(row, day))


def test_week_view_assigns_a_free_qualified_person_and_shows_the_gap(qtbot, page, people):
    week = page.week
    day = clock.today().weekday()
    assert cell_text(page, 0, day) == "0/2"
    week.table.setCurrentIndex(week.model.index(0, day))
    assert "前台值守" in week.shift_label.text()
    names = [c.name for c in week.candidates.rows]
    assert set(names) == set(people)
    # pick 王秀英 from the candidates and put her on the shift
    week.candidate_table.selectRow(names.index("王秀英"))
    qtbot.mouseClick(week.assign_button, Qt.MouseButton.LeftButton)
    assert cell_text(page, 0, day) == "1/2\n王秀英"
    assert "1/2" in week.people_label.text()
    status = {c.name: week.candidates.status(c) for c in week.candidates.rows}
    assert status["王秀英"] == "on this shift"
    colour = week.model.data(week.model.index(0, day), Qt.ItemDataRole.BackgroundRole)
    assert colour.color().name() != "#d8efd9"  # still short: not the "full" colour


def scan(qtbot, widget, text):
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_scanning_a_volunteer_card_checks_in_then_out(qtbot, page, desk, people):
    week = page.week
    day = clock.today().weekday()
    week.table.setCurrentIndex(week.model.index(0, day))
    names = [c.name for c in week.candidates.rows]
    week.candidate_table.selectRow(names.index("单田芳"))
    qtbot.mouseClick(week.assign_button, Qt.MouseButton.LeftButton)

    page.tabs.setCurrentWidget(page.check_in)
    card = make_payload(desk.store.qr_secret(), "V", str(people["单田芳"]))
    scan(qtbot, page.check_in.scan_input, card)
    shown = page.check_in.result.text()
    assert "单田芳" in shown and "checked in" in shown and "前台值守" in shown
    table = page.check_in.table
    assert table.rowCount() == 1 and table.item(0, 6).text() == "on duty"
    scan(qtbot, page.check_in.scan_input, card)
    assert "checked out" in page.check_in.result.text()
    assert table.item(0, 6).text() == "to approve"
    assert page.check_in.scan_input.text() == ""


def test_a_walk_up_scan_is_kept_while_the_desk_chooses_the_shift(qtbot, page, desk, people):
    page.tabs.setCurrentWidget(page.check_in)
    view = page.check_in
    card = make_payload(desk.store.qr_secret(), "R", str(people["李建国"]))
    scan(qtbot, view.scan_input, card)
    assert "not on a shift or activity now" in view.result.text()
    assert view.walk_up.hasFocus() and view.table.rowCount() == 0
    qtbot.keyClick(view.walk_up, Qt.Key.Key_Down)  # today's shift
    qtbot.keyClick(view.walk_up, Qt.Key.Key_Return)  # checked in: no second scan
    assert "李建国" in view.result.text() and "walk-up" in view.result.text()
    assert view.table.rowCount() == 1 and view.scan_input.hasFocus()
    # Esc instead of a shift: nobody is checked in, and the next scan starts afresh
    other = make_payload(desk.store.qr_secret(), "R", str(people["王秀英"]))
    view.walk_up.setCurrentIndex(0)
    scan(qtbot, view.scan_input, other)
    qtbot.keyClick(view.walk_up, Qt.Key.Key_Escape)
    assert view.waiting is None and view.table.rowCount() == 1


def test_a_check_in_long_after_the_shift_needs_the_coordinators_reason(
    qtbot, page, desk, people, tmp_path
):
    from PySide6.QtWidgets import QApplication, QInputDialog
    from qt_modal import poll_until

    from gridesk.core.actor import Actor, Role
    from gridesk.core.auth import create_user
    from gridesk.core.volunteers.hours import list_hours
    from gridesk.ui.volunteers.checkin import CheckInView

    today_shift(desk.store, desk.actor, start="06:00", end="07:00", post="早间巡查")
    page.tabs.setCurrentWidget(page.hours)
    page.tabs.setCurrentWidget(page.check_in)
    view = page.check_in
    early = next(i for i in range(view.walk_up.count()) if "早间巡查" in view.walk_up.itemText(i))
    card = make_payload(desk.store.qr_secret(), "R", str(people["李建国"]))
    # a front-desk user: refused, nothing recorded
    user = create_user(desk.store, desk.actor, "desk1", "前台", Role.FRONT_DESK, "secret1")
    front = Actor(user.id, "desk1", "前台", Role.FRONT_DESK, desk.actor.station_id)
    desk_view = CheckInView(Desk(desk.store, front, Location(tmp_path, desk.store.url)))
    qtbot.addWidget(desk_view)
    desk_view.show()
    desk_view.refresh()
    scan(qtbot, desk_view.scan_input, card)
    for _ in range(early):
        qtbot.keyClick(desk_view.walk_up, Qt.Key.Key_Down)
    qtbot.keyClick(desk_view.walk_up, Qt.Key.Key_Return)
    assert "07:00" in desk_view.result.text() and "reason" in desk_view.result.text()
    assert list_hours(desk.store, desk.actor) == []
    # the coordinator gives the reason, which stays with the hours
    asked: list[str] = []

    def answer() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            return False
        asked.append(dialog.labelText())
        dialog.setTextValue("巡查队长电话确认")
        dialog.accept()
        return True

    poll_until(answer, tries=300)
    scan(qtbot, view.scan_input, card)
    for _ in range(early):
        qtbot.keyClick(view.walk_up, Qt.Key.Key_Down)
    qtbot.keyClick(view.walk_up, Qt.Key.Key_Return)
    assert asked and "07:00" in asked[0]
    [record] = list_hours(desk.store, desk.actor)
    assert (record.label, record.correction_reason) == ("早间巡查", "巡查队长电话确认")


def test_a_forged_card_is_refused_in_the_check_in_box(qtbot, page, people):
    page.tabs.setCurrentWidget(page.check_in)
    forged = make_payload(b"another installation", "V", str(people["李建国"]))
    scan(qtbot, page.check_in.scan_input, forged)
    assert "signature does not match" in page.check_in.result.text()
    assert page.check_in.table.rowCount() == 0


def test_the_main_scan_box_checks_in_when_the_volunteers_page_is_open(qtbot, desk, people):
    today_shift(desk.store, desk.actor)
    window = MainWindow(desk, lambda: None)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("volunteers")
    card = make_payload(desk.store.qr_secret(), "V", str(people["曾小贤"]))
    page.tabs.setCurrentWidget(page.check_in)
    page.check_in.walk_up.setCurrentIndex(1)
    scan(qtbot, window.scan_box, card)
    assert window.stack.currentWidget() is page
    assert "曾小贤" in page.check_in.result.text()
    assert page.check_in.table.rowCount() == 1


def test_sign_up_fills_then_waitlists_and_cancel_moves_up(qtbot, page, desk, people):
    start = clock.local_now() + timedelta(days=2)
    save_activity(
        desk.store,
        desk.actor,
        None,
        ActivityInput("社区义诊", start, start + timedelta(hours=2), capacity=1, place="议事厅"),
    )
    page.tabs.setCurrentWidget(page.activities)
    view = page.activities
    assert view.table.item(0, view.TITLE).text() == "社区义诊"
    for initials, name in (("stf", "单田芳"), ("zxx", "曾小贤")):
        view.person_search.clear()
        qtbot.keyClicks(view.person_search, initials)
        qtbot.waitUntil(
            lambda n=name: (
                view.person_list.count() == 1 and view.person_list.item(0).text().startswith(n)
            )
        )
        qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    assert "number 1 on the waitlist" in view.message.text()
    assert view.table.item(0, view.SIGNED).text() == "1/1"
    assert [view.signup_list.item(i).text() for i in range(2)] == ["单田芳", "曾小贤 (waitlist 1)"]
    view.signup_list.setCurrentRow(0)
    qtbot.mouseClick(view.unsign_button, Qt.MouseButton.LeftButton)
    assert "曾小贤 moves up" in view.message.text()
    assert [view.signup_list.item(i).text() for i in range(view.signup_list.count())] == ["曾小贤"]


def test_hours_are_approved_in_bulk(qtbot, page, desk, people):
    from gridesk.core.volunteers.hours import Target, check_in_out
    from gridesk.core.volunteers.services import week_view

    shift = week_view(desk.store, desk.actor, clock.today())[0]
    now = clock.local_now()
    for name in ("单田芳", "王秀英"):
        check_in_out(desk.store, desk.actor, people[name], Target("shift", shift.id), now=now)
        check_in_out(desk.store, desk.actor, people[name], now=now + timedelta(minutes=90))
    page.tabs.setCurrentWidget(page.hours)
    view = page.hours
    assert view.table.rowCount() == 2
    assert "2 record(s) to approve" in view.summary.text()
    view.table.selectAll()
    qtbot.mouseClick(view.approve_button, Qt.MouseButton.LeftButton)
    assert view.table.rowCount() == 0
    view.all_box.setChecked(True)
    assert {view.table.item(r, view.STATUS).text() for r in range(2)} == {"approved"}


def test_volunteers_tab_lists_searches_and_adds_a_volunteer(qtbot, page, desk, people):
    from PySide6.QtWidgets import QApplication
    from qt_modal import poll_until

    from gridesk.core.residents.records import ResidentInput, create_resident
    from gridesk.core.volunteers.services import get_volunteer, save_team
    from gridesk.ui.volunteers.people import ProfileDialog

    save_team(desk.store, desk.actor, None, "平安巡逻队", people["李建国"])
    newcomer = create_resident(
        desk.store, desk.actor, ResidentInput(name="赵新来", phone="13300009999")
    )
    page.tabs.setCurrentWidget(page.people)
    view = page.people
    model = view.model
    assert model.rowCount() == 4
    assert "李建国" in view.teams_label.text()
    qtbot.keyClicks(view.search, "wxy")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.data(model.index(0, view.NAME)) == "王秀英"
    assert model.data(model.index(0, view.SKILLS)) == "文艺"
    view.table.selectRow(0)
    assert view.current() == people["王秀英"]

    said: list[str] = []

    def fill() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ProfileDialog):
            return False
        ui = dialog.ui
        ui.searchEdit.setText("13300009999")
        dialog.picker.find()
        ui.availabilityEdit.setText("星期六上午")
        dialog.save()  # stays open, saying what is wrong
        said.append(ui.messageLabel.text())
        ui.skillsEdit.setText("理发, 摄影")
        ui.availabilityEdit.setText("6 09:00-12:00")
        ui.teamsList.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.save()
        return True

    poll_until(fill, tries=200)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert "not an availability" in said[0]
    added = get_volunteer(desk.store, desk.actor, newcomer.id)
    assert added is not None
    assert added.skills == ("理发", "摄影") and added.team_names == ("平安巡逻队",)
    assert added.availability == "6 09:00-12:00"


def test_weekly_duties_dialog_adds_a_duty_on_ticked_days(qtbot, page, desk):
    from gridesk.ui.volunteers.duties import DutiesDialog

    dialog = DutiesDialog(desk, page)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "Tick the days" in dialog.message.text()
    dialog.post.insert("平安巡逻")
    dialog.place.insert("辖区主干道")
    dialog.days[5].setChecked(True)  # Sat
    dialog.days[6].setChecked(True)  # Sun
    dialog.end.setTime(dialog.start.time().addSecs(-3600))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "end must come after" in dialog.message.text()
    dialog.end.setTime(dialog.start.time().addSecs(2 * 3600))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == ""
    posts = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
    assert posts.count("平安巡逻") == 2
    dialog.accept()
    next_week = page.week.monday + timedelta(days=7)
    page.week.show_week(next_week)
    qtbot.mouseClick(page.week.make_button, Qt.MouseButton.LeftButton)
    labels = [
        page.week.model.headerData(r, Qt.Orientation.Vertical)
        for r in range(page.week.model.rowCount())
    ]
    assert any("平安巡逻" in label for label in labels)


def test_the_admins_cap_shows_who_would_work_too_many_in_a_row(qtbot, page, desk, people):
    from gridesk.core.volunteers.services import add_shift, assign, local_dt

    day = clock.today() + timedelta(days=1)
    first = add_shift(desk.store, desk.actor, "早班", local_dt(day, 8 * 60), local_dt(day, 10 * 60))
    second = add_shift(
        desk.store, desk.actor, "午班", local_dt(day, 10 * 60), local_dt(day, 12 * 60)
    )
    assign(desk.store, desk.actor, first, people["曾小贤"])
    week = page.week
    week.cap.setValue(1)
    week.show_week(day)
    week.select_shift(second)
    status = {c.name: week.candidates.status(c) for c in week.candidates.rows}
    assert status["曾小贤"] == "too many in a row"
    week.cap.setValue(2)
    week.select_shift(second)
    status = {c.name: week.candidates.status(c) for c in week.candidates.rows}
    assert status["曾小贤"] == "free"


def test_scanning_at_the_activities_tab_signs_up(qtbot, desk, people):
    start = clock.local_now() + timedelta(days=1)
    save_activity(
        desk.store,
        desk.actor,
        None,
        ActivityInput("智能手机培训班", start, start + timedelta(hours=2), capacity=5),
    )
    window = MainWindow(desk, lambda: None)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("volunteers")
    page.tabs.setCurrentWidget(page.activities)
    card = make_payload(desk.store.qr_secret(), "V", str(people["单田芳"]))
    scan(qtbot, window.scan_box, card)
    assert "单田芳 is signed up" in page.activities.message.text()
    assert page.activities.table.item(0, page.activities.SIGNED).text() == "1/5"
    scan(qtbot, page.activities.scan_input, card)
    assert "already signed up" in page.activities.message.text()


def test_a_task_is_claimed_by_scan_and_its_hours_wait_for_approval(qtbot, page, desk, people):
    from PySide6.QtWidgets import QApplication, QInputDialog
    from qt_modal import poll_until

    from gridesk.core.volunteers.hours import list_hours, publish_task

    publish_task(desk.store, desk.actor, "帮独居老人取药", place="3号楼")
    page.tabs.setCurrentWidget(page.tasks)
    view = page.tasks
    assert page.take_card(str(people["李建国"]))
    assert view.table.item(0, view.WHO).text() == "李建国"
    assert page.take_card(str(people["王秀英"]))
    assert "no longer open" in view.message.text()

    def answer() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            return False
        dialog.setIntValue(45)
        dialog.accept()
        return True

    poll_until(answer, tries=200)
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    pending = list_hours(desk.store, desk.actor, statuses=("pending",))
    assert [(p.name, p.minutes, p.source) for p in pending] == [("李建国", 45, "task")]


def test_a_forgotten_check_out_is_corrected_with_a_reason(qtbot, page, desk, people):
    from PySide6.QtWidgets import QApplication
    from qt_modal import poll_until

    from gridesk.core.volunteers.hours import Target, check_in_out
    from gridesk.core.volunteers.services import week_view
    from gridesk.ui.volunteers.hours import CorrectDialog

    shift = week_view(desk.store, desk.actor, clock.today())[0]
    yesterday = clock.local_now() - timedelta(days=1)
    check_in_out(desk.store, desk.actor, people["曾小贤"], Target("shift", shift.id), yesterday)
    page.tabs.setCurrentWidget(page.check_in)  # opening check-in flags yesterday's
    page.tabs.setCurrentWidget(page.hours)
    view = page.hours
    assert "1 forgotten check-out(s)" in view.summary.text()
    assert view.table.item(0, view.STATUS).text() == "no check-out"
    view.table.selectRow(0)

    def fill() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CorrectDialog):
            return False
        dialog.minutes.setValue(120)
        dialog.reason.setText("forgot to check out; team leader confirmed")
        dialog.accept()
        return True

    poll_until(fill, tries=200)
    qtbot.mouseClick(view.correct_button, Qt.MouseButton.LeftButton)
    view.all_box.setChecked(True)
    assert view.table.item(0, view.STATUS).text() == "corrected"
    assert view.table.item(0, view.MINUTES).text() == "120"
    assert "team leader" in view.table.item(0, view.REASON).text()


def test_dragging_a_person_onto_a_shift_assigns_them(qtbot, page, people):
    from PySide6.QtCore import QModelIndex

    week = page.week
    day = clock.today().weekday()
    week.table.setCurrentIndex(week.model.index(0, day))
    row = [c.name for c in week.candidates.rows].index("李建国")
    dragged = week.candidates.mimeData([week.candidates.index(row, 0)])
    target = week.model.index(0, day)
    assert week.model.flags(target) & Qt.ItemFlag.ItemIsDropEnabled
    week.model.dropMimeData(dragged, Qt.DropAction.CopyAction, -1, -1, target)
    assert cell_text(page, 0, day) == "1/2\n李建国"
    # dropping the same person again is refused by the roster rules, said beside the list
    week.model.dropMimeData(dragged, Qt.DropAction.CopyAction, -1, -1, target)
    assert "already on this shift" in week.message.text()
    assert not week.model.dropMimeData(dragged, Qt.DropAction.CopyAction, -1, -1, QModelIndex())


def test_week_and_candidate_models_pass_the_model_tester(page, people, qtmodeltester):
    week = page.week
    week.table.setCurrentIndex(week.model.index(0, clock.today().weekday()))
    qtmodeltester.check(week.model, force_py=True)
    qtmodeltester.check(week.candidates, force_py=True)
    page.tabs.setCurrentWidget(page.people)
    qtmodeltester.check(page.people.model, force_py=True)


def test_reports_tab_totals_approved_hours_by_person_team_and_month(qtbot, page, desk, people):
    from gridesk.core.volunteers.hours import Target, approve_hours, check_in_out
    from gridesk.core.volunteers.services import save_team, week_view

    save_team(desk.store, desk.actor, None, "平安巡逻队", people["王秀英"])
    shift = week_view(desk.store, desk.actor, clock.today())[0]
    now = clock.local_now().replace(hour=0, minute=5)
    ids = []
    for name, minutes in (("王秀英", 90), ("单田芳", 30)):
        check_in_out(desk.store, desk.actor, people[name], Target("shift", shift.id), now=now)
        out = check_in_out(
            desk.store, desk.actor, people[name], now=now + timedelta(minutes=minutes)
        )
        ids.append(out.record.id)
    approve_hours(desk.store, desk.actor, ids)
    page.tabs.setCurrentWidget(page.report)
    view = page.report
    assert "2.0 approved hours by 2 volunteers" in view.total.text()
    rows = [
        (view.by_person.item(r, 0).text(), view.by_person.item(r, 1).text())
        for r in range(view.by_person.rowCount())
    ]
    assert rows == [("王秀英", "1.5"), ("单田芳", "0.5")]
    assert view.by_team.item(0, 0).text() == "平安巡逻队"
    assert view.by_month.item(0, 0).text() == f"{clock.today():%Y-%m}"


def test_the_activity_form_saves_and_says_what_is_wrong(qtbot, desk):
    from gridesk.core.volunteers.activities import list_activities
    from gridesk.ui.volunteers.activities import ActivityDialog

    dialog = ActivityDialog(desk)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert not ui.teamCombo.isEnabled()
    dialog.save()
    assert "enter a title" in ui.messageLabel.text()
    ui.titleEdit.insert("四点半课堂辅导")
    ui.placeEdit.insert("四点半课堂")
    ui.capacitySpin.setValue(6)
    ui.pointsModeCombo.setCurrentIndex(1)  # per attendance
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    (saved,) = list_activities(desk.store, desk.actor)
    assert (saved.title, saved.place, saved.capacity, saved.points_mode) == (
        "四点半课堂辅导",
        "四点半课堂",
        6,
        "attendance",
    )
    again = ActivityDialog(desk, saved)
    qtbot.addWidget(again)
    assert again.ui.titleEdit.text() == "四点半课堂辅导" and again.ui.capacitySpin.value() == 6


def test_the_activity_form_books_the_room_it_names(qtbot, desk):
    from gridesk.core.treasure.rooms import RoomInput, bookings_between, save_room
    from gridesk.core.volunteers.activities import list_activities
    from gridesk.ui.combo import select_data
    from gridesk.ui.volunteers.activities import ActivityDialog

    hall = save_room(desk.store, desk.actor, None, RoomInput(name="议事厅", capacity=30))
    dialog = ActivityDialog(desk)
    qtbot.addWidget(dialog)
    dialog.ui.titleEdit.insert("居民议事会")
    select_data(dialog.room_combo, hall.id)  # findData compares UUIDs by identity
    assert dialog.ui.placeEdit.text() == "议事厅"  # the room names the place
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    (saved,) = list_activities(desk.store, desk.actor)
    day = saved.starts_at.astimezone().date()
    (booking,) = bookings_between(desk.store, desk.actor, day, day, room_id=hall.id)
    assert booking.purpose == "居民议事会" and booking.starts_at == saved.starts_at

    # another activity at the same time in the same room: refused plainly, nothing saved
    second = ActivityDialog(desk)
    qtbot.addWidget(second)
    second.ui.titleEdit.insert("舞蹈排练")
    select_data(second.room_combo, hall.id)
    second.save()
    assert second.result() != second.DialogCode.Accepted
    assert second.ui.messageLabel.text()
    assert len(list_activities(desk.store, desk.actor)) == 1
    again = ActivityDialog(desk, saved)
    qtbot.addWidget(again)
    assert again.room_combo.currentData() == hall.id


def test_keys_counted_for_a_volunteer_check_in(qtbot, page, desk, people):
    """README, keys: one scan for a volunteer on today's roster; a walk-up: the scan, ↓ to the
    shift and Enter."""
    from key_count import Person

    from gridesk.core.volunteers.services import assign, week_view

    shift = week_view(desk.store, desk.actor, clock.today())[0]
    assign(desk.store, desk.actor, shift.id, people["单田芳"])
    page.tabs.setCurrentWidget(page.check_in)
    view = page.check_in
    on_roster = Person(qtbot)
    on_roster.scan(
        view.scan_input, make_payload(desk.store.qr_secret(), "V", str(people["单田芳"]))
    )
    assert "checked in" in view.result.text()
    assert on_roster.counted == (1, 0)
    walk_up = Person(qtbot)
    walk_up.scan(view.scan_input, make_payload(desk.store.qr_secret(), "R", str(people["李建国"])))
    walk_up.key(view.walk_up, Qt.Key.Key_Down)
    walk_up.key(view.walk_up, Qt.Key.Key_Return)
    assert "李建国" in view.result.text() and "walk-up" in view.result.text()
    assert walk_up.counted == (1, 2)
