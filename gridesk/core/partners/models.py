"""Partner units' records (tables on gridesk.core.models.Base).

A unit is also a dispatch target of the requests window: ``request_unit_id`` names its
``request_units`` row (kind ``partner``), so cases dispatched to it (吹哨报到) are counted
without a second list of units. Other windows' records reach a unit through
:class:`PartnerLink` (a wish claimed, a room booked, an activity co-hosted, a volunteer
sent), one table beside theirs so their tables stay as they are.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from gridesk.core.models import Base, Tracked


class PartnerUnit(Tracked, Base):
    """共建单位: a school, hospital, firm, office … in the community partnership."""

    __tablename__ = "partner_units"
    name: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[str] = mapped_column(String(20))  # see core/partners/registry.py KINDS
    address: Mapped[str] = mapped_column(String(200), default="")
    contact_name: Mapped[str] = mapped_column(String(40), default="")
    contact_phone: Mapped[str] = mapped_column(String(30), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    request_unit_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("request_units.id"), unique=True
    )
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class PartnerMember(Tracked, Base):
    """A party member of the unit who reports to the community (双报到)."""

    __tablename__ = "partner_members"
    __table_args__ = (Index("ix_partner_members_unit", "unit_id", "active"),)
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partner_units.id"))
    resident_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("residents.id"))
    name: Mapped[str] = mapped_column(String(40))
    phone: Mapped[str] = mapped_column(String(30), default="")
    reported_on: Mapped[date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PartnerItem(Tracked, Base):
    """One line of a unit's three lists (双向认领): what it offers (资源清单), what the
    community needs from it (需求清单), a project agreed (项目清单); each with a status."""

    __tablename__ = "partner_items"
    __table_args__ = (
        Index("ix_partner_items_unit", "unit_id", "list"),
        CheckConstraint("list IN ('resource', 'need', 'project')", name="list"),
    )
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partner_units.id"))
    list: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(String(100))
    detail: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12))
    start_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)


class PartnerLink(Tracked, Base):
    """Another window's record done by a unit: a wish it claimed, a room it booked, an
    activity it co-hosted, a volunteer it sent (``kind`` says which table ``record_id`` is)."""

    __tablename__ = "partner_links"
    __table_args__ = (
        UniqueConstraint("kind", "record_id"),
        Index("ix_partner_links_unit", "unit_id", "kind"),
        CheckConstraint("kind IN ('wish', 'booking', 'activity', 'volunteer')", name="kind"),
    )
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partner_units.id"))
    kind: Mapped[str] = mapped_column(String(10))
    record_id: Mapped[uuid.UUID]


class EvaluationCriterion(Tracked, Base):
    """A line of the year's evaluation (年度评议) and its weight, set by the admin: a figure
    collected from the records, or a score given on the scoring sheet."""

    __tablename__ = "partner_criteria"
    __table_args__ = (
        UniqueConstraint("year", "measure"),
        CheckConstraint("weight >= 0", name="weight"),
    )
    year: Mapped[int] = mapped_column(Integer)
    measure: Mapped[str] = mapped_column(String(20))  # see core/partners/evaluation.py
    weight: Mapped[int] = mapped_column(Integer)


class EvaluationScore(Tracked, Base):
    """A score (0-100) on the scoring sheet: from the residents' representatives or the centre."""

    __tablename__ = "partner_scores"
    __table_args__ = (
        UniqueConstraint("year", "unit_id", "scorer"),
        CheckConstraint("score BETWEEN 0 AND 100", name="score"),
        CheckConstraint("scorer IN ('residents', 'centre')", name="scorer"),
    )
    year: Mapped[int] = mapped_column(Integer)
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partner_units.id"))
    scorer: Mapped[str] = mapped_column(String(10))
    score: Mapped[int] = mapped_column(Integer)
