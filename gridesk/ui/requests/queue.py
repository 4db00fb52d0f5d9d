"""工单队列: due-today and overdue cases first, highlighted; searchable by ticket number,
resident (pinyin too), phone and text; filterable by grid, category and handler; sortable."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gridesk import clock
from gridesk.core.requests.cases import (
    TEXT_LIMIT,
    CaseFilter,
    CaseRow,
    count_cases,
    handler_names,
    list_cases,
)
from gridesk.core.requests.catalogue import list_categories
from gridesk.core.requests.machine import WORKING
from gridesk.core.residents.catalogue import list_grids
from gridesk.ui.desk import Desk
from gridesk.ui.lazy_model import ID_ROLE, Column, LazyTableModel, configure_big_table
from gridesk.ui.requests.labels import priority_label, status_label

OVERDUE = QColor("#F8D7DA")
DUE_TODAY = QColor("#FFF3CD")


class CaseModel(LazyTableModel[CaseRow]):
    """The lazy model, with overdue rows red and rows due today amber."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.today: date = clock.today()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            row = self.row_at(index.row())
            if row is None or row.deadline is None or row.status not in WORKING:
                return None
            if row.deadline < self.today:
                return QBrush(OVERDUE)
            if row.deadline == self.today:
                return QBrush(DUE_TODAY)
            return None
        return super().data(index, role)


