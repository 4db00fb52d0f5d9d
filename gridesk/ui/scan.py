"""The one scan box: a USB scanner types a payload and Enter; the box opens what it names."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from gridesk.documents.qr import PayloadError, PayloadProblem, verify_payload
from gridesk.errors import QT_TRANSLATE_NOOP
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text
from gridesk.ui.page import Page
from gridesk.windows import WINDOWS

log = logging.getLogger(__name__)

# What each kind is called, for saying plainly what was scanned.
KIND_NAMES = {
    "R": QT_TRANSLATE_NOOP("scan", "resident card"),
    "T": QT_TRANSLATE_NOOP("scan", "request ticket"),
    "L": QT_TRANSLATE_NOOP("scan", "loan slip"),
    "B": QT_TRANSLATE_NOOP("scan", "room booking"),
    "X": QT_TRANSLATE_NOOP("scan", "points-shop receipt"),
    "A": QT_TRANSLATE_NOOP("scan", "asset label"),
    "V": QT_TRANSLATE_NOOP("scan", "volunteer card"),
}


class ScanBox(QLineEdit):
    """Takes what the scanner types. ``scanned(kind, ident)`` for a verified GriDesk code;
    ``refused(message)`` for anything else, in the interface language."""

    scanned = Signal(str, str)
    refused = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._secret: bytes | None = None
        self.setObjectName("scanBox")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Scan a card or code here (F2)"))
        # a Chinese input method would turn the scanner's keystrokes into full-width text
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.returnPressed.connect(self._take)

    def _take(self) -> None:
        text = self.text()
        self.clear()
        if not text.strip():
            return
        if self._secret is None:
            self._secret = self.desk.store.qr_secret()
        try:
            payload = verify_payload(self._secret, text)
        except PayloadError as exc:
            log.info("scan refused (%s): %r", exc.problem, text[:80])
            if exc.problem is PayloadProblem.NOT_GRIDESK:
                self.refused.emit(
                    self.tr("This is not a GriDesk code: {text}").format(text=text.strip()[:40])
                )
            else:
                self.refused.emit(error_text(exc))
            return
        self.scanned.emit(payload.kind, payload.ident)


def route_scan(
    kind: str,
    ident: str,
    pages: Mapping[str, Page],
    show: Callable[[str], Page],
    current_page: Page | None = None,
) -> str:
    """Open what a verified code names; returns what to tell the desk ("" when it opened).

    The page on screen has the first word: a card (R or V) scanned while the volunteers page
    is open checks the person in or out there (its ``take_card``). Otherwise the window that
    lists the code's kind in gridesk.windows is shown (``show``) and opens it; a kind with no
    window here, or one this role may not open, is said.
    """
    if kind in ("R", "V") and current_page is not None and current_page.take_card(ident):
        return ""
    owner = next((w for w in WINDOWS if kind in w.scan_kinds), None)
    if owner is None:
        return QCoreApplication.translate(
            "scan", "This is a {kind}. Its window is not part of this GriDesk yet."
        ).format(kind=QCoreApplication.translate("scan", KIND_NAMES[kind]))
    page = pages.get(owner.key)
    if page is None:
        return QCoreApplication.translate("windows", owner.refused)
    show(owner.key)
    return page.open_code(kind, ident)
