"""百宝箱 window: lending by QR label, room bookings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

TREASURE_KINDS = ("A", "L", "B")


def page_title() -> str:
    return QCoreApplication.translate("treasure", "Treasure box")


def open_code(window: Any, kind: str, ident: str) -> None:
    """Route a verified A (asset label), L (loan slip) or B (booking) code to the page."""
    page = window.pages.get("treasure")
    if page is None:
        window.say(
            QCoreApplication.translate("treasure", "Your role cannot open the treasure box.")
        )
        return
    window.show_page("treasure")
    page.take_code(kind, ident)