class CaseQueue(QWidget):
    NUMBER, ACCEPTED, RESIDENT, CATEGORY, GRID, HANDLER, STATUS, DEADLINE, DESCRIPTION = range(9)
    open_case = Signal(object)  # uuid
    counted = Signal(int)  # due today or overdue

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._filter = CaseFilter(view="due")
        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Ticket number, resident (pinyin too), phone or words")
        )
        self.view = QComboBox()
        for key, text in (
            ("due", self.tr("Due today and overdue")),
            ("mine", self.tr("My cases (taken in by me)")),
            ("open", self.tr("Open (clock running)")),
            ("callback", self.tr("Waiting for call-back")),
            ("on_hold", self.tr("On hold")),
            ("done", self.tr("Closed, rejected, referred")),
            ("all", self.tr("All cases")),
        ):
            self.view.addItem(text, key)
        self.grid_filter = QComboBox()
        self.category_filter = QComboBox()
        self.handler_filter = QComboBox()
        self.sort = QComboBox()
        for key, text in (
            ("deadline", self.tr("By deadline")),
            ("accepted", self.tr("Newest first")),
            ("number", self.tr("By number")),
        ):
            self.sort.addItem(text, key)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        for combo in (
            self.view,
            self.grid_filter,
            self.category_filter,
            self.handler_filter,
            self.sort,
        ):
            combo.setMinimumWidth(110)
            bar.addWidget(combo, 1)
        # the view's words whole, never "Due today and o…": as wide as its longest item
        self.view.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.view.setMinimumWidth(self.view.sizeHint().width())
        self.model = CaseModel(self._columns(), self._count, self._page, self)
        self.table = QTableView()
        self.table.setObjectName("caseTable")
        configure_big_table(self.table, self.model)
        self.count_label = QLabel()
        self.count_label.setObjectName("subtle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._enter_in_search)
        for combo in (
            self.view,
            self.grid_filter,
            self.category_filter,
            self.handler_filter,
            self.sort,
        ):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.open_selected)
        self.load_filters()
        self.apply_filter()

    def _columns(self) -> list[Column[CaseRow]]:
        def deadline(r: CaseRow) -> str:
            if r.deadline is None:
                if r.days_left_on_hold is not None:
                    left = r.days_left_on_hold  # below 0: put on hold past its deadline
                    if left < 0:
                        return self.tr("paused, %n overdue", "", -left)
                    return self.tr("paused, %n left", "", left)
                return ""
            return r.deadline.isoformat()

        def resident(r: CaseRow) -> str:
            return " ".join(p for p in (r.contact_name, r.phone[-4:] if r.phone else "") if p)

        def status(r: CaseRow) -> str:
            text = status_label(r.status)
            if r.priority != "normal":
                text += " · " + priority_label(r.priority)
            if r.rating:
                text += f" · {r.rating}★"
            return text

        return [
            Column(self.tr("Ticket"), lambda r: r.number, width=150),
            Column(self.tr("Accepted"), lambda r: r.accepted_day.isoformat(), width=95),
            Column(self.tr("Resident"), resident, width=120),
            Column(self.tr("Category"), lambda r: r.category, width=110),
            Column(self.tr("Grid"), lambda r: r.grid_name, width=90),
            Column(self.tr("Handler"), lambda r: r.handler_name, width=120),
            Column(self.tr("Status"), status, width=110),
            Column(self.tr("Deadline"), deadline, width=100),
            Column(self.tr("What they said"), lambda r: " ".join(r.description.split()), width=200),
        ]

    def _count(self) -> int:
        return count_cases(self.desk.store, self.desk.actor, self._filter, self.model.today)

    def _page(self, offset: int, limit: int) -> list[CaseRow]:
        return list_cases(
            self.desk.store, self.desk.actor, self._filter, offset, limit, self.model.today
        )

    def load_filters(self) -> None:
        store, actor = self.desk.store, self.desk.actor
        combos = (self.grid_filter, self.category_filter, self.handler_filter)
        for combo in combos:
            combo.blockSignals(True)
            combo.clear()
        self.grid_filter.addItem(self.tr("All grids"), None)
        for g in list_grids(store, actor):
            self.grid_filter.addItem(g.name, g.id)
        self.category_filter.addItem(self.tr("All categories"), None)
        for c in list_categories(store, actor):
            self.category_filter.addItem(c.name, c.id)
        self.handler_filter.addItem(self.tr("All handlers"), "")
        for name in handler_names(store, actor):
            self.handler_filter.addItem(name, name)
        for combo in combos:
            combo.blockSignals(False)

    def show_filter(self, wanted: dict[str, str]) -> None:
        """The list narrowed as a report's figure asks (its view, grid, category, handler);
        the search box cleared, every other filter back to "all"."""
        combos = (self.view, self.grid_filter, self.category_filter, self.handler_filter)
        for combo in combos:
            combo.blockSignals(True)
        self.search.blockSignals(True)
        self.search.clear()
        self.view.setCurrentIndex(max(0, self.view.findData(wanted.get("view", "all"))))
        for combo, name in (
            (self.grid_filter, "grid_id"),
            (self.category_filter, "category_id"),
            (self.handler_filter, "handler"),
        ):
            index = 0
            for i in range(combo.count()):
                if str(combo.itemData(i) or "") == wanted.get(name, ""):
                    index = i
            combo.setCurrentIndex(index)
        for combo in combos:
            combo.blockSignals(False)
        self.search.blockSignals(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        self.model.today = clock.today()
        mine = self.view.currentData() == "mine" and not text
        self._filter = CaseFilter(
            # a search looks through every case, not only the queue shown
            view="all" if text else "open" if mine else self.view.currentData(),
            accepted_by=self.desk.actor.user_id if mine else None,
            text=text,
            grid_id=self.grid_filter.currentData(),
            category_id=self.category_filter.currentData(),
            handler=self.handler_filter.currentData() or "",
            sort=self.sort.currentData(),
        )
        self.model.reload()
        if self.model.rowCount():
            self.table.selectRow(0)
        n = self.model.rowCount()
        if text and n > TEXT_LIMIT:
            self.count_label.setText(
                self.tr("More than {n} match; type a little more to narrow it down.").format(
                    n=TEXT_LIMIT
                )
            )
        else:
            self.count_label.setText(self.tr("%n case(s)", "", n))
        self.counted.emit(
            count_cases(self.desk.store, self.desk.actor, CaseFilter(view="due"), self.model.today)
        )

    def refresh(self) -> None:
        self.apply_filter()

    def _enter_in_search(self) -> None:
        self.apply_filter()
        if self.model.rowCount() == 1:
            self.open_selected()
        elif self.model.rowCount():
            self.table.setFocus()

    def selected_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def open_selected(self) -> None:
        case_id = self.selected_id()
        if case_id is not None:
            self.open_case.emit(case_id)
