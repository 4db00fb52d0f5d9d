"""Linking other windows' records to a partner unit by hand (the partner units' 关联记录 tab).

Wish claims and room bookings name who did them in free text, and activities and volunteers
do not name a unit at all, so the evaluation counts a record for a unit when it is linked to it
(:class:`PartnerLink`), or, with no link, when it names the unit exactly (a wish claimed, a
room booked "for a partner unit" under the unit's own name). This module lists a unit's
candidates for each kind of link, so the desk can confirm or correct them:

- the records linked to the unit, and those linked to another unit;
- records that name the unit exactly (counted already, by their name);
- records whose free text names the unit loosely (the name within the text or the text within
  the name: "供电所" for 国网供电所), counted only once linked;
- volunteers who are the unit's 双报到 members;
- with a search text, any record of that kind whose text holds it.

Linking and unlinking go through :func:`registry.link` and :func:`registry.unlink`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, and_, false, func, literal, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from gridesk import clock
from gridesk.core.actor import Actor, Permission
from gridesk.core.models import Resident
from gridesk.core.partners.models import PartnerLink, PartnerMember, PartnerUnit
from gridesk.core.partners.registry import LINK_KINDS
from gridesk.core.requests.models import Wish
from gridesk.core.store import Store
from gridesk.core.treasure.models import ACTIVE_BOOKING, FOR_PARTNER, Booking, Room
from gridesk.core.volunteers.models import Activity, VolunteerProfile
from gridesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError

LIMIT = 300
"""Candidates shown at most, newest first (a search text narrows them)."""
SHORTEST_NAME = 2
"""A free-text name shorter than this is not taken as naming a unit ("所", "局")."""


@dataclass(frozen=True)
class LinkCandidate:
    kind: str  # registry.LINK_KINDS
    record_id: uuid.UUID
    day: date | None
    title: str  # the wish, the room and purpose, the activity, the volunteer's name
    named: str  # who the record says did it (claimer, holder); "" when it says nobody
    state: str  # labels.LINK_STATE: linked, elsewhere, by_name, candidate
    other_unit: str = ""  # the unit it is linked to, when ``elsewhere``


def link_candidates(
    store: Store, actor: Actor, unit_id: uuid.UUID, kind: str, text: str = ""
) -> list[LinkCandidate]:
    """The unit's candidate records of ``kind`` (see the module), linked ones first, then
    newest first; ``text`` adds any record of the kind whose text holds it."""
    actor.require(Permission.PARTNERS_VIEW)
    if kind not in LINK_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown kind of link."), field="kind")
    text = " ".join(text.split())
    with store.read() as s:
        unit = s.get(PartnerUnit, unit_id)
        if unit is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such partner unit."))
        links = {
            record_id: (owner, name)
            for record_id, owner, name in s.execute(
                select(PartnerLink.record_id, PartnerLink.unit_id, PartnerUnit.name)
                .join(PartnerUnit, PartnerUnit.id == PartnerLink.unit_id)
                .where(PartnerLink.kind == kind)
            )
        }
        mine = [r for r, (owner, _) in links.items() if owner == unit_id]
        rows = _FINDERS[kind](s, unit, mine, text)
    out = []
    for record_id, day, title, named, exact in rows:
        owner, other = links.get(record_id, (None, ""))
        if owner == unit_id:
            state = "linked"
        elif owner is not None:
            state = "elsewhere"
        else:
            state = "by_name" if exact else "candidate"
        out.append(LinkCandidate(kind, record_id, day, title, named, state, other))
    order = {"linked": 0, "by_name": 1, "candidate": 2, "elsewhere": 3}
    out.sort(key=lambda c: (order[c.state], -(c.day or date.min).toordinal()))
    return out


Row = tuple[uuid.UUID, date | None, str, str, bool]


def _names(column: InstrumentedAttribute[str], unit_name: str) -> ColumnElement[bool]:
    """``column`` names the unit loosely: it holds the unit's name, or is held in it."""
    return or_(
        column.contains(unit_name, autoescape=True),
        and_(
            func.length(column) >= SHORTEST_NAME,
            literal(unit_name).contains(column),
        ),
    )


