"""Deciding a 同步冲突 (docs/SYNC.md, "Deciding a 同步冲突"): a resident's field changed on both
sides takes the value a person chooses, here or there; the other kinds are closed once the
person has done what the list says (held redemptions: held.py)."""

from __future__ import annotations

import uuid
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.orm import Session

from gridesk.clock import utcnow
from gridesk.core.actor import Actor, Permission
from gridesk.core.models import Resident
from gridesk.core.residents.keys import sort_key
from gridesk.core.residents.records import key_list, search_keys, write_keys
from gridesk.core.store import Store
from gridesk.core.sync import rows
from gridesk.core.sync.models import SyncConflict
from gridesk.core.sync.outbox import OLD
from gridesk.errors import QT_TRANSLATE_NOOP, Conflict, NotFound

HERE, THERE = "here", "there"
FIELD = "field"
BALANCE = "balance"
RESIDENTS = cast(Table, Resident.__table__)


def open_conflict(s: Session, conflict_id: uuid.UUID) -> SyncConflict:
    conflict = s.get(SyncConflict, conflict_id)
    if conflict is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This conflict is no longer listed."))
    if conflict.resolved_at is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP("errors", "This conflict was decided already by {user}."),
            user=conflict.resolved_by,
        )
    return conflict


def close(
    store: Store, s: Session, conflict: SyncConflict, actor: Actor, action: str, detail: str
) -> None:
    """The conflict leaves the list, decided by this person; an audit row says how."""
    conflict.resolved_at = utcnow()
    conflict.resolved_by = actor.username
    store.audit(s, action, "sync_conflicts", conflict.id, detail)


def _value(name: str, text: str) -> Any:
    """A value as the list keeps it (text; "" for none) back to the column's value."""
    column = RESIDENTS.c[name]
    if text == "" and column.nullable:
        return None
    return rows.decode(column, text)


def take_value(store: Store, actor: Actor, conflict_id: uuid.UUID, choice: str) -> str:
    """A resident's field changed on both sides: the value chosen (``HERE`` keeps this side's,
    ``THERE`` takes the other side's) is written to the record, audited, and goes to the other
    sides with the next pack as a change from the value they hold, so each of them takes it
    without listing it again. Returns the resident's name."""
    actor.require(Permission.SETTINGS_MANAGE)
    if choice not in (HERE, THERE):
        raise ValueError(choice)
    with store.write(actor) as s:
        conflict = open_conflict(s, conflict_id)
        if conflict.kind != FIELD or conflict.entity != "residents":
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This conflict is not about a field."))
        resident = s.get(Resident, uuid.UUID(conflict.entity_id))
        if resident is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This resident is no longer here."))
        name = conflict.field
        chosen, other = (
            (conflict.local_value, conflict.remote_value)
            if choice == HERE
            else (conflict.remote_value, conflict.local_value)
        )
        value = _value(name, chosen)
        setattr(resident, name, value)
        if name == "name":
            resident.sort_key = sort_key(value)
        before, resident.search_keys = (
            resident.search_keys,
            key_list(
                search_keys(
                    resident.name,
                    resident.phone,
                    resident.id_number or "",
                    resident.building,
                    resident.unit,
                    resident.room,
                )
            ),
        )
        write_keys(s, resident.id, before, resident.search_keys)
        s.flush()
        # the field goes out even when this side's value stays, as a change from the other
        # side's value: where that value is, the chosen one replaces it without a new conflict
        if choice == HERE:  # with the keys that follow it, which the other side recomputes
            store.audit(s, "update", "residents", resident.id, f"{name},search_keys,sort_key")
        s.info.setdefault(OLD, {}).setdefault(("residents", str(resident.id)), {})[name] = (
            rows.encode(_value(name, other))
        )
        close(store, s, conflict, actor, f"take_{choice}", name)
        return resident.name


def mark_done(store: Store, actor: Actor, conflict_id: uuid.UUID) -> None:
    """A person has done what the list says (called the resident moved to the waiting list,
    sorted out another station's record with it): the conflict leaves the list, audited."""
    actor.require(Permission.SETTINGS_MANAGE)
    with store.write(actor) as s:
        close(store, s, open_conflict(s, conflict_id), actor, "resolve", "")
