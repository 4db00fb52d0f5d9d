"""Readability: every page of the window registry, every tab of it, at 1366×768 and at 1280×720
(a 1920×1080 laptop at 150 %), in Chinese and in English: no text a person must read is cut
off, and nothing sits outside the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QLabel,
    QTabWidget,
    QWidget,
)

from gridesk.config import Location
from gridesk.demo import fill_demo
from gridesk.ui import i18n
from gridesk.ui.desk import Desk
from gridesk.ui.fonts import install_fonts
from gridesk.ui.main_window import MainWindow
from gridesk.ui.style import STYLE_SHEET

SLACK = 2  # pixels: rounding between the font's advance and the widget's geometry


def _in_scrolled_area(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area or an item view: scrolled out of sight on purpose, not cut."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, (QAbstractScrollArea, QAbstractItemView)):
            return True
        parent = parent.parentWidget()
    return False


def _cut_text(widget: QWidget) -> str:
    """What of ``widget``'s text does not fit it ("" when all of it does)."""
    if isinstance(widget, QLabel):
        text = widget.text()
        if not text or widget.wordWrap() or "<" in text:  # rich text lays itself out
            return ""
        if widget.buddy() is not None:  # "&Name": the mnemonic's mark is not drawn
            text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        room = widget.contentsRect().width() - 2 * widget.margin() - 2 * max(0, widget.indent())
        need = max(widget.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        return text if need > room + SLACK else ""
    if isinstance(widget, QAbstractButton) and widget.text():
        # the style's own size for the text (padding, the check box's box) against the width
        return widget.text() if widget.sizeHint().width() > widget.width() + SLACK else ""
    return ""


def _problems(window: QWidget, where: str) -> list[str]:
    found = []
    frame = window.rect()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or _in_scrolled_area(widget, window):
            continue
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        place = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        name = widget.objectName() or type(widget).__name__
        if not frame.contains(place):
            found.append(f"{where}: {name} outside the window ({place.getRect()})")
            continue
        cut = _cut_text(widget)
        if cut:
            found.append(f"{where}: {name} cut: {cut!r} needs more than {widget.width()} px")
    return found


@pytest.mark.parametrize(
    ("language", "size"),
    [
        ("zh_CN", (1366, 768)),
        ("zh_CN", (1280, 720)),
        ("en", (1366, 768)),
        ("en", (1280, 720)),
    ],
    ids=["zh_CN-1366x768", "zh_CN-1280x720", "en-1366x768", "en-1280x720"],
)
def test_every_page_is_readable(qtbot, qapp, store, admin, tmp_path, language, size) -> None:
    fill_demo(store, admin, residents=60, seed=5)
    install_fonts(qapp)
    qapp.setStyleSheet(STYLE_SHEET)  # the desk's look: its type sizes decide the widths
    i18n.install_language(qapp, language)
    width, height = size
    try:
        window = MainWindow(Desk(store, admin, Location(tmp_path, store.url)), lambda: None)
        qtbot.addWidget(window)
        window.resize(width, height)
        window.show()
        problems: list[str] = []
        for key in window.page_keys():
            page = window.show_page(key)
            for tabs in [page, *page.findChildren(QTabWidget)]:
                indexes = range(tabs.count()) if isinstance(tabs, QTabWidget) else [None]
                for index in indexes:
                    if index is not None:
                        tabs.setCurrentIndex(index)
                    qapp.processEvents()
                    where = f"{key} tab {index}" if index is not None else key
                    if window.width() > width or window.height() > height:
                        problems.append(f"{where}: the window grew to {window.width()}×"
                                        f"{window.height()}")  # fmt: skip
                        window.resize(width, height)
                        qapp.processEvents()
                    problems += _problems(window, where)
        assert not problems, "\n".join(dict.fromkeys(problems))
    finally:
        qapp.setStyleSheet("")
        for translator in i18n._installed:
            qapp.removeTranslator(translator)
        i18n._installed.clear()
