"""The requests window used as the desk would: a keyboard-only intake, the queue, a case's
steps, a scanned ticket, the receipt read back, the wish wall and the weekly review."""

from __future__ import annotations

import re
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLabel

from gridesk import clock
from gridesk.config import Location
from gridesk.core import printing
from gridesk.core.requests.cases import (
    CaseFilter,
    IntakeInput,
    StepRequest,
    count_cases,
    list_cases,
    move_case,
    take_request,
)
from gridesk.core.requests.machine import Action, Status
from gridesk.core.requests.papers import ticket_facts
from gridesk.documents.qr import make_payload, verify_payload
from gridesk.documents.receipt import render_receipt
from gridesk.ui.desk import Desk
from gridesk.ui.main_window import MainWindow
from gridesk.ui.requests.case_dialog import StepDialog
from gridesk.ui.requests.page import RequestsPage

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "documents"))
from docs_readback import decode_qr_codes, pdf_text, write_pdf
from qt_modal import poll_until


@pytest.fixture
def desk(store, admin, tmp_path, category, resident):
    return Desk(store, admin, Location(tmp_path, store.url))


@pytest.fixture
def make_case(make_case):
    """The window compares deadlines with the program's clock: its cases are taken today."""
    return lambda day=None, **changes: make_case(day=day or clock.today(), **changes)


@pytest.fixture
def page(qtbot, desk):
    widget = RequestsPage(desk)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    return widget


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def test_the_whole_intake_works_from_the_keyboard(qtbot, page, desk, category):
    form = page.intake
    form.who.setFocus()
    qtbot.waitUntil(form.who.hasFocus)
    qtbot.keyClicks(form.who, "stf")  # 单田芳's initials
    qtbot.waitUntil(lambda: form.matches.count() == 1)
    key(qtbot, Qt.Key.Key_Return)  # one match: she is chosen
    assert form.resident_id is not None
    assert form.phone.text() == "13912345678"
    assert QApplication.focusWidget() is form.category
    key(qtbot, Qt.Key.Key_Down)  # the first category
    assert form.category.currentData() == category.id
    assert "现场照片" in form.checklist.text()
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.description
    qtbot.keyClicks(form.description, "Lamp at building 5 is out")
    form.description.insertPlainText("，老人晚上出门不方便")
    key(qtbot, Qt.Key.Key_Tab)  # channel
    key(qtbot, Qt.Key.Key_Down)  # phone call
    key(qtbot, Qt.Key.Key_Tab)  # priority
    key(qtbot, Qt.Key.Key_Down)  # urgent
    key(qtbot, Qt.Key.Key_Tab)  # add photo
    key(qtbot, Qt.Key.Key_Tab)  # print on accept
    assert QApplication.focusWidget() is form.print_receipt
    key(qtbot, Qt.Key.Key_Space)  # no printer at this desk today
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.accept_button
    key(qtbot, Qt.Key.Key_Return)
    (row,) = list_cases(desk.store, desk.actor, CaseFilter(view="all"), 0, 10)
    assert row.contact_name == "单田芳" and row.priority == "urgent"
    assert row.description == "Lamp at building 5 is out，老人晚上出门不方便"
    assert row.number in form.message.text() and row.number in page.message.text()
    assert form.who.text() == "" and form.resident_id is None  # ready for the next one
    assert printing.list_jobs(desk.store, desk.actor) == []


