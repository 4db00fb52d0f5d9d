"""Finding residents by what the desk types and picking one: the one way every screen does it.

Screens keep their own search box and list (many come from Designer forms) and their own keys;
this module does the searching, the describing and the filling.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Literal

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem

from gridesk.core.residents.records import ResidentFilter, ResidentRow, list_residents
from gridesk.errors import QT_TRANSLATE_NOOP
from gridesk.ui.desk import Desk

Part = Literal["phone", "address", "tail"]

# lupdate misses a numerus translate() inside a class: the messages are marked here
SEVERAL = QT_TRANSLATE_NOOP("ResidentPicker", "Type more: %n residents match.")
NOBODY = QT_TRANSLATE_NOOP("ResidentPicker", "No resident matches.")


def find_residents(desk: Desk, text: str, limit: int = 20) -> list[ResidentRow]:
    """The residents matching ``text`` (name, pinyin, phone, ID tail, address), best first."""
    return list_residents(desk.store, desk.actor, ResidentFilter(text=text), 0, limit)


def describe(row: ResidentRow, parts: Sequence[Part] = ("phone",), sep: str = "  ") -> str:
    """A resident on one line: the name, then the ``parts`` asked for (tail: phone's last 4)."""
    values = {
        "phone": row.phone,
        "address": row.address,
        "tail": row.phone[-4:] if row.phone else "",
    }
    return sep.join(p for p in (row.name, *(values[part] for part in parts)) if p)


def show_residents(
    found: QListWidget,
    rows: Sequence[ResidentRow],
    parts: Sequence[Part] = ("phone",),
    sep: str = "  ",
) -> None:
    """List ``rows`` (each item holds the resident's id) with the first one current."""
    found.clear()
    for r in rows:
        item = QListWidgetItem(describe(r, parts, sep))
        item.setData(Qt.ItemDataRole.UserRole, r.id)
        found.addItem(item)
    if rows:
        found.setCurrentRow(0)


def add_residents(
    combo: QComboBox, rows: Sequence[ResidentRow], parts: Sequence[Part] = ("phone", "address")
) -> None:
    """Append ``rows`` to a combo box, each holding the resident's id."""
    for r in rows:
        combo.addItem(describe(r, parts), r.id)


def picked_id(found: QListWidget) -> uuid.UUID | None:
    item = found.currentItem()
    return None if item is None else item.data(Qt.ItemDataRole.UserRole)


class ResidentPicker(QObject):
    """Lists the residents matching a search box while the desk types (after a short pause).

    The list's current entry is the pick; Enter or a double click on it emits ``picked`` with
    the resident's id. ``listed`` carries the rows of each search.
    """

    picked = Signal(object)
    listed = Signal(list)

    def __init__(
        self,
        desk: Desk,
        search: QLineEdit,
        found: QListWidget,
        *,
        parts: Sequence[Part] = ("phone",),
        limit: int = 20,
        delay_ms: int = 150,
        typed_only: bool = False,
    ) -> None:
        super().__init__(search)
        self.desk, self.search, self.found = desk, search, found
        self.parts, self.limit = tuple(parts), limit
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.find)
        # typed_only: text set by the program (a chosen name) starts no search
        changed = search.textEdited if typed_only else search.textChanged
        changed.connect(self._timer.start)
        found.itemActivated.connect(
            lambda item: self.picked.emit(item.data(Qt.ItemDataRole.UserRole))
        )

    def wants(self, text: str) -> bool:
        """Whether ``text`` is a search (not empty, not a scanned code)."""
        return bool(text) and not text.upper().startswith("GD1|")

    def find(self) -> list[ResidentRow]:
        self._timer.stop()
        text = self.search.text().strip()
        rows = find_residents(self.desk, text, self.limit) if self.wants(text) else []
        show_residents(self.found, rows, self.parts)
        self.listed.emit(rows)
        return rows

    def current_id(self) -> uuid.UUID | None:
        return picked_id(self.found)

    @classmethod
    def one(cls, desk: Desk, text: str) -> tuple[ResidentRow | None, str]:
        """The one resident ``text`` names, or None and what to tell the desk (none or several)."""
        rows = find_residents(desk, text, 2)
        if len(rows) == 1:
            return rows[0], ""
        if rows:
            return None, QCoreApplication.translate("ResidentPicker", SEVERAL, None, len(rows))
        return None, QCoreApplication.translate("ResidentPicker", NOBODY)
