"""Treasure box (百宝箱): the records (tables on gridesk.core.models.Base).

Items and rooms each carry a ``version`` that every loan or booking unit of work bumps first
(``UPDATE ... SET version = version + 1``): that write takes the resource's row lock, so two
desks acting on one item or room at the same instant run one after the other, on SQLite (the
write transaction is already exclusive) and on PostgreSQL alike. The partial unique index on
open loans is a second guard the database itself keeps.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from gridesk.core.models import Base, Tracked

# item status
AVAILABLE = "available"
ON_LOAN = "on_loan"
HELD = "held"
IN_REPAIR = "in_repair"
RETIRED = "retired"
ITEM_STATUSES = (AVAILABLE, ON_LOAN, HELD, IN_REPAIR, RETIRED)

# hold status
WAITING = "waiting"
FULFILLED = "fulfilled"
CANCELLED = "cancelled"

# booking status
PENDING = "pending"  # waits for approval
CONFIRMED = "confirmed"
CHECKED_IN = "checked_in"
NO_SHOW = "no_show"
REJECTED = "rejected"
# CANCELLED as above
ACTIVE_BOOKING = (PENDING, CONFIRMED, CHECKED_IN)
BOOKING_STATUSES = (PENDING, CONFIRMED, CHECKED_IN, NO_SHOW, CANCELLED, REJECTED)

# who a room is booked for
FOR_RESIDENT = "resident"
FOR_TEAM = "team"
FOR_PARTNER = "partner"
HOLDER_KINDS = (FOR_RESIDENT, FOR_TEAM, FOR_PARTNER)


class Item(Tracked, Base):
    """物品: one thing on the shelf, with its label, its donor and its lending rules."""

    __tablename__ = "treasure_items"
    __table_args__ = (Index("ix_treasure_items_status", "status", "name"),)
    name: Mapped[str] = mapped_column(String(60))
    category: Mapped[str] = mapped_column(String(30), default="")
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    donor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("residents.id"), index=True)
    donated_on: Mapped[date | None] = mapped_column(Date)
    condition: Mapped[str] = mapped_column(String(100), default="")
    location: Mapped[str] = mapped_column(String(60), default="")
    max_loan_days: Mapped[int] = mapped_column(Integer, default=7)
    deposit: Mapped[int] = mapped_column(Integer, default=0)
    """Yuan taken at lending and given back at return (0: none)."""
    borrowers: Mapped[str] = mapped_column(String(100), default="")
    """Who may borrow it, as the desk reads it out (e.g. 仅限本社区居民)."""
    status: Mapped[str] = mapped_column(String(12), default=AVAILABLE)
    notes: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=0)


class ItemEvent(Tracked, Base):
    """An item taken out of circulation or back (repair, missing parts, retired). Never changed."""

    __tablename__ = "treasure_item_events"
    __table_args__ = (Index("ix_treasure_item_events_item", "item_id", "created_at"),)
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("treasure_items.id"))
    from_status: Mapped[str] = mapped_column(String(12))
    to_status: Mapped[str] = mapped_column(String(12))
    note: Mapped[str] = mapped_column(Text, default="")


class Loan(Tracked, Base):
    """借用: an item lent to a resident until a due date; returned_at closes it."""

    __tablename__ = "treasure_loans"
    __table_args__ = (
        # the database's own guard: at most one open loan per item
        Index(
            "ix_treasure_loans_open_item",
            "item_id",
            unique=True,
            sqlite_where=text("returned_at IS NULL"),
            postgresql_where=text("returned_at IS NULL"),
        ),
        Index("ix_treasure_loans_resident", "resident_id", "returned_at"),
        Index("ix_treasure_loans_due", "returned_at", "due_on"),
        Index("ix_treasure_loans_history", "item_id", "lent_at"),
    )
    number: Mapped[str] = mapped_column(String(30), unique=True)
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("treasure_items.id"))
    resident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("residents.id"))
    lent_at: Mapped[datetime]
    due_on: Mapped[date] = mapped_column(Date)
    deposit: Mapped[int] = mapped_column(Integer, default=0)
    override_reason: Mapped[str] = mapped_column(Text, default="")
    returned_at: Mapped[datetime | None]
    return_condition: Mapped[str] = mapped_column(String(100), default="")
    missing_parts: Mapped[str] = mapped_column(String(200), default="")
    damaged: Mapped[bool] = mapped_column(Boolean, default=False)
    return_note: Mapped[str] = mapped_column(Text, default="")


class Hold(Tracked, Base):
    """排队: a resident waiting for an item that is out; served in the order placed."""

    __tablename__ = "treasure_holds"
    __table_args__ = (
        Index("ix_treasure_holds_queue", "item_id", "status", "placed_at"),
        Index(
            "ix_treasure_holds_one_waiting",
            "item_id",
            "resident_id",
            unique=True,
            sqlite_where=text("status = 'waiting'"),
            postgresql_where=text("status = 'waiting'"),
        ),
    )
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("treasure_items.id"))
    resident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("residents.id"))
    placed_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(12), default=WAITING)
    ended_at: Mapped[datetime | None]


class Room(Tracked, Base):
    """功能室: a bookable room with its opening hours and booking rules (minutes)."""

    __tablename__ = "treasure_rooms"
    name: Mapped[str] = mapped_column(String(40), unique=True)
    capacity: Mapped[int] = mapped_column(Integer, default=10)
    opens_at: Mapped[int] = mapped_column(Integer, default=8 * 60)
    """Minutes after local midnight."""
    closes_at: Mapped[int] = mapped_column(Integer, default=21 * 60)
    slot_minutes: Mapped[int] = mapped_column(Integer, default=30)
    min_minutes: Mapped[int] = mapped_column(Integer, default=30)
    max_minutes: Mapped[int] = mapped_column(Integer, default=240)
    buffer_minutes: Mapped[int] = mapped_column(Integer, default=0)
    needs_approval: Mapped[bool] = mapped_column(Boolean, default=False)
    no_show_minutes: Mapped[int] = mapped_column(Integer, default=15)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=0)


class Booking(Tracked, Base):
    """预约: a room for a time, for a resident, a team or a partner unit."""

    __tablename__ = "treasure_bookings"
    __table_args__ = (
        Index("ix_treasure_bookings_room_time", "room_id", "starts_at"),
        Index("ix_treasure_bookings_time", "starts_at"),
        Index("ix_treasure_bookings_series", "series_id"),
        # the no-show sweep reads only bookings still waiting for someone to arrive
        Index("ix_treasure_bookings_status", "status", "room_id", "starts_at"),
    )
    number: Mapped[str] = mapped_column(String(30), unique=True)
    room_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("treasure_rooms.id"))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    holder_kind: Mapped[str] = mapped_column(String(10), default=FOR_RESIDENT)
    resident_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("residents.id"))
    holder_name: Mapped[str] = mapped_column(String(60))
    """The resident's name, or the team's or partner unit's."""
    phone: Mapped[str] = mapped_column(String(30), default="")
    purpose: Mapped[str] = mapped_column(String(100), default="")
    attendees: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(12), default=CONFIRMED)
    series_id: Mapped[uuid.UUID | None]
    """Bookings made together by a weekly repeat share it."""
    checked_in_at: Mapped[datetime | None]
    note: Mapped[str] = mapped_column(Text, default="")
