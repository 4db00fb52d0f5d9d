"""The points section.

- *issued*: points earned in the period (ledger entries of kind earn), by earning rule;
  *redeemed*: points spent at the counter, less points refunded, in the period;
- *active accounts*: accounts with any ledger entry in the period;
- *goods given*: quantities out at the counter less refunds, by product, with their value in
  points; *stock value*: the points value of what is on the shelf now;
- *先锋指数*: points of the pioneer scheme's rules awarded (approved) in the period, by
  person, highest first.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import case, distinct, func, select

from gridesk.core.models import Household, Resident
from gridesk.core.points.models import (
    Award,
    AwardLine,
    EarningRule,
    LedgerEntry,
    PointsAccount,
    Product,
    Redemption,
    RedemptionLine,
    Refund,
    RefundLine,
)
from gridesk.core.reports.context import Context, in_moments
from gridesk.core.reports.period import ONE_DAY, Period, local_midnight
from gridesk.core.reports.results import Drill, Figure, Row, Section, Series, Table
from gridesk.errors import QT_TRANSLATE_NOOP

TOP = 20


def _entries(ctx: Context, stmt: Any) -> Any:
    """Ledger entries in scope: a grid's are its residents' and households' accounts'."""
    if ctx.by_grid:
        return stmt.where(LedgerEntry.account_id.in_(_grid_accounts(ctx)))
    return ctx.scoped(stmt, LedgerEntry.station_id)


def _grid_accounts(ctx: Context) -> Any:
    residents = select(Resident.id).where(Resident.grid_id == ctx.scope.id)
    homes = select(Household.id).where(Household.grid_id == ctx.scope.id)
    return select(PointsAccount.id).where(
        PointsAccount.resident_id.in_(residents) | PointsAccount.household_id.in_(homes)
    )


def _totals(ctx: Context, p: Period) -> dict[str, int]:
    rows = ctx.session.execute(
        _entries(
            ctx,
            select(LedgerEntry.kind, func.sum(LedgerEntry.points))
            .where(in_moments(LedgerEntry.created_at, p))
            .group_by(LedgerEntry.kind),
        )
    ).all()
    sums = {k: int(v or 0) for k, v in rows}
    active = ctx.session.scalar(
        _entries(
            ctx,
            select(func.count(distinct(LedgerEntry.account_id))).where(
                in_moments(LedgerEntry.created_at, p)
            ),
        )
    )
    return {
        "issued": sums.get("earn", 0),
        "redeemed": -sums.get("redeem", 0) - sums.get("refund", 0),
        "active": int(active or 0),
    }


def _by_rule(ctx: Context, p: Period) -> dict[str, int]:
    """Points earned by rule: the period's entries summed by award first (an index range of
    the entries' times), then named by their awards' rules."""
    by_award = _entries(
        ctx,
        select(LedgerEntry.ref_id, func.sum(LedgerEntry.points).label("points"))
        .where(LedgerEntry.kind == "earn", in_moments(LedgerEntry.created_at, p))
        .group_by(LedgerEntry.ref_id),
    ).subquery()
    stmt = (
        select(Award.rule_name, func.sum(by_award.c.points))
        .join(Award, Award.id == by_award.c.ref_id)
        .group_by(Award.rule_name)
    )
    return {k: int(v or 0) for k, v in ctx.session.execute(stmt).all()}


def _goods(ctx: Context, p: Period) -> dict[str, list[int]]:
    """Product name → [quantity, points], net of refunds made in the period."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    spent = ctx.scoped(
        select(
            RedemptionLine.name,
            func.sum(RedemptionLine.quantity),
            func.sum(RedemptionLine.quantity * RedemptionLine.price),
        )
        .join(Redemption, Redemption.id == RedemptionLine.redemption_id)
        .where(in_moments(Redemption.created_at, p))
        .group_by(RedemptionLine.name),
        Redemption.station_id,
        resident=Redemption.resident_id,
    )
    for name, n, pts in ctx.session.execute(spent).all():
        out[name][0] += int(n or 0)
        out[name][1] += int(pts or 0)
    back = ctx.scoped(
        select(
            RedemptionLine.name,
            func.sum(RefundLine.quantity),
            func.sum(RefundLine.quantity * RedemptionLine.price),
        )
        .join(RefundLine, RefundLine.redemption_line_id == RedemptionLine.id)
        .join(Refund, Refund.id == RefundLine.refund_id)
        .join(Redemption, Redemption.id == Refund.redemption_id)
        .where(in_moments(Refund.created_at, p))
        .group_by(RedemptionLine.name),
        Refund.station_id,
        resident=Redemption.resident_id,
    )
    for name, n, pts in ctx.session.execute(back).all():
        out[name][0] -= int(n or 0)
        out[name][1] -= int(pts or 0)
    return dict(out)