def test_enter_in_a_field_moves_on_and_ctrl_enter_accepts_an_anonymous_request(qtbot, page, desk):
    form = page.intake
    form.print_receipt.setChecked(False)
    form.who.setFocus()
    qtbot.waitUntil(form.who.hasFocus)
    qtbot.keyClicks(form.who, "zzzz")  # nobody: an anonymous request
    key(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is form.contact_name
    qtbot.keyClicks(form.contact_name, "Mr Li")
    key(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is form.phone
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # too early
    assert form.message.text() == "Choose a category."
    assert QApplication.focusWidget() is form.category  # where the problem is
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.description, "Noise at night")
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "phone number" in form.message.text()
    assert QApplication.focusWidget() is form.phone
    qtbot.keyClicks(form.phone, "13700001234")
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert count_cases(desk.store, desk.actor, CaseFilter(view="all")) == 1
    assert "accepted" in page.message.text().lower()


def test_the_queue_shows_overdue_first_and_searches(qtbot, page, desk, make_case):
    old = make_case(day=clock.today() - timedelta(days=30), description="楼道堆物")
    make_case(day=clock.today(), description="路灯不亮")
    page.queue.refresh()
    model = page.queue.model
    assert model.rowCount() == 1  # due today and overdue
    assert model.data(model.index(0, page.queue.NUMBER)) == old.number
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert page.due == 1
    qtbot.keyClicks(page.queue.search, "stf")
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    page.queue.search.clear()
    page.queue.search.insert("不亮")
    qtbot.waitUntil(lambda: model.rowCount() == 1)


def test_a_case_moves_along_from_its_window(qtbot, page, desk, make_case, unit):
    case = make_case()
    dialog = page.case_dialog(case.id)
    qtbot.addWidget(dialog)
    assert Action.DISPATCH in dialog.buttons and Action.CALLBACK not in dialog.buttons
    step = StepDialog(desk, dialog.case, Action.HOLD, dialog)
    qtbot.addWidget(step)
    step._submit()  # the OK button: no reason yet
    assert "on hold" in step.message.text()
    step.reason.insert("等居民补材料")
    step._submit()
    assert step.result_case is not None and step.result_case.status is Status.ON_HOLD
    dialog.show_case(step.result_case)
    assert "Paused: 3 working day(s) left" in dialog.facts.text()
    qtbot.mouseClick(dialog.buttons[Action.RESUME], Qt.MouseButton.LeftButton)
    assert dialog.case.status is Status.ACCEPTED
    texts = [dialog.timeline.item(i).text() for i in range(dialog.timeline.count())]
    assert len(texts) == 3 and "Reason: 等居民补材料" in texts[1]


def test_a_case_put_on_hold_past_its_deadline_says_how_far_past(qtbot, page, desk, make_case):
    """Once main showed the raw "Paused: %n working day(s) left" here (Qt leaves %n alone for a
    negative count), in English in the Chinese window too."""
    case = make_case(day=clock.today() - timedelta(days=30))
    move_case(desk.store, desk.actor, case.id, StepRequest(Action.HOLD, reason="等居民补材料"))
    dialog = page.case_dialog(case.id)
    qtbot.addWidget(dialog)
    facts = dialog.facts.text()
    assert "%n" not in facts
    assert re.search(r"Paused: overdue by \d+ working day", facts), facts
    page.queue.view.setCurrentIndex(page.queue.view.findData("on_hold"))
    model = page.queue.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    shown = model.data(model.index(0, page.queue.DEADLINE))
    assert re.fullmatch(r"paused, \d+ overdue", shown), shown


def test_scanning_a_ticket_opens_the_case(qtbot, store, admin, tmp_path, make_case, monkeypatch):
    case = make_case()
    window = MainWindow(Desk(store, admin, Location(tmp_path, store.url)), lambda: None)
    qtbot.addWidget(window)
    window.show()
    opened = []
    page = window.pages["requests"]
    monkeypatch.setattr(page, "open_case", opened.append)
    qtbot.keyClicks(window.scan_box, make_payload(store.qr_secret(), "T", case.number))
    qtbot.keyClick(window.scan_box, Qt.Key.Key_Return)
    assert opened == [case.id]
    assert window.stack.currentWidget() is page
    assert "(1)" not in window.nav.item(2).text()  # nothing due today yet
    assert window.nav.item(2).text().startswith("Requests")


def test_the_receipt_reads_back_with_its_ticket_checklist_and_qr(tmp_path, desk, make_case):
    case = make_case()
    from gridesk.core.printing import document_station
    from gridesk.documents.requests import ticket_receipt

    receipt = ticket_receipt(
        document_station(desk.store), ticket_facts(case), desk.store.qr_secret()
    )
    for kind in ("roll80", "a5"):
        pdf = write_pdf(tmp_path, f"ticket-{kind}", render_receipt(receipt, kind))
        text = pdf_text(pdf)
        for expected in (
            case.number,
            "路灯损坏",
            "现场照片",
            case.deadline.isoformat(),
            "城管执法中队",
            "139****5678",
        ):
            assert expected in text, (kind, expected)
        (qr,) = decode_qr_codes(pdf)
        payload = verify_payload(desk.store.qr_secret(), qr.text)
        assert (payload.kind, payload.ident) == ("T", case.number)


def test_reprinting_a_receipt_keeps_it_in_the_history(qtbot, page, desk, make_case, tmp_path):
    case = make_case()
    dialog = page.case_dialog(case.id)
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "a5.pdf"))
    result = dialog.print_receipt("a5", printer)
    assert result.job is not None and result.job.status == "printed"
    (qr,) = decode_qr_codes(tmp_path / "a5.pdf")  # printed as pictures: the code still reads
    assert verify_payload(desk.store.qr_secret(), qr.text).ident == case.number
    kept = printing.job_pdf(desk.store, desk.actor, result.job.id)
    assert case.number in pdf_text(write_pdf(tmp_path, "kept", kept))


