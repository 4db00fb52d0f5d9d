"""The records. Typed SQLAlchemy 2 models; indexes and constraints live here, not in SQL strings.

Every row has an app-made UUID key (time-ordered, so B-tree inserts stay local), the station
that made it, who made it, and when it was made and last changed, so that stations can work
offline and merge later.
"""

from __future__ import annotations

import os
import random
import time
import uuid
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from gridesk.clock import utcnow
from gridesk.windows import WINDOWS, load

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


_random = random.Random(int.from_bytes(os.urandom(16), "big"))


def new_id() -> uuid.UUID:
    """A UUIDv7: 48 bits of Unix milliseconds, version, 74 random bits, variant (RFC 9562).

    The random bits need to be unique, not secret: a generator seeded from the system's
    entropy costs a fraction of a system call per id (bulk imports make 300,000 of them).
    """
    return uuid.UUID(int=_new_id_value())


def new_id_hex() -> str:
    """:func:`new_id` as 32 lower-case hex digits (``UUID.hex``, how SQLite stores a Uuid),
    for bulk writers that would only turn the UUID into that text."""
    return f"{_new_id_value():032x}"


def _new_id_value() -> int:
    millis = time.time_ns() // 1_000_000
    rand = _random.getrandbits(74)
    return (
        (millis << 80)
        | (0x7 << 76)
        | ((rand >> 62) << 64)
        | (0b10 << 62)
        | (rand & ((1 << 62) - 1))
    )


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC; always hands back an aware datetime (SQLite keeps no zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime(), uuid.UUID: Uuid()}


class Tracked:
    """Columns every business row carries. Filled in by the unit of work (see store.py)."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    station_id: Mapped[uuid.UUID | None] = mapped_column(index=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    created_by: Mapped[uuid.UUID | None]


class Station(Tracked, Base):
    __tablename__ = "stations"
    name: Mapped[str] = mapped_column(String(100))
    code: Mapped[str] = mapped_column(String(12), unique=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    hotline: Mapped[str] = mapped_column(String(40), default="")


class Installation(Base):
    """This copy of GriDesk: which station it is and the secret that signs its QR codes."""

    __tablename__ = "installation"
    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"))
    qr_secret: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class User(Tracked, Base):
    __tablename__ = "users"
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(60))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    last_sign_in: Mapped[datetime | None]


class Setting(Base):
    """Installation-wide settings the admin changes (idle lock, language, backups ...)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class AuditEntry(Base):
    """One row per write: who did what to which record, when. Never changed or deleted
    (triggers refuse it); hash-chained like the points ledger (``gridesk.core.chains``)."""

    __tablename__ = "audit_log"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    station_id: Mapped[uuid.UUID | None]
    user_id: Mapped[uuid.UUID | None]
    username: Mapped[str] = mapped_column(String(60))
    desk: Mapped[str] = mapped_column(String(60), default="", server_default="")
    """The name of the desk (this computer) the write came from; "" before desks had names."""
    action: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(200))  # composite keys: ids joined by /
    detail: Mapped[str] = mapped_column(Text, default="")
    operation_id: Mapped[uuid.UUID | None]
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Grid(Tracked, Base):
    """网格: a few buildings with a grid worker and leader."""

    __tablename__ = "grids"
    name: Mapped[str] = mapped_column(String(60), unique=True)
    worker_name: Mapped[str] = mapped_column(String(40), default="")
    worker_phone: Mapped[str] = mapped_column(String(30), default="")
    leader_name: Mapped[str] = mapped_column(String(40), default="")
    leader_phone: Mapped[str] = mapped_column(String(30), default="")
    duties: Mapped[str] = mapped_column(Text, default="")
    service_hours: Mapped[str] = mapped_column(String(100), default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class Household(Tracked, Base):
    """户: the residents who share one address."""

    __tablename__ = "households"
    __table_args__ = (
        Index("ix_households_address", "estate", "building", "unit", "room", unique=True),
    )
    estate: Mapped[str] = mapped_column(String(60))
    building: Mapped[str] = mapped_column(String(20))
    unit: Mapped[str] = mapped_column(String(20))
    room: Mapped[str] = mapped_column(String(20))
    grid_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("grids.id"), index=True)
    grid: Mapped[Grid | None] = relationship()