def _pioneers(ctx: Context, p: Period) -> dict[str, int]:
    when = func.coalesce(Award.decided_at, Award.created_at)
    stmt = ctx.scoped(
        select(Resident.name, func.sum(AwardLine.points))
        .select_from(AwardLine)
        .join(Award, Award.id == AwardLine.award_id)
        .join(EarningRule, EarningRule.id == Award.rule_id)
        .join(Resident, Resident.id == AwardLine.resident_id)
        .where(EarningRule.scheme == "pioneer", Award.status == "approved", in_moments(when, p))
        .group_by(Resident.name),
        Award.station_id,
        resident=AwardLine.resident_id,
    )
    return {k: int(v or 0) for k, v in ctx.session.execute(stmt).all()}


def section(ctx: Context) -> Section:
    p, q = ctx.period, ctx.compared
    totals = [_totals(ctx, x) for x in (p, q)]
    goods = [_goods(ctx, x) for x in (p, q)]
    stock_value = int(
        ctx.session.scalar(
            ctx.scoped(
                select(func.sum(Product.stock * Product.price)).where(Product.active.is_(True)),
                Product.station_id,
            )
        )
        or 0
    )
    drill = Drill("points", (("day_from", p.first.isoformat()), ("day_to", p.last.isoformat())))
    given = [sum(v[0] for v in g.values()) for g in goods]
    given_points = [sum(v[1] for v in g.values()) for g in goods]
    figures = (
        Figure(
            "issued",
            QT_TRANSLATE_NOOP("reports", "Points issued"),
            totals[0]["issued"],
            totals[1]["issued"],
            "pts",
        ),
        Figure(
            "redeemed",
            QT_TRANSLATE_NOOP("reports", "Points redeemed"),
            totals[0]["redeemed"],
            totals[1]["redeemed"],
            "pts",
            drill,
        ),
        Figure(
            "active",
            QT_TRANSLATE_NOOP("reports", "Active accounts"),
            totals[0]["active"],
            totals[1]["active"],
        ),
        Figure("goods", QT_TRANSLATE_NOOP("reports", "Goods given out"), given[0], given[1]),
        Figure(
            "goods_points",
            QT_TRANSLATE_NOOP("reports", "Value of goods given (points)"),
            given_points[0],
            given_points[1],
            "pts",
        ),
        Figure(
            "stock_value",
            QT_TRANSLATE_NOOP("reports", "Value of stock on the shelf now (points)"),
            stock_value,
            None,
            "pts",
        ),
    )
    rules = [_by_rule(ctx, x) for x in (p, q)]
    pioneers = _pioneers(ctx, p), _pioneers(ctx, q)
    names = sorted(goods[0], key=lambda k: (-goods[0][k][0], k))
    ranked = sorted(pioneers[0], key=lambda k: (-pioneers[0][k], k))[:TOP]
    tables = (
        Table(
            "by_rule",
            QT_TRANSLATE_NOOP("reports", "Points issued by rule"),
            tuple(
                Row(k, rules[0][k], rules[1].get(k, 0))
                for k in sorted(rules[0], key=lambda k: (-rules[0][k], k))
            ),
            chart="pie",
            unit="pts",
        ),
        Table(
            "by_product",
            QT_TRANSLATE_NOOP("reports", "Goods given by product"),
            tuple(
                Row(k, goods[0][k][0], goods[1].get(k, [0, 0])[0], (goods[0][k][1],)) for k in names
            ),
            (QT_TRANSLATE_NOOP("reports", "Points"),),
        ),
        Table(
            "pioneers",
            QT_TRANSLATE_NOOP("reports", "Pioneer index (先锋指数), top 20"),
            tuple(Row(k, pioneers[0][k], pioneers[1].get(k, 0)) for k in ranked),
            unit="pts",
        ),
    )
    # one index range per bucket with two conditional sums: a year of entries read this way
    # costs a third of one GROUP BY over a CASE naming the bucket
    earned = case((LedgerEntry.kind == "earn", LedgerEntry.points), else_=0)
    others = case((LedgerEntry.kind == "earn", 0), else_=LedgerEntry.points)
    buckets = p.trend()
    issued, spent = [], []
    for b in buckets:
        start, end = local_midnight(b.first), local_midnight(b.last + ONE_DAY)
        got, gone = ctx.session.execute(
            _entries(
                ctx,
                select(func.sum(earned), func.sum(others)).where(
                    LedgerEntry.created_at >= start, LedgerEntry.created_at < end
                ),
            )
        ).one()
        issued.append(float(got or 0))
        spent.append(-float(gone or 0))
    series = (
        Series(
            "trend",
            QT_TRANSLATE_NOOP("reports", "Points issued and redeemed"),
            tuple(b.label for b in buckets),
            (
                (QT_TRANSLATE_NOOP("reports", "Issued"), tuple(issued)),
                (QT_TRANSLATE_NOOP("reports", "Redeemed"), tuple(spent)),
            ),
            "pts",
        ),
    )
    return Section("points", QT_TRANSLATE_NOOP("reports", "Points"), figures, tables, series)
