"""Importing and exporting residents in the window, as the person at the desk would.

Real SQLite, the real worker thread; the tests wait for what the screen shows, never sleep.
"""

from __future__ import annotations

import gc
import weakref
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from qt_modal import poll_until

from gridesk.config import Location
from gridesk.core.residents.imports import ImportResult
from gridesk.core.residents.records import (
    ResidentFilter,
    ResidentInput,
    count_residents,
    create_resident,
)
from gridesk.core.residents.validation import id_check_char
from gridesk.exchange.residents_io import read_table
from gridesk.ui.desk import Desk
from gridesk.ui.residents.import_dialog import (
    ImportDialog,
    ImportErrorModel,
    export_residents_interactively,
)
from gridesk.ui.residents.page import ResidentsPage

LEFT = Qt.MouseButton.LeftButton
HEADINGS = "姓名,性别,出生日期,手机号,身份证号,小区,楼栋,单元,房号,网格,标签,备注"

# The offscreen platform says this for every shown window that has a layout; it means nothing.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def id_number(birth: str, sequence: str) -> str:
    """A valid ID number; an odd last digit of ``sequence`` means a man."""
    body = f"370102{birth}{sequence}"
    return body + id_check_char(body)


def wrong_check_digit(number: str) -> str:
    return number[:17] + ("0" if number[17] != "0" else "1")


ZHANG = f"张伟,男,1960-01-01,13912345678,{id_number('19600101', '011')},锦绣家园,5,1,301,,独居老人,"
LI = f"李娜,女,1975-05-20,13812345679,{id_number('19750520', '022')},锦绣家园,5,1,302,,,"
WANG = f"王芳,女,1980-08-08,13700001234,{id_number('19800808', '042')},锦绣家园,5,2,101,,,常来"


