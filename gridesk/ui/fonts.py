"""Register the CJK font GriDesk ships, so a bare station shows Chinese, not boxes."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from gridesk.paths import cjk_font_path

log = logging.getLogger(__name__)

BASE_POINT_SIZE = 11  # many desk staff are not young: a comfortable default


def install_fonts(app: QApplication) -> str:
    """Add the shipped font and make it the application font; returns its family."""
    font_id = QFontDatabase.addApplicationFont(str(cjk_font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.error("could not load the shipped font %s", cjk_font_path())
        return app.font().family()
    family = families[0]
    font = QFont(family, BASE_POINT_SIZE)
    font.setFamilies([family, *QFont().families()])
    app.setFont(font)
    return family
