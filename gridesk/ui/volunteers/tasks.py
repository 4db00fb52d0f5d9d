"""志愿抢单: tasks a volunteer claims, first come first served. Standalone tasks for now;
requests and wishes will publish theirs through the same service once those windows exist."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridesk.core.actor import Permission
from gridesk.core.volunteers.hours import (
    TaskInfo,
    claim_task,
    complete_task,
    list_tasks,
    publish_task,
)
from gridesk.core.volunteers.labels import TASK_STATUS
from gridesk.errors import GrideskError
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text, label_text
from gridesk.ui.widgets.resident_picker import ResidentPicker


class TaskDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Publish a task"))
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. 帮独居老人取药"))
        self.place = QLineEdit()
        self.description = QLineEdit()
        form.addRow(self.tr("Task"), self.title_edit)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Details"), self.description)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class TasksView(QWidget):
    TITLE, PLACE, STATUS, WHO = range(4)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.rows: list[TaskInfo] = []
        can_manage = desk.actor.can(Permission.VOLUNTEERS_MANAGE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.publish_button = QPushButton(self.tr("Publish a task…"))
        self.publish_button.setObjectName("primary")
        self.done_button = QPushButton(self.tr("Done: record the hours…"))
        self.all_box = QCheckBox(self.tr("Finished too"))
        for w in (self.publish_button, self.done_button):
            w.setVisible(can_manage)
            bar.addWidget(w)
        bar.addWidget(self.all_box)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("taskTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Task"), self.tr("Place"), self.tr("Status"), self.tr("Claimed by")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            self.TITLE, QHeaderView.ResizeMode.Stretch
        )
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Who claims the selected task?")))
        self.person_search = QLineEdit()
        self.person_search.setClearButtonEnabled(True)
        self.person_search.setPlaceholderText(self.tr("Name, pinyin, phone last 4 …"))
        self.person_list = QListWidget()
        self.claim_button = QPushButton(self.tr("Claim"))
        self.message = QLabel()
        self.message.setObjectName("scanMessage")
        self.message.setWordWrap(True)
        side_layout.addWidget(self.person_search)
        side_layout.addWidget(self.person_list, 1)
        side_layout.addWidget(self.claim_button)
        side_layout.addWidget(self.message)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(side)
        split.setSizes([760, 380])
        layout.addWidget(split, 1)
        self.picker = ResidentPicker(self.desk, self.person_search, self.person_list)
        self.publish_button.clicked.connect(self.publish)
        self.done_button.clicked.connect(self.done)
        self.claim_button.clicked.connect(self.claim_picked)
        self.picker.picked.connect(self.claim)
        self.all_box.toggled.connect(lambda _on: self.refresh())

    def refresh(self) -> None:
        self.rows = list_tasks(self.desk.store, self.desk.actor, self.all_box.isChecked())
        self.table.setRowCount(len(self.rows))
        for r, t in enumerate(self.rows):
            values = [
                t.title,
                t.place,
                label_text(TASK_STATUS, t.status),
                t.claimed_by_name,
            ]
            for c, text in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(text))
        if self.rows and not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)

    def current(self) -> TaskInfo | None:
        selected = self.table.selectionModel().selectedRows()
        return self.rows[selected[0].row()] if selected else None

    def claim_picked(self) -> None:
        resident_id = self.picker.current_id()
        if resident_id is not None:
            self.claim(resident_id)

    def take_card(self, ident: str) -> None:
        try:
            self.claim(uuid.UUID(ident))
        except ValueError:
            self.message.setText(self.tr("This card's number is damaged."))

    def claim(self, resident_id: uuid.UUID) -> None:
        task = self.current()
        if task is None:
            return
        try:
            claim_task(self.desk.store, self.desk.actor, task.id, resident_id)
        except GrideskError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(self.tr("Claimed: {task}").format(task=task.title))
        self.refresh()

    def publish(self) -> None:
        dialog = TaskDialog(self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                publish_task(
                    self.desk.store,
                    self.desk.actor,
                    dialog.title_edit.text(),
                    dialog.description.text(),
                    dialog.place.text(),
                )
            except GrideskError as exc:
                self.message.setText(error_text(exc))
                continue
            break
        dialog.deleteLater()
        self.refresh()

    def done(self) -> None:
        task = self.current()
        if task is None:
            return
        minutes, ok = QInputDialog.getInt(
            self, self.tr("Task done"), self.tr("Minutes of service:"), 60, 1, 24 * 60
        )
        if not ok:
            return
        try:
            complete_task(self.desk.store, self.desk.actor, task.id, minutes)
        except GrideskError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(self.tr("The hours wait for approval under Service hours."))
        self.refresh()
