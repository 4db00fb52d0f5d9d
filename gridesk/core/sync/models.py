"""The sync records (tables on gridesk.core.models.Base). Not Tracked and never synced
themselves: each side keeps its own."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from gridesk.core.models import Base, Tracked, new_id

HUB, STATION = "hub", "station"

# Append-only (triggers in the migration): the outbox, what was applied once.
APPEND_ONLY = ("sync_outbox", "sync_applied")


class SyncIdentity(Base):
    """What this installation is in the sync: the hub or an enrolled station (one row)."""

    __tablename__ = "sync_identity"
    id: Mapped[int] = mapped_column(primary_key=True)
    role: Mapped[str] = mapped_column(String(10))
    station_id: Mapped[uuid.UUID]
    hub_id: Mapped[uuid.UUID | None]
    fingerprint: Mapped[str | None] = mapped_column(String(64))
    """SHA-256 of the token in the file beside the database (a station's); None: not checked."""
    enrolled_at: Mapped[datetime]


class SyncPeer(Base):
    """The other side: at the hub, each enrolled station; at a station, its hub."""

    __tablename__ = "sync_peers"
    station_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(12))
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(10))
    key: Mapped[str] = mapped_column(String(64))
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    acked_seq: Mapped[int] = mapped_column(Integer, default=0)
    """How far the peer has acknowledged our outbox."""
    applied_seq: Mapped[int] = mapped_column(Integer, default=0)
    """How far (with no gap) we applied the peer's outbox."""
    chain_hash: Mapped[str] = mapped_column(String(64))
    """The hash of the peer's last ledger entry we verified (its chain continues from it)."""
    chain_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_heard_at: Mapped[datetime | None]
    enrolled_at: Mapped[datetime]


class OutboxOp(Base):
    """One operation: everything one unit of work changed. Never changed or deleted."""

    __tablename__ = "sync_outbox"
    __table_args__ = (UniqueConstraint("station_id", "seq", name="uq_sync_outbox_seq"),)
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    station_id: Mapped[uuid.UUID]
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime]
    username: Mapped[str] = mapped_column(String(60))
    origin_station_id: Mapped[uuid.UUID]
    """The station that made it (the hub relays other stations' operations)."""
    origin_op_id: Mapped[uuid.UUID]
    payload: Mapped[str] = mapped_column(Text)


class AppliedOp(Base):
    """An operation of another station applied here: once, whatever path it came by."""

    __tablename__ = "sync_applied"
    op_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    origin_station_id: Mapped[uuid.UUID]
    applied_at: Mapped[datetime]


class IdMap(Base):
    """A record another side made under its own id that is the same as one here (a resident
    by ID number, an account by resident, a name in a catalogue)."""

    __tablename__ = "sync_id_map"
    remote_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    local_id: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(40))


class SyncConflict(Base):
    """同步冲突: what a person must decide. Listed once (the unique key)."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (
        UniqueConstraint("op_id", "kind", "entity_id", "field", name="uq_sync_conflicts_once"),
        Index("ix_sync_conflicts_open", "resolved_at"),
    )
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(20))
    """``field``, ``balance`` (would go below zero), ``capacity``."""
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64))
    field: Mapped[str] = mapped_column(String(60), default="")
    local_value: Mapped[str] = mapped_column(Text, default="")
    remote_value: Mapped[str] = mapped_column(Text, default="")
    remote_by: Mapped[str] = mapped_column(String(60), default="")
    remote_at: Mapped[datetime]
    op_id: Mapped[uuid.UUID]
    station_id: Mapped[uuid.UUID]
    payload: Mapped[str] = mapped_column(Text, default="")
    found_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None]
    resolved_by: Mapped[str] = mapped_column(String(60), default="")


class PackLog(Base):
    """A pack written or read: for the 同步 page and `sync status`."""

    __tablename__ = "sync_packs"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    direction: Mapped[str] = mapped_column(String(3))
    """``out`` or ``in``."""
    peer_id: Mapped[uuid.UUID]
    first_seq: Mapped[int] = mapped_column(Integer)
    last_seq: Mapped[int] = mapped_column(Integer)
    operations: Mapped[int] = mapped_column(Integer)
    applied: Mapped[int] = mapped_column(Integer, default=0)
    size: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime]


class ResidentAllowance(Tracked, Base):
    """A resident's own offline allowance: the points a station lets them redeem there before it
    hears from the centre again (without one, the setting ``sync_offline_allowance``). Set at
    the centre; unlike the tables above, a shared record that syncs like any other."""

    __tablename__ = "offline_allowances"
    resident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("residents.id"), unique=True)
    points: Mapped[int] = mapped_column(Integer)
