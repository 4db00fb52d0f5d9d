"""Rows written with SQLAlchemy Core inside a unit of work, for the counter's hot path.

The ORM's flush hook (store.py) stamps Tracked rows and writes their audit rows; statements
here bypass the ORM, so they do both themselves, the same way: every row gets an app-made
UUIDv7, station, creator and UTC times, and every write leaves an audit row.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from gridesk.core.actor import Actor
from gridesk.core.chains import link_audit_rows
from gridesk.core.models import AuditEntry, new_id
from gridesk.core.store import audit_values

AUDIT = cast(Table, AuditEntry.__table__)


def stamped(actor: Actor, now: datetime, **values: Any) -> dict[str, Any]:
    """A Tracked row's values with its id, station, creator and times filled in."""
    values.setdefault("id", new_id())
    values.setdefault("station_id", actor.station_id)
    values.setdefault("created_by", actor.user_id)
    values.setdefault("created_at", now)
    values.setdefault("updated_at", now)
    return values


def audit(
    s: Session,
    actor: Actor,
    now: datetime,
    rows: Iterable[tuple[str, str, uuid.UUID | str, str]],
) -> None:
    """One audit row per (action, entity, id, detail), as the ORM hook would write them,
    each linked into the audit chain."""
    values = [
        {
            "id": new_id(),
            "at": now,
            **audit_values(actor, action, entity, str(ident), detail, s),
        }
        for action, entity, ident, detail in rows
    ]
    if values:
        link_audit_rows(s, values)
        s.execute(insert(AUDIT), values)
