"""设置: interface language, idle auto-lock, how many backups to keep; this desk's name."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gridesk.config import DESK_NAME_MAX
from gridesk.core.desks import rename_desk
from gridesk.core.settings import SETTING_RULES, save_setting
from gridesk.errors import GrideskError
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES, error_text
from gridesk.ui.widgets.message_line import say
from gridesk.ui.widgets.row_table import heading

DEFAULTS: dict[str, Any] = {
    "language": DEFAULT_LANGUAGE,
    "idle_lock_minutes": 10,
    "backup_keep": 20,
}


class SettingsTab(QWidget):
    """``saved`` carries the settings that changed, by key, for whoever applies them live."""

    saved = Signal(dict)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(heading(self.tr("Settings for this station")))
        form = QFormLayout()
        form.setSpacing(14)
        form.setContentsMargins(0, 8, 0, 8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.language_combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setFixedWidth(260)
        self.idle_spin = self._spin("idle_lock_minutes", self.tr(" minutes"))
        self.keep_spin = self._spin("backup_keep", self.tr(" backups"))
        form.addRow(self.tr("Interface language"), self.language_combo)
        form.addRow(self.tr("Lock the screen after"), self._stepper(self.idle_spin))
        form.addRow("", self._hint(self.tr("without keyboard or mouse (1 to 240 minutes)")))
        form.addRow(self.tr("Backups to keep"), self._stepper(self.keep_spin))
        form.addRow("", self._hint(self.tr("the oldest are deleted beyond this number (3 to 200)")))
        layout.addLayout(form)
        layout.addWidget(heading(self.tr("This desk")))
        desk_form = QFormLayout()
        desk_form.setSpacing(14)
        desk_form.setContentsMargins(0, 8, 0, 8)
        desk_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        desk_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.desk_name = QLineEdit()
        self.desk_name.setObjectName("deskName")
        self.desk_name.setMaxLength(DESK_NAME_MAX)
        self.desk_name.setFixedWidth(260)
        desk_form.addRow(self.tr("Desk name"), self.desk_name)
        desk_form.addRow(
            "",
            self._hint(
                self.tr("kept on this computer; written beside the user on every change made here")
            ),
        )
        layout.addLayout(desk_form)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setObjectName("primary")
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)

    def _spin(self, key: str, suffix: str) -> QSpinBox:
        _kind, low, high = SETTING_RULES[key]
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setFixedWidth(160)
        # the style sheet hides the spin box's tiny arrows; big − and + buttons instead
        spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return spin

    def _stepper(self, spin: QSpinBox) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for text, step, tip in (
            ("−", spin.stepDown, self.tr("Less")),
            (None, None, None),
            ("+", spin.stepUp, self.tr("More")),
        ):
            if text is None:
                row.addWidget(spin)
                continue
            button = QPushButton(text)
            button.setFixedWidth(44)
            button.setToolTip(tip)
            button.setAutoRepeat(True)
            button.clicked.connect(step)
            row.addWidget(button)
        row.addStretch(1)
        return box

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("subtle")
        return label

    def _stored(self, key: str) -> Any:
        return self.desk.store.setting(key, DEFAULTS[key])

    def refresh(self) -> None:
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(self._stored("language")))
        )
        self.idle_spin.setValue(int(self._stored("idle_lock_minutes")))
        self.keep_spin.setValue(int(self._stored("backup_keep")))
        self.desk_name.setText(self.desk.store.desk_name)

    def save(self) -> None:
        wanted = {
            "language": self.language_combo.currentData(),
            "idle_lock_minutes": self.idle_spin.value(),
            "backup_keep": self.keep_spin.value(),
        }
        changed = {key: value for key, value in wanted.items() if value != self._stored(key)}
        desk_name = " ".join(self.desk_name.text().split())
        try:
            for key, value in changed.items():
                save_setting(self.desk.store, self.desk.actor, key, value)
            if desk_name != self.desk.store.desk_name:
                changed["desk_name"] = rename_desk(self.desk.store, self.desk.actor, desk_name)
        except GrideskError as exc:
            say(self.message, error_text(exc), error=True)
            return
        if not changed:
            say(self.message, self.tr("Nothing changed."))
            return
        parts = [self.tr("Saved.")]
        if "language" in changed:
            parts.append(
                self.tr("GriDesk speaks {language} from the next time it starts.").format(
                    language=LANGUAGES[changed["language"]]
                )
            )
        if "idle_lock_minutes" in changed:
            parts.append(self.tr("The screen now locks after this many idle minutes."))
        if "backup_keep" in changed:
            parts.append(self.tr("The number of backups kept applies from the next backup."))
        if "desk_name" in changed:
            parts.append(
                self.tr("This desk is now called {name}.").format(name=changed["desk_name"])
            )
        text = " ".join(parts)
        say(self.message, text)
        self.saved.emit(changed)
