"""Printing points-shop slips after their action committed, without a modal on failure: the
counter says what happened on its own message line and goes on (the slip stays in the print
history, to print again)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from gridesk.core import printing
from gridesk.core.printing import FAMILY_RECEIPT
from gridesk.documents.receipt import Receipt, render_receipt
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text
from gridesk.ui.printing import Document, Outcome, PrintResult, print_document


def print_slip(
    parent: QWidget | None,
    desk: Desk,
    kind: str,
    title: str,
    subject: str,
    receipt: Receipt,
    subject_id: str | None,
) -> PrintResult:
    settings = printing.printer_settings(desk.store)
    document = Document(
        kind=kind,
        title=title,
        subject=subject,
        pdf=render_receipt(receipt, settings.receipt_page_kind),
        family=FAMILY_RECEIPT,
        subject_id=subject_id,
        receipt=receipt,
    )
    return print_document(parent, desk, document, settings=settings, show_errors=False)


def outcome_text(result: PrintResult) -> str:
    if result.outcome is Outcome.PRINTED:
        return QCoreApplication.translate("points", "Receipt printed.")
    reason = error_text(result.error) if result.error else ""
    return QCoreApplication.translate(
        "points",
        "The receipt did not print ({reason}); it is kept in the print history to print again.",
    ).format(reason=reason or result.outcome.value)
