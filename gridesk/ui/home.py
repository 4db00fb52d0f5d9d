"""首页: the day at a glance."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from gridesk.core.actor import Permission
from gridesk.core.residents import ResidentFilter, count_residents
from gridesk.ui.desk import Desk


class HomePage(QWidget):
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
        for column, (key, caption) in enumerate(
            [
                ("residents", self.tr("Residents registered")),
                ("care", self.tr("Residents with care tags")),
            ]
        ):
            tile = QFrame()
            tile.setObjectName("tile")
            inner = QVBoxLayout(tile)
            number = QLabel("—")
            number.setObjectName("tileNumber")
            inner.addWidget(number)
            inner.addWidget(QLabel(caption))
            self.tiles[key] = number
            grid.addWidget(tile, 0, column)
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
                name=actor.display_name, day=date.today().isoformat()
            )
        )
        if actor.can(Permission.RESIDENTS_VIEW):
            from gridesk.core.catalogue import list_tags

            self.tiles["residents"].setText(
                f"{count_residents(self.desk.store, actor, ResidentFilter()):,}"
            )
            care = 0
            for tag in list_tags(self.desk.store, actor):
                if tag.care:
                    care += count_residents(self.desk.store, actor, ResidentFilter(tag_id=tag.id))
            self.tiles["care"].setText(f"{care:,}")
