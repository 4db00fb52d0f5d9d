"""借还: lend and take back at the desk by scanning.

Scan the resident card and the item label (or type a name and press Enter to pick); the desk
works out what to do (lend, take back, queue) and Enter on the empty scan line does it.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridesk import clock
from gridesk.core.actor import Permission
from gridesk.core.residents.records import get_resident
from gridesk.core.treasure import lending, papers
from gridesk.core.treasure.labels import ITEM_STATUS
from gridesk.core.treasure.lending import (
    HoldView,
    ItemView,
    LoanView,
    OverdueBlock,
)
from gridesk.core.treasure.models import AVAILABLE, HELD, IN_REPAIR, ON_LOAN, RETIRED
from gridesk.documents.qr import PayloadError, verify_payload
from gridesk.errors import GrideskError
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text, label_text
from gridesk.ui.widgets.message_line import MessageLine
from gridesk.ui.widgets.resident_picker import describe, find_residents
from gridesk.ui.widgets.row_table import local_time

PICK_LIMIT = 8
_RESIDENT, _ITEM = "resident", "item"


class LoanDesk(QWidget):
    """The lending counter. ``booking_scanned(ident)``: a booking code was scanned here."""

    booking_scanned = Signal(str)

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.resident_id: uuid.UUID | None = None
        self.item: ItemView | None = None
        self._resident_loans: list[LoanView] = []
        self._queue: list[HoldView] = []
        self._resident_name = ""
        self._action: Callable[[], None] | None = None
        self._secret: bytes | None = None
        # (item, resident) whose deposit the desk has asked for: the next Enter lends
        self._deposit_asked: tuple[uuid.UUID, uuid.UUID] | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.scan = QLineEdit()
        self.scan.setObjectName("treasureScan")
        self.scan.setClearButtonEnabled(True)
        self.scan.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        self.scan.setPlaceholderText(
            self.tr(
                "Scan the resident card and the item label, or type a name and press Enter. "
                "Enter on an empty line does what is suggested."
            )
        )
        layout.addWidget(self.scan)
        self.picks = QListWidget()
        self.picks.setObjectName("treasurePicks")
        self.picks.setMaximumHeight(150)
        self.picks.hide()
        layout.addWidget(self.picks)

        boxes = QHBoxLayout()
        boxes.setSpacing(14)
        self.resident_box = QGroupBox(self.tr("Borrower"))
        rb = QVBoxLayout(self.resident_box)
        self.resident_name = QLabel(self.tr("No resident yet: scan the resident card."))
        self.resident_name.setObjectName("deskBig")
        self.resident_name.setWordWrap(True)
        self.resident_info = QLabel()
        self.resident_info.setWordWrap(True)
        self.resident_loans = QLabel()
        self.resident_loans.setWordWrap(True)
        self.resident_loans.setTextFormat(Qt.TextFormat.RichText)
        for w in (self.resident_name, self.resident_info, self.resident_loans):
            rb.addWidget(w)
        rb.addStretch(1)
        boxes.addWidget(self.resident_box, 1)

        self.item_box = QGroupBox(self.tr("Item"))
        ib = QVBoxLayout(self.item_box)
        self.item_name = QLabel(self.tr("No item yet: scan its label."))
        self.item_name.setObjectName("deskBig")
        self.item_name.setWordWrap(True)
        self.item_status = QLabel()
        self.item_status.setObjectName("deskStatus")
        self.item_rules = QLabel()
        self.item_rules.setWordWrap(True)
        self.item_queue = QLabel()
        self.item_queue.setWordWrap(True)
        self.photo = QLabel()
        self.photo.setFixedSize(150, 150)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.hide()
        for w in (self.item_name, self.item_status, self.item_rules, self.item_queue, self.photo):
            ib.addWidget(w)
        self.return_form = QWidget()
        form = QFormLayout(self.return_form)
        form.setContentsMargins(0, 6, 0, 0)
        self.condition = QComboBox()
        self.condition.setEditable(True)
        self.condition.addItems(
            [self.tr("Good"), self.tr("Worn"), self.tr("Dirty, needs cleaning"), self.tr("Damaged")]
        )
        self.missing = QLineEdit()
        self.missing.setPlaceholderText(self.tr("e.g. 2 drill bits"))
        self.damaged = QCheckBox(self.tr("Damaged: send to repair"))
        form.addRow(self.tr("Condition on return"), self.condition)
        form.addRow(self.tr("Missing parts"), self.missing)
        form.addRow("", self.damaged)
        ib.addWidget(self.return_form)
        ib.addStretch(1)
        boxes.addWidget(self.item_box, 1)
        layout.addLayout(boxes, 1)

        self.hint = QLabel()
        self.hint.setObjectName("deskHint")
        layout.addWidget(self.hint)
        self.message = MessageLine()
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.lend_button = QPushButton(self.tr("Lend"))
        self.return_button = QPushButton(self.tr("Take back"))
        self.hold_button = QPushButton(self.tr("Join the queue"))
        self.leave_button = QPushButton(self.tr("Leave the queue"))
        self.slip_button = QPushButton(self.tr("Print slip again"))
        self.clear_button = QPushButton(self.tr("Clear (Esc)"))
        self.auto_print = QCheckBox(self.tr("Print the loan slip"))
        self.auto_print.setChecked(True)
        for b in (self.lend_button, self.return_button, self.hold_button, self.leave_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.auto_print)
        buttons.addWidget(self.slip_button)
        buttons.addWidget(self.clear_button)
        layout.addLayout(buttons)
        self._last_loan: LoanView | None = None

        self.scan.returnPressed.connect(self._enter)
        self.picks.itemActivated.connect(self._picked)
        self.lend_button.clicked.connect(self.lend)
        self.return_button.clicked.connect(self.take_back)
        self.hold_button.clicked.connect(self.hold)
        self.leave_button.clicked.connect(self.leave_queue)
        self.slip_button.clicked.connect(self._print_last_slip)
        self.clear_button.clicked.connect(self.clear)
        self.setStyleSheet(
            "QLabel#deskBig { font-size: 16pt; font-weight: bold; color: #3A2A2A; }"
            "QLabel#deskStatus { font-size: 12pt; font-weight: bold; }"
            "QLabel#deskHint { color: #6B625C; font-size: 12pt; }"
            "QLineEdit#treasureScan { font-size: 13pt; padding: 8px 10px;"
            " border: 2px dashed #C8102E; }"
        )
        self._update()

    # --- what is on the counter ---------------------------------------------------------------

    def keyPressEvent(self, event):  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            return
        super().keyPressEvent(event)

    def clear(self) -> None:
        self.resident_id = None
        self.item = None
        self._resident_loans = []
        self.picks.clear()
        self.picks.hide()
        self._reset_return_form()
        self._update()
        self.scan.setFocus()
        if self._deposit_asked is not None:
            self._deposit_asked = None
            self.say(self.tr("Not lent: no deposit taken."))

    def _reset_return_form(self) -> None:
        self.condition.setCurrentIndex(0)
        self.missing.clear()
        self.damaged.setChecked(False)

    def set_resident(self, resident_id: uuid.UUID) -> None:
        detail = get_resident(self.desk.store, self.desk.actor, resident_id)
        self.resident_id = detail.id
        self._resident_name = detail.name
        self.resident_name.setText(detail.name)
        self.resident_info.setText(
            "  ".join(p for p in (detail.phone, detail.address) if p) or self.tr("No phone")
        )
        self._resident_loans = lending.open_loans_of(self.desk.store, self.desk.actor, detail.id)
        self._update()

    def set_item(self, item_id: uuid.UUID) -> None:
        self.item = lending.get_item(self.desk.store, self.desk.actor, item_id)
        self._queue = lending.queue_for(self.desk.store, self.desk.actor, item_id)
        data = (
            lending.item_photo(self.desk.store, self.desk.actor, item_id)
            if self.item.has_photo
            else None
        )
        pixmap = QPixmap()
        if data and pixmap.loadFromData(QByteArray(data)):
            self.photo.setPixmap(
                pixmap.scaled(
                    150,
                    150,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.photo.show()
        else:
            self.photo.clear()
            self.photo.hide()
        self._reset_return_form()
        self._update()

    def show_loan(self, loan_id: uuid.UUID) -> None:
        loan = lending.get_loan(self.desk.store, self.desk.actor, loan_id)
        self._last_loan = loan
        if loan.returned_at is None:
            self.set_item(loan.item_id)
        self.say(
            self.tr("Loan {number}: {item} to {name}, lent {lent}, due {due}.").format(
                number=loan.number,
                item=loan.item_name,
                name=loan.resident_name,
                lent=loan.lent_at.astimezone().strftime("%Y-%m-%d"),
                due=loan.due_on.isoformat(),
            )
            + (
                self.tr(" Returned {when}.").format(when=local_time(loan.returned_at))
                if loan.returned_at
                else ""
            )
        )

    def _update(self) -> None:
        today = clock.today()
        if self.resident_id is None:
            self.resident_name.setText(self.tr("No resident yet: scan the resident card."))
            self.resident_info.clear()
            self.resident_loans.clear()
        else:
            lines = []
            for loan in self._resident_loans:
                line = html.escape(
                    self.tr("{item}, due {due}").format(
                        item=loan.item_name, due=loan.due_on.isoformat()
                    )
                )
                if loan.is_overdue(today):
                    line = '<b style="color:#B00020">' + self.tr("OVERDUE") + f" {line}</b>"
                lines.append(line)
            self.resident_loans.setText(
                html.escape(self.tr("Has out now:")) + "<br>" + "<br>".join(lines)
                if lines
                else html.escape(self.tr("Has nothing out now."))
            )
        item = self.item
        if item is None:
            self.item_name.setText(self.tr("No item yet: scan its label."))
            self.item_status.clear()
            self.item_rules.clear()
            self.item_queue.clear()
            self.photo.hide()
        else:
            self.item_name.setText(item.name)
            status = label_text(ITEM_STATUS, item.status)
            if item.status == ON_LOAN:
                status += self.tr(": {name}, due {due}").format(
                    name=item.borrower_name, due=item.due_on.isoformat() if item.due_on else ""
                )
            if item.waiting:
                status += self.tr(" · %n waiting", "", item.waiting)
            self.item_status.setText(status)
            colour = {AVAILABLE: "#1F5E2A", ON_LOAN: "#8E0C21", HELD: "#9A6B00"}.get(
                item.status, "#6B625C"
            )
            self.item_status.setStyleSheet(f"color: {colour};")
            rules = [self.tr("Lent for up to %n day(s)", "", item.max_loan_days)]
            if item.deposit:
                rules.append(self.tr("deposit {yuan} yuan").format(yuan=item.deposit))
            if item.borrowers:
                rules.append(item.borrowers)
            if item.donor_name:
                rules.append(self.tr("given by {name}").format(name=item.donor_name))
            if item.location:
                rules.append(self.tr("shelf {place}").format(place=item.location))
            self.item_rules.setText(" · ".join(rules))
            self.item_queue.setText(
                self.tr("Queue: {names}").format(
                    names="、".join(f"{h.position}. {h.resident_name}" for h in self._queue)
                )
                if self._queue
                else ""
            )
        self._suggest()

    def _suggest(self) -> None:
        item, resident = self.item, self.resident_id
        today = clock.today()
        borrower_here = (
            item is not None
            and item.status == ON_LOAN
            and any(loan.item_id == item.id for loan in self._resident_loans)
        )
        can_lend = item is not None and resident is not None and item.status in (AVAILABLE, HELD)
        can_return = (
            item is not None and item.status == ON_LOAN and (resident is None or borrower_here)
        )
        can_hold = (
            item is not None
            and resident is not None
            and item.status in (ON_LOAN, HELD, IN_REPAIR)
            and not borrower_here
        )
        self.lend_button.setEnabled(can_lend)
        self.return_button.setEnabled(item is not None and item.status == ON_LOAN)
        self.hold_button.setEnabled(can_hold)
        self.leave_button.setVisible(
            item is not None and any(h.resident_id == resident for h in self._queue)
        )
        self.return_form.setVisible(item is not None and item.status == ON_LOAN)
        self.slip_button.setEnabled(self._last_loan is not None)
        self._action = None
        hint = ""
        if item is None and resident is None:
            hint = self.tr("Scan a resident card or an item label.")
        elif can_return:
            self._action, hint = self.take_back, self.tr("Press Enter to take the item back.")
        elif can_lend and any(loan.is_overdue(today) for loan in self._resident_loans):
            self._action = self.lend
            hint = self.tr(
                "This resident has an overdue item: it must come back first "
                "(an administrator can lend anyway with a reason)."
            )
        elif can_lend and item is not None and item.deposit:
            self._action = self.lend
            if self._deposit_asked == (item.id, resident):
                hint = self.tr(
                    "Deposit of {yuan} yuan taken? Press Enter to lend (Esc: do not lend)."
                ).format(yuan=item.deposit)
            else:
                hint = self.tr(
                    "A deposit of {yuan} yuan is due: press Enter to ask for it."
                ).format(yuan=item.deposit)
        elif can_lend:
            self._action, hint = self.lend, self.tr("Press Enter to lend it.")
        elif item is not None and resident is None and item.status in (AVAILABLE, HELD):
            hint = self.tr("Now scan the resident card of the borrower.")
        elif item is None:
            hint = self.tr("Now scan the item's label.")
        elif can_hold:
            self._action, hint = self.hold, self.tr("It is out: press Enter to queue for it.")
        elif item.status == RETIRED:
            hint = self.tr("This item is retired.")
        for button in (self.lend_button, self.return_button, self.hold_button):
            button.setDefault(False)
        target = {
            self.lend: self.lend_button,
            self.take_back: self.return_button,
            self.hold: self.hold_button,
        }
        if self._action is not None:
            target[self._action].setDefault(True)
        self.hint.setText(hint)

    def say(self, text: str, error: bool = False) -> None:
        self.message.say(text, "error" if error else "ok")

    def fail(self, exc: GrideskError) -> None:
        self.say(error_text(exc), error=True)

    # --- input --------------------------------------------------------------------------------

    def _enter(self) -> None:
        text = self.scan.text().strip()
        self.scan.clear()
        if not text:
            if self.picks.isVisible() and self.picks.currentItem() is not None:
                self._picked(self.picks.currentItem())
            elif self._action is not None:
                self._action()
            return
        if text.upper().startswith("GD"):
            self._scanned(text)
            return
        self._search(text)

    def _scanned(self, text: str) -> None:
        if self._secret is None:
            self._secret = self.desk.store.qr_secret()
        try:
            payload = verify_payload(self._secret, text)
        except PayloadError as exc:
            self.fail(exc)
            return
        self.take_code(payload.kind, payload.ident)

    def take_code(self, kind: str, ident: str) -> None:
        """A verified code: a resident card, an asset label, a loan slip or a booking."""
        try:
            key = uuid.UUID(ident)
        except ValueError:
            self.say(QCoreApplication.translate("scan", "This card's number is damaged."), True)
            return
        try:
            if kind in ("R", "V"):
                self.set_resident(key)
            elif kind == "A":
                self.set_item(key)
            elif kind == "L":
                self.show_loan(key)
            elif kind == "B":
                self.booking_scanned.emit(ident)
            else:
                self.say(self.tr("This code is not for the treasure box."), True)
                return
        except GrideskError as exc:
            self.fail(exc)
            return
        if kind != "L":
            self.say("")

    def _search(self, text: str) -> None:
        picks: list[tuple[str, str, uuid.UUID]] = []
        if self.desk.actor.can(Permission.RESIDENTS_VIEW):
            for r in find_residents(self.desk, text, PICK_LIMIT):
                picks.append(
                    (
                        _RESIDENT,
                        self.tr("Resident") + " · " + describe(r, ("phone", "address")),
                        r.id,
                    )
                )
        for item in lending.list_items(self.desk.store, self.desk.actor, text)[:PICK_LIMIT]:
            status = label_text(ITEM_STATUS, item.status)
            picks.append((_ITEM, self.tr("Item") + f" · {item.name}  ({status})", item.id))
        self.picks.clear()
        if not picks:
            self.picks.hide()
            self.say(self.tr("Nobody and nothing found for “{text}”.").format(text=text), True)
            return
        if len(picks) == 1:
            self.picks.hide()
            self._take_pick(picks[0][0], picks[0][2])
            return
        for kind, label, ident in picks:
            entry = QListWidgetItem(label)
            entry.setData(Qt.ItemDataRole.UserRole, (kind, ident))
            self.picks.addItem(entry)
        self.picks.setCurrentRow(0)
        self.picks.show()
        self.picks.setFocus()
        self.say(self.tr("Choose with the arrow keys and Enter."))

    def _picked(self, entry: QListWidgetItem) -> None:
        kind, ident = entry.data(Qt.ItemDataRole.UserRole)
        self.picks.hide()
        self.picks.clear()
        self._take_pick(kind, ident)
        self.scan.setFocus()

    def _take_pick(self, kind: str, ident: uuid.UUID) -> None:
        try:
            if kind == _RESIDENT:
                self.set_resident(ident)
            else:
                self.set_item(ident)
            self.say("")
        except GrideskError as exc:
            self.fail(exc)

    # --- actions ------------------------------------------------------------------------------

    def lend(self) -> None:
        if self.item is None or self.resident_id is None:
            return
        item, resident = self.item, self.resident_id
        blocked = any(
            loan.is_overdue(clock.today()) for loan in self._resident_loans
        ) and not self.desk.actor.can(Permission.TREASURE_OVERRIDE)
        if item.deposit and not blocked and self._deposit_asked != (item.id, resident):
            # the money changes hands before the item does: ask, and lend on the next Enter
            self._deposit_asked = (item.id, resident)
            self.say(
                self.tr(
                    "Take a deposit of {yuan} yuan from {name}, then press Enter again to lend "
                    "(Esc: do not lend)."
                ).format(yuan=item.deposit, name=self._resident_name)
            )
            self._suggest()
            return
        self._deposit_asked = None
        reason = ""
        while True:
            try:
                loan = lending.lend(
                    self.desk.store,
                    self.desk.actor,
                    self.item.id,
                    self.resident_id,
                    override_reason=reason,
                )
                break
            except OverdueBlock as exc:
                if reason or not self.desk.actor.can(Permission.TREASURE_OVERRIDE):
                    self.fail(exc)
                    return
                reason, ok = QInputDialog.getText(
                    self,
                    self.tr("Lend despite an overdue item"),
                    error_text(exc) + "\n\n" + self.tr("Reason for lending anyway:"),
                )
                reason = reason.strip()
                if not ok or not reason:
                    self.fail(exc)
                    return
            except GrideskError as exc:
                self.fail(exc)
                return
        self._last_loan = loan
        self.say(
            self.tr("Lent {item} to {name}, due back on {due}. Slip {number}.").format(
                item=loan.item_name,
                name=loan.resident_name,
                due=loan.due_on.isoformat(),
                number=loan.number,
            )
            + (
                " " + self.tr("Deposit {yuan} yuan taken.").format(yuan=loan.deposit)
                if loan.deposit
                else ""
            )
        )
        self.item = None
        self.set_resident(loan.resident_id)
        if self.auto_print.isChecked():
            self._print_slip(loan)
        self.scan.setFocus()

    def _print_slip(self, loan: LoanView) -> None:
        from gridesk.ui.printing import print_document

        try:
            document = papers.paper_loan_slip(self.desk.store, self.desk.actor, loan.id)
        except GrideskError as exc:
            self.fail(exc)
            return
        print_document(self, self.desk, document)

    def _print_last_slip(self) -> None:
        if self._last_loan is not None:
            self._print_slip(self._last_loan)

    def take_back(self) -> None:
        if self.item is None:
            return
        try:
            result = lending.take_back(
                self.desk.store,
                self.desk.actor,
                self.item.id,
                condition=self.condition.currentText(),
                missing_parts=self.missing.text(),
                damaged=self.damaged.isChecked(),
            )
        except GrideskError as exc:
            self.fail(exc)
            return
        text = self.tr("{item} is back from {name}.").format(
            item=result.loan.item_name, name=result.loan.resident_name
        )
        if result.loan.deposit:
            text += " " + self.tr("Give back the deposit of {yuan} yuan.").format(
                yuan=result.loan.deposit
            )
        if result.item_status == IN_REPAIR:
            text += " " + self.tr("It goes to repair.")
        elif result.next_hold is not None:
            text += " " + self.tr(
                "Keep it for {name} ({phone}), first in the queue: tell them it is here."
            ).format(name=result.next_hold.resident_name, phone=result.next_hold.resident_phone)
        else:
            text += " " + self.tr("Put it back on the shelf.")
        self.say(text)
        self.item = None
        self.resident_id = None
        self._resident_loans = []
        self._reset_return_form()
        self._update()
        self.scan.setFocus()

    def leave_queue(self) -> None:
        mine = [h for h in self._queue if h.resident_id == self.resident_id]
        if self.item is None or not mine:
            return
        try:
            lending.cancel_hold(self.desk.store, self.desk.actor, mine[0].id)
        except GrideskError as exc:
            self.fail(exc)
            return
        self.say(
            self.tr("{name} left the queue for {item}.").format(
                name=mine[0].resident_name, item=mine[0].item_name
            )
        )
        self.set_item(self.item.id)

    def hold(self) -> None:
        if self.item is None or self.resident_id is None:
            return
        try:
            hold = lending.place_hold(
                self.desk.store, self.desk.actor, self.item.id, self.resident_id
            )
        except GrideskError as exc:
            self.fail(exc)
            return
        self.say(
            self.tr("{name} is number {n} in the queue for {item}.").format(
                name=hold.resident_name, n=hold.position, item=hold.item_name
            )
        )
        self.set_item(self.item.id)
        self.scan.setFocus()
