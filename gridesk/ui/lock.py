"""The locked screen hides what is on it: every open window of the desk is covered by a
curtain until the same user unlocks; when another user signs in (a shift change), what the
first had open is closed instead."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QWidget


class Curtain(QWidget):
    """An opaque cover over one window's whole inside, kept its size while the window is."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCurtain")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#3A2A2A"))
        self.setPalette(palette)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
            self.raise_()
        return False

    def lift(self) -> None:
        window = self.parentWidget()
        if window is not None:
            window.removeEventFilter(self)
        self.hide()
        self.deleteLater()


def open_windows(keep: QWidget | None = None) -> list[QWidget]:
    """The desk's windows on screen (the main window and its dialogs), but ``keep``."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w is not keep and not isinstance(w, Curtain)
    ]


def cover(windows: list[QWidget]) -> list[Curtain]:
    return [Curtain(w) for w in windows]


def close_dialogs(windows: list[QWidget]) -> None:
    """The locked user's dialogs, closed unsaved (a modal one ends as if cancelled)."""
    for w in windows:
        if isinstance(w, QDialog):
            w.reject()
