"""The line under a form or a desk that says what just happened.

Its state (plain, ok, warning, error) is a property the style sheet in ui/style.py colours;
its variant (an object name) sets the size: a ``note`` in the body text, a bold ``line``, a
boxed ``banner`` and a ``headline``.

``say(label, text)`` does the same for a plain QLabel a Designer form or a tab already has (the
admin tabs, the cards page): grey feedback under a form, red and bold when something was
refused; in a dialog, the dialog grows to show all of it.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtWidgets import QLabel, QWidget

State = Literal["", "ok", "warning", "error"]
Variant = Literal["note", "line", "banner", "headline"]

VARIANT_NAMES: dict[Variant, str] = {
    "note": "messageNote",
    "line": "messageLine",
    "banner": "messageBanner",
    "headline": "messageHeadline",
}


class MessageLine(QLabel):
    """A word-wrapped label whose ``say(text, state)`` sets the text and its colour.

    The ``error`` property (true in the error state) is kept for style rules and checks that
    only ask whether the line is an error.
    """

    def __init__(
        self, text: str = "", variant: Variant = "line", parent: QWidget | None = None
    ) -> None:
        super().__init__(text, parent)
        self.setObjectName(VARIANT_NAMES[variant])
        self.setWordWrap(True)
        self.setProperty("state", "")
        self.setProperty("error", False)

    @property
    def state(self) -> State:
        return self.property("state")

    def say(self, text: str, state: State = "ok") -> None:
        self.setText(text)
        if state != self.state:
            self.setProperty("state", state)
            self.setProperty("error", state == "error")
            self.style().unpolish(self)
            self.style().polish(self)


def say(label: QLabel, text: str, *, error: bool = False) -> None:
    """A line of feedback under a form: red when something was refused, grey otherwise."""
    name = "errorText" if error else "subtle"
    if label.objectName() != name:
        label.setObjectName(name)
        label.style().unpolish(label)
        label.style().polish(label)
    label.setText(text)
    _make_room(label)


def _make_room(label: QLabel) -> None:
    """A wrapped line in a window already shown gets the height its text needs: the window
    grows by what the line lacks, within its screen (its layout would squeeze the line and
    the buttons below it instead)."""
    window = label.window()
    if window is label or not label.wordWrap() or not window.isVisible():
        return
    lacking = label.heightForWidth(label.width()) - label.height()
    if lacking <= 0:
        return
    room = window.screen().availableGeometry()
    frame = window.frameGeometry().height() - window.height()
    window.resize(window.width(), min(window.height() + lacking, room.height() - frame))
    below = window.frameGeometry().bottom() - room.bottom()
    if below > 0:
        window.move(window.x(), max(room.top(), window.y() - below))
