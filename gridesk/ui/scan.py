"""The one scan box: a USB scanner types a payload and Enter; the box opens what it names."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from gridesk.core.errors import QT_TRANSLATE_NOOP
from gridesk.documents.qr import PayloadError, PayloadProblem, verify_payload
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text

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
    open_resident: Callable[[uuid.UUID], None],
    say: Callable[[str], None],
    open_treasure: Callable[[str, str], None] | None = None,
) -> None:
    """Open what a verified code names; kinds whose window is not here yet say so."""
    if kind in ("A", "L", "B") and open_treasure is not None:
        open_treasure(kind, ident)  # asset label → its loan screen; loan slip; booking
        return
    if kind in ("R", "V"):
        try:
            open_resident(uuid.UUID(ident))
        except ValueError:
            say(QCoreApplication.translate("scan", "This card's number is damaged."))
        return
    say(
        QCoreApplication.translate(
            "scan", "This is a {kind}. Its window is not part of this GriDesk yet."
        ).format(kind=QCoreApplication.translate("scan", KIND_NAMES[kind]))
    )
