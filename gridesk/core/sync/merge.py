"""Applying another side's operations by the rules of docs/SYNC.md, inside one unit of work."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, delete, func, insert, select, tuple_, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from gridesk.clock import utcnow
from gridesk.core.actor import Actor, Role
from gridesk.core.bulk import BulkInsert, BulkWriter
from gridesk.core.chains import chain_hash
from gridesk.core.models import ResidentKey
from gridesk.core.points import holding, ledger
from gridesk.core.points.errors import NotEnoughPoints
from gridesk.core.points.models import LedgerEntry
from gridesk.core.requests.cases import search_keys
from gridesk.core.requests.models import RequestCategory, RequestKey
from gridesk.core.residents.records import write_keys
from gridesk.core.sync import owners, rows
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
STAMPS = frozenset({"station_id", "created_by", "created_at"})
CAPACITY = uuid.UUID("6b0a3f52-5d0e-4a8e-9a57-3f1e2b7c9d10")


class ChainBroken(Conflict):
    """A station's points ledger does not follow on from what the hub verified."""


Key = tuple[Any, ...]
CHUNK = 500
"""Values per ``IN (...)`` of the loading queries (below every database's parameter limit)."""


@dataclass
class Touched:
    """The rows a pack touches, loaded per table before it is applied, and the rows it adds,
    written in batches: a few statements per table, not a few per operation.

    ``known`` holds each loaded row's image (None: no such row); a row this pack inserted or
    changed is dropped from it and read again when asked. ``free`` holds the values of a unique
    key (an ID number, a user name) known to be unused; an insert or a change of that key takes
    them out. Every read of the database first writes what waits in ``waiting``, so a read sees
    every row applied before it.
    """

    known: dict[tuple[str, Key], dict[str, Any] | None] = field(default_factory=dict)
    free: dict[tuple[str, tuple[str, ...]], set[Key]] = field(default_factory=dict)
    waiting: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def load(self, s: Session, ops: list[dict[str, Any]], idmap: dict[str, str]) -> None:
        """Load every row the operations name by primary key, then, for the rows not here,
        which of their unique keys' values are unused: one query per table and key."""
        wanted: dict[str, set[Any]] = {}
        new: dict[str, list[dict[str, Any]]] = {}
        for op in ops:
            for item in op["payload"]:
                name = item["t"]
                if name == "points_entries" or not rows.synced(name) or name not in rows.TABLES:
                    continue
                t = rows.table(name)
                keys = list(t.primary_key.columns)
                if len(keys) != 1 or keys[0].name not in item["k"]:
                    continue
                raw = item["k"][keys[0].name]
                wanted.setdefault(name, set()).add(
                    rows.decode(keys[0], idmap.get(raw, raw) if isinstance(raw, str) else raw)
                )
                if item["a"] != "delete":
                    new.setdefault(name, []).append(item)
        conn = s.connection()
        for name, idents in wanted.items():
            t = rows.table(name)
            pk = next(iter(t.primary_key.columns))
            found: set[Any] = set()
            ordered = sorted(idents, key=str)
            for start in range(0, len(ordered), CHUNK):
                for row in conn.execute(select(t).where(pk.in_(ordered[start : start + CHUNK]))):
                    ident = row._mapping[pk]
                    found.add(ident)
                    self.known[(name, (ident,))] = rows.image(t, row)
            for ident in idents - found:
                self.known[(name, (ident,))] = None
        for name, items in new.items():
            t = rows.table(name)
            pk = next(iter(t.primary_key.columns))
            for columns in unique_keys(t):
                asked: set[Key] = set()
                for item in items:
                    raw = item["k"][pk.name]
                    ident = rows.decode(pk, idmap.get(raw, raw) if isinstance(raw, str) else raw)
                    if self.known.get((name, (ident,))) is not None:
                        continue  # an update of a row here: its unique keys are not looked up
                    value = _unique_value(t, columns, item.get("v") or {}, idmap)
                    if value is not None:
                        asked.add(value)
                self.free[(name, columns)] = asked - _used(conn, t, columns, asked)

    def row(self, s: Session, t: Table, key: dict[str, Any]) -> dict[str, Any] | None:
        """The image of the row with this primary key here, or None."""
        where = (t.name, tuple(key.values()))
        if where in self.known:
            return self.known[where]
        self.write(s)
        found = (
            s.connection().execute(select(t).where(*(t.c[k] == v for k, v in key.items()))).first()
        )
        return None if found is None else rows.image(t, found)

    def same_record(self, s: Session, t: Table, data: dict[str, Any]) -> dict[str, Any] | None:
        """A row here that is the same record by one of the table's unique keys (a resident's
        ID number, an account's resident, a catalogue's name), as an image."""
        for columns in unique_keys(t):
            value = _unique_value(t, columns, data, {})
            if value is None or value in self.free.get((t.name, columns), ()):
                continue
            self.write(s)
            found = (
                s.connection()
                .execute(
                    select(t).where(*(t.c[c] == v for c, v in zip(columns, value, strict=True)))
                )
                .first()
            )
            if found is not None:
                return rows.image(t, found)
        return None

    def insert(self, t: Table, values: dict[str, Any]) -> None:
        """A row to add, written with the next read or at the end."""
        self.waiting.append((t.name, values))
        key = tuple(values.get(c.name) for c in t.primary_key.columns)
        self.known.pop((t.name, key), None)
        for columns in unique_keys(t):
            if all(c in values for c in columns):
                self.free.get((t.name, columns), set()).discard(tuple(values[c] for c in columns))

    def add_keys(self, name: str, key_rows: Iterable[dict[str, Any]]) -> None:
        """Search-key rows of a record arriving (never looked up by the merge)."""
        self.waiting.extend((name, row) for row in key_rows)

    def changed(self, t: Table, key: dict[str, Any], fields: Iterable[str]) -> None:
        self.known.pop((t.name, tuple(key.values())), None)
        names = set(fields)
        for columns in unique_keys(t):
            if names.intersection(columns):
                self.free.pop((t.name, columns), None)

    def deleted(self, t: Table, key: dict[str, Any]) -> None:
        self.known[(t.name, tuple(key.values()))] = None

    def write(self, s: Session) -> None:
        """Insert what waits: parents before children, one statement per table and shape."""
        if not self.waiting:
            return
        place = _order()
        ordered = sorted(
            enumerate(self.waiting), key=lambda n_row: (place.get(n_row[1][0], 0), n_row[0])
        )
        self.waiting = []
        conn = s.connection()
        batch: list[dict[str, Any]] = []
        shape: tuple[str, tuple[str, ...]] | None = None
        for _, (name, values) in ordered:
            this = (name, tuple(values))
            if this != shape and batch:
                assert shape is not None
                insert_rows(conn, shape[0], batch)
                batch = []
            shape = this
            batch.append(values)
        if batch and shape is not None:
            insert_rows(conn, shape[0], batch)

    def forget(self) -> None:
        """After an operation was held back (its savepoint rolled back): read everything again."""
        self.known.clear()
        self.free.clear()
        self.waiting.clear()


