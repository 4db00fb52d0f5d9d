"""Rooms and bookings: opening hours, slots, lengths, buffers, approval, weekly repeats, no-shows.

Times of day are minutes after local midnight (the desk's clock); stored moments are UTC.
A booking request names a local day and its start and end minutes; a weekly repeat makes one
booking per week until a date, all or none: on any conflict nothing is booked and every
conflicting date is named, with free starts nearby for the first.

:func:`book_room` is the plain service other windows (volunteer activities) call.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from gridesk.clock import local_day, utcnow
from gridesk.core.actor import Actor, Permission
from gridesk.core.models import Resident, new_id
from gridesk.core.numbers import next_number
from gridesk.core.store import Store
from gridesk.core.treasure.guard import claim_room, is_busy_fast, overlapping
from gridesk.core.treasure.models import (
    ACTIVE_BOOKING,
    CANCELLED,
    CHECKED_IN,
    CONFIRMED,
    FOR_RESIDENT,
    HOLDER_KINDS,
    NO_SHOW,
    PENDING,
    REJECTED,
    Booking,
    Room,
)
from gridesk.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError

MAX_REPEAT_WEEKS = 53
CHECK_IN_EARLY = timedelta(minutes=30)


def at_local(day: date, minute: int) -> datetime:
    """The aware moment of ``minute`` after local midnight on ``day``."""
    return datetime.combine(day, time(minute // 60, minute % 60)).astimezone()


def minute_of(moment: datetime) -> int:
    local = moment.astimezone()
    return local.hour * 60 + local.minute


def hhmm(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


# --- errors ----------------------------------------------------------------------------------


class BookingConflict(Conflict):
    """The room is taken on one or more of the asked dates; nothing was booked."""

    def __init__(
        self,
        message: str,
        dates: tuple[date, ...],
        suggestions: tuple[tuple[int, int], ...],
        **params: object,
    ) -> None:
        self.dates = dates
        self.suggestions = suggestions
        """Free (start, end) minutes of the same length near the asked time, first date."""
        super().__init__(message, **params)


# --- what services take and hand back ---------------------------------------------------------


@dataclass(frozen=True)
class RoomInput:
    name: str
    capacity: int = 10
    opens_at: int = 8 * 60
    closes_at: int = 21 * 60
    slot_minutes: int = 30
    min_minutes: int = 30
    max_minutes: int = 240
    buffer_minutes: int = 0
    needs_approval: bool = False
    no_show_minutes: int = 15
    sort_order: int = 0


@dataclass(frozen=True)
class RoomView(RoomInput):
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    archived: bool = False


@dataclass(frozen=True)
class BookingRequest:
    room_id: uuid.UUID
    day: date
    start: int
    """Minutes after local midnight."""
    end: int
    holder_kind: str = FOR_RESIDENT
    resident_id: uuid.UUID | None = None
    holder_name: str = ""
    """A team's or partner unit's name (for a resident, their registry name is used)."""
    phone: str = ""
    purpose: str = ""
    attendees: int = 0
    repeat_until: date | None = None
    """Book the same time every week until this date (inclusive)."""
    note: str = ""


@dataclass(frozen=True)
class BookingView:
    id: uuid.UUID
    number: str
    room_id: uuid.UUID
    room_name: str
    starts_at: datetime
    ends_at: datetime
    holder_kind: str
    resident_id: uuid.UUID | None
    holder_name: str
    phone: str
    purpose: str
    attendees: int
    status: str
    series_id: uuid.UUID | None
    checked_in_at: datetime | None

    @property
    def day(self) -> date:
        return local_day(self.starts_at)

    @property
    def start(self) -> int:
        return minute_of(self.starts_at)

    @property
    def end(self) -> int:
        return minute_of(self.ends_at)

    @property
    def active(self) -> bool:
        return self.status in ACTIVE_BOOKING


# --- rooms ------------------------------------------------------------------------------------


def _room_view(room: Room) -> RoomView:
    return RoomView(
        id=room.id,
        name=room.name,
        capacity=room.capacity,
        opens_at=room.opens_at,
        closes_at=room.closes_at,
        slot_minutes=room.slot_minutes,
        min_minutes=room.min_minutes,
        max_minutes=room.max_minutes,
        buffer_minutes=room.buffer_minutes,
        needs_approval=room.needs_approval,
        no_show_minutes=room.no_show_minutes,
        sort_order=room.sort_order,
        archived=room.archived,
    )


def validate_room(data: RoomInput) -> RoomInput:
    name = " ".join(data.name.split())
    if not name or len(name) > 40:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the room's name (at most 40 characters)."),
            field="name",
        )
    if not 0 <= data.opens_at < data.closes_at <= 24 * 60:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The room must open before it closes."), field="opens_at"
        )
    if data.slot_minutes not in (15, 30, 60):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A slot is 15, 30 or 60 minutes."), field="slot_minutes"
        )
    slot = data.slot_minutes
    if (
        data.min_minutes < slot
        or data.max_minutes < data.min_minutes
        or data.min_minutes % slot
        or data.max_minutes % slot
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The shortest and longest booking must be whole slots, shortest first.",
            ),
            field="min_minutes",
        )
    if not 0 <= data.buffer_minutes <= 240 or not 0 < data.no_show_minutes <= 240:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The buffer and the no-show time are at most 240 minutes."),
            field="buffer_minutes",
        )
    if not 1 <= data.capacity <= 10_000:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The capacity must be at least 1."), field="capacity"
        )
    return RoomInput(**{**data.__dict__, "name": name})


def save_room(store: Store, actor: Actor, room_id: uuid.UUID | None, data: RoomInput) -> RoomView:
    actor.require(Permission.TREASURE_MANAGE)
    data = validate_room(data)
    with store.write(actor) as s:
        if room_id is None:
            room = Room(version=0, archived=False)
            s.add(room)
        else:
            room = claim_room(s, room_id)
        for key, value in data.__dict__.items():
            setattr(room, key, value)
        s.flush()
        return _room_view(room)


def list_rooms(store: Store, actor: Actor, include_archived: bool = False) -> list[RoomView]:
    with store.read() as s:
        stmt = select(Room).order_by(Room.sort_order, Room.name)
        if not include_archived:
            stmt = stmt.where(Room.archived.is_(False))
        return [_room_view(r) for r in s.execute(stmt).scalars()]


# --- bookings ---------------------------------------------------------------------------------


def _booking_view(b: Booking, room_name: str) -> BookingView:
    return BookingView(
        id=b.id,
        number=b.number,
        room_id=b.room_id,
        room_name=room_name,
        starts_at=b.starts_at,
        ends_at=b.ends_at,
        holder_kind=b.holder_kind,
        resident_id=b.resident_id,
        holder_name=b.holder_name,
        phone=b.phone,
        purpose=b.purpose,
        attendees=b.attendees,
        status=b.status,
        series_id=b.series_id,
        checked_in_at=b.checked_in_at,
    )


def _check_times(room: Room, start: int, end: int) -> None:
    if start < room.opens_at or end > room.closes_at or end <= start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{room} is open from {opens} to {closes}."),
            field="start",
            room=room.name,
            opens=hhmm(room.opens_at),
            closes=hhmm(room.closes_at),
        )
    if (start - room.opens_at) % room.slot_minutes or (end - start) % room.slot_minutes:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{room} is booked in slots of {slot} minutes."),
            field="start",
            room=room.name,
            slot=room.slot_minutes,
        )
    if not room.min_minutes <= end - start <= room.max_minutes:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A booking of {room} lasts from {shortest} to {longest} minutes."
            ),
            field="end",
            room=room.name,
            shortest=room.min_minutes,
            longest=room.max_minutes,
        )


def _sweep_no_shows(s: Session, now: datetime, room: Room | None = None) -> int:
    """Mark bookings not checked in within their room's no-show time; frees their slots."""
    rooms = [room] if room is not None else list(s.execute(select(Room)).scalars())
    marked = 0
    for r in rooms:
        late = now - timedelta(minutes=r.no_show_minutes)
        result = s.execute(
            update(Booking)
            .where(
                Booking.room_id == r.id,
                Booking.status.in_((PENDING, CONFIRMED)),
                Booking.starts_at <= late,
            )
            .values(status=NO_SHOW, updated_at=now)
            .execution_options(synchronize_session=False)
        )
        marked += result.rowcount  # type: ignore[attr-defined]
    return marked


