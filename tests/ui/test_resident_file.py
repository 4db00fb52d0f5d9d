"""居民档案: the whole resident in one panel, read from every window, as each role may see it;
opened from the residents list by keys, and one key there starts a request or a loan."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QTableWidget
from qt_modal import poll_until

from gridesk import clock
from gridesk.config import Location
from gridesk.core.actor import Actor, Role
from gridesk.core.auth import create_user, sign_in
from gridesk.core.care.visits import VisitInput, record_visit
from gridesk.core.requests import catalogue as requests_catalogue
from gridesk.core.requests.cases import IntakeInput, take_request
from gridesk.core.resident_file import resident_file
from gridesk.core.residents.catalogue import list_tags
from gridesk.core.residents.records import ResidentInput, create_resident, update_resident
from gridesk.core.residents.validation import id_check_char
from gridesk.core.treasure.lending import ItemInput, lend, save_item
from gridesk.ui.desk import Desk
from gridesk.ui.residents.file_dialog import ResidentFileDialog
from gridesk.ui.residents.page import ResidentsPage

FIRST17 = "11010519491231002"
ID_NUMBER = FIRST17 + id_check_char(FIRST17)


@pytest.fixture
def people(store, admin) -> dict[str, uuid.UUID]:
    tags = {t.name: t.id for t in list_tags(store, admin)}
    wang = create_resident(
        store,
        admin,
        ResidentInput(
            name="王秀英",
            phone="13700001234",
            id_number=ID_NUMBER,
            estate="锦绣家园",
            building="5",
            unit="1",
            room="301",
            tag_ids=frozenset({tags["独居老人"]}),
        ),
    )
    # a change of phone: the history names who made it
    update_resident(
        store,
        admin,
        wang.id,
        ResidentInput(
            name="王秀英",
            phone="13700009999",
            id_number=ID_NUMBER,
            estate="锦绣家园",
            building="5",
            unit="1",
            room="301",
            tag_ids=frozenset({tags["独居老人"]}),
        ),
    )
    unit = requests_catalogue.save_unit(
        store, admin, None, kind="department", name="城管执法中队", contact_name="李队"
    )
    category = requests_catalogue.save_category(
        store,
        admin,
        None,
        name="路灯损坏",
        group_name="市政设施",
        handler_kind="department",
        handler_id=unit.id,
        deadline_days=3,
    )
    take_request(
        store,
        admin,
        IntakeInput(category.id, "5号楼门口路灯不亮", resident_id=wang.id),
        day=clock.today() - timedelta(days=20),
    )
    item = save_item(store, admin, None, ItemInput(name="轮椅"))
    ten_days_ago = clock.utcnow() - timedelta(days=10)
    lend(store, admin, item.id, wang.id, due_on=clock.today() - timedelta(days=5), now=ten_days_ago)
    record_visit(
        store,
        admin,
        wang.id,
        VisitInput(day=clock.today(), kind="visit", visitors="张伟", findings="身体还好"),
    )
    other = create_resident(store, admin, ResidentInput(name="李建国"))
    return {"wang": wang.id, "other": other.id}


def _user(store, admin: Actor, login: str, role: Role) -> Actor:
    create_user(store, admin, login, login, role, "pass-1234")
    return sign_in(store, login, "pass-1234")


def test_the_file_gathers_every_window_as_the_role_may_see_it(store, admin, people):
    desk = _user(store, admin, "qiantai", Role.FRONT_DESK)
    seen = resident_file(store, desk, people["wang"])
    assert seen.detail.id_number != ID_NUMBER and seen.detail.birth_date is None
    assert seen.detail.birth_year == 1949
    assert seen.care_tags == ("独居老人",)
    sections = {s.key: s for s in seen.sections}
    assert list(sections) == ["care", "points", "requests", "loans", "bookings", "history"]
    (case,) = sections["requests"].lines
    assert case.what == "路灯损坏" and case.status is not None and case.late  # due long ago
    (loan,) = sections["loans"].lines
    assert loan.what == "轮椅" and loan.late
    care = sections["care"]
    assert [line.what for line in care.lines] == ["张伟 身体还好"]
    history = sections["history"].lines
    assert [h.status.text for h in history if h.status] == ["Changed", "Tag added", "Registered"]
    assert [w.text for w in history[0].words] == ["phone"]
    assert history[0].what == "admin" and history[1].what == "独居老人 · admin"
    # the cashier reads the points and nothing of requests, loans, care or the history
    cashier = _user(store, admin, "shouyin", Role.CASHIER)
    cashier_sees = [s.key for s in resident_file(store, cashier, people["wang"]).sections]
    assert cashier_sees == ["points"]
    # nothing of one resident shows in another's file
    other = {s.key: s for s in resident_file(store, admin, people["other"]).sections}
    assert not other["requests"].lines and not other["loans"].lines and "care" not in other


def test_enter_on_a_resident_opens_the_file_and_f2_starts_a_request(qtbot, store, admin, people):
    desk = Desk(store, admin, Location(store.data_dir, store.url))
    page = ResidentsPage(desk)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    seen: list[tuple[str, str]] = []

    def look_and_press_f2() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ResidentFileDialog):
            return False
        if not dialog.isActiveWindow():
            dialog.activateWindow()
            return False
        tables = {t.objectName(): t for t in dialog.findChildren(QTableWidget)}
        requests = tables["fileTable_requests"]
        seen.append(("name", dialog.record.detail.name))
        seen.append(("case", requests.item(0, 2).text()))
        seen.append(("loan", tables["fileTable_loans"].item(0, 2).text()))
        qtbot.keyClick(dialog, Qt.Key.Key_F2)
        if dialog.isVisible():  # the key did nothing: end, and let the test fail
            dialog.reject()
        return True

    page.search.setFocus()
    qtbot.keyClicks(page.search, "wxy")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    poll_until(look_and_press_f2, tries=3000)
    with qtbot.waitSignal(page.start_for_resident) as started:
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert seen == [("name", "王秀英"), ("case", "路灯损坏"), ("loan", "轮椅")]
    assert started.args == ["requests", people["wang"]]


def test_a_scanned_card_opens_the_file_and_f3_lends_to_that_resident(qtbot, store, admin, people):
    from gridesk.documents.qr import make_payload
    from gridesk.ui.main_window import MainWindow

    window = MainWindow(Desk(store, admin, Location(store.data_dir, store.url)), lambda: None)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    buttons: list[str] = []

    def press_f3() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ResidentFileDialog):
            return False
        if not dialog.isActiveWindow():
            dialog.activateWindow()
            return False
        buttons.extend(b.text() for b in dialog.buttons.values())
        qtbot.keyClick(dialog, Qt.Key.Key_F3)
        if dialog.isVisible():
            dialog.reject()
        return True

    poll_until(press_f3, tries=3000)
    qtbot.keyClicks(window.scan_box, make_payload(store.qr_secret(), "R", str(people["other"])))
    qtbot.keyClick(window.scan_box, Qt.Key.Key_Return)
    assert buttons == ["New request (F2)", "Lend (F3)", "Redeem (F4)", "Print card (F8)"]
    treasure = window.pages["treasure"]
    assert window.stack.currentWidget() is treasure
    assert treasure.tabs.currentWidget() is treasure.loan_desk
    assert treasure.loan_desk.resident_name.text() == "李建国"


def test_on_a_narrow_screen_the_sections_stand_in_one_column(qtbot, store, admin, people):
    desk = Desk(store, admin, Location(store.data_dir, store.url))
    panel = ResidentFileDialog(desk, people["wang"])
    qtbot.addWidget(panel)
    panel.resize(1366, 768)
    panel.show()
    qtbot.waitUntil(lambda: panel.columns == 2)
    panel.resize(853, 480)  # 1280×720 at 150 %
    qtbot.waitUntil(lambda: panel.columns == 1)
    places = {panel.grid.getItemPosition(panel.grid.indexOf(b))[1] for b in panel.boxes.values()}
    assert places == {0}


def test_the_points_lines_say_the_kind_of_entry_in_the_interface_language(
    qtbot, qapp, store, admin, people
):
    from gridesk.core.models import new_id
    from gridesk.core.points import earning
    from gridesk.ui import i18n

    rule = earning.save_rule(store, admin, "参加社区活动", 30)
    earning.award(store, admin, rule.id, [people["wang"]], new_id())
    for language, kind in (("en", "Earned"), ("zh_CN", "获得")):
        i18n.install_language(qapp, language)
        try:
            panel = ResidentFileDialog(
                Desk(store, admin, Location(store.data_dir, store.url)), people["wang"]
            )
            qtbot.addWidget(panel)
            panel.show()
            table = {t.objectName(): t for t in panel.findChildren(QTableWidget)}[
                "fileTable_points"
            ]
            row = [table.item(0, c).text() for c in range(table.columnCount())]
            assert not table.isColumnHidden(3)
            assert (row[2], row[3], row[4]) == ("参加社区活动", kind, "+30")
            panel.reject()
        finally:
            for translator in i18n._installed:
                qapp.removeTranslator(translator)
            i18n._installed.clear()


def test_f8_in_the_file_shows_the_residents_card_to_print_or_save(
    qtbot, store, admin, people, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from gridesk.documents.qr import make_payload
    from gridesk.ui.main_window import MainWindow
    from gridesk.ui.printing import PrintPreviewDialog

    target = tmp_path / "card.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF"))
    )
    window = MainWindow(Desk(store, admin, Location(store.data_dir, store.url)), lambda: None)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    seen: list[str] = []

    def step() -> bool:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ResidentFileDialog):
            if not dialog.isActiveWindow():
                dialog.activateWindow()
                return False
            if not seen:
                seen.append("file")
                qtbot.keyClick(dialog, Qt.Key.Key_F8)
            return False
        if isinstance(dialog, PrintPreviewDialog):
            if not dialog.isActiveWindow():  # its shortcuts work in the active window
                dialog.activateWindow()
                return False
            seen.append(f"preview of {dialog.preview.page_count()}")
            qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
            return True
        return False

    poll_until(step, tries=3000)
    qtbot.keyClicks(window.scan_box, make_payload(store.qr_secret(), "R", str(people["wang"])))
    qtbot.keyClick(window.scan_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen == ["file", "preview of 2"]  # the card's front and its back
    assert window.stack.currentWidget() is window.pages["cards"]
    import subprocess

    args = ["pdftotext", "-enc", "UTF-8", str(target), "-"]
    assert "王秀英" in subprocess.run(args, check=True, capture_output=True, text=True).stdout


def test_the_keys_are_the_same_whatever_the_registrys_order(
    qtbot, store, admin, people, monkeypatch
):
    """F2 a request, F3 a loan, F4 a redemption, F5 edit, F8 the card: the windows name their
    keys, so a window added or moved in the registry changes none of them."""
    from gridesk import windows
    from gridesk.ui.residents import file_dialog

    starts = [w for w in windows.WINDOWS if w.start]
    keys = [w.start_key for w in starts]
    assert len(set(keys)) == len(keys) and all(keys)
    assert "F5" not in keys  # the panel's Edit
    desk = Desk(store, admin, Location(store.data_dir, store.url))
    seen: dict[str, list[str]] = {}
    pressed: dict[str, str] = {}
    for order, registry in (("as listed", windows.WINDOWS), ("reversed", windows.WINDOWS[::-1])):
        monkeypatch.setattr(file_dialog, "WINDOWS", registry)
        panel = ResidentFileDialog(desk, people["wang"])
        qtbot.addWidget(panel)
        panel.show()
        panel.activateWindow()
        qtbot.waitUntil(panel.isActiveWindow)
        row = panel.edit_button.parentWidget().findChildren(QPushButton)
        bar = sorted(
            (b for b in row if b.property("fkey") is not None), key=lambda b: b.x()
        )  # left to right, as the desk reads them
        seen[order] = [b.text() for b in bar]
        assert all("王秀英" in b.toolTip() for b in bar)
        qtbot.keyClick(panel, Qt.Key.Key_F4)
        pressed[order] = panel.next_step
        assert not panel.isVisible()
    assert (
        seen["as listed"]
        == seen["reversed"]
        == [
            "New request (F2)",
            "Lend (F3)",
            "Redeem (F4)",
            "Edit (F5)",
            "Print card (F8)",
        ]
    )
    assert pressed == {"as listed": "points", "reversed": "points"}
