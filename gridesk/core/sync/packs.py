"""Sync packs: what one side sends the other, signed, compressed, idempotent (docs/SYNC.md).

A pack file is gzip-compressed JSON ``{"format": "GDP1", "from": station id, "sig": HMAC,
"body": text}``; the HMAC-SHA256 is over ``body`` under the station's key (the hub signs its
packs to a station with that station's key). The body holds ``to``, ``after`` and ``upto``
(the sender's outbox sequence numbers the pack covers: everything the receiver had not
acknowledged), ``ack`` (how far the sender applied the receiver's outbox) and the operations.
"""

from __future__ import annotations

import gzip
import hashlib
import hmac
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from gridesk.clock import utcnow
from gridesk.core.actor import Actor, Permission
from gridesk.core.models import Station
from gridesk.core.store import Store
from gridesk.core.sync import merge, rows
from gridesk.core.sync.enrol import identity
from gridesk.core.sync.models import HUB, OutboxOp, PackLog, SyncConflict, SyncIdentity, SyncPeer
from gridesk.core.sync.outbox import APPLYING
from gridesk.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, StoreError, ValidationError

FORMAT = "GDP1"
OUTBOX = cast(Table, OutboxOp.__table__)


class NotInSync(Conflict):
    """This installation is neither a hub nor an enrolled station."""


class PackRefused(ValidationError):
    """A pack that is not a GriDesk pack, not for here, or not signed by a known station."""


@dataclass(frozen=True)
class PackResult:
    peer: str
    operations: int
    applied: int
    skipped: int
    conflicts: int
    size: int


def _me(s: Session) -> SyncIdentity:
    me = identity(s)
    if me is None:
        raise NotInSync(
            QT_TRANSLATE_NOOP(
                "errors",
                "This installation does not sync: it is neither the centre of enrolled "
                "stations nor a station (gridesk station add, gridesk init --enrolment).",
            )
        )
    return me


def _peer(s: Session, me: SyncIdentity, code: str | None) -> SyncPeer:
    if me.role != HUB:
        return s.execute(select(SyncPeer).where(SyncPeer.station_id == me.hub_id)).scalar_one()
    if not code:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "At the centre, name the station the pack is for.")
        )
    peer = s.execute(
        select(SyncPeer).where(SyncPeer.code == code.strip().upper())
    ).scalar_one_or_none()
    if peer is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "No station with the code {code} is enrolled here."),
            code=code.strip().upper(),
        )
    return peer


def _sign(key: str, body: str) -> str:
    return hmac.new(bytes.fromhex(key), body.encode("utf-8"), hashlib.sha256).hexdigest()


def make_pack(s: Session, me: SyncIdentity, peer: SyncPeer) -> tuple[bytes, int, int, int]:
    """The pack for ``peer``: (file bytes, after, upto, operations)."""
    upto = s.execute(
        select(func.coalesce(func.max(OUTBOX.c.seq), 0)).where(OUTBOX.c.station_id == me.station_id)
    ).scalar_one()
    after = min(peer.acked_seq, upto)
    ops = [
        {
            "id": str(r.id),
            "seq": r.seq,
            "kind": r.kind,
            "at": r.at.isoformat(),
            "user": r.username,
            "origin": str(r.origin_station_id),
            "origin_op": str(r.origin_op_id),
            "payload": json.loads(r.payload),
        }
        for r in s.execute(
            select(OUTBOX)
            .where(
                OUTBOX.c.station_id == me.station_id,
                OUTBOX.c.seq > after,
                OUTBOX.c.origin_station_id != peer.station_id,
            )
            .order_by(OUTBOX.c.seq)
        )
    ]
    chain: list[dict[str, Any]] = []
    if me.role != HUB:  # the station's chain since the hub last verified it
        t = rows.table("points_entries")
        chain = [
            rows.image(t, r)
            for r in s.execute(select(t).where(t.c.seq > peer.chain_seq).order_by(t.c.seq))
        ]
    body = json.dumps(
        {
            "to": str(peer.station_id),
            "chain": chain,
            "chain_ack": peer.chain_seq if me.role == HUB else 0,
            "after": after,
            "upto": upto,
            "ack": peer.applied_seq,
            "at": utcnow().isoformat(),
            "ops": ops,
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )
    document = {
        "format": FORMAT,
        "from": str(me.station_id),
        "sig": _sign(peer.key, body),
        "body": body,
    }
    data = gzip.compress(json.dumps(document, ensure_ascii=False).encode("utf-8"), 6)
    return data, after, upto, len(ops)


def export_pack(store: Store, actor: Actor, target: Path, station: str | None = None) -> PackResult:
    actor.require(Permission.SETTINGS_MANAGE)
    with store.write(actor) as s:
        me = _me(s)
        peer = _peer(s, me, station)
        data, after, upto, count = make_pack(s, me, peer)
        try:
            target.write_bytes(data)
        except OSError as exc:
            raise StoreError(
                QT_TRANSLATE_NOOP("errors", "Cannot write the file {path}: {reason}"),
                path=str(target),
                reason=exc.strerror or "",
            ) from exc
        s.add(
            PackLog(
                direction="out",
                peer_id=peer.station_id,
                first_seq=after + 1,
                last_seq=upto,
                operations=count,
                size=len(data),
                at=utcnow(),
            )
        )
        return PackResult(peer.name, count, 0, 0, 0, len(data))


def read_pack(data: bytes) -> dict[str, Any]:
    try:
        document = json.loads(gzip.decompress(data).decode("utf-8"))
    except (OSError, ValueError, EOFError) as exc:
        raise PackRefused(
            QT_TRANSLATE_NOOP("errors", "This file is not a GriDesk sync pack.")
        ) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise PackRefused(QT_TRANSLATE_NOOP("errors", "This file is not a GriDesk sync pack."))
    return document


def import_pack(store: Store, actor: Actor, source: Path) -> PackResult:
    actor.require(Permission.SETTINGS_MANAGE)
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "Cannot read the file {path}."), path=str(source)
        ) from exc
    return apply_pack(store, actor, data)


