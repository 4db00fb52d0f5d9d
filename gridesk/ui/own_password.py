"""修改密码: the signed-in user changes their own password (from the main window's status bar)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from gridesk.core.auth import change_own_password
from gridesk.errors import ValidationError
from gridesk.ui.admin.dialog import FormDialog
from gridesk.ui.desk import Desk


class OwnPasswordDialog(FormDialog):
    """The signed-in user changes their own password: the current one first (a wrong one
    counts towards the lock-out, as at sign-in), then the new one twice."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change my password"), self.tr("Change"), parent)
        self.desk = desk
        self.old_edit = self.password_edit()
        self.new_edit1 = self.password_edit()
        self.new_edit2 = self.password_edit()
        self.form.addRow(self.tr("Current password"), self.old_edit)
        self.form.addRow(self.tr("New password"), self.new_edit1)
        self.form.addRow(self.tr("New password again"), self.new_edit2)
        self.field_widgets = {"password": self.new_edit1}
        self.old_edit.setFocus()

    def submit(self) -> None:
        if self.new_edit1.text() != self.new_edit2.text():
            raise ValidationError(
                self.tr("The two passwords differ. Type them again."), field="password"
            )
        change_own_password(
            self.desk.store, self.desk.actor, self.old_edit.text(), self.new_edit1.text()
        )
