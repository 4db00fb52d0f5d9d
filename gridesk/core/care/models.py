"""The care register's records (tables on gridesk.core.models.Base).

A care resident is a resident with a care tag (``Tag.care``). Helpers (帮扶责任人) and visits
(入户走访 / 慰问) name the resident by ``resident_id``; a helper who is also a resident (a
volunteer, a paired party member) names that person by ``person_id`` as well.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from gridesk.clock import utcnow
from gridesk.core.models import Base, Tracked


class CareHelper(Tracked, Base):
    """帮扶责任人: who answers for a care resident (grid worker, building captain, volunteer,
    paired party member). Ended, never deleted: the register keeps who helped when."""

    __tablename__ = "care_helpers"
    __table_args__ = (
        Index("ix_care_helpers_resident", "resident_id", "active"),
        Index("ix_care_helpers_person", "person_id"),
    )
    resident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("residents.id"))
    role: Mapped[str] = mapped_column(String(20))  # see core/care/helpers.py ROLES
    name: Mapped[str] = mapped_column(String(40))
    phone: Mapped[str] = mapped_column(String(30), default="")
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("residents.id"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)


class CareFrequency(Tracked, Base):
    """How often the residents of a care group (a care tag) are visited: every N days."""

    __tablename__ = "care_frequencies"
    __table_args__ = (CheckConstraint("every_days >= 1", name="every_days"),)
    tag_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tags.id"), unique=True)
    every_days: Mapped[int] = mapped_column(Integer)


class CareVisit(Tracked, Base):
    """One home visit (入户走访) or relief visit (慰问): when, who, what was found."""

    __tablename__ = "care_visits"
    __table_args__ = (
        Index("ix_care_visits_resident", "resident_id", "day"),
        Index("ix_care_visits_day", "day"),
    )
    resident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("residents.id"))
    day: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(12))  # visit | relief
    visitors: Mapped[str] = mapped_column(String(200))
    helper_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("care_helpers.id"))
    findings: Mapped[str] = mapped_column(Text, default="")


class CareGoods(Tracked, Base):
    """慰问物资 given on a visit: what, how many, worth how much (in fen)."""

    __tablename__ = "care_visit_goods"
    __table_args__ = (
        CheckConstraint("quantity >= 1", name="quantity"),
        CheckConstraint("value_cents >= 0", name="value_cents"),
    )
    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("care_visits.id"), index=True)
    item: Mapped[str] = mapped_column(String(60))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit: Mapped[str] = mapped_column(String(10), default="")
    value_cents: Mapped[int] = mapped_column(Integer, default=0)


class CarePhoto(Tracked, Base):
    """A photo taken on a visit (kept as core/pictures.py prepares it)."""

    __tablename__ = "care_visit_photos"
    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("care_visits.id"), index=True)
    image: Mapped[bytes] = mapped_column(LargeBinary)


class CareFollowUp(Tracked, Base):
    """Something to do after a visit; it may become a request (诉求) with one key."""

    __tablename__ = "care_follow_ups"
    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("care_visits.id"), index=True)
    action: Mapped[str] = mapped_column(Text)
    request_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("requests.id"), unique=True)


class CareCardReprint(Base):
    """A care contact card to print again: its helpers changed since it was printed."""

    __tablename__ = "care_card_reprints"
    resident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("residents.id"), primary_key=True)
    flagged_at: Mapped[datetime] = mapped_column(default=utcnow)
