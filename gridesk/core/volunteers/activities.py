"""Activities (活动预告与报名): sign-up, the waitlist (候补) and its automatic promotion."""

from __future__ import annotations

import contextlib
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridesk.clock import utcnow
from gridesk.core.actor import Actor, Permission
from gridesk.core.models import Resident
from gridesk.core.store import Store
from gridesk.core.volunteers import errors as E
from gridesk.core.volunteers.models import (
    Activity,
    ActivityBooking,
    SignUp,
    VolunteerProfile,
    VolunteerTeamMember,
)
from gridesk.core.volunteers.services import resident_name
from gridesk.errors import GrideskError

POINTS_MODES = ("hour", "attendance")
# Who holds an activity's room booking, as the room's day view shows it.
ACTIVITY_HOLDER = "志愿服务活动"
ELIGIBILITY = ("all", "volunteers", "party", "team")


@dataclass(frozen=True)
class ActivityInput:
    title: str
    starts_at: datetime
    ends_at: datetime
    capacity: int
    description: str = ""
    place: str = ""
    room_id: uuid.UUID | None = None
    points_mode: str = "hour"
    points: int = 0
    eligibility: str = "all"
    team_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ActivityInfo:
    id: uuid.UUID
    title: str
    description: str
    place: str
    room_id: uuid.UUID | None
    starts_at: datetime
    ends_at: datetime
    capacity: int
    points_mode: str
    points: int
    eligibility: str
    team_id: uuid.UUID | None
    cancelled: bool
    signed: int
    waitlisted: int


@dataclass(frozen=True)
class SignUpInfo:
    id: uuid.UUID
    activity_id: uuid.UUID
    resident_id: uuid.UUID
    name: str
    status: str  # signed | waitlisted | cancelled
    position: int  # place on the waitlist (1 = next), 0 when signed
    signed_at: datetime


@dataclass(frozen=True)
class Cancelled:
    cancelled: SignUpInfo
    promoted: SignUpInfo | None  # who moved up from the waitlist


def _check(data: ActivityInput) -> None:
    if not data.title.strip():
        raise E.ValidationError(E.TITLE_NEEDED, field="title")
    if data.ends_at <= data.starts_at:
        raise E.ValidationError(E.BAD_TIMES, field="ends_at")
    if data.capacity < 1:
        raise E.ValidationError(E.CAPACITY_AT_LEAST_ONE, field="capacity")
    if data.points_mode not in POINTS_MODES or data.eligibility not in ELIGIBILITY:
        raise ValueError("unknown points mode or eligibility")


def save_activity(
    store: Store, actor: Actor, activity_id: uuid.UUID | None, data: ActivityInput
) -> ActivityInfo:
    """Save an activity. With a room, the room is booked for the activity's time first (through
    the treasure box's one booking service, so no one else can have it): a taken room raises
    its BookingConflict and nothing is saved. A changed time or room books anew and gives the
    old booking back; no room gives it back too."""
    actor.require(Permission.VOLUNTEERS_MANAGE)
    _check(data)
    old = _room_booking(store, activity_id) if activity_id is not None else None
    keep = old is not None and (old.room_id, old.starts_at, old.ends_at) == (
        data.room_id,
        data.starts_at,
        data.ends_at,
    )
    booked = _book_room(store, actor, data) if data.room_id is not None and not keep else None
    try:
        with store.write(actor) as s:
            if activity_id is None:
                a = Activity()
                s.add(a)
            else:
                found = s.get(Activity, activity_id)
                if found is None:
                    raise E.NotFound(E.NO_SUCH_ACTIVITY)
                a = found
            a.title, a.description = data.title.strip(), data.description.strip()
            a.place, a.room_id = data.place.strip(), data.room_id
            a.starts_at, a.ends_at, a.capacity = data.starts_at, data.ends_at, data.capacity
            a.points_mode, a.points = data.points_mode, data.points
            a.eligibility = data.eligibility
            a.team_id = data.team_id if data.eligibility == "team" else None
            s.flush()
            link = s.get(ActivityBooking, a.id)
            if booked is not None:
                if link is None:
                    s.add(ActivityBooking(activity_id=a.id, booking_id=booked))
                else:
                    link.booking_id = booked
            elif data.room_id is None and link is not None:
                s.delete(link)
            s.flush()
            _fill_from_waitlist(s, a)
            saved = _infos(s, [a.id])[0]
    except BaseException:
        if booked is not None:  # the activity was not saved: the room is free again
            _give_back(store, actor, booked)
        raise
    if old is not None and not keep:
        _give_back(store, actor, old.booking_id)
    return saved


@dataclass(frozen=True)
class _Held:
    booking_id: uuid.UUID
    room_id: uuid.UUID
    starts_at: datetime
    ends_at: datetime


