"""Importing residents from a spreadsheet, and exporting the list to one.

The import is three steps on one dialog: choose the file, match its headings to the template,
check and import. Reading, checking and writing run on a worker thread with progress and
cancel. The import is all-or-nothing (DESIGN.md, invariant 5): every row is checked first, on
any error nothing is written, and the person at the desk sees every error at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEventLoop,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridesk.core.actor import Permission
from gridesk.core.residents import imports
from gridesk.core.residents.imports import (
    ImportCancelled,
    ImportPlan,
    ImportResult,
    RawTable,
    RowError,
)
from gridesk.core.residents.records import ResidentFilter
from gridesk.errors import GrideskError
from gridesk.exchange import residents_io
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text, translated
from gridesk.ui.messages import show_error
from gridesk.ui.widgets.jobs import BackgroundJob, CancelCheck, Progress, Work
from gridesk.ui.widgets.message_line import MessageLine, State
from gridesk.ui.widgets.screen_room import fit_to_screen

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex

PREVIEW_ROWS = 5
WRAPPED_ERRORS = 500  # up to this many errors, rows grow to show the whole reason
MAPPING_COLUMNS = 3  # the column pickers are laid out in three columns


def _errors_text(text: str) -> str:
    """English source text of the errors context in the interface language."""
    return translated("errors", text)


class ImportErrorModel(QAbstractTableModel):
    """Every error of a checked file: rows as Excel numbers them, column, value, reason.

    Errors of one kind (a grid that does not exist, on 1,000 rows) are one line, its rows
    summarised (``2, 5, 9, 11, 14 … (1000 rows)``) as the command line shows them.
    """

    ROW, COLUMN, VALUE, REASON = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts: list[tuple[str, str, str, str]] = []
        self._headers = (
            self.tr("Row"),
            self.tr("Column"),
            self.tr("Value"),
            self.tr("What is wrong"),
        )

    def set_errors(self, errors: Sequence[RowError]) -> None:
        self.beginResetModel()
        # format once: data() is called many times per paint
        self._texts = [
            (g.rows_text(_errors_text), g.column, g.value, g.render(_errors_text))
            for g in imports.summarise_errors(errors)
        ]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._texts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.ROW:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None


class ImportDialog(QDialog):
    """Import residents from .xlsx or .csv. ``imported`` is True once residents were written.

    Tests and callers may drive it as a user would: type a path into ``path_edit`` (or call
    :meth:`load_file`), press ``next_button``, pick columns in ``column_combos``.
    """

    CHOOSE, MAPPING, CHECK = range(3)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.imported = False
        self.table: RawTable | None = None  # the file as read
        self.plan: ImportPlan | None = None  # the last check
        self.import_result: ImportResult | None = None
        self._job: BackgroundJob | None = None
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import residents"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        fit_to_screen(self, 1000, 670)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 14, 20, 14)
        self.step_label = QLabel()
        self.step_label.setObjectName("dialogTitle")
        outer.addWidget(self.step_label)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_choose())
        self.stack.addWidget(self._build_mapping())
        self.stack.addWidget(self._build_check())
        outer.addWidget(self.stack, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.back_button = QPushButton(self.tr("Back"))
        self.recheck_button = QPushButton(self.tr("Check the file again"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("primary")
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.back_button, self.recheck_button, self.next_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.next_button.setDefault(True)
        outer.addLayout(buttons)

        self.back_button.clicked.connect(self._back)
        self.recheck_button.clicked.connect(self.check_again)
        self.next_button.clicked.connect(self._next)
        self.close_button.clicked.connect(self.reject)
        self._show_step(self.CHOOSE)
        self.path_edit.setFocus()

    # -- building the three pages -------------------------------------------------------

    def _build_choose(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        intro = QLabel(
            self.tr(
                "Choose an Excel workbook (.xlsx) or a CSV file (UTF-8 or GBK) with one resident "
                "per row and the column headings above them. The template's columns are:"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        columns = QLabel("、".join(imports.TEMPLATE))
        columns.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        columns.setWordWrap(True)
        layout.addWidget(columns)
        hint = QLabel(
            self.tr(
                "A file with other headings is fine: you match its columns in the next step. "
                "Tags (标签) are separated by 、 or a comma."
            )
        )
        hint.setObjectName("subtle")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addSpacing(10)

        file_label = QLabel(self.tr("File:"))
        layout.addWidget(file_label)
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(self.tr("Type the file's path, or use “Choose file…”"))
        file_label.setBuddy(self.path_edit)
        row.addWidget(self.path_edit, 1)
        self.browse_button = QPushButton(self.tr("Choose file…"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self._browse)
        row.addWidget(self.browse_button)
        layout.addLayout(row)

        self.read_progress = QProgressBar()
        self.read_progress.setRange(0, 0)  # openpyxl cannot say how far it is
        self.read_progress.setTextVisible(False)
        self.read_progress.hide()
        layout.addWidget(self.read_progress)
        self.choose_message = QLabel()
        self.choose_message.setObjectName("errorText")
        self.choose_message.setWordWrap(True)
        layout.addWidget(self.choose_message)
        layout.addStretch(1)

        template_row = QHBoxLayout()
        template_hint = QLabel(
            self.tr(
                "No file yet? Save the empty template, fill it in with Excel or WPS, "
                "then choose it here."
            )
        )
        template_hint.setObjectName("subtle")
        template_hint.setWordWrap(True)
        template_row.addWidget(template_hint, 1)
        self.template_button = QPushButton(self.tr("Save the empty template…"))
        self.template_button.setAutoDefault(False)
        self.template_button.clicked.connect(self._save_template)
        template_row.addWidget(self.template_button)
        layout.addLayout(template_row)
        return page

    def _build_mapping(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        layout.addWidget(self.file_label)
        intro = QLabel(
            self.tr(
                "For each column of the template, choose the column of your file that holds it. "
                "The name (姓名) is required; a column set to “not in the file” stays empty."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("subtle")
        layout.addWidget(intro)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        self.column_combos: dict[str, QComboBox] = {}
        columns = imports.COLUMNS
        per_column = -(-len(columns) // MAPPING_COLUMNS)
        for i, name in enumerate(columns):
            label = QLabel(name + (" *" if name == imports.NAME else ""))
            if name == imports.ADDRESS:
                label.setToolTip(
                    self.tr(
                        "A whole address in one cell, such as 幸福小区3栋2单元301; it fills "
                        "小区, 楼栋, 单元 and 房号 where the file has no such columns."
                    )
                )
            combo = QComboBox()
            combo.setObjectName(f"column:{name}")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(self._mapping_changed)
            r, c = i % per_column, i // per_column
            grid.addWidget(
                label, r, c * 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            grid.addWidget(combo, r, c * 2 + 1)
            grid.setColumnStretch(c * 2 + 1, 1)
            self.column_combos[name] = combo
        layout.addLayout(grid)

        self.update_existing_box = QCheckBox(
            self.tr(
                "Update residents already registered (same ID number) instead of reporting them"
            )
        )
        layout.addWidget(self.update_existing_box)
        self.create_missing_box = QCheckBox(
            self.tr("Add grids and tags named in the file that do not exist yet")
        )
        self.create_missing_box.setVisible(self.desk.actor.can(Permission.CATALOGUE_MANAGE))
        layout.addWidget(self.create_missing_box)
        self.mapping_message = QLabel()
        self.mapping_message.setObjectName("errorText")
        self.mapping_message.setWordWrap(True)
        self.mapping_message.hide()
        layout.addWidget(self.mapping_message)

        preview_label = QLabel(self.tr("The first rows, as they will be read:"))
        preview_label.setObjectName("subtle")
        layout.addWidget(preview_label)
        self.preview = QTableWidget(0, 0)
        self.preview.setObjectName("importPreview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        layout.addWidget(self.preview, 1)
        return page

    def _build_check(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        self.headline = MessageLine(variant="headline")
        layout.addWidget(self.headline)

        running = QHBoxLayout()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        running.addWidget(self.progress_bar, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel_work)
        running.addWidget(self.cancel_button)
        layout.addLayout(running)

        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail_label)

        self.error_model = ImportErrorModel(self)
        self.error_table = QTableView()
        self.error_table.setObjectName("importErrors")
        self.error_table.setModel(self.error_model)
        self.error_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.error_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.error_table.setAlternatingRowColors(True)
        vertical = self.error_table.verticalHeader()
        vertical.setDefaultSectionSize(self.error_table.fontMetrics().height() + 12)
        vertical.hide()
        self.error_table.horizontalHeader().setStretchLastSection(True)
        widths = {
            ImportErrorModel.ROW: 60,
            ImportErrorModel.COLUMN: 110,
            ImportErrorModel.VALUE: 210,
        }
        for column, width in widths.items():
            self.error_table.setColumnWidth(column, width)
        layout.addWidget(self.error_table, 1)
        self.check_spacer = QWidget()  # keeps the headline at the top when there is no table
        layout.addWidget(self.check_spacer, 1)

        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.save_errors_button = QPushButton(self.tr("Save the error list…"))
        self.save_errors_button.setAutoDefault(False)
        self.save_errors_button.clicked.connect(self._save_errors)
        save_row.addWidget(self.save_errors_button)
        layout.addLayout(save_row)
        return page

    # -- moving between steps -----------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True while a worker reads, checks or writes."""
        return self._job is not None

    @property
    def step(self) -> int:
        return self.stack.currentIndex()

    def _show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        titles = {
            self.CHOOSE: self.tr("Step 1 of 3: choose the file"),
            self.MAPPING: self.tr("Step 2 of 3: match the columns"),
            self.CHECK: self.tr("Step 3 of 3: check and import"),
        }
        self.step_label.setText(titles[step])
        self.next_button.setText(
            self.tr("Check and import") if step == self.MAPPING else self.tr("Next")
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy, step = self.busy, self.step
        checking = step == self.CHECK
        has_errors = self.plan is not None and bool(self.plan.errors)
        self.back_button.setVisible(step != self.CHOOSE and not self.imported)
        self.back_button.setEnabled(not busy)
        self.next_button.setVisible(not checking)
        self.next_button.setEnabled(not busy)
        self.recheck_button.setVisible(checking and not busy and not self.imported)
        self.close_button.setText(
            self.tr("Close") if self.imported or checking else self.tr("Cancel")
        )
        self.browse_button.setEnabled(not busy)
        self.template_button.setEnabled(not busy)
        self.path_edit.setReadOnly(busy)
        self.read_progress.setVisible(busy and step == self.CHOOSE)
        self.progress_bar.setVisible(busy and checking)
        self.cancel_button.setVisible(busy and checking)
        self.cancel_button.setEnabled(True)
        self.error_table.setVisible(has_errors and checking)
        self.check_spacer.setVisible(not (has_errors and checking))
        self.save_errors_button.setVisible(has_errors and checking and not busy)

    def _next(self) -> None:
        if self.busy:
            return
        if self.step == self.CHOOSE:
            self.load_file(self.path_edit.text())
        elif self.step == self.MAPPING:
            self.check_and_import()

    def _back(self) -> None:
        if not self.busy and not self.imported:
            self._show_step(max(self.CHOOSE, self.step - 1))

    # -- step 1: the file ---------------------------------------------------------------

    def _browse(self) -> None:
        current = self.path_edit.text().strip()
        start = str(Path(current).parent) if current else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file to import"),
            start,
            self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"),
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str | Path) -> None:
        """Read the file on a worker thread; step 2 follows when it reads well."""
        if self.busy:
            return
        text = str(path).strip().strip('"')
        self.path_edit.setText(text)
        self.choose_message.clear()
        if self.step != self.CHOOSE:
            self._show_step(self.CHOOSE)
        if not text:
            self.choose_message.setText(self.tr("Choose the file to import first."))
            self.path_edit.setFocus()
            return
        file = Path(text).expanduser()
        if not file.is_file():
            self.choose_message.setText(
                self.tr(
                    "There is no file at {path}. Check the name, or use “Choose file…”."
                ).format(path=text)
            )
            self.path_edit.setFocus()
            return
        self._start(
            lambda _progress, _cancelled: residents_io.read_table(file),
            self._file_read,
            self._file_failed,
        )

    def _file_read(self, table: RawTable) -> None:
        if not table.rows:
            self.choose_message.setText(
                self.tr(
                    "{file} has headings but no residents below them. Fill in one resident per "
                    "row and choose it again."
                ).format(file=table.file_name)
            )
            return
        self.table = table
        self.plan = None
        self._fill_mapping(table)
        self._show_step(self.MAPPING)
        self.next_button.setFocus()

    def _file_failed(self, exc: BaseException) -> None:
        self.choose_message.setText(self._explain(exc))
        self.path_edit.setFocus()

    def _save_template(self) -> None:
        path = _ask_save_path(self, self.tr("Save the empty template"), "居民导入模板.xlsx")
        if path is None:
            return
        try:
            residents_io.write_template(path)
        except (GrideskError, OSError) as exc:
            self.choose_message.setText(self._explain(exc))
            return
        self.choose_message.clear()
        if not self.path_edit.text().strip():
            self.path_edit.setText(str(path))  # the file they will most likely import next
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr("The empty template was saved to {path}.").format(path=path),
        )

    # -- step 2: the mapping ------------------------------------------------------------

    def _fill_mapping(self, table: RawTable, keep: dict[str, int | None] | None = None) -> None:
        chosen_by = keep if keep is not None else residents_io.guess_mapping(table.headers)
        for name, combo in self.column_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not in the file —"), None)
            for i, heading in enumerate(table.headers):
                label = heading or self.tr("(column {n}, no heading)").format(n=i + 1)
                combo.addItem(label, i)
            chosen = chosen_by.get(name)
            combo.setCurrentIndex(
                0 if chosen is None or chosen >= len(table.headers) else chosen + 1
            )
            combo.blockSignals(False)
        self.file_label.setText(
            self.tr("{file}: %n row(s) to read.", "", len(table.rows)).format(file=table.file_name)
        )
        self._mapping_changed()

    def mapping(self) -> dict[str, int | None]:
        """For each column of the template (and 地址), the file's column index, or None."""
        return {name: combo.currentData() for name, combo in self.column_combos.items()}

    def _mapping_changed(self) -> None:
        """The preview: the file's own columns, each headed by where it goes (or that it is
        left out), so that the person can spot the column that holds what they look for."""
        table = self.table
        if table is None:
            return
        self.mapping_message.hide()
        goes_to = {i: name for name, i in self.mapping().items() if i is not None}
        width = max(len(table.headers), max((len(r) for r in table.rows[:PREVIEW_ROWS]), default=0))
        rows = table.rows[:PREVIEW_ROWS]
        left_out = self.palette().color(QPalette.ColorRole.PlaceholderText)
        self.preview.clear()
        self.preview.setColumnCount(width)
        self.preview.setRowCount(len(rows))
        labels = []
        for i in range(width):
            heading = table.headers[i] if i < len(table.headers) else ""
            heading = heading or self.tr("column {n}").format(n=i + 1)
            target = goes_to.get(i)
            labels.append(
                f"{heading}\n→ {target}" if target else heading + "\n" + self.tr("(left out)")
            )
        self.preview.setHorizontalHeaderLabels(labels)
        self.preview.setVerticalHeaderLabels([str(n) for n in table.row_numbers[:PREVIEW_ROWS]])
        for r, cells in enumerate(rows):
            for c in range(width):
                item = QTableWidgetItem(cells[c] if c < len(cells) else "")
                if c not in goes_to:
                    item.setForeground(left_out)
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()  # five rows: cheap

    # -- step 3: check, then import -----------------------------------------------------

    def check_and_import(self) -> None:
        """Check every row on a worker thread; write only if no row has an error."""
        table = self.table
        if table is None or self.busy:
            return
        mapping = self.mapping()
        if mapping.get(imports.NAME) is None:
            self.mapping_message.setText(
                self.tr("Choose the column of the file that holds the name (姓名): it is required.")
            )
            self.mapping_message.show()
            self.column_combos[imports.NAME].setFocus()
            return
        self.plan = None
        self.error_model.set_errors([])
        self.detail_label.clear()
        self._set_headline(self.tr("Checking every row…"))
        self._show_step(self.CHECK)
        store, actor = self.desk.store, self.desk.actor
        update = self.update_existing_box.isChecked()
        create = self.create_missing_box.isVisible() and self.create_missing_box.isChecked()

        def work(progress: Progress, cancelled: CancelCheck) -> ImportPlan:
            return imports.plan_import(
                store,
                actor,
                table,
                mapping,
                update_existing=update,
                create_missing=create,
                progress=progress,
                cancel=cancelled,
            )

        self._start(work, self._checked, self._stopped)

    def _checked(self, plan: ImportPlan) -> None:
        self.plan = plan
        if plan.errors:
            self.error_model.set_errors(plan.errors)
            # Long reasons wrap; over a huge list rows keep one fixed line (the tooltip has all).
            wrap = len(plan.errors) <= WRAPPED_ERRORS
            self.error_table.setWordWrap(wrap)
            self.error_table.verticalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.ResizeToContents if wrap else QHeaderView.ResizeMode.Fixed
            )
            self._set_headline(
                self.tr("%n error(s): nothing was imported.", "", len(plan.errors)), "error"
            )
            self.detail_label.setText(
                self.tr(
                    "Correct these rows in the file, save it, and press “Check the file again”. "
                    "Rows are numbered as Excel shows them."
                )
            )
            self._update_buttons()
            self.error_table.setFocus()
            return
        self._set_headline(
            self.tr("No errors. Saving: {created} new, {updated} updated…").format(
                created=plan.to_create, updated=plan.to_update
            )
        )
        store, actor = self.desk.store, self.desk.actor

        def work(progress: Progress, cancelled: CancelCheck) -> ImportResult:
            return imports.apply_import(store, actor, plan, progress=progress, cancel=cancelled)

        self._start(work, self._applied, self._stopped)

    def _applied(self, result: ImportResult) -> None:
        self.import_result = result
        self.imported = True
        self._set_headline(self.tr("The import is finished."), "ok")
        self.detail_label.setText(
            self.tr("{created} new, {updated} updated, {skipped} blank rows skipped.").format(
                created=result.created, updated=result.updated, skipped=result.skipped_blank
            )
        )
        self._update_buttons()
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def _stopped(self, exc: BaseException) -> None:
        """Cancelled, or failed while checking or saving: nothing was written."""
        if isinstance(exc, ImportCancelled):
            self._set_headline(self.tr("Cancelled: nothing was imported."), "error")
            self.detail_label.setText(
                self.tr(
                    "Press “Check the file again” to start over, or Back to change the matching."
                )
            )
        else:
            self._set_headline(self.tr("Nothing was imported."), "error")
            self.detail_label.setText(self._explain(exc))

    def check_again(self) -> None:
        """Read the file again (the user corrected it) and check it with the same matching."""
        if self.busy or self.table is None:
            return
        file = Path(self.path_edit.text().strip()).expanduser()
        old_headers, mapping = self.table.headers, self.mapping()
        self.plan = None
        self.error_model.set_errors([])
        self.detail_label.clear()
        self._set_headline(self.tr("Reading the file again…"))
        self._update_buttons()

        def read(table: RawTable) -> None:
            self.table = table
            self._fill_mapping(table, keep=mapping if table.headers == old_headers else None)
            if table.headers == old_headers:
                self.check_and_import()
            else:
                self._show_step(self.MAPPING)
                self.mapping_message.setText(
                    self.tr("The file's headings have changed: check the matching.")
                )
                self.mapping_message.show()

        self._start(
            lambda _progress, _cancelled: residents_io.read_table(file), read, self._stopped
        )

    def _save_errors(self) -> None:
        if self.plan is None or not self.plan.errors:
            return
        stem = Path(self.plan.file_name).stem or "import"
        suggested = self.tr("{file} errors.xlsx").format(file=stem)
        path = _ask_save_path(self, self.tr("Save the error list"), suggested)
        if path is None:
            return
        try:
            residents_io.error_report(self.plan, path, lambda text: translated("errors", text))
        except (GrideskError, OSError) as exc:
            show_error(self, exc)
            return
        self.detail_label.setText(self.tr("The error list was saved to {path}.").format(path=path))

    def _set_headline(self, text: str, state: State = "") -> None:
        self.headline.say(text, state)

    # -- the worker ---------------------------------------------------------------------

    def _start(
        self, work: Work, done: Callable[[Any], None], failed: Callable[[BaseException], None]
    ) -> None:
        """Run ``work`` on a worker thread; one at a time, the buttons follow."""
        if self._job is not None:
            return

        def finish(handler: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                if self._job is not job:
                    return  # let go of (the dialog was closed)
                self._job = None
                handler(value)
                self._update_buttons()

            return call

        self.progress_bar.setRange(0, 0)
        self.progress_bar.resetFormat()
        job = BackgroundJob(work, finish(done), finish(failed), self._progressed, self)
        self._job = job
        self._update_buttons()
        job.start_work()

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)
            self.progress_bar.setFormat(self.tr("%v of %m rows"))

    def cancel_work(self) -> None:
        """The Cancel button: the worker stops at its next check, and nothing is written."""
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self._set_headline(self.tr("Cancelling…"))

    def done(self, result: int) -> None:
        # Closing while a worker runs: stop it and wait, so that no thread outlives the
        # dialog; the import's transaction rolls back, so nothing is half written.
        job, self._job = self._job, None
        if job is not None:
            job.drop()
        super().done(result)

    def _explain(self, exc: BaseException) -> str:
        if isinstance(exc, GrideskError):
            return error_text(exc)
        if isinstance(exc, OSError):
            log.warning("file error in the residents import", exc_info=exc)
            return self.tr("The file cannot be read or written: {reason}").format(
                reason=exc.strerror or exc
            )
        log.error("unexpected error in the residents import", exc_info=exc)
        return self.tr(
            "Something went wrong and nothing was imported. The details were written to the log file."
        )


