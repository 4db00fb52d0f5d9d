"""Printing points-shop slips after their action committed, without a modal on failure: the
counter says what happened on its own message line and goes on (the slip stays in the print
history, to print again)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from gridesk.core.printing import Document
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text
from gridesk.ui.printing import NoPrinter, Outcome, PrintResult, print_document


def print_slip(parent: QWidget | None, desk: Desk, document: Document) -> PrintResult:
    """The slip on the roll printer; a failure is said on the counter, not in a box (with no
    printer, F9 at the counter shows the receipt to print elsewhere or save)."""
    return print_document(parent, desk, document, show_errors=False, preview_without_printer=False)


def outcome_text(result: PrintResult, *, f9_previews: bool = False) -> str:
    """What became of a slip, for the message line (``f9_previews``: that line's screen shows
    the last receipt on F9)."""
    if result.outcome is Outcome.PRINTED:
        return QCoreApplication.translate("points", "Receipt printed.")
    if f9_previews and isinstance(result.error, NoPrinter):
        return QCoreApplication.translate(
            "points", "No printer here: F9 shows the receipt, to print or save as PDF."
        )
    reason = error_text(result.error) if result.error else ""
    return QCoreApplication.translate(
        "points",
        "The receipt did not print ({reason}); it is kept in the print history to print again.",
    ).format(reason=reason or result.outcome.value)