def _room_booking(store: Store, activity_id: uuid.UUID) -> _Held | None:
    """The room booking an activity still holds (not cancelled or given up), as booked."""
    from gridesk.core.treasure.models import ACTIVE_BOOKING, Booking

    with store.read() as s:
        row = s.execute(
            select(Booking.id, Booking.room_id, Booking.starts_at, Booking.ends_at)
            .join(ActivityBooking, ActivityBooking.booking_id == Booking.id)
            .where(ActivityBooking.activity_id == activity_id, Booking.status.in_(ACTIVE_BOOKING))
        ).first()
    return _Held(*row) if row is not None else None


def _book_room(store: Store, actor: Actor, data: ActivityInput) -> uuid.UUID:
    from gridesk.core.treasure.models import FOR_TEAM
    from gridesk.core.treasure.rooms import BookingRequest, book_room, minute_of

    assert data.room_id is not None
    start, end = data.starts_at.astimezone(), data.ends_at.astimezone()
    if end.date() != start.date():
        raise E.ValidationError(E.ROOM_ONE_DAY, field="ends_at")
    (booking,) = book_room(
        store,
        actor,
        BookingRequest(
            room_id=data.room_id,
            day=start.date(),
            start=minute_of(start),
            end=minute_of(end),
            holder_kind=FOR_TEAM,
            holder_name=ACTIVITY_HOLDER,
            purpose=data.title.strip()[:100],
            attendees=data.capacity,
        ),
    )
    return booking.id


def _give_back(store: Store, actor: Actor, booking_id: uuid.UUID) -> None:
    from gridesk.core.treasure.rooms import cancel_booking

    with contextlib.suppress(GrideskError):  # already cancelled or past: nothing to give back
        cancel_booking(store, actor, booking_id)


def cancel_activity(store: Store, actor: Actor, activity_id: uuid.UUID) -> None:
    """Cancel an activity; its room booking is given back."""
    actor.require(Permission.VOLUNTEERS_MANAGE)
    with store.write(actor) as s:
        a = s.get(Activity, activity_id)
        if a is None:
            raise E.NotFound(E.NO_SUCH_ACTIVITY)
        a.cancelled = True
    held = _room_booking(store, activity_id)
    if held is not None:
        _give_back(store, actor, held.booking_id)


def list_activities(
    store: Store, actor: Actor, since: datetime | None = None, include_cancelled: bool = False
) -> list[ActivityInfo]:
    """Activities ending after ``since`` (default: now), soonest first."""
    actor.require(Permission.VOLUNTEERS_VIEW)
    since = since or utcnow()
    with store.read() as s:
        stmt = select(Activity.id).where(Activity.ends_at > since)
        if not include_cancelled:
            stmt = stmt.where(Activity.cancelled.is_(False))
        ids = list(s.execute(stmt.order_by(Activity.starts_at)).scalars())
        return _infos(s, ids)


def get_activity(store: Store, actor: Actor, activity_id: uuid.UUID) -> ActivityInfo:
    actor.require(Permission.VOLUNTEERS_VIEW)
    with store.read() as s:
        found = _infos(s, [activity_id])
    if not found:
        raise E.NotFound(E.NO_SUCH_ACTIVITY)
    return found[0]


def _infos(s: Session, ids: list[uuid.UUID]) -> list[ActivityInfo]:
    if not ids:
        return []
    counts: Counter[tuple[uuid.UUID, str]] = Counter()
    for aid, status, n in s.execute(
        select(SignUp.activity_id, SignUp.status, func.count())
        .where(SignUp.activity_id.in_(ids))
        .group_by(SignUp.activity_id, SignUp.status)
    ):
        counts[(aid, status)] = n
    rows = {
        a.id: ActivityInfo(
            a.id,
            a.title,
            a.description,
            a.place,
            a.room_id,
            a.starts_at,
            a.ends_at,
            a.capacity,
            a.points_mode,
            a.points,
            a.eligibility,
            a.team_id,
            a.cancelled,
            counts[(a.id, "signed")],
            counts[(a.id, "waitlisted")],
        )
        for a in s.execute(select(Activity).where(Activity.id.in_(ids))).scalars()
    }
    return [rows[i] for i in ids if i in rows]


def signups(store: Store, actor: Actor, activity_id: uuid.UUID) -> list[SignUpInfo]:
    """Who has a place (in sign-up order), then the waitlist in its order."""
    actor.require(Permission.VOLUNTEERS_VIEW)
    with store.read() as s:
        return _signups(s, activity_id)


