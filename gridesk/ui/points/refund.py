"""退还: refund a redemption, whole or some of its lines, by a reversal (never by an edit).

Opens on everything still refundable; Tab moves through the quantities, Enter refunds. The
dialog makes its operation id when it opens: Enter pressed twice refunds once.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gridesk.core.models import new_id
from gridesk.core.points import papers, shop
from gridesk.core.printing import PrintJobView
from gridesk.errors import GrideskError
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text
from gridesk.ui.points.printing import outcome_text, print_slip
from gridesk.ui.widgets.message_line import say
from gridesk.ui.widgets.row_table import local_time


class RefundDialog(QDialog):
    def __init__(self, desk: Desk, redemption_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("refundDialog")
        self.detail = shop.get_redemption(desk.store, desk.actor, redemption_id)
        self.operation_id = new_id()
        self.done_refund: shop.RefundView | None = None
        self.print_message = ""
        self.slip: PrintJobView | None = None
        """The refund slip as kept in the print history (F6 at the counter shows it)."""
        r = self.detail.redemption
        self.setWindowTitle(self.tr("Refund {number}").format(number=r.number))
        layout = QVBoxLayout(self)
        head = QLabel(
            self.tr("{name} · receipt {number} · {points} points · {when}").format(
                name=r.resident_name,
                number=r.number,
                points=r.total,
                when=local_time(r.created_at),
            )
        )
        head.setObjectName("dialogTitle")
        layout.addWidget(head)
        grid = QGridLayout()
        self.spins: dict[uuid.UUID, QSpinBox] = {}
        for row, line in enumerate(r.lines):
            left = self.detail.left(line)
            grid.addWidget(QLabel(f"{line.name} ({line.code})"), row, 0)
            grid.addWidget(
                QLabel(self.tr("{q} × {p} points").format(q=line.quantity, p=line.price)), row, 1
            )
            spin = QSpinBox()
            spin.setRange(0, left)
            spin.setValue(left)
            spin.setSuffix(self.tr(" back"))
            spin.setEnabled(left > 0)
            self.spins[line.id] = spin
            grid.addWidget(spin, row, 2)
        layout.addLayout(grid)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Reason (optional)"))
        layout.addWidget(self.note)
        self.error = QLabel("")
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        if self.detail.fully_refunded:
            self.error.setText(self.tr("Everything on this receipt has been refunded already."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.refund_button = buttons.addButton(
            self.tr("Refund"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.refund_button.setEnabled(not self.detail.fully_refunded)
        buttons.accepted.connect(self.refund)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # only once the buttons are in the dialog does "default" stick (Enter refunds)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.refund_button.setDefault(True)
        first = next((s for s in self.spins.values() if s.isEnabled()), None)
        if first is not None:
            first.setFocus()

    def refund(self) -> None:
        if self.detail.fully_refunded:
            return
        quantities = {line_id: spin.value() for line_id, spin in self.spins.items()}
        try:
            done = shop.refund(
                self.desk.store,
                self.desk.actor,
                self.detail.redemption.id,
                self.operation_id,
                quantities,
                self.note.text(),
            )
        except GrideskError as exc:
            say(self.error, error_text(exc), error=True)
            return
        self.done_refund = done
        self.print_message = self._print(done)
        self.accept()

    def _print(self, done: shop.RefundView) -> str:
        try:
            slip = papers.refund_slip(
                self.desk.store, self.desk.actor, done, self.detail.redemption.resident_name
            )
            result = print_slip(self, self.desk, slip)
        except GrideskError as exc:
            return error_text(exc)
        self.slip = result.job
        return outcome_text(result, preview_key=Qt.Key.Key_F6)
