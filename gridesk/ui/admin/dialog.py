"""A small form dialog for the admin page: fields, a message line, OK and Cancel.

Subclasses add rows and implement ``submit``; a refusal from a service stays in the dialog as
a message under the fields, with the cursor on the field it is about, so nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridesk.errors import GrideskError, ValidationError
from gridesk.ui.i18n import error_text
from gridesk.ui.widgets.message_line import say


class FormDialog(QDialog):
    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        heading = QLabel(title)
        heading.setObjectName("dialogTitle")
        layout.addWidget(heading)
        self.form = QFormLayout()
        self.form.setSpacing(10)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # the field a ValidationError's ``field`` points at
        self.field_widgets: dict[str, QWidget] = {}

    def password_edit(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def submit(self) -> None:
        """Do the action; raise a GrideskError to refuse."""
        raise NotImplementedError

    def _try(self) -> None:
        self.message.clear()
        try:
            self.submit()
        except ValidationError as exc:
            say(self.message, error_text(exc), error=True)
            widget = self.field_widgets.get(exc.field or "")
            if widget is not None:
                widget.setFocus()
            return
        except GrideskError as exc:
            say(self.message, error_text(exc), error=True)
            return
        self.accept()
