"""The care window's dialogs: a helper and a visit (with goods, photos and follow-ups), from
their Designer forms (forms/care_*.ui), and the visit rhythm of each care group (built here:
one spin box per care group)."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridesk import clock
from gridesk.core.care.helpers import ROLES, HelperInput, HelperView
from gridesk.core.care.labels import KIND, ROLE
from gridesk.core.care.visits import (
    KINDS,
    FrequencyView,
    GoodsLine,
    VisitInput,
    list_frequencies,
    set_frequency,
)
from gridesk.errors import GrideskError
from gridesk.ui.combo import select_data
from gridesk.ui.desk import Desk
from gridesk.ui.forms.ui_care_helper_dialog import Ui_HelperDialog
from gridesk.ui.forms.ui_care_visit_dialog import Ui_VisitDialog
from gridesk.ui.i18n import error_text, label_text
from gridesk.ui.widgets.message_line import MessageLine


class HelperDialog(QDialog):
    """帮扶责任人: role, name, phone (forms/care_helper_dialog.ui)."""

    def __init__(self, helper: HelperView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HelperDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Helper") if helper is None else self.tr("Change helper"))
        self.role, self.name, self.phone = self.ui.roleCombo, self.ui.nameEdit, self.ui.phoneEdit
        for role in ROLES:
            self.role.addItem(label_text(ROLE, role), role)
        if helper is not None:
            select_data(self.role, helper.role)
            self.name.setText(helper.name)
            self.phone.setText(helper.phone)
        self.person_id = helper.person_id if helper is not None else None
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def value(self) -> HelperInput:
        return HelperInput(
            self.role.currentData(), self.name.text(), self.phone.text(), self.person_id
        )


def _cents(text: str) -> int:
    """Yuan as typed (12, 12.5, ¥12.50) in fen; what cannot be read counts as -1 (refused)."""
    cleaned = text.strip().replace("¥", "").replace("元", "").replace(",", "")
    if not cleaned:
        return 0
    try:
        return int((Decimal(cleaned) * 100).to_integral_value())
    except InvalidOperation:
        return -1


class VisitDialog(QDialog):
    """A visit: date, kind, who visited, what was found, goods given, photos, follow-ups."""

    GOODS_ROWS = 4

    def __init__(self, helpers: list[HelperView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_VisitDialog()
        ui.setupUi(self)
        self.day, self.kind, self.visitors = ui.dayEdit, ui.kindCombo, ui.visitorsEdit
        self.findings, self.goods, self.follow_ups = (
            ui.findingsEdit,
            ui.goodsTable,
            ui.followUpsEdit,
        )
        self.add_photo, self.photo_note = ui.addPhotoButton, ui.photoNote
        today = clock.today()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        for kind in KINDS:
            self.kind.addItem(label_text(KIND, kind), kind)
        self.visitors.setText(" ".join(h.name for h in helpers[:1]))
        self.goods.setRowCount(self.GOODS_ROWS)
        self.goods.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_photo.clicked.connect(self._choose_photo)
        # the message line is a widget of ours: under the photos, above the buttons
        self.message = MessageLine(variant="note")
        ui.outer.insertWidget(ui.outer.indexOf(ui.buttons), self.message)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self.photos: list[bytes] = []

    def _choose_photo(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), str(Path.home()), "Images (*.jpg *.jpeg *.png)"
        )
        if chosen:
            self.add_photo_file(Path(chosen))

    def add_photo_file(self, path: Path) -> None:
        try:
            self.photos.append(path.read_bytes())
        except OSError:
            self.message.say(self.tr("That file cannot be read."), "error")
            return
        self.photo_note.setText(self.tr("%n photo(s)", "", len(self.photos)))

    def set_goods(self, row: int, item: str, quantity: int, unit: str, yuan: str) -> None:
        for column, text in enumerate((item, str(quantity), unit, yuan)):
            self.goods.setItem(row, column, QTableWidgetItem(text))

    def _cell(self, row: int, column: int) -> str:
        item = self.goods.item(row, column)
        return item.text().strip() if item is not None else ""

    def value(self) -> VisitInput:
        goods = []
        for row in range(self.goods.rowCount()):
            item = self._cell(row, 0)
            if not item:
                continue
            quantity_text = self._cell(row, 1) or "1"
            quantity = int(quantity_text) if quantity_text.isdigit() else 0
            goods.append(GoodsLine(item, quantity, self._cell(row, 2), _cents(self._cell(row, 3))))
        picked = self.day.date()
        return VisitInput(
            day=date(picked.year(), picked.month(), picked.day()),
            kind=self.kind.currentData(),
            visitors=self.visitors.text(),
            findings=self.findings.toPlainText(),
            goods=tuple(goods),
            photos=tuple(self.photos),
            follow_ups=tuple(self.follow_ups.toPlainText().splitlines()),
        )


class FrequencyDialog(QDialog):
    """How often each care group is visited (the admin's): every N days, 0 for no rhythm."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Visit rhythm"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Visit the residents of each care group every so many days (0: none)."))
        )
        form = QFormLayout()
        self.boxes: dict[uuid.UUID, QSpinBox] = {}
        self.groups: list[FrequencyView] = list_frequencies(desk.store, desk.actor)
        for group in self.groups:
            box = QSpinBox()
            box.setRange(0, 366)
            box.setSuffix(self.tr(" days"))
            box.setValue(group.every_days or 0)
            self.boxes[group.tag_id] = box
            form.addRow(group.tag, box)
        layout.addLayout(form)
        self.message = MessageLine(variant="note")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def save(self) -> None:
        try:
            for group in self.groups:
                chosen = self.boxes[group.tag_id].value() or None
                if chosen != group.every_days:
                    set_frequency(self.desk.store, self.desk.actor, group.tag_id, chosen)
        except GrideskError as exc:
            self.message.say(error_text(exc), "error")
            return
        self.accept()