_BULK: dict[tuple[str, str, tuple[str, ...]], tuple[BulkInsert, list[Any]]] = {}


def insert_rows(conn: Connection, name: str, batch: list[dict[str, Any]]) -> None:
    """One INSERT for rows of one table with the same columns. Rows naming every column go
    through the bulk insert (each column's conversion once, not SQLAlchemy's work per row);
    others through Core, which fills the defaults of the columns they lack."""
    columns = tuple(batch[0])
    t = rows.table(name)
    if len(columns) < 2 or len(columns) != len(t.columns):
        conn.execute(insert(t), batch)
        return
    key = (conn.dialect.name, name, columns)
    if key not in _BULK:
        bulk = BulkInsert(conn.dialect, t, columns)
        _BULK[key] = (bulk, [bulk.convert(c) for c in columns])
    bulk, converts = _BULK[key]
    BulkWriter(conn, background=False).insert(
        bulk,
        [
            tuple(convert(row[c]) for convert, c in zip(converts, columns, strict=True))
            for row in batch
        ],
    )


def _unique_value(
    t: Table, columns: tuple[str, ...], data: dict[str, Any], idmap: dict[str, str]
) -> Key | None:
    value = []
    for c in columns:
        raw = data.get(c)
        if raw is None:
            return None
        value.append(rows.decode(t.c[c], idmap.get(raw, raw) if isinstance(raw, str) else raw))
    return tuple(value)


def _used(conn: Any, t: Table, columns: tuple[str, ...], values: set[Key]) -> set[Key]:
    """Which of these values of a unique key rows here already have."""
    used: set[Key] = set()
    ordered = sorted(values, key=str)
    cols = [t.c[c] for c in columns]
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start : start + CHUNK]
        one = len(cols) == 1
        where = cols[0].in_([v[0] for v in chunk]) if one else tuple_(*cols).in_(chunk)
        used.update(tuple(r) for r in conn.execute(select(*cols).where(where)))
    return used


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
    touched: Touched = field(default_factory=Touched)
    categories: dict[Any, str] = field(default_factory=dict)
    """Request categories' names by id, for the search keys of the cases that arrive."""

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
    savepoint = None
    if any(i["t"] == "points_entries" for i in items):
        m.touched.write(s)  # what waits belongs to the operations before: not rolled back
        savepoint = s.begin_nested()
    try:
        for item in items:
            _apply_item(s, m, op, origin, at, item)
        if savepoint is not None:
            m.touched.write(s)
            savepoint.commit()
    except Held as exc:
        assert savepoint is not None
        savepoint.rollback()
        m.touched.forget()
        m.categories.clear()
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


