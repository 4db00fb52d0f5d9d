"""Offline allowances (docs/SYNC.md, "Points"): what a resident may redeem at a station before
it hears from the centre again. One setting for everyone (``sync_offline_allowance``), and a
resident's own where the centre sets one."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from gridesk.core.actor import Actor, Permission
from gridesk.core.models import Base, Resident, Setting
from gridesk.core.sync.models import HUB, ResidentAllowance, SyncIdentity
from gridesk.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError

if TYPE_CHECKING:  # the store imports the outbox, which reads allowances from here
    from gridesk.core.store import Store

SETTING = "sync_offline_allowance"
DEFAULT = 100
MAX = 100_000
OWN = cast(Table, ResidentAllowance.__table__)
SETTINGS = cast(Table, Setting.__table__)


def allowance_of(conn: Connection, account_id: uuid.UUID) -> int:
    """The allowance of the points account's resident: their own, else the setting."""
    accounts = cast(Table, Base.metadata.tables["points_accounts"])
    own = conn.execute(
        select(OWN.c.points)
        .join(accounts, accounts.c.resident_id == OWN.c.resident_id)
        .where(accounts.c.id == account_id)
    ).scalar_one_or_none()
    if own is not None:
        return int(own)
    setting = conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == SETTING)).scalar()
    return int(json.loads(setting)) if setting is not None else DEFAULT


def set_allowance(store: Store, actor: Actor, id_number: str, points: int | None) -> str:
    """At the centre: the resident's own allowance (None: back to the setting). Returns the
    resident's name."""
    return _set(store, actor, points, lambda s: _resident(s, id_number))


def set_allowance_of(store: Store, actor: Actor, resident_id: uuid.UUID, points: int | None) -> str:
    """The same for a resident picked on the 同步 page."""

    def found(s: Session) -> Any:
        resident = s.get(Resident, resident_id)
        if resident is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This resident is no longer here."))
        return resident

    return _set(store, actor, points, found)


def _set(
    store: Store, actor: Actor, points: int | None, resident_of: Callable[[Session], Any]
) -> str:
    actor.require(Permission.SETTINGS_MANAGE)
    if points is not None and not 0 <= points <= MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An allowance is 0 to {limit} points."),
            field="points",
            limit=MAX,
        )
    with store.write(actor) as s:
        if not at_centre(s):
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Offline allowances are set at the centre; its next pack takes them to "
                    "the stations.",
                )
            )
        resident = resident_of(s)
        own = s.execute(
            select(ResidentAllowance).where(ResidentAllowance.resident_id == resident.id)
        ).scalar_one_or_none()
        if points is None:
            if own is not None:
                s.delete(own)
        elif own is None:
            s.add(ResidentAllowance(resident_id=resident.id, points=points))
        else:
            own.points = points
        return str(resident.name)


def at_centre(s: Session) -> bool:
    me = s.execute(select(SyncIdentity)).scalar_one_or_none()
    return me is not None and me.role == HUB


@dataclass(frozen=True)
class OwnAllowance:
    resident_id: uuid.UUID
    name: str
    phone: str
    points: int


@dataclass(frozen=True)
class Allowances:
    """What the 同步 page shows: the setting for everyone and the residents' own."""

    default: int
    own: tuple[OwnAllowance, ...]
    editable: bool
    """Set here (the centre) or only shown (a station: they come with the centre's packs)."""


def allowances(store: Store, actor: Actor) -> Allowances:
    actor.require(Permission.SETTINGS_MANAGE)
    with store.read() as s:
        setting = s.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == SETTING)).scalar()
        own = tuple(
            OwnAllowance(r.id, r.name, r.phone, int(points))
            for r, points in s.execute(
                select(Resident, OWN.c.points)
                .join(OWN, OWN.c.resident_id == Resident.id)
                .order_by(Resident.sort_key, Resident.id)
            )
        )
        return Allowances(
            int(json.loads(setting)) if setting is not None else DEFAULT, own, at_centre(s)
        )


def _resident(s: Session, id_number: str) -> Any:
    found = s.execute(
        select(Resident).where(Resident.id_number == id_number.strip().upper())
    ).scalar_one_or_none()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No resident has this ID number."))
    return found
