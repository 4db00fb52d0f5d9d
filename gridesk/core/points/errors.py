"""What can go wrong at the points-shop counter, in words the cashier can act on.

Kept here (not in gridesk/errors.py) so these messages land in the points translation
files; the UI looks them up in the ``errors`` context like every other error.
"""

from __future__ import annotations

from gridesk.errors import QT_TRANSLATE_NOOP, Conflict, NotFound


class NotEnoughPoints(Conflict):
    def __init__(self, balance: int, needed: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Not enough points: the balance is {balance}, this needs {needed}. "
                "Nothing was charged.",
            ),
            balance=balance,
            needed=needed,
        )


class OutOfStock(Conflict):
    def __init__(self, name: str, stock: int, wanted: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Not enough stock of {name}: {stock} left, {wanted} wanted. Nothing was charged.",
            ),
            name=name,
            stock=stock,
            wanted=wanted,
        )


class UnknownProduct(NotFound):
    def __init__(self, code: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "No product has the code {code}."), code=code)


class InactiveProduct(Conflict):
    def __init__(self, name: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "{name} is not on sale any more."), name=name)


class NothingToRefund(Conflict):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "These goods have already been refunded; nothing was changed."
            )
        )


class AlreadyAwarded(Conflict):
    def __init__(self, source: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "Points for {source} have already been awarded."),
            source=source,
        )


class OwnApproval(Conflict):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "An award needs a second person's approval: you made this one."
            )
        )


class AlreadyDecided(Conflict):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "This award has already been approved or rejected.")
        )


EMPTY_CART = QT_TRANSLATE_NOOP("errors", "The cart is empty: scan or type a product code.")
BAD_QUANTITY = QT_TRANSLATE_NOOP("errors", "A quantity is a whole number from 1 to 999.")
NO_RESIDENTS = QT_TRANSLATE_NOOP("errors", "Choose at least one resident.")
UNKNOWN_RESIDENT = QT_TRANSLATE_NOOP("errors", "This resident is not registered here.")
ARCHIVED_RESIDENT = QT_TRANSLATE_NOOP(
    "errors", "{name} is archived: restore the record before using points."
)
UNKNOWN_RULE = QT_TRANSLATE_NOOP("errors", "This earning rule does not exist or is archived.")
UNKNOWN_REDEMPTION = QT_TRANSLATE_NOOP("errors", "No redemption with this receipt was found.")
UNKNOWN_AWARD = QT_TRANSLATE_NOOP("errors", "This award does not exist.")
BAD_NAME = QT_TRANSLATE_NOOP("errors", "Enter a name (at most {limit} characters).")
BAD_CODE = QT_TRANSLATE_NOOP(
    "errors", "A product code is 1 to 40 letters, digits, '-' or '_' (a barcode fits)."
)
DUPLICATE_CODE = QT_TRANSLATE_NOOP("errors", "Another product already has the code {code}.")
DUPLICATE_RULE = QT_TRANSLATE_NOOP("errors", "An earning rule named {name} already exists.")
BAD_POINTS = QT_TRANSLATE_NOOP("errors", "Points are a whole number from 1 to {limit}.")
BAD_STOCK = QT_TRANSLATE_NOOP("errors", "A stock figure is a whole number from 0 to {limit}.")
POOLING_LOCKED = QT_TRANSLATE_NOOP(
    "errors",
    "Household pooling can only be changed before the first points are awarded.",
)
