"""A window's first size: the size it would like, within the room its screen leaves. A fixed size
is too tall for a 1920×1080 laptop at 150 % (1280×720, less the taskbar and the title bar)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SIDES, TITLE_BAR = 40, 60  # pixels kept free: the frame and title bar, a margin round them


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width``×``height``, or less where its screen (its parent's: a
    dialog is shown over it) has less room."""
    anchor = window.parentWidget() or window
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry()
    window.resize(min(width, room.width() - SIDES), min(height, room.height() - TITLE_BAR))