class Tag(Tracked, Base):
    """A resident tag (独居老人, 党员 ...). ``care`` tags get a care contact card."""

    __tablename__ = "tags"
    name: Mapped[str] = mapped_column(String(30), unique=True)
    care: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class ResidentTag(Base):
    __tablename__ = "resident_tags"
    resident_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("residents.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tags.id"), primary_key=True, index=True)


class Resident(Tracked, Base):
    """居民. Archived, never deleted."""

    __tablename__ = "residents"
    __table_args__ = (
        Index("ix_residents_list", "archived", "sort_key"),
        Index("ix_residents_estate", "estate", "sort_key"),
        Index("ix_residents_grid", "grid_id", "sort_key"),
        Index("ix_residents_phone", "phone"),
    )
    name: Mapped[str] = mapped_column(String(40))
    sort_key: Mapped[str] = mapped_column(String(200))
    gender: Mapped[str] = mapped_column(String(1), default="")
    birth_date: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str] = mapped_column(String(30), default="")
    id_number: Mapped[str | None] = mapped_column(String(18), unique=True)
    household_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("households.id"), index=True)
    estate: Mapped[str] = mapped_column(String(60), default="")
    building: Mapped[str] = mapped_column(String(20), default="")
    unit: Mapped[str] = mapped_column(String(20), default="")
    room: Mapped[str] = mapped_column(String(20), default="")
    grid_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("grids.id"))
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    # The keys written to resident_keys for this resident, separated by spaces (keys have
    # none): what is deleted when they change, so resident_keys needs no index by resident.
    search_keys: Mapped[str] = mapped_column(Text, default="", server_default="")


class ResidentKey(Base):
    """Search keys kept on write: name suffixes, pinyin and initials, phone, ID tail, address.

    A search is a prefix range on ``key`` (``key >= q AND key < q || U+FFFF``), which the
    primary-key index answers directly.
    """

    __tablename__ = "resident_keys"
    # the key index is the table: no rowid b-tree beside it (less to write on import)
    __table_args__ = ({"sqlite_with_rowid": False},)
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    # No index of its own: a resident's keys are found through Resident.search_keys.
    resident_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("residents.id", ondelete="CASCADE"), primary_key=True
    )


class Sequence(Base):
    """Counters for human-facing numbers: ``<station code>-<yyyymmdd>-<seq>``."""

    __tablename__ = "sequences"
    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class PrintJob(Tracked, Base):
    """One document handed to a printer (or saved), kept so it can be printed again.

    The business action it belongs to has committed before this row is written; a failed
    print only changes ``status`` here and never undoes that action.
    """

    __tablename__ = "print_jobs"
    __table_args__ = (
        Index("ix_print_jobs_recent", "created_at"),
        Index("ix_print_jobs_subject", "subject_id"),
    )
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(200), default="")
    subject_id: Mapped[str | None] = mapped_column(String(64))
    family: Mapped[str] = mapped_column(String(10))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    pages: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(10), default="pending")
    printer: Mapped[str] = mapped_column(String(200), default="")
    error: Mapped[str] = mapped_column(Text, default="")
    printed_at: Mapped[datetime | None]
    print_count: Mapped[int] = mapped_column(Integer, default=0)


class StaffPhoto(Tracked, Base):
    """A grid worker's or leader's photo for the grid contact card: one per grid and role."""

    __tablename__ = "staff_photos"
    __table_args__ = (UniqueConstraint("grid_id", "role"),)
    grid_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("grids.id"))
    role: Mapped[str] = mapped_column(String(10))
    image: Mapped[bytes] = mapped_column(LargeBinary)
    content_type: Mapped[str] = mapped_column(String(40), default="image/jpeg")


# Each window keeps its records beside its services; importing them here puts every table on
# Base.metadata (Alembic, the store and the tests see one schema).
for _window in WINDOWS:
    if _window.models:
        load(_window.models)
