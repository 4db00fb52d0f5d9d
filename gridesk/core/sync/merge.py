"""Applying another side's operations by the rules of docs/SYNC.md, inside one unit of work."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, and_, delete, func, insert, select, update
from sqlalchemy.orm import Session

from gridesk.clock import utcnow
from gridesk.core.actor import Actor, Role
from gridesk.core.chains import chain_hash
from gridesk.core.points import ledger
from gridesk.core.points.errors import NotEnoughPoints
from gridesk.core.points.models import LedgerEntry, Product, StockMove
from gridesk.core.requests.cases import search_keys
from gridesk.core.requests.models import RequestCategory, RequestKey
from gridesk.core.residents.records import write_keys
from gridesk.core.sync import rows
from gridesk.core.sync.models import AppliedOp, IdMap, SyncConflict, SyncPeer
from gridesk.core.volunteers.models import Activity, SignUp
from gridesk.errors import QT_TRANSLATE_NOOP, Conflict

APPLIED = cast(Table, AppliedOp.__table__)
CONFLICTS = cast(Table, SyncConflict.__table__)
ENTRIES = cast(Table, LedgerEntry.__table__)

PERSON_FIELDS = frozenset(
    {"name", "gender", "birth_date", "phone", "estate", "building", "unit", "room", "notes"}
)
"""A resident's fields a person decides on when both sides changed them (同步冲突)."""
DERIVED = frozenset({"sort_key", "search_keys"})
"""Follow the name and address: kept local while a person field of the row is in conflict."""
CAPACITY = uuid.UUID("6b0a3f52-5d0e-4a8e-9a57-3f1e2b7c9d10")


class ChainBroken(Conflict):
    """A station's points ledger does not follow on from what the hub verified."""


@dataclass
class Merge:
    """One pack being applied: what it found and what it touched."""

    sender: SyncPeer
    idmap: dict[str, str]
    applied: int = 0
    skipped: int = 0
    conflicts: int = 0
    products: set[uuid.UUID] = field(default_factory=set)
    activities: set[uuid.UUID] = field(default_factory=set)
    done: set[uuid.UUID] = field(default_factory=set)
    """Operations applied here before or in this pack (by their origin's id)."""
    applied_rows: list[dict[str, Any]] = field(default_factory=list)
    """What ``sync_applied`` gets for this pack, written at its end."""

    def know_applied(self, s: Session, op_ids: list[uuid.UUID]) -> None:
        """Which of the pack's operations were applied before (one query per thousand)."""
        for start in range(0, len(op_ids), 900):
            chunk = op_ids[start : start + 900]
            self.done.update(
                s.connection()
                .execute(select(APPLIED.c.op_id).where(APPLIED.c.op_id.in_(chunk)))
                .scalars()
            )

    def map(self, value: Any) -> Any:
        return self.idmap.get(value, value) if isinstance(value, str) else value


def load_idmap(s: Session) -> dict[str, str]:
    return {
        r.remote_id: r.local_id
        for r in s.connection().execute(select(IdMap.remote_id, IdMap.local_id))
    }


def apply_op(s: Session, m: Merge, op: dict[str, Any]) -> bool:
    """Apply one operation once; False when it was already applied (by any path)."""
    op_id = uuid.UUID(op["origin_op"])
    if op_id in m.done:
        m.skipped += 1
        return False
    m.done.add(op_id)
    origin = uuid.UUID(op["origin"])
    at = datetime.fromisoformat(op["at"])
    items = sorted(op["payload"], key=_order_key)
    held: Held | None = None
    # only a ledger entry can hold an operation back: the others need no savepoint
    savepoint = s.begin_nested() if any(i["t"] == "points_entries" for i in items) else None
    try:
        for item in items:
            _apply_item(s, m, op, origin, at, item)
        if savepoint is not None:
            savepoint.commit()
    except Held as exc:
        assert savepoint is not None
        savepoint.rollback()
        for cache in ("points_chain_head", "audit_chain_head"):  # the chains' heads, re-read
            s.info.pop(cache, None)
        held = exc
        m.idmap.clear()
        m.idmap.update(load_idmap(s))
    m.applied_rows.append({"op_id": op_id, "origin_station_id": origin, "applied_at": utcnow()})
    if held is not None:
        _conflict(
            s,
            m,
            op,
            at,
            "balance",
            "points_accounts",
            held.account,
            "balance",
            held.balance,
            held.points,
            payload=json.dumps(op, ensure_ascii=False),
        )
        return False
    m.applied += 1
    return True


