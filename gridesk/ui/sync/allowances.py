"""The 同步 page's 离线额度 tab: what a resident may redeem at a station offline. The setting
for everyone and the residents' own, set at the centre by keyboard (find, Enter, points,
Alt+S); a station shows them as the centre's last pack brought them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gridesk.core.sync import allowances
from gridesk.errors import GrideskError
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text
from gridesk.ui.sync.tables import fill, table
from gridesk.ui.widgets.message_line import MessageLine
from gridesk.ui.widgets.resident_picker import ResidentPicker


class AllowancesTab(QWidget):
    def __init__(self, desk: Desk, message: MessageLine) -> None:
        super().__init__()
        self.desk, self.message = desk, message
        layout = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        row = QHBoxLayout()
        self.table = table([self.tr("Resident"), self.tr("Phone"), self.tr("Points offline")])
        row.addWidget(self.table, 3)
        form_box = QWidget()
        column = QVBoxLayout(form_box)
        column.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("name, phone, ID tail"))
        self.found = QListWidget()
        self.found.setMaximumHeight(160)
        self.points = QSpinBox()
        self.points.setRange(0, allowances.MAX)
        self.points.setSingleStep(10)
        self.points.setSuffix(self.tr(" points"))
        find_label = QLabel(self.tr("&Find a resident:"))
        find_label.setBuddy(self.search)
        points_label = QLabel(self.tr("&Points:"))
        points_label.setBuddy(self.points)
        form.addRow(find_label, self.search)
        form.addRow("", self.found)
        form.addRow(points_label, self.points)
        self.set_button = QPushButton(self.tr("&Set their allowance"))
        self.default_button = QPushButton(self.tr("Back to the &default"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.default_button)
        form.addRow("", buttons)
        row.addWidget(form_box, 2)
        layout.addLayout(row, 1)
        self.picker = ResidentPicker(desk, self.search, self.found, parts=("phone", "address"))
        self.picker.picked.connect(lambda _: self.points.setFocus())
        self.search.returnPressed.connect(self._to_list)
        self.set_button.clicked.connect(self.set_own)
        self.default_button.clicked.connect(self.back_to_default)
        self.table.itemSelectionChanged.connect(self._from_table)
        self._own: list[allowances.OwnAllowance] = []

    def refresh(self) -> None:
        view = allowances.allowances(self.desk.store, self.desk.actor)
        self._own = list(view.own)
        if view.editable:
            text = self.tr(
                "Between two syncs, a resident may redeem up to {points} points at one "
                "station (the setting). Residents listed here have their own allowance; it "
                "reaches the stations with the next pack."
            )
        else:
            text = self.tr(
                "Between two syncs, a resident may redeem up to {points} points at this "
                "station, or their own allowance listed here. The centre sets them; they come "
                "with its packs."
            )
        self.state.setText(text.format(points=view.default))
        for widget in (self.search, self.found, self.points, self.set_button):
            widget.setEnabled(view.editable)
        self.default_button.setEnabled(view.editable)
        fill(self.table, [[own.name, own.phone, str(own.points)] for own in view.own])
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 2)
            if item is not None:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if not self.points.value():
            self.points.setValue(view.default)

    def _to_list(self) -> None:
        self.picker.find()
        if self.found.count():
            self.found.setFocus()

    def _from_table(self) -> None:
        """A listed resident chosen in the table: theirs is the one to change."""
        row = self.table.currentRow()
        if not 0 <= row < len(self._own):
            return
        own = self._own[row]
        self.found.clear()
        self.search.setText(own.name)
        self.picker.find()
        for i in range(self.found.count()):
            item = self.found.item(i)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == own.resident_id:
                self.found.setCurrentRow(i)
        self.points.setValue(own.points)

    def set_own(self) -> None:
        self._save(self.points.value())

    def back_to_default(self) -> None:
        self._save(None)

    def _save(self, points: int | None) -> None:
        resident = self.picker.current_id()
        if resident is None:
            self.message.say(self.tr("Find the resident first."), "error")
            self.search.setFocus()
            return
        try:
            name = allowances.set_allowance_of(self.desk.store, self.desk.actor, resident, points)
        except GrideskError as exc:
            self.message.say(error_text(exc), "error")
            return
        if points is None:
            self.message.say(
                self.tr("{name}: back to the allowance for everyone.").format(name=name)
            )
        else:
            self.message.say(
                self.tr("{name}: at most {points} points redeemed offline.").format(
                    name=name, points=points
                )
            )
        self.refresh()