def test_the_wish_wall(qtbot, page, desk, resident, tmp_path):
    wall = page.wishes
    wall.wisher.insert("王奶奶")
    wall.what.insert("想要一双保暖的冬鞋")
    qtbot.keyClick(wall.what, Qt.Key.Key_Return)
    assert wall.wall.count() == 1 and "Published" in wall.message.text()
    wall.wall.setCurrentRow(0)
    wall.claimer.insert("张志强")
    qtbot.keyClick(wall.claimer, Qt.Key.Key_Return)
    wall.wall.setCurrentRow(0)
    wall.note.insert("已送到家中")
    qtbot.keyClick(wall.note, Qt.Key.Key_Return)
    assert wall.counts.text() == "0 open, 0 claimed, 1 fulfilled"
    pdf = write_pdf(tmp_path, "wall", wall.poster_pdf())
    assert "想要一双保暖的冬鞋" in pdf_text(pdf)
    (qr,) = decode_qr_codes(pdf)
    number = verify_payload(desk.store.qr_secret(), qr.text).ident
    assert page.open_ticket(number) and page.tabs.currentWidget() is wall


def test_an_open_wish_is_published_for_volunteers_to_claim(qtbot, page, desk):
    from gridesk.core.volunteers.hours import list_tasks

    wall = page.wishes
    wall.wisher.insert("李爷爷")
    wall.what.insert("想请人帮忙修收音机")
    qtbot.keyClick(wall.what, Qt.Key.Key_Return)
    wall.wall.setCurrentRow(0)
    qtbot.mouseClick(wall.task_button, Qt.MouseButton.LeftButton)
    assert "Published" in wall.message.text()
    (task,) = list_tasks(desk.store, desk.actor)
    assert task.source == "wish" and "想请人帮忙修收音机" in task.title
    qtbot.mouseClick(wall.task_button, Qt.MouseButton.LeftButton)  # twice: refused, said so
    assert "already published" in wall.message.text()
    assert len(list_tasks(desk.store, desk.actor)) == 1


