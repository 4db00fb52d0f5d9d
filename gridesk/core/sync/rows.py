"""Row images: a row as plain JSON values and back, the tables that sync, their order."""

from __future__ import annotations

import base64
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, Table, TypeDecorator

from gridesk.core.models import Base

LOCAL_TABLES = frozenset(
    {
        "installation",
        "settings",
        "sequences",
        "audit_log",
        "print_jobs",
        "resident_keys",
        "alembic_version",
    }
)
"""Tables each side keeps for itself (docs/SYNC.md)."""

LOCAL_COLUMNS: dict[str, frozenset[str]] = {
    "users": frozenset(
        {"password_hash", "active", "failed_attempts", "locked_until", "last_sign_in"}
    ),
    "points_accounts": frozenset({"balance"}),
    "points_products": frozenset({"stock"}),
}
"""Columns that never travel: credentials, and caches each side keeps from its own rows."""

NO_PASSWORD = "!sync"
"""A user arriving from another side cannot sign in here (no hash matches it)."""


def synced(table: str) -> bool:
    return table not in LOCAL_TABLES and not table.startswith("sync_")


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def order() -> dict[str, int]:
    """Each table's place in dependency order: parents before children."""
    return {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}


def encode(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return {"b64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


_KINDS: dict[int, type | None] = {}
"""Each column's Python type, by the column's identity (asked once: a pack decodes many rows)."""


def _python_type(column: Column[Any]) -> type | None:
    try:
        return _KINDS[id(column)]
    except KeyError:
        pass
    typ = column.type
    if isinstance(typ, TypeDecorator):
        typ = typ.impl_instance
    try:
        kind: type | None = typ.python_type
    except NotImplementedError:  # a type with no Python type: its values pass unchanged
        kind = None
    _KINDS[id(column)] = kind
    return kind


def decode(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    kind = _python_type(column)
    if kind is None:
        return value
    if kind is uuid.UUID:
        return uuid.UUID(value)
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if kind is bytes:
        return base64.b64decode(value["b64"])
    return value


def image(t: Table, row: Any) -> dict[str, Any]:
    """A row (a Core result row) as JSON values, without the columns that stay local."""
    local = LOCAL_COLUMNS.get(t.name, frozenset())
    return {c.name: encode(row._mapping[c]) for c in t.columns if c.name not in local}


def values(t: Table, data: dict[str, Any]) -> dict[str, Any]:
    """JSON values back to the columns' Python values (unknown keys left out)."""
    return {c.name: decode(c, data[c.name]) for c in t.columns if c.name in data}


def key_of(t: Table, ident: str) -> dict[str, Any]:
    """A primary key from an audit row's entity id (composite keys joined by ``/``)."""
    parts = ident.split("/")
    cols = list(t.primary_key.columns)
    return {c.name: decode(c, p) for c, p in zip(cols, parts, strict=True)}


class _Tables:
    """The names of the schema's tables (read when first asked: every model is loaded)."""

    def __contains__(self, name: object) -> bool:
        return name in Base.metadata.tables


TABLES = _Tables()
