"""居民档案: one panel with the whole resident, opened from the residents list or a scanned
card. It only reads (gridesk.core.resident_file); Edit opens the form, and one key each
starts the usual work of another window for this resident (a request, a loan, ...)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridesk.core.actor import Permission
from gridesk.core.labels import Label
from gridesk.core.resident_file import Fact, FileSection, ResidentFile, resident_file
from gridesk.core.residents.labels import GENDER
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import label_text
from gridesk.ui.widgets.screen_room import fit_to_screen
from gridesk.windows import WINDOWS

EDIT_KEY = Qt.Key.Key_F5
"""Edit, beside the windows' keys (``Window.start_key``: F2-F4 the everyday work, F8 the card)."""
LATE = QColor("#F8D7DA")  # as the case queue shows an overdue row


def _text(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text) if text else ""


def _label(label: Label | None) -> str:
    return QCoreApplication.translate(label.context, label.text) if label else ""


class ResidentFileDialog(QDialog):
    """The panel. When it closes, ``next_step`` says what the desk chose: "edit", or the key
    of the window whose work to begin for this resident ("" for nothing)."""

    def __init__(self, desk: Desk, resident_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("residentFile")
        self.desk = desk
        self.resident_id = resident_id
        self.next_step = ""
        self.record: ResidentFile = resident_file(desk.store, desk.actor, resident_id)
        detail = self.record.detail
        self.setWindowTitle(self.tr("Resident file — {name}").format(name=detail.name))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self._who())
        layout.addLayout(self._actions())
        body = QWidget()
        self.grid = QGridLayout(body)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.boxes: dict[str, QGroupBox] = {}
        for section in self.record.sections:
            self.boxes[section.key] = self._section(section)
        self.columns = 0
        self._place(2)
        scroll = QScrollArea()
        scroll.setObjectName("residentFileBody")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        fit_to_screen(self, 1240, 720)

    def _place(self, columns: int) -> None:
        """The sections side by side, or one under another on a narrow screen (1280×720 at
        150 %), where two columns would cut every line short."""
        if columns == self.columns:
            return
        self.columns = columns
        for n, box in enumerate(self.boxes.values()):
            self.grid.addWidget(box, n // columns, n % columns)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        self.grid.setRowStretch(len(self.boxes) // columns + 1, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place(2 if event.size().width() >= 1100 else 1)
        super().resizeEvent(event)

    # -- who they are ------------------------------------------------------------------------

    def _who(self) -> QWidget:
        d = self.record.detail
        box = QFrame()
        box.setObjectName("residentFileWho")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        gender = label_text(GENDER, d.gender) if d.gender else ""
        name = QLabel(d.name + (self.tr(" (archived)") if d.archived else ""))
        name.setObjectName("pageTitle")
        parts = [gender]
        if d.birth_year:
            parts.append(self.tr("born {year}").format(year=d.birth_year))
        if d.id_number:
            parts.append(self.tr("ID {number}").format(number=d.id_number))
        if d.phone:
            parts.append(d.phone)
        top = QHBoxLayout()
        top.addWidget(name)
        facts = QLabel("  ·  ".join(p for p in parts if p))
        facts.setObjectName("dialogTitle")
        top.addWidget(facts, 1)
        layout.addLayout(top)
        lines = []
        if d.address:
            lines.append(self.tr("Address: {address}").format(address=d.address))
        if d.grid_name:
            worker = " ".join(p for p in (d.grid_worker, d.grid_worker_phone) if p)
            lines.append(
                self.tr("Grid: {grid} (grid worker {worker})").format(
                    grid=d.grid_name, worker=worker
                )
                if worker
                else self.tr("Grid: {grid}").format(grid=d.grid_name)
            )
        self.household = QLabel(
            self.tr("Household: {names}").format(
                names="、".join(n for _i, n in d.household_members)
            )
            if d.household_members
            else self.tr("Household: lives alone or not recorded")
        )
        self.tags = QLabel(self._tags_text())
        self.tags.setWordWrap(True)
        where = QLabel("    ".join(lines))
        where.setWordWrap(True)
        for label in (where, self.household, self.tags):
            layout.addWidget(label)
        if d.notes:
            notes = QLabel(self.tr("Notes: {notes}").format(notes=d.notes))
            notes.setObjectName("subtle")
            notes.setWordWrap(True)
            layout.addWidget(notes)
        return box

    def _tags_text(self) -> str:
        tags = self.record.detail.tag_names
        if not tags:
            return self.tr("Tags: none")
        care = set(self.record.care_tags)
        shown = [self.tr("{tag} (care)").format(tag=t) if t in care else t for t in tags]
        return self.tr("Tags: {tags}").format(tags="、".join(shown))

    # -- what to do next ---------------------------------------------------------------------

    def _actions(self) -> QHBoxLayout:
        """The panel's keys, fixed whatever the registry's order (each window names its own,
        ``Window.start_key``): F2 a request, F3 a loan, F4 a redemption, the desk's everyday
        work on the first keys; F5 edits the resident and F8 prints their card; Esc closes."""
        bar = QHBoxLayout()
        name = self.record.detail.name
        self.buttons: dict[str, QPushButton] = {}
        self.edit_button = self._key_button(EDIT_KEY, self.tr("Edit"), self._edit)
        self.edit_button.setToolTip(self.tr("Edit {name}'s record").format(name=name))
        self.edit_button.setEnabled(self.desk.actor.can(Permission.RESIDENTS_EDIT))
        starts = [
            window
            for window in WINDOWS
            if window.start
            and window.start_key
            and window.start_permission
            and self.desk.actor.can(Permission(window.start_permission))
        ]
        for window in sorted(starts, key=lambda w: int(QKeySequence(w.start_key)[0].key())):
            what = _text("windows", window.start)
            button = self._key_button(
                QKeySequence(window.start_key)[0].key(),
                what,
                lambda _c=False, k=window.key: self._start(k),
            )
            button.setToolTip(self.tr("{what} for {name}").format(what=what, name=name))
            self.buttons[window.key] = button
        ordered = sorted(
            [self.edit_button, *self.buttons.values()], key=lambda b: b.property("fkey")
        )
        for button in ordered:
            button.setAutoDefault(False)  # Enter does nothing here: each step has its key
            bar.addWidget(button)
        if self.buttons:
            next(iter(self.buttons.values())).setObjectName("primary")
        bar.addStretch(1)
        close = QPushButton(self.tr("Close (Esc)"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        bar.addWidget(close)
        return bar

    def _key_button(self, key: Qt.Key, text: str, action: Callable[..., None]) -> QPushButton:
        """A button saying its key; the key is a shortcut of its own (a button's shortcut
        clicks it only after its animation)."""
        sequence = QKeySequence(key)
        shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        button = QPushButton(self.tr("{what} ({key})").format(what=text, key=shown))
        button.setProperty("fkey", int(key))
        button.clicked.connect(action)
        QShortcut(sequence, self, activated=button.click)
        return button

    def _start(self, key: str) -> None:
        self.next_step = key
        self.accept()

    def _edit(self) -> None:
        self.next_step = "edit"
        self.accept()

    # -- a window's part ---------------------------------------------------------------------

    def _section(self, section: FileSection) -> QGroupBox:
        box = QGroupBox(_text(section.context, section.title))
        box.setObjectName(f"file_{section.key}")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 6, 8, 6)
        if section.facts:
            facts = QLabel("    ".join(self._fact(section.context, f) for f in section.facts))
            facts.setObjectName("fileFacts")
            facts.setWordWrap(True)
            facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(facts)
        if section.lines:
            layout.addWidget(self._table(section))
        if section.more:
            more = QLabel(self.tr("%n older in the window's list", "", section.more))
            more.setObjectName("subtle")
            layout.addWidget(more)
        if not section.lines and not section.facts:
            layout.addWidget(QLabel(self.tr("Nothing yet")))
        layout.addStretch(1)
        return box

    @staticmethod
    def _fact(context: str, fact: Fact) -> str:
        value = fact.value
        if fact.label is not None:
            value = _label(fact.label).format(**dict(fact.args))
        return f"{_text(context, fact.caption)}: {value}"

    def _table(self, section: FileSection) -> QTableWidget:
        headers = [self.tr("Date"), self.tr("Number"), self.tr("What"), self.tr("Status")]
        if section.amount:
            headers.append(_text(section.context, section.amount))
        table = QTableWidget(len(section.lines), len(headers))
        table.setObjectName(f"fileTable_{section.key}")
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setWordWrap(False)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, line in enumerate(section.lines):
            what = line.what
            if line.words:
                what = f"{what}: {'、'.join(_label(w) for w in line.words)}"
            cells = [
                line.when.isoformat() if line.when else "",
                line.number,
                what,
                _label(line.status),
            ]
            if section.amount:
                cells.append(line.amount)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 4:
                    item.setTextAlignment(right)
                if line.late:
                    item.setBackground(LATE)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if not any(line.number for line in section.lines):
            table.setColumnHidden(1, True)
        if not any(line.status for line in section.lines):
            table.setColumnHidden(3, True)
        # every line shown, none scrolled: the rows' height from the font, as the big lists do
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 12)
        header.setFixedHeight(table.fontMetrics().height() + 16)
        height = header.height() + rows.defaultSectionSize() * table.rowCount()
        table.setFixedHeight(height + 2 * table.frameWidth() + 2)
        return table
