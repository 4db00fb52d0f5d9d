"""Who owns what (docs/SYNC.md, "Ownership"): a case belongs to the station that accepted it,
an item and a room to the station that made them (their ``station_id``, stamped once at
creation). Only the owner changes them, adds a case's events, lends or returns the item, books
the room. Enforced twice: at the desk, when a unit of work ends (the outbox's hook), and in the
merge, for an operation that arrives anyway (a pack made by an older GriDesk)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from gridesk.core.models import Station
from gridesk.core.sync import rows
from gridesk.errors import QT_TRANSLATE_NOOP, Conflict

OWNED = frozenset({"requests", "treasure_items", "treasure_rooms"})
"""Rows that belong to one station: only it changes their fields."""
CHILDREN: dict[str, tuple[str, str]] = {
    "request_events": ("requests", "request_id"),
    "treasure_item_events": ("treasure_items", "item_id"),
    "treasure_loans": ("treasure_items", "item_id"),
    "treasure_holds": ("treasure_items", "item_id"),
    "treasure_bookings": ("treasure_rooms", "room_id"),
}
"""Rows made on an owned row (table: its parent and the column naming it): only the owner
makes them (a case's events are numbered in order by one station; an item is lent, a room
booked, in one place)."""
FREE_FIELDS = frozenset({"version", "updated_at", "deadline", "days_left_on_hold"})
"""Fields any side may move: the lock counter every loan or booking bumps, the stamp, and a
case's deadline as the centre's working-day calendar replans it (the same from the same events
and calendar wherever it is computed)."""


class NotTheOwner(Conflict):
    """A change here to a case, item or room that belongs to another station."""


def owner_of_child(conn: Connection, name: str, image: dict[str, Any]) -> uuid.UUID | None:
    """The station that owns the parent of a child row (its image); None when unknown."""
    parent, column = CHILDREN[name]
    raw = image.get(column)
    if raw is None:
        return None
    t = rows.table(parent)
    found = conn.execute(
        select(t.c.station_id).where(t.c.id == rows.decode(t.c.id, raw))
    ).scalar_one_or_none()
    return found if isinstance(found, uuid.UUID) or found is None else uuid.UUID(str(found))


def changes_of_others(
    conn: Connection, me: uuid.UUID, payload: list[dict[str, Any]]
) -> tuple[str, uuid.UUID] | None:
    """The first row of this unit of work's payload that changes what another station owns:
    (its table, the owner); None when everything it touches is this station's own."""
    for item in payload:
        name, action = item["t"], item["a"]
        image = item.get("v") or {}
        owner: uuid.UUID | None = None
        if name in OWNED and action == "update":
            if not set(item.get("c") or ()) - FREE_FIELDS:
                continue
            raw = image.get("station_id")
            owner = uuid.UUID(raw) if raw else None
        elif name in CHILDREN and action == "create":
            owner = owner_of_child(conn, name, image)
        if owner is not None and owner != me:
            return name, owner
    return None


def refuse(conn: Connection, name: str, owner: uuid.UUID) -> None:
    station = conn.execute(select(Station.name).where(Station.id == owner)).scalar_one_or_none()
    what = {
        "requests": QT_TRANSLATE_NOOP(
            "errors",
            "This case belongs to {station}, which accepted it: only that station changes it "
            "or adds to it. Ask them to, or note it in a case of your own.",
        ),
        "treasure_items": QT_TRANSLATE_NOOP(
            "errors",
            "This item belongs to {station}: it is lent, returned and changed only there.",
        ),
        "treasure_rooms": QT_TRANSLATE_NOOP(
            "errors", "This room belongs to {station}: it is booked and changed only there."
        ),
    }[CHILDREN[name][0] if name in CHILDREN else name]
    raise NotTheOwner(what, station=station or "?")
