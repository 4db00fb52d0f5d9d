"""The weekly duties (值守岗位): what repeats every week, from which each week's shifts are made."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHeaderView,
    QTableWidgetItem,
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
from gridesk.ui.forms.ui_volunteers_duties import Ui_DutiesDialog
from gridesk.ui.i18n import error_text, translated
from gridesk.ui.volunteers.week import WEEKDAYS


class DutiesDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.rows: list[TemplateInfo] = []
        self.ui = ui = Ui_DutiesDialog()
        ui.setupUi(self)
        self.table = ui.dutyTable
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.post, self.place, self.skill = ui.postEdit, ui.placeEdit, ui.skillEdit
        self.start, self.end, self.needed = ui.startEdit, ui.endEdit, ui.neededSpin
        # one box a weekday, named as the week view names them
        self.days = [QCheckBox(translated("volunteers", d)) for d in WEEKDAYS]
        for box in self.days:
            ui.days.addWidget(box)
        self.message = ui.messageLabel
        self.message.setObjectName("errorText")
        self.add_button, self.remove_button = ui.addButton, ui.removeButton
        self.add_button.setObjectName("primary")
        self.close_button = ui.closeButton
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
