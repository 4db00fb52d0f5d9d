"""Check-in and check-out (签到/签退): scan a volunteer card or resident card, or pick the name.
One scan checks in; the next checks out. Scheduled and actual times are shown side by side."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridesk import clock
from gridesk.core.actor import Permission
from gridesk.core.volunteers.activities import list_activities
from gridesk.core.volunteers.errors import LateCheckIn, NotScheduled
from gridesk.core.volunteers.hours import (
    CheckResult,
    HoursInfo,
    Target,
    check_in_out,
    flag_forgotten,
    list_hours,
)
from gridesk.core.volunteers.labels import HOURS_STATUS
from gridesk.core.volunteers.services import local_dt, week_view
from gridesk.documents.qr import PayloadError, verify_payload
from gridesk.errors import GrideskError
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text, label_text
from gridesk.ui.widgets.message_line import MessageLine
from gridesk.ui.widgets.resident_picker import ResidentPicker


def hm(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone().strftime("%H:%M")


class CheckInView(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        top = QHBoxLayout()
        left = QVBoxLayout()
        self.scan_input = QLineEdit()
        self.scan_input.setObjectName("searchBox")
        self.scan_input.setPlaceholderText(self.tr("Scan a volunteer card or resident card"))
        self.scan_input.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        left.addWidget(self.scan_input)
        self.person_search = QLineEdit()
        self.person_search.setClearButtonEnabled(True)
        self.person_search.setPlaceholderText(
            self.tr("…or find the person: name, pinyin, phone last 4")
        )
        left.addWidget(self.person_search)
        self.person_list = QListWidget()
        self.person_list.setMaximumHeight(130)
        left.addWidget(self.person_list)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Walk-ups serve at:")))
        self.walk_up = QComboBox()
        self.walk_up.setMinimumWidth(260)
        row.addWidget(self.walk_up, 1)
        self.check_button = QPushButton(self.tr("Check in / out"))
        self.check_button.setObjectName("primary")
        row.addWidget(self.check_button)
        left.addLayout(row)
        top.addLayout(left, 3)
        self.result = MessageLine(
            self.tr("Scan a card to check in; scan it again to check out."), "banner"
        )
        self.result.setMinimumWidth(320)
        self.result.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        top.addWidget(self.result, 2)
        layout.addLayout(top)

        self.today_label = QLabel()
        self.today_label.setObjectName("subtle")
        layout.addWidget(self.today_label)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("todayTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Shift or activity"),
                self.tr("Scheduled"),
                self.tr("In"),
                self.tr("Out"),
                self.tr("Minutes"),
                self.tr("Status"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        self.picker = ResidentPicker(
            self.desk, self.person_search, self.person_list, parts=("phone", "address")
        )
        self.scan_input.returnPressed.connect(self.take_scan_text)
        self.check_button.clicked.connect(self.check_picked)
        self.picker.picked.connect(self.check)
        self._secret: bytes | None = None
        self.waiting: uuid.UUID | None = None
        """A walk-up scanned before a shift was chosen: Enter on the chosen shift checks
        them in, without a second scan."""
        # not the list's activated signal: the arrow keys emit it on every step
        self.walk_up.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.walk_up and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.waiting is not None:
                self._take_waiting()
                return True
            if event.key() == Qt.Key.Key_Escape and self.waiting is not None:
                self.waiting = None
                self.say(self.tr("Not checked in."))
                self.scan_input.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _take_waiting(self) -> None:
        if self.waiting is not None and self.walk_up.currentData() is not None:
            self.check(self.waiting)

    # -- what happens ------------------------------------------------------------------------

    def refresh(self) -> None:
        flag_forgotten(self.desk.store, self.desk.actor)
        self._load_targets()
        self._load_today()

    def _load_targets(self) -> None:
        current = self.walk_up.currentData()
        self.walk_up.clear()
        self.walk_up.addItem(self.tr("(not on a list: ask first)"), None)
        today = clock.today()
        start, end = local_dt(today, 0), local_dt(today + timedelta(days=1), 0)
        for shift in week_view(self.desk.store, self.desk.actor, today):
            if start <= shift.starts_at < end:
                self.walk_up.addItem(
                    f"{hm(shift.starts_at)}-{hm(shift.ends_at)} {shift.post}",
                    Target("shift", shift.id),
                )
        for a in list_activities(self.desk.store, self.desk.actor, since=start):
            if a.starts_at < end:
                self.walk_up.addItem(
                    f"{hm(a.starts_at)}-{hm(a.ends_at)} {a.title}", Target("activity", a.id)
                )
        for i in range(self.walk_up.count()):
            if self.walk_up.itemData(i) == current:
                self.walk_up.setCurrentIndex(i)

    def _load_today(self) -> None:
        start = local_dt(clock.today(), 0)
        rows = list_hours(
            self.desk.store,
            self.desk.actor,
            statuses=tuple(HOURS_STATUS),
            since=start,
            limit=500,
        )
        self.table.setRowCount(len(rows))
        for r, h in enumerate(rows):
            scheduled = (
                f"{hm(h.scheduled_start)}-{hm(h.scheduled_end)}" if h.scheduled_start else ""
            )
            label = h.label + (self.tr(" (walk-up)") if h.walk_up else "")
            values = [
                h.name,
                label,
                scheduled,
                hm(h.started_at),
                hm(h.ended_at),
                "" if h.minutes is None else str(h.minutes),
                label_text(HOURS_STATUS, h.status),
            ]
            for c, text in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(text))
        on_duty = sum(1 for h in rows if h.status == "open")
        self.today_label.setText(
            self.tr("Today: %n check-in(s), ", "", len(rows))
            + self.tr("%n on duty now", "", on_duty)
        )

    def take_scan_text(self) -> None:
        text = self.scan_input.text().strip()
        self.scan_input.clear()
        if not text:
            return
        if self._secret is None:
            self._secret = self.desk.store.qr_secret()
        try:
            payload = verify_payload(self._secret, text)
        except PayloadError as exc:
            self.say_error(error_text(exc))
            return
        if payload.kind not in ("R", "V"):
            self.say_error(self.tr("This is not a volunteer or resident card."))
            return
        self.take_card(payload.ident)

    def take_card(self, ident: str) -> None:
        try:
            resident_id = uuid.UUID(ident)
        except ValueError:
            self.say_error(self.tr("This card's number is damaged."))
            return
        self.check(resident_id)

    def check_picked(self) -> None:
        if self.waiting is not None:  # the button after a shift chosen with the mouse
            self._take_waiting()
            return
        resident_id = self.picker.current_id()
        if resident_id is not None:
            self.check(resident_id)

    def check(self, resident_id: uuid.UUID) -> CheckResult | None:
        target = self.walk_up.currentData()
        reason = ""
        while True:
            try:
                result = check_in_out(
                    self.desk.store, self.desk.actor, resident_id, target, late_reason=reason
                )
                break
            except NotScheduled as exc:
                if target is not None or self.walk_up.count() < 2:
                    self.say_error(error_text(exc))
                    return None
                # keep the scan: the desk chooses the shift and Enter checks them in
                self.waiting = resident_id
                self.say_error(
                    error_text(exc)
                    + " "
                    + self.tr("Choose it with ↑/↓ and press Enter (Esc: not now).")
                )
                self.walk_up.setFocus()
                return None
            except LateCheckIn as exc:
                if reason or not self.desk.actor.can(Permission.VOLUNTEERS_MANAGE):
                    self.say_error(error_text(exc))
                    return None
                reason, ok = QInputDialog.getText(
                    self,
                    self.tr("Late check-in"),
                    error_text(exc) + "\n\n" + self.tr("Reason (kept with the hours):"),
                )
                reason = reason.strip()
                if not ok or not reason:
                    self.say_error(error_text(exc))
                    return None
            except GrideskError as exc:
                self.say_error(error_text(exc))
                return None
        if self.waiting is not None:
            self.waiting = None
            self.scan_input.setFocus()
        self.say(self.describe(result))
        self._load_today()
        return result

    def describe(self, result: CheckResult) -> str:
        h: HoursInfo = result.record
        scheduled = f"{hm(h.scheduled_start)}-{hm(h.scheduled_end)}" if h.scheduled_start else "—"
        if result.action == "in":
            text = self.tr("{name} checked in: {what}. Scheduled {scheduled}, arrived {at}.")
            text = text.format(name=h.name, what=h.label, scheduled=scheduled, at=hm(h.started_at))
            if h.walk_up:
                text += " " + self.tr("(walk-up volunteer)")
        else:
            text = self.tr(
                "{name} checked out: {what}, {minutes} minutes. Scheduled {scheduled}, "
                "actual {start}-{end}. Awaiting approval."
            ).format(
                name=h.name,
                what=h.label,
                minutes=h.minutes,
                scheduled=scheduled,
                start=hm(h.started_at),
                end=hm(h.ended_at),
            )
        if result.flagged:
            text += " " + self.tr(
                "An earlier check-in had no check-out; it is flagged for the coordinator."
            )
        return text

    def say(self, text: str) -> None:
        self.result.say(text)

    def say_error(self, text: str) -> None:
        self.result.say(text, "error")
