"""Naming a desk that has no name: an installation set up before desks had names (no
``desk.json``, the database set up) is asked once at start, after the first sign-in, as the
first-run window asks a new one. The name is stamped on every write from then on and shown in
the status bar; the admin can rename it later (系统管理 → 设置)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gridesk.config import DESK_NAME_MAX
from gridesk.core.desks import desk_names_in_use, name_unnamed_desk
from gridesk.core.store import Store
from gridesk.errors import GrideskError
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text
from gridesk.ui.widgets.message_line import say


def suggested_desk_name(store: Store) -> str:
    """Desk 1 (窗口1), or the first number no other desk of this database goes by."""
    taken = desk_names_in_use(store) if store.is_initialised() else set()
    number = 1
    while (name := _desk_number(number)) in taken:
        number += 1
    return name


def _desk_number(number: int) -> str:
    return QCoreApplication.translate("DeskNameDialog", "Desk {number}").format(number=number)


class DeskNameDialog(QDialog):
    """Enter saves the name (the suggestion as it stands); Esc leaves it for the next start."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("deskNameDialog")
        self.setWindowTitle(self.tr("Name this desk"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This desk has no name yet. Give it the name the hall knows it by, e.g. the "
                "window's number: it is written beside every change made here and shown in the "
                "status bar. The administrator can change it later (Admin → Settings)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit(suggested_desk_name(desk.store))
        self.name.setObjectName("deskName")
        self.name.setMaxLength(DESK_NAME_MAX)
        self.name.selectAll()
        form.addRow(self.tr("Desk &name"), self.name)
        layout.addLayout(form)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later_button = buttons.addButton(
            self.tr("Later (Esc)"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.later_button.setAutoDefault(False)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(min(520, self.screen().availableGeometry().width() - 40))
        self.name.setFocus()

    def save(self) -> None:
        try:
            name_unnamed_desk(self.desk.store, self.desk.actor, self.name.text())
        except GrideskError as exc:
            say(self.message, error_text(exc), error=True)
            return
        self.accept()


def ask_desk_name_if_unnamed(desk: Desk, parent: QWidget | None = None) -> bool:
    """At start: a set-up installation whose desk has no name asks for one (not a demo,
    which names nothing). True when the desk has a name afterwards."""
    if desk.store.desk_name:
        return True
    if desk.demo:
        return False
    dialog = DeskNameDialog(desk, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
    return bool(desk.store.desk_name)
