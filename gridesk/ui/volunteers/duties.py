"""The weekly duties (值守岗位): what repeats every week, from which each week's shifts are made."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from gridesk.core.volunteers.services import (
    TemplateInfo,
    TemplateInput,
    archive_template,
    list_templates,
    save_template,
)
from gridesk.errors import GrideskError
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text, translated
from gridesk.ui.volunteers.week import WEEKDAYS


class DutiesDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.rows: list[TemplateInfo] = []
        self.setWindowTitle(self.tr("Weekly duties"))
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("dutyTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Day"),
                self.tr("Time"),
                self.tr("Post"),
                self.tr("Place"),
                self.tr("People"),
                self.tr("Skill"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        form = QGridLayout()
        self.post = QLineEdit()
        self.post.setPlaceholderText(self.tr("e.g. 前台引导, 平安巡逻"))
        self.place = QLineEdit()
        self.start = QTimeEdit(QTime(8, 30))
        self.end = QTimeEdit(QTime(11, 30))
        for t in (self.start, self.end):
            t.setDisplayFormat("HH:mm")
        self.needed = QSpinBox()
        self.needed.setRange(1, 50)
        self.needed.setValue(2)
        self.skill = QLineEdit()
        self.skill.setPlaceholderText(self.tr("needed skill, if any"))
        self.days = [QCheckBox(translated("volunteers", d)) for d in WEEKDAYS]
        days = QHBoxLayout()
        for box in self.days:
            days.addWidget(box)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("—"))
        times.addWidget(self.end)
        times.addStretch(1)
        form.addWidget(QLabel(self.tr("Post")), 0, 0)
        form.addWidget(self.post, 0, 1)
        form.addWidget(QLabel(self.tr("Place")), 0, 2)
        form.addWidget(self.place, 0, 3)
        form.addWidget(QLabel(self.tr("Days")), 1, 0)
        form.addLayout(days, 1, 1, 1, 3)
        form.addWidget(QLabel(self.tr("Time")), 2, 0)
        form.addLayout(times, 2, 1)
        form.addWidget(QLabel(self.tr("People")), 2, 2)
        form.addWidget(self.needed, 2, 3)
        form.addWidget(QLabel(self.tr("Skill")), 3, 0)
        form.addWidget(self.skill, 3, 1)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add duty"))
        self.add_button.setObjectName("primary")
        self.remove_button = QPushButton(self.tr("Stop the selected duty"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.close_button.clicked.connect(self.accept)
        self.load()

    def load(self) -> None:
        self.rows = list_templates(self.desk.store, self.desk.actor)
        self.table.setRowCount(len(self.rows))
        for r, t in enumerate(self.rows):
            values = [
                translated("volunteers", WEEKDAYS[t.weekday - 1]),
                f"{t.start_time}-{t.end_time}",
                t.post,
                t.place,
                str(t.needed),
                t.skill,
            ]
            for c, text in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def add(self) -> None:
        chosen = [i + 1 for i, box in enumerate(self.days) if box.isChecked()]
        if not chosen:
            self.message.setText(self.tr("Tick the days this duty repeats on."))
            return
        try:
            for weekday in chosen:
                save_template(
                    self.desk.store,
                    self.desk.actor,
                    None,
                    TemplateInput(
                        post=self.post.text(),
                        weekday=weekday,
                        start_time=self.start.time().toString("HH:mm"),
                        end_time=self.end.time().toString("HH:mm"),
                        needed=self.needed.value(),
                        place=self.place.text(),
                        skill=self.skill.text(),
                    ),
                )
        except GrideskError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.clear()
        self.load()

    def remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        for r in rows:
            archive_template(self.desk.store, self.desk.actor, self.rows[r].id)
        self.load()
