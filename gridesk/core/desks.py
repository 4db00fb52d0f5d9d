"""Desks of a hall: each computer's name, kept in its own settings (``config.DeskConfig``),
never in the database several desks share; stamped on every write (``store.write``)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from gridesk.config import DeskConfig, clean_desk_name, read_desk_config, write_desk_config
from gridesk.core.actor import Actor, Permission
from gridesk.core.store import Store
from gridesk.errors import QT_TRANSLATE_NOOP, StoreError


def name_desk(store: Store, name: str) -> str:
    """The desk's first name, at setting up (before anyone can sign in)."""
    name = clean_desk_name(name)
    _write(store, name)
    return name


def rename_desk(store: Store, actor: Actor, name: str) -> str:
    """The admin renames this desk; the audit row says from what (stamped with the old name)."""
    actor.require(Permission.SETTINGS_MANAGE)
    name = clean_desk_name(name)
    old = store.desk_name
    if name == old:
        return name
    with store.write(actor) as s:
        store.audit(s, "rename", "desk", name, old)
    _write(store, name)
    return name


def _write(store: Store, name: str) -> None:
    save_desk_config(store.data_dir, replace(read_desk_config(store.data_dir), name=name))
    store.desk_name = name


def save_desk_config(data_dir: Path, config: DeskConfig) -> None:
    try:
        write_desk_config(data_dir, config)
    except OSError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "This desk's settings could not be saved: {reason}"),
            reason=exc.strerror or str(exc),
        ) from exc


def check_hall(url: str, data_dir: Path) -> bool:
    """Reach the hall's database for real (the first-run window's test, before anything is
    saved): True when a desk has set it up already, False when it is still empty. Refused
    with a plain line (not reached, a wrong password, no such database)."""
    store = Store(url, data_dir)
    try:
        return store.is_initialised()
    except (DBAPIError, sqlite3.Error) as exc:
        raise store.dialect.user_error(exc, opening=True) or StoreError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} cannot be used: it is not a GriDesk database, or another "
                "program changed it. The details are in the log.",
            ),
            path=store.location,
        ) from exc
    finally:
        store.engine.dispose()