class Held(Exception):
    """An operation that would take a balance below zero: kept whole for a person."""

    def __init__(self, account: str, balance: int, points: int) -> None:
        super().__init__(account)
        self.account, self.balance, self.points = account, balance, points


_ORDER: dict[str, int] = {}


def _order_key(item: dict[str, Any]) -> tuple[int, int]:
    if not _ORDER:
        _ORDER.update(rows.order())
    place = _ORDER.get(item["t"], 0)
    return (1, -place) if item["a"] == "delete" else (0, place)


def _apply_item(
    s: Session, m: Merge, op: dict[str, Any], origin: uuid.UUID, at: datetime, item: dict[str, Any]
) -> None:
    name = item["t"]
    if not rows.synced(name) or name not in rows.TABLES:
        return
    t = rows.table(name)
    data = {k: m.map(v) for k, v in (item.get("v") or item["k"]).items()}
    if name == "points_entries":
        _ledger(s, m, op, origin, item["v"], data)
        return
    key = {c.name: rows.decode(c, m.map(item["k"][c.name])) for c in t.primary_key.columns}
    where = and_(*(t.c[k] == v for k, v in key.items()))
    local = s.connection().execute(select(t).where(where)).first()
    if item["a"] == "delete":
        if local is not None:
            s.connection().execute(delete(t).where(where))
        return
    fields: Iterable[str] = item.get("c") or ()
    base: dict[str, Any] = item.get("o") or {}
    if local is None:
        found = _same_record(s, t, data)
        if found is None:
            _insert(s, m, t, data)
            return
        local = found
        remote_id = str(item["k"].get("id", ""))
        local_id = str(rows.encode(local._mapping[t.c.id]))
        if remote_id and remote_id != local_id:
            s.connection().execute(
                insert(IdMap), {"remote_id": remote_id, "local_id": local_id, "entity": name}
            )
            m.idmap[remote_id] = local_id
            key = {"id": local._mapping[t.c.id]}
            where = t.c.id == key["id"]
        fields = [c for c in data if c not in key and c != "created_at"]
        base = {}  # no common value: any difference in a person's field is for a person
    _update(s, m, op, at, t, local, where, data, list(fields), base)


def _insert(s: Session, m: Merge, t: Table, data: dict[str, Any]) -> None:
    values = rows.values(t, data)
    if t.name == "users":
        values.update(password_hash=rows.NO_PASSWORD, active=False, failed_attempts=0)
    elif t.name == "points_accounts":
        values["balance"] = 0  # moved by the ledger entries as they are applied
    elif t.name == "points_products":
        values["stock"] = 0
        m.products.add(values["id"])
    s.connection().execute(insert(t), values)
    _follow(s, m, t, values, "")


def _follow(s: Session, m: Merge, t: Table, values: dict[str, Any], before_keys: str) -> None:
    """What other rows an applied one brings along: search keys, caches to recompute."""
    if t.name == "residents" and "search_keys" in values:
        write_keys(
            s, values.get("id") or uuid.UUID(int=0), before_keys, values["search_keys"] or ""
        )
    elif t.name == "requests" and not before_keys:  # a case arriving: its search keys
        category = (
            s.connection()
            .execute(
                select(RequestCategory.name).where(RequestCategory.id == values["category_id"])
            )
            .scalar_one()
        )
        keys = search_keys(
            values["number"],
            values["contact_name"],
            values["phone"],
            category,
            values["description"],
        )
        if keys:
            s.connection().execute(
                insert(RequestKey),
                [
                    {"key": k, "accepted_day": values["accepted_day"], "request_id": values["id"]}
                    for k in sorted(keys)
                ],
            )
    elif t.name == "points_stock_moves":
        m.products.add(values["product_id"])
    elif t.name == "volunteer_signups":
        m.activities.add(values["activity_id"])


