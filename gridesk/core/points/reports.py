"""Closing and reports: the cashier's daily closing (日结), points issued vs redeemed per month,
and a resident's statement (流水).

Every closing also anchors both hash chains (``core/anchors.py``): it carries their heads as
read with its figures, to be printed and exported, and appends them to the data folder's
anchors file."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Subquery, func, select

from gridesk.clock import utcnow
from gridesk.core import anchors
from gridesk.core.actor import Actor, Permission
from gridesk.core.anchors import Anchor
from gridesk.core.dialect import month_text
from gridesk.core.labels import zh
from gridesk.core.models import AuditEntry
from gridesk.core.points.accounts import account_for, resident_row
from gridesk.core.points.labels import ENTRY_KIND
from gridesk.core.points.models import (
    Award,
    LedgerEntry,
    Redemption,
    RedemptionLine,
    Refund,
    RefundLine,
)
from gridesk.core.store import Store
from gridesk.documents.points import ClosingRow, StatementLine

log = logging.getLogger(__name__)


def _utc_bounds(day: date) -> tuple[datetime, datetime]:
    """A local calendar day as a UTC interval."""
    start = datetime.combine(day, time()).astimezone()
    return start.astimezone(UTC), (start + timedelta(days=1)).astimezone(UTC)


@dataclass(frozen=True)
class DailyClosing:
    day: date
    rows: tuple[ClosingRow, ...]
    goods: tuple[tuple[str, int], ...]
    """(product name, quantity out net of refunds), most first."""
    heads: tuple[Anchor, ...]
    """The points ledger's and the audit log's heads when the closing was made (anchors)."""
    desk: str | None = None
    """The one desk this closing is for; None: every desk of the day."""

    @property
    def head_texts(self) -> tuple[str, ...]:
        """The heads as printed (``ledger:1234:3f9a0c1d2e4b5a69``), for ``check --anchor``."""
        return tuple(h.text() for h in self.heads)

    @property
    def net_points(self) -> int:
        return sum(r.points_spent - r.points_refunded for r in self.rows)


def _desks(entity: str, start: datetime, end: datetime) -> Subquery:
    """(operation id, desk) of the day's writes of ``entity``: a redemption or refund is made
    at the desk its audit row names (the desk is stamped on audit rows, not on the records).
    Read over the audit log's time index, an hour wider than the day each side."""
    slack = timedelta(hours=1)
    return (
        select(AuditEntry.operation_id, func.max(AuditEntry.desk).label("desk"))
        .where(
            AuditEntry.at >= start - slack,
            AuditEntry.at < end + slack,
            AuditEntry.entity == entity,
            AuditEntry.action == "create",
        )
        .group_by(AuditEntry.operation_id)
        .subquery()
    )


def daily_closing(store: Store, actor: Actor, day: date, desk: str | None = None) -> DailyClosing:
    """The day's closing, a row per cashier and desk; ``desk`` keeps that desk's alone (a hall's
    window closing its own till)."""
    actor.require(Permission.POINTS_REDEEM)
    start, end = _utc_bounds(day)
    red_desk = _desks(Redemption.__tablename__, start, end)
    ref_desk = _desks(Refund.__tablename__, start, end)
    red_desk_name = func.coalesce(red_desk.c.desk, "")
    ref_desk_name = func.coalesce(ref_desk.c.desk, "")
    redemptions = (
        select(Redemption.id, Redemption.cashier, red_desk_name.label("desk"))
        .outerjoin(red_desk, red_desk.c.operation_id == Redemption.operation_id)
        .where(Redemption.created_at >= start, Redemption.created_at < end)
    )
    refunds = (
        select(Refund.id, Refund.cashier, ref_desk_name.label("desk"))
        .outerjoin(ref_desk, ref_desk.c.operation_id == Refund.operation_id)
        .where(Refund.created_at >= start, Refund.created_at < end)
    )
    if desk is not None:
        redemptions = redemptions.where(red_desk_name == desk)
        refunds = refunds.where(ref_desk_name == desk)
    red = redemptions.subquery()
    ref = refunds.subquery()
    with store.read() as s:
        spent = s.execute(
            select(
                red.c.cashier,
                red.c.desk,
                func.count(func.distinct(red.c.id)),
                func.sum(RedemptionLine.price * RedemptionLine.quantity),
                func.sum(RedemptionLine.quantity),
            )
            .join(RedemptionLine, RedemptionLine.redemption_id == red.c.id)
            .group_by(red.c.cashier, red.c.desk)
        ).all()
        back = s.execute(
            select(
                ref.c.cashier,
                ref.c.desk,
                func.count(func.distinct(ref.c.id)),
                func.sum(RedemptionLine.price * RefundLine.quantity),
                func.sum(RefundLine.quantity),
            )
            .join(RefundLine, RefundLine.refund_id == ref.c.id)
            .join(RedemptionLine, RedemptionLine.id == RefundLine.redemption_line_id)
            .group_by(ref.c.cashier, ref.c.desk)
        ).all()
        out: dict[str, int] = {
            name: int(n)
            for name, n in s.execute(
                select(RedemptionLine.name, func.sum(RedemptionLine.quantity))
                .join(red, red.c.id == RedemptionLine.redemption_id)
                .group_by(RedemptionLine.name)
            )
        }
        returned = s.execute(
            select(RedemptionLine.name, func.sum(RefundLine.quantity))
            .join(RefundLine, RefundLine.redemption_line_id == RedemptionLine.id)
            .join(ref, ref.c.id == RefundLine.refund_id)
            .group_by(RedemptionLine.name)
        ).all()
        heads = anchors.heads(s, utcnow())
    try:
        anchors.record(store.data_dir, heads)
    except OSError:  # the printed heads still anchor the chains; say so in the log
        log.warning("could not append the chain heads to the anchors file", exc_info=True)
    for name, n in returned:
        out[name] = out.get(name, 0) - int(n)
    table: dict[tuple[str, str], dict[str, int]] = {}

    def row(cashier: str, at_desk: str) -> dict[str, int]:
        return table.setdefault(
            (cashier, at_desk), dict.fromkeys(("red", "ref", "out", "back", "n"), 0)
        )

    for cashier, at_desk, n, points, count in spent:
        r = row(cashier, at_desk)
        r["red"], r["out"], r["n"] = int(n), int(points), r["n"] + int(count)
    for cashier, at_desk, n, points, count in back:
        r = row(cashier, at_desk)
        r["ref"], r["back"], r["n"] = int(n), int(points), r["n"] - int(count)
    rows = tuple(
        ClosingRow(c, r["red"], r["ref"], r["out"], r["back"], r["n"], d)
        for (c, d), r in sorted(table.items())
    )
    goods = tuple(sorted(((k, int(v)) for k, v in out.items() if v), key=lambda g: -g[1]))
    return DailyClosing(day, rows, goods, heads, desk)