def _free_starts(
    s: Session, room: Room, day: date, length: int, now: datetime, ignore_before: bool = True
) -> list[int]:
    """Every start minute on ``day`` where ``length`` minutes fit the room's rules."""
    buffer = timedelta(minutes=room.buffer_minutes)
    day_start, day_end = at_local(day, room.opens_at), at_local(day, room.closes_at)
    taken = [
        (minute_of(b.starts_at), minute_of(b.ends_at))
        for b in overlapping(s, room.id, day_start, day_end, buffer)
    ]
    free = []
    for start in range(room.opens_at, room.closes_at - length + 1, room.slot_minutes):
        end = start + length
        if ignore_before and at_local(day, end) <= now:
            continue
        if all(
            not (start < e + room.buffer_minutes and b < end + room.buffer_minutes)
            for b, e in taken
        ):
            free.append(start)
    return free


def _nearby(
    free: list[int], start: int, length: int, count: int = 4
) -> tuple[tuple[int, int], ...]:
    best = sorted(free, key=lambda m: (abs(m - start), m))[:count]
    return tuple((m, m + length) for m in sorted(best))


def _dates(request: BookingRequest) -> list[date]:
    if request.repeat_until is None:
        return [request.day]
    if request.repeat_until < request.day:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Repeat until a date after the first booking."),
            field="repeat_until",
        )
    days = []
    day = request.day
    while day <= request.repeat_until:
        days.append(day)
        day += timedelta(days=7)
    if len(days) > MAX_REPEAT_WEEKS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A weekly repeat can run for at most a year."),
            field="repeat_until",
        )
    return days


