"""Points shop (积分超市): the records (tables on gridesk.core.models.Base).

The ledger (``points_entries``) is append-only: the migration installs SQLite triggers that
refuse UPDATE and DELETE on it, and on the other records that only ever grow (redemptions,
refunds, stock movements, award lines). A mistake is undone by a new entry (a refund), never
by an edit. ``points_accounts.balance`` is a cache of the sum of an account's entries, kept in
the same unit of work and guarded by a CHECK (``balance >= 0``); ``gridesk check`` proves it.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
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

# Tables whose rows are never changed or deleted once written (triggers in 0007_points).
APPEND_ONLY = (
    "points_entries",
    "points_redemptions",
    "points_redemption_lines",
    "points_refunds",
    "points_refund_lines",
    "points_stock_moves",
    "points_award_lines",
)


class PointsAccount(Tracked, Base):
    """积分账户: a resident's, or (when the admin pools them) a household's."""

    __tablename__ = "points_accounts"
    __table_args__ = (CheckConstraint("balance >= 0", name="balance_not_negative"),)
    resident_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("residents.id"), unique=True)
    household_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("households.id"), unique=True)
    balance: Mapped[int] = mapped_column(Integer, default=0)
    """The sum of the account's entries (a cache, kept in the same unit of work)."""


class LedgerEntry(Tracked, Base):
    """积分流水: one signed change of one account. Never changed or deleted.

    ``seq`` orders the whole ledger (one chain for the installation); ``hash`` is
    SHA-256 of the previous entry's hash and this entry's canonical form (see
    ``gridesk.core.points.ledger.canonical``).
    """

    __tablename__ = "points_entries"
    __table_args__ = (
        CheckConstraint("points != 0", name="points_not_zero"),
        CheckConstraint("balance_after >= 0", name="balance_after_not_negative"),
        Index("ix_points_entries_account", "account_id", "seq"),
        Index("ix_points_entries_operation", "operation_id"),
        Index("ix_points_entries_ref", "ref_id"),
    )
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("points_accounts.id"))
    kind: Mapped[str] = mapped_column(String(10))
    """``earn``, ``redeem`` or ``refund``."""
    points: Mapped[int] = mapped_column(Integer)
    balance_after: Mapped[int] = mapped_column(Integer)
    operation_id: Mapped[uuid.UUID]
    ref_id: Mapped[uuid.UUID]
    """The award, redemption or refund this entry belongs to."""
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class EarningRule(Tracked, Base):
    """积分规则: what earns how many points (per unit where ``unit`` is set, e.g. per hour)."""

    __tablename__ = "points_rules"
    __table_args__ = (CheckConstraint("points > 0", name="points_positive"),)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    points: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(10), default="")
    scheme: Mapped[str] = mapped_column(String(10), default="civility")
    """``civility`` (文明积分) or ``pioneer`` (先锋指数, party members)."""
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class Award(Tracked, Base):
    """One award by a rule to one or many residents. ``pending`` ones wait for a second
    person's approval; the ledger entries are written when it is ``approved``."""

    __tablename__ = "points_awards"
    __table_args__ = (
        UniqueConstraint("source_kind", "source_id", name="uq_points_awards_source"),
        Index("ix_points_awards_status", "status", "created_at"),
    )
    operation_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    rule_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("points_rules.id"))
    rule_name: Mapped[str] = mapped_column(String(60))
    points_each: Mapped[int] = mapped_column(Integer)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10))
    """``approved``, ``pending`` or ``rejected``."""
    decided_by: Mapped[uuid.UUID | None]
    decided_at: Mapped[datetime | None]
    decision_operation_id: Mapped[uuid.UUID | None] = mapped_column(unique=True)
    source_kind: Mapped[str | None] = mapped_column(String(30))
    """Where the award comes from when not typed in (``volunteer_hours`` …): one source earns
    exactly once."""
    source_id: Mapped[str | None] = mapped_column(String(64))


class AwardLine(Tracked, Base):
    __tablename__ = "points_award_lines"
    __table_args__ = (UniqueConstraint("award_id", "resident_id"),)
    award_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("points_awards.id"))
    resident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("residents.id"), index=True)
    points: Mapped[int] = mapped_column(Integer)


class Product(Tracked, Base):
    """商品. ``stock`` is the sum of its stock movements (kept in the same unit of work)."""

    __tablename__ = "points_products"
    __table_args__ = (
        CheckConstraint("stock >= 0", name="stock_not_negative"),
        CheckConstraint("price > 0", name="price_positive"),
    )
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    category: Mapped[str] = mapped_column(String(30), default="")
    price: Mapped[int] = mapped_column(Integer)
    stock: Mapped[int] = mapped_column(Integer, default=0)
    low_stock: Mapped[int] = mapped_column(Integer, default=5)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)


class StockMove(Tracked, Base):
    """One change of a product's stock: in, count difference, redemption, refund."""

    __tablename__ = "points_stock_moves"
    __table_args__ = (
        CheckConstraint("delta != 0", name="delta_not_zero"),
        Index("ix_points_stock_moves_product", "product_id", "created_at"),
        Index("ix_points_stock_moves_operation", "operation_id"),
    )
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("points_products.id"))
    kind: Mapped[str] = mapped_column(String(10))
    """``in``, ``count``, ``redeem`` or ``refund``."""
    delta: Mapped[int] = mapped_column(Integer)
    stock_after: Mapped[int] = mapped_column(Integer)
    operation_id: Mapped[uuid.UUID]
    ref_id: Mapped[uuid.UUID | None]
    note: Mapped[str] = mapped_column(Text, default="")


class Redemption(Tracked, Base):
    """兑换: goods for points at the counter; ``number`` is printed on the receipt."""

    __tablename__ = "points_redemptions"
    __table_args__ = (Index("ix_points_redemptions_day", "created_at"),)
    operation_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    resident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("residents.id"), index=True)
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("points_accounts.id"))
    total: Mapped[int] = mapped_column(Integer)
    balance_before: Mapped[int] = mapped_column(Integer)
    balance_after: Mapped[int] = mapped_column(Integer)
    cashier: Mapped[str] = mapped_column(String(60))


class RedemptionLine(Tracked, Base):
    __tablename__ = "points_redemption_lines"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)
    redemption_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("points_redemptions.id"), index=True
    )
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("points_products.id"))
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(60))
    price: Mapped[int] = mapped_column(Integer)
    quantity: Mapped[int] = mapped_column(Integer)


class Refund(Tracked, Base):
    """退还: a reversal of a redemption (whole or some lines); points and stock come back."""

    __tablename__ = "points_refunds"
    operation_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    redemption_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("points_redemptions.id"), index=True
    )
    total: Mapped[int] = mapped_column(Integer)
    balance_after: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    cashier: Mapped[str] = mapped_column(String(60))


class RefundLine(Tracked, Base):
    __tablename__ = "points_refund_lines"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)
    refund_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("points_refunds.id"), index=True)
    redemption_line_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("points_redemption_lines.id"), index=True
    )
    quantity: Mapped[int] = mapped_column(Integer)
