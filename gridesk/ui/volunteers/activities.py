"""Activities (活动预告与报名): the upcoming list, sign-up at the desk or by card, the waitlist."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridesk import clock
from gridesk.core.actor import Permission
from gridesk.core.volunteers import labels
from gridesk.core.volunteers.activities import (
    ELIGIBILITY,
    ActivityInfo,
    ActivityInput,
    cancel_activity,
    cancel_sign_up,
    list_activities,
    save_activity,
    sign_up,
    signups,
)
from gridesk.core.volunteers.labels import POINTS_EACH, POINTS_MODE
from gridesk.core.volunteers.services import list_teams
from gridesk.documents.qr import PayloadError, verify_payload
from gridesk.errors import GrideskError
from gridesk.ui.combo import select_data
from gridesk.ui.desk import Desk
from gridesk.ui.forms.ui_volunteers_activity import Ui_ActivityDialog
from gridesk.ui.i18n import error_text, label_text
from gridesk.ui.messages import confirm, show_error
from gridesk.ui.widgets.resident_picker import ResidentPicker


def when(a: ActivityInfo) -> str:
    start = a.starts_at.astimezone()
    return f"{start:%m-%d %H:%M}-{a.ends_at.astimezone():%H:%M}"


class ActivityDialog(QDialog):
    """A new activity or changes to one (forms/volunteers_activity.ui)."""

    def __init__(
        self, desk: Desk, activity: ActivityInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.activity = activity
        self.ui = Ui_ActivityDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.messageLabel.setObjectName("errorText")
        for key in POINTS_MODE:
            ui.pointsModeCombo.addItem(label_text(POINTS_MODE, key), key)
        for key in ELIGIBILITY:
            ui.eligibilityCombo.addItem(label_text(labels.ELIGIBILITY, key), key)
        ui.teamCombo.addItem("—", None)
        for team in list_teams(desk.store, desk.actor):
            ui.teamCombo.addItem(team.name, team.id)
        # a function room of the treasure box, booked for the activity's time on saving
        self.room_combo = QComboBox()
        self.room_combo.setObjectName("roomCombo")
        self.room_combo.addItem(self.tr("— no room to book —"), None)
        if desk.actor.can(Permission.ROOMS_BOOK):
            from gridesk.core.treasure.rooms import list_rooms

            for room in list_rooms(desk.store, desk.actor):
                self.room_combo.addItem(room.name, room.id)
        room_label = QLabel(self.tr("Roo&m"))
        room_label.setBuddy(self.room_combo)
        ui.form.insertRow(3, room_label, self.room_combo)
        QWidget.setTabOrder(ui.placeEdit, self.room_combo)
        QWidget.setTabOrder(self.room_combo, ui.dayEdit)
        self.room_combo.currentIndexChanged.connect(self._room_chosen)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        ui.eligibilityCombo.currentIndexChanged.connect(self._team_needed)
        self.saved: ActivityInfo | None = None
        if activity is None:
            tomorrow = clock.today() + timedelta(days=1)
            ui.dayEdit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
            ui.startEdit.setTime(QTime(9, 0))
            ui.endEdit.setTime(QTime(11, 0))
            ui.capacitySpin.setValue(20)
            ui.pointsSpin.setValue(10)
        else:
            start, end = activity.starts_at.astimezone(), activity.ends_at.astimezone()
            ui.titleEdit.setText(activity.title)
            ui.descriptionEdit.setPlainText(activity.description)
            ui.placeEdit.setText(activity.place)
            ui.dayEdit.setDate(QDate(start.year, start.month, start.day))
            ui.startEdit.setTime(QTime(start.hour, start.minute))
            ui.endEdit.setTime(QTime(end.hour, end.minute))
            ui.capacitySpin.setValue(activity.capacity)
            ui.pointsSpin.setValue(activity.points)
            select_data(ui.pointsModeCombo, activity.points_mode)
            select_data(ui.eligibilityCombo, activity.eligibility)
            select_data(ui.teamCombo, activity.team_id)
            select_data(self.room_combo, activity.room_id)
        self._team_needed()

    def _room_chosen(self) -> None:
        """The room's name is the place, unless the desk wrote another one."""
        place = self.ui.placeEdit.text().strip()
        names = {self.room_combo.itemText(i) for i in range(1, self.room_combo.count())}
        if self.room_combo.currentData() is not None and (not place or place in names):
            self.ui.placeEdit.setText(self.room_combo.currentText())

    def _team_needed(self) -> None:
        self.ui.teamCombo.setEnabled(self.ui.eligibilityCombo.currentData() == "team")

    def data(self) -> ActivityInput:
        ui = self.ui
        d = ui.dayEdit.date()
        day = date(d.year(), d.month(), d.day())

        def at(t: QTime) -> datetime:
            return datetime.combine(day, time(t.hour(), t.minute())).astimezone()

        return ActivityInput(
            title=ui.titleEdit.text(),
            description=ui.descriptionEdit.toPlainText(),
            place=ui.placeEdit.text(),
            starts_at=at(ui.startEdit.time()),
            ends_at=at(ui.endEdit.time()),
            capacity=ui.capacitySpin.value(),
            points_mode=ui.pointsModeCombo.currentData(),
            points=ui.pointsSpin.value(),
            eligibility=ui.eligibilityCombo.currentData(),
            team_id=ui.teamCombo.currentData(),
            room_id=self.room_combo.currentData(),
        )

    def save(self) -> None:
        try:
            self.saved = save_activity(
                self.desk.store,
                self.desk.actor,
                self.activity.id if self.activity else None,
                self.data(),
            )
        except GrideskError as exc:
            self.ui.messageLabel.setText(error_text(exc))
            return
        self.accept()


