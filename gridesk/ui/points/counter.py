"""收银台: the cashier's counter, driven by the keyboard and a scanner only.

One input line takes everything the scanner or the keyboard sends, each ended by Enter:

- a resident card's code (``GD1|R|…``), or a name / phone / pinyin to search (Up/Down and
  Enter pick from the list below);
- a product code or barcode (``3*CODE`` adds three; ``*3`` sets the last line to three);
- a receipt's code (``GD1|X|…``) or ``F5``: opens that redemption for a refund;
- ``F9`` shows the last receipt made here, ``F6`` the last refund slip (print, save as PDF):
  where no printer is set up, that is how the slip reaches paper;
- Enter on an empty line confirms the cart; Esc clears the cart (then the resident); Delete on
  an empty line takes the last line off.

The cart carries an operation id made when it last changed: pressing Enter twice, or again
after an error, sends the same id, so the resident is never charged twice.

A queue at the till: after a sale the counter lets the customer go (the next goods need the
next card); a card scanned while a cart is open asks before the cart changes hands; a line the
stock or the balance cannot cover is refused when it is scanned. Every refusal beeps and says
why, on the spot.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridesk.core.models import new_id
from gridesk.core.numbers import NUMBER_PATTERN
from gridesk.core.points import accounts, papers, shop
from gridesk.core.points.accounts import AccountView
from gridesk.core.points.errors import UnknownProduct
from gridesk.core.printing import PrintJobView
from gridesk.documents.qr import PayloadError, verify_payload
from gridesk.errors import GrideskError
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text
from gridesk.ui.points.printing import outcome_text, print_slip
from gridesk.ui.printing import preview_job
from gridesk.ui.widgets.message_line import MessageLine
from gridesk.ui.widgets.resident_picker import find_residents, show_residents

log = logging.getLogger(__name__)

_TIMES_CODE = re.compile(r"^(\d{1,3})\s*[*xX×]\s*(\S+)$")
_SET_QUANTITY = re.compile(r"^[*xX×]\s*(\d{1,3})$")
_CODE_LIKE = re.compile(r"^[0-9A-Za-z_-]{1,40}$")
_RECEIPT_NUMBER = re.compile(NUMBER_PATTERN, re.IGNORECASE)


@dataclass
class CartLine:
    product: shop.ProductView
    quantity: int

    @property
    def points(self) -> int:
        return self.product.price * self.quantity


class _Keys(QObject):
    """Up/Down move the pick list; Escape and Delete reach the counter from the input."""

    def __init__(self, counter: CounterWidget) -> None:
        super().__init__(counter)
        self.counter = counter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        c = self.counter
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and c.picks.isVisible():
            row = c.picks.currentRow() + (1 if key == Qt.Key.Key_Down else -1)
            c.picks.setCurrentRow(max(0, min(c.picks.count() - 1, row)))
            return True
        if key == Qt.Key.Key_Escape:
            c.escape()
            return True
        if key == Qt.Key.Key_Delete and not c.input.text():
            c.remove_last()
            return True
        return False


class CounterWidget(QWidget):
    redeemed = Signal(object)
    """A RedemptionView, after it committed (and its receipt was kept)."""
    refund_requested = Signal(object)
    """A redemption id (uuid.UUID) the cashier wants to refund."""

    PRODUCT, PRICE, QUANTITY, POINTS = range(4)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.resident: AccountView | None = None
        self.cart: list[CartLine] = []
        self.operation_id: uuid.UUID | None = None
        self.last: shop.RedemptionView | None = None
        self.last_receipt: PrintJobView | None = None
        """The last receipt as kept in the print history: F9 shows it (print, save as PDF)."""
        self.last_refund_slip: PrintJobView | None = None
        """The last refund slip made here (the points page sets it): F6 shows it."""
        self._secret: bytes | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)

        who = QFrame()
        who.setObjectName("tile")
        grid = QGridLayout(who)
        self.name_label = QLabel(self.tr("Scan a resident card"))
        self.name_label.setObjectName("counterName")
        self.name_label.setStyleSheet("font-size: 20pt; font-weight: bold; color: #3A2A2A;")
        self.detail_label = QLabel(self.tr("or type a name, phone number or pinyin"))
        self.detail_label.setObjectName("subtle")
        self.balance_label = QLabel("")
        self.balance_label.setObjectName("tileNumber")
        self.balance_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.name_label, 0, 0)
        grid.addWidget(self.detail_label, 1, 0)
        grid.addWidget(self.balance_label, 0, 1, 2, 1)
        grid.setColumnStretch(0, 1)
        layout.addWidget(who)

        self.input = QLineEdit()
        self.input.setObjectName("searchBox")
        self.input.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.input.setPlaceholderText(
            self.tr("Scan a card or goods, or type a name or product code, then Enter")
        )
        self.input.returnPressed.connect(self.take)
        self.input.installEventFilter(_Keys(self))
        layout.addWidget(self.input)

        self.picks = QListWidget()
        self.picks.setObjectName("residentPicks")
        self.picks.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.picks.setMaximumHeight(150)
        self.picks.hide()
        layout.addWidget(self.picks)

        body = QHBoxLayout()
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("cart")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Goods"), self.tr("Points each"), self.tr("Quantity"), self.tr("Points")]
        )
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.PRODUCT, QHeaderView.ResizeMode.Stretch)
        for col in (self.PRICE, self.QUANTITY, self.POINTS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(col, 110)
        body.addWidget(self.table, 3)

        totals = QFrame()
        totals.setObjectName("tile")
        totals.setMinimumWidth(260)
        t = QGridLayout(totals)
        self.total_label = QLabel("0")
        self.after_label = QLabel("")
        for label in (self.total_label, self.after_label):
            label.setObjectName("tileNumber")
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
        t.addWidget(QLabel(self.tr("Total")), 0, 0)
        t.addWidget(self.total_label, 1, 0)
        t.addWidget(QLabel(self.tr("Balance after")), 2, 0)
        t.addWidget(self.after_label, 3, 0)
        t.setRowStretch(4, 1)
        self.last_label = QLabel("")
        self.last_label.setObjectName("subtle")
        self.last_label.setWordWrap(True)
        t.addWidget(self.last_label, 5, 0)
        body.addWidget(totals, 1)
        layout.addLayout(body, 1)

        self.message = MessageLine()
        layout.addWidget(self.message)
        foot = QHBoxLayout()
        hints = QLabel(
            self.tr(
                "Enter on an empty line: confirm · 3*code: three · *3: last line three · "
                "Delete: last line off · Esc: clear"
            )
        )
        hints.setObjectName("subtle")
        hints.setWordWrap(True)
        foot.addWidget(hints, 1)
        # each slip's key on its button; the buttons never take the focus from the input
        self.refund_button = self._key_button(
            Qt.Key.Key_F5,
            self.tr("Refund ({key})"),
            self.tr("Refund the last sale, or scan the receipt to refund ({key})"),
            self.ask_refund,
        )
        self.refund_slip_button = self._key_button(
            Qt.Key.Key_F6,
            self.tr("Last refund slip ({key})"),
            self.tr("Show the last refund slip made here, to print or save as PDF ({key})"),
            self.show_last_refund_slip,
        )
        self.receipt_button = self._key_button(
            Qt.Key.Key_F9,
            self.tr("Last receipt ({key})"),
            self.tr("Show the last receipt made here, to print or save as PDF ({key})"),
            self.show_last_receipt,
        )
        for button in (self.refund_button, self.refund_slip_button, self.receipt_button):
            foot.addWidget(button)
        layout.addLayout(foot)
        self._show()

    def _key_button(
        self, key: Qt.Key, text: str, tip: str, action: Callable[[], None]
    ) -> QPushButton:
        """A button and its function key (a shortcut of its own, so the key works wherever the
        focus is on the counter), the key named in its text and tooltip."""
        name = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        button = QPushButton(text.format(key=name))
        button.setToolTip(tip.format(key=name))
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(action)
        QShortcut(QKeySequence(key), self, activated=action)
        return button

    # --- what the cashier sees ---------------------------------------------------------------

    @property
    def total(self) -> int:
        return sum(line.points for line in self.cart)

    def say(self, text: str, error: bool = False) -> None:
        """A message under the cart; a refusal also beeps, for a cashier looking at the goods."""
        self.message.say(text, "error" if error else "ok")
        if error:
            QApplication.beep()

    def _show(self) -> None:
        r = self.resident
        if r is None:
            self.name_label.setText(self.tr("Scan a resident card"))
            self.detail_label.setText(self.tr("or type a name, phone number or pinyin"))
            self.balance_label.setText("")
        else:
            self.name_label.setText(r.name)
            parts = [p for p in (r.address, r.phone_tail and f"…{r.phone_tail}") if p]
            if r.pooled:
                parts.append(self.tr("household account"))
            self.detail_label.setText(" · ".join(parts))
            self.balance_label.setText(self.tr("{points} points").format(points=f"{r.balance:,}"))
        self.table.setRowCount(len(self.cart))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, line in enumerate(self.cart):
            values = (
                f"{line.product.name}  ({line.product.code})",
                str(line.product.price),
                str(line.quantity),
                str(line.points),
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col:
                    item.setTextAlignment(right)
                self.table.setItem(row, col, item)
        self.total_label.setText(f"{self.total:,}")
        if r is None:
            self.after_label.setText("")
        else:
            after = r.balance - self.total
            self.after_label.setText(f"{after:,}")
            self.after_label.setStyleSheet("color: #B00020;" if after < 0 else "")

    def _changed(self) -> None:
        self.operation_id = None  # a different cart is a different operation
        self._show()

    # --- input -----------------------------------------------------------------------------

    def take(self) -> None:
        text = self.input.text().strip()
        self.input.clear()
        try:
            self._take(text)
        except GrideskError as exc:
            self.say(error_text(exc), error=True)

    def _take(self, text: str) -> None:
        if not text:
            if self.picks.isVisible() and self.picks.currentItem() is not None:
                self.set_resident(self.picks.currentItem().data(Qt.ItemDataRole.UserRole))
            elif self.cart:
                self.confirm()
            return
        if text.upper().startswith("GD1|"):
            self._scanned(text)
            return
        if match := _SET_QUANTITY.match(text):
            self.set_last_quantity(int(match.group(1)))
            return
        if _RECEIPT_NUMBER.fullmatch(text):  # a receipt number typed from a slip: refund it
            found = shop.find_redemption(self.desk.store, self.desk.actor, text)
            self.refund_requested.emit(found.redemption.id)
            return
        quantity, code = 1, text
        if match := _TIMES_CODE.match(text):
            quantity, code = int(match.group(1)), match.group(2)
        if _CODE_LIKE.match(code):
            try:
                product = shop.find_product(self.desk.store, self.desk.actor, code)
            except UnknownProduct:
                if self.resident is not None and code.isdigit() and len(code) > 11:
                    raise  # a barcode, not a phone number to search by
            else:
                if self.resident is None:
                    self.say(self.tr("Scan the resident's card first."), error=True)
                else:
                    self.add(product, quantity)
                return
        self.search(text)

    def _scanned(self, text: str) -> None:
        if self._secret is None:
            self._secret = self.desk.store.qr_secret()
        try:
            payload = verify_payload(self._secret, text)
        except PayloadError as exc:
            self.say(error_text(exc), error=True)
            return
        try:
            ident = uuid.UUID(payload.ident)
        except ValueError:
            self.say(self.tr("This code's number is damaged."), error=True)
            return
        if payload.kind in ("R", "V"):
            self.set_resident(ident)
        elif payload.kind == "X":
            self.refund_requested.emit(ident)
        else:
            self.say(self.tr("This code is not for the points shop."), error=True)

    def search(self, text: str) -> None:
        rows = find_residents(self.desk, text)
        self.picks.clear()
        if not rows:
            self.picks.hide()
            self.say(self.tr("No resident or product matches “{text}”.").format(text=text), True)
            return
        if len(rows) == 1:
            self.picks.hide()
            self.set_resident(rows[0].id)
            return
        show_residents(self.picks, rows, ("address", "tail"), sep="    ")
        self.picks.show()
        self.say(self.tr("Up/Down to choose, Enter to take."))

    def set_resident(self, resident_id: uuid.UUID) -> None:
        self.picks.hide()
        account = accounts.account_view(self.desk.store, self.desk.actor, resident_id)
        current = self.resident
        moving = current is not None and self.cart and current.resident_id != account.resident_id
        if moving and current is not None and not self._move_cart(current, account):
            self.say(self.tr("The cart stays with {name}.").format(name=current.name), error=True)
            return
        self.resident = account
        if self.cart and self.total > account.balance:
            self.say(
                self.tr("{name} has {points} points: the cart needs {total}.").format(
                    name=account.name, points=account.balance, total=self.total
                ),
                error=True,
            )
        else:
            self.say(self.tr("Now scan the goods."))
        self._changed()

    def _move_cart(self, current: AccountView, new: AccountView) -> bool:
        """Asked when another card is scanned with goods in the cart: No (Enter) keeps it."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Another resident"),
            self.tr(
                "The cart holds %n line(s) for {current}. Move them to {new}?", "", len(self.cart)
            ).format(current=current.name, new=new.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(
            self.tr("Move to {name}").format(name=new.name)
        )
        box.button(QMessageBox.StandardButton.No).setText(
            self.tr("Keep with {name}").format(name=current.name)
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        QApplication.beep()
        return box.exec() == QMessageBox.StandardButton.Yes

    def add(self, product: shop.ProductView, quantity: int = 1) -> None:
        line = next((c for c in self.cart if c.product.id == product.id), None)
        wanted = quantity + (line.quantity if line is not None else 0)
        if not self._covered(product, wanted, extra=product.price * quantity):
            return
        if line is not None:
            line.quantity = wanted
        else:
            self.cart.append(CartLine(product, quantity))
        self.say(self.tr("{name} × {n}").format(name=product.name, n=quantity))
        self._changed()

    def _covered(self, product: shop.ProductView, quantity: int, extra: int) -> bool:
        """Whether ``quantity`` of ``product`` in all is in stock, and ``extra`` more points fit
        the balance; if not, says so (and beeps) and the line is not taken."""
        if product.stock < quantity:
            if product.stock <= 0:
                text = self.tr("{name} is out of stock.").format(name=product.name)
            else:
                text = self.tr("Only {n} of {name} in stock.").format(
                    n=product.stock, name=product.name
                )
            self.say(text, error=True)
            return False
        if self.resident is not None and self.total + extra > self.resident.balance:
            self.say(
                self.tr("Not enough points for {name}: {left} left, it needs {points}.").format(
                    name=product.name, left=self.resident.balance - self.total, points=extra
                ),
                error=True,
            )
            return False
        return True

    def set_last_quantity(self, quantity: int) -> None:
        if not self.cart:
            return
        last = self.cart[-1]
        if quantity == 0:
            self.cart.pop()
        elif quantity > last.quantity and not self._covered(
            last.product, quantity, extra=last.product.price * (quantity - last.quantity)
        ):
            return
        else:
            last.quantity = quantity
        self._changed()

    def remove_last(self) -> None:
        if self.cart:
            self.cart.pop()
            self._changed()

    def escape(self) -> None:
        if self.picks.isVisible():
            self.picks.hide()
        elif self.cart:
            self.cart.clear()
            self.say(self.tr("Cart cleared."))
            self._changed()
        elif self.resident is not None:
            self.resident = None
            self.say("")
            self._changed()

    def ask_refund(self) -> None:
        if self.last is not None:
            self.refund_requested.emit(self.last.id)
        else:
            self.say(self.tr("Scan the receipt to refund."))

    # --- confirming --------------------------------------------------------------------------

    def confirm(self) -> None:
        if self.resident is None:
            self.say(self.tr("Scan the resident's card first."), error=True)
            return
        if self.operation_id is None:
            self.operation_id = new_id()
        lines = [(line.product.code, line.quantity) for line in self.cart]
        done = shop.redeem(
            self.desk.store, self.desk.actor, self.resident.resident_id, lines, self.operation_id
        )
        # committed: whatever happens to the printer, this cart is done, and so is this
        # customer: the next goods scanned wait for the next card
        self.cart.clear()
        self.operation_id = None
        self.last = done
        self.resident = None
        self._show()
        self.last_label.setText(
            self.tr("Last: {number}, {points} points, {name}, {left} points left").format(
                number=done.number,
                points=done.total,
                name=done.resident_name,
                left=f"{done.balance_after:,}",
            )
        )
        printed = self._print(done)
        self.say(
            self.tr("Redeemed {points} points: receipt {number}. ").format(
                points=done.total, number=done.number
            )
            + printed
        )
        self.redeemed.emit(done)

    def _print(self, done: shop.RedemptionView) -> str:
        try:
            secret = self._secret = self._secret or self.desk.store.qr_secret()
            document = papers.redemption_receipt(self.desk.store, self.desk.actor, done, secret)
            result = print_slip(self, self.desk, document)
        except GrideskError as exc:
            return error_text(exc)
        self.last_receipt = result.job
        return outcome_text(result, preview_key=Qt.Key.Key_F9)

    def show_last_receipt(self) -> None:
        """The last receipt's pages, to print on another printer or save as a PDF."""
        if self.last_receipt is None:
            self.say(self.tr("No receipt made here yet."), error=True)
            return
        preview_job(self, self.desk, self.last_receipt)
        self.input.setFocus()

    def show_last_refund_slip(self) -> None:
        """The last refund slip's pages, as F9 shows the last receipt."""
        if self.last_refund_slip is None:
            self.say(self.tr("No refund slip made here yet."), error=True)
            return
        preview_job(self, self.desk, self.last_refund_slip)
        self.input.setFocus()