def _same_record(s: Session, t: Table, data: dict[str, Any]) -> Any:
    """A local row that is the same record by one of the table's unique keys (a resident's
    ID number, an account's resident, a catalogue's name)."""
    for columns in _unique_keys(t):
        if any(data.get(c) is None for c in columns):
            continue
        found = (
            s.connection()
            .execute(select(t).where(*(t.c[c] == rows.decode(t.c[c], data[c]) for c in columns)))
            .first()
        )
        if found is not None:
            return found
    return None


def _unique_keys(t: Table) -> list[tuple[str, ...]]:
    keys: list[tuple[str, ...]] = []
    for c in t.columns:
        if c.unique and not c.primary_key:
            keys.append((c.name,))
    for constraint in t.constraints:
        names = tuple(getattr(constraint, "columns", {}).keys())
        if type(constraint).__name__ == "UniqueConstraint" and names:
            keys.append(names)
    for index in t.indexes:
        if index.unique:
            keys.append(tuple(c.name for c in index.columns))
    return [k for k in dict.fromkeys(keys) if "id" not in k]


def _update(
    s: Session,
    m: Merge,
    op: dict[str, Any],
    at: datetime,
    t: Table,
    local: Any,
    where: Any,
    data: dict[str, Any],
    fields: list[str],
    base: dict[str, Any],
) -> None:
    local_image = rows.image(t, local)
    keep_local = rows.LOCAL_COLUMNS.get(t.name, frozenset())
    changes: dict[str, Any] = {}
    conflicted = False
    for f in fields:
        if f not in data or f in keep_local or f not in t.c:
            continue
        mine, theirs = local_image.get(f), data[f]
        if mine == theirs:
            continue
        person = t.name == "residents" and f in PERSON_FIELDS
        if person and (f not in base or base[f] != mine):
            conflicted = True
            _conflict(s, m, op, at, "field", t.name, str(local_image["id"]), f, mine, theirs)
            continue
        changes[f] = rows.decode(t.c[f], theirs)
    if conflicted:
        for f in DERIVED:
            changes.pop(f, None)
    if t.name == "residents" and "search_keys" in changes:
        _follow(
            s, m, t, {"id": local._mapping[t.c.id], **changes}, local_image.get("search_keys") or ""
        )
    if changes:
        s.connection().execute(update(t).where(where).values(**changes))


def _conflict(
    s: Session,
    m: Merge,
    op: dict[str, Any],
    at: datetime,
    kind: str,
    entity: str,
    entity_id: str,
    name: str,
    mine: Any,
    theirs: Any,
    *,
    op_id: uuid.UUID | None = None,
    payload: str = "",
) -> None:
    """One line of 同步冲突, listed once (the same operation and field never twice)."""
    key = op_id or uuid.UUID(op["origin_op"])
    exists = (
        s.connection()
        .execute(
            select(CONFLICTS.c.id).where(
                CONFLICTS.c.op_id == key,
                CONFLICTS.c.kind == kind,
                CONFLICTS.c.entity_id == entity_id,
                CONFLICTS.c.field == name,
            )
        )
        .first()
    )
    if exists:
        return
    s.connection().execute(
        insert(CONFLICTS),
        {
            "id": uuid.uuid4(),
            "kind": kind,
            "entity": entity,
            "entity_id": entity_id,
            "field": name,
            "local_value": "" if mine is None else str(mine),
            "remote_value": "" if theirs is None else str(theirs),
            "remote_by": op.get("user", ""),
            "remote_at": at,
            "op_id": key,
            "station_id": uuid.UUID(op["origin"]),
            "payload": payload,
            "found_at": utcnow(),
        },
    )
    m.conflicts += 1


