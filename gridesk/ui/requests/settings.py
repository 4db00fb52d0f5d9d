"""The admin's catalogue for requests: categories (default handler, deadline, checklist),
departments and partner units with contacts, and the holidays of years chinese-calendar does
not know yet."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gridesk import clock
from gridesk.core.requests.catalogue import (
    CategoryView,
    UnitView,
    list_calendar_days,
    list_categories,
    list_units,
    save_category,
    save_unit,
    set_calendar_day,
)
from gridesk.core.residents.catalogue import list_grids
from gridesk.errors import GrideskError
from gridesk.ui.combo import select_data
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text
from gridesk.ui.requests.labels import handler_label


class CatalogueTab(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.message = QLabel()
        self.message.setObjectName("catalogueMessage")
        row = QHBoxLayout()
        row.addWidget(self._category_box(), 3)
        row.addWidget(self._unit_box(), 2)
        row.addWidget(self._calendar_box(), 2)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.message)
        self.reload()

    # -- categories ---------------------------------------------------------------------------

    def _category_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Categories"))
        self.categories = QListWidget()
        self.cat_name = QLineEdit()
        self.cat_group = QLineEdit()
        self.cat_days = QSpinBox()
        self.cat_days.setRange(1, 60)
        self.cat_days.setValue(5)
        self.cat_handler_kind = QComboBox()
        self.cat_handler_kind.addItem(self.tr("(none)"), "")
        for kind in ("department", "partner", "grid"):
            self.cat_handler_kind.addItem(handler_label(kind), kind)
        self.cat_handler = QComboBox()
        self.cat_checklist = QPlainTextEdit()
        self.cat_checklist.setTabChangesFocus(True)
        self.cat_checklist.setPlaceholderText(self.tr("One item a line"))
        self.cat_checklist.setMaximumHeight(80)
        self.categories.setMinimumHeight(140)
        self.cat_archived = QCheckBox(self.tr("Archived"))
        new = QPushButton(self.tr("New"))
        save = QPushButton(self.tr("Save category"))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.cat_name)
        form.addRow(self.tr("Group"), self.cat_group)
        form.addRow(self.tr("Working days"), self.cat_days)
        form.addRow(self.tr("Default handler"), self.cat_handler_kind)
        form.addRow("", self.cat_handler)
        form.addRow(self.tr("Checklist"), self.cat_checklist)
        form.addRow("", self.cat_archived)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(save)
        layout = QVBoxLayout(box)
        layout.addWidget(self.categories, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self._category_id: uuid.UUID | None = None
        self.categories.currentItemChanged.connect(self._show_category)
        self.cat_handler_kind.currentIndexChanged.connect(self._load_handler_choices)
        new.clicked.connect(self._new_category)
        save.clicked.connect(self.save_category)
        return box

    def _load_handler_choices(self) -> None:
        kind = self.cat_handler_kind.currentData()
        self.cat_handler.clear()
        store, actor = self.desk.store, self.desk.actor
        if kind in ("department", "partner"):
            for u in list_units(store, actor, kind):
                self.cat_handler.addItem(u.name, u.id)
        elif kind == "grid":
            self.cat_handler.addItem(self.tr("The resident's own grid"), None)
            for g in list_grids(store, actor):
                self.cat_handler.addItem(g.name, g.id)

    def _show_category(self, item: QListWidgetItem | None) -> None:
        c: CategoryView | None = item.data(Qt.ItemDataRole.UserRole) if item else None
        if c is None:
            return
        self._category_id = c.id
        self.cat_name.setText(c.name)
        self.cat_group.setText(c.group_name)
        self.cat_days.setValue(c.deadline_days)
        select_data(self.cat_handler_kind, c.handler_kind)
        self._load_handler_choices()
        select_data(self.cat_handler, c.handler_id)
        self.cat_checklist.setPlainText("\n".join(c.checklist))
        self.cat_archived.setChecked(c.archived)

    def _new_category(self) -> None:
        self._category_id = None
        self.categories.clearSelection()
        for line in (self.cat_name, self.cat_group):
            line.clear()
        self.cat_checklist.clear()
        self.cat_days.setValue(5)
        self.cat_archived.setChecked(False)
        self.cat_name.setFocus()

    def save_category(self) -> None:
        try:
            save_category(
                self.desk.store,
                self.desk.actor,
                self._category_id,
                name=self.cat_name.text(),
                group_name=self.cat_group.text(),
                handler_kind=self.cat_handler_kind.currentData(),
                handler_id=self.cat_handler.currentData(),
                deadline_days=self.cat_days.value(),
                checklist=self.cat_checklist.toPlainText(),
                archived=self.cat_archived.isChecked(),
            )
        except GrideskError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(self.tr("Saved."))
        self.reload()
        self.changed.emit()

    # -- units --------------------------------------------------------------------------------

    def _unit_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Departments and partner units"))
        self.units = QListWidget()
        self.unit_kind = QComboBox()
        for kind in ("department", "partner"):
            self.unit_kind.addItem(handler_label(kind), kind)
        self.unit_name = QLineEdit()
        self.unit_contact = QLineEdit()
        self.unit_phone = QLineEdit()
        self.unit_archived = QCheckBox(self.tr("Archived"))
        new = QPushButton(self.tr("New"))
        save = QPushButton(self.tr("Save unit"))
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.unit_kind)
        form.addRow(self.tr("Name"), self.unit_name)
        form.addRow(self.tr("Contact"), self.unit_contact)
        form.addRow(self.tr("Phone"), self.unit_phone)
        form.addRow("", self.unit_archived)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(save)
        layout = QVBoxLayout(box)
        layout.addWidget(self.units, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self._unit_id: uuid.UUID | None = None
        self.units.currentItemChanged.connect(self._show_unit)
        new.clicked.connect(self._new_unit)
        save.clicked.connect(self.save_unit)
        return box

    def _show_unit(self, item: QListWidgetItem | None) -> None:
        u: UnitView | None = item.data(Qt.ItemDataRole.UserRole) if item else None
        if u is None:
            return
        self._unit_id = u.id
        select_data(self.unit_kind, u.kind)
        self.unit_name.setText(u.name)
        self.unit_contact.setText(u.contact_name)
        self.unit_phone.setText(u.phone)
        self.unit_archived.setChecked(u.archived)

    def _new_unit(self) -> None:
        self._unit_id = None
        for line in (self.unit_name, self.unit_contact, self.unit_phone):
            line.clear()
        self.unit_archived.setChecked(False)
        self.unit_name.setFocus()

    def save_unit(self) -> None:
        try:
            save_unit(
                self.desk.store,
                self.desk.actor,
                self._unit_id,
                kind=self.unit_kind.currentData(),
                name=self.unit_name.text(),
                contact_name=self.unit_contact.text(),
                phone=self.unit_phone.text(),
                archived=self.unit_archived.isChecked(),
            )
        except GrideskError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(self.tr("Saved."))
        self.reload()
        self.changed.emit()

    # -- calendar -----------------------------------------------------------------------------

    def _calendar_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Holidays and make-up workdays"))
        hint = QLabel(
            self.tr(
                "Years up to 2026 come from the national calendar. For later years, enter the "
                "State Council's holidays and make-up workdays here when they are announced."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("subtle")
        self.days = QListWidget()
        self.day = QDateEdit(QDate(clock.today()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day_kind = QComboBox()
        self.day_kind.addItem(self.tr("Holiday"), False)
        self.day_kind.addItem(self.tr("Make-up workday"), True)
        self.day_note = QLineEdit()
        self.day_note.setPlaceholderText(self.tr("e.g. Spring Festival"))
        add = QPushButton(self.tr("Add"))
        remove = QPushButton(self.tr("Remove"))
        form = QFormLayout()
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Kind"), self.day_kind)
        form.addRow(self.tr("Note"), self.day_note)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        layout = QVBoxLayout(box)
        layout.addWidget(hint)
        layout.addWidget(self.days, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        add.clicked.connect(self.add_day)
        remove.clicked.connect(self.remove_day)
        return box

    def add_day(self) -> None:
        try:
            set_calendar_day(
                self.desk.store,
                self.desk.actor,
                self.day.date().toPython(),  # type: ignore[arg-type]
                self.day_kind.currentData(),
                self.day_note.text(),
            )
        except GrideskError as exc:
            self.message.setText(error_text(exc))
            return
        self.day_note.clear()
        self.reload()
        self.changed.emit()

    def remove_day(self) -> None:
        item = self.days.currentItem()
        if item is None:
            return
        set_calendar_day(
            self.desk.store, self.desk.actor, item.data(Qt.ItemDataRole.UserRole), None
        )
        self.reload()
        self.changed.emit()

    def reload(self) -> None:
        store, actor = self.desk.store, self.desk.actor
        self.categories.clear()
        for c in list_categories(store, actor, include_archived=True):
            text = self.tr("{label} · {days} working days").format(
                label=c.label, days=c.deadline_days
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c)
            self.categories.addItem(item)
        self.units.clear()
        for u in list_units(store, actor, include_archived=True):
            item = QListWidgetItem(
                f"{handler_label(u.kind)} · {u.name}  {u.contact_name} {u.phone}".strip()
            )
            item.setData(Qt.ItemDataRole.UserRole, u)
            self.units.addItem(item)
        self.days.clear()
        for d in list_calendar_days(store, actor):
            kind = self.tr("make-up workday") if d.workday else self.tr("holiday")
            item = QListWidgetItem(f"{d.day.isoformat()}  {kind}  {d.note}".strip())
            item.setData(Qt.ItemDataRole.UserRole, d.day)
            self.days.addItem(item)
