"""First run: name the station, give it a short code, make the admin account."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gridesk.core.actor import Actor
from gridesk.core.setup import initialise
from gridesk.core.store import Store
from gridesk.errors import GrideskError
from gridesk.ui.i18n import error_text


class FirstRunDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Set up GriDesk"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Welcome. Name this centre or station, give it a short code (it starts every "
                "ticket and receipt number, e.g. CY-20261123-007), and make the administrator's account."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit()
        self.code = QLineEdit()
        self.code.setMaxLength(8)
        self.address = QLineEdit()
        self.hotline = QLineEdit()
        self.admin = QLineEdit("admin")
        self.admin_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Station name"), self.name)
        form.addRow(self.tr("Short code"), self.code)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Hotline"), self.hotline)
        form.addRow(self.tr("Admin user name"), self.admin)
        form.addRow(self.tr("Admin's full name"), self.admin_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.again)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _create(self) -> None:
        if self.password.text() != self.again.text():
            self.message.setText(self.tr("The two passwords differ."))
            return
        try:
            self.actor = initialise(
                self._store,
                station_name=self.name.text(),
                station_code=self.code.text(),
                admin_username=self.admin.text(),
                admin_password=self.password.text(),
                admin_display_name=self.admin_name.text(),
                address=self.address.text(),
                hotline=self.hotline.text(),
            )
        except GrideskError as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()