def _ledger(
    s: Session,
    m: Merge,
    op: dict[str, Any],
    origin: uuid.UUID,
    raw: dict[str, Any],
    data: dict[str, Any],
) -> None:
    """An entry of another side's chain, written again as an entry of this side's chain
    (once: the same operation, reference and account are never entered twice)."""
    account_id = uuid.UUID(data["account_id"])
    operation_id = uuid.UUID(raw["operation_id"])
    ref_id = uuid.UUID(raw["ref_id"])
    done = (
        s.connection()
        .execute(
            select(ENTRIES.c.id).where(
                ENTRIES.c.operation_id == operation_id,
                ENTRIES.c.ref_id == ref_id,
                ENTRIES.c.account_id == account_id,
            )
        )
        .first()
    )
    if done:
        return  # this redemption or award is already in this side's ledger
    balance = (
        s.connection()
        .execute(
            select(func.coalesce(func.sum(ENTRIES.c.points), 0)).where(
                ENTRIES.c.account_id == account_id
            )
        )
        .scalar_one()
    )
    actor = Actor(
        uuid.UUID(raw["created_by"]) if raw.get("created_by") else None,
        op.get("user", "sync"),
        op.get("user", "sync"),
        Role.ADMIN,
        uuid.UUID(raw["station_id"]) if raw.get("station_id") else origin,
    )
    try:
        ledger.append(
            s,
            actor,
            ledger.AccountRef(account_id, int(balance)),
            raw["kind"],
            int(raw["points"]),
            operation_id,
            ref_id,
        )
    except NotEnoughPoints as exc:
        raise Held(str(account_id), int(balance), int(raw["points"])) from exc


def verify_chain(peer: SyncPeer, segment: list[dict[str, Any]]) -> None:
    """At the hub: a station's chain from where the hub last verified it, every entry (its own
    and those it wrote for the hub's operations) in order, each following the one before."""
    for raw in segment:
        seq = int(raw["seq"])
        if seq <= peer.chain_seq:
            continue
        text = ledger.canonical(
            seq,
            uuid.UUID(raw["id"]),
            uuid.UUID(raw["account_id"]),
            raw["kind"],
            int(raw["points"]),
            int(raw["balance_after"]),
            uuid.UUID(raw["operation_id"]),
            uuid.UUID(raw["ref_id"]),
            uuid.UUID(raw["station_id"]) if raw.get("station_id") else None,
            uuid.UUID(raw["created_by"]) if raw.get("created_by") else None,
            datetime.fromisoformat(raw["created_at"]),
        )
        if (
            seq != peer.chain_seq + 1
            or raw["prev_hash"] != peer.chain_hash
            or chain_hash(peer.chain_hash, text) != raw["hash"]
        ):
            raise ChainBroken(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The points ledger in this pack does not follow on from the one already "
                    "received from {station}: nothing of the pack was applied. Check that "
                    "station's database (gridesk check) before the next pack.",
                ),
                station=peer.name,
            )
        peer.chain_seq, peer.chain_hash = seq, raw["hash"]


def settle(s: Session, m: Merge) -> None:
    """After the operations: what was applied noted, the caches recomputed, capacity held
    (docs/SYNC.md)."""
    if m.applied_rows:
        s.connection().execute(insert(APPLIED), m.applied_rows)
        m.applied_rows.clear()
    for product in m.products:
        total = (
            s.connection()
            .execute(
                select(func.coalesce(func.sum(StockMove.delta), 0)).where(
                    StockMove.product_id == product
                )
            )
            .scalar_one()
        )
        s.connection().execute(
            update(Product).where(Product.id == product).values(stock=int(total))
        )
    for activity in m.activities:
        capacity = (
            s.connection()
            .execute(select(Activity.capacity).where(Activity.id == activity))
            .scalar_one_or_none()
        )
        if capacity is None:
            continue
        signed = (
            s.connection()
            .execute(
                select(SignUp.id, SignUp.created_at, SignUp.station_id)
                .where(SignUp.activity_id == activity, SignUp.status == "signed")
                .order_by(SignUp.created_at, SignUp.id)
            )
            .all()
        )
        for late in signed[capacity:]:
            s.connection().execute(
                update(SignUp).where(SignUp.id == late.id).values(status="waitlisted")
            )
            op = {
                "origin_op": str(late.id),
                "origin": str(late.station_id or uuid.UUID(int=0)),
                "user": "",
            }
            _conflict(
                s,
                m,
                op,
                late.created_at,
                "capacity",
                "volunteer_signups",
                str(late.id),
                "status",
                "waitlisted",
                "signed",
                op_id=uuid.uuid5(CAPACITY, str(late.id)),
            )
