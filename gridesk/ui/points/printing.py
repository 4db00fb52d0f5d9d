"""Printing points-shop slips after their action committed, without a modal on failure: the
counter says what happened on its own message line and goes on (the slip stays in the print
history, to print again)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from gridesk.core.printing import Document
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text
from gridesk.ui.printing import Outcome, PrintResult, print_document


def print_slip(parent: QWidget | None, desk: Desk, document: Document) -> PrintResult:
    """The slip on the roll printer; a failure is said on the counter, not in a box."""
    return print_document(parent, desk, document, show_errors=False)


def outcome_text(result: PrintResult) -> str:
    if result.outcome is Outcome.PRINTED:
        return QCoreApplication.translate("points", "Receipt printed.")
    reason = error_text(result.error) if result.error else ""
    return QCoreApplication.translate(
        "points",
        "The receipt did not print ({reason}); it is kept in the print history to print again.",
    ).format(reason=reason or result.outcome.value)