def _order() -> dict[str, int]:
    if not _ORDER:
        _ORDER.update(rows.order())
    return _ORDER


def _order_key(item: dict[str, Any]) -> tuple[int, int]:
    place = _order().get(item["t"], 0)
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
    local = m.touched.row(s, t, key)
    if item["a"] == "delete":
        if local is not None:
            m.touched.write(s)
            s.connection().execute(delete(t).where(*(t.c[k] == v for k, v in key.items())))
            m.touched.deleted(t, key)
        return
    fields: Iterable[str] = item.get("c") or ()
    base: dict[str, Any] = item.get("o") or {}
    if local is None and name in owners.CHILDREN and _made_on_anothers(s, m, op, at, t, data):
        return
    if local is None:
        found = m.touched.same_record(s, t, data)
        if found is None:
            _insert(s, m, t, data)
            return
        if name in owners.CHILDREN and found.get("station_id") != data.get("station_id"):
            # the owner's step n of a case where another station's own step n already is (it
            # was made there before this rule): never merged into it, listed once
            parent = found.get(owners.CHILDREN[name][1])
            _conflict(s, m, op, at, "owner", name, str(parent), "", "", _what(data))
            return
        local = found
        remote_id = str(item["k"].get("id", ""))
        local_id = str(local["id"])
        if remote_id and remote_id != local_id:
            s.connection().execute(
                insert(IdMap), {"remote_id": remote_id, "local_id": local_id, "entity": name}
            )
            m.idmap[remote_id] = local_id
            key = {"id": rows.decode(t.c.id, local_id)}
        fields = [c for c in data if c not in key and c != "created_at"]
        base = {}  # no common value: any difference in a person's field is for a person
    _update(s, m, op, at, t, local, key, data, list(fields), base)


def _made_on_anothers(
    s: Session, m: Merge, op: dict[str, Any], at: datetime, t: Table, data: dict[str, Any]
) -> bool:
    """A row made on a case, item or room by a station that does not own it (an event, a
    loan, a booking): not applied, listed once (docs/SYNC.md, "Ownership")."""
    parent_name, column = owners.CHILDREN[t.name]
    raw = data.get(column)
    if raw is None:
        return False
    parent = rows.table(parent_name)
    found = m.touched.row(s, parent, {"id": rows.decode(parent.c.id, raw)})
    owner = None if found is None else found.get("station_id")
    if not owner or owner == op["origin"]:
        return False
    # listed under the case, item or room it was made on (its number or name on the page)
    _conflict(s, m, op, at, "owner", t.name, str(raw), "", "", _what(data))
    return True


def _what(data: dict[str, Any]) -> str:
    """What a refused row made on another station's record did: a case step's action, a
    loan's or booking's number, else its note (never an id)."""
    return str(data.get("action") or data.get("number") or data.get("note") or "")


def _insert(s: Session, m: Merge, t: Table, data: dict[str, Any]) -> None:
    values = rows.values(t, data)
    if t.name == "users":
        values.update(password_hash=rows.NO_PASSWORD, active=False, failed_attempts=0)
    elif t.name == "points_accounts":
        values["balance"] = 0  # moved by the ledger entries as they are applied
    elif t.name == "points_products":
        values["stock"] = 0
        m.products.add(values["id"])
    m.touched.insert(t, values)
    _follow(s, m, t, values, None)


def _follow(
    s: Session, m: Merge, t: Table, values: dict[str, Any], before_keys: str | None
) -> None:
    """What other rows an applied one brings along: search keys, caches to recompute.
    ``before_keys``: a changed resident's search keys until now; None for a row arriving."""
    if t.name == "residents" and "search_keys" in values:
        resident = values.get("id") or uuid.UUID(int=0)
        if before_keys is not None:
            m.touched.write(s)
            write_keys(s, resident, before_keys, values["search_keys"] or "")
        else:  # a resident arriving: its keys go with the next batch
            m.touched.add_keys(
                ResidentKey.__tablename__,
                (
                    {"key": k, "resident_id": resident}
                    for k in sorted(set((values["search_keys"] or "").split()))
                ),
            )
    elif t.name == "requests" and before_keys is None:  # a case arriving: its search keys
        category = m.categories.get(values["category_id"])
        if category is None:
            m.touched.write(s)
            category = (
                s.connection()
                .execute(
                    select(RequestCategory.name).where(RequestCategory.id == values["category_id"])
                )
                .scalar_one()
            )
            m.categories[values["category_id"]] = category
        keys = search_keys(
            values["number"],
            values["contact_name"],
            values["phone"],
            category,
            values["description"],
        )
        m.touched.add_keys(
            RequestKey.__tablename__,
            (
                {"key": k, "accepted_day": values["accepted_day"], "request_id": values["id"]}
                for k in sorted(keys)
            ),
        )
    elif t.name == "points_stock_moves":
        m.products.add(values["product_id"])
    elif t.name == "volunteer_signups":
        m.activities.add(values["activity_id"])


