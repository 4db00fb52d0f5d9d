"""用户: the accounts that may sign in, their roles, and their passwords."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridesk import clock
from gridesk.core.actor import ROLE_LABELS, Role
from gridesk.core.auth import (
    UserView,
    create_user,
    list_users,
    reset_password,
    set_user_active,
    set_user_role,
)
from gridesk.errors import GrideskError, ValidationError
from gridesk.ui.admin.dialog import FormDialog
from gridesk.ui.desk import Desk
from gridesk.ui.lazy_model import Column
from gridesk.ui.messages import show_error
from gridesk.ui.widgets.row_table import RowTable, local_time


def role_text(role: Role) -> str:
    return QCoreApplication.translate("roles", ROLE_LABELS[role])


def role_combo(current: Role | None = None) -> QComboBox:
    combo = QComboBox()
    for role in Role:
        combo.addItem(role_text(role), role)
    if current is not None:
        combo.setCurrentIndex(combo.findData(current))
    return combo


class NewUserDialog(FormDialog):
    """Create an account. ``created`` holds it when the dialog is accepted."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New user"), self.tr("Create"), parent)
        self.desk = desk
        self.created: UserView | None = None
        self.username_edit = QLineEdit()
        self.username_edit.setPlaceholderText(self.tr("used to sign in, no spaces"))
        self.name_edit = QLineEdit()
        self.role_combo = role_combo(Role.FRONT_DESK)
        self.password_edit1 = self.password_edit()
        self.password_edit2 = self.password_edit()
        self.form.addRow(self.tr("User name"), self.username_edit)
        self.form.addRow(self.tr("Full name"), self.name_edit)
        self.form.addRow(self.tr("Role"), self.role_combo)
        self.form.addRow(self.tr("Password"), self.password_edit1)
        self.form.addRow(self.tr("Password again"), self.password_edit2)
        self.field_widgets = {"username": self.username_edit, "password": self.password_edit1}
        self.username_edit.setFocus()

    def submit(self) -> None:
        if self.password_edit1.text() != self.password_edit2.text():
            raise ValidationError(
                self.tr("The two passwords differ. Type them again."), field="password"
            )
        self.created = create_user(
            self.desk.store,
            self.desk.actor,
            self.username_edit.text(),
            self.name_edit.text(),
            self.role_combo.currentData(),
            self.password_edit1.text(),
        )


class RoleDialog(FormDialog):
    """Give a user another role. ``changed`` holds the user when accepted."""

    def __init__(self, desk: Desk, user: UserView, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Change role of {name}").format(name=user.display_name), self.tr("Save"), parent
        )
        self.desk = desk
        self.user = user
        self.changed: UserView | None = None
        self.role_combo = role_combo(user.role)
        self.form.addRow(self.tr("Role"), self.role_combo)
        self.role_combo.setFocus()

    def submit(self) -> None:
        self.changed = set_user_role(
            self.desk.store, self.desk.actor, self.user.id, self.role_combo.currentData()
        )


class PasswordDialog(FormDialog):
    """Set a new password for a user who forgot theirs; it also lifts a lock-out."""

    def __init__(self, desk: Desk, user: UserView, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("New password for {name}").format(name=user.display_name),
            self.tr("Save"),
            parent,
        )
        self.desk = desk
        self.user = user
        self.password_edit1 = self.password_edit()
        self.password_edit2 = self.password_edit()
        self.form.addRow(self.tr("New password"), self.password_edit1)
        self.form.addRow(self.tr("Password again"), self.password_edit2)
        self.field_widgets = {"password": self.password_edit1}
        self.password_edit1.setFocus()

    def submit(self) -> None:
        if self.password_edit1.text() != self.password_edit2.text():
            raise ValidationError(
                self.tr("The two passwords differ. Type them again."), field="password"
            )
        reset_password(self.desk.store, self.desk.actor, self.user.id, self.password_edit1.text())


