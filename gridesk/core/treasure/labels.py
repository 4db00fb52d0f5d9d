"""The treasure box's words for the statuses of its items and room bookings: English for the
screens (context ``treasure``), Chinese for paper (see ``gridesk/core/labels.py``)."""

from __future__ import annotations

from functools import partial

from gridesk.core.labels import Label
from gridesk.core.treasure.models import (
    AVAILABLE,
    CANCELLED,
    CHECKED_IN,
    CONFIRMED,
    HELD,
    IN_REPAIR,
    ITEM_STATUSES,
    NO_SHOW,
    ON_LOAN,
    PENDING,
    REJECTED,
    RETIRED,
)
from gridesk.errors import QT_TRANSLATE_NOOP

CONTEXT = "treasure"
_label = partial(Label, CONTEXT)


ITEM_STATUS = {
    AVAILABLE: _label(QT_TRANSLATE_NOOP("treasure", "On the shelf")),
    ON_LOAN: _label(QT_TRANSLATE_NOOP("treasure", "On loan")),
    HELD: _label(QT_TRANSLATE_NOOP("treasure", "Held for the queue")),
    IN_REPAIR: _label(QT_TRANSLATE_NOOP("treasure", "In repair")),
    RETIRED: _label(QT_TRANSLATE_NOOP("treasure", "Retired")),
}
assert set(ITEM_STATUS) == set(ITEM_STATUSES)

# zh: as the booking slip the holder keeps says it (a booking without one prints as booked)
BOOKING_STATUS = {
    PENDING: _label(QT_TRANSLATE_NOOP("treasure", "Awaiting approval"), "待审批（批准后生效）"),
    CONFIRMED: _label(QT_TRANSLATE_NOOP("treasure", "Booked"), "已预约"),
    CHECKED_IN: _label(QT_TRANSLATE_NOOP("treasure", "Checked in"), "已签到"),
    NO_SHOW: _label(QT_TRANSLATE_NOOP("treasure", "No-show"), "爽约"),
    CANCELLED: _label(QT_TRANSLATE_NOOP("treasure", "Cancelled")),
    REJECTED: _label(QT_TRANSLATE_NOOP("treasure", "Rejected")),
}
BOOKED_ZH = "已预约"

DOOR_STATUS_ZH = {PENDING: "待审批", CHECKED_IN: "使用中", NO_SHOW: "已释放"}
"""The day's schedule at the door says what the room is doing (any other booking: 已预约)."""

LOAN_STATE = {
    "out": _label(QT_TRANSLATE_NOOP("treasure", "On loan")),
    "returned": _label(QT_TRANSLATE_NOOP("treasure", "Returned")),
    "waiting": _label(QT_TRANSLATE_NOOP("treasure", "In the queue")),
}
"""Where a resident's loan or hold stands, as 居民档案 lists them."""
