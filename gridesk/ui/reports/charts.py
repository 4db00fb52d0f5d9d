"""Charts drawn with QPainter: bars, lines, a pie and a heat map.

Neither QtCharts nor pyqtgraph: QtCharts needs the PySide6-Addons wheel (some 180 MB to fetch
for every checkout and build, 3.3 MB more in the bundle) and pyqtgraph brings numpy (69 MB,
about a second to import on this VM). These four kinds of chart are a few lines of painting
each, use the application's CJK font like every other widget, and cost nothing at start-up.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

PALETTE = ("#2f6fb0", "#e0782f", "#3a9a5b", "#c4423b", "#7d5bb5", "#8c6d4f", "#d4a62a", "#5aa5b8")


def axis_ticks(value: float) -> list[float]:
    """Round ticks from 0 to at or above ``value``: 3 to 5 steps of 1, 2 or 5 × 10ⁿ, whole
    steps from 1 up (a count of 4 reads 0 1 2 3 4, not 1.25 and 3.75)."""
    if value <= 0:
        return [0.0, 1.0]
    rough = value / 5
    power = 10.0 ** math.floor(math.log10(rough))
    step = next(n * power for n in (1, 2, 5, 10) if n * power >= rough)
    if value >= 1:
        step = max(step, 1.0)
    return [round(i * step, 9) for i in range(math.ceil(value / step - 1e-9) + 1)]


class Chart(QWidget):
    """One chart: ``kind`` bars | lines | pie | heat."""

    def __init__(self, title: str, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.kind = kind
        self.labels: list[str] = []
        self.lines: list[tuple[str, list[float]]] = []
        self.rows: list[str] = []
        self.grid: list[list[float | None]] = []
        self.setMinimumHeight(240 if kind != "heat" else 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_series(
        self, labels: Sequence[str], lines: Sequence[tuple[str, Sequence[float]]]
    ) -> None:
        self.labels = list(labels)
        self.lines = [(name, [float(v or 0) for v in values]) for name, values in lines]
        self.update()

    def set_heat(
        self, rows: Sequence[str], columns: Sequence[str], values: Sequence[Sequence[float | None]]
    ) -> None:
        self.rows, self.labels = list(rows), list(columns)
        self.grid = [list(r) for r in values]
        self.setFixedHeight(60 + 26 * max(1, len(self.rows)))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        fm = QFontMetrics(self.font())
        p.setPen(QColor("#222222"))
        p.drawText(
            QRectF(8, 4, self.width() - 16, fm.height() + 4), Qt.AlignmentFlag.AlignLeft, self.title
        )
        area = QRectF(8, fm.height() + 12, self.width() - 16, self.height() - fm.height() - 20)
        if self.kind == "pie":
            self._pie(p, area, fm)
        elif self.kind == "heat":
            self._heat(p, area, fm)
        else:
            self._axes(p, area, fm)
        p.end()

    def _legend(
        self, p: QPainter, x: float, y: float, names: Sequence[str], fm: QFontMetrics
    ) -> None:
        for i, name in enumerate(names):
            p.fillRect(
                QRectF(x, y + i * (fm.height() + 2) + 3, 10, 10), QColor(PALETTE[i % len(PALETTE)])
            )
            p.setPen(QColor("#222222"))
            p.drawText(QPointF(x + 14, y + i * (fm.height() + 2) + fm.ascent()), name)

    def _axes(self, p: QPainter, area: QRectF, fm: QFontMetrics) -> None:
        if not self.labels or not self.lines:
            return
        legend_w = max((fm.horizontalAdvance(n) for n, _ in self.lines), default=0) + 24
        ticks = axis_ticks(max((max(v, default=0) for _, v in self.lines), default=0))
        top = ticks[-1]
        left = max(fm.horizontalAdvance(f"{t:g}") for t in ticks) + 8
        plot = QRectF(
            area.left() + left,
            area.top() + 4,
            area.width() - left - legend_w - 8,
            area.height() - fm.height() - 10,
        )
        p.setPen(QPen(QColor("#cccccc"), 1))
        for tick in ticks:
            y = plot.bottom() - plot.height() * tick / top
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(QColor("#555555"))
            p.drawText(
                QRectF(area.left(), y - fm.height() / 2, left - 4, fm.height()),
                Qt.AlignmentFlag.AlignRight,
                f"{tick:g}",
            )
            p.setPen(QPen(QColor("#cccccc"), 1))
        n = len(self.labels)
        slot = plot.width() / n
        step = max(1, math.ceil(max(fm.horizontalAdvance(t) for t in self.labels) / max(slot, 1)))
        p.setPen(QColor("#555555"))
        for i, label in enumerate(self.labels):
            if i % step == 0:
                p.drawText(
                    QRectF(plot.left() + i * slot - 20, plot.bottom() + 2, slot + 40, fm.height()),
                    Qt.AlignmentFlag.AlignHCenter,
                    label,
                )
        for k, (_, values) in enumerate(self.lines):
            color = QColor(PALETTE[k % len(PALETTE)])
            if self.kind == "bars":
                width = slot * 0.8 / len(self.lines)
                for i, v in enumerate(values):
                    h = plot.height() * v / top
                    p.fillRect(
                        QRectF(
                            plot.left() + i * slot + slot * 0.1 + k * width,
                            plot.bottom() - h,
                            width,
                            h,
                        ),
                        color,
                    )
            else:
                p.setPen(QPen(color, 2))
                points = [
                    QPointF(plot.left() + (i + 0.5) * slot, plot.bottom() - plot.height() * v / top)
                    for i, v in enumerate(values)
                ]
                for a, b in itertools.pairwise(points):
                    p.drawLine(a, b)
                for pt in points:
                    p.drawEllipse(pt, 2.5, 2.5)
        self._legend(p, plot.right() + 12, plot.top(), [n for n, _ in self.lines], fm)

    def _pie(self, p: QPainter, area: QRectF, fm: QFontMetrics) -> None:
        if not self.lines:
            return
        values = self.lines[0][1]
        total = sum(values)
        if total <= 0:
            return
        d = min(area.height(), area.width() / 2) - 8
        box = QRectF(area.left() + 8, area.top() + 4, d, d)
        angle = 90 * 16
        for i, v in enumerate(values):
            span = -round(360 * 16 * v / total)
            p.setBrush(QColor(PALETTE[i % len(PALETTE)]))
            p.setPen(QPen(QColor("#ffffff"), 1))
            p.drawPie(box, angle, span)
            angle += span
        names = [
            f"{name}  {v:g} ({100 * v / total:.0f}%)"
            for name, v in zip(self.labels, values, strict=False)
        ]
        self._legend(p, box.right() + 16, box.top(), names[:12], fm)

    def _heat(self, p: QPainter, area: QRectF, fm: QFontMetrics) -> None:
        if not self.rows or not self.labels:
            return
        left = max(fm.horizontalAdvance(r) for r in self.rows) + 8
        cw = (area.width() - left) / len(self.labels)
        ch = (area.height() - fm.height() - 4) / len(self.rows)
        p.setPen(QColor("#555555"))
        for j, label in enumerate(self.labels):
            p.drawText(
                QRectF(area.left() + left + j * cw, area.top(), cw, fm.height()),
                Qt.AlignmentFlag.AlignHCenter,
                label,
            )
        for i, row in enumerate(self.rows):
            y = area.top() + fm.height() + 4 + i * ch
            p.setPen(QColor("#222222"))
            p.drawText(QRectF(area.left(), y, left - 4, ch), Qt.AlignmentFlag.AlignVCenter, row)
            for j, v in enumerate(self.grid[i]):
                cell = QRectF(area.left() + left + j * cw + 1, y + 1, cw - 2, ch - 2)
                if v is None:
                    p.fillRect(cell, QColor("#eeeeee"))
                    continue
                strength = max(0.0, min(1.0, v / 100))
                p.fillRect(cell, QColor.fromHsvF(0.58, 0.1 + 0.8 * strength, 1.0 - 0.45 * strength))
                p.setPen(QColor("#ffffff" if strength > 0.5 else "#222222"))
                p.drawText(cell, Qt.AlignmentFlag.AlignCenter, f"{v:.0f}")
