"""Volunteers (志愿者): the invariants `gridesk check` verifies (registered with check.register)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from gridesk.core.check import register
from gridesk.core.volunteers import rules
from gridesk.core.volunteers.models import (
    Activity,
    ActivityBooking,
    HoursRecord,
    Shift,
    ShiftAssignment,
    SignUp,
)


@register("volunteers")
def _volunteers(s: Session) -> Iterator[str]:
    # no one on two overlapping shifts
    by_person: dict[object, list[rules.Interval]] = defaultdict(list)
    for rid, a, b in s.execute(
        select(ShiftAssignment.resident_id, ShiftAssignment.starts_at, ShiftAssignment.ends_at)
        .where(ShiftAssignment.active.is_(True))
        .order_by(ShiftAssignment.resident_id, ShiftAssignment.starts_at)
    ):
        mine = by_person[rid]
        if mine and rules.overlaps(mine[-1], (a, b)):
            yield f"resident {rid} is on two overlapping shifts at {a:%Y-%m-%d %H:%M} UTC"
        mine.append((a, b))
    # a shift is never over-filled
    for shift_id, needed, filled in s.execute(
        select(Shift.id, Shift.needed, func.count(ShiftAssignment.id))
        .join(ShiftAssignment, ShiftAssignment.shift_id == Shift.id)
        .where(ShiftAssignment.active.is_(True))
        .group_by(Shift.id, Shift.needed)
        .having(func.count(ShiftAssignment.id) > Shift.needed)
    ):
        yield f"shift {shift_id} has {filled} people for {needed} places"
    # activities: no more signed than places; no one waits while a place is free
    signed = func.sum(case((SignUp.status == "signed", 1), else_=0))
    waiting = func.sum(case((SignUp.status == "waitlisted", 1), else_=0))
    for aid, capacity, n_signed, n_waiting in s.execute(
        select(Activity.id, Activity.capacity, signed, waiting)
        .join(SignUp, SignUp.activity_id == Activity.id)
        .group_by(Activity.id, Activity.capacity)
    ):
        if n_signed > capacity:
            yield f"activity {aid} has {n_signed} sign-ups for {capacity} places"
        elif n_waiting and n_signed < capacity:
            yield f"activity {aid} has free places while {n_waiting} wait"
    # hours: counted records are whole; open ones are not counted
    for (rid,) in s.execute(
        select(HoursRecord.id).where(
            HoursRecord.status.in_(("approved", "corrected")),
            or_(
                HoursRecord.minutes.is_(None),
                HoursRecord.approved_at.is_(None),
                HoursRecord.approved_by.is_(None),
            ),
        )
    ):
        yield f"approved hours record {rid} lacks minutes or who approved it"
    for (rid,) in s.execute(
        select(HoursRecord.id).where(
            HoursRecord.status == "corrected", HoursRecord.correction_reason == ""
        )
    ):
        yield f"corrected hours record {rid} has no reason"
    for (rid,) in s.execute(
        select(HoursRecord.id).where(
            HoursRecord.status.in_(("open", "flagged")), HoursRecord.minutes.is_not(None)
        )
    ):
        yield f"hours record {rid} counts minutes without a check-out"


@register("volunteer activities")
def _activity_rooms(s: Session) -> Iterator[str]:
    """An activity that holds a room booking holds it for its own room and time."""
    from gridesk.core.treasure.models import ACTIVE_BOOKING, Booking

    rows = s.execute(
        select(Activity.title, Activity.room_id, Activity.starts_at, Activity.ends_at, Booking)
        .join(ActivityBooking, ActivityBooking.activity_id == Activity.id)
        .join(Booking, Booking.id == ActivityBooking.booking_id)
        .where(Activity.cancelled.is_(False), Booking.status.in_(ACTIVE_BOOKING))
    )
    for title, room_id, starts_at, ends_at, booking in rows:
        if (booking.room_id, booking.starts_at, booking.ends_at) != (room_id, starts_at, ends_at):
            yield f"activity {title}: its room booking {booking.number} is for another room or time"
