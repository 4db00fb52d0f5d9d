"""志愿服务时长积分: approved volunteer hours that have not earned points yet, awarded at once."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridesk.core.points import earning
from gridesk.core.points.hours import HoursToAward, award_hours, hours_to_award
from gridesk.errors import GrideskError
from gridesk.ui.combo import select_data
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text


class HoursAwardDialog(QDialog):
    """Pick the per-hour rule, see what each approved record earns, award them all."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.items: list[HoursToAward] = []
        self.setWindowTitle(self.tr("Points for volunteer hours"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        explain = QLabel(
            self.tr(
                "Approved volunteer hours that have not earned points yet. An activity with "
                "its own points earns by them; other hours earn the rule's points per hour, "
                "to the nearest point. Each record earns once."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Rule:")))
        self.rule = QComboBox()
        self.rule.setObjectName("hoursRule")
        row.addWidget(self.rule, 1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("hoursTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Served at"), self.tr("Approved"), self.tr("Minutes"),
             self.tr("Points")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.summary = QLabel("")
        self.summary.setObjectName("hoursSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.award_button = QPushButton(self.tr("Award all"))
        self.award_button.setObjectName("primary")
        buttons.addButton(self.award_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.award_button.clicked.connect(self.award_all)

        rules = earning.list_rules(desk.store, desk.actor)
        for r in rules:
            self.rule.addItem(
                self.tr("{name}: {points} points per {unit}").format(
                    name=r.name, points=r.points, unit=r.unit or "—"
                ),
                r.id,
            )
        # a rule counted by the hour is the likely one
        hourly = next((r for r in rules if "时" in r.unit or "hour" in r.unit.lower()), None)
        if hourly is not None:
            select_data(self.rule, hourly.id)
        self.rule.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def rule_id(self) -> uuid.UUID | None:
        value = self.rule.currentData()
        return value if isinstance(value, uuid.UUID) else None

    def refresh(self) -> None:
        rule_id = self.rule_id()
        self.items = (
            [] if rule_id is None else hours_to_award(self.desk.store, self.desk.actor, rule_id)
        )
        sources = {
            "shift": self.tr("duty shift"),
            "activity": self.tr("activity"),
            "task": self.tr("task"),
        }
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            local = item.approved_at.astimezone()
            cells = [
                item.name,
                sources.get(item.source, item.source),
                f"{local:%Y-%m-%d %H:%M}",
                str(item.minutes),
                str(item.points),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column >= 3:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, cell)
        total = sum(i.points for i in self.items)
        self.award_button.setEnabled(bool(self.items) and total > 0)
        if rule_id is None:
            self.summary.setText(self.tr("Add an earning rule first (e.g. 志愿服务, per 小时)."))
        elif not self.items:
            self.summary.setText(self.tr("Every approved hours record has earned its points."))
        else:
            self.summary.setText(
                self.tr("%n record(s), {points} points in all.", "", len(self.items)).format(
                    points=total
                )
            )

    def award_all(self) -> None:
        rule_id = self.rule_id()
        if rule_id is None or not self.items:
            return
        try:
            done = award_hours(
                self.desk.store, self.desk.actor, rule_id, [i.record_id for i in self.items]
            )
        except GrideskError as exc:
            self.summary.setText(error_text(exc))
            self.refresh()
            return
        self.refresh()
        text = self.tr("Awarded %n record(s).", "", done.awarded)
        if done.pending:
            text += " " + self.tr(
                "%n award(s) above the approval amount wait for a second person.", "", done.pending
            )
        self.summary.setText(text)