def _signups(s: Session, activity_id: uuid.UUID) -> list[SignUpInfo]:
    rows = s.execute(
        select(SignUp, Resident.name)
        .join(Resident, Resident.id == SignUp.resident_id)
        .where(SignUp.activity_id == activity_id, SignUp.status != "cancelled")
        .order_by(SignUp.created_at, SignUp.id)
    ).all()
    out = []
    waiting = 0
    for status in ("signed", "waitlisted"):
        for su, name in rows:
            if su.status != status:
                continue
            if status == "waitlisted":
                waiting += 1
            out.append(_info(su, name, waiting if status == "waitlisted" else 0))
    return out


def _info(su: SignUp, name: str, position: int) -> SignUpInfo:
    return SignUpInfo(
        su.id, su.activity_id, su.resident_id, name, su.status, position, su.created_at
    )


def _eligible(s: Session, a: Activity, resident_id: uuid.UUID) -> bool:
    if a.eligibility == "all":
        return True
    profile = s.execute(
        select(VolunteerProfile).where(VolunteerProfile.resident_id == resident_id)
    ).scalar_one_or_none()
    if profile is None or not profile.active:
        return False
    if a.eligibility == "party":
        return profile.party_member
    if a.eligibility == "team":
        return (
            a.team_id is not None
            and s.get(VolunteerTeamMember, (a.team_id, resident_id)) is not None
        )
    return True


def sign_up(
    store: Store,
    actor: Actor,
    activity_id: uuid.UUID,
    resident_id: uuid.UUID,
    now: datetime | None = None,
) -> SignUpInfo:
    """A place if one is free, otherwise the end of the waitlist."""
    actor.require(Permission.VOLUNTEERS_CHECK_IN)
    now = now or utcnow()
    with store.write(actor) as s:
        a = s.get(Activity, activity_id)
        if a is None:
            raise E.NotFound(E.NO_SUCH_ACTIVITY)
        name = resident_name(s, resident_id)
        if a.cancelled:
            raise E.Conflict(E.ACTIVITY_CANCELLED)
        if a.ends_at <= now:
            raise E.Conflict(E.ACTIVITY_OVER)
        if not _eligible(s, a, resident_id):
            raise E.Conflict(E.NOT_ELIGIBLE[a.eligibility], name=name)
        taken = s.execute(
            select(SignUp.id).where(
                SignUp.activity_id == activity_id,
                SignUp.resident_id == resident_id,
                SignUp.status != "cancelled",
            )
        ).first()
        if taken is not None:
            raise E.Conflict(E.ALREADY_SIGNED_UP, name=name)
        signed = _count(s, activity_id, "signed")
        su = SignUp(
            activity_id=activity_id,
            resident_id=resident_id,
            status="signed" if signed < a.capacity else "waitlisted",
        )
        s.add(su)
        s.flush()
        position = 0
        if su.status == "waitlisted":
            position = _count(s, activity_id, "waitlisted")
        return _info(su, name, position)


def _count(s: Session, activity_id: uuid.UUID, status: str) -> int:
    return int(
        s.execute(
            select(func.count()).where(SignUp.activity_id == activity_id, SignUp.status == status)
        ).scalar_one()
    )


def _fill_from_waitlist(s: Session, a: Activity) -> list[SignUp]:
    """Move people up from the waitlist, first come first served, while places are free."""
    free = a.capacity - _count(s, a.id, "signed")
    if free <= 0:
        return []
    moved = list(
        s.execute(
            select(SignUp)
            .where(SignUp.activity_id == a.id, SignUp.status == "waitlisted")
            .order_by(SignUp.created_at, SignUp.id)
            .limit(free)
        ).scalars()
    )
    now = utcnow()
    for su in moved:
        su.status = "signed"
        su.promoted_at = now
    s.flush()
    return moved


def cancel_sign_up(
    store: Store, actor: Actor, activity_id: uuid.UUID, resident_id: uuid.UUID
) -> Cancelled:
    """Cancel a sign-up; the first on the waitlist takes the place at once."""
    actor.require(Permission.VOLUNTEERS_CHECK_IN)
    with store.write(actor) as s:
        a = s.get(Activity, activity_id)
        if a is None:
            raise E.NotFound(E.NO_SUCH_ACTIVITY)
        name = resident_name(s, resident_id)
        su = s.execute(
            select(SignUp).where(
                SignUp.activity_id == activity_id,
                SignUp.resident_id == resident_id,
                SignUp.status != "cancelled",
            )
        ).scalar_one_or_none()
        if su is None:
            raise E.Conflict(E.NOT_SIGNED_UP, name=name)
        su.status = "cancelled"
        s.flush()
        moved = _fill_from_waitlist(s, a)
        promoted = None
        if moved:
            promoted = _info(moved[0], resident_name(s, moved[0].resident_id), 0)
        return Cancelled(_info(su, name, 0), promoted)
