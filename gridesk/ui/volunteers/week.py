"""The week view of the duty roster: one row per duty (time and post), one column per day;
each cell says filled/needed and who, gaps in colour. Assign by picking from the free and
qualified people beside it."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gridesk import clock
from gridesk.core.actor import Permission
from gridesk.core.volunteers.services import (
    Candidate,
    ShiftView,
    assign,
    candidates,
    consecutive_cap,
    make_week,
    set_consecutive_cap,
    unassign,
    week_view,
)
from gridesk.errors import QT_TRANSLATE_NOOP, GrideskError
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import translated
from gridesk.ui.messages import show_error

Index = QModelIndex | QPersistentModelIndex
SHIFT_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_MIME = "application/x-gridesk-resident-id"

WEEKDAYS = (
    QT_TRANSLATE_NOOP("volunteers", "Mon"),
    QT_TRANSLATE_NOOP("volunteers", "Tue"),
    QT_TRANSLATE_NOOP("volunteers", "Wed"),
    QT_TRANSLATE_NOOP("volunteers", "Thu"),
    QT_TRANSLATE_NOOP("volunteers", "Fri"),
    QT_TRANSLATE_NOOP("volunteers", "Sat"),
    QT_TRANSLATE_NOOP("volunteers", "Sun"),
)
EMPTY = QColor("#F4B4B0")  # no one yet
SHORT = QColor("#FBE3C4")  # some, not enough
FULL = QColor("#D8EFD9")


def local_hm(moment: Any) -> str:
    return str(moment.astimezone().strftime("%H:%M"))


def week_rows(shifts: list[ShiftView]) -> tuple[list[str], dict[tuple[int, int], ShiftView]]:
    """Row labels (time and post) and the shift in each (row, weekday) cell."""
    keyed: dict[tuple[str, str, str], dict[int, ShiftView]] = {}
    for shift in shifts:
        start = shift.starts_at.astimezone()
        key = (start.strftime("%H:%M"), local_hm(shift.ends_at), shift.post)
        keyed.setdefault(key, {})[start.weekday()] = shift
    labels, cells = [], {}
    for row, key in enumerate(sorted(keyed)):
        labels.append(f"{key[0]}-{key[1]}  {key[2]}")
        for day, shift in keyed[key].items():
            cells[(row, day)] = shift
    return labels, cells


def cell_text(shift: ShiftView) -> str:
    """filled/needed, then one name a line (Qt would wrap Chinese inside a name)."""
    names = [p.name for p in shift.people]
    if len(names) > 3:
        names = [*names[:2], f"+{len(names) - 2}"]
    return "\n".join([f"{shift.filled}/{shift.needed}", *names])


class WeekModel(QAbstractTableModel):
    dropped = Signal(object, object)  # (shift id, resident id): a person dragged onto a shift

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.monday = clock.today() - timedelta(days=clock.today().weekday())
        self._labels: list[str] = []
        self._cells: dict[tuple[int, int], ShiftView] = {}
        self._texts: dict[tuple[int, int], str] = {}

    def set_week(self, monday: date, shifts: list[ShiftView]) -> None:
        self.beginResetModel()
        self.monday = monday
        self._labels, self._cells = week_rows(shifts)
        self._texts = {k: cell_text(s) for k, s in self._cells.items()}
        self.endResetModel()

    def shift_at(self, index: Index) -> ShiftView | None:
        return self._cells.get((index.row(), index.column()))

    def index_of(self, shift_id: uuid.UUID) -> QModelIndex:
        for (row, col), shift in self._cells.items():
            if shift.id == shift_id:
                return self.index(row, col)
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._labels)

    def flags(self, index: Index) -> Qt.ItemFlag:
        found = super().flags(index)
        if self._cells.get((index.row(), index.column())) is not None:
            found |= Qt.ItemFlag.ItemIsDropEnabled
        return found

    def mimeTypes(self) -> list[str]:
        return [PERSON_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        shift = self._cells.get((parent.row(), parent.column()))
        if shift is None or not data.hasFormat(PERSON_MIME):
            return False
        resident = uuid.UUID(bytes(data.data(PERSON_MIME).data()).decode())
        self.dropped.emit(shift.id, resident)
        return False  # the view reloads the week itself; nothing to insert here

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        key = (index.row(), index.column())
        shift = self._cells.get(key)
        if shift is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[key]
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = FULL if shift.gap == 0 else EMPTY if shift.filled == 0 else SHORT
            return QBrush(colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{shift.post} {shift.place}\n" + "\n".join(p.name for p in shift.people)
        if role == SHIFT_ROLE:
            return shift
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            day = self.monday + timedelta(days=section)
            name = translated("volunteers", WEEKDAYS[section])
            return f"{name}\n{day.month}/{day.day}"  # two lines: seven fit a narrow table
        return self._labels[section] if 0 <= section < len(self._labels) else None


class CandidateModel(QAbstractTableModel):
    NAME, SKILLS, STATUS = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Candidate] = []

    def set_rows(self, rows: list[Candidate]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        found = super().flags(index)
        return found | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else found

    def mimeTypes(self) -> list[str]:
        return [PERSON_MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        data = QMimeData()
        if indexes:
            person = self.rows[indexes[0].row()].resident_id
            data.setData(PERSON_MIME, QByteArray(str(person).encode()))
        return data

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def status(self, c: Candidate) -> str:
        if c.problem == "assigned":
            return self.tr("on this shift")
        if c.problem == "overlap":
            return self.tr("busy then")
        if c.problem == "consecutive":
            return self.tr("too many in a row")
        if not c.qualified:
            return self.tr("lacks the skill")
        if not c.available:
            return self.tr("not available")
        return self.tr("free")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        c = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (c.name, "、".join(c.skills), self.status(c))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not c.suitable:
            return QBrush(QColor("#8A817B"))
        if role == Qt.ItemDataRole.UserRole:
            return c.resident_id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Name"), self.tr("Skills"), self.tr("Status"))[section]
        return None


class WeekView(QWidget):
    """The roster tab: the week grid on the left, the chosen shift and its candidates right."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.can_manage = desk.actor.can(Permission.VOLUNTEERS_MANAGE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("◀ Previous week"))
        self.this_button = QPushButton(self.tr("This week"))
        self.next_button = QPushButton(self.tr("Next week ▶"))
        self.week_label = QLabel()
        self.week_label.setObjectName("dialogTitle")
        self.week_label.setWordWrap(True)  # a long week summary (English) wraps, never widens
        self.duties_button = QPushButton(self.tr("Weekly duties…"))
        self.make_button = QPushButton(self.tr("Make this week's shifts"))
        self.print_button = QPushButton(self.tr("Print roster…"))
        for w in (self.prev_button, self.this_button, self.next_button):
            bar.addWidget(w)
        bar.addWidget(self.week_label, 1)
        bar.addWidget(self.duties_button)
        bar.addWidget(self.make_button)
        bar.addWidget(self.print_button)
        layout.addLayout(bar)

        self.model = WeekModel(self)
        self.table = QTableView()
        self.table.setObjectName("weekTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setWordWrap(True)
        self.table.setAcceptDrops(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.table.setDropIndicatorShown(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(66)
        self.table.setStyleSheet("QTableView#weekTable { font-size: 10pt; }")

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        self.shift_label = QLabel(self.tr("Choose a shift in the week."))
        self.shift_label.setWordWrap(True)
        self.shift_label.setObjectName("dialogTitle")
        self.people_label = QLabel()
        self.people_label.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("Take off the shift…"))
        self.candidates = CandidateModel(self)
        self.candidate_table = QTableView()
        self.candidate_table.setObjectName("candidateTable")
        self.candidate_table.setModel(self.candidates)
        self.candidate_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidate_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidate_table.verticalHeader().hide()
        self.candidate_table.setDragEnabled(True)
        self.candidate_table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.candidate_table.verticalHeader().setDefaultSectionSize(30)
        header = self.candidate_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 80)
        header.setStretchLastSection(True)
        self.assign_button = QPushButton(self.tr("Put on the shift"))
        self.assign_button.setObjectName("primary")
        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        side_layout.addWidget(self.shift_label)
        side_layout.addWidget(self.people_label)
        side_layout.addWidget(self.remove_button)
        side_layout.addWidget(QLabel(self.tr("Free and qualified first, fewest shifts first:")))
        side_layout.addWidget(self.candidate_table, 1)
        side_layout.addWidget(self.message)
        side_layout.addWidget(self.assign_button)

        grid = QWidget()
        grid_layout = QVBoxLayout(grid)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.table, 1)
        legend = QLabel(
            " ".join(
                f'<span style="background:{colour.name()}">&nbsp;&nbsp;&nbsp;&nbsp;</span> {text}'
                for colour, text in (
                    (EMPTY, self.tr("no one yet")),
                    (SHORT, self.tr("short of people")),
                    (FULL, self.tr("full")),
                )
            )
        )
        legend.setObjectName("subtle")
        grid_layout.addWidget(legend)
        split = QSplitter()
        split.addWidget(grid)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([820, 330])
        layout.addWidget(split, 1)

        for w in (self.duties_button, self.make_button, self.assign_button, self.remove_button):
            w.setVisible(self.can_manage)
        cap_row = QHBoxLayout()
        cap_row.addWidget(QLabel(self.tr("Most shifts in a row:")))
        self.cap = QSpinBox()
        self.cap.setRange(1, 12)
        self.cap.setValue(consecutive_cap(desk.store))
        self.cap.setToolTip(
            self.tr(
                "Set by the administrator; shifts less than 30 minutes apart count as in a row."
            )
        )
        cap_row.addWidget(self.cap)
        cap_row.addStretch(1)
        side_layout.insertLayout(3, cap_row)
        self.cap.setEnabled(desk.actor.can(Permission.SETTINGS_MANAGE))
        self.cap.valueChanged.connect(self.set_cap)
        self.duties_button.clicked.connect(self.edit_duties)
        self.prev_button.clicked.connect(lambda: self.show_week(self.monday - timedelta(days=7)))
        self.next_button.clicked.connect(lambda: self.show_week(self.monday + timedelta(days=7)))
        self.this_button.clicked.connect(lambda: self.show_week(clock.today()))
        self.make_button.clicked.connect(self.make_shifts)
        self.print_button.clicked.connect(self.print_roster)
        self.table.selectionModel().currentChanged.connect(lambda *_: self.show_selected())
        self.assign_button.clicked.connect(self.assign_selected)
        self.model.dropped.connect(self.assign_dropped)
        self.candidate_table.doubleClicked.connect(lambda _i: self.assign_selected())
        self.remove_button.clicked.connect(self.remove_someone)
        self.monday = self.model.monday
        self._shift: ShiftView | None = None

    def show_week(self, day: date) -> None:
        self.monday = day - timedelta(days=day.weekday())
        shifts = week_view(self.desk.store, self.desk.actor, self.monday)
        self.model.set_week(self.monday, shifts)
        end = self.monday + timedelta(days=6)
        gaps = sum(s.gap for s in shifts)
        self.week_label.setText(
            self.tr("{start} – {end}: {n} shifts, {gaps} places open").format(
                start=f"{self.monday:%Y-%m-%d}",
                end=f"{end:%m-%d}",
                n=len(shifts),
                gaps=gaps,
            )
        )
        self._shift = None
        self._show_shift()

    def refresh(self) -> None:
        current = self._shift.id if self._shift else None
        self.show_week(self.monday)
        if current is not None:
            self.select_shift(current)

    def select_shift(self, shift_id: uuid.UUID) -> None:
        index = self.model.index_of(shift_id)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.show_selected()

    def show_selected(self) -> None:
        self._shift = self.model.shift_at(self.table.currentIndex())
        self._show_shift()

    def _show_shift(self) -> None:
        shift = self._shift
        self.message.clear()
        if shift is None:
            self.shift_label.setText(self.tr("Choose a shift in the week."))
            self.people_label.clear()
            self.candidates.set_rows([])
            for w in (self.assign_button, self.remove_button):
                w.setEnabled(False)
            return
        start = shift.starts_at.astimezone()
        self.shift_label.setText(
            self.tr("{post} · {day} {start}-{end} · {place}").format(
                post=shift.post,
                day=f"{start:%m-%d}",
                start=f"{start:%H:%M}",
                end=local_hm(shift.ends_at),
                place=shift.place,
            )
        )
        self.people_label.setText(
            self.tr("{filled}/{needed} on duty: {names}").format(
                filled=shift.filled,
                needed=shift.needed,
                names="、".join(p.name for p in shift.people) or self.tr("no one yet"),
            )
        )
        self.candidates.set_rows(candidates(self.desk.store, self.desk.actor, shift.id))
        if self.candidates.rowCount():
            self.candidate_table.selectRow(0)
        self.assign_button.setEnabled(shift.gap > 0)
        self.assign_button.setText(
            self.tr("Put on the shift") if shift.gap > 0 else self.tr("The shift is full")
        )
        self.remove_button.setEnabled(bool(shift.people))

    def assign_selected(self) -> None:
        if self._shift is None:
            return
        rows = self.candidate_table.selectionModel().selectedRows()
        if rows:
            self.assign_dropped(self._shift.id, self.candidates.rows[rows[0].row()].resident_id)

    def assign_dropped(self, shift_id: uuid.UUID, resident_id: uuid.UUID) -> None:
        """Put a person on a shift, picked from the list or dragged onto the week."""
        if not self.can_manage:
            return
        if self._shift is None or self._shift.id != shift_id:
            self.select_shift(shift_id)
        try:
            assign(self.desk.store, self.desk.actor, shift_id, resident_id)
        except GrideskError as exc:
            from gridesk.ui.i18n import error_text

            self.message.setText(error_text(exc))
            return
        self.refresh()

    def remove_someone(self) -> None:
        if self._shift is None or not self._shift.people:
            return
        from PySide6.QtWidgets import QInputDialog

        names = [p.name for p in self._shift.people]
        name, ok = QInputDialog.getItem(
            self, self.tr("Take off the shift"), self.tr("Who?"), names, 0, False
        )
        if not ok:
            return
        person = self._shift.people[names.index(name)]
        try:
            unassign(self.desk.store, self.desk.actor, self._shift.id, person.resident_id)
        except GrideskError as exc:
            show_error(self, exc)
            return
        self.refresh()

    def set_cap(self, value: int) -> None:
        try:
            set_consecutive_cap(self.desk.store, self.desk.actor, value)
        except GrideskError as exc:
            show_error(self, exc)
            return
        self._show_shift()

    def edit_duties(self) -> None:
        from gridesk.ui.volunteers.duties import DutiesDialog

        dialog = DutiesDialog(self.desk, self)
        dialog.exec()
        dialog.deleteLater()

    def make_shifts(self) -> None:
        try:
            make_week(self.desk.store, self.desk.actor, self.monday)
        except GrideskError as exc:
            show_error(self, exc)
            return
        self.show_week(self.monday)

    def print_roster(self) -> None:
        from gridesk.ui.volunteers.documents import print_roster

        print_roster(self, self.desk, self.monday)
