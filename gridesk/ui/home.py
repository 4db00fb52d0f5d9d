"""首页: the day at a glance — one tile for each thing waiting, a click opens its window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from gridesk import clock
from gridesk.core.actor import Actor, Permission
from gridesk.core.errors import QT_TRANSLATE_NOOP
from gridesk.core.residents.records import ResidentFilter, count_residents
from gridesk.core.store import Store
from gridesk.ui.desk import Desk


def _residents(store: Store, actor: Actor) -> int:
    return count_residents(store, actor, ResidentFilter())


def _care(store: Store, actor: Actor) -> int:
    from gridesk.core.residents.catalogue import list_tags

    return sum(
        count_residents(store, actor, ResidentFilter(tag_id=tag.id))
        for tag in list_tags(store, actor)
        if tag.care
    )


def _cases_due(store: Store, actor: Actor) -> int:
    from gridesk.core.requests.cases import due_count

    return due_count(store, actor)


def _open_wishes(store: Store, actor: Actor) -> int:
    from gridesk.core.requests.wishes import wish_counts

    return wish_counts(store, actor)["open"]


def _hours_waiting(store: Store, actor: Actor) -> int:
    from gridesk.core.volunteers.hours import list_hours

    return len(list_hours(store, actor, statuses=("flagged", "pending")))


def _overdue_loans(store: Store, actor: Actor) -> int:
    from gridesk.core.treasure.lending import overdue_list

    return len(overdue_list(store, actor))


def _low_stock(store: Store, actor: Actor) -> int:
    from gridesk.core.points.shop import low_stock

    return len(low_stock(store, actor))


@dataclass(frozen=True)
class Tile:
    key: str
    caption: str  # QT_TRANSLATE_NOOP("HomePage", ...)
    page: str  # the window a click opens
    permission: Permission
    count: Callable[[Store, Actor], int]


TILES = (
    Tile("residents", QT_TRANSLATE_NOOP("HomePage", "Residents registered"), "residents",
         Permission.RESIDENTS_VIEW, _residents),
    Tile("care", QT_TRANSLATE_NOOP("HomePage", "Residents with care tags"), "residents",
         Permission.RESIDENTS_VIEW, _care),
    Tile("cases", QT_TRANSLATE_NOOP("HomePage", "Requests due today or overdue"), "requests",
         Permission.REQUESTS_VIEW, _cases_due),
    Tile("wishes", QT_TRANSLATE_NOOP("HomePage", "Wishes waiting for someone"), "requests",
         Permission.REQUESTS_VIEW, _open_wishes),
    Tile("hours", QT_TRANSLATE_NOOP("HomePage", "Volunteer hours to approve"), "volunteers",
         Permission.VOLUNTEERS_MANAGE, _hours_waiting),
    Tile("loans", QT_TRANSLATE_NOOP("HomePage", "Loans overdue"), "treasure",
         Permission.TREASURE_LEND, _overdue_loans),
    Tile("stock", QT_TRANSLATE_NOOP("HomePage", "Goods running low"), "points",
         Permission.POINTS_STOCK, _low_stock),
)  # fmt: skip
COLUMNS = 4


class TileFrame(QFrame):
    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class HomePage(QWidget):
    open_page = Signal(str)
    """A tile was clicked: the main window shows that page."""

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
        shown = [t for t in TILES if desk.actor.can(t.permission)]
        for n, spec in enumerate(shown):
            tile = TileFrame()
            tile.setObjectName("tile")
            tile.setCursor(Qt.CursorShape.PointingHandCursor)
            inner = QVBoxLayout(tile)
            number = QLabel("—")
            number.setObjectName("tileNumber")
            inner.addWidget(number)
            inner.addWidget(QLabel(QCoreApplication.translate("HomePage", spec.caption)))
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
