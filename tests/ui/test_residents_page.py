"""The residents window used as a person would: type, see rows, fill the form, read messages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from qt_modal import poll_until

from gridesk.config import Location
from gridesk.core.residents import catalogue
from gridesk.core.residents.records import (
    ResidentFilter,
    ResidentInput,
    count_residents,
    create_resident,
)
from gridesk.core.residents.validation import id_check_char
from gridesk.ui.desk import Desk
from gridesk.ui.residents.dialog import ResidentDialog
from gridesk.ui.residents.file_dialog import ResidentFileDialog
from gridesk.ui.residents.page import ResidentsPage


@pytest.fixture
def desk(store, admin, tmp_path):
    return Desk(store, admin, Location(tmp_path, store.url))


@pytest.fixture
def page(qtbot, desk):
    grid = catalogue.save_grid(
        desk.store,
        desk.actor,
        None,
        name="第二网格",
        worker_name="周敏",
        worker_phone="13800001111",
    )
    for name, phone, room in [
        ("单田芳", "13912345678", "301"),
        ("曾小贤", "13812345678", "302"),
        ("王秀英", "13700001234", "303"),
    ]:
        create_resident(
            desk.store,
            desk.actor,
            ResidentInput(
                name=name,
                phone=phone,
                estate="锦绣家园",
                building="5",
                unit="1",
                room=room,
                grid_id=grid.id,
            ),
        )
    widget = ResidentsPage(desk)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def shown_names(page):
    model = page.model
    return [model.data(model.index(r, page.NAME)) for r in range(model.rowCount())]


def test_typing_initials_shows_the_resident(qtbot, page):
    assert len(shown_names(page)) == 3
    qtbot.keyClicks(page.search, "stf")
    qtbot.waitUntil(lambda: shown_names(page) == ["单田芳"])
    page.search.clear()
    qtbot.keyClicks(page.search, "1234")  # last four digits of a phone
    qtbot.waitUntil(lambda: shown_names(page) == ["王秀英"])
    assert "1" in page.count_label.text()


def test_filter_by_grid(qtbot, page):
    page.grid_filter.setCurrentIndex(page.grid_filter.findText("第二网格"))
    assert len(shown_names(page)) == 3


def test_wrong_id_number_shows_the_message(qtbot, desk):
    dialog = ResidentDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.nameEdit.insert("李建国")  # what an input method commits; QTest types ASCII only
    body = "37080219600101001"
    wrong = body + ("0" if id_check_char(body) != "0" else "1")
    qtbot.keyClicks(dialog.ui.idEdit, wrong)
    qtbot.mouseClick(
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert id_check_char(body) in dialog.ui.messageLabel.text()
    assert dialog.focusWidget() is dialog.ui.idEdit
    assert count_residents(desk.store, desk.actor, ResidentFilter()) == 0
    # correct it and save
    dialog.ui.idEdit.clear()
    qtbot.keyClicks(dialog.ui.idEdit, body + id_check_char(body))
    qtbot.keyClicks(dialog.ui.phoneEdit, "13955556666")
    qtbot.mouseClick(
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.saved is not None and dialog.saved.gender == "M"
    assert count_residents(desk.store, desk.actor, ResidentFilter(text="ljg")) == 1


def test_notes_longer_than_a_spreadsheet_cell_are_refused_in_the_window(qtbot, desk, tmp_path):
    """A 备注 pasted into the window longer than an Excel cell holds is refused, with the notes
    box chosen (old: saved, then no export of the residents could be imported back)."""
    from gridesk.core.residents.records import NOTES_LIMIT
    from gridesk.exchange.residents_io import export_residents

    dialog = ResidentDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.nameEdit.insert("王秀英")
    dialog.ui.notesEdit.setPlainText("独居，" * (NOTES_LIMIT // 3 + 1))
    save = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and str(NOTES_LIMIT) in dialog.ui.messageLabel.text()
    assert dialog.focusWidget() is dialog.ui.notesEdit
    assert count_residents(desk.store, desk.actor, ResidentFilter()) == 0
    dialog.ui.notesEdit.setPlainText("独居，" * (NOTES_LIMIT // 3))  # 32,766: fits
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    assert export_residents(desk.store, desk.actor, ResidentFilter(), tmp_path / "r.xlsx") == 1


def test_keyboard_only_new_resident(qtbot, desk):
    dialog = ResidentDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.nameEdit.insert("赵铁柱")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # past gender
    qtbot.keyClicks(dialog.focusWidget(), "1958-07-01")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), "13811112222")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.saved is not None
    assert dialog.saved.phone == "13811112222"


def test_zw_then_enter_opens_zhang_wei_not_dong_lixin(qtbot, desk):
    for name in ["董立新", "张立军", "李张伟", "张伟"]:
        create_resident(desk.store, desk.actor, ResidentInput(name=name))
    widget = ResidentsPage(desk)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    opened: list[str] = []

    def answer() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ResidentFileDialog):
            return False
        opened.append(dialog.record.detail.name)
        dialog.reject()
        return True

    widget.search.setFocus()
    qtbot.keyClicks(widget.search, "zw")
    qtbot.waitUntil(lambda: shown_names(widget) == ["张伟", "李张伟"])
    poll_until(answer, tries=3000)
    qtbot.keyClick(widget.search, Qt.Key.Key_Return)  # opens the first row
    assert opened == ["张伟"]
    widget.search.clear()
    qtbot.keyClicks(widget.search, "zhangwei")
    qtbot.waitUntil(lambda: shown_names(widget) == ["张伟", "李张伟"])


def test_a_typed_id_number_fills_birth_date_and_gender(qtbot, desk):
    dialog = ResidentDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.nameEdit.insert("李秀兰")
    body = "11010519491231002"  # born 1949-12-31, female (even 17th digit)
    qtbot.keyClicks(dialog.ui.idEdit, body)
    assert dialog.ui.birthEdit.text() == ""  # not yet a whole number
    qtbot.keyClicks(dialog.ui.idEdit, id_check_char(body))
    assert dialog.ui.birthEdit.text() == "1949-12-31"
    assert dialog.ui.genderCombo.currentData() == "F"
    qtbot.keyClick(dialog.ui.idEdit, Qt.Key.Key_Return)
    assert dialog.saved is not None and dialog.saved.birth_date.isoformat() == "1949-12-31"
