"""Requests (诉求): the records (tables on gridesk.core.models.Base).

A case (``Request``) keeps its current status and deadline for fast queues, but they are a
summary: the truth is its events (``RequestEvent``, append-only: database triggers refuse
UPDATE and DELETE), and ``gridesk check`` replays them to verify the summary.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from gridesk.core.models import Base, Tracked


class RequestUnit(Tracked, Base):
    """A department (职能部门) or partner unit (共建单位) requests are dispatched to."""

    __tablename__ = "request_units"
    __table_args__ = (UniqueConstraint("kind", "name"),)
    kind: Mapped[str] = mapped_column(String(12))  # department | partner
    name: Mapped[str] = mapped_column(String(80))
    contact_name: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class RequestCategory(Tracked, Base):
    """A kind of request the admin keeps: its group, default handler, deadline and the
    materials checklist (一次性告知)."""

    __tablename__ = "request_categories"
    name: Mapped[str] = mapped_column(String(60), unique=True)
    group_name: Mapped[str] = mapped_column(String(60), default="")
    handler_kind: Mapped[str] = mapped_column(String(12), default="")
    handler_id: Mapped[uuid.UUID | None]
    deadline_days: Mapped[int] = mapped_column(Integer, default=5)
    checklist: Mapped[str] = mapped_column(Text, default="")  # one item a line
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class Request(Tracked, Base):
    """诉求 / 工单: one case from intake to closing."""

    __tablename__ = "requests"
    __table_args__ = (
        Index("ix_requests_queue", "open", "deadline"),
        Index("ix_requests_resident", "resident_id"),
        Index("ix_requests_phone", "phone"),
        # by accepted day: the reports' ix_requests_report (core/reports/models.py) begins
        # with it (migration 0019 dropped ix_requests_accepted)
    )
    number: Mapped[str] = mapped_column(String(40), unique=True)
    resident_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("residents.id"))
    contact_name: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    grid_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("grids.id"))
    category_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("request_categories.id"))
    description: Mapped[str] = mapped_column(Text)
    channel: Mapped[str] = mapped_column(String(12))
    priority: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16))
    open: Mapped[bool] = mapped_column(Boolean, default=True)
    accepted_day: Mapped[date] = mapped_column(Date)
    deadline_days: Mapped[int] = mapped_column(Integer)
    deadline: Mapped[date | None] = mapped_column(Date)  # None while on hold
    days_left_on_hold: Mapped[int | None] = mapped_column(Integer)
    handler_kind: Mapped[str] = mapped_column(String(12), default="")
    handler_id: Mapped[uuid.UUID | None]
    handler_name: Mapped[str] = mapped_column(String(80), default="")
    rating: Mapped[int | None] = mapped_column(Integer)
    event_count: Mapped[int] = mapped_column(Integer, default=0)
    resolved_day: Mapped[date | None] = mapped_column(Date)
    """The day of its first resolution (resolved or partly resolved), kept for the reports."""
    resolved_on_time: Mapped[bool | None] = mapped_column(Boolean)
    """Whether that day was not after the deadline then in force."""
    search_text: Mapped[str] = mapped_column(Text, default="")


class RequestKey(Base):
    """Search keys kept at intake: every two-character piece of what the resident said, their
    name and the category, and ``#`` + the phone's last four digits. A search reads one key's
    index range, newest cases first, and stops after a page, instead of scanning every case."""

    __tablename__ = "request_keys"
    __table_args__ = ({"sqlite_with_rowid": False},)
    key: Mapped[str] = mapped_column(String(8), primary_key=True)
    accepted_day: Mapped[date] = mapped_column(Date, primary_key=True)
    request_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("requests.id"), primary_key=True)


class RequestEvent(Tracked, Base):
    """One step of a case: who, when, from, to, note. Never changed or deleted."""

    __tablename__ = "request_events"
    __table_args__ = (UniqueConstraint("request_id", "seq"),)
    request_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("requests.id"))
    seq: Mapped[int] = mapped_column(Integer)
    day: Mapped[date] = mapped_column(Date)  # the local day, which deadlines count from
    username: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(16))
    from_status: Mapped[str] = mapped_column(String(16), default="")
    to_status: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    referred_to: Mapped[str] = mapped_column(String(120), default="")
    handler_kind: Mapped[str] = mapped_column(String(12), default="")
    handler_id: Mapped[uuid.UUID | None]
    handler_name: Mapped[str] = mapped_column(String(80), default="")
    rating: Mapped[int | None] = mapped_column(Integer)
    fixed: Mapped[bool | None] = mapped_column(Boolean)
    deadline: Mapped[date | None] = mapped_column(Date)
    days_left_on_hold: Mapped[int | None] = mapped_column(Integer)


class RequestAttachment(Tracked, Base):
    """A photo kept with a case (and the event it came with), as JPEG bytes plus a thumbnail."""

    __tablename__ = "request_attachments"
    __table_args__ = (Index("ix_request_attachments_request", "request_id"),)
    request_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("requests.id"))
    event_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("request_events.id"))
    filename: Mapped[str] = mapped_column(String(200), default="")
    image: Mapped[bytes] = mapped_column(LargeBinary)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)


class CalendarDay(Tracked, Base):
    """An admin's entry in the working-day calendar for years chinese-calendar does not know:
    a statutory holiday (workday False) or a make-up workday (调休, workday True)."""

    __tablename__ = "request_calendar_days"
    day: Mapped[date] = mapped_column(Date, unique=True)
    workday: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(60), default="")


class Wish(Tracked, Base):
    """微心愿: published, claimed by a volunteer / party member / partner unit, fulfilled."""

    __tablename__ = "wishes"
    __table_args__ = (Index("ix_wishes_status", "status"),)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    resident_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("residents.id"))
    wisher_name: Mapped[str] = mapped_column(String(40))
    what: Mapped[str] = mapped_column(Text)
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(12))  # open | claimed | fulfilled
    claimer_kind: Mapped[str] = mapped_column(String(12), default="")
    claimer_name: Mapped[str] = mapped_column(String(80), default="")
    claimer_phone: Mapped[str] = mapped_column(String(30), default="")
    fulfilled_note: Mapped[str] = mapped_column(Text, default="")
    fulfilled_photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    fulfilled_day: Mapped[date | None] = mapped_column(Date)