class ActivitiesView(QWidget):
    WHEN, TITLE, PLACE, SIGNED, WAITING, POINTS = range(6)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.rows: list[ActivityInfo] = []
        can_manage = desk.actor.can(Permission.VOLUNTEERS_MANAGE)
        can_sign = desk.actor.can(Permission.VOLUNTEERS_CHECK_IN)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New activity…"))
        self.new_button.setObjectName("primary")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.cancel_button = QPushButton(self.tr("Cancel activity"))
        self.notice_button = QPushButton(self.tr("Print notice…"))
        for w in (self.new_button, self.edit_button, self.cancel_button):
            w.setVisible(can_manage)
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.notice_button)
        layout.addLayout(bar)

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("activityTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Title"),
                self.tr("Place"),
                self.tr("Signed up"),
                self.tr("Waitlist"),
                self.tr("Points"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.TITLE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(self.WHEN, 150)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        self.signup_title = QLabel()
        self.signup_title.setObjectName("dialogTitle")
        self.signup_title.setWordWrap(True)
        self.signup_list = QListWidget()
        self.scan_input = QLineEdit()
        self.scan_input.setObjectName("signUpScan")
        self.scan_input.setPlaceholderText(self.tr("Scan a card to sign up for this activity"))
        self.scan_input.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.person_search = QLineEdit()
        self.person_search.setClearButtonEnabled(True)
        self.person_search.setPlaceholderText(self.tr("Find a person to sign up"))
        self.person_list = QListWidget()
        self.person_list.setMaximumHeight(110)
        buttons = QHBoxLayout()
        self.sign_button = QPushButton(self.tr("Sign up"))
        self.sign_button.setObjectName("primary")
        self.unsign_button = QPushButton(self.tr("Cancel sign-up"))
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.unsign_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("scanMessage")
        side_layout.addWidget(self.signup_title)
        side_layout.addWidget(self.signup_list, 1)
        side_layout.addWidget(self.scan_input)
        side_layout.addWidget(self.person_search)
        side_layout.addWidget(self.person_list)
        side_layout.addLayout(buttons)
        side_layout.addWidget(self.message)
        for w in (
            self.scan_input,
            self.person_search,
            self.person_list,
            self.sign_button,
            self.unsign_button,
        ):
            w.setVisible(can_sign)

        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(side)
        split.setSizes([760, 380])
        layout.addWidget(split, 1)

        self.picker = ResidentPicker(self.desk, self.person_search, self.person_list)
        self.table.itemSelectionChanged.connect(self.show_signups)
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.current()))
        self.cancel_button.clicked.connect(self.cancel_current)
        self.notice_button.clicked.connect(self.print_notice)
        self.sign_button.clicked.connect(self.sign_picked)
        self.picker.picked.connect(self.sign)
        self.unsign_button.clicked.connect(self.unsign_selected)
        self.scan_input.returnPressed.connect(self.take_scan_text)
        self._secret: bytes | None = None

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
            self.message.setText(error_text(exc))
            return
        if payload.kind not in ("R", "V"):
            self.message.setText(self.tr("This is not a volunteer or resident card."))
            return
        self.take_card(payload.ident)

    def take_card(self, ident: str) -> None:
        """A scanned card signs its holder up for the selected activity."""
        try:
            resident_id = uuid.UUID(ident)
        except ValueError:
            self.message.setText(self.tr("This card's number is damaged."))
            return
        self.sign(resident_id)

    def refresh(self) -> None:
        current = self.current()
        self.rows = list_activities(self.desk.store, self.desk.actor)
        self.table.setRowCount(len(self.rows))
        for r, a in enumerate(self.rows):
            points = label_text(POINTS_EACH, a.points_mode).format(n=a.points)
            values = [
                when(a),
                a.title,
                a.place,
                f"{a.signed}/{a.capacity}",
                str(a.waitlisted) if a.waitlisted else "",
                points,
            ]
            for c, text in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(text))
        ids = [a.id for a in self.rows]
        if current is not None and current.id in ids:
            self.table.selectRow(ids.index(current.id))
        elif self.rows:
            self.table.selectRow(0)
        self.show_signups()

    def current(self) -> ActivityInfo | None:
        row = self.table.currentRow()
        selected = self.table.selectionModel().selectedRows()
        if selected:
            row = selected[0].row()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def show_signups(self) -> None:
        a = self.current()
        self.signup_list.clear()
        if a is None:
            self.signup_title.setText(self.tr("No upcoming activities."))
            return
        self.signup_title.setText(
            self.tr("{title}: {signed}/{capacity} signed up").format(
                title=a.title, signed=a.signed, capacity=a.capacity
            )
        )
        for su in signups(self.desk.store, self.desk.actor, a.id):
            text = su.name
            if su.status == "waitlisted":
                text = self.tr("{name} (waitlist {n})").format(name=su.name, n=su.position)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, su.resident_id)
            self.signup_list.addItem(item)

    def sign_picked(self) -> None:
        resident_id = self.picker.current_id()
        if resident_id is not None:
            self.sign(resident_id)

    def sign(self, resident_id: uuid.UUID) -> None:
        a = self.current()
        if a is None:
            return
        try:
            su = sign_up(self.desk.store, self.desk.actor, a.id, resident_id)
        except GrideskError as exc:
            self.message.setText(error_text(exc))
            return
        if su.status == "signed":
            self.message.setText(self.tr("{name} is signed up.").format(name=su.name))
        else:
            self.message.setText(
                self.tr("The activity is full: {name} is number {n} on the waitlist.").format(
                    name=su.name, n=su.position
                )
            )
        self.refresh()

    def unsign_selected(self) -> None:
        a = self.current()
        item = self.signup_list.currentItem()
        if a is None or item is None:
            return
        try:
            result = cancel_sign_up(
                self.desk.store, self.desk.actor, a.id, item.data(Qt.ItemDataRole.UserRole)
            )
        except GrideskError as exc:
            self.message.setText(error_text(exc))
            return
        text = self.tr("{name}'s sign-up is cancelled.").format(name=result.cancelled.name)
        if result.promoted is not None:
            text += " " + self.tr("{name} moves up from the waitlist.").format(
                name=result.promoted.name
            )
        self.message.setText(text)
        self.refresh()

    def edit(self, activity: ActivityInfo | None) -> None:
        dialog = ActivityDialog(self.desk, activity, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
        dialog.deleteLater()

    def cancel_current(self) -> None:
        a = self.current()
        if a is None or not confirm(
            self,
            self.tr("Cancel “{title}”? Everyone signed up will need telling.").format(
                title=a.title
            ),
        ):
            return
        try:
            cancel_activity(self.desk.store, self.desk.actor, a.id)
        except GrideskError as exc:
            show_error(self, exc)
        self.refresh()

    def print_notice(self) -> None:
        from gridesk.ui.volunteers.documents import print_notice

        print_notice(self, self.desk, self.rows)