def test_weekly_review_saves_and_prints(qtbot, page, desk, make_case, tmp_path):
    from openpyxl import load_workbook

    monday = date(2026, 11, 23)
    overdue = make_case(day=monday - timedelta(days=1))  # Sunday: the week before
    fresh = make_case(day=monday)
    closed = take_request(
        desk.store,
        desk.actor,
        IntakeInput(fresh.category_id, "噪音", phone="13700001234"),
        day=monday,
    )
    move_case(desk.store, desk.actor, closed.id, StepRequest(Action.RESOLVE), day=monday)
    move_case(
        desk.store,
        desk.actor,
        closed.id,
        StepRequest(Action.CALLBACK, rating=4, fixed=True),
        day=monday,
    )
    from PySide6.QtCore import QDate

    page.review.week.setDate(QDate(2026, 11, 23))
    page.refresh()  # as when the page is shown again
    assert page.review.table.rowCount() == 2
    assert "1 rated, average 4.0, satisfied 100%" in page.review.summary.text()
    saved = page.review.save_as(tmp_path / "review.xlsx")
    book = load_workbook(saved)
    assert book["工单"].max_row == 3
    assert "民情周会审" in pdf_text(write_pdf(tmp_path, "review", page.review.review_pdf()))
    page.review.week.setDate(QDate(2026, 11, 16))
    assert page.review.table.item(0, 0).text() == overdue.number
    shown = []

    def read_and_close() -> bool:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return False
        shown.append(dialog.windowTitle())
        dialog.reject()
        return True

    poll_until(read_and_close, tries=200)
    page.review.table.itemActivated.emit(page.review.table.item(0, 3))  # Enter on a row
    assert shown == [f"Request {overdue.number}"]


def test_scanning_the_residents_card_into_intake_picks_them(qtbot, page, desk, resident):
    form = page.intake
    form.who.setFocus()
    qtbot.keyClicks(form.who, make_payload(desk.store.qr_secret(), "R", str(resident.id)))
    qtbot.keyClick(form.who, Qt.Key.Key_Return)
    assert form.resident_id == resident.id and form.phone.text() == "13912345678"
    assert QApplication.focusWidget() is form.category
    key(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # Alt+H: the channel
    assert QApplication.focusWidget() is form.channel
    form.who.clear()
    qtbot.keyClicks(form.who, make_payload(b"another installation", "R", str(resident.id)))
    qtbot.keyClick(form.who, Qt.Key.Key_Return)
    assert "signature does not match" in form.message.text()


def test_a_steps_photos_open_from_the_timeline(qtbot, page, desk, make_case):
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (900, 500), (30, 120, 200)).save(out, "PNG")
    from gridesk.core.requests.cases import Photo

    case = make_case(photos=(Photo("lamp.png", out.getvalue()),))
    dialog = page.case_dialog(case.id)
    qtbot.addWidget(dialog)
    assert not dialog.timeline.item(0).icon().isNull()  # the thumbnail
    photos = dialog.photos_dialog(0)
    qtbot.addWidget(photos)
    (label,) = photos.findChildren(QLabel)
    assert label.pixmap().width() == 600  # kept at most 600 px on the long side


def test_what_each_role_sees(qtbot, store, admin, tmp_path, make_case):
    from gridesk.core import auth
    from gridesk.core.actor import Role
    from gridesk.errors import PermissionDenied

    case = make_case()
    auth.create_user(store, admin, "qiantai", "前台", Role.FRONT_DESK, "desk1234")
    auth.create_user(store, admin, "shouyin", "收银员", Role.CASHIER, "cash1234")
    desk_actor = auth.sign_in(store, "qiantai", "desk1234")
    front = RequestsPage(Desk(store, desk_actor, Location(tmp_path, store.url)))
    qtbot.addWidget(front)
    tabs = [front.tabs.tabText(i) for i in range(front.tabs.count())]
    assert tabs == ["Intake", "Cases", "Wish wall", "Weekly review"]  # no catalogue
    cashier = auth.sign_in(store, "shouyin", "cash1234")
    window = MainWindow(Desk(store, cashier, Location(tmp_path, store.url)), lambda: None)
    qtbot.addWidget(window)
    assert "requests" not in window.page_keys()
    with pytest.raises(PermissionDenied):
        move_case(store, cashier, case.id, StepRequest(Action.START))


