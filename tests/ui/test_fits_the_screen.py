"""Every window of the product, every tab of it, fits a 1366×768 screen in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabWidget

from gridesk.config import Location
from gridesk.demo import fill_demo
from gridesk.ui import i18n
from gridesk.ui.desk import Desk
from gridesk.ui.fonts import install_fonts
from gridesk.ui.main_window import MainWindow
from gridesk.ui.style import STYLE_SHEET


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_main_window_fits_1366_by_768(qtbot, qapp, store, admin, tmp_path, language) -> None:
    fill_demo(store, admin, residents=60, seed=5)
    install_fonts(qapp)
    qapp.setStyleSheet(STYLE_SHEET)  # the desk's look: its type sizes decide the widths
    i18n.install_language(qapp, language)
    try:
        window = MainWindow(Desk(store, admin, Location(tmp_path, store.url)), lambda: None)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        grew = []
        for key in window.page_keys():
            page = window.show_page(key)
            for tabs in [page, *page.findChildren(QTabWidget)]:
                for index in range(tabs.count()) if isinstance(tabs, QTabWidget) else [None]:
                    if index is not None:
                        tabs.setCurrentIndex(index)
                    qapp.processEvents()
                    if window.width() > 1366 or window.height() > 768:
                        grew.append(f"{key} tab {index}: {window.width()}×{window.height()}")
                        window.resize(1366, 768)
                        qapp.processEvents()
        assert not grew, grew
    finally:
        qapp.setStyleSheet("")
        for translator in i18n._installed:
            qapp.removeTranslator(translator)
        i18n._installed.clear()