def write_csv(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return path


@pytest.fixture
def desk(store, admin, tmp_path):
    return Desk(store, admin, Location(tmp_path, store.url))


@pytest.fixture
def dialog(qtbot, desk):
    widget = ImportDialog(desk)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def everyone(desk: Desk) -> int:
    return count_residents(desk.store, desk.actor, ResidentFilter(include_archived=True))


def open_file(qtbot, dialog: ImportDialog, path: Path) -> None:
    """Type the path (QTest types ASCII; tmp paths are) and press Next."""
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.mouseClick(dialog.next_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy)


def wait_until_idle(qtbot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)


def check_and_import(qtbot, dialog: ImportDialog) -> None:
    assert dialog.step == ImportDialog.MAPPING
    qtbot.mouseClick(dialog.next_button, LEFT)
    wait_until_idle(qtbot, dialog)


def error_rows(dialog: ImportDialog) -> list[tuple[str, ...]]:
    model = dialog.error_model
    return [
        tuple(model.data(model.index(r, c)) for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def answer_next_message_box(
    button: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> list[str]:
    """Press ``button`` on the next message box that opens in this test; returns what it said."""
    said: list[str] = []

    def step() -> bool:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return False
        said.append(box.text())
        box.button(button).click()
        return True

    poll_until(step, tries=3000)  # up to 30 s: a loaded machine is slow
    return said


def save_dialog_answers(monkeypatch, path: Path) -> list[str]:
    """The system's save dialog cannot be driven from a test: it answers ``path``."""
    asked: list[str] = []

    def answer(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(str(args[1] if len(args) > 1 else kwargs.get("caption", "")))
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def test_a_bad_row_lists_every_error_and_imports_nothing(
    qtbot, desk, dialog, tmp_path, monkeypatch, qtmodeltester
):
    bad_id = wrong_check_digit(id_number("19800808", "042"))
    path = write_csv(
        tmp_path / "residents.csv",
        HEADINGS,
        ZHANG,
        LI,
        ",,,,,,,,,,,",
        WANG.replace(id_number("19800808", "042"), bad_id),  # Excel's row 5
        "赵强,男,1955-03-03,12345,,,,,,,,",  # row 6: a phone that is no phone
    )
    open_file(qtbot, dialog, path)
    assert dialog.step == ImportDialog.MAPPING
    assert dialog.column_combos["身份证号"].currentText() == "身份证号"
    check_and_import(qtbot, dialog)

    assert dialog.step == ImportDialog.CHECK
    assert dialog.headline.text().startswith("2 error")
    assert "nothing was imported" in dialog.headline.text()
    assert dialog.error_table.isVisible()
    rows = error_rows(dialog)
    assert [(row, column, value) for row, column, value, _ in rows] == [
        ("5", "身份证号", bad_id),
        ("6", "手机号", "12345"),
    ]
    assert rows[0][ImportErrorModel.REASON]  # the reason is spelled out
    qtmodeltester.check(dialog.error_model)
    assert everyone(desk) == 0
    assert not dialog.imported

    # the error list can be saved for whoever corrects the file
    report = tmp_path / "errors.csv"
    save_dialog_answers(monkeypatch, report)
    qtbot.mouseClick(dialog.save_errors_button, LEFT)
    saved = report.read_text(encoding="utf-8-sig")
    assert bad_id in saved and "12345" in saved

    # the user corrects the file in Excel, saves it, and checks again
    write_csv(path, HEADINGS, ZHANG, LI, ",,,,,,,,,,,", WANG)
    qtbot.mouseClick(dialog.recheck_button, LEFT)
    qtbot.waitUntil(lambda: dialog.imported, timeout=20_000)
    assert dialog.detail_label.text() == "3 new, 0 updated, 1 blank rows skipped."
    assert everyone(desk) == 3


def test_a_good_file_imports_and_the_list_shows_it(qtbot, desk, dialog, tmp_path):
    path = write_csv(tmp_path / "good.csv", HEADINGS, ZHANG, LI, ",,,,,,,,,,,", WANG)
    open_file(qtbot, dialog, path)
    preview = dialog.preview
    assert preview.rowCount() == 3
    assert preview.verticalHeaderItem(2).text() == "5"  # Excel's row numbers, blank row left out
    assert preview.item(0, 0).text() == "张伟"
    check_and_import(qtbot, dialog)

    assert dialog.imported
    assert dialog.import_result == ImportResult(created=3, updated=0, skipped_blank=1)
    assert dialog.detail_label.text() == "3 new, 0 updated, 1 blank rows skipped."
    assert not dialog.back_button.isVisible()
    assert dialog.close_button.text() == "Close"
    assert everyone(desk) == 3
    assert count_residents(desk.store, desk.actor, ResidentFilter(text="zw")) == 1
    qtbot.mouseClick(dialog.close_button, LEFT)
    assert not dialog.isVisible()

    page = ResidentsPage(desk)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    assert page.model.rowCount() == 3
    qtbot.keyClicks(page.search, "wf")  # 王芳's initials
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, page.NAME)) == "王芳"


def test_other_headings_are_matched_and_the_name_is_required(qtbot, desk, dialog, tmp_path):
    path = write_csv(
        tmp_path / "other.csv",
        "居民,联系电话,身份证,住址",
        f"周杰,13911112222,{id_number('19700101', '031')},幸福小区3栋2单元301",
    )
    open_file(qtbot, dialog, path)
    combos = dialog.column_combos
    assert combos["手机号"].currentText() == "联系电话"
    assert combos["身份证号"].currentText() == "身份证"
    assert combos["地址"].currentText() == "住址"
    assert combos["姓名"].currentData() is None  # 居民 is not a heading it knows
    assert dialog.preview.horizontalHeaderItem(0).text() == "居民\n(left out)"

    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.step == ImportDialog.MAPPING
    assert "姓名" in dialog.mapping_message.text()
    assert everyone(desk) == 0

    combos["姓名"].setCurrentIndex(combos["姓名"].findText("居民"))
    assert dialog.preview.horizontalHeaderItem(0).text() == "居民\n→ 姓名"
    assert dialog.preview.item(0, 0).text() == "周杰"
    check_and_import(qtbot, dialog)
    assert dialog.imported, dialog.headline.text() + dialog.detail_label.text()
    assert count_residents(desk.store, desk.actor, ResidentFilter(text="3-2-301")) == 1


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("photo.png", b"\x89PNG\r\n\x1a\n", "not a spreadsheet"),
        ("empty.csv", b"", "empty"),
        ("headings.csv", HEADINGS.encode(), "no residents"),
        ("fake.xlsx", b"this is not a workbook", "not a readable Excel workbook"),
    ],
)
def test_a_wrong_file_says_why_and_stays_on_step_one(
    qtbot, desk, dialog, tmp_path, name, content, says
):
    path = tmp_path / name
    path.write_bytes(content)
    open_file(qtbot, dialog, path)
    assert dialog.step == ImportDialog.CHOOSE
    assert says in dialog.choose_message.text()
    # a path that leads nowhere
    open_file(qtbot, dialog, tmp_path / "nothing-here.csv")
    assert dialog.step == ImportDialog.CHOOSE
    assert "There is no file" in dialog.choose_message.text()


def test_registered_id_is_an_error_unless_updating(qtbot, desk, dialog, tmp_path):
    create_resident(
        desk.store,
        desk.actor,
        ResidentInput(name="张伟", id_number=id_number("19600101", "011"), phone="13900000000"),
    )
    path = write_csv(tmp_path / "again.csv", HEADINGS, ZHANG, LI)
    open_file(qtbot, dialog, path)
    check_and_import(qtbot, dialog)
    assert [r[:2] for r in error_rows(dialog)] == [("2", "身份证号")]
    assert everyone(desk) == 1

    qtbot.mouseClick(dialog.back_button, LEFT)
    assert dialog.step == ImportDialog.MAPPING
    dialog.update_existing_box.click()
    check_and_import(qtbot, dialog)
    assert dialog.imported, dialog.detail_label.text()
    assert dialog.detail_label.text() == "1 new, 1 updated, 0 blank rows skipped."
    assert everyone(desk) == 2


def test_cancel_while_checking_imports_nothing(qtbot, desk, dialog, tmp_path):
    lines = [HEADINGS]
    for i in range(20_000):  # ten chunks of checking: the cancel is seen between two of them
        lines.append(f"居民{i},,,139{i:08d},{id_number('19700101', f'{i % 1000:03d}')},,,,,,,")
    path = write_csv(tmp_path / "big.csv", *lines)
    open_file(qtbot, dialog, path)
    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.busy and dialog.cancel_button.isVisible()
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.headline.text() == "Cancelled: nothing was imported."
    assert dialog.recheck_button.isVisible()
    assert everyone(desk) == 0


def test_closing_while_working_stops_the_worker(qtbot, desk, dialog, tmp_path):
    lines = [HEADINGS] + [f"居民{i},,,,,,,,,,," for i in range(20_000)]
    open_file(qtbot, dialog, write_csv(tmp_path / "big.csv", *lines))
    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.busy
    qtbot.mouseClick(dialog.close_button, LEFT)
    assert not dialog.isVisible() and not dialog.busy
    assert everyone(desk) == 0


def test_save_the_empty_template(qtbot, dialog, tmp_path, monkeypatch):
    template = tmp_path / "template"  # no ending typed: the chosen .xlsx is added
    save_dialog_answers(monkeypatch, template)
    said = answer_next_message_box()
    qtbot.mouseClick(dialog.template_button, LEFT)
    qtbot.waitUntil(lambda: bool(said))
    written = tmp_path / "template.xlsx"
    assert str(written) in said[0]
    table = read_table(written)
    assert table.headers[:5] == ("姓名", "性别", "出生日期", "手机号", "身份证号")
    assert table.rows == ()


def test_export_writes_the_list_and_says_how_many(qtbot, desk, tmp_path, monkeypatch):
    for name, phone in (("单田芳", "13912345678"), ("曾小贤", "13812345678")):
        create_resident(desk.store, desk.actor, ResidentInput(name=name, phone=phone))
    out = tmp_path / "export.csv"
    save_dialog_answers(monkeypatch, out)
    said = answer_next_message_box()
    count = export_residents_interactively(desk, ResidentFilter(text="stf"), None)
    assert count == 1
    assert said and "Residents exported: 1," in said[0]
    table = read_table(out)
    assert [row[0] for row in table.rows] == ["单田芳"]


def test_export_that_cannot_be_written_says_so(qtbot, desk, tmp_path, monkeypatch):
    save_dialog_answers(monkeypatch, tmp_path / "gone" / "export.xlsx")  # a folder since removed
    said = answer_next_message_box()
    assert export_residents_interactively(desk, ResidentFilter(), None) is None
    assert said and "export.xlsx cannot be written" in said[0]


def test_a_closed_dialog_is_freed_at_once_and_collection_is_back_on(qtbot, desk, tmp_path):
    """Python may collect reference cycles on a worker thread, which would destroy a window
    from the wrong thread; so the dialog must not sit in a cycle, and while a worker runs the
    collector runs on the UI thread only."""
    collecting = gc.isenabled()
    dialog = ImportDialog(desk)
    dialog.show()
    open_file(qtbot, dialog, write_csv(tmp_path / "good.csv", HEADINGS, ZHANG, LI))
    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.busy and not gc.isenabled()
    wait_until_idle(qtbot, dialog)
    assert dialog.imported
    assert gc.isenabled() == collecting
    dialog.close()
    freed = weakref.ref(dialog)
    gc.disable()
    try:
        del dialog
        assert freed() is None
    finally:
        if collecting:
            gc.enable()


def test_an_export_imports_back(qtbot, desk, dialog, tmp_path, monkeypatch):
    for name, birth, sequence in (("单田芳", "19500101", "011"), ("曾小贤", "19800202", "022")):
        create_resident(
            desk.store,
            desk.actor,
            ResidentInput(name=name, id_number=id_number(birth, sequence), estate="锦绣家园"),
        )
    workbook = tmp_path / "list.xlsx"
    save_dialog_answers(monkeypatch, workbook)
    said = answer_next_message_box()
    assert export_residents_interactively(desk, ResidentFilter(), dialog) == 2
    assert said

    open_file(qtbot, dialog, workbook)
    assert all(
        combo.currentData() is not None
        for name, combo in dialog.column_combos.items()
        if name != "地址"  # not a template column
    )
    check_and_import(qtbot, dialog)
    assert [r[1:3] for r in error_rows(dialog)] == [
        ("身份证号", id_number("19500101", "011")),
        ("身份证号", id_number("19800202", "022")),
    ]
    qtbot.mouseClick(dialog.back_button, LEFT)
    dialog.update_existing_box.click()
    check_and_import(qtbot, dialog)
    assert dialog.detail_label.text() == "0 new, 2 updated, 0 blank rows skipped."
    assert everyone(desk) == 2
