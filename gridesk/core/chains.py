"""Hash chains: the points ledger's and the audit log's, both made the same way.

Each row of a chain carries ``seq`` (1, 2, 3, … with no gap), ``prev_hash`` and ``hash``::

    hash = sha256_hex(prev_hash + canonical(row))     prev_hash of seq 1 = "0" * 64

The ledger's canonical form is in ``gridesk.core.points.ledger``. The audit log's
(``AUDIT_FORM``, "GDA1") is the JSON array, written by ``json.dumps(…, ensure_ascii=True,
separators=(",", ":"))`` (so every character outside ASCII as ``\\uXXXX``), of::

    ["GDA1", seq, id, at, station_id, user_id, username, action, entity, entity_id, detail,
     operation_id]                    and, when the row names its desk, desk as a 13th element

- ``seq`` a JSON integer, every other field a JSON string;
- UUIDs in the canonical lowercase hyphenated form (``str(uuid.UUID)``), a missing one as "";
- ``at`` in UTC as ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` (always six fraction digits);
- ``desk`` (the desk's name, since migration 0021) only when not empty, so every row written
  before desks had names keeps the hash it was given.

JSON rather than ``|``-joined text because an audit row's user name, record id and detail are
free text: the array cannot be read two ways whatever they hold.

Someone holding the database file can still rewrite a whole chain and every hash after an edit;
that is caught by anchors kept outside the database (``gridesk.core.anchors``). Rows of both
chains are append-only in the database itself (triggers refuse UPDATE and DELETE).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.orm import Session

from gridesk.core.dialect import trigger_names
from gridesk.core.models import AuditEntry

GENESIS = "0" * 64
AUDIT_FORM = "GDA1"
AUDIT = cast(Table, AuditEntry.__table__)
_AUDIT_HEAD = "audit_chain_head"
AUDIT_FIRST = "audit_first_seq"
_JSON = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"))
"""``json.dumps(…, ensure_ascii=True, separators=(",", ":"))``, made once (the hot path)."""
_AUDIT_HEAD_SQL = "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"


def chain_hash(prev_hash: str, canonical_text: str) -> str:
    return hashlib.sha256((prev_hash + canonical_text).encode("utf-8")).hexdigest()


def utc_text(at: datetime) -> str:
    if at.tzinfo is None:  # a driver's naive value: stored in UTC
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def uuid_text(value: uuid.UUID | str | None) -> str:
    """A UUID in the canonical hyphenated form, from the value or as a database stores it
    (SQLite: 32 hex digits); a missing one as ""."""
    if not value:
        return ""
    if isinstance(value, uuid.UUID):
        return str(value)
    h = value.replace("-", "").lower()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def time_text(value: datetime | str) -> str:
    """A UTC moment in the canonical form, from the value or as SQLite stores it
    (``YYYY-MM-DD HH:MM:SS[.ffffff]``)."""
    if isinstance(value, datetime):
        return utc_text(value)
    day, _, clock = value.partition(" ")
    whole, _, fraction = clock.partition(".")
    return f"{day}T{whole}.{(fraction + '000000')[:6]}Z"


def audit_canonical(
    seq: int,
    row_id: uuid.UUID | str,
    at: datetime | str,
    station_id: uuid.UUID | str | None,
    user_id: uuid.UUID | str | None,
    username: str,
    action: str,
    entity: str,
    entity_id: str,
    detail: str,
    operation_id: uuid.UUID | str | None,
    desk: str | None = "",
) -> str:
    """The canonical text of one audit row (see the module's docstring)."""
    fields: list[object] = [
        AUDIT_FORM,
        int(seq),
        uuid_text(row_id),
        time_text(at),
        uuid_text(station_id),
        uuid_text(user_id),
        username,
        action,
        entity,
        entity_id,
        detail or "",
        uuid_text(operation_id),
    ]
    if desk:
        fields.append(desk)
    return _JSON.encode(fields)


def _audit_head(s: Session) -> tuple[int, str]:
    head: tuple[int, str] | None = s.info.get(_AUDIT_HEAD)
    if head is None:
        # on the counter's hot path: the driver's statement, without the ORM's per-call cost
        row = s.connection().exec_driver_sql(_AUDIT_HEAD_SQL).first()
        head = (int(row[0]), str(row[1])) if row else (0, GENESIS)
    return head


def link_audit_rows(s: Session, rows: Iterable[Any]) -> None:
    """Give each new audit row (a dict of its values or an ``AuditEntry``, with ``id`` and
    ``at`` set) its place in the chain, in the order given. Inside a unit of work that holds
    the write lock (``store.write``), so the head cannot move before the commit."""
    seq, prev = _audit_head(s)
    s.info.setdefault(AUDIT_FIRST, seq + 1)  # where this unit of work's rows start (the sync)
    for row in rows:
        get: Callable[[str], Any] = row.get if isinstance(row, Mapping) else _attribute(row)
        seq += 1
        digest = chain_hash(
            prev,
            audit_canonical(
                seq,
                get("id"),
                get("at"),
                get("station_id"),
                get("user_id"),
                get("username"),
                get("action"),
                get("entity"),
                get("entity_id"),
                get("detail"),
                get("operation_id"),
                get("desk"),
            ),
        )
        values = {"seq": seq, "prev_hash": prev, "hash": digest}
        if isinstance(row, dict):
            row.update(values)
        else:
            for key, value in values.items():
                setattr(row, key, value)
        prev = digest
    s.info[_AUDIT_HEAD] = (seq, prev)


def _attribute(row: object) -> Callable[[str], Any]:
    return lambda key: getattr(row, key)


@dataclass(frozen=True)
class ChainBreak:
    """Where a chain stops being trustworthy: the row numbered ``seq`` and why."""

    seq: int
    row_id: str
    what: str


def walk(rows: Iterable[tuple[int, str, str, str, str]]) -> Iterator[ChainBreak]:
    """Walk (seq, id, canonical text, prev_hash, hash) in ``seq`` order; yield the first break
    (an edited, inserted or removed row): what follows a break cannot be trusted further."""
    prev = GENESIS
    expected = 1
    for seq, row_id, canonical_text, prev_hash, digest in rows:
        problem = None
        if seq != expected:
            problem = f"follows #{expected - 1}: a row is missing or was inserted"
        elif prev_hash != prev:
            problem = "does not follow the previous row's hash: a row was changed"
        elif chain_hash(prev, canonical_text) != digest:
            problem = "does not match its hash: it was changed outside GriDesk"
        if problem is not None:
            yield ChainBreak(seq, row_id, problem)
            return
        prev = digest
        expected = seq + 1


_AUDIT_SQL = (
    "SELECT seq, id, at, station_id, user_id, username, action, entity, entity_id, detail, "
    "operation_id, desk, prev_hash, hash FROM audit_log ORDER BY seq"
)


def _audit_rows(s: Session) -> Iterator[tuple[int, str, str, str, str]]:
    """Every audit row as the driver hands it (no per-value conversion: a million in seconds);
    ``uuid_text`` and ``time_text`` read SQLite's stored text and a server's values alike."""
    cursor = s.connection().exec_driver_sql(_AUDIT_SQL)
    while batch := cursor.fetchmany(10_000):
        for row in batch:
            seq, rid, at, st, user, name, action, entity, eid, detail, op, desk = row[:12]
            prev, digest = row[12], row[13]
            text = audit_canonical(
                seq, rid, at, st, user, name, action, entity, eid, detail, op, desk
            )
            yield int(seq), uuid_text(rid), text, prev, digest


def verify_audit_chain(s: Session) -> Iterator[ChainBreak]:
    """The first break of the audit log's chain, if any."""
    yield from walk(_audit_rows(s))


def unprotected(s: Session, tables: Iterable[str]) -> Iterator[str]:
    """A sentence for each append-only table whose UPDATE or DELETE trigger is missing."""
    have = trigger_names(s)
    for table in tables:
        for action in ("update", "delete"):
            if f"{table}_no_{action}" not in have:
                yield f"{table} is not protected against {action.upper()} (trigger missing)"
