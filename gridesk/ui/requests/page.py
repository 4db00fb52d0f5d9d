"""诉求: intake, the queue of cases, the wish wall, the weekly review and the catalogue."""

from __future__ import annotations

import uuid

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gridesk.core.actor import Permission
from gridesk.core.requests.cases import (
    CaseDetail,
    calendar_warning_years,
    find_case_by_number,
)
from gridesk.errors import GrideskError
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text
from gridesk.ui.page import Page
from gridesk.ui.requests.case_dialog import CaseDialog, print_ticket
from gridesk.ui.requests.intake import IntakeForm
from gridesk.ui.requests.queue import CaseQueue
from gridesk.ui.widgets.message_line import MessageLine


def _scrolling(widget: QWidget) -> QScrollArea:
    """A tall form in a scroll area, so the window still fits a 1366×768 screen (Tab scrolls
    to the field it moves to)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll


class RequestsPage(Page):
    """The number of cases due today or overdue, shown on the navigation."""

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.due = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        title = QLabel(self.tr("Requests"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.calendar_warning = MessageLine(variant="note")
        layout.addWidget(self.calendar_warning)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("requestTabs")
        self.intake = IntakeForm(desk)
        self.queue = CaseQueue(desk)
        can_handle = desk.actor.can(Permission.REQUESTS_HANDLE)
        self.intake_tab = _scrolling(self.intake)
        if can_handle:
            self.tabs.addTab(self.intake_tab, self.tr("Intake"))
        else:
            self.intake.hide()
        self.tabs.addTab(self.queue, self.tr("Cases"))
        self._extra_tabs()
        layout.addWidget(self.tabs, 1)
        self.message = QLabel()
        self.message.setObjectName("subtle")
        layout.addWidget(self.message)
        self.intake.accepted_case.connect(self._accepted)
        self.intake.refused.connect(self._refused)
        self.queue.open_case.connect(self.open_case)
        self.queue.counted.connect(self._show_due)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.start_intake)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.focus_search)
        self._show_calendar_warning()
        self._show_due(self.due_now())

    def _extra_tabs(self) -> None:
        from gridesk.ui.requests.review import ReviewTab
        from gridesk.ui.requests.settings import CatalogueTab
        from gridesk.ui.requests.wishes import WishWall

        self.wishes = WishWall(self.desk)
        self.tabs.addTab(self.wishes, self.tr("Wish wall"))
        self.review = ReviewTab(self.desk)
        self.review.open_case.connect(self.open_case)
        self.tabs.addTab(self.review, self.tr("Weekly review"))
        self.catalogue: CatalogueTab | None = None
        if self.desk.actor.can(Permission.REQUESTS_MANAGE):
            self.catalogue = CatalogueTab(self.desk)
            self.catalogue.changed.connect(self._catalogue_changed)
            self.tabs.addTab(_scrolling(self.catalogue), self.tr("Categories and calendar"))

    def _catalogue_changed(self) -> None:
        self.intake.load_categories()
        self.queue.load_filters()
        self._show_calendar_warning()

    def due_now(self) -> int:
        from gridesk.core.requests.cases import due_count

        return due_count(self.desk.store, self.desk.actor)

    def _show_calendar_warning(self) -> None:
        years = calendar_warning_years(self.desk.store)
        if not years:
            self.calendar_warning.hide()
            return
        self.calendar_warning.say(
            self.tr(
                "Holidays of {years} are not known yet: deadlines there count Monday to Friday "
                "only. An administrator can enter the holidays and make-up workdays under "
                "Categories and calendar."
            ).format(years="、".join(str(y) for y in years)),
            "warning",
        )
        self.calendar_warning.show()

    def count(self) -> int:
        return self.due

    def _show_due(self, n: int) -> None:
        """The count of due and overdue cases, for the navigation beside the page's name."""
        self.due = n
        self.count_changed.emit(n)

    def refresh(self) -> None:
        self.queue.refresh()
        self.wishes.refresh()
        self.review.refresh()
        self._show_calendar_warning()

    def show_records(self, wanted: dict[str, str]) -> None:
        """wishes: the wish wall; else the case list narrowed to the view (due, callback …),
        grid, category and handler asked for, the first case selected."""
        if wanted.get("view") == "wishes":
            self.tabs.setCurrentWidget(self.wishes)
            self.wishes.setFocus()
            return
        self.tabs.setCurrentWidget(self.queue)
        self.queue.show_filter(wanted)
        self.queue.table.setFocus()

    def start_for(self, resident_id: uuid.UUID) -> None:
        """A request for this resident (居民档案): the intake form with them chosen."""
        if self.desk.actor.can(Permission.REQUESTS_HANDLE):
            self.tabs.setCurrentWidget(self.intake_tab)
            self.intake.set_resident(resident_id)

    def start_intake(self) -> None:
        if self.desk.actor.can(Permission.REQUESTS_HANDLE):
            self.tabs.setCurrentWidget(self.intake_tab)
            self.intake.who.setFocus()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.queue)
        self.queue.search.setFocus()
        self.queue.search.selectAll()

    def _accepted(self, case: CaseDetail) -> None:
        self.message.setText(
            self.tr("Ticket {number} accepted for {name}.").format(
                number=case.number, name=case.contact_name
            )
        )
        self.queue.load_filters()
        self.queue.refresh()
        if self.intake.print_receipt.isChecked():
            print_ticket(self, self.desk, case)

    def _refused(self) -> None:
        """The last success no longer stands below; the reason is shown where the eye is."""
        self.message.setText("")
        self.intake_tab.ensureWidgetVisible(self.intake.message)

    def case_dialog(self, case_id: uuid.UUID) -> CaseDialog:
        return CaseDialog(self.desk, case_id, self)

    def open_case(self, case_id: uuid.UUID) -> None:
        try:
            dialog = self.case_dialog(case_id)
        except GrideskError as exc:
            self.message.setText(error_text(exc))
            return
        dialog.exec()
        if dialog.changed:
            self.queue.refresh()

    def open_code(self, kind: str, ident: str) -> str:
        self.open_ticket(ident)  # a ticket it cannot find is said on the page
        return ""

    def open_ticket(self, number: str) -> bool:
        """A scanned ticket: the case (or the wish) with this number."""
        try:
            case = find_case_by_number(self.desk.store, self.desk.actor, number)
        except GrideskError as exc:
            if self.wishes.open_wish_number(number):
                self.tabs.setCurrentWidget(self.wishes)
                return True
            self.message.setText(error_text(exc))
            return False
        self.tabs.setCurrentWidget(self.queue)
        self.open_case(case.id)
        return True
