"""Privacy: where the ID number is masked, the birth date is not shown whole (it is eight of
the number's digits); the year is. Whoever may see the whole number sees the whole date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from gridesk.core.actor import Actor, Role
from gridesk.core.auth import create_user, sign_in
from gridesk.core.residents.records import (
    ResidentFilter,
    ResidentInput,
    create_resident,
    get_resident,
)
from gridesk.core.residents.validation import id_check_char
from gridesk.core.store import Store
from gridesk.exchange.residents_io import export_residents

FIRST17 = "11010119500301202"
ID_NUMBER = FIRST17 + id_check_char(FIRST17)


@pytest.fixture
def clerk(store: Store, admin: Actor) -> Actor:
    create_user(store, admin, "qiantai", "前台小王", Role.FRONT_DESK, "desk-pass1")
    return sign_in(store, "qiantai", "desk-pass1")


@pytest.fixture
def resident_id(store: Store, admin: Actor):
    return create_resident(store, admin, ResidentInput(name="王五", id_number=ID_NUMBER)).id


def test_the_record_gives_the_year_beside_a_masked_number(
    store: Store, admin: Actor, clerk: Actor, resident_id
):
    seen = get_resident(store, clerk, resident_id)
    assert seen.id_number_masked and seen.birth_date is None and seen.birth_year == 1950
    whole = get_resident(store, admin, resident_id)
    assert whole.id_number == ID_NUMBER and whole.birth_date == date(1950, 3, 1)


def _sheet_rows(path: Path) -> list[tuple[object, ...]]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return [tuple(r) for r in book.active.iter_rows(values_only=True)]
    finally:
        book.close()


def test_an_export_with_masked_numbers_has_birth_years(
    store: Store, admin: Actor, clerk: Actor, resident_id, tmp_path: Path
):
    export_residents(store, clerk, ResidentFilter(), tmp_path / "desk.xlsx")
    _header, row = _sheet_rows(tmp_path / "desk.xlsx")[:2]
    birth = row[2]
    assert "1950-03-01" not in " ".join(str(v) for v in row)
    assert birth in (1950, "1950") and "*" in str(row[4])
    export_residents(store, admin, ResidentFilter(), tmp_path / "admin.xlsx")
    row = _sheet_rows(tmp_path / "admin.xlsx")[1]
    assert str(row[2]).startswith("1950-03-01") and row[4] == ID_NUMBER


def test_the_resident_window_shows_the_year_and_saves_without_losing_the_date(
    qtbot, store: Store, admin: Actor, clerk: Actor, resident_id
):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from gridesk.config import Location
    from gridesk.ui.desk import Desk
    from gridesk.ui.residents.dialog import ResidentDialog

    desk = Desk(store, clerk, Location(store.data_dir, store.url))
    dialog = ResidentDialog(desk, get_resident(store, clerk, resident_id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.birthEdit.text() == "1950"
    assert dialog.ui.birthEdit.isReadOnly()
    assert "*" in dialog.ui.idEdit.text()
    dialog.ui.notesEdit.insertPlainText("腿脚不便")
    qtbot.mouseClick(
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.saved is not None, dialog.ui.messageLabel.text()
    assert dialog.saved.birth_date is None and dialog.saved.birth_year == 1950
    after = get_resident(store, admin, resident_id)
    assert after.birth_date == date(1950, 3, 1) and after.id_number == ID_NUMBER
    assert after.notes == "腿脚不便"
