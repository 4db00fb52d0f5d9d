"""Desks of a hall: each computer's name, kept in its own settings (``config.DeskConfig``),
never in the database several desks share; stamped on every write (``store.write``)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from gridesk import clock
from gridesk.config import DeskConfig, clean_desk_name, read_desk_config, write_desk_config
from gridesk.core.actor import Actor, Permission
from gridesk.core.models import AuditEntry, Setting
from gridesk.core.store import Store
from gridesk.errors import QT_TRANSLATE_NOOP, StoreError


def name_desk(store: Store, name: str) -> str:
    """The desk's first name, at setting up (before anyone can sign in)."""
    name = clean_desk_name(name)
    _write(store, name)
    return name


def rename_desk(store: Store, actor: Actor, name: str) -> str:
    """The admin renames this desk; the audit row says from what (stamped with the old name).
    The desk's own settings (its printers on a hall's database, ``desk_setting_key``) go
    with it, in the same unit of work: a desk renamed keeps its printers instead of falling
    back to the hall's. The desk's file is written inside it too, so a file that cannot be
    written leaves the old name and settings, and a commit that fails puts the file back."""
    actor.require(Permission.SETTINGS_MANAGE)
    return _name(store, actor, clean_desk_name(name), "rename")


def name_unnamed_desk(store: Store, actor: Actor, name: str) -> str:
    """The first name of a desk set up before desks had names (an upgraded installation: no
    ``desk.json``, the database set up): asked at start of whoever signs in first, as the
    first-run window asks whoever sets up. Audited; once the desk has a name, renaming it is
    the admin's (``rename_desk``)."""
    if store.desk_name:
        return rename_desk(store, actor, name)
    return _name(store, actor, clean_desk_name(name), "name")


def _name(store: Store, actor: Actor, name: str, action: str) -> str:
    old = store.desk_name
    if name == old:
        return name
    try:
        with store.write(actor) as s:
            store.audit(s, action, "desk", name, old)
            if old:
                _carry_settings(s, old, name)
            _write(store, name)
    except BaseException:
        if store.desk_name != old:  # the file says the new name: the database does not
            try:
                _write(store, old)
            except StoreError:
                store.desk_name = old  # this run goes on as the database says
        raise
    return name


def desk_names_in_use(store: Store, days: int = 90) -> set[str]:
    """The names of the desks that wrote to this database lately (its audit rows of the last
    ``days``, over the time index) or keep settings of their own: a new name is suggested
    among the others."""
    since = clock.utcnow() - timedelta(days=days)
    with store.read() as s:
        stamped = s.scalars(
            select(AuditEntry.desk).where(AuditEntry.at >= since, AuditEntry.desk != "").distinct()
        ).all()
        own = s.scalars(select(Setting.key).where(Setting.key.contains("@"))).all()
    return {*stamped, *(key.split("@", 1)[1] for key in own)}


def desk_setting_key(key: str, desk: str) -> str:
    """The key of one desk's own value of setting ``key`` (``printer.receipt.name@窗口2``)."""
    return f"{key}@{desk}"


def _carry_settings(session: Session, old: str, new: str) -> None:
    """Move every setting of desk ``old`` to desk ``new`` (a value ``new`` had already, from
    a desk of that name before, gives way to this desk's)."""
    rows = session.scalars(
        select(Setting).where(Setting.key.endswith(desk_setting_key("", old), autoescape=True))
    ).all()
    for row in rows:
        key = row.key[: -len(desk_setting_key("", old))]
        if "@" in key:  # another desk's, whose name ends in "@" and this one's
            continue
        target = session.get(Setting, desk_setting_key(key, new))
        if target is None:
            session.add(Setting(key=desk_setting_key(key, new), value=row.value))
        elif target.value != row.value:
            target.value = row.value
        session.delete(row)


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
