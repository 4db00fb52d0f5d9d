"""The sign-in window, and the same form reused to unlock a locked screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from gridesk.config import DEMO_ADMIN
from gridesk.errors import AuthenticationError
from gridesk.ui.forms.ui_sign_in import Ui_SignInDialog
from gridesk.ui.i18n import error_text

if TYPE_CHECKING:  # the store (SQLAlchemy) loads after this window shows
    from gridesk.core.actor import Actor
    from gridesk.core.store import Store


class SignInDialog(QDialog):
    """Asks for a user name and password; ``actor`` is set when the dialog is accepted.

    With ``locked_actor`` it becomes the lock screen: the user name is fixed. ``store`` may
    come a moment later (:meth:`set_store`): the window shows first, the database opens behind it.
    """

    def __init__(
        self,
        store: Store | None,
        station_name: str,
        *,
        demo: bool = False,
        locked_actor: Actor | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.setObjectName("signIn")
        self._store = store
        self.actor: Actor | None = None
        self._locked = locked_actor
        self.ui.stationLabel.setText(station_name)
        self.ui.messageLabel.setObjectName("errorText")
        self.ui.titleLabel.setObjectName("dialogTitle")
        self.ui.stationLabel.setObjectName("stationTitle")
        if demo:
            self.ui.demoLabel.setText(
                self.tr("Demo account: user name {user}, password {password}").format(
                    user=DEMO_ADMIN[0], password=DEMO_ADMIN[1]
                )
            )
        else:
            self.ui.demoLabel.hide()
        if locked_actor is not None:
            self.setWindowTitle(self.tr("GriDesk — Locked"))
            self.ui.titleLabel.setText(
                self.tr("The screen is locked. {name}, enter your password to go on.").format(
                    name=locked_actor.display_name
                )
            )
            self.ui.usernameEdit.setText(locked_actor.username)
            self.ui.usernameEdit.setReadOnly(True)
            self.ui.signInButton.setText(self.tr("Unlock"))
            self.ui.passwordEdit.setFocus()
            self.ui.switchButton.setVisible(True)
            self.ui.switchButton.clicked.connect(self.switch_user)
        else:
            self.ui.switchButton.setVisible(False)
            self.ui.usernameEdit.setFocus()
        self.ui.signInButton.clicked.connect(self._try)
        self.ui.signInButton.setEnabled(store is not None)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setMinimumWidth(440)

    def switch_user(self) -> None:
        """A shift change at a shared desk: someone else signs in; what the locked user had
        open is closed, never shown to them."""
        assert self._locked is not None
        self.ui.titleLabel.setText(
            self.tr(
                "Sign in as the next person at this desk. What {name} had open will be closed."
            ).format(name=self._locked.display_name)
        )
        self.ui.usernameEdit.setReadOnly(False)
        self.ui.usernameEdit.clear()
        self.ui.passwordEdit.clear()
        self.ui.messageLabel.clear()
        self.ui.signInButton.setText(self.tr("Sign in"))
        self.ui.switchButton.setVisible(False)
        self.ui.usernameEdit.setFocus()

    @property
    def switched(self) -> bool:
        """Someone other than the locked user signed in."""
        return (
            self._locked is not None
            and self.actor is not None
            and self.actor.user_id != self._locked.user_id
        )

    def set_store(self, store: Store) -> None:
        self._store = store
        self.ui.signInButton.setEnabled(True)

    def _try(self) -> None:
        from gridesk.core.auth import sign_in

        if self._store is None:
            return
        name = self.ui.usernameEdit.text().strip()
        if not name:
            self.ui.messageLabel.setText(self.tr("Enter your user name."))
            self.ui.usernameEdit.setFocus()
            return
        self.ui.signInButton.setEnabled(False)
        try:
            self.actor = sign_in(self._store, name, self.ui.passwordEdit.text())
        except AuthenticationError as exc:
            self.ui.messageLabel.setText(error_text(exc))
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            return
        finally:
            self.ui.signInButton.setEnabled(True)
        self.accept()

    def reject(self) -> None:
        if self._locked is not None:
            return  # a locked screen cannot be closed with Esc
        super().reject()
