"""Points shop (积分超市): the invariants `gridesk check` verifies (registered with check.register).

- the ledger's hash chain, entry by entry (the first broken entry is named);
- every account: balance = the sum of its entries = its last entry's balance, never below 0;
- every product: stock = the sum of its movements made here (the goods on this station's
  shelf, docs/SYNC.md), never below 0;
- every award: approved ones credited exactly their lines, the others nothing;
- every redemption: total = its lines, one debit entry of that total; refunds never exceed
  what was redeemed, each with one credit entry of its total;
- the append-only triggers are in place.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridesk.core.chains import unprotected
from gridesk.core.check import register
from gridesk.core.points.holding import made_here
from gridesk.core.points.ledger import verify_chain
from gridesk.core.points.models import (
    APPEND_ONLY,
    Award,
    AwardLine,
    LedgerEntry,
    PointsAccount,
    Product,
    Redemption,
    RedemptionLine,
    Refund,
    RefundLine,
    StockMove,
)

LIMIT = 20


@register("points ledger")
def _chain(s: Session) -> Iterator[str]:
    for n, problem in enumerate(verify_chain(s)):
        if n >= LIMIT:
            yield "… and more"
            return
        yield problem.sentence()


@register("points balances")
def _balances(s: Session) -> Iterator[str]:
    sums = (
        select(
            LedgerEntry.account_id,
            func.sum(LedgerEntry.points).label("total"),
            func.max(LedgerEntry.seq).label("last"),
        )
        .group_by(LedgerEntry.account_id)
        .subquery()
    )
    rows = s.execute(
        select(
            PointsAccount.id,
            PointsAccount.balance,
            func.coalesce(sums.c.total, 0),
            func.coalesce(
                select(LedgerEntry.balance_after)
                .where(LedgerEntry.seq == sums.c.last)
                .scalar_subquery(),
                0,
            ),
        ).outerjoin(sums, sums.c.account_id == PointsAccount.id)
    ).all()
    found = 0
    for account_id, balance, total, last in rows:
        if balance != total or balance != last or balance < 0:
            found += 1
            if found <= LIMIT:
                yield (
                    f"account {account_id} shows {balance} points; its entries add up to "
                    f"{total} and the last one says {last}"
                )


@register("points stock")
def _stock(s: Session) -> Iterator[str]:
    sums = (
        select(StockMove.product_id, func.sum(StockMove.delta).label("total"))
        .where(made_here(s))
        .group_by(StockMove.product_id)
        .subquery()
    )
    rows = s.execute(
        select(Product.code, Product.name, Product.stock, func.coalesce(sums.c.total, 0)).outerjoin(
            sums, sums.c.product_id == Product.id
        )
    ).all()
    for code, name, stock, total in rows:
        if stock != total or stock < 0:
            yield (
                f"product {code} {name} shows {stock} in stock; "
                f"its movements here add up to {total}"
            )


@register("points redemptions")
def _redemptions(s: Session) -> Iterator[str]:
    line_sums = (
        select(
            RedemptionLine.redemption_id,
            func.sum(RedemptionLine.price * RedemptionLine.quantity).label("total"),
        )
        .group_by(RedemptionLine.redemption_id)
        .subquery()
    )
    debit = (
        select(func.coalesce(func.sum(LedgerEntry.points), 0))
        .where(LedgerEntry.ref_id == Redemption.id)
        .scalar_subquery()
    )
    rows = s.execute(
        select(Redemption.number, Redemption.total, line_sums.c.total, debit).outerjoin(
            line_sums, line_sums.c.redemption_id == Redemption.id
        )
    ).all()
    found = 0
    for number, total, lines, entries in rows:
        if total != (lines or 0) or entries != -total:
            found += 1
            if found <= LIMIT:
                yield (f"redemption {number}: total {total}, lines {lines or 0}, ledger {entries}")
    over = s.execute(
        select(RedemptionLine.id, RedemptionLine.quantity, func.sum(RefundLine.quantity))
        .join(RefundLine, RefundLine.redemption_line_id == RedemptionLine.id)
        .group_by(RedemptionLine.id, RedemptionLine.quantity)
        .having(func.sum(RefundLine.quantity) > RedemptionLine.quantity)
        .limit(LIMIT)
    ).all()
    for line_id, quantity, refunded in over:
        yield f"redemption line {line_id}: {refunded} refunded of {quantity}"
    credit = (
        select(func.coalesce(func.sum(LedgerEntry.points), 0))
        .where(LedgerEntry.ref_id == Refund.id)
        .scalar_subquery()
    )
    for number, total, entries in s.execute(
        select(Refund.number, Refund.total, credit).limit(100_000)
    ).all():
        if entries != total:
            yield f"refund {number}: total {total}, ledger {entries}"


@register("points awards")
def _awards(s: Session) -> Iterator[str]:
    """An approved award's lines were credited once; a pending or rejected one not at all."""
    lines = (
        select(func.coalesce(func.sum(AwardLine.points), 0))
        .where(AwardLine.award_id == Award.id)
        .scalar_subquery()
    )
    credited = (
        select(func.coalesce(func.sum(LedgerEntry.points), 0))
        .where(LedgerEntry.ref_id == Award.id)
        .scalar_subquery()
    )
    found = 0
    for award_id, status, owed, paid in s.execute(
        select(Award.id, Award.status, lines, credited)
    ).all():
        expected = owed if status == "approved" else 0
        if paid != expected:
            found += 1
            if found <= LIMIT:
                yield f"award {award_id} ({status}) should have credited {expected}, ledger {paid}"


@register("points triggers")
def _triggers(s: Session) -> Iterator[str]:
    yield from unprotected(s, APPEND_ONLY)