def _holder(s: Session, request: BookingRequest) -> tuple[str, str]:
    if request.holder_kind not in HOLDER_KINDS:
        raise ValueError(f"unknown holder kind {request.holder_kind!r}")
    if request.holder_kind == FOR_RESIDENT:
        if request.resident_id is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose the resident the room is booked for."),
                field="resident",
            )
        resident = s.get(Resident, request.resident_id)
        if resident is None or resident.archived:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This resident is not in the registry."))
        return resident.name, request.phone.strip() or resident.phone
    name = " ".join(request.holder_name.split())
    if not name or len(name) > 60:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Enter the team's or partner unit's name (at most 60 characters)."
            ),
            field="holder_name",
        )
    return name, request.phone.strip()[:30]


def book_room(
    store: Store,
    actor: Actor,
    request: BookingRequest,
    *,
    now: datetime | None = None,
) -> list[BookingView]:
    """Book a room (once, or weekly until a date: all or none). Raises BookingConflict naming
    every date the room is taken, with free times nearby; ValidationError for broken rules."""
    actor.require(Permission.ROOMS_BOOK)
    now = now or utcnow()
    days = _dates(request)
    length = request.end - request.start
    with store.write(actor) as s:
        room = claim_room(s, request.room_id)  # first: the row lock that serialises two desks
        if room.archived:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This room does not exist."))
        _check_times(room, request.start, request.end)
        if request.attendees > room.capacity:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{room} holds at most {capacity} people."),
                field="attendees",
                room=room.name,
                capacity=room.capacity,
            )
        if at_local(request.day, request.end) <= now:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This time has already passed."), field="start"
            )
        name, phone = _holder(s, request)
        _sweep_no_shows(s, now, room)
        buffer = timedelta(minutes=room.buffer_minutes)
        conflicts = [
            day
            for day in days
            if overlapping(
                s, room.id, at_local(day, request.start), at_local(day, request.end), buffer
            )
        ]
        if conflicts:
            first = conflicts[0]
            raise BookingConflict(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{room} is already booked at this time on {dates_text}. Nothing was booked.",
                ),
                dates=tuple(conflicts),
                suggestions=_nearby(
                    _free_starts(s, room, first, length, now), request.start, length
                ),
                room=room.name,
                dates_text="、".join(d.isoformat() for d in conflicts),
            )
        series = new_id() if len(days) > 1 else None
        status = PENDING if room.needs_approval else CONFIRMED
        today = local_day(now)
        made = []
        for day in days:
            booking = Booking(
                number=next_number(s, "booking", today),
                room_id=room.id,
                starts_at=at_local(day, request.start),
                ends_at=at_local(day, request.end),
                holder_kind=request.holder_kind,
                resident_id=request.resident_id if request.holder_kind == FOR_RESIDENT else None,
                holder_name=name,
                phone=phone,
                purpose=request.purpose.strip()[:100],
                attendees=max(0, request.attendees),
                status=status,
                series_id=series,
                note=request.note.strip(),
            )
            s.add(booking)
            made.append(booking)
        s.flush()
        return [_booking_view(b, room.name) for b in made]


def free_starts(
    store: Store,
    actor: Actor,
    room_id: uuid.UUID,
    day: date,
    length: int,
    now: datetime | None = None,
) -> list[int]:
    """Start minutes on ``day`` where a booking of ``length`` minutes would be accepted."""
    actor.require(Permission.ROOMS_BOOK)
    now = now or utcnow()
    with store.read() as s:
        room = s.get(Room, room_id)
        if room is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This room does not exist."))
        return _free_starts(s, room, day, length, now)


def is_free(
    store: Store, actor: Actor, room_id: uuid.UUID, day: date, start: int, end: int
) -> bool:
    """Whether the room has no active booking (with its buffer) over these minutes."""
    actor.require(Permission.ROOMS_BOOK)
    starts_at, ends_at = at_local(day, start), at_local(day, end)
    reader = store.reader()
    if reader is not None:
        busy = is_busy_fast(reader, room_id, starts_at, ends_at)
        if busy is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This room does not exist."))
        return not busy
    with store.read() as s:
        room = s.get(Room, room_id)
        if room is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This room does not exist."))
        buffer = timedelta(minutes=room.buffer_minutes)
        return not overlapping(s, room_id, starts_at, ends_at, buffer)


