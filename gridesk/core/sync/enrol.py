"""Enrolment: the hub makes a station (its id, code, key and a snapshot of the shared records);
the station is set up from that file (docs/SYNC.md)."""

from __future__ import annotations

import gzip
import json
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from gridesk.clock import utcnow
from gridesk.core.actor import Actor, Permission, Role
from gridesk.core.auth import actor_for, check_new_password, hash_password
from gridesk.core.chains import GENESIS
from gridesk.core.models import Base, Installation, ResidentKey, Station, User, new_id
from gridesk.core.points import holding
from gridesk.core.points.models import LedgerEntry
from gridesk.core.setup import DEFAULT_SETTINGS, STATION_CODE
from gridesk.core.store import Store, set_setting
from gridesk.core.sync import rows
from gridesk.core.sync.allowances import DEFAULT as DEFAULT_ALLOWANCE
from gridesk.core.sync.allowances import SETTING as ALLOWANCE
from gridesk.core.sync.models import HUB, STATION, OutboxOp, SyncIdentity, SyncPeer
from gridesk.core.sync.outbox import fingerprint_file, fingerprint_of, forget_verdicts
from gridesk.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, StoreError, ValidationError

FORMAT = "GDE1"


@dataclass(frozen=True)
class Enrolled:
    station_id: uuid.UUID
    code: str
    name: str
    admin: str
    rows: int


def identity(s: Session) -> SyncIdentity | None:
    return s.execute(select(SyncIdentity)).scalar_one_or_none()


def add_station(
    store: Store, actor: Actor, code: str, name: str, target: Path, admin: str = ""
) -> Enrolled:
    """At the hub: a new station, its key, and its enrolment file written to ``target``."""
    actor.require(Permission.SETTINGS_MANAGE)
    code, name = code.strip().upper(), name.strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the station's name."))
    if not STATION_CODE.match(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A station code is 2 to 8 capital letters or digits, starting with a letter (e.g. CY).",
            )
        )
    admin = admin.strip() or f"admin-{code.lower()}"
    with store.write(actor) as s:
        me = identity(s)
        if me is not None and me.role != HUB:
            raise Conflict(
                QT_TRANSLATE_NOOP("errors", "Only the centre (the hub) can enrol a station.")
            )
        if s.execute(select(Station.id).where(Station.code == code)).first():
            raise Conflict(
                QT_TRANSLATE_NOOP("errors", "Another station already has the code {code}."),
                code=code,
            )
        if s.execute(select(User.id).where(User.username == admin)).first():
            raise Conflict(
                QT_TRANSLATE_NOOP("errors", "The user name {name} is taken."), name=admin
            )
        hub = s.execute(
            select(Station).join(Installation, Installation.station_id == Station.id)
        ).scalar_one()
        now = utcnow()
        if me is None:
            s.add(SyncIdentity(id=1, role=HUB, station_id=hub.id, enrolled_at=now))
        station = Station(id=new_id(), name=name, code=code)
        s.add(station)
        s.flush()
        station.station_id = station.id
        head = s.execute(
            select(LedgerEntry.seq, LedgerEntry.hash).order_by(LedgerEntry.seq.desc()).limit(1)
        ).first()
        chain_seq, chain_hash = (head.seq, head.hash) if head else (0, GENESIS)
        hub_seq = (
            1
            + s.execute(
                select(func.coalesce(func.max(OutboxOp.seq), 0)).where(
                    OutboxOp.station_id == hub.id
                )
            ).scalar_one()
        )  # this unit of work's own operation (the station's record) is in it
        key = secrets.token_hex(32)
        s.add(
            SyncPeer(
                station_id=station.id,
                code=code,
                name=name,
                role=STATION,
                key=key,
                acked_seq=hub_seq,
                applied_seq=0,
                chain_seq=chain_seq,
                chain_hash=chain_hash,
                enrolled_at=now,
            )
        )
        s.flush()
        snapshot = _snapshot(s)
        secret = s.execute(select(Installation.qr_secret)).scalar_one()
        document = {
            "format": FORMAT,
            "hub": {"id": str(hub.id), "code": hub.code, "name": hub.name},
            "station": {"id": str(station.id), "code": code, "name": name},
            "admin": admin,
            "key": key,
            "qr_secret": secret,
            "hub_seq": hub_seq,
            "chain": {"seq": chain_seq, "hash": chain_hash},
            "tables": snapshot,
        }
        data = gzip.compress(json.dumps(document, ensure_ascii=False).encode("utf-8"), 6)
        _write_file(target, data)
    return Enrolled(station.id, code, name, admin, sum(len(v) for v in snapshot.values()))


