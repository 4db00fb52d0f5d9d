"""Offline allowances (docs/SYNC.md, "Points"): what a resident may redeem at a station before
it hears from the centre again. One setting for everyone (``sync_offline_allowance``), and a
resident's own where the centre sets one."""

from __future__ import annotations

import json
import uuid
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
    actor.require(Permission.SETTINGS_MANAGE)
    if points is not None and points < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An allowance is 0 points or more."), field="points"
        )
    with store.write(actor) as s:
        me = s.execute(select(SyncIdentity)).scalar_one_or_none()
        if me is None or me.role != HUB:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Offline allowances are set at the centre; its next pack takes them to "
                    "the stations.",
                )
            )
        resident = _resident(s, id_number)
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
        return resident.name


def _resident(s: Session, id_number: str) -> Any:
    found = s.execute(
        select(Resident).where(Resident.id_number == id_number.strip().upper())
    ).scalar_one_or_none()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No resident has this ID number."))
    return found
