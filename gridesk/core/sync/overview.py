"""What the 同步 page and the status bar show: packs in and out, conflicts to resolve,
stations not heard from, how long since the last sync and what waits to go."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from gridesk.clock import utcnow
from gridesk.core.actor import Actor, Permission
from gridesk.core.models import Resident
from gridesk.core.points.models import PointsAccount
from gridesk.core.requests.models import Request, RequestEvent
from gridesk.core.store import Store
from gridesk.core.sync.models import HUB, OutboxOp, PackLog, SyncConflict, SyncIdentity, SyncPeer
from gridesk.core.treasure.models import Item, Room
from gridesk.core.volunteers.models import SignUp

SILENT_DAYS = 7


@dataclass(frozen=True)
class SyncLine:
    """The status bar's: a station's time since it last heard from the centre, what waits."""

    days: int | None
    """Whole days since the last sync; None: never since enrolment."""
    waiting: int


@dataclass(frozen=True)
class PackRow:
    at: datetime
    direction: str
    peer: str
    operations: int
    applied: int
    size: int


@dataclass(frozen=True)
class ConflictRow:
    id: uuid.UUID
    kind: str
    entity: str
    field: str
    local_value: str
    remote_value: str
    remote_by: str
    remote_at: datetime
    station: str
    resident: str
    """Whose record it is (a resident's name; another station's case: its number), where
    known."""


@dataclass(frozen=True)
class PeerRow:
    code: str
    name: str
    last_heard_at: datetime | None
    silent: bool


@dataclass(frozen=True)
class Overview:
    role: str
    packs: tuple[PackRow, ...]
    conflicts: tuple[ConflictRow, ...]
    peers: tuple[PeerRow, ...]


def sync_line(store: Store) -> SyncLine | None:
    """None unless this installation is an enrolled station."""
    with store.read() as s:
        me = s.execute(select(SyncIdentity)).scalar_one_or_none()
        if me is None or me.role == HUB:
            return None
        hub = s.execute(select(SyncPeer).where(SyncPeer.station_id == me.hub_id)).scalar_one()
        waiting = s.execute(
            select(func.count())
            .select_from(OutboxOp)
            .where(OutboxOp.station_id == me.station_id, OutboxOp.seq > hub.acked_seq)
        ).scalar_one()
        heard = s.execute(
            select(func.max(PackLog.at)).where(PackLog.direction == "in")
        ).scalar_one_or_none()
    days = None if heard is None else max(0, (utcnow() - heard) // timedelta(days=1))
    return SyncLine(days, int(waiting))


def overview(store: Store, actor: Actor, silent_days: int = SILENT_DAYS) -> Overview | None:
    actor.require(Permission.SETTINGS_MANAGE)
    with store.read() as s:
        me = s.execute(select(SyncIdentity)).scalar_one_or_none()
        if me is None:
            return None
        names = {p.station_id: p.name for p in s.execute(select(SyncPeer)).scalars()}
        packs = tuple(
            PackRow(p.at, p.direction, names.get(p.peer_id, ""), p.operations, p.applied, p.size)
            for p in s.execute(select(PackLog).order_by(PackLog.at.desc()).limit(200)).scalars()
        )
        conflicts = tuple(
            ConflictRow(
                c.id,
                c.kind,
                c.entity,
                c.field,
                c.local_value,
                c.remote_value,
                c.remote_by,
                c.remote_at,
                names.get(c.station_id, ""),
                _whose(s, c.entity, c.entity_id),
            )
            for c in s.execute(
                select(SyncConflict)
                .where(SyncConflict.resolved_at.is_(None))
                .order_by(SyncConflict.found_at)
            ).scalars()
        )
        limit = utcnow() - timedelta(days=silent_days)
        peers = tuple(
            PeerRow(
                p.code, p.name, p.last_heard_at, p.last_heard_at is None or p.last_heard_at < limit
            )
            for p in s.execute(select(SyncPeer).order_by(SyncPeer.code)).scalars()
        )
        return Overview(me.role, packs, conflicts, peers)


ITEM_RECORDS = frozenset(
    {"treasure_items", "treasure_item_events", "treasure_loans", "treasure_holds"}
)
ROOM_RECORDS = frozenset({"treasure_rooms", "treasure_bookings"})


def _whose(s: Session, entity: str, entity_id: str) -> str:
    """Whose or which record a conflict is about: the resident's name, a case's number (also
    for a step refused on it), an item's or a room's name."""
    try:
        ident = uuid.UUID(entity_id)
    except ValueError:
        return ""
    if entity == "residents":
        query = select(Resident.name).where(Resident.id == ident)
    elif entity == "points_accounts":
        query = (
            select(Resident.name)
            .join(PointsAccount, PointsAccount.resident_id == Resident.id)
            .where(PointsAccount.id == ident)
        )
    elif entity == "requests":  # another station's case: its number, as the desk finds it
        query = select(Request.number).where(Request.id == ident)
    elif entity == "request_events":  # a step refused: its case's number (listed by the case;
        query = select(Request.number).where(  # before, by the step here of the same number)
            or_(
                Request.id == ident,
                Request.id.in_(select(RequestEvent.request_id).where(RequestEvent.id == ident)),
            )
        )
    elif entity in ITEM_RECORDS:
        query = select(Item.name).where(Item.id == ident)
    elif entity in ROOM_RECORDS:
        query = select(Room.name).where(Room.id == ident)
    elif entity == "volunteer_signups":
        query = (
            select(Resident.name)
            .join(SignUp, SignUp.resident_id == Resident.id)
            .where(SignUp.id == ident)
        )
    else:
        return ""
    return str(s.execute(query).scalar_one_or_none() or "")