def test_dispatch_preselects_the_categorys_handler(qtbot, page, desk, make_case, unit):
    from gridesk.core.requests import catalogue

    # a unit that sorts first: the dialog used to offer the list's first, 供暖公司客服
    catalogue.save_unit(desk.store, desk.actor, None, kind="department", name="供暖公司客服")
    case = make_case()
    dialog = page.case_dialog(case.id)
    qtbot.addWidget(dialog)
    step = StepDialog(desk, dialog.case, Action.DISPATCH, dialog)
    qtbot.addWidget(step)
    assert step.handler.count() == 2
    assert step.handler_kind.currentData() == "department"
    assert step.handler.currentData() == unit.id
    assert step.handler.currentText().startswith("城管执法中队")
    qtbot.keyClick(step.note, Qt.Key.Key_Tab)  # nothing to choose: Enter dispatches
    step._submit()
    assert step.result_case is not None and step.result_case.handler_name == "城管执法中队"


def test_at_1366_by_768_the_accept_row_and_a_refusal_are_in_view(qtbot, qapp, desk, make_case):
    from gridesk.ui.fonts import install_fonts
    from gridesk.ui.style import STYLE_SHEET

    install_fonts(qapp)
    qapp.setStyleSheet(STYLE_SHEET)  # the desk's type sizes decide the heights
    try:
        window = MainWindow(desk, lambda: None)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        page = window.show_page("requests")
        page.start_intake()
        form = page.intake
        form.print_receipt.setChecked(False)
        viewport = page.intake_tab.viewport()

        def in_view(widget) -> bool:
            top_left = widget.mapTo(viewport, widget.rect().topLeft())
            bottom_right = widget.mapTo(viewport, widget.rect().bottomRight())
            return viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right)

        assert in_view(form.accept_button)  # 受理 without scrolling
        page.message.setText("Ticket BM-1 accepted for 张三.")  # the last one's success
        qtbot.waitUntil(form.who.hasFocus)
        qtbot.keyClicks(form.who, "zzzz")
        key(qtbot, Qt.Key.Key_Return)
        qtbot.keyClicks(form.contact_name, "Mr Li")
        form.description.setFocus()
        qtbot.keyClicks(form.description, "lamp out")
        key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # no category
        assert "category" in form.message.text().lower()
        assert in_view(form.message) and form.message.isVisible()
        assert page.message.text() == ""  # the earlier success no longer stands
        assert QApplication.focusWidget() is form.category
    finally:
        qapp.setStyleSheet("")


def test_the_history_and_the_receipt_name_the_staff_member(qtbot, store, admin, tmp_path,
                                                           category, resident):  # fmt: skip
    from gridesk.core import auth
    from gridesk.core.actor import Role
    from gridesk.core.printing import document_station
    from gridesk.documents.requests import ticket_receipt

    auth.create_user(store, admin, "qiantai", "周晓梅", Role.FRONT_DESK, "desk1234")
    front = auth.sign_in(store, "qiantai", "desk1234")
    data = IntakeInput(category_id=category.id, description="路灯不亮", resident_id=resident.id)
    case = take_request(store, front, data, day=clock.today())
    page = RequestsPage(Desk(store, front, Location(tmp_path, store.url)))
    qtbot.addWidget(page)
    dialog = page.case_dialog(case.id)
    qtbot.addWidget(dialog)
    texts = [dialog.timeline.item(i).text() for i in range(dialog.timeline.count())]
    assert "周晓梅" in texts[0] and "qiantai" not in " ".join(texts)  # a name, not a login
    receipt = ticket_receipt(document_station(store), ticket_facts(case), store.qr_secret())
    text = pdf_text(write_pdf(tmp_path, "ticket", render_receipt(receipt, "roll80")))
    assert "首问负责人" in text and "周晓梅" in text