def _holding(text: str, *columns: InstrumentedAttribute[str]) -> ColumnElement[bool]:
    if not text:
        return false()
    return or_(*(c.contains(text, autoescape=True) for c in columns))


def _day(moment: datetime | None) -> date | None:
    return clock.local_day(moment) if moment is not None else None


def _wishes(s: Session, unit: PartnerUnit, mine: list[uuid.UUID], text: str) -> list[Row]:
    found = s.execute(
        select(Wish.id, Wish.created_at, Wish.what, Wish.claimer_kind, Wish.claimer_name)
        .where(
            Wish.status.in_(("claimed", "fulfilled")),
            or_(
                Wish.id.in_(mine),
                _names(Wish.claimer_name, unit.name),
                _holding(text, Wish.claimer_name, Wish.what),
            ),
        )
        .order_by(Wish.created_at.desc())
        .limit(LIMIT)
    )
    return [
        (wid, _day(at), what, claimer, kind == "partner" and claimer == unit.name)
        for wid, at, what, kind, claimer in found
    ]


def _bookings(s: Session, unit: PartnerUnit, mine: list[uuid.UUID], text: str) -> list[Row]:
    found = s.execute(
        select(
            Booking.id,
            Booking.starts_at,
            Room.name,
            Booking.purpose,
            Booking.holder_kind,
            Booking.holder_name,
        )
        .join(Room, Room.id == Booking.room_id)
        .where(
            Booking.status.in_(ACTIVE_BOOKING),
            or_(
                Booking.id.in_(mine),
                _names(Booking.holder_name, unit.name),
                _holding(text, Booking.holder_name, Booking.purpose),
            ),
        )
        .order_by(Booking.starts_at.desc())
        .limit(LIMIT)
    )
    return [
        (
            bid,
            _day(at),
            f"{room}　{purpose}".strip(),
            holder,
            kind == FOR_PARTNER and holder == unit.name,
        )
        for bid, at, room, purpose, kind, holder in found
    ]


def _activities(s: Session, unit: PartnerUnit, mine: list[uuid.UUID], text: str) -> list[Row]:
    found = s.execute(
        select(Activity.id, Activity.starts_at, Activity.title)
        .where(
            Activity.cancelled.is_(False),
            or_(
                Activity.id.in_(mine),
                _names(Activity.title, unit.name),
                Activity.description.contains(unit.name, autoescape=True),
                Activity.place.contains(unit.name, autoescape=True),
                _holding(text, Activity.title, Activity.description, Activity.place),
            ),
        )
        .order_by(Activity.starts_at.desc())
        .limit(LIMIT)
    )
    return [(aid, _day(at), title, "", False) for aid, at, title in found]


def _volunteers(s: Session, unit: PartnerUnit, mine: list[uuid.UUID], text: str) -> list[Row]:
    members = select(PartnerMember.resident_id).where(
        PartnerMember.unit_id == unit.id,
        PartnerMember.active.is_(True),
        PartnerMember.resident_id.is_not(None),
    )
    volunteer = select(VolunteerProfile.id).where(VolunteerProfile.resident_id == Resident.id)
    found = s.execute(
        select(Resident.id, Resident.name)
        .where(
            or_(
                Resident.id.in_(mine),
                and_(
                    volunteer.exists(),
                    or_(Resident.id.in_(members), _holding(text, Resident.name)),
                ),
            ),
        )
        .order_by(Resident.sort_key, Resident.id)
        .limit(LIMIT)
    )
    return [(rid, None, name, "", False) for rid, name in found]


_FINDERS = {
    "wish": _wishes,
    "booking": _bookings,
    "activity": _activities,
    "volunteer": _volunteers,
}
assert set(_FINDERS) == set(LINK_KINDS)
