"""Volunteers and teams: who they are, their skills, when they are free, their teams."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gridesk.core.actor import Permission
from gridesk.core.volunteers.rules import parse_availability
from gridesk.core.volunteers.services import (
    ProfileInput,
    Volunteer,
    get_volunteer,
    list_teams,
    save_profile,
    save_team,
    volunteer_ids,
    volunteers_by_ids,
)
from gridesk.errors import GrideskError
from gridesk.ui.desk import Desk
from gridesk.ui.forms.ui_volunteers_profile import Ui_ProfileDialog
from gridesk.ui.i18n import error_text, translated
from gridesk.ui.lazy_model import Column, LazyTableModel, configure_big_table
from gridesk.ui.messages import show_error
from gridesk.ui.volunteers.week import WEEKDAYS
from gridesk.ui.widgets.resident_picker import ResidentPicker


def availability_text(stored: str) -> str:
    """``"6 09:00-12:00; 7 09:00-12:00"`` as the desk reads it: 周六 09:00-12:00、周日 …"""
    try:
        ranges = parse_availability(stored)
    except ValueError:
        return stored
    return "、".join(
        f"{translated('volunteers', WEEKDAYS[r.weekday - 1])} {r.text()[2:]}" for r in ranges
    )


class ProfileDialog(QDialog):
    """A volunteer's profile (forms/volunteers_profile.ui); for a new volunteer, first find
    the resident."""

    def __init__(
        self, desk: Desk, resident_id: uuid.UUID | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.resident_id = resident_id
        self.ui = Ui_ProfileDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.nameLabel.setObjectName("dialogTitle")
        ui.messageLabel.setObjectName("errorText")
        ui.nameLabel.setVisible(resident_id is not None)
        ui.searchEdit.setVisible(resident_id is None)
        ui.foundList.setVisible(resident_id is None)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        current = get_volunteer(desk.store, desk.actor, resident_id) if resident_id else None
        for team in list_teams(desk.store, desk.actor):
            item = QListWidgetItem(team.name)
            item.setData(Qt.ItemDataRole.UserRole, team.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = current is not None and team.id in current.team_ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            ui.teamsList.addItem(item)
        if current is not None:
            ui.nameLabel.setText(f"{current.name}  {current.phone}")
            ui.skillsEdit.setText("、".join(current.skills))
            ui.availabilityEdit.setText(current.availability)
            ui.partyCheck.setChecked(current.party_member)
            ui.activeCheck.setChecked(current.active)
            ui.notesEdit.setText(current.notes)
        self.picker = ResidentPicker(desk, ui.searchEdit, ui.foundList, parts=("phone", "address"))
        ui.teamsList.setMinimumHeight(110)
        if resident_id is not None:  # no search: no room kept for it
            self.resize(self.width(), self.minimumSizeHint().height())

    def save(self) -> None:
        ui = self.ui
        resident_id = self.resident_id
        if resident_id is None:
            resident_id = self.picker.current_id()
            if resident_id is None:
                ui.messageLabel.setText(self.tr("Find and choose the resident first."))
                return
        teams = frozenset(
            ui.teamsList.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(ui.teamsList.count())
            if ui.teamsList.item(i).checkState() == Qt.CheckState.Checked
        )
        try:
            save_profile(
                self.desk.store,
                self.desk.actor,
                resident_id,
                ProfileInput(
                    skills=ui.skillsEdit.text(),
                    availability=ui.availabilityEdit.text(),
                    party_member=ui.partyCheck.isChecked(),
                    active=ui.activeCheck.isChecked(),
                    notes=ui.notesEdit.text(),
                    team_ids=teams,
                ),
            )
        except GrideskError as exc:
            ui.messageLabel.setText(error_text(exc))
            return
        self.accept()


class PeopleView(QWidget):
    NAME, PHONE, SKILLS, TEAMS, AVAILABLE, HOURS, PARTY = range(7)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ids: list[uuid.UUID] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find a volunteer: name, pinyin, phone"))
        self.team_filter = QComboBox()
        self.team_filter.setMinimumWidth(160)
        self.add_button = QPushButton(self.tr("Add volunteer…"))
        self.add_button.setObjectName("primary")
        self.edit_button = QPushButton(self.tr("Edit profile…"))
        self.team_button = QPushButton(self.tr("New team…"))
        self.leader_button = QPushButton(self.tr("Make team leader"))
        bar.addWidget(self.search, 2)
        bar.addWidget(self.team_filter, 1)
        for w in (self.add_button, self.edit_button, self.team_button, self.leader_button):
            w.setVisible(desk.actor.can(Permission.VOLUNTEERS_MANAGE))
            bar.addWidget(w)
        layout.addLayout(bar)
        self.teams_label = QLabel()
        self.teams_label.setObjectName("subtle")
        self.teams_label.setWordWrap(True)
        layout.addWidget(self.teams_label)
        self.model: LazyTableModel[Volunteer] = LazyTableModel(
            self._columns(), lambda: len(self.ids), self._page, self
        )
        self.table = QTableView()
        self.table.setObjectName("volunteerTable")
        configure_big_table(self.table, self.model)
        layout.addWidget(self.table, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.load)
        self.search.textChanged.connect(self._timer.start)
        self.team_filter.currentIndexChanged.connect(lambda _i: self.load())
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.current()))
        self.table.doubleClicked.connect(lambda _i: self.edit(self.current()))
        self.team_button.clicked.connect(self.new_team)
        self.leader_button.clicked.connect(self.make_leader)

    def _columns(self) -> list[Column[Volunteer]]:
        yes = self.tr("yes")
        anytime = self.tr("any time")
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return [
            Column(self.tr("Name"), lambda v: v.name, width=90),
            Column(self.tr("Phone"), lambda v: v.phone, width=120),
            Column(self.tr("Skills"), lambda v: "、".join(v.skills), width=150),
            Column(self.tr("Teams"), lambda v: "、".join(v.team_names), width=160),
            Column(
                self.tr("Available"),
                lambda v: availability_text(v.availability) or anytime,
                width=420,
            ),
            Column(self.tr("Hours"), lambda v: f"{v.hours:.1f}", right, width=90),
            Column(self.tr("Party member"), lambda v: yes if v.party_member else "", width=60),
        ]

    def _page(self, offset: int, limit: int) -> list[Volunteer]:
        return volunteers_by_ids(
            self.desk.store, self.desk.actor, self.ids[offset : offset + limit]
        )

    def refresh(self) -> None:
        chosen = self.team_filter.currentData()
        self.team_filter.blockSignals(True)
        self.team_filter.clear()
        self.team_filter.addItem(self.tr("All teams"), None)
        teams = list_teams(self.desk.store, self.desk.actor)
        for team in teams:
            self.team_filter.addItem(team.name, team.id)
            if team.id == chosen:
                self.team_filter.setCurrentIndex(self.team_filter.count() - 1)
        self.team_filter.blockSignals(False)
        self.teams_label.setText(
            "  ·  ".join(
                self.tr("{team}: leader {leader}, {n} members").format(
                    team=t.name, leader=t.leader_name or "—", n=t.members
                )
                for t in teams
            )
        )
        self.load()

    def load(self) -> None:
        self.ids = volunteer_ids(
            self.desk.store, self.desk.actor, self.search.text(), self.team_filter.currentData()
        )
        self.model.reload()

    def current(self) -> uuid.UUID | None:
        selected = self.table.selectionModel().selectedRows()
        return self.ids[selected[0].row()] if selected else None

    def edit(self, resident_id: uuid.UUID | None) -> None:
        dialog = ProfileDialog(self.desk, resident_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
        dialog.deleteLater()

    def new_team(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New team"), self.tr("Team name"))
        if not ok:
            return
        try:
            save_team(self.desk.store, self.desk.actor, None, name)
        except GrideskError as exc:
            show_error(self, exc)
        self.refresh()

    def make_leader(self) -> None:
        team_id = self.team_filter.currentData()
        resident_id = self.current()
        if team_id is None or resident_id is None:
            self.teams_label.setText(self.tr("Choose a team above and a volunteer in the list."))
            return
        team = next(t for t in list_teams(self.desk.store, self.desk.actor) if t.id == team_id)
        try:
            save_team(
                self.desk.store, self.desk.actor, team_id, team.name, resident_id, team.description
            )
        except GrideskError as exc:
            show_error(self, exc)
        self.refresh()