@dataclass(frozen=True)
class MonthFigures:
    month: str
    """``YYYY-MM`` (UTC months: entries are stored in UTC)."""
    issued: int
    redeemed: int
    refunded: int
    awards_pending: int


def monthly(store: Store, actor: Actor, year: int) -> list[MonthFigures]:
    """Points issued (earned), redeemed and refunded per month of ``year``."""
    actor.require(Permission.POINTS_REDEEM)
    month = month_text(LedgerEntry.created_at)
    with store.read() as s:
        rows = s.execute(
            select(month, LedgerEntry.kind, func.sum(LedgerEntry.points))
            .where(LedgerEntry.created_at >= datetime(year, 1, 1, tzinfo=UTC))
            .where(LedgerEntry.created_at < datetime(year + 1, 1, 1, tzinfo=UTC))
            .group_by(month, LedgerEntry.kind)
        ).all()
        pending: dict[str, int] = {
            m: int(n)
            for m, n in s.execute(
                select(month_text(Award.created_at), func.count())
                .where(Award.status == "pending")
                .group_by(month_text(Award.created_at))
            )
        }
    figures: dict[str, dict[str, int]] = {}
    for m, kind, total in rows:
        figures.setdefault(m, {})[kind] = int(total)
    return [
        MonthFigures(
            m,
            figures.get(m, {}).get("earn", 0),
            -figures.get(m, {}).get("redeem", 0),
            figures.get(m, {}).get("refund", 0),
            int(pending.get(m, 0)),
        )
        for m in (f"{year}-{n:02d}" for n in range(1, 13))
    ]


@dataclass(frozen=True)
class Statement:
    resident_id: uuid.UUID
    name: str
    balance: int
    lines: tuple[StatementLine, ...]


def statement(store: Store, actor: Actor, resident_id: uuid.UUID) -> Statement:
    """Every entry of the resident's account, oldest first, with what it was for."""
    if not (actor.can(Permission.POINTS_REDEEM) or actor.can(Permission.POINTS_AWARD)):
        actor.require(Permission.POINTS_REDEEM)
    with store.read() as s:
        resident = resident_row(s, resident_id)
        account = account_for(s, None, resident, create=False)
        if account is None:
            return Statement(resident.id, resident.name, 0, ())
        rows = s.execute(
            select(
                LedgerEntry.created_at,
                LedgerEntry.kind,
                LedgerEntry.points,
                LedgerEntry.balance_after,
                func.coalesce(Award.rule_name, Redemption.number, Refund.number, ""),
            )
            .outerjoin(Award, Award.id == LedgerEntry.ref_id)
            .outerjoin(Redemption, Redemption.id == LedgerEntry.ref_id)
            .outerjoin(Refund, Refund.id == LedgerEntry.ref_id)
            .where(LedgerEntry.account_id == account.id)
            .order_by(LedgerEntry.seq)
        ).all()
        return Statement(
            resident.id,
            resident.name,
            account.balance,
            tuple(
                StatementLine(
                    at,
                    f"{zh(ENTRY_KIND, kind)} {what}".strip(),
                    points,
                    after,
                    kind=kind,
                    detail=what,
                )
                for at, kind, points, after, what in rows
            ),
        )
