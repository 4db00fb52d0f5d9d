"""志愿者: the coordinator's window. Tabs: the week's duty roster, check-in by card, activities
with sign-up, hours to approve, and the volunteers and teams."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout

from gridesk import clock
from gridesk.core.actor import Permission
from gridesk.ui.desk import Desk
from gridesk.ui.page import Page
from gridesk.ui.volunteers.activities import ActivitiesView
from gridesk.ui.volunteers.checkin import CheckInView
from gridesk.ui.volunteers.hours import HoursView
from gridesk.ui.volunteers.people import PeopleView
from gridesk.ui.volunteers.report import ReportView
from gridesk.ui.volunteers.tasks import TasksView
from gridesk.ui.volunteers.week import WeekView


class VolunteersPage(Page):
    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        title = QLabel(self.tr("Volunteers"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("volunteerTabs")
        self.week = WeekView(desk)
        self.check_in = CheckInView(desk)
        self.activities = ActivitiesView(desk)
        self.hours = HoursView(desk)
        self.people = PeopleView(desk)
        self.tasks = TasksView(desk)
        self.report = ReportView(desk)
        self.tabs.addTab(self.week, self.tr("Duty roster"))
        self.tabs.addTab(self.check_in, self.tr("Check-in"))
        self.tabs.addTab(self.activities, self.tr("Activities"))
        self.tabs.addTab(self.tasks, self.tr("Tasks to claim"))
        self.tabs.addTab(self.hours, self.tr("Service hours"))
        self.tabs.addTab(self.report, self.tr("Reports"))
        self.tabs.addTab(self.people, self.tr("Volunteers and teams"))
        if not desk.actor.can(Permission.VOLUNTEERS_CHECK_IN):
            self.tabs.setTabVisible(1, False)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.week.show_week(self.week.monday)

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        refresh = getattr(current, "refresh", None)
        if callable(refresh):
            refresh()

    def show_records(self, wanted: dict[str, str]) -> None:
        """roster: this week's duty roster; hours: the service hours to approve."""
        view = wanted.get("view", "")
        if view == "hours":
            self.tabs.setCurrentWidget(self.hours)
            self.hours.table.setFocus()
        else:
            self.tabs.setCurrentWidget(self.week)
            self.week.show_week(clock.today() - timedelta(days=clock.today().weekday()))
            self.week.setFocus()

    def take_card(self, ident: str) -> bool:
        """A volunteer or resident card scanned in the main scan box while this page is open:
        on the activities tab it signs the holder up for the selected activity, on the tasks
        tab it claims the selected task; anywhere else
        it checks the person in or out (shown on the check-in tab)."""
        if not self.desk.actor.can(Permission.VOLUNTEERS_CHECK_IN):
            return False
        if self.tabs.currentWidget() is self.activities:
            self.activities.take_card(ident)
            return True
        if self.tabs.currentWidget() is self.tasks:
            self.tasks.take_card(ident)
            return True
        if self.tabs.currentWidget() is not self.check_in:
            self.tabs.setCurrentWidget(self.check_in)
        self.check_in.take_card(ident)
        return True
