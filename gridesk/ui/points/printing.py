"""Printing points-shop slips after their action committed, without a modal on failure: the
counter says what happened on its own message line and goes on (the slip stays in the print
history, to print again)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from gridesk.core.printing import Document
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text
from gridesk.ui.printing import NoPrinter, Outcome, PrintResult, print_document


def print_slip(parent: QWidget | None, desk: Desk, document: Document) -> PrintResult:
    """The slip on the roll printer; a failure is said on the counter, not in a box (with no
    printer, a key where the slip was made shows it to print elsewhere or save: F9 the
    receipt and F6 the refund slip at the counter, F9 the closing in 日结)."""
    return print_document(parent, desk, document, show_errors=False, preview_without_printer=False)


def outcome_text(result: PrintResult, *, preview_key: Qt.Key | None = None) -> str:
    """What became of a slip, for the message line (``preview_key``: the key that shows this
    slip where it was made)."""
    if result.outcome is Outcome.PRINTED:
        return QCoreApplication.translate("points", "Receipt printed.")
    if preview_key is not None and isinstance(result.error, NoPrinter):
        key = QKeySequence(preview_key).toString(QKeySequence.SequenceFormat.NativeText)
        return QCoreApplication.translate(
            "points", "No printer here: {key} shows it, to print or save as PDF."
        ).format(key=key)
    reason = error_text(result.error) if result.error else ""
    return QCoreApplication.translate(
        "points",
        "The receipt did not print ({reason}); it is kept in the print history to print again.",
    ).format(reason=reason or result.outcome.value)