def _ask_save_path(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    """A save dialog offering .xlsx (the default) and .csv; a missing ending follows the choice."""
    xlsx = QCoreApplication.translate("ResidentExport", "Excel workbook (*.xlsx)")
    csv = QCoreApplication.translate("ResidentExport", "CSV, UTF-8 (*.csv)")
    path, chosen = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / suggested), f"{xlsx};;{csv}", xlsx
    )
    if not path:
        return None
    file = Path(path)
    if file.suffix.lower() not in (".xlsx", ".csv"):
        file = file.with_name(file.name + (".csv" if chosen == csv else ".xlsx"))
    return file


def export_residents_interactively(
    desk: Desk,
    filter: ResidentFilter,
    parent: QWidget | None = None,
) -> int | None:
    """Ask where, export the (filtered) list with progress and cancel, say how many were written.

    Returns the number exported, or None if the user cancelled or it failed.
    """
    title = QCoreApplication.translate("ResidentExport", "Export residents")
    path = _ask_save_path(
        parent, title, QCoreApplication.translate("ResidentExport", "residents.xlsx")
    )
    if path is None:
        return None
    progress = QProgressDialog(
        QCoreApplication.translate("ResidentExport", "Exporting residents…"),
        QCoreApplication.translate("ResidentExport", "Cancel"),
        0,
        0,
        parent,
    )
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(400)  # a small export finishes before it would flash up
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    store, actor = desk.store, desk.actor

    def work(report: Progress, cancelled: CancelCheck) -> int:
        return residents_io.export_residents(
            store, actor, filter, path, progress=report, cancel=cancelled
        )

    def progressed(done: int, total: int) -> None:
        progress.setMaximum(max(total, 1))
        progress.setValue(done)

    def finished(key: str) -> Callable[[Any], None]:
        def call(value: Any) -> None:
            outcome[key] = value
            loop.quit()

        return call

    job = BackgroundJob(work, finished("count"), finished("error"), progressed, progress)
    progress.canceled.connect(job.cancel)
    job.start_work()
    loop.exec()
    progress.reset()
    progress.close()
    progress.deleteLater()
    error = outcome.get("error")
    if isinstance(error, ImportCancelled):
        return None  # the export leaves no file behind
    if isinstance(error, OSError):
        log.warning("export to %s failed", path, exc_info=error)
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "ResidentExport",
                "{file} cannot be written: {reason}. Choose another folder or name.",
            ).format(file=path.name, reason=error.strerror or error),
        )
        return None
    if error is not None:
        show_error(parent, error, title)
        return None
    count = int(outcome["count"])
    QMessageBox.information(
        parent,
        title,
        QCoreApplication.translate("ResidentExport", "Residents exported: {n}, to {path}.").format(
            n=count, path=path
        ),
    )
    return count
