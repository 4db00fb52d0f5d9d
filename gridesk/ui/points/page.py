"""积分超市: the counter, products and stock, earning, closing and reports, as tabs.

Each person sees the tabs their role allows; the counter is first and takes the focus.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout

from gridesk.core.actor import Permission
from gridesk.errors import GrideskError
from gridesk.ui.desk import Desk
from gridesk.ui.messages import show_error
from gridesk.ui.page import Page, with_uuid
from gridesk.ui.points.counter import CounterWidget
from gridesk.ui.points.refund import RefundDialog


class PointsPage(Page):
    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        title = QLabel(self.tr("Points shop"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("pointsTabs")
        layout.addWidget(self.tabs, 1)
        actor = desk.actor
        self.counter: CounterWidget | None = None
        if actor.can(Permission.POINTS_REDEEM):
            self.counter = CounterWidget(desk)
            self.counter.refund_requested.connect(self.open_redemption)
            self.tabs.addTab(self.counter, self.tr("Counter"))
        if actor.can(Permission.POINTS_STOCK) or actor.can(Permission.POINTS_MANAGE):
            from gridesk.ui.points.products import ProductsTab

            self.products = ProductsTab(desk)
            self.tabs.addTab(self.products, self.tr("Products and stock"))
        if actor.can(Permission.POINTS_AWARD) or actor.can(Permission.POINTS_APPROVE):
            from gridesk.ui.points.earning import EarningTab

            self.earning = EarningTab(desk)
            self.tabs.addTab(self.earning, self.tr("Earning"))
        if actor.can(Permission.POINTS_REDEEM):
            from gridesk.ui.points.reports import ReportsTab

            self.reports = ReportsTab(desk)
            self.tabs.addTab(self.reports, self.tr("Closing and reports"))
        self.tabs.currentChanged.connect(self._tab_changed)

    def _tab_changed(self, _index: int) -> None:
        refresh = getattr(self.tabs.currentWidget(), "refresh", None)
        if callable(refresh):
            refresh()

    def refresh(self) -> None:
        self._tab_changed(self.tabs.currentIndex())
        if self.counter is not None and self.tabs.currentWidget() is self.counter:
            self.counter.input.setFocus()

    def show_records(self, wanted: dict[str, str]) -> None:
        """stock: the products, the first one running low selected."""
        view = wanted.get("view", "")
        products = getattr(self, "products", None)
        if view == "stock" and products is not None:
            self.tabs.setCurrentWidget(products)
            products.select_first_low()

    def start_for(self, resident_id: uuid.UUID) -> None:
        """A redemption for this resident (居民档案): the counter with their account open."""
        if self.counter is None:
            return
        self.tabs.setCurrentWidget(self.counter)
        try:
            self.counter.set_resident(resident_id)
        except GrideskError as exc:
            show_error(self, exc)
        self.counter.input.setFocus()

    def open_code(self, kind: str, ident: str) -> str:
        return with_uuid(ident, self.open_redemption)  # X: a redemption receipt

    def open_redemption(self, redemption_id: uuid.UUID) -> None:
        """A scanned receipt (kind X): that redemption, to refund some or all of it."""
        if self.counter is None:
            return
        self.tabs.setCurrentWidget(self.counter)
        try:
            dialog = RefundDialog(self.desk, redemption_id, self)
        except GrideskError as exc:
            show_error(self, exc)
            return
        if dialog.exec() and dialog.done_refund is not None:
            done = dialog.done_refund
            if dialog.slip is not None:
                self.counter.last_refund_slip = dialog.slip  # F6 shows it
            shown = self.counter.resident
            if shown is not None and shown.resident_id == dialog.detail.redemption.resident_id:
                self.counter.set_resident(shown.resident_id)  # the balance changed
            self.counter.say(
                self.tr("Refunded {points} points: {number}. ").format(
                    points=done.total, number=done.number
                )
                + dialog.print_message
            )
        dialog.deleteLater()
        self.counter.input.setFocus()
