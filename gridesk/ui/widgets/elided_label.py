"""A one-line label that shortens its text with … to the room it is given (a path in the middle,
keeping the folder's start and the file's name), the whole text in its tooltip: it asks for
room to show everything but never holds its row wider than a few characters."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

SHORTEST = 8  # characters' room when the row is tight
SPARE = 4  # pixels: a style sheet's padding is not always in the contents rectangle


class ElidedLabel(QLabel):
    def __init__(
        self,
        text: str = "",
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._mode = mode
        self._whole = ""
        self.set_whole_text(text)

    def whole_text(self) -> str:
        return self._whole

    def set_whole_text(self, text: str) -> None:
        self._whole = text
        self.setToolTip(text)
        self._fit()
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        # the advance in fractions of a pixel (a CJK font's), rounded up: what elidedText needs
        advance = math.ceil(QFontMetricsF(self.font()).horizontalAdvance(self._whole))
        wanted = advance + margins.left() + margins.right()
        return QSize(wanted + 2 * self.margin() + SPARE, hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(
            min(hint.width(), self.fontMetrics().averageCharWidth() * SHORTEST), hint.height()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # a style sheet or the application's font set after the text: other widths
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()
            self.updateGeometry()

    def _fit(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin() - SPARE
        metrics = QFontMetricsF(self.font())
        super().setText(metrics.elidedText(self._whole, self._mode, max(room, 0)))
