"""首页: today's work for this role — one line for each kind of work that waits (gridesk.windows
``Work``), with how many; Enter or a click opens the window's list of them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from gridesk import clock
from gridesk.core.actor import Actor, Permission
from gridesk.core.store import Store
from gridesk.ui.desk import Desk
from gridesk.ui.page import Page
from gridesk.windows import WINDOWS, load

KEY_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class ShownWork:
    key: str
    caption: str
    window: str  # the window whose view a line opens
    window_title: str
    view: str
    count: Callable[[Store, Actor], int]


def work_for(actor: Actor) -> list[ShownWork]:
    """Each window's work (gridesk.windows) this role may see, in navigation order."""
    shown = []
    for w in WINDOWS:
        if w.permission is not None and not actor.can(Permission(w.permission)):
            continue
        for work in w.work:
            if actor.can(Permission(work.permission)):
                shown.append(
                    ShownWork(
                        work.key,
                        QCoreApplication.translate("windows", work.caption),
                        w.key,
                        QCoreApplication.translate("windows", w.title),
                        work.view,
                        load(work.count),
                    )
                )
    return shown


class HomePage(Page):
    """A line's Enter or click asks the main window for the view (open_records)."""

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
        heading = QLabel(self.tr("Waiting today"))
        heading.setObjectName("sectionTitle")
        layout.addWidget(heading)
        self.work_list = QListWidget()
        self.work_list.setObjectName("workList")
        self.work_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.work_list.setAccessibleName(self.tr("Waiting today"))
        self.work_list.itemActivated.connect(self._open)  # Enter, double-click
        self.work_list.itemClicked.connect(self._open)
        layout.addWidget(self.work_list, 1)
        self.nothing = QLabel(self.tr("Nothing waits for you today."))
        self.nothing.setObjectName("subtle")
        layout.addWidget(self.nothing)
        hint = QLabel(
            self.tr(
                "↑↓ and Enter open a line · Ctrl+1 … Ctrl+9 switch pages · "
                "Ctrl+F finds a resident · Ctrl+L locks the screen"
            )
        )
        hint.setObjectName("subtle")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self._shown = work_for(desk.actor)
        self.counts: dict[str, int] = {}

    def refresh(self) -> None:
        actor = self.desk.actor
        self.greeting.setText(
            self.tr("{name}, welcome. Today is {day}.").format(
                name=actor.display_name, day=clock.today().isoformat()
            )
        )
        self.counts = {w.key: w.count(self.desk.store, actor) for w in self._shown}
        self.work_list.clear()
        for w in self._shown:
            n = self.counts[w.key]
            if not n:
                continue
            item = QListWidgetItem(f"{n:,}  {w.caption}  ·  {w.window_title}")
            item.setData(KEY_ROLE, w.key)
            self.work_list.addItem(item)
        waiting = self.work_list.count() > 0
        self.work_list.setVisible(waiting)
        self.nothing.setVisible(not waiting)
        if waiting:
            self.work_list.setCurrentRow(0)
            self.work_list.setFocus()

    def lines(self) -> list[str]:
        """The keys of the lines shown, top to bottom."""
        return [self.work_list.item(row).data(KEY_ROLE) for row in range(self.work_list.count())]

    def _open(self, item: QListWidgetItem) -> None:
        key = item.data(KEY_ROLE)
        work = next(w for w in self._shown if w.key == key)
        self.open_records.emit(work.window, {"view": work.view})