def _write_file(target: Path, data: bytes) -> None:
    try:
        target.write_bytes(data)
    except OSError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "Cannot write the file {path}: {reason}"),
            path=str(target),
            reason=exc.strerror or "",
        ) from exc


def _snapshot(s: Session) -> dict[str, list[dict[str, Any]]]:
    """Every shared row, caches included (the station starts from the hub's balances)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for t in Base.metadata.sorted_tables:
        if not rows.synced(t.name):
            continue
        cred = rows.LOCAL_COLUMNS.get("users", frozenset()) if t.name == "users" else frozenset()
        out[t.name] = [
            {c.name: rows.encode(r._mapping[c]) for c in t.columns if c.name not in cred}
            for r in s.execute(select(t))
        ]
    return out


def read_enrolment(path: Path) -> dict[str, Any]:
    not_one = ValidationError(
        QT_TRANSLATE_NOOP("errors", "{path} is not a GriDesk enrolment file."), path=str(path)
    )
    try:
        document = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    except OSError as exc:
        if isinstance(exc, FileNotFoundError | PermissionError):
            raise StoreError(
                QT_TRANSLATE_NOOP("errors", "Cannot read the file {path}."), path=str(path)
            ) from exc
        raise not_one from exc
    except ValueError as exc:
        raise not_one from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise not_one
    return document


def enrol(store: Store, path: Path, admin_password: str) -> Enrolled:
    """At the station: set this empty database up as the station the file names."""
    document = read_enrolment(path)
    check_new_password(admin_password)
    if store.is_initialised():
        raise Conflict(QT_TRANSLATE_NOOP("errors", "This database is already set up."))
    station_id = uuid.UUID(document["station"]["id"])
    hub_id = uuid.UUID(document["hub"]["id"])
    admin = User(
        id=new_id(),
        station_id=station_id,
        username=document["admin"],
        display_name=document["admin"],
        role=Role.ADMIN.value,
        password_hash=hash_password(admin_password),
    )
    actor = actor_for(admin)
    token = secrets.token_hex(32)
    database = store.sqlite_path
    if database is not None:
        fingerprint_file(database).write_text(token + "\n", encoding="ascii")
        forget_verdicts()
    count = 0
    with store.write(actor) as s:
        for t in Base.metadata.sorted_tables:
            found = document["tables"].get(t.name)
            if not found:
                continue
            extra = _arriving_user if t.name == "users" else None
            values = [rows.values(t, extra(r) if extra else r) for r in found]
            s.execute(insert(cast(Table, t)), values)
            count += len(values)
        keys = [
            {"key": k, "resident_id": uuid.UUID(r["id"])}
            for r in document["tables"].get("residents", [])
            for k in (r.get("search_keys") or "").split()
        ]
        if keys:
            s.execute(insert(ResidentKey), keys)
        admin.created_by = admin.id
        s.add(admin)
        s.flush()
        s.add(Installation(station_id=station_id, qr_secret=document["qr_secret"]))
        s.flush()
        holding.recount(s)  # a new station's shelf is empty until its own goods come in
        now = utcnow()
        s.add(
            SyncIdentity(
                id=1,
                role=STATION,
                station_id=station_id,
                hub_id=hub_id,
                fingerprint=fingerprint_of(token) if database is not None else None,
                enrolled_at=now,
            )
        )
        s.add(
            SyncPeer(
                station_id=hub_id,
                code=document["hub"]["code"],
                name=document["hub"]["name"],
                role=HUB,
                key=document["key"],
                acked_seq=0,
                applied_seq=int(document["hub_seq"]),
                chain_seq=int(document["chain"]["seq"]),
                chain_hash=document["chain"]["hash"],
                last_heard_at=now,
                enrolled_at=now,
            )
        )
        for key, value in {**DEFAULT_SETTINGS, ALLOWANCE: DEFAULT_ALLOWANCE}.items():
            set_setting(s, key, value)
    return Enrolled(
        station_id, document["station"]["code"], document["station"]["name"], admin.username, count
    )


def _arriving_user(row: dict[str, Any]) -> dict[str, Any]:
    """A user from another side: a record here, who cannot sign in here."""
    return {**row, "password_hash": rows.NO_PASSWORD, "active": False, "failed_attempts": 0}


def revoke_station(store: Store, actor: Actor, code: str) -> str:
    """At the hub: a station's enrolment withdrawn (a lost laptop): its packs are refused from
    now on. Returns its name."""
    actor.require(Permission.SETTINGS_MANAGE)
    with store.write(actor) as s:
        peer = s.execute(
            select(SyncPeer).where(SyncPeer.code == code.strip().upper(), SyncPeer.role == STATION)
        ).scalar_one_or_none()
        if peer is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "No station with the code {code} is enrolled here."),
                code=code.strip().upper(),
            )
        peer.revoked = True
        return peer.name
