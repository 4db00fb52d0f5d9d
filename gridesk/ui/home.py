"""首页: the day at a glance — one tile for each thing waiting, a click opens its window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout

from gridesk import clock
from gridesk.core.actor import Actor, Permission
from gridesk.core.store import Store
from gridesk.ui.desk import Desk
from gridesk.ui.page import Page
from gridesk.windows import WINDOWS, load


@dataclass(frozen=True)
class ShownTile:
    key: str
    caption: str
    page: str  # the window a click opens
    count: Callable[[Store, Actor], int]


def tiles_for(actor: Actor) -> list[ShownTile]:
    """Each window's tiles (gridesk.windows) that this role may see, in navigation order."""
    return [
        ShownTile(tile.key, QCoreApplication.translate("windows", tile.caption), w.key,
                  load(tile.count))
        for w in WINDOWS
        for tile in w.tiles
        if actor.can(Permission(tile.permission))
    ]  # fmt: skip


COLUMNS = 4


class TileFrame(QFrame):
    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class HomePage(Page):
    """A tile's click asks the main window for its page (open_page)."""

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        station = desk.store.station()
        title = QLabel(station.name if station else "")
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.greeting = QLabel()
        self.greeting.setObjectName("subtle")
        layout.addWidget(self.greeting)
        grid = QGridLayout()
        grid.setSpacing(16)
        self.tiles: dict[str, QLabel] = {}
        shown = tiles_for(desk.actor)
        for n, spec in enumerate(shown):
            tile = TileFrame()
            tile.setObjectName("tile")
            tile.setCursor(Qt.CursorShape.PointingHandCursor)
            inner = QVBoxLayout(tile)
            number = QLabel("—")
            number.setObjectName("tileNumber")
            inner.addWidget(number)
            inner.addWidget(QLabel(spec.caption))
            tile.clicked.connect(lambda page=spec.page: self.open_page.emit(page))
            self.tiles[spec.key] = number
            grid.addWidget(tile, n // COLUMNS, n % COLUMNS)
        self._shown = shown
        layout.addLayout(grid)
        hint = QLabel(
            self.tr(
                "Ctrl+1 … Ctrl+9 switch pages · Ctrl+F finds a resident · Ctrl+L locks the screen"
            )
        )
        hint.setObjectName("subtle")
        layout.addWidget(hint)
        layout.addStretch(1)

    def refresh(self) -> None:
        actor = self.desk.actor
        self.greeting.setText(
            self.tr("{name}, welcome. Today is {day}.").format(
                name=actor.display_name, day=clock.today().isoformat()
            )
        )
        for spec in self._shown:
            self.tiles[spec.key].setText(f"{spec.count(self.desk.store, actor):,}")
