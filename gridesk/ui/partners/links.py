"""The partner units' 关联记录 tab: a unit's candidate wishes, bookings, activities and
volunteers (core/partners/links.py), linked and unlinked by keys: Enter links the chosen rows
to the unit, Delete unlinks them; typing in the search box finds other records of the kind."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridesk.core.actor import Permission
from gridesk.core.partners import registry
from gridesk.core.partners.labels import LINK_KIND, LINK_STATE
from gridesk.core.partners.links import LinkCandidate, link_candidates
from gridesk.core.partners.registry import LINK_KINDS
from gridesk.errors import GrideskError
from gridesk.ui.combo import select_data
from gridesk.ui.i18n import error_text, label_text

if TYPE_CHECKING:
    from gridesk.ui.partners.page import PartnersPage

STATE, DAY, WHAT, NAMED = range(4)
SEARCH_DELAY_MS = 250


class LinksTab(QWidget):
    """One unit's candidate records of one kind, with what each counts for."""

    def __init__(self, page: PartnersPage) -> None:
        super().__init__()
        self.page = page
        self.desk = page.desk
        self.candidates: list[LinkCandidate] = []
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.unit = QComboBox()
        self.unit.setMinimumWidth(220)
        self.kind = QComboBox()
        for kind in LINK_KINDS:
            self.kind.addItem(label_text(LINK_KIND, kind), kind)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find other records: a name or a word"))
        self.search.setClearButtonEnabled(True)
        row.addWidget(QLabel(self.tr("Unit")))
        row.addWidget(self.unit)
        row.addWidget(self.kind)
        row.addWidget(self.search, 1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Counted"), self.tr("Day"), self.tr("What"), self.tr("Named as")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(STATE, 200)
        self.table.setColumnWidth(DAY, 110)
        self.table.setColumnWidth(NAMED, 200)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.hint = QLabel(
            self.tr(
                "Enter links the chosen records to the unit; Delete unlinks them. The "
                "evaluation counts linked records, and unlinked ones that name the unit exactly."
            )
        )
        self.hint.setWordWrap(True)
        self.link_button = QPushButton(self.tr("Link"))
        self.unlink_button = QPushButton(self.tr("Unlink"))
        row.addWidget(self.hint, 1)
        row.addWidget(self.link_button)
        row.addWidget(self.unlink_button)
        layout.addLayout(row)
        may_edit = self.desk.actor.can(Permission.PARTNERS_EDIT)
        self.link_button.setEnabled(may_edit)
        self.unlink_button.setEnabled(may_edit)
        self._searching = QTimer(self)
        self._searching.setSingleShot(True)
        self._searching.setInterval(SEARCH_DELAY_MS)
        self._searching.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _t: self._searching.start())
        self.search.returnPressed.connect(self.refresh)
        self.unit.currentIndexChanged.connect(lambda _i: self.refresh())
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.link_button.clicked.connect(lambda _c: self.link())
        self.unlink_button.clicked.connect(lambda _c: self.unlink())
        self.table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and isinstance(event, QKeyEvent):
            key = event.key() if event.type() == QEvent.Type.KeyPress else None
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.link()
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.unlink()
                return True
        return super().eventFilter(watched, event)

    def set_units(self, units: list[registry.UnitView], chosen: uuid.UUID | None) -> None:
        """The page's units (on reload), choosing ``chosen`` when it is one of them."""
        keep = chosen or self.unit.currentData()
        self.unit.blockSignals(True)
        self.unit.clear()
        for u in units:
            self.unit.addItem(u.name, u.id)
        if keep is not None:
            select_data(self.unit, keep)
        self.unit.blockSignals(False)

    def choose(self, unit_id: uuid.UUID) -> None:
        select_data(self.unit, unit_id)

    def refresh(self) -> None:
        self._searching.stop()
        unit_id = self.unit.currentData()
        rows = self._chosen_rows()
        self.candidates = []
        if unit_id is not None:
            try:
                self.candidates = link_candidates(
                    self.desk.store,
                    self.desk.actor,
                    unit_id,
                    self.kind.currentData(),
                    self.search.text(),
                )
            except GrideskError as exc:
                self.page.message.say(error_text(exc), "error")
        self.table.setRowCount(len(self.candidates))
        for n, c in enumerate(self.candidates):
            state = label_text(LINK_STATE, c.state).format(unit=c.other_unit)
            day = c.day.isoformat() if c.day else ""
            for column, text in ((STATE, state), (DAY, day), (WHAT, c.title), (NAMED, c.named)):
                item = QTableWidgetItem(text)
                if column == STATE and c.state in ("linked", "by_name"):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(n, column, item)
        if self.candidates:
            first = min(rows) if rows else 0
            self.table.selectRow(min(first, len(self.candidates) - 1))

    def _chosen_rows(self) -> list[int]:
        model = self.table.selectionModel()
        return sorted(i.row() for i in model.selectedRows()) if model else []

    def _chosen(self) -> list[LinkCandidate]:
        return [self.candidates[r] for r in self._chosen_rows() if r < len(self.candidates)]

    def link(self) -> None:
        chosen = [c for c in self._chosen() if c.state != "linked"]
        unit_id = self.unit.currentData()
        if not chosen or unit_id is None or not self.link_button.isEnabled():
            return
        try:
            registry.link(
                self.desk.store,
                self.desk.actor,
                unit_id,
                chosen[0].kind,
                [c.record_id for c in chosen],
            )
        except GrideskError as exc:
            self.page.message.say(error_text(exc), "error")
            return
        self.refresh()
        self.page.message.say(self.tr("Linked to {unit}.").format(unit=self.unit.currentText()))

    def unlink(self) -> None:
        chosen = [c for c in self._chosen() if c.state == "linked"]
        if not self.unlink_button.isEnabled():
            return
        if not chosen:
            self.page.message.say(
                self.tr("Only records linked to this unit can be unlinked here."), "error"
            )
            return
        try:
            for c in chosen:
                registry.unlink(self.desk.store, self.desk.actor, c.kind, c.record_id)
        except GrideskError as exc:
            self.page.message.say(error_text(exc), "error")
            return
        self.refresh()
        self.page.message.say(self.tr("Unlinked."))