def _change(
    store: Store,
    actor: Actor,
    booking_id: uuid.UUID,
    allowed_from: tuple[str, ...],
    to_status: str,
    now: datetime,
) -> BookingView:
    with store.write(actor) as s:
        room_id = s.execute(
            select(Booking.room_id).where(Booking.id == booking_id)
        ).scalar_one_or_none()
        if room_id is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This booking is not on record."))
        room = claim_room(s, room_id)
        _sweep_no_shows(s, now, room)
        booking = s.get(Booking, booking_id, populate_existing=True)
        assert booking is not None
        if booking.status not in allowed_from:
            if booking.status == NO_SHOW:
                raise Conflict(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Nobody checked in within {minutes} minutes of the start: the booking "
                        "was marked no-show and the room freed. Book again if it is still free.",
                    ),
                    minutes=room.no_show_minutes,
                )
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This booking can no longer be changed this way (it was checked in, "
                    "cancelled or decided already).",
                )
            )
        booking.status = to_status
        if to_status == CHECKED_IN:
            booking.checked_in_at = now
        s.flush()
        return _booking_view(booking, room.name)


def check_in(
    store: Store, actor: Actor, booking_id: uuid.UUID, now: datetime | None = None
) -> BookingView:
    """The booker has arrived (from half an hour before the start)."""
    actor.require(Permission.ROOMS_BOOK)
    now = now or utcnow()
    view = get_booking(store, actor, booking_id)
    if view.status == CONFIRMED and now < view.starts_at - CHECK_IN_EARLY:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Check-in opens half an hour before the start."))
    if view.status == PENDING:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "This booking still waits for approval."))
    return _change(store, actor, booking_id, (CONFIRMED,), CHECKED_IN, now)


def approve(
    store: Store, actor: Actor, booking_id: uuid.UUID, now: datetime | None = None
) -> BookingView:
    actor.require(Permission.TREASURE_MANAGE)
    return _change(store, actor, booking_id, (PENDING,), CONFIRMED, now or utcnow())


def reject(
    store: Store, actor: Actor, booking_id: uuid.UUID, now: datetime | None = None
) -> BookingView:
    actor.require(Permission.TREASURE_MANAGE)
    return _change(store, actor, booking_id, (PENDING,), REJECTED, now or utcnow())


def cancel_booking(
    store: Store, actor: Actor, booking_id: uuid.UUID, now: datetime | None = None
) -> BookingView:
    actor.require(Permission.ROOMS_BOOK)
    return _change(store, actor, booking_id, (PENDING, CONFIRMED), CANCELLED, now or utcnow())


def mark_no_shows(store: Store, actor: Actor, now: datetime | None = None) -> int:
    """Mark every booking not checked in within its room's no-show time (frees the slots)."""
    actor.require(Permission.ROOMS_BOOK)
    with store.write(actor) as s:
        return _sweep_no_shows(s, now or utcnow())


def get_booking(store: Store, actor: Actor, booking_id: uuid.UUID) -> BookingView:
    actor.require(Permission.ROOMS_BOOK)
    with store.read() as s:
        row = s.execute(
            select(Booking, Room.name)
            .join(Room, Room.id == Booking.room_id)
            .where(Booking.id == booking_id)
        ).one_or_none()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This booking is not on record."))
        return _booking_view(row[0], row[1])


def bookings_between(
    store: Store,
    actor: Actor,
    first_day: date,
    last_day: date,
    room_id: uuid.UUID | None = None,
    include_inactive: bool = True,
) -> list[BookingView]:
    """Bookings starting on the local days first_day..last_day (inclusive), by start."""
    actor.require(Permission.ROOMS_BOOK)
    start = at_local(first_day, 0)
    end = at_local(last_day + timedelta(days=1), 0)
    stmt = (
        select(Booking, Room.name)
        .join(Room, Room.id == Booking.room_id)
        .where(Booking.starts_at >= start, Booking.starts_at < end)
    )
    if room_id is not None:
        stmt = stmt.where(Booking.room_id == room_id)
    if not include_inactive:
        stmt = stmt.where(Booking.status.in_(ACTIVE_BOOKING))
    else:
        stmt = stmt.where(Booking.status.not_in((CANCELLED, REJECTED)))
    with store.read() as s:
        rows = s.execute(stmt.order_by(Booking.starts_at, Room.sort_order)).all()
        return [_booking_view(b, name) for b, name in rows]


def waiting_today_count(store: Store, actor: Actor) -> int:
    """Today's bookings still to approve or to check in (the home page)."""
    today = local_day(utcnow())
    return sum(
        1
        for b in bookings_between(store, actor, today, today, include_inactive=False)
        if b.status in (PENDING, CONFIRMED)
    )
