"""标签: the tags put on residents; a care tag gets the resident a care contact card."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridesk.core.residents.catalogue import TagView, list_tags, save_tag
from gridesk.errors import GrideskError
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text
from gridesk.ui.lazy_model import Column
from gridesk.ui.messages import show_error
from gridesk.ui.widgets.message_line import say
from gridesk.ui.widgets.row_table import RowTable, heading


class TagsTab(QWidget):
    NAME, CARE, STATUS = range(3)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._editing: uuid.UUID | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(24)
        care, archived = self.tr("Care card"), self.tr("Archived")
        self.table = RowTable(
            [
                Column(self.tr("Tag"), lambda t: t.name, width=200),
                Column(self.tr("Care contact card"), lambda t: care if t.care else "", width=170),
                Column(self.tr("Status"), lambda t: archived if t.archived else "", width=100),
            ]
        )
        self.table.setObjectName("tagTable")
        layout.addWidget(self.table, 3)

        side = QVBoxLayout()
        side.addWidget(heading(self.tr("Tag")))
        form = QFormLayout()
        form.setSpacing(10)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(30)
        self.care_box = QCheckBox(self.tr("Gets a care contact card"))
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow("", self.care_box)
        side.addLayout(form)
        hint = QLabel(
            self.tr(
                "Residents with a care tag (living alone, disabled …) get a care contact card "
                "with their grid worker's phone. An archived tag stays on the residents who "
                "have it, but is no longer offered."
            )
        )
        hint.setObjectName("subtle")
        hint.setWordWrap(True)
        side.addWidget(hint)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New tag"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.save_button = QPushButton(self.tr("Save tag"))
        self.save_button.setObjectName("primary")
        for button in (self.new_button, self.archive_button, self.save_button):
            buttons.addWidget(button)
        side.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        side.addWidget(self.message)
        side.addStretch(1)
        layout.addLayout(side, 2)

        self.table.current_changed.connect(self._show_tag)
        self.new_button.clicked.connect(self.new_tag)
        self.save_button.clicked.connect(self.save)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.name_edit.returnPressed.connect(self.save)

    def refresh(self) -> None:
        try:
            tags = list_tags(self.desk.store, self.desk.actor, include_archived=True)
        except GrideskError as exc:
            show_error(self, exc)
            return
        self.table.set_rows(tags)
        if self._editing is None and tags and not self.name_edit.text():
            self.table.selectRow(0)

    def _show_tag(self) -> None:
        tag: TagView | None = self.table.current()
        self.archive_button.setEnabled(tag is not None)
        if tag is None:
            return
        self._editing = tag.id
        self.name_edit.setText(tag.name)
        self.care_box.setChecked(tag.care)
        self.archive_button.setText(self.tr("Bring back") if tag.archived else self.tr("Archive"))
        say(self.message, "")

    def new_tag(self) -> None:
        self._editing = None
        self.table.clear_choice()
        self.name_edit.clear()
        self.care_box.setChecked(False)
        self.archive_button.setEnabled(False)
        say(self.message, self.tr("A new tag: type its name and save."))
        self.name_edit.setFocus()

    def _save(
        self, tag_id: uuid.UUID | None, name: str, care: bool, archived: bool
    ) -> TagView | None:
        try:
            saved = save_tag(
                self.desk.store, self.desk.actor, tag_id, name=name, care=care, archived=archived
            )
        except GrideskError as exc:
            say(self.message, error_text(exc), error=True)
            return None
        self.refresh()
        self.table.select_key(saved.id)
        return saved

    def save(self) -> None:
        tag: TagView | None = self.table.current() if self._editing else None
        saved = self._save(
            self._editing,
            self.name_edit.text(),
            self.care_box.isChecked(),
            tag.archived if tag else False,
        )
        if saved is not None:
            say(self.message, self.tr("{name} is saved.").format(name=saved.name))

    def toggle_archived(self) -> None:
        tag: TagView | None = self.table.current()
        if tag is None:
            return
        saved = self._save(tag.id, tag.name, tag.care, not tag.archived)
        if saved is not None:
            text = (
                self.tr("{name} is archived.")
                if saved.archived
                else self.tr("{name} is back in use.")
            )
            say(self.message, text.format(name=saved.name))
