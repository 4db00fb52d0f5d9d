"""The form to add or edit a resident."""

from __future__ import annotations

import uuid
from datetime import date
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QMessageBox, QWidget

from gridesk.core.residents.catalogue import list_grids, list_tags
from gridesk.core.residents.labels import GENDER
from gridesk.core.residents.records import (
    PossibleDuplicate,
    ResidentDetail,
    ResidentInput,
    create_resident,
    estates,
    update_resident,
)
from gridesk.core.residents.validation import check_id_number
from gridesk.errors import GrideskError, ValidationError
from gridesk.ui.combo import select_data
from gridesk.ui.desk import Desk
from gridesk.ui.forms.ui_resident_dialog import Ui_ResidentDialog
from gridesk.ui.i18n import error_text, label_text


class ResidentDialog(QDialog):
    """Add (``resident`` None) or edit a resident. ``saved`` holds the result when accepted.

    ``open_instead`` is set when the user chose to open an existing record with the same ID.
    """

    def __init__(
        self, desk: Desk, resident: ResidentDetail | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ResidentDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.resident = resident
        self.saved: ResidentDetail | None = None
        self.open_instead: uuid.UUID | None = None
        self._birth_year_shown: str | None = None
        self.ui.messageLabel.setObjectName("errorText")
        self.setWindowTitle(self.tr("Edit resident") if resident else self.tr("New resident"))
        self.ui.genderCombo.addItem(self.tr("—"), "")
        for code in GENDER:
            self.ui.genderCombo.addItem(label_text(GENDER, code), code)
        self.ui.estateCombo.addItem("")
        self.ui.estateCombo.addItems(estates(desk.store, desk.actor))
        self._grids = list_grids(desk.store, desk.actor)
        self.ui.gridCombo.addItem(self.tr("(none)"), None)
        for grid in self._grids:
            self.ui.gridCombo.addItem(grid.name, grid.id)
        self.ui.gridCombo.currentIndexChanged.connect(self._show_worker)
        for tag in list_tags(desk.store, desk.actor):
            item = QListWidgetItem(tag.name)
            item.setData(Qt.ItemDataRole.UserRole, tag.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.tagsList.addItem(item)
        self.ui.tagsList.setMaximumHeight(150)
        self.ui.notesEdit.setMaximumHeight(90)
        self.ui.idEdit.setPlaceholderText(self.tr("18 digits; the last may be X"))
        self.ui.phoneEdit.setPlaceholderText(self.tr("mobile, or landline with area code"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ui.buttons.accepted.connect(self._save)
        self.ui.buttons.rejected.connect(self.reject)
        if resident is not None:
            self._fill(resident)
        self.ui.idEdit.textEdited.connect(self._from_id_number)
        self._show_worker()
        self.ui.nameEdit.setFocus()

    def _fill(self, r: ResidentDetail) -> None:
        self.ui.nameEdit.setText(r.name)
        select_data(self.ui.genderCombo, r.gender)
        if r.id_number_masked:
            # the whole date would give the masked ID number away: the year, not to be edited
            # (it follows the ID number)
            self._birth_year_shown = str(r.birth_year or "")
            self.ui.birthEdit.setText(self._birth_year_shown)
            self.ui.birthEdit.setReadOnly(True)
            self.ui.birthEdit.setToolTip(
                self.tr("Year of birth. The full date follows the ID number, shown masked.")
            )
        else:
            self.ui.birthEdit.setText(r.birth_date.isoformat() if r.birth_date else "")
        self.ui.phoneEdit.setText(r.phone)
        self.ui.idEdit.setText(r.id_number)
        self.ui.estateCombo.setCurrentText(r.estate)
        self.ui.buildingEdit.setText(r.building)
        self.ui.unitEdit.setText(r.unit)
        self.ui.roomEdit.setText(r.room)
        select_data(self.ui.gridCombo, r.grid_id)
        for row in range(self.ui.tagsList.count()):
            item = self.ui.tagsList.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in r.tag_ids:
                item.setCheckState(Qt.CheckState.Checked)
        self.ui.notesEdit.setPlainText(r.notes)
        members = "、".join(name for _, name in r.household_members)
        self.ui.householdLabel.setText(
            members or self.tr("lives alone (no other registered member)")
        )

    def _from_id_number(self, text: str) -> None:
        """A whole, valid ID number fills the birth date and gender it holds."""
        if len(text.replace(" ", "")) != 18 or self.ui.birthEdit.isReadOnly():
            return
        try:
            number = check_id_number(text)
        except ValidationError:
            return  # said on saving, with what is wrong
        self.ui.birthEdit.setText(number.birth_date.isoformat())
        select_data(self.ui.genderCombo, number.gender)

    def _show_worker(self) -> None:
        grid_id = self.ui.gridCombo.currentData()
        grid = next((g for g in self._grids if g.id == grid_id), None)
        self.ui.workerLabel.setText(
            f"{grid.worker_name} {grid.worker_phone}".strip() if grid else ""
        )

    def _input(self) -> ResidentInput:
        birth_text = self.ui.birthEdit.text().strip().replace("/", "-").replace(".", "-")
        birth: date | None = None
        if self._birth_year_shown is not None and birth_text == self._birth_year_shown:
            birth_text = ""  # the year beside a masked ID number: the date follows the number
        if birth_text:
            try:
                if len(birth_text) == 8 and birth_text.isdigit():
                    birth_text = f"{birth_text[:4]}-{birth_text[4:6]}-{birth_text[6:]}"
                y, m, d = (int(p) for p in birth_text.split("-"))
                birth = date(y, m, d)
            except ValueError as exc:
                raise ValidationError(
                    self.tr("Write the birth date as year-month-day, e.g. 1950-03-01."),
                    field="birth_date",
                ) from exc
        tags = frozenset(
            self.ui.tagsList.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.ui.tagsList.count())
            if self.ui.tagsList.item(row).checkState() == Qt.CheckState.Checked
        )
        return ResidentInput(
            name=self.ui.nameEdit.text(),
            gender=self.ui.genderCombo.currentData() or "",
            birth_date=birth,
            phone=self.ui.phoneEdit.text(),
            id_number=self.ui.idEdit.text(),
            estate=self.ui.estateCombo.currentText(),
            building=self.ui.buildingEdit.text(),
            unit=self.ui.unitEdit.text(),
            room=self.ui.roomEdit.text(),
            grid_id=self.ui.gridCombo.currentData(),
            tag_ids=tags,
            notes=self.ui.notesEdit.toPlainText(),
        )

    _FIELD_WIDGETS: ClassVar[dict[str, str]] = {
        "name": "nameEdit",
        "gender": "genderCombo",
        "birth_date": "birthEdit",
        "phone": "phoneEdit",
        "id_number": "idEdit",
        "estate": "estateCombo",
        "building": "buildingEdit",
        "unit": "unitEdit",
        "room": "roomEdit",
        "grid": "gridCombo",
        "tags": "tagsList",
        "notes": "notesEdit",
    }

    def _save(self, confirmed: bool = False) -> None:
        self.ui.messageLabel.clear()
        try:
            data = self._input()
            if self.resident is None:
                self.saved = create_resident(
                    self.desk.store, self.desk.actor, data, confirm_duplicate=confirmed
                )
            else:
                self.saved = update_resident(
                    self.desk.store,
                    self.desk.actor,
                    self.resident.id,
                    data,
                    confirm_duplicate=confirmed,
                )
        except PossibleDuplicate as exc:
            self._duplicate(exc)
            return
        except ValidationError as exc:
            self.ui.messageLabel.setText(error_text(exc))
            widget = getattr(self.ui, self._FIELD_WIDGETS.get(exc.field or "", "nameEdit"))
            widget.setFocus()
            return
        except GrideskError as exc:
            self.ui.messageLabel.setText(error_text(exc))
            return
        self.accept()

    def _duplicate(self, exc: PossibleDuplicate) -> None:
        match = exc.matches[0]
        detail = f"{match.name}  {match.phone}  {match.address}"
        if exc.blocking:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Already registered"),
                error_text(exc),
                parent=self,
            )
            box.setInformativeText(detail)
            open_button = box.addButton(
                self.tr("Open that record"), QMessageBox.ButtonRole.AcceptRole
            )
            box.addButton(self.tr("Back to the form"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is open_button:
                self.open_instead = match.id
                self.reject()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Possible duplicate"),
            f"{error_text(exc)}\n\n{detail}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._save(confirmed=True)
