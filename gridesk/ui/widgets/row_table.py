"""A read-only table of plain rows on the shared table model (the admin lists, the print
history), a page heading, and a stored time as the desk reads it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QLabel, QTableView, QWidget

from gridesk.ui.lazy_model import ROW_ROLE, Column, LazyTableModel, configure_big_table


def local_time(moment: datetime | None) -> str:
    """Times are stored in UTC and shown in the desk's local time."""
    return "" if moment is None else moment.astimezone().strftime("%Y-%m-%d %H:%M")


class RowTable(QTableView):
    """A read-only table of plain rows. ``current_changed`` fires when the chosen row changes.

    ``key`` names a row (its id, its path) so the choice survives a reload.
    """

    current_changed = Signal()

    def __init__(
        self,
        columns: Sequence[Column[Any]],
        key: Callable[[Any], object] = lambda row: row.id,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._key = key
        self.rows_model: LazyTableModel[Any] = LazyTableModel(
            columns,
            lambda: len(self._rows),
            lambda offset, n: self._rows[offset : offset + n],
            self,
        )
        configure_big_table(self, self.rows_model)
        self.selectionModel().currentRowChanged.connect(lambda *_: self.current_changed.emit())

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show new rows, keeping the chosen one chosen when it is still there."""
        chosen = self.current()
        self._rows = list(rows)
        self.rows_model.reload()
        if chosen is not None:
            self.select_key(self._key(chosen))
        self.current_changed.emit()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def current(self) -> Any | None:
        index = self.currentIndex()
        return self.rows_model.data(index, ROW_ROLE) if index.isValid() else None

    def clear_choice(self) -> None:
        """No row chosen (a form beside the table is about a new record)."""
        self.clearSelection()
        self.setCurrentIndex(QModelIndex())

    def select_key(self, key: object) -> bool:
        for number, row in enumerate(self._rows):
            if self._key(row) == key:
                self.selectRow(number)
                self.scrollTo(self.rows_model.index(number, 0))
                return True
        return False

    def text_at(self, row: int, column: int) -> str:
        return str(self.rows_model.data(self.rows_model.index(row, column, QModelIndex())) or "")


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("dialogTitle")
    return label
