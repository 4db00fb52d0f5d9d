"""网格与住户: the grids with their workers and leaders, and which grid each household is in."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridesk.core.cards.photos import save_staff_photo, staff_photo
from gridesk.core.residents.catalogue import (
    GridView,
    HouseholdView,
    list_grids,
    list_households,
    save_grid,
    set_household_grid,
)
from gridesk.core.residents.records import estates, format_address
from gridesk.core.residents.validation import check_phone
from gridesk.errors import GrideskError, ValidationError
from gridesk.ui.combo import select_data
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text
from gridesk.ui.lazy_model import Column
from gridesk.ui.messages import show_error
from gridesk.ui.widgets.message_line import say
from gridesk.ui.widgets.row_table import RowTable, heading

HOUSEHOLD_LIMIT = 2000


def household_address(h: HouseholdView) -> str:
    return format_address(h.estate, h.building, h.unit, h.room)


class GridsTab(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._editing: uuid.UUID | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(24)
        layout.addLayout(self._build_grids(), 11)
        layout.addLayout(self._build_households(), 10)
        self.grid_table.current_changed.connect(self._show_grid)
        self.new_grid_button.clicked.connect(self.new_grid)
        self.save_grid_button.clicked.connect(self.save_grid)
        self.estate_combo.currentIndexChanged.connect(self.refresh_households)
        self.household_table.current_changed.connect(self._update_move)
        self.move_button.clicked.connect(self.move_household)

    # grids

    def _build_grids(self) -> QVBoxLayout:
        box = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Grids")), 1)
        self.new_grid_button = QPushButton(self.tr("New grid"))
        top.addWidget(self.new_grid_button)
        box.addLayout(top)
        yes = self.tr("Archived")
        self.grid_table = RowTable(
            [
                Column(self.tr("Name"), lambda g: g.name, width=130),
                Column(self.tr("Grid worker"), lambda g: g.worker_name, width=100),
                Column(self.tr("Phone"), lambda g: g.worker_phone, width=130),
                Column(self.tr("Status"), lambda g: yes if g.archived else "", width=80),
            ]
        )
        self.grid_table.setObjectName("gridTable")
        box.addWidget(self.grid_table, 1)

        form = QGridLayout()
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(8)
        self.name_edit = QLineEdit()
        self.archived_box = QCheckBox(self.tr("Archived"))
        self.worker_edit = QLineEdit()
        self.worker_phone_edit = QLineEdit()
        self.leader_edit = QLineEdit()
        self.leader_phone_edit = QLineEdit()
        self.hours_edit = QLineEdit()
        self.hours_edit.setPlaceholderText(self.tr("e.g. Mon–Fri 8:30–17:00"))
        self.duties_edit = QPlainTextEdit()
        self.duties_edit.setFixedHeight(64)
        self.duties_edit.setTabChangesFocus(True)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        rows: list[tuple[str, QWidget, str, QWidget]] = [
            (self.tr("Name"), self.name_edit, "", self.archived_box),
            (self.tr("Grid worker"), self.worker_edit, self.tr("Phone"), self.worker_phone_edit),
            (self.tr("Grid leader"), self.leader_edit, self.tr("Phone"), self.leader_phone_edit),
        ]
        for row, (label1, field1, label2, field2) in enumerate(rows):
            form.addWidget(QLabel(label1), row, 0, right)
            form.addWidget(field1, row, 1)
            if label2:
                form.addWidget(QLabel(label2), row, 2, right)
            form.addWidget(field2, row, 3)
        form.addWidget(QLabel(self.tr("Service hours")), 3, 0, right)
        form.addWidget(self.hours_edit, 3, 1, 1, 3)
        form.addWidget(
            QLabel(self.tr("Duties")), 4, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        )
        form.addWidget(self.duties_edit, 4, 1, 1, 3)
        form.addWidget(QLabel(self.tr("Photos")), 5, 0, right)
        form.addLayout(self._build_photos(), 5, 1, 1, 3)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        box.addLayout(form)

        buttons = QHBoxLayout()
        self.grid_message = QLabel()
        self.grid_message.setWordWrap(True)
        buttons.addWidget(self.grid_message, 1)
        self.save_grid_button = QPushButton(self.tr("Save grid"))
        self.save_grid_button.setObjectName("primary")
        buttons.addWidget(self.save_grid_button)
        box.addLayout(buttons)
        return box

    def _build_photos(self) -> QHBoxLayout:
        """Photos of the worker and the leader, for the grid contact card (网格连心服务卡)."""
        row = QHBoxLayout()
        row.setSpacing(8)
        self.photo_thumbs: dict[str, QLabel] = {}
        self.photo_buttons: dict[str, QPushButton] = {}
        for role, text in (
            ("worker", self.tr("Worker's photo…")),
            ("leader", self.tr("Leader's photo…")),
        ):
            thumb = QLabel()
            thumb.setFixedSize(39, 52)
            thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
            thumb.setStyleSheet("background: #EFEBE7; border: 1px solid #D8D2CC; color: #B9B0A8;")
            button = QPushButton(text)
            button.clicked.connect(lambda _checked, r=role: self.choose_photo(r))
            self.photo_thumbs[role] = thumb
            self.photo_buttons[role] = button
            row.addWidget(thumb)
            row.addWidget(button)
            row.addSpacing(10)
        row.addStretch(1)
        self._show_photos(None)
        return row

    def _show_photos(self, grid_id: uuid.UUID | None) -> None:
        for role, thumb in self.photo_thumbs.items():
            self.photo_buttons[role].setEnabled(grid_id is not None)
            photo = None
            if grid_id is not None:
                try:
                    photo = staff_photo(self.desk.store, self.desk.actor, grid_id, role)
                except GrideskError:
                    photo = None
            pixmap = QPixmap()
            if photo is not None and pixmap.loadFromData(photo.image):
                thumb.setPixmap(
                    pixmap.scaled(
                        thumb.size(),
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
                thumb.setToolTip("")
            else:
                thumb.setPixmap(QPixmap())
                thumb.setText("?")
                thumb.setToolTip(self.tr("No photo yet"))

    def choose_photo(self, role: str) -> None:
        """Pick a picture file for the worker or leader; it is kept small (600 px) in the
        database and printed on the grid contact card."""
        if self._editing is None:
            say(self.grid_message, self.tr("Save the grid first, then add photos."), error=True)
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a photo"),
            str(Path.home()),
            self.tr("Pictures (*.jpg *.jpeg *.png *.bmp *.webp)"),
        )
        if not chosen:
            return
        try:
            data = Path(chosen).read_bytes()
            save_staff_photo(self.desk.store, self.desk.actor, self._editing, role, data)
        except OSError as exc:
            say(self.grid_message, exc.strerror or str(exc), error=True)
            return
        except GrideskError as exc:
            say(self.grid_message, error_text(exc), error=True)
            return
        self._show_photos(self._editing)
        say(
            self.grid_message,
            self.tr("The worker's photo is saved.")
            if role == "worker"
            else self.tr("The leader's photo is saved."),
        )

    def refresh(self) -> None:
        self.refresh_grids()
        self._load_estates()
        self.refresh_households()

    def refresh_grids(self) -> None:
        try:
            grids = list_grids(self.desk.store, self.desk.actor, include_archived=True)
        except GrideskError as exc:
            show_error(self, exc)
            return
        self.grid_table.set_rows(grids)
        if self._editing is None and grids and not self.name_edit.text():
            self.grid_table.selectRow(0)
        current = self.move_combo.currentData()
        self.move_combo.clear()
        self.move_combo.addItem(self.tr("(no grid)"), None)
        for grid in grids:
            if not grid.archived:
                self.move_combo.addItem(grid.name, grid.id)
        select_data(self.move_combo, current)

    def _show_grid(self) -> None:
        grid: GridView | None = self.grid_table.current()
        if grid is None:
            return
        self._editing = grid.id
        self.name_edit.setText(grid.name)
        self.archived_box.setChecked(grid.archived)
        self.worker_edit.setText(grid.worker_name)
        self.worker_phone_edit.setText(grid.worker_phone)
        self.leader_edit.setText(grid.leader_name)
        self.leader_phone_edit.setText(grid.leader_phone)
        self.hours_edit.setText(grid.service_hours)
        self.duties_edit.setPlainText(grid.duties)
        self._show_photos(grid.id)
        say(self.grid_message, "")

    def new_grid(self) -> None:
        """Empty the form for a grid not yet saved."""
        self._editing = None
        self.grid_table.clear_choice()
        for edit in (
            self.name_edit,
            self.worker_edit,
            self.worker_phone_edit,
            self.leader_edit,
            self.leader_phone_edit,
            self.hours_edit,
        ):
            edit.clear()
        self.duties_edit.clear()
        self.archived_box.setChecked(False)
        self._show_photos(None)
        say(self.grid_message, self.tr("A new grid: fill in the form and save."))
        self.name_edit.setFocus()

    def save_grid(self) -> None:
        try:
            saved = save_grid(
                self.desk.store,
                self.desk.actor,
                self._editing,
                name=self.name_edit.text(),
                worker_name=self.worker_edit.text(),
                worker_phone=self.worker_phone_edit.text(),
                leader_name=self.leader_edit.text(),
                leader_phone=self.leader_phone_edit.text(),
                duties=self.duties_edit.toPlainText(),
                service_hours=self.hours_edit.text(),
                archived=self.archived_box.isChecked(),
            )
        except ValidationError as exc:
            say(self.grid_message, self._where(exc) + error_text(exc), error=True)
            return
        except GrideskError as exc:
            say(self.grid_message, error_text(exc), error=True)
            return
        self.refresh_grids()
        self.grid_table.select_key(saved.id)
        self._show_photos(saved.id)
        self.refresh_households()
        say(self.grid_message, self.tr("{name} is saved.").format(name=saved.name))

    def _where(self, exc: ValidationError) -> str:
        """Which field a refusal is about; the two phones share one check, so try each."""
        if exc.field == "name":
            self.name_edit.setFocus()
            return ""
        for edit, label in (
            (self.worker_phone_edit, self.tr("Grid worker's phone: ")),
            (self.leader_phone_edit, self.tr("Grid leader's phone: ")),
        ):
            try:
                if edit.text().strip():
                    check_phone(edit.text())
            except ValidationError:
                edit.setFocus()
                return label
        return ""

    # households

    def _build_households(self) -> QVBoxLayout:
        box = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Households")), 1)
        self.estate_combo = QComboBox()
        self.estate_combo.setMinimumWidth(180)
        top.addWidget(self.estate_combo)
        box.addLayout(top)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self.household_table = RowTable(
            [
                Column(self.tr("Address"), household_address, width=230),
                Column(self.tr("Grid"), lambda h: h.grid_name or self.tr("(none)"), width=130),
                Column(self.tr("Members"), lambda h: str(h.members), right, width=80),
            ]
        )
        self.household_table.setObjectName("householdTable")
        box.addWidget(self.household_table, 1)
        self.household_count = QLabel()
        self.household_count.setObjectName("subtle")
        self.household_count.setWordWrap(True)
        box.addWidget(self.household_count)
        move = QHBoxLayout()
        move.addWidget(QLabel(self.tr("Move the chosen household to")))
        self.move_combo = QComboBox()
        self.move_combo.setMinimumWidth(150)
        move.addWidget(self.move_combo, 1)
        self.move_button = QPushButton(self.tr("Move"))
        move.addWidget(self.move_button)
        box.addLayout(move)
        return box

    def _load_estates(self) -> None:
        current = self.estate_combo.currentData()
        self.estate_combo.blockSignals(True)
        self.estate_combo.clear()
        self.estate_combo.addItem(self.tr("All estates"), "")
        try:
            for estate in estates(self.desk.store, self.desk.actor):
                self.estate_combo.addItem(estate, estate)
        except GrideskError as exc:
            show_error(self, exc)
        select_data(self.estate_combo, current)
        self.estate_combo.blockSignals(False)

    def refresh_households(self) -> None:
        try:
            rows = list_households(
                self.desk.store,
                self.desk.actor,
                self.estate_combo.currentData() or "",
                limit=HOUSEHOLD_LIMIT,
            )
        except GrideskError as exc:
            show_error(self, exc)
            return
        self.household_table.set_rows(rows)
        if len(rows) >= HOUSEHOLD_LIMIT:
            text = self.tr(
                "The first {n} households are shown; choose an estate to see the rest."
            ).format(n=HOUSEHOLD_LIMIT)
        else:
            text = self.tr("%n household(s)", "", len(rows))
        say(self.household_count, text)

    def _update_move(self) -> None:
        self.move_button.setEnabled(self.household_table.current() is not None)

    def move_household(self) -> None:
        household: HouseholdView | None = self.household_table.current()
        if household is None:
            return
        grid_id = self.move_combo.currentData()
        try:
            set_household_grid(self.desk.store, self.desk.actor, household.id, grid_id)
        except GrideskError as exc:
            say(self.household_count, error_text(exc), error=True)
            return
        self.refresh_households()
        say(
            self.household_count,
            self.tr("{address} and its residents are now in {grid}.").format(
                address=household_address(household),
                grid=self.move_combo.currentText() if grid_id else self.tr("no grid"),
            ),
        )