def test_my_cases_lists_what_i_took_in_and_the_view_reads_whole(qtbot, store, admin, tmp_path,
                                                                category, resident):  # fmt: skip
    from gridesk.core import auth
    from gridesk.core.actor import Role

    auth.create_user(store, admin, "qiantai", "周晓梅", Role.FRONT_DESK, "desk1234")
    front = auth.sign_in(store, "qiantai", "desk1234")
    mine = take_request(
        store,
        front,
        IntakeInput(category.id, "路灯不亮", resident_id=resident.id),
        day=clock.today(),
    )
    take_request(
        store,
        admin,
        IntakeInput(category.id, "楼道堆物", resident_id=resident.id),
        day=clock.today(),
    )
    page = RequestsPage(Desk(store, front, Location(tmp_path, store.url)))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    queue = page.queue
    queue.view.setFocus()
    for _ in range(queue.view.count()):  # by keys, as the desk chooses a view
        if queue.view.currentData() == "mine":
            break
        qtbot.keyClick(queue.view, Qt.Key.Key_Down)
    assert queue.model.rowCount() == 1
    assert queue.model.data(queue.model.index(0, queue.NUMBER)) == mine.number
    # every view's words fit the drop-down as it stands, with nothing cut to "…"
    metrics = queue.view.fontMetrics()
    for i in range(queue.view.count()):
        assert metrics.horizontalAdvance(queue.view.itemText(i)) < queue.view.width() - 24


def test_the_category_is_found_by_its_pinyin(qtbot, page, desk, category, unit):
    """Letters typed on the category list spell it in pinyin, initials or full; Backspace
    corrects; Enter moves on."""
    from gridesk.core.requests import catalogue

    others = [
        catalogue.save_category(
            desk.store,
            desk.actor,
            None,
            name=name,
            group_name=group,
            handler_kind="department",
            handler_id=unit.id,
            deadline_days=5,
        )
        for name, group in [
            ("噪音扰民", "邻里纠纷"),
            ("楼道堆物", "环境卫生"),
            ("路面破损", "市政设施"),
        ]
    ]
    form = page.intake
    form.load_categories()
    form.category.setFocus()
    qtbot.waitUntil(form.category.hasFocus)
    qtbot.keyClicks(form.category, "ldsh")
    assert form.category.currentData() == category.id  # 路灯损坏
    assert "ldsh" in form.message.text()
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Backspace)
    qtbot.keyClicks(form.category, "dd")  # ldd: 楼道堆物
    assert form.category.currentData() == others[1].id
    key(qtbot, Qt.Key.Key_Tab)
    form.category.setFocus()
    qtbot.keyClicks(form.category, "zaoyin")  # a new search once the list was left
    assert form.category.currentData() == others[0].id
    key(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is form.description


def test_keys_counted_for_a_walk_in_request(qtbot, page, desk, category):
    """README, keys: the resident by initials, the category by pinyin, the description (its own
    words, not counted here), Ctrl+Enter; no mouse."""
    from key_count import Person

    form = page.intake
    form.print_receipt.setChecked(False)  # the receipt's printing has tests of its own
    form.who.setFocus()
    qtbot.waitUntil(form.who.hasFocus)
    person = Person(qtbot)
    person.type(form.who, "stf")  # 单田芳
    qtbot.waitUntil(lambda: form.matches.count() == 1)
    person.key(form.who, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is form.category
    person.type(form.category, "ldsh")  # 路灯损坏
    person.key(form.category, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is form.description
    form.description.insertPlainText("5号楼门口路灯不亮")  # what the resident says
    person.key(form.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (row,) = list_cases(desk.store, desk.actor, CaseFilter(view="all"), 0, 10)
    assert row.contact_name == "单田芳" and category.name in row.category
    assert person.counted == (0, 10)
