"""共建单位: the partner units' window. The units on the left; the chosen unit's record, its
双报到 party members and its three lists on the right; the records linked to a unit (wishes,
bookings, activities, volunteers: ui/partners/links.py), the year's evaluation (weights, the
scoring sheet, the ranking, the printed report) and the pioneer index on tabs of their own."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gridesk import clock
from gridesk.core.actor import Permission
from gridesk.core.partners import evaluation, registry
from gridesk.core.partners.evaluation import MEASURES, SCORERS, Evaluation
from gridesk.core.partners.labels import ITEM_STATUS, KIND, LIST, MEASURE, PIONEER
from gridesk.core.partners.pioneer import (
    COMPONENTS,
    pioneer_index,
    pioneer_weights,
    set_pioneer_weights,
)
from gridesk.core.partners.registry import KINDS, LISTS, STATUSES, ItemView, UnitInput, UnitView
from gridesk.core.printing import Document
from gridesk.errors import GrideskError
from gridesk.ui.combo import select_data
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text, label_text
from gridesk.ui.lazy_model import widen_to_titles
from gridesk.ui.page import Page
from gridesk.ui.partners.links import LinksTab
from gridesk.ui.printing import Outcome, print_paper
from gridesk.ui.widgets.message_line import MessageLine

ID_ROLE = Qt.ItemDataRole.UserRole


class UnitTab(QWidget):
    """One unit: its record, its 双报到 members and its three lists."""

    def __init__(self, page: PartnersPage) -> None:
        super().__init__()
        self.page = page
        self.desk = page.desk
        self.unit: UnitView | None = None
        self.items: list[ItemView] = []
        may_edit = self.desk.actor.can(Permission.PARTNERS_EDIT)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setMaxLength(80)
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(label_text(KIND, kind), kind)
        self.address = QLineEdit()
        self.contact = QLineEdit()
        self.phone = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Notes"), self.notes)
        left.addLayout(form)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.new_button = QPushButton(self.tr("New unit"))
        row.addWidget(self.save_button)
        row.addWidget(self.new_button)
        row.addStretch(1)
        left.addLayout(row)
        left.addWidget(QLabel(self.tr("Party members reporting (双报到)")))
        self.members = QListWidget()
        left.addWidget(self.members, 1)
        row = QHBoxLayout()
        self.member_name = QLineEdit()
        self.member_name.setPlaceholderText(self.tr("Name"))
        self.member_phone = QLineEdit()
        self.member_phone.setPlaceholderText(self.tr("Phone"))
        self.add_member_button = QPushButton(self.tr("Add"))
        self.end_member_button = QPushButton(self.tr("No longer reports"))
        for widget in (
            self.member_name,
            self.member_phone,
            self.add_member_button,
            self.end_member_button,
        ):
            row.addWidget(widget)
        left.addLayout(row)
        layout.addLayout(left, 1)

        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("The three lists (双向认领)")))
        self.item_table = QTableWidget(0, 3)
        self.item_table.setHorizontalHeaderLabels(
            [self.tr("List"), self.tr("What"), self.tr("Status")]
        )
        self.item_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.item_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.item_table.verticalHeader().setVisible(False)
        self.item_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.item_table.setColumnWidth(0, 130)
        self.item_table.setColumnWidth(2, 90)
        right.addWidget(self.item_table, 1)
        row = QHBoxLayout()
        self.item_list = QComboBox()
        for name in LISTS:
            self.item_list.addItem(label_text(LIST, name), name)
        self.item_title = QLineEdit()
        self.item_title.setPlaceholderText(self.tr("What it is"))
        self.add_item_button = QPushButton(self.tr("Add"))
        row.addWidget(self.item_list)
        row.addWidget(self.item_title, 1)
        row.addWidget(self.add_item_button)
        right.addLayout(row)
        row = QHBoxLayout()
        self.item_status = QComboBox()
        self.status_button = QPushButton(self.tr("Set status"))
        row.addWidget(QLabel(self.tr("Chosen line:")))
        row.addWidget(self.item_status, 1)
        row.addWidget(self.status_button)
        right.addLayout(row)
        layout.addLayout(right, 1)

        for widget in (
            self.save_button,
            self.new_button,
            self.add_member_button,
            self.end_member_button,
            self.add_item_button,
            self.status_button,
        ):
            widget.setEnabled(may_edit)
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(lambda: self.show_unit(None))
        self.add_member_button.clicked.connect(self.add_member)
        self.end_member_button.clicked.connect(self.end_member)
        self.add_item_button.clicked.connect(self.add_item)
        self.status_button.clicked.connect(self.set_status)
        self.item_table.itemSelectionChanged.connect(self._item_chosen)

    def show_unit(self, unit: UnitView | None) -> None:
        self.unit = unit
        self.name.setText(unit.name if unit else "")
        select_data(self.kind, unit.kind if unit else KINDS[0])
        self.address.setText(unit.address if unit else "")
        self.contact.setText(unit.contact_name if unit else "")
        self.phone.setText(unit.contact_phone if unit else "")
        self.notes.setPlainText(unit.notes if unit else "")
        self.members.clear()
        self.item_table.setRowCount(0)
        self.items = []
        if unit is None:
            self.name.setFocus()
            return
        store, actor = self.desk.store, self.desk.actor
        for m in registry.list_members(store, actor, unit.id):
            text = f"{m.name}　{m.phone}" + ("" if m.active else self.tr(" (ended)"))
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, m.id)
            item.setFlags(item.flags() if m.active else Qt.ItemFlag.NoItemFlags)
            self.members.addItem(item)
        self.items = registry.list_items(store, actor, unit.id)
        self.item_table.setRowCount(len(self.items))
        for n, i in enumerate(self.items):
            for column, text in enumerate(
                (label_text(LIST, i.list), i.title, label_text(ITEM_STATUS, i.status))
            ):
                self.item_table.setItem(n, column, QTableWidgetItem(text))

    def save(self) -> None:
        data = UnitInput(
            self.name.text(),
            self.kind.currentData(),
            self.address.text(),
            self.contact.text(),
            self.phone.text(),
            self.notes.toPlainText(),
        )
        try:
            saved = registry.save_unit(
                self.desk.store, self.desk.actor, self.unit.id if self.unit else None, data
            )
        except GrideskError as exc:
            self.page.message.say(error_text(exc), "error")
            return
        self.page.reload(saved.id)
        self.page.message.say(self.tr("Saved. Cases can be dispatched to it."), "ok")

    def add_member(self) -> None:
        if self.unit is None:
            return
        try:
            registry.add_member(
                self.desk.store,
                self.desk.actor,
                self.unit.id,
                self.member_name.text(),
                self.member_phone.text(),
                reported_on=clock.today(),
            )
        except GrideskError as exc:
            self.page.message.say(error_text(exc), "error")
            return
        self.member_name.clear()
        self.member_phone.clear()
        self.page.reload(self.unit.id)

    def end_member(self) -> None:
        item = self.members.currentItem()
        if item is None or self.unit is None:
            return
        registry.end_member(self.desk.store, self.desk.actor, item.data(ID_ROLE))
        self.page.reload(self.unit.id)

    def add_item(self) -> None:
        if self.unit is None:
            return
        try:
            registry.add_item(
                self.desk.store,
                self.desk.actor,
                self.unit.id,
                self.item_list.currentData(),
                self.item_title.text(),
            )
        except GrideskError as exc:
            self.page.message.say(error_text(exc), "error")
            return
        self.item_title.clear()
        self.show_unit(self.unit)

    def _chosen_item(self) -> ItemView | None:
        rows = self.item_table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.items):
            return None
        return self.items[rows[0].row()]

    def _item_chosen(self) -> None:
        self.item_status.clear()
        item = self._chosen_item()
        if item is None:
            return
        for status in STATUSES[item.list]:
            self.item_status.addItem(label_text(ITEM_STATUS, status), status)
        select_data(self.item_status, item.status)

    def set_status(self) -> None:
        item = self._chosen_item()
        if item is None or self.unit is None:
            return
        try:
            registry.set_item_status(
                self.desk.store, self.desk.actor, item.id, self.item_status.currentData()
            )
        except GrideskError as exc:
            self.page.message.say(error_text(exc), "error")
            return
        self.show_unit(self.unit)


class EvaluationTab(QWidget):
    """年度评议: the weights (the admin's), the scoring sheet, the ranking, the report."""

    def __init__(self, page: PartnersPage) -> None:
        super().__init__()
        self.page = page
        self.desk = page.desk
        self.evaluation: Evaluation | None = None
        may_evaluate = self.desk.actor.can(Permission.PARTNERS_EVALUATE)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(clock.today().year)
        self.save_button = QPushButton(self.tr("Save weights and scores"))
        self.save_button.setEnabled(may_evaluate)
        self.print_button = QPushButton(self.tr("Print report…"))
        self.export_button = QPushButton(self.tr("Export…"))
        bar.addWidget(QLabel(self.tr("Year")))
        bar.addWidget(self.year)
        bar.addStretch(1)
        for button in (self.save_button, self.print_button, self.export_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.weights = QTableWidget(len(MEASURES), 2)
        self.weights.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Weight")])
        self.weights.verticalHeader().setVisible(False)
        self.weights.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        split.addWidget(self.weights)
        self.sheet = QTableWidget(0, 6)
        self.sheet.setHorizontalHeaderLabels(
            [
                self.tr("Rank"),
                self.tr("Unit"),
                self.tr("Cases"),
                label_text(MEASURE, "residents"),
                label_text(MEASURE, "centre"),
                self.tr("Total"),
            ]
        )
        self.sheet.verticalHeader().setVisible(False)
        self.sheet.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        widen_to_titles(self.sheet)
        split.addWidget(self.sheet)
        split.setSizes([280, 700])
        layout.addWidget(split, 1)
        note = QLabel(
            self.tr(
                "Figures are collected from the year's records; the two scores (0-100) "
                "are typed on the sheet. Total = weighted mean of the scores."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(lambda: self.print_report())
        self.export_button.clicked.connect(lambda: self.export())

    def refresh(self) -> None:
        try:
            self.evaluation = evaluation.evaluate(
                self.desk.store, self.desk.actor, self.year.value()
            )
        except GrideskError as exc:
            self.page.message.say(error_text(exc), "error")
            return
        ev = self.evaluation
        editable = self.desk.actor.can(Permission.PARTNERS_EVALUATE)
        fixed = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        for n, measure in enumerate(MEASURES):
            name = QTableWidgetItem(label_text(MEASURE, measure))
            name.setFlags(fixed)
            name.setData(ID_ROLE, measure)
            self.weights.setItem(n, 0, name)
            weight = QTableWidgetItem(str(ev.weights[measure]))
            if not editable:
                weight.setFlags(fixed)
            self.weights.setItem(n, 1, weight)
        self.sheet.setRowCount(len(ev.results))
        for n, r in enumerate(ev.results):
            cells = [str(r.rank), r.name, str(r.figures.cases)]
            cells += ["" if r.manual[s] is None else str(r.manual[s]) for s in SCORERS]
            cells.append(f"{r.total:.2f}")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, r.unit_id)
                if column not in (3, 4) or not editable:
                    item.setFlags(fixed)
                self.sheet.setItem(n, column, item)

    def _number(self, text: str) -> int | None:
        text = text.strip()
        return int(text) if text.isdigit() else None

    def save(self) -> None:
        store, actor, year = self.desk.store, self.desk.actor, self.year.value()
        try:
            weights = {}
            for n in range(self.weights.rowCount()):
                measure = self.weights.item(n, 0).data(ID_ROLE)
                weights[measure] = self._number(self.weights.item(n, 1).text()) or 0
            evaluation.set_weights(store, actor, year, weights)
            for n in range(self.sheet.rowCount()):
                unit_id: uuid.UUID = self.sheet.item(n, 1).data(ID_ROLE)
                for column, scorer in ((3, "residents"), (4, "centre")):
                    score = self._number(self.sheet.item(n, column).text())
                    evaluation.set_score(store, actor, year, unit_id, scorer, score)
        except GrideskError as exc:
            self.page.message.say(error_text(exc), "error")
            return
        self.refresh()
        self.page.message.say(self.tr("Saved. The ranking is worked out again."), "ok")

    def print_report(self, path: Path | None = None) -> None:
        from gridesk.core.partners.papers import paper_evaluation

        store, actor, year = self.desk.store, self.desk.actor, self.year.value()
        self.page.print_paper(lambda: paper_evaluation(store, actor, year), path)

    def export(self, path: Path | None = None) -> None:
        from gridesk.exchange.partners_io import export_evaluation

        year = self.year.value()
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the evaluation"),
                str(Path.home() / f"{year}年度共建单位评议.xlsx"),
                "Excel (*.xlsx)",
            )
            if not chosen:
                return
            path = Path(chosen)
        try:
            n = export_evaluation(self.desk.store, self.desk.actor, year, path)
        except GrideskError as exc:
            self.page.message.say(error_text(exc), "error")
            return
        self.page.message.say(self.tr("%n unit(s) written.", "", n), "ok")


class PioneerTab(QWidget):
    """先锋指数: party members ranked by their index; the weights are the admin's."""

    def __init__(self, page: PartnersPage) -> None:
        super().__init__()
        self.page = page
        self.desk = page.desk
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(clock.today().year)
        bar.addWidget(QLabel(self.tr("Year")))
        bar.addWidget(self.year)
        # the weights on a row of their own: four labelled boxes and the buttons do not fit one
        # row at 1280 px in English
        weights = QHBoxLayout()
        self.weights: dict[str, QSpinBox] = {}
        for component in COMPONENTS:
            box = QSpinBox()
            box.setRange(0, 100)
            box.setEnabled(self.desk.actor.can(Permission.PARTNERS_EVALUATE))
            self.weights[component] = box
            weights.addWidget(QLabel(label_text(PIONEER, component)))
            weights.addWidget(box)
        weights.addStretch(1)
        self.save_button = QPushButton(self.tr("Save weights"))
        self.save_button.setEnabled(self.desk.actor.can(Permission.PARTNERS_EVALUATE))
        self.print_button = QPushButton(self.tr("Print board…"))
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        layout.addLayout(bar)
        layout.addLayout(weights)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Rank"),
                self.tr("Name"),
                label_text(PIONEER, "hours"),
                label_text(PIONEER, "cases"),
                label_text(PIONEER, "wishes"),
                label_text(PIONEER, "activities"),
                self.tr("Index"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        widen_to_titles(self.table)
        layout.addWidget(self.table, 1)
        note = QLabel(self.tr("Index = the weights times the year's figures, added up."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(lambda: self.print_board())

    def refresh(self) -> None:
        store, actor = self.desk.store, self.desk.actor
        for component, weight in pioneer_weights(store, actor).items():
            self.weights[component].setValue(round(weight))
        rows = pioneer_index(store, actor, self.year.value())
        self.table.setRowCount(len(rows))
        for n, r in enumerate(rows):
            cells = (
                str(r.rank),
                r.name,
                f"{r.hours:g}",
                str(r.cases),
                str(r.wishes),
                str(r.activities),
                f"{r.index:g}",
            )
            for column, text in enumerate(cells):
                self.table.setItem(n, column, QTableWidgetItem(text))

    def save(self) -> None:
        chosen = {c: float(box.value()) for c, box in self.weights.items()}
        try:
            set_pioneer_weights(self.desk.store, self.desk.actor, chosen)
        except GrideskError as exc:
            self.page.message.say(error_text(exc), "error")
            return
        self.refresh()
        self.page.message.say(self.tr("Weights saved; the index is worked out again."), "ok")

    def print_board(self, path: Path | None = None) -> None:
        from gridesk.core.partners.papers import paper_pioneer

        store, actor, year = self.desk.store, self.desk.actor, self.year.value()
        self.page.print_paper(lambda: paper_pioneer(store, actor, year), path)


class PartnersPage(Page):
    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.units: list[UnitView] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        title = QLabel(self.tr("Partner units"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.tabs = QTabWidget()
        registry_tab = QWidget()
        split = QHBoxLayout(registry_tab)
        self.unit_list = QListWidget()
        self.unit_list.setFixedWidth(240)
        split.addWidget(self.unit_list)
        self.unit_tab = UnitTab(self)
        split.addWidget(self.unit_tab, 1)
        self.evaluation_tab = EvaluationTab(self)
        self.links_tab = LinksTab(self)
        self.tabs.addTab(registry_tab, self.tr("Units and their lists"))
        self.tabs.addTab(self.links_tab, self.tr("Linked records"))
        self.tabs.addTab(self.evaluation_tab, self.tr("Annual evaluation"))
        self.pioneer_tab = PioneerTab(self)
        self.tabs.addTab(self.pioneer_tab, self.tr("Pioneer index"))
        layout.addWidget(self.tabs, 1)
        self.message = MessageLine()
        layout.addWidget(self.message)
        self.unit_list.currentRowChanged.connect(self._chosen)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self._loaded = False

    def showEvent(self, event):  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    def print_paper(self, make: Callable[[], Document], path: Path | None = None) -> None:
        """Make one of the window's papers and print it, or save it to ``path``."""
        result = print_paper(
            self, self.desk, make, path, lambda exc: self.message.say(error_text(exc), "error")
        )
        if result is not None and result.outcome in (Outcome.PRINTED, Outcome.SAVED):
            self.message.say(self.tr("Done. It is kept in the print history."), "ok")

    def refresh(self) -> None:
        self._loaded = True
        if self.tabs.currentWidget() is self.evaluation_tab:
            self.evaluation_tab.refresh()
        elif self.tabs.currentWidget() is self.pioneer_tab:
            self.pioneer_tab.refresh()
        elif self.tabs.currentWidget() is self.links_tab:
            if self.links_tab.unit.count() == 0:
                self.reload(None)
            self.links_tab.refresh()
        else:
            self.reload(self.unit_tab.unit.id if self.unit_tab.unit else None)

    def reload(self, keep: uuid.UUID | None = None) -> None:
        self.units = registry.list_units(self.desk.store, self.desk.actor)
        self.unit_list.blockSignals(True)
        self.unit_list.clear()
        chosen = -1
        for n, u in enumerate(self.units):
            item = QListWidgetItem(f"{u.name} · {label_text(KIND, u.kind)}")
            item.setData(ID_ROLE, u.id)
            self.unit_list.addItem(item)
            if u.id == keep:
                chosen = n
        self.unit_list.blockSignals(False)
        if chosen < 0 and self.units:
            chosen = 0
        self.unit_list.setCurrentRow(chosen)
        self.unit_tab.show_unit(self.units[chosen] if chosen >= 0 else None)
        self.links_tab.set_units(self.units, self.units[chosen].id if chosen >= 0 else None)

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self.units):
            self.unit_tab.show_unit(self.units[row])
            self.links_tab.set_units(self.units, self.units[row].id)
