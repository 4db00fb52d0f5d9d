"""What every catalogue (grids, tags, request units and categories …) does the same way: its
entries are archived rather than deleted, and an entry is renamed or added only under a name
no other entry has."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from gridesk.errors import Conflict, NotFound

Entry = TypeVar("Entry")


def entries(model: Any, *order_by: Any, include_archived: bool = False) -> Select[Any]:
    """The catalogue's entries in order; the archived ones only when asked for."""
    stmt = select(model).order_by(*order_by)
    return stmt if include_archived else stmt.where(model.archived.is_(False))


def entry_to_save(
    s: Session,
    model: type[Entry],
    entry_id: uuid.UUID | None,
    *,
    taken: tuple[ColumnElement[bool], ...],
    taken_message: str,
    name: str,
    missing_message: str,
    new: Callable[[], Entry],
) -> Entry:
    """The entry an edit is saved into: ``new()`` (added to the session) when ``entry_id`` is
    None, else the stored one (``NotFound`` with ``missing_message``). Refused first with
    ``Conflict(taken_message, name=name)`` when another entry matches ``taken``."""
    key: Any = model.id  # type: ignore[attr-defined]
    if s.execute(select(key).where(*taken, key != entry_id)).first():
        raise Conflict(taken_message, name=name)
    if entry_id is None:
        entry = new()
        s.add(entry)
        return entry
    found = s.get(model, entry_id)
    if found is None:
        raise NotFound(missing_message)
    return found
