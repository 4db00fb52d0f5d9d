"""Volunteers and teams: who they are, their skills, when they are free, their teams."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gridesk.core.actor import Permission
from gridesk.core.errors import GrideskError
from gridesk.core.residents import ResidentFilter, list_residents
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
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text, translated
from gridesk.ui.lazy_model import Column, LazyTableModel, configure_big_table
from gridesk.ui.messages import show_error
from gridesk.ui.volunteers.week import WEEKDAYS


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
    """A volunteer's profile; for a new volunteer, first find the resident."""

    def __init__(self, desk: Desk, resident_id: uuid.UUID | None, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.desk = desk
        self.resident_id = resident_id
        self.setWindowTitle(self.tr("Volunteer profile"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, pinyin, phone last 4 …"))
        self.found = QListWidget()
        self.found.setMaximumHeight(110)
        self.name_label = QLabel()
        self.name_label.setObjectName("dialogTitle")
        self.skills = QLineEdit()
        self.skills.setPlaceholderText(self.tr("e.g. 急救、电工、理发"))
        self.availability = QLineEdit()
        self.availability.setPlaceholderText(
            self.tr("weekday 1-7 and times, e.g. 1 08:00-12:00; 6 14:00-18:00")
        )
        self.party = QCheckBox(self.tr("Party member"))
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(True)
        self.teams = QListWidget()
        self.teams.setMaximumHeight(110)
        self.notes = QLineEdit()
        if resident_id is None:
            form.addRow(self.tr("Resident"), self.search)
            form.addRow("", self.found)
        else:
            form.addRow(self.tr("Resident"), self.name_label)
        form.addRow(self.tr("Skills"), self.skills)
        form.addRow(self.tr("Available"), self.availability)
        flags = QHBoxLayout()
        flags.addWidget(self.party)
        flags.addWidget(self.active)
        form.addRow("", flags)
        form.addRow(self.tr("Teams"), self.teams)
        form.addRow(self.tr("Notes"), self.notes)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        current = get_volunteer(desk.store, desk.actor, resident_id) if resident_id else None
        for team in list_teams(desk.store, desk.actor):
            item = QListWidgetItem(team.name)
            item.setData(Qt.ItemDataRole.UserRole, team.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = current is not None and team.id in current.team_ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.teams.addItem(item)
        if current is not None:
            self.name_label.setText(f"{current.name}  {current.phone}")
            self.skills.setText("、".join(current.skills))
            self.availability.setText(current.availability)
            self.party.setChecked(current.party_member)
            self.active.setChecked(current.active)
            self.notes.setText(current.notes)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.find)
        self.search.textChanged.connect(self._timer.start)

    def find(self) -> None:
        self.found.clear()
        text = self.search.text().strip()
        if not text:
            return
        for r in list_residents(self.desk.store, self.desk.actor, ResidentFilter(text=text), 0, 20):
            item = QListWidgetItem(f"{r.name}  {r.phone}  {r.address}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.found.addItem(item)
        if self.found.count():
            self.found.setCurrentRow(0)

    def save(self) -> None:
        resident_id = self.resident_id
        if resident_id is None:
            item = self.found.currentItem()
            if item is None:
                self.error.setText(self.tr("Find and choose the resident first."))
                return
            resident_id = item.data(Qt.ItemDataRole.UserRole)
        teams = frozenset(
            self.teams.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.teams.count())
            if self.teams.item(i).checkState() == Qt.CheckState.Checked
        )
        try:
            save_profile(
                self.desk.store,
                self.desk.actor,
                resident_id,
                ProfileInput(
                    skills=self.skills.text(),
                    availability=self.availability.text(),
                    party_member=self.party.isChecked(),
                    active=self.active.isChecked(),
                    notes=self.notes.text(),
                    team_ids=teams,
                ),
            )
        except GrideskError as exc:
            self.error.setText(error_text(exc))
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
