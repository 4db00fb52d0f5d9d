"""Service hours (服务时长): approve one or many, correct with a reason, certificates, reports."""

from __future__ import annotations

import uuid

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridesk.core.actor import Permission
from gridesk.core.volunteers.hours import (
    HoursInfo,
    approve_hours,
    correct_hours,
    flag_forgotten,
    list_hours,
)
from gridesk.core.volunteers.labels import HOURS_STATUS
from gridesk.errors import GrideskError
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import label_text
from gridesk.ui.messages import show_error
from gridesk.ui.volunteers.checkin import hm


class CorrectDialog(QDialog):
    def __init__(self, record: HoursInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct hours"))
        form = QFormLayout(self)
        form.addRow(
            QLabel(f"{record.name} · {record.label} · {record.started_at.astimezone():%m-%d %H:%M}")
        )
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSuffix(self.tr(" min"))
        scheduled = 0
        if record.scheduled_start and record.scheduled_end:
            scheduled = int((record.scheduled_end - record.scheduled_start).total_seconds() // 60)
        self.minutes.setValue(record.minutes if record.minutes is not None else scheduled)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(
            self.tr("e.g. forgot to check out; checked with the team leader")
        )
        form.addRow(self.tr("Minutes"), self.minutes)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class HoursView(QWidget):
    NAME, WHAT, DAY, SCHEDULED, ACTUAL, MINUTES, STATUS, REASON = range(8)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.rows: list[HoursInfo] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("Approve selected"))
        self.approve_button.setObjectName("primary")
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.all_box = QCheckBox(self.tr("Approved too"))
        self.certificate_button = QPushButton(self.tr("Service certificate…"))
        can_manage = desk.actor.can(Permission.VOLUNTEERS_MANAGE)
        for w in (self.approve_button, self.correct_button):
            w.setVisible(can_manage)
            bar.addWidget(w)
        bar.addWidget(self.all_box)
        bar.addStretch(1)
        bar.addWidget(self.certificate_button)
        layout.addLayout(bar)
        self.summary = QLabel()
        self.summary.setObjectName("subtle")
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("hoursTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Shift or activity"),
                self.tr("Date"),
                self.tr("Scheduled"),
                self.tr("Actual"),
                self.tr("Minutes"),
                self.tr("Status"),
                self.tr("Correction reason"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.resizeSection(self.WHAT, 240)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.approve_button.clicked.connect(self.approve_selected)
        self.correct_button.clicked.connect(self.correct_selected)
        self.all_box.toggled.connect(lambda _on: self.refresh())
        self.certificate_button.clicked.connect(self.certificate)

    def refresh(self) -> None:
        if self.desk.actor.can(Permission.VOLUNTEERS_CHECK_IN):
            flag_forgotten(self.desk.store, self.desk.actor)  # yesterday's open check-ins
        statuses = ["open", "flagged", "pending"]
        if self.all_box.isChecked():
            statuses += ["approved", "corrected"]
        self.rows = list_hours(self.desk.store, self.desk.actor, statuses=statuses, limit=2000)
        self.table.setRowCount(len(self.rows))
        for r, h in enumerate(self.rows):
            start = h.started_at.astimezone()
            scheduled = (
                f"{hm(h.scheduled_start)}-{hm(h.scheduled_end)}" if h.scheduled_start else ""
            )
            values = [
                h.name,
                h.label + (self.tr(" (walk-up)") if h.walk_up else ""),
                f"{start:%m-%d}",
                scheduled,
                f"{hm(h.started_at)}-{hm(h.ended_at)}",
                "" if h.minutes is None else str(h.minutes),
                label_text(HOURS_STATUS, h.status),
                h.correction_reason,
            ]
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if h.status == "flagged":
                    item.setBackground(QColor("#FBE3C4"))
                self.table.setItem(r, c, item)
        pending = sum(1 for h in self.rows if h.status == "pending")
        flagged = sum(1 for h in self.rows if h.status == "flagged")
        self.summary.setText(
            self.tr("%n record(s) to approve", "", pending)
            + " · "
            + self.tr("%n forgotten check-out(s) to correct", "", flagged)
        )

    def selected(self) -> list[HoursInfo]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.rows[r] for r in rows]

    def approve_selected(self) -> None:
        ids = [h.id for h in self.selected() if h.status == "pending"]
        try:
            approve_hours(self.desk.store, self.desk.actor, ids)
        except GrideskError as exc:
            show_error(self, exc)
        self.refresh()

    def correct_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        record = chosen[0]
        dialog = CorrectDialog(record, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                correct_hours(
                    self.desk.store,
                    self.desk.actor,
                    record.id,
                    dialog.minutes.value(),
                    dialog.reason.text(),
                )
            except GrideskError as exc:
                show_error(self, exc)
                continue
            break
        dialog.deleteLater()
        self.refresh()

    def person(self) -> tuple[uuid.UUID, str] | None:
        chosen = self.selected()
        return (chosen[0].resident_id, chosen[0].name) if chosen else None

    def certificate(self) -> None:
        from gridesk.ui.volunteers.documents import print_certificate

        who = self.person()
        if who is None:
            self.summary.setText(self.tr("Choose a row of the person first."))
            return
        print_certificate(self, self.desk, who[0])
