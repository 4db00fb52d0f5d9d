"""Printing points-shop slips after their action committed, without a modal on failure: the
counter says what happened on its own message line and goes on (the slip stays in the print
history, to print again)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from gridesk.documents.receipt import Receipt
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text
from gridesk.ui.printing import Outcome, PrintResult, print_receipt


def print_slip(
    parent: QWidget | None,
    desk: Desk,
    kind: str,
    title: str,
    subject: str,
    receipt: Receipt,
    subject_id: str | None,
) -> PrintResult:
    """The receipt on the roll printer; a failure is said on the counter, not in a box."""
    return print_receipt(parent, desk, kind, title, subject, receipt, subject_id, show_errors=False)


def outcome_text(result: PrintResult) -> str:
    if result.outcome is Outcome.PRINTED:
        return QCoreApplication.translate("points", "Receipt printed.")
    reason = error_text(result.error) if result.error else ""
    return QCoreApplication.translate(
        "points",
        "The receipt did not print ({reason}); it is kept in the print history to print again.",
    ).format(reason=reason or result.outcome.value)