class UsersTab(QWidget):
    USERNAME, FULL_NAME, ROLE, STATUS, LOCKED_UNTIL, LAST_SIGN_IN = range(6)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        self.table = RowTable(self._columns())
        self.table.setObjectName("userTable")
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("subtle")
        self.status.setWordWrap(True)
        bottom.addWidget(self.status, 1)
        self.new_button = QPushButton(self.tr("New user…"))
        self.new_button.setObjectName("primary")
        self.role_button = QPushButton(self.tr("Change role…"))
        self.active_button = QPushButton(self.tr("Disable"))
        self.password_button = QPushButton(self.tr("Reset password…"))
        for button in (self.new_button, self.role_button, self.active_button, self.password_button):
            bottom.addWidget(button)
        layout.addLayout(bottom)
        self.new_button.clicked.connect(self.new_user)
        self.role_button.clicked.connect(self.change_role)
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button.clicked.connect(self.reset_password)
        self.table.current_changed.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.change_role())

    def _columns(self) -> list[Column[UserView]]:
        me = self.desk.actor.user_id

        def full_name(u: UserView) -> str:
            return u.display_name + (self.tr(" (you)") if u.id == me else "")

        def locked(u: UserView) -> str:
            if u.locked_until is None or u.locked_until <= clock.utcnow():
                return ""
            return local_time(u.locked_until)

        return [
            Column(self.tr("User name"), lambda u: u.username, width=190),
            Column(self.tr("Full name"), full_name, width=170),
            Column(self.tr("Role"), lambda u: role_text(u.role), width=170),
            Column(
                self.tr("Status"),
                lambda u: self.tr("Active") if u.active else self.tr("Disabled"),
                width=100,
            ),
            Column(self.tr("Locked until"), locked, width=160),
            Column(self.tr("Last sign-in"), lambda u: local_time(u.last_sign_in), width=160),
        ]

    def refresh(self) -> None:
        try:
            users = list_users(self.desk.store, self.desk.actor)
        except GrideskError as exc:
            show_error(self, exc)
            return
        self.table.set_rows(users)
        if self.table.current() is None and users:
            self.table.selectRow(0)
        active = sum(u.active for u in users)
        self.status.setText(self.tr("%n active user(s)", "", active))

    def _update_buttons(self) -> None:
        user: UserView | None = self.table.current()
        for button in (self.role_button, self.active_button, self.password_button):
            button.setEnabled(user is not None)
        self.active_button.setText(
            self.tr("Enable") if user is not None and not user.active else self.tr("Disable")
        )

    def new_user(self) -> None:
        dialog = NewUserDialog(self.desk, self)
        dialog.exec()
        if dialog.created is not None:
            self.refresh()
            self.table.select_key(dialog.created.id)
            self.status.setText(
                self.tr("{name} can now sign in as {username}.").format(
                    name=dialog.created.display_name, username=dialog.created.username
                )
            )

    def change_role(self) -> None:
        user: UserView | None = self.table.current()
        if user is None:
            return
        dialog = RoleDialog(self.desk, user, self)
        dialog.exec()
        if dialog.changed is not None:
            self.refresh()

    def toggle_active(self) -> None:
        user: UserView | None = self.table.current()
        if user is None:
            return
        try:
            set_user_active(self.desk.store, self.desk.actor, user.id, not user.active)
        except GrideskError as exc:
            show_error(self, exc)
            return
        self.refresh()
        text = (
            self.tr("{name} can sign in again.")
            if not user.active
            else self.tr("{name} can no longer sign in.")
        )
        self.status.setText(text.format(name=user.display_name))

    def reset_password(self) -> None:
        user: UserView | None = self.table.current()
        if user is None:
            return
        dialog = PasswordDialog(self.desk, user, self)
        if dialog.exec():
            self.status.setText(
                self.tr("{name}'s password was changed.").format(name=user.display_name)
            )
