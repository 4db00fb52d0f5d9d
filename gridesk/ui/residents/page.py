"""居民: the registry list with search as you type, filters, and the add/edit/archive actions."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from gridesk import clock
from gridesk.core.actor import Permission
from gridesk.core.residents.catalogue import list_grids, list_tags
from gridesk.core.residents.labels import GENDER
from gridesk.core.residents.records import (
    SEARCH_LIMIT,
    ResidentFilter,
    ResidentRow,
    age_on,
    count_residents,
    estates,
    get_resident,
    list_residents,
    set_archived,
)
from gridesk.errors import GrideskError
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import label_text
from gridesk.ui.lazy_model import ID_ROLE, Column, LazyTableModel, configure_big_table
from gridesk.ui.messages import confirm, show_error
from gridesk.ui.page import Page, with_uuid
from gridesk.ui.residents.dialog import ResidentDialog
from gridesk.ui.residents.file_dialog import ResidentFileDialog

SEARCH_DELAY_MS = 120


class ResidentsPage(Page):
    # column constants
    NAME, GENDER, AGE, PHONE, ID_NUMBER, ADDRESS, GRID = range(7)

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self._filter = ResidentFilter()
        self._today = clock.today()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        title = QLabel(self.tr("Residents"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr(
                "Name, pinyin or initials, phone (or its last 4), ID tail, address such as 3-2-301"
            )
        )
        bar.addWidget(self.search, 3)
        self.grid_filter = QComboBox()
        self.estate_filter = QComboBox()
        self.tag_filter = QComboBox()
        for combo in (self.grid_filter, self.estate_filter, self.tag_filter):
            combo.setMinimumWidth(120)
            bar.addWidget(combo, 1)
        self.archived_box = QCheckBox(self.tr("Archived too"))
        bar.addWidget(self.archived_box)
        layout.addLayout(bar)

        self.model: LazyTableModel[ResidentRow] = LazyTableModel(
            self._columns(), self._count, self._page, self
        )
        self.table = QTableView()
        self.table.setObjectName("residentTable")
        configure_big_table(self.table, self.model)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("subtle")
        bottom.addWidget(self.count_label, 1)
        self.add_button = QPushButton(self.tr("New resident"))
        self.add_button.setObjectName("primary")
        self.edit_button = QPushButton(self.tr("Open"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.export_button = QPushButton(self.tr("Export…"))
        for button in (
            self.add_button,
            self.edit_button,
            self.archive_button,
            self.import_button,
            self.export_button,
        ):
            bottom.addWidget(button)
        layout.addLayout(bottom)

        can_edit = desk.actor.can(Permission.RESIDENTS_EDIT)
        self.add_button.setEnabled(can_edit)
        self.archive_button.setEnabled(can_edit)
        self.import_button.setVisible(desk.actor.can(Permission.RESIDENTS_IMPORT))
        self.export_button.setVisible(desk.actor.can(Permission.RESIDENTS_EXPORT))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._enter_in_search)
        for combo in (self.grid_filter, self.estate_filter, self.tag_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.archived_box.toggled.connect(self.apply_filter)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.add_button.clicked.connect(self.add_resident)
        self.edit_button.clicked.connect(self.open_selected)
        self.archive_button.clicked.connect(self.archive_selected)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.focus_search)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.add_resident)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.open_selected)
        self._load_filters()
        self.apply_filter()

    def _columns(self) -> list[Column[ResidentRow]]:
        gender = {code: label_text(GENDER, code) for code in GENDER}
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        today = self._today

        def age(r: ResidentRow) -> str:
            years = age_on(r.birth_date, today)
            return "" if years is None else str(years)

        def name(r: ResidentRow) -> str:
            return r.name + (self.tr(" (archived)") if r.archived else "")

        return [
            Column(self.tr("Name"), name, width=130),
            Column(self.tr("Gender"), lambda r: gender.get(r.gender, ""), width=60),
            Column(self.tr("Age"), age, right, width=60),
            Column(self.tr("Phone"), lambda r: r.phone, width=140),
            Column(self.tr("ID number"), lambda r: r.id_number, width=190),
            Column(self.tr("Address"), lambda r: r.address, width=220),
            Column(self.tr("Grid"), lambda r: r.grid_name, width=140),
        ]

    def _count(self) -> int:
        return count_residents(self.desk.store, self.desk.actor, self._filter)

    def _page(self, offset: int, limit: int) -> list[ResidentRow]:
        return list_residents(self.desk.store, self.desk.actor, self._filter, offset, limit)

    def _load_filters(self) -> None:
        for combo in (self.grid_filter, self.estate_filter, self.tag_filter):
            combo.blockSignals(True)
            combo.clear()
        self.grid_filter.addItem(self.tr("All grids"), None)
        for grid in list_grids(self.desk.store, self.desk.actor):
            self.grid_filter.addItem(grid.name, grid.id)
        self.estate_filter.addItem(self.tr("All estates"), "")
        for estate in estates(self.desk.store, self.desk.actor):
            self.estate_filter.addItem(estate, estate)
        self.tag_filter.addItem(self.tr("All tags"), None)
        for tag in list_tags(self.desk.store, self.desk.actor):
            self.tag_filter.addItem(tag.name, tag.id)
        for combo in (self.grid_filter, self.estate_filter, self.tag_filter):
            combo.blockSignals(False)

    def refresh(self) -> None:
        self.model.reload()
        self._show_count()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def apply_filter(self) -> None:
        self._timer.stop()
        self._filter = ResidentFilter(
            text=self.search.text(),
            grid_id=self.grid_filter.currentData(),
            estate=self.estate_filter.currentData() or "",
            tag_id=self.tag_filter.currentData(),
            include_archived=self.archived_box.isChecked(),
        )
        self.model.reload()
        if self.model.rowCount() > 0:
            self.table.selectRow(0)
        self._show_count()

    def _show_count(self) -> None:
        n = self.model.rowCount()
        if self._filter.text.strip() and n > SEARCH_LIMIT:
            self.count_label.setText(
                self.tr("More than {n} match; type a little more to narrow it down.").format(
                    n=SEARCH_LIMIT
                )
            )
        elif n == 0 and self._filter.text.strip():
            self.count_label.setText(
                self.tr("Nobody matches. Check the spelling, or add a new resident.")
            )
        else:
            self.count_label.setText(self.tr("%n resident(s)", "", n))

    def _enter_in_search(self) -> None:
        self.apply_filter()
        if self.model.rowCount() == 1:
            self.open_selected()
        elif self.model.rowCount() > 0:
            self.table.setFocus()

    def selected_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def open_code(self, kind: str, ident: str) -> str:
        return with_uuid(ident, self.open_resident)  # R resident card, V volunteer card

    def open_resident(self, resident_id: uuid.UUID) -> None:
        """居民档案: the whole resident in one panel; Edit (F5) there opens the form."""
        try:
            panel = ResidentFileDialog(self.desk, resident_id, self)
        except GrideskError as exc:
            show_error(self, exc)
            return
        panel.exec()
        panel.deleteLater()
        if panel.next_step == "edit":
            self.edit_resident(resident_id)
        elif panel.next_step:
            self.start_for_resident.emit(panel.next_step, resident_id)

    def edit_resident(self, resident_id: uuid.UUID) -> None:
        try:
            detail = get_resident(self.desk.store, self.desk.actor, resident_id)
        except GrideskError as exc:
            show_error(self, exc)
            return
        dialog = ResidentDialog(self.desk, detail, self)
        if not self.desk.actor.can(Permission.RESIDENTS_EDIT):
            dialog.ui.buttons.setEnabled(False)
        dialog.exec()
        if dialog.open_instead is not None:
            self.open_resident(dialog.open_instead)
        elif dialog.saved is not None:
            self.model.reload()
            self._show_count()
            self.open_resident(resident_id)

    def open_selected(self) -> None:
        resident_id = self.selected_id()
        if resident_id is not None:
            self.open_resident(resident_id)

    def add_resident(self) -> None:
        if not self.desk.actor.can(Permission.RESIDENTS_EDIT):
            return
        dialog = ResidentDialog(self.desk, None, self)
        dialog.exec()
        if dialog.open_instead is not None:
            self.open_resident(dialog.open_instead)
        elif dialog.saved is not None:
            self._load_filters()
            self.search.setText(dialog.saved.name)
            self.apply_filter()

    def archive_selected(self) -> None:
        resident_id = self.selected_id()
        if resident_id is None:
            return
        detail = get_resident(self.desk.store, self.desk.actor, resident_id)
        archived = not detail.archived
        question = (
            self.tr("Archive {name}? The record is kept and can be restored.")
            if archived
            else self.tr("Bring {name} back from the archive?")
        ).format(name=detail.name)
        if not confirm(self, question):
            return
        try:
            set_archived(self.desk.store, self.desk.actor, resident_id, archived)
        except GrideskError as exc:
            show_error(self, exc)
            return
        self.model.reload()
        self._show_count()

    def import_file(self) -> None:
        from gridesk.ui.residents.import_dialog import ImportDialog

        dialog = ImportDialog(self.desk, self)
        dialog.exec()
        dialog.deleteLater()
        if dialog.imported:
            self._load_filters()
            self.apply_filter()

    def export_file(self) -> None:
        from gridesk.ui.residents.import_dialog import export_residents_interactively

        export_residents_interactively(self.desk, self._filter, self)