def apply_pack(store: Store, actor: Actor, data: bytes) -> PackResult:
    """Verify and apply one pack; everything it holds that is new here, once, or nothing."""
    document = read_pack(data)
    with store.write(actor) as s:
        me = _me(s)
        try:
            sender_id = uuid.UUID(str(document.get("from")))
        except ValueError as exc:
            raise PackRefused(
                QT_TRANSLATE_NOOP("errors", "This file is not a GriDesk sync pack.")
            ) from exc
        peer = s.get(SyncPeer, sender_id)
        if peer is None:
            raise PackRefused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This pack comes from a station that is not enrolled here: it was not applied.",
                )
            )
        if peer.revoked:
            raise PackRefused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This pack comes from station {station}, whose enrolment was withdrawn: it "
                    "was not applied.",
                ),
                station=peer.name,
            )
        body = str(document.get("body", ""))
        if not hmac.compare_digest(_sign(peer.key, body), str(document.get("sig", ""))):
            raise PackRefused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This pack's signature does not match station {station}'s key: it was "
                    "changed or forged, and was not applied.",
                ),
                station=peer.name,
            )
        content = json.loads(body)
        if content.get("to") != str(me.station_id):
            raise PackRefused(
                QT_TRANSLATE_NOOP("errors", "This pack is meant for another station or centre.")
            )
        after, upto = int(content["after"]), int(content["upto"])
        if after > peer.applied_seq:
            raise PackRefused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A pack from {station} is missing before this one: import the earlier one "
                    "first, or ask the station for a new pack.",
                ),
                station=peer.name,
            )
        if me.role == HUB:
            merge.verify_chain(peer, content.get("chain") or [])
        else:
            _hub_verified(s, peer, int(content.get("chain_ack") or 0))
        m = merge.Merge(peer, merge.load_idmap(s))
        relaying = me.role == HUB
        s.info[APPLYING] = (peer.station_id, None, relaying)
        fresh = [op for op in content["ops"] if int(op["seq"]) > peer.applied_seq]
        m.skipped += len(content["ops"]) - len(fresh)
        m.know_applied(s, [uuid.UUID(op["origin_op"]) for op in fresh])
        m.touched.load(s, [op for op in fresh if uuid.UUID(op["origin_op"]) not in m.done], m.idmap)
        relayed: list[dict[str, Any]] = []
        for op in fresh:
            if merge.apply_op(s, m, op) and relaying:
                relayed.append(op)
        merge.settle(s, m)
        if relayed:
            relay(s, me, relayed)
        if me.role != HUB:  # what it held, entered once the centre's points are here
            from gridesk.core.sync.held import reapply_held  # held applies through merge too

            m.applied += reapply_held(store, s, actor, peer)
        peer.applied_seq = max(peer.applied_seq, upto)
        peer.acked_seq = max(peer.acked_seq, int(content["ack"]))
        peer.last_heard_at = utcnow()
        s.add(
            PackLog(
                direction="in",
                peer_id=peer.station_id,
                first_seq=after + 1,
                last_seq=upto,
                operations=len(content["ops"]),
                applied=m.applied,
                size=len(data),
                at=utcnow(),
            )
        )
        return PackResult(
            peer.name, len(content["ops"]), m.applied, m.skipped, m.conflicts, len(data)
        )


