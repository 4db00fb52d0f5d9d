"""The one table model for big lists: it fetches pages of plain rows on demand and caches them.

The caller gives a count function and a page function (both call services, never SQL); the
model asks only for the pages the view paints. Columns are constants with translated headers.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole plain row
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's id


@dataclass(frozen=True)
class Column(Generic[Row]):
    header: str
    text: Callable[[Row], str]
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    width: int = 120


class LazyTableModel(QAbstractTableModel, Generic[Row]):
    PAGE = 100  # a 1366x768 screen shows about 20 rows; a page covers a few screens
    MAX_PAGES = 50  # pages kept; older ones are dropped and fetched again if scrolled back

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        count: Callable[[], int],
        page: Callable[[int, int], list[Row]],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._count_fn = count
        self._page_fn = page
        self._count = 0
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._texts: dict[int, list[list[str]]] = {}

    @property
    def columns(self) -> list[Column[Row]]:
        return self._columns

    def reload(self) -> None:
        """Count again and forget every cached page (after a search or an edit)."""
        self.beginResetModel()
        self._pages.clear()
        self._texts.clear()
        self._count = self._count_fn()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def row_at(self, row: int) -> Row | None:
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, self.PAGE)
        rows = self._page(number)
        return rows[offset] if offset < len(rows) else None

    def _page(self, number: int) -> list[Row]:
        rows = self._pages.get(number)
        if rows is None:
            rows = self._page_fn(number * self.PAGE, self.PAGE)
            self._pages[number] = rows
            # format once: data() is called many times per paint
            self._texts[number] = [[c.text(r) for c in self._columns] for r in rows]
            if len(self._pages) > self.MAX_PAGES:
                old, _ = self._pages.popitem(last=False)
                self._texts.pop(old, None)
        else:
            self._pages.move_to_end(number)
        return rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            number, offset = divmod(row, self.PAGE)
            self._page(number)
            texts = self._texts.get(number, [])
            return texts[offset][col] if offset < len(texts) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._columns[col].align
        if role == ROW_ROLE:
            return self.row_at(row)
        if role == ID_ROLE:
            item = self.row_at(row)
            return getattr(item, "id", None)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None


def configure_big_table(view: Any, model: LazyTableModel[Any]) -> None:
    """Fixed row heights and fixed column widths: never resize to contents over big data."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView

    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    vertical = view.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 14)
    vertical.hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for i, column in enumerate(model.columns):
        view.setColumnWidth(i, column.width)
    widen_to_titles(view)


def widen_to_titles(view: Any) -> None:
    """No column of ``view`` narrower than its title, which would be cut ("Gend…"): a width
    chosen for the Chinese title is too small for the English one."""
    header = view.horizontalHeader()
    header.ensurePolished()  # the style sheet's font and padding decide the title's width
    for i in range(header.count()):
        header.resizeSection(
            i, max(header.sectionSize(i), header.sectionSizeFromContents(i).width())
        )
