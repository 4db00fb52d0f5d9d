"""The outbox: every unit of work at a hub or station ends with one operation, in the same
transaction (docs/SYNC.md).

Hooked on the session's commit, so no service has to remember it: the unit of work's audit rows
(``store.write`` leaves one for every row written, by the ORM or by Core) name the rows; their
current images, and the old values of the fields the ORM changed, make the payload.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, event, func, insert, inspect, select
from sqlalchemy.orm import Session

from gridesk.clock import utcnow
from gridesk.core.actor import Actor
from gridesk.core.chains import AUDIT_FIRST
from gridesk.core.models import AuditEntry, Base, Setting, Tracked, new_id
from gridesk.core.sync import owners, rows
from gridesk.core.sync.allowances import allowance_of
from gridesk.core.sync.models import HUB, STATION, OutboxOp, SyncIdentity, SyncPeer
from gridesk.errors import QT_TRANSLATE_NOOP, Conflict
from gridesk.paths import sqlite_file

OLD = "sync_old_values"
APPLYING = "sync_applying"
"""Set while a pack is applied: the unit of work writes no operation of its own (the hub
relays what it applied as the sender's operations, a station sends nothing back)."""

OUTBOX = cast(Table, OutboxOp.__table__)
IDENTITY = cast(Table, SyncIdentity.__table__)
AUDIT = cast(Table, AuditEntry.__table__)
SETTINGS = cast(Table, Setting.__table__)
PEERS = cast(Table, SyncPeer.__table__)


class StationCopy(Conflict):
    """This database file is a copy of an enrolled station's."""


def fingerprint_file(database: Path) -> Path:
    """The file beside a station's database that makes it the enrolled one."""
    return database.with_name(database.name + ".station")


def fingerprint_of(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


_verdicts: dict[str, bool] = {}


def is_original(database: Path | None, fingerprint: str | None) -> bool:
    """Whether the database file is the enrolled station's own (its fingerprint file holds
    the token whose hash the database keeps); remembered for the life of the process."""
    if fingerprint is None or database is None:
        return True
    where = f"{database.resolve()}|{fingerprint}"
    verdict = _verdicts.get(where)
    if verdict is None:
        try:
            token = fingerprint_file(database).read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            token = ""
        verdict = fingerprint_of(token) == fingerprint
        _verdicts[where] = verdict
    return verdict


def forget_verdicts() -> None:
    _verdicts.clear()


def _database_path(session: Session) -> Path | None:
    return sqlite_file(session.connection().engine.url.render_as_string(hide_password=False))


@event.listens_for(Session, "before_flush")
def _old_values(session: Session, _ctx: Any, _instances: Any) -> None:
    """The values the ORM is about to overwrite, for the merge's three-way comparison."""
    old: dict[tuple[str, str], dict[str, Any]] | None = None
    for obj in session.dirty:
        if not isinstance(obj, Tracked):
            continue
        state: Any = inspect(obj)
        for column in state.mapper.column_attrs:
            history = state.attrs[column.key].history
            if history.has_changes() and history.deleted:
                if old is None:
                    old = session.info.setdefault(OLD, {})
                key = (getattr(obj, "__tablename__", ""), str(obj.id))
                old.setdefault(key, {}).setdefault(column.key, rows.encode(history.deleted[0]))


@event.listens_for(Session, "before_commit")
def _write_operation(session: Session) -> None:
    first = session.info.get(AUDIT_FIRST)
    if first is None:
        return  # nothing written
    applying = session.info.get(APPLYING)
    session.flush()
    conn = session.connection()
    me = conn.execute(
        select(IDENTITY.c.role, IDENTITY.c.station_id, IDENTITY.c.fingerprint)
    ).first()
    if me is None:
        return  # not part of a sync
    if me.role == STATION and not is_original(_database_path(session), me.fingerprint):
        raise StationCopy(
            QT_TRANSLATE_NOOP(
                "errors",
                "This database file is a copy of an enrolled station's: it cannot work as a "
                "station. Enrol this computer at the centre (gridesk station add) and set it up "
                "from that file (gridesk init --enrolment).",
            )
        )
    if applying is not None:
        return  # another side's operation: the hub relays it itself, a station never
    payload = _payload(session, int(first))
    if not payload:
        return
    others = owners.changes_of_others(conn, me.station_id, payload)
    if others is not None:
        owners.refuse(conn, *others)
    if me.role == STATION:
        _within_allowance(session, me.station_id, payload)
    actor: Actor | None = session.info.get("actor")
    station_id = me.station_id
    seq = conn.execute(
        select(func.coalesce(func.max(OUTBOX.c.seq), 0)).where(OUTBOX.c.station_id == station_id)
    ).scalar_one()
    op_id = new_id()
    conn.execute(
        insert(OUTBOX),
        {
            "id": op_id,
            "station_id": station_id,
            "seq": seq + 1,
            "kind": _kind(payload),
            "at": utcnow(),
            "username": actor.username if actor else "system",
            "origin_station_id": station_id,
            "origin_op_id": op_id,
            "payload": json.dumps(payload, ensure_ascii=False, separators=(",", ":")),
        },
    )


class OfflineAllowance(Conflict):
    """A station's redemptions since it last heard from the hub reach the resident's cap."""


def _within_allowance(session: Session, me: uuid.UUID, payload: list[dict[str, Any]]) -> None:
    """At a station: the points an account spent here since the hub was last heard from stay
    within the resident's offline allowance (their own, else the setting
    ``sync_offline_allowance``), so one balance cannot be spent at two stations (docs/SYNC.md)."""
    accounts = {
        item["v"]["account_id"]
        for item in payload
        if item["t"] == "points_entries" and item.get("v", {}).get("kind") == "redeem"
    }
    if not accounts:
        return
    conn = session.connection()
    since = conn.execute(
        select(PEERS.c.last_heard_at).where(PEERS.c.role == HUB)
    ).scalar_one_or_none()
    entries = cast(Table, Base.metadata.tables["points_entries"])
    for account in accounts:
        spent = conn.execute(
            select(func.coalesce(func.sum(-entries.c.points), 0)).where(
                entries.c.account_id == uuid.UUID(account),
                entries.c.kind == "redeem",
                entries.c.station_id == me,
                *((entries.c.created_at > since,) if since is not None else ()),
            )
        ).scalar_one()
        allowance = allowance_of(conn, uuid.UUID(account))
        if spent > allowance:
            raise OfflineAllowance(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Offline, a resident can spend at most {allowance} points at this station "
                    "until it syncs with the centre; this would make {spent}. Sync first, or "
                    "redeem less.",
                ),
                allowance=allowance,
                spent=int(spent),
            )


def _kind(payload: list[dict[str, Any]]) -> str:
    """What the operation is, for people: its first row's table and action."""
    head = payload[0]
    return f"{head['t']}.{head['a']}"[:40]


def _payload(session: Session, first: int) -> list[dict[str, Any]]:
    """Each row the unit of work wrote, once, in the order first written: its action (create
    wins over a later update), its image now, and the old values of fields the ORM changed."""
    conn = session.connection()
    written: dict[tuple[str, str], str] = {}
    touched: dict[tuple[str, str], set[str]] = {}
    for action, entity, entity_id, detail in conn.execute(
        select(AUDIT.c.action, AUDIT.c.entity, AUDIT.c.entity_id, AUDIT.c.detail)
        .where(AUDIT.c.seq >= first)
        .order_by(AUDIT.c.seq)
    ):
        if not rows.synced(entity) or entity not in rows.TABLES:
            continue
        if action not in ("create", "update", "delete"):
            continue
        where = (entity, entity_id)
        before = written.get(where)
        if before is None:
            written[where] = action
        elif action == "delete":
            written[where] = "gone" if before == "create" else "delete"
        if action == "update":
            touched.setdefault(where, set()).update(filter(None, (detail or "").split(",")))
    old: dict[tuple[str, str], dict[str, Any]] = session.info.get(OLD, {})
    out: list[dict[str, Any]] = []
    for (entity, entity_id), action in written.items():
        if action == "gone":
            continue  # made and removed in one unit of work
        t = rows.table(entity)
        key = rows.key_of(t, entity_id)
        item: dict[str, Any] = {
            "t": entity,
            "a": action,
            "k": {k: rows.encode(v) for k, v in key.items()},
        }
        if action != "delete":
            row = conn.execute(
                select(t).where(*(t.c[name] == value for name, value in key.items()))
            ).first()
            if row is None:
                continue
            item["v"] = rows.image(t, row)
            if action == "update":
                local = rows.LOCAL_COLUMNS.get(entity, frozenset())
                fields = (touched.get((entity, entity_id), set()) & set(t.c.keys())) - local
                if not fields:
                    continue  # only what stays local changed (a sign-in, a balance)
                item["c"] = sorted(fields)
                changed = old.get((entity, str(next(iter(key.values())))), {})
                item["o"] = {k: v for k, v in changed.items() if k in fields}
        out.append(item)
    return out


def pending(session: Session, station_id: uuid.UUID, after: int) -> int:
    """How many of the outbox's operations of ``station_id`` follow ``after``."""
    return int(
        session.execute(
            select(func.count())
            .select_from(OUTBOX)
            .where(OUTBOX.c.station_id == station_id, OUTBOX.c.seq > after)
        ).scalar_one()
    )