def _hub_verified(s: Session, hub: SyncPeer, upto: int) -> None:
    """At a station: the hub verified this station's chain up to ``upto``."""
    if upto <= hub.chain_seq:
        return
    t = rows.table("points_entries")
    digest = s.execute(select(t.c.hash).where(t.c.seq == upto)).scalar_one_or_none()
    if digest is not None:
        hub.chain_seq, hub.chain_hash = upto, digest


def relay(s: Session, me: SyncIdentity, ops: list[dict[str, Any]]) -> None:
    """At the hub: stations' operations, passed on to the other stations in the hub's order."""
    seq = s.execute(
        select(func.coalesce(func.max(OUTBOX.c.seq), 0)).where(OUTBOX.c.station_id == me.station_id)
    ).scalar_one()
    merge.insert_rows(
        s.connection(),
        OUTBOX.name,
        [
            {
                "id": uuid.uuid4(),
                "station_id": me.station_id,
                "seq": seq + n,
                "kind": op["kind"],
                "at": datetime.fromisoformat(op["at"]),
                "username": op["user"],
                "origin_station_id": uuid.UUID(op["origin"]),
                "origin_op_id": uuid.UUID(op["origin_op"]),
                "payload": json.dumps(op["payload"], ensure_ascii=False, separators=(",", ":")),
            }
            for n, op in enumerate(ops, 1)
        ],
    )


@dataclass(frozen=True)
class PeerStatus:
    code: str
    name: str
    role: str
    to_send: int
    last_heard_at: Any
    revoked: bool


@dataclass(frozen=True)
class Status:
    role: str
    peers: tuple[PeerStatus, ...]
    conflicts: int


def status(store: Store, actor: Actor) -> Status:
    actor.require(Permission.SETTINGS_MANAGE)
    with store.read() as s:
        me = _me(s)
        peers = []
        for p in s.execute(select(SyncPeer).order_by(SyncPeer.code)).scalars():
            waiting = s.execute(
                select(func.count())
                .select_from(OUTBOX)
                .where(
                    OUTBOX.c.station_id == me.station_id,
                    OUTBOX.c.seq > p.acked_seq,
                    OUTBOX.c.origin_station_id != p.station_id,
                )
            ).scalar_one()
            peers.append(
                PeerStatus(p.code, p.name, p.role, int(waiting), p.last_heard_at, p.revoked)
            )
        open_conflicts = s.execute(
            select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
        ).scalar_one()
        return Status(me.role, tuple(peers), int(open_conflicts))


HUB_URL = "sync_hub_url"


def exchange_direct(
    store: Store, actor: Actor, hub: Store, hub_actor: Actor
) -> tuple[PackResult, PackResult]:
    """`gridesk sync`: the station's pack applied at the hub's database, then the hub's
    answer applied here, as if carried on a stick (the same packs, the same checks)."""
    actor.require(Permission.SETTINGS_MANAGE)
    with store.write(actor) as s:
        me = _me(s)
        if me.role == HUB:
            raise NotInSync(
                QT_TRANSLATE_NOOP(
                    "errors", "Only a station syncs directly; the centre waits for its stations."
                )
            )
        peer = _peer(s, me, None)
        up, _, _, _ = make_pack(s, me, peer)
        station_code = _own_code(s, me)
    sent = apply_pack(hub, hub_actor, up)
    with hub.write(hub_actor) as s:
        hub_me = _me(s)
        station_peer = _peer(s, hub_me, station_code)
        down, _, _, _ = make_pack(s, hub_me, station_peer)
    received = apply_pack(store, actor, down)
    return sent, received


def _own_code(s: Session, me: SyncIdentity) -> str:
    return str(s.execute(select(Station.code).where(Station.id == me.station_id)).scalar_one())
