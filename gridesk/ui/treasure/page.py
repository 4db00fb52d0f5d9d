"""百宝箱: the shelf of shared tools and the function rooms, in four tabs: lend and take back,
items, rooms, overdue."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout

from gridesk import clock
from gridesk.core.actor import Permission
from gridesk.errors import GrideskError
from gridesk.ui.desk import Desk
from gridesk.ui.messages import show_error
from gridesk.ui.page import Page
from gridesk.ui.treasure.loan_desk import LoanDesk
from gridesk.ui.treasure.rooms import RoomsTab


class TreasurePage(Page):
    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        title = QLabel(self.tr("Treasure box"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("treasureTabs")
        layout.addWidget(self.tabs, 1)
        self.loan_desk: LoanDesk | None = None
        self.items = None
        self.overdue = None
        if desk.actor.can(Permission.TREASURE_LEND):
            from gridesk.ui.treasure.items import ItemsTab
            from gridesk.ui.treasure.overdue import OverdueTab

            self.loan_desk = LoanDesk(desk)
            self.items = ItemsTab(desk)
            self.overdue = OverdueTab(desk)
            self.tabs.addTab(self.loan_desk, self.tr("Lend and return"))
            self.tabs.addTab(self.items, self.tr("Items"))
            self.items.open_at_desk.connect(self.open_item)
            self.loan_desk.booking_scanned.connect(self._booking_scanned)
        self.rooms = RoomsTab(desk)
        self.tabs.addTab(self.rooms, self.tr("Rooms"))
        if self.overdue is not None:
            self.tabs.addTab(self.overdue, self.tr("Overdue"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        refresh = getattr(current, "refresh", None)
        if callable(refresh):
            refresh()
        if current is self.loan_desk and self.loan_desk is not None:
            self.loan_desk.scan.setFocus()

    def show_records(self, wanted: dict[str, str]) -> None:
        """overdue: the overdue loans; rooms: today's bookings."""
        view = wanted.get("view", "")
        if view == "overdue" and self.overdue is not None:
            self.tabs.setCurrentWidget(self.overdue)
            self.overdue.table.setFocus()
        elif view == "rooms":
            self.tabs.setCurrentWidget(self.rooms)
            self.rooms.go_to(clock.today())
            self.rooms.setFocus()

    def start_for(self, resident_id: uuid.UUID) -> None:
        """A loan for this resident (居民档案): the loan desk with them as the borrower, the
        keyboard in the scan box for the item."""
        if self.loan_desk is None:
            return
        self.tabs.setCurrentWidget(self.loan_desk)
        self.loan_desk.set_resident(resident_id)
        self.loan_desk.scan.setFocus()

    def open_code(self, kind: str, ident: str) -> str:
        self.take_code(kind, ident)
        return ""

    def take_code(self, kind: str, ident: str) -> None:
        """A verified treasure code from the main scan box: A, L or B."""
        if kind == "B":
            self._booking_scanned(ident)
            return
        if self.loan_desk is None:
            return
        self.tabs.setCurrentWidget(self.loan_desk)
        self.loan_desk.take_code(kind, ident)

    def open_item(self, item_id: uuid.UUID) -> None:
        self.take_code("A", str(item_id))

    def _booking_scanned(self, ident: str) -> None:
        self.tabs.setCurrentWidget(self.rooms)
        try:
            self.rooms.open_booking(uuid.UUID(ident))
        except (GrideskError, ValueError) as exc:
            if isinstance(exc, GrideskError):
                show_error(self, exc)