_UNIQUE: dict[str, list[tuple[str, ...]]] = {}


def unique_keys(t: Table) -> list[tuple[str, ...]]:
    """The table's unique keys other than its id: what makes two rows the same record."""
    known = _UNIQUE.get(t.name)
    if known is not None:
        return known
    keys: list[tuple[str, ...]] = []
    for c in t.columns:
        if c.unique and not c.primary_key:
            keys.append((c.name,))
    for constraint in t.constraints:
        names = tuple(getattr(constraint, "columns", {}).keys())
        if type(constraint).__name__ == "UniqueConstraint" and names:
            keys.append(names)
    for index in t.indexes:
        # a partial index (one open loan per item) is no identity: the item's old loans share it
        partial = any(v is not None for k, v in index.dialect_kwargs.items() if k.endswith("where"))
        if index.unique and not partial:
            keys.append(tuple(c.name for c in index.columns))
    _UNIQUE[t.name] = [k for k in dict.fromkeys(keys) if "id" not in k]
    return _UNIQUE[t.name]


def _update(
    s: Session,
    m: Merge,
    op: dict[str, Any],
    at: datetime,
    t: Table,
    local_image: dict[str, Any],
    key: dict[str, Any],
    data: dict[str, Any],
    fields: list[str],
    base: dict[str, Any],
) -> None:
    keep_local = rows.LOCAL_COLUMNS.get(t.name, frozenset())
    owner = local_image.get("station_id") if t.name in owners.OWNED else None
    foreign = bool(owner) and owner != op["origin"]  # another station's case, item or room
    changes: dict[str, Any] = {}
    conflicted = refused = False
    agreed: set[str] = set()  # a resident's fields that now hold the same value on both sides
    for f in fields:
        if f not in data or f in keep_local or f not in t.c:
            continue
        mine, theirs = local_image.get(f), data[f]
        if mine == theirs:
            agreed.add(f)
            continue
        if foreign and f in STAMPS:
            continue  # another station's record of the same name: the owner's stamps stay
        if foreign and f not in owners.FREE_FIELDS:
            refused = True
            _conflict(s, m, op, at, "owner", t.name, str(local_image["id"]), f, mine, theirs)
            continue
        person = t.name == "residents" and f in PERSON_FIELDS
        if person and (f not in base or base[f] != mine):
            conflicted = True
            _conflict(s, m, op, at, "field", t.name, str(local_image["id"]), f, mine, theirs)
            continue
        changes[f] = rows.decode(t.c[f], theirs)
        agreed.add(f)
    if t.name == "residents" and agreed & PERSON_FIELDS:
        _agreed(s, m, op, str(local_image["id"]), agreed & PERSON_FIELDS)
    if conflicted:
        for f in DERIVED:
            changes.pop(f, None)
    if refused:  # a step of another station's case: not even its deadline moves
        changes = {f: v for f, v in changes.items() if f in ("version", "updated_at")}
    if t.name == "residents" and "search_keys" in changes:
        _follow(s, m, t, {"id": key["id"], **changes}, local_image.get("search_keys") or "")
    if changes:
        m.touched.write(s)
        s.connection().execute(
            update(t).where(*(t.c[k] == v for k, v in key.items())).values(**changes)
        )
        m.touched.changed(t, key, changes)


def _agreed(s: Session, m: Merge, op: dict[str, Any], resident: str, names: set[str]) -> None:
    """A resident's field listed in 同步冲突 here that another side has since set to the
    value this side holds (a person decided it there, or changed it to the same): nothing is
    left to decide, so it leaves the list, decided by whoever made that change."""
    m.touched.write(s)
    s.connection().execute(
        update(CONFLICTS)
        .where(
            CONFLICTS.c.kind == "field",
            CONFLICTS.c.entity_id == resident,
            CONFLICTS.c.field.in_(sorted(names)),
            CONFLICTS.c.resolved_at.is_(None),
        )
        .values(resolved_at=utcnow(), resolved_by=str(op.get("user", ""))[:60])
    )


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
    m.touched.write(s)  # the account and the entries before, for the balance read here
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
    m.touched.write(s)
    if m.applied_rows:
        insert_rows(s.connection(), APPLIED.name, m.applied_rows)
        m.applied_rows.clear()
    if m.products:  # each side counts only its own shelf: another station's sale never
        holding.recount(s, m.products)  # takes a piece from here (docs/SYNC.md)
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
