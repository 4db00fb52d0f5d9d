"""The one place that keeps two desks from lending one item or booking one room twice.

Every loan or booking unit of work calls :func:`claim_item` / :func:`claim_room` before it
looks at anything: the ``UPDATE ... SET version = version + 1`` writes the resource's own row,
which on PostgreSQL takes that row's lock until commit (a second desk waits there, then sees
the first desk's loan or booking), and on SQLite happens inside the write transaction that
``store.write`` already opened with ``BEGIN IMMEDIATE`` (one writer at a time). Only then are
overlaps checked and the new row inserted.
"""

from __future__ import annotations

import sqlite3
import uuid
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from gridesk.core.dialect import stored_moment
from gridesk.core.treasure.models import ACTIVE_BOOKING, Booking, Item, Room
from gridesk.errors import QT_TRANSLATE_NOOP, NotFound

# a booking lies within one day's opening hours, so no active booking starts more than a day
# before one it overlaps: the overlap query stays a short range on (room_id, starts_at)
LONGEST_BOOKING = timedelta(days=1)


def claim_item(s: Session, item_id: uuid.UUID) -> Item:
    """Lock the item's row for this unit of work and return it, fresh."""
    # one statement: the row lock, and the row as it now stands (RETURNING)
    item = s.execute(
        update(Item)
        .where(Item.id == item_id)
        .values(version=Item.version + 1)
        .returning(Item)
        .execution_options(populate_existing=True)
    ).scalar_one_or_none()
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This item is not in the treasure box."))
    return item


def claim_room(s: Session, room_id: uuid.UUID) -> Room:
    """Lock the room's row for this unit of work and return it, fresh."""
    room = s.execute(
        update(Room)
        .where(Room.id == room_id)
        .values(version=Room.version + 1)
        .returning(Room)
        .execution_options(populate_existing=True)
    ).scalar_one_or_none()
    if room is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This room does not exist."))
    return room


def overlapping(
    s: Session,
    room_id: uuid.UUID,
    starts_at: datetime,
    ends_at: datetime,
    buffer: timedelta,
    ignore: uuid.UUID | None = None,
) -> list[Booking]:
    """Active bookings of the room that overlap [starts_at, ends_at) widened by the buffer."""
    stmt = select(Booking).where(
        Booking.room_id == room_id,
        Booking.starts_at >= starts_at - buffer - LONGEST_BOOKING,
        Booking.starts_at < ends_at + buffer,
        Booking.ends_at > starts_at - buffer,
        Booking.status.in_(ACTIVE_BOOKING),
    )
    if ignore is not None:
        stmt = stmt.where(Booking.id != ignore)
    return list(s.execute(stmt.order_by(Booking.starts_at)).scalars())


# The same question as ``overlapping`` in plain SQL, for the availability check on the hot
# path (a desk looks at many times before booking one): a read, never the guard itself.
_BUSY_SQL = (
    "SELECT 1 FROM treasure_bookings WHERE room_id = ? AND starts_at >= ? AND starts_at < ? "
    "AND ends_at > ? AND status IN ('pending', 'confirmed', 'checked_in') LIMIT 1"
)
_BUFFER_SQL = "SELECT buffer_minutes FROM treasure_rooms WHERE id = ?"


def is_busy_fast(
    conn: sqlite3.Connection, room_id: uuid.UUID, starts_at: datetime, ends_at: datetime
) -> bool | None:
    """Whether an active booking (with the room's buffer) overlaps, read on the store's plain
    reader (``store.reader()``); None when the room does not exist."""
    row = conn.execute(_BUFFER_SQL, (room_id.hex,)).fetchone()
    if row is None:
        return None
    buffer = timedelta(minutes=row[0])
    busy = conn.execute(
        _BUSY_SQL,
        (
            room_id.hex,
            stored_moment(starts_at - buffer - LONGEST_BOOKING),
            stored_moment(ends_at + buffer),
            stored_moment(starts_at - buffer),
        ),
    ).fetchone()
    return busy is not None
