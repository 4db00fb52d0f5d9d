"""The shop: products and stock, redemptions at the counter, refunds by reversal.

Every call that changes points or stock carries an ``operation_id`` made by the UI before it
sends (a new one per cart, kept until the cart changes). The operation's record has a unique
column for it, and the first thing a unit of work does is look it up: a double press, a double
scan, a retry after a timeout or after a crash returns the first result (the same receipt
number) and changes nothing. Invariant 2: a redemption's points, stock and receipt number are
one transaction.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from gridesk.clock import local_day, utcnow
from gridesk.core.actor import Actor, Permission
from gridesk.core.models import Resident
from gridesk.core.numbers import next_number
from gridesk.core.points import errors as E
from gridesk.core.points import ledger
from gridesk.core.points.accounts import account_for, resident_row
from gridesk.core.points.models import (
    PointsAccount,
    Product,
    Redemption,
    RedemptionLine,
    Refund,
    RefundLine,
    StockMove,
)
from gridesk.core.points.rows import audit, stamped
from gridesk.core.store import Store, retried_when_connection_lost
from gridesk.errors import NotFound, ValidationError

MAX_QUANTITY = 999
MAX_PRICE = 1_000_000
MAX_STOCK = 1_000_000
_CODE = re.compile(r"^[0-9A-Za-z_-]{1,40}$")

STOCK_IN, STOCK_COUNT, STOCK_REDEEM, STOCK_REFUND = "in", "count", "redeem", "refund"


# --- products --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProductInput:
    code: str
    name: str
    price: int
    category: str = ""
    low_stock: int = 5
    active: bool = True


@dataclass(frozen=True)
class ProductView:
    id: uuid.UUID
    code: str
    name: str
    category: str
    price: int
    stock: int
    low_stock: int
    active: bool
    has_photo: bool

    @property
    def is_low(self) -> bool:
        return self.active and self.stock <= self.low_stock


def _product_view(p: Product) -> ProductView:
    return ProductView(
        p.id, p.code, p.name, p.category, p.price, p.stock, p.low_stock, p.active, bool(p.photo)
    )


def normalise_code(code: str) -> str:
    return code.strip().upper()


def _validate(data: ProductInput) -> ProductInput:
    code = normalise_code(data.code)
    if not _CODE.match(code):
        raise ValidationError(E.BAD_CODE, field="code")
    name = " ".join(data.name.split())
    if not name or len(name) > 60:
        raise ValidationError(E.BAD_NAME, field="name", limit=60)
    if not 1 <= int(data.price) <= MAX_PRICE:
        raise ValidationError(E.BAD_POINTS, field="price", limit=MAX_PRICE)
    if not 0 <= int(data.low_stock) <= MAX_STOCK:
        raise ValidationError(E.BAD_STOCK, field="low_stock", limit=MAX_STOCK)
    return ProductInput(
        code, name, int(data.price), data.category.strip()[:30], data.low_stock, data.active
    )


def _code_free(s: Session, code: str, own: uuid.UUID | None) -> None:
    other = s.execute(select(Product.id).where(Product.code == code)).scalar_one_or_none()
    if other is not None and other != own:
        raise ValidationError(E.DUPLICATE_CODE, field="code", code=code)


def create_product(store: Store, actor: Actor, data: ProductInput) -> ProductView:
    actor.require(Permission.POINTS_MANAGE)
    data = _validate(data)
    with store.write(actor) as s:
        _code_free(s, data.code, None)
        p = Product(
            code=data.code,
            name=data.name,
            category=data.category,
            price=data.price,
            stock=0,
            low_stock=data.low_stock,
            active=data.active,
        )
        s.add(p)
        s.flush()
        return _product_view(p)


def update_product(
    store: Store, actor: Actor, product_id: uuid.UUID, data: ProductInput
) -> ProductView:
    """Name, code, price, category, warning level, on sale or not. Stock changes only by
    stock in, stock count, redemption and refund."""
    actor.require(Permission.POINTS_MANAGE)
    data = _validate(data)
    with store.write(actor) as s:
        p = _product(s, product_id)
        _code_free(s, data.code, p.id)
        p.code, p.name, p.category = data.code, data.name, data.category
        p.price, p.low_stock, p.active = data.price, data.low_stock, data.active
        s.flush()
        return _product_view(p)


def set_product_photo(
    store: Store, actor: Actor, product_id: uuid.UUID, image: bytes | None
) -> None:
    actor.require(Permission.POINTS_MANAGE)
    if image is not None:
        from gridesk.core.pictures import prepare_photo

        image = prepare_photo(image)
    with store.write(actor) as s:
        _product(s, product_id).photo = image


def product_photo(store: Store, product_id: uuid.UUID) -> bytes | None:
    with store.read() as s:
        return s.execute(select(Product.photo).where(Product.id == product_id)).scalar()


def _product(s: Session, product_id: uuid.UUID) -> Product:
    p = s.get(Product, product_id, with_for_update=True)
    if p is None:
        raise E.UnknownProduct(str(product_id))
    return p


def list_products(store: Store, actor: Actor, include_inactive: bool = True) -> list[ProductView]:
    with store.read() as s:
        stmt = select(Product).order_by(Product.category, Product.code)
        if not include_inactive:
            stmt = stmt.where(Product.active.is_(True))
        return [_product_view(p) for p in s.execute(stmt).scalars()]


def find_product(store: Store, actor: Actor, code: str) -> ProductView:
    """The product a scanned or typed code names."""
    code = normalise_code(code)
    with store.read() as s:
        p = s.execute(select(Product).where(Product.code == code)).scalar_one_or_none()
        if p is None:
            raise E.UnknownProduct(code)
        return _product_view(p)


def low_stock(store: Store, actor: Actor) -> list[ProductView]:
    return [p for p in list_products(store, actor, include_inactive=False) if p.is_low]


def low_stock_count(store: Store, actor: Actor) -> int:
    """Goods running low (a number on the home page)."""
    return len(low_stock(store, actor))


@dataclass(frozen=True)
class StockMoveView:
    id: uuid.UUID
    product_id: uuid.UUID
    kind: str
    delta: int
    stock_after: int
    note: str
    created_at: datetime


def _move(
    s: Session,
    p: Product,
    kind: str,
    delta: int,
    operation_id: uuid.UUID,
    ref_id: uuid.UUID | None,
    note: str = "",
) -> StockMove:
    after = p.stock + delta
    if after < 0:
        raise E.OutOfStock(p.name, p.stock, -delta)
    p.stock = after
    move = StockMove(
        product_id=p.id,
        kind=kind,
        delta=delta,
        stock_after=after,
        operation_id=operation_id,
        ref_id=ref_id,
        note=note,
    )
    s.add(move)
    return move


def _move_view(m: StockMove) -> StockMoveView:
    return StockMoveView(m.id, m.product_id, m.kind, m.delta, m.stock_after, m.note, m.created_at)


def _repeat_move(s: Session, operation_id: uuid.UUID) -> StockMove | None:
    return s.execute(
        select(StockMove).where(StockMove.operation_id == operation_id).limit(1)
    ).scalar_one_or_none()


@retried_when_connection_lost
def stock_in(
    store: Store,
    actor: Actor,
    product_id: uuid.UUID,
    quantity: int,
    operation_id: uuid.UUID,
    note: str = "",
) -> StockMoveView:
    """入库: goods arrive."""
    actor.require(Permission.POINTS_STOCK)
    if not 1 <= quantity <= MAX_STOCK:
        raise ValidationError(E.BAD_STOCK, field="quantity", limit=MAX_STOCK)
    with store.write(actor, operation_id) as s:
        if (done := _repeat_move(s, operation_id)) is not None:
            return _move_view(done)
        move = _move(s, _product(s, product_id), STOCK_IN, quantity, operation_id, None, note)
        s.flush()
        return _move_view(move)


@retried_when_connection_lost
def stock_count(
    store: Store,
    actor: Actor,
    product_id: uuid.UUID,
    counted: int,
    operation_id: uuid.UUID,
    note: str = "",
) -> StockMoveView | None:
    """盘点: the shelf was counted; a difference is recorded as a movement (None: none)."""
    actor.require(Permission.POINTS_STOCK)
    if not 0 <= counted <= MAX_STOCK:
        raise ValidationError(E.BAD_STOCK, field="counted", limit=MAX_STOCK)
    with store.write(actor, operation_id) as s:
        if (done := _repeat_move(s, operation_id)) is not None:
            return _move_view(done)
        p = _product(s, product_id)
        if counted == p.stock:
            return None
        move = _move(s, p, STOCK_COUNT, counted - p.stock, operation_id, None, note)
        s.flush()
        return _move_view(move)


def stock_moves(store: Store, actor: Actor, product_id: uuid.UUID) -> list[StockMoveView]:
    with store.read() as s:
        rows = s.execute(
            select(StockMove)
            .where(StockMove.product_id == product_id)
            .order_by(StockMove.created_at.desc())
            .limit(500)
        ).scalars()
        return [_move_view(m) for m in rows]


# --- redemptions ----------------------------------------------------------------------------


@dataclass(frozen=True)
class LineView:
    id: uuid.UUID
    line_no: int
    product_id: uuid.UUID
    code: str
    name: str
    price: int
    quantity: int

    @property
    def points(self) -> int:
        return self.price * self.quantity


@dataclass(frozen=True)
class RefundView:
    id: uuid.UUID
    number: str
    redemption_id: uuid.UUID
    redemption_number: str
    total: int
    balance_after: int
    lines: tuple[tuple[str, int], ...]
    """(product name, quantity) given back."""
    note: str
    cashier: str
    created_at: datetime


@dataclass(frozen=True)
class RedemptionView:
    id: uuid.UUID
    number: str
    operation_id: uuid.UUID
    resident_id: uuid.UUID
    resident_name: str
    lines: tuple[LineView, ...]
    total: int
    balance_before: int
    balance_after: int
    cashier: str
    created_at: datetime


@dataclass(frozen=True)
class RedemptionDetail:
    """A redemption as it stands now: what was redeemed, and what has come back since."""

    redemption: RedemptionView
    refunded: dict[uuid.UUID, int]
    """Quantity refunded so far, per line id."""
    refunds: tuple[RefundView, ...]

    def left(self, line: LineView) -> int:
        return line.quantity - self.refunded.get(line.id, 0)

    @property
    def refunded_points(self) -> int:
        return sum(f.total for f in self.refunds)

    @property
    def fully_refunded(self) -> bool:
        return all(self.left(line) == 0 for line in self.redemption.lines)


def _refunded_by_line(s: Session, redemption_id: uuid.UUID) -> dict[uuid.UUID, int]:
    rows = s.execute(
        select(RefundLine.redemption_line_id, func.sum(RefundLine.quantity))
        .join(Refund, Refund.id == RefundLine.refund_id)
        .where(Refund.redemption_id == redemption_id)
        .group_by(RefundLine.redemption_line_id)
    ).all()
    return {line_id: int(n) for line_id, n in rows}


def _redemption_view(s: Session, r: Redemption) -> RedemptionView:
    """What was redeemed: the same however often it is asked (refunds are separate)."""
    lines = tuple(
        LineView(
            line.id,
            line.line_no,
            line.product_id,
            line.code,
            line.name,
            line.price,
            line.quantity,
        )
        for line in s.execute(
            select(RedemptionLine)
            .where(RedemptionLine.redemption_id == r.id)
            .order_by(RedemptionLine.line_no)
        ).scalars()
    )
    name = s.execute(select(Resident.name).where(Resident.id == r.resident_id)).scalar_one()
    return RedemptionView(
        id=r.id,
        number=r.number,
        operation_id=r.operation_id,
        resident_id=r.resident_id,
        resident_name=name,
        lines=lines,
        total=r.total,
        balance_before=r.balance_before,
        balance_after=r.balance_after,
        cashier=r.cashier,
        created_at=r.created_at,
    )


def _detail(s: Session, r: Redemption) -> RedemptionDetail:
    refunds = s.execute(
        select(Refund).where(Refund.redemption_id == r.id).order_by(Refund.created_at)
    ).scalars()
    return RedemptionDetail(
        _redemption_view(s, r),
        _refunded_by_line(s, r.id),
        tuple(_refund_view(s, f) for f in refunds),
    )


def _cart(lines: Sequence[tuple[str, int]]) -> dict[str, int]:
    cart: dict[str, int] = {}
    for code, quantity in lines:
        if not isinstance(quantity, int) or not 1 <= quantity <= MAX_QUANTITY:
            raise ValidationError(E.BAD_QUANTITY, field="quantity")
        key = normalise_code(code)
        cart[key] = cart.get(key, 0) + quantity
        if cart[key] > MAX_QUANTITY:
            raise ValidationError(E.BAD_QUANTITY, field="quantity")
    if not cart:
        raise ValidationError(E.EMPTY_CART)
    return cart


PRODUCTS = cast(Table, Product.__table__)
REDEMPTIONS = cast(Table, Redemption.__table__)
LINES = cast(Table, RedemptionLine.__table__)
MOVES = cast(Table, StockMove.__table__)


@retried_when_connection_lost
def redeem(
    store: Store,
    actor: Actor,
    resident_id: uuid.UUID,
    lines: Sequence[tuple[str, int]],
    operation_id: uuid.UUID,
) -> RedemptionView:
    """兑换: ``lines`` are (product code, quantity). All or nothing: not enough points or
    stock raises and changes nothing. A repeated ``operation_id`` returns the first result.

    The counter's hot path, so written with Core statements (see rows.py): the operation
    lookup, the resident, the products (one statement), the account, the receipt number, the
    head of the chain, then the writes, each guarded again in its WHERE clause."""
    actor.require(Permission.POINTS_REDEEM)
    cart = _cart(lines)
    with store.write(actor, operation_id) as s:
        done = s.execute(
            select(REDEMPTIONS.c.id).where(REDEMPTIONS.c.operation_id == operation_id)
        ).scalar_one_or_none()
        if done is not None:
            redemption = s.get(Redemption, done)
            assert redemption is not None
            return _redemption_view(s, redemption)
        resident = resident_row(s, resident_id)
        found = {
            row.code: row
            for row in s.execute(
                select(
                    PRODUCTS.c.id,
                    PRODUCTS.c.code,
                    PRODUCTS.c.name,
                    PRODUCTS.c.price,
                    PRODUCTS.c.stock,
                    PRODUCTS.c.active,
                ).where(PRODUCTS.c.code.in_(list(cart)))
            )
        }
        for code, quantity in cart.items():
            p = found.get(code)
            if p is None:
                raise E.UnknownProduct(code)
            if not p.active:
                raise E.InactiveProduct(p.name)
            if p.stock < quantity:
                raise E.OutOfStock(p.name, p.stock, quantity)
        total = sum(found[code].price * q for code, q in cart.items())
        account = account_for(s, actor, resident)
        assert account is not None
        before = account.balance
        if before < total:
            raise E.NotEnoughPoints(before, total)
        now = utcnow()
        head = stamped(
            actor,
            now,
            operation_id=operation_id,
            number=next_number(s, "receipt", local_day(now)),
            resident_id=resident.id,
            account_id=account.id,
            total=total,
            balance_before=before,
            balance_after=before - total,
            cashier=actor.display_name,
        )
        s.execute(insert(REDEMPTIONS), head)
        line_rows, move_rows, views = [], [], []
        for line_no, (code, quantity) in enumerate(cart.items(), start=1):
            p = found[code]
            line = stamped(
                actor,
                now,
                redemption_id=head["id"],
                line_no=line_no,
                product_id=p.id,
                code=p.code,
                name=p.name,
                price=p.price,
                quantity=quantity,
            )
            line_rows.append(line)
            views.append(LineView(line["id"], line_no, p.id, p.code, p.name, p.price, quantity))
            taken = s.execute(
                update(PRODUCTS)
                .where(PRODUCTS.c.id == p.id, PRODUCTS.c.stock >= quantity)
                .values(stock=PRODUCTS.c.stock - quantity, updated_at=now)
            )
            if taken.rowcount != 1:  # type: ignore[attr-defined]
                raise E.OutOfStock(p.name, p.stock, quantity)
            move_rows.append(
                stamped(
                    actor,
                    now,
                    product_id=p.id,
                    kind=STOCK_REDEEM,
                    delta=-quantity,
                    stock_after=p.stock - quantity,
                    operation_id=operation_id,
                    ref_id=head["id"],
                    note="",
                )
            )
        s.execute(insert(LINES), line_rows)
        s.execute(insert(MOVES), move_rows)
        audit(
            s,
            actor,
            now,
            [("create", "points_redemptions", head["id"], "")]
            + [("create", "points_redemption_lines", r["id"], "") for r in line_rows]
            + [("create", "points_stock_moves", r["id"], "") for r in move_rows]
            + [("update", "points_products", found[c].id, "stock") for c in cart],
        )
        ledger.append(s, actor, account, ledger.REDEEM, -total, operation_id, head["id"])
        return RedemptionView(
            id=head["id"],
            number=head["number"],
            operation_id=operation_id,
            resident_id=resident.id,
            resident_name=resident.name,
            lines=tuple(views),
            total=total,
            balance_before=before,
            balance_after=before - total,
            cashier=head["cashier"],
            created_at=now,
        )


def get_redemption(store: Store, actor: Actor, redemption_id: uuid.UUID) -> RedemptionDetail:
    actor.require(Permission.POINTS_REDEEM)
    with store.read() as s:
        r = s.get(Redemption, redemption_id)
        if r is None:
            raise NotFound(E.UNKNOWN_REDEMPTION)
        return _detail(s, r)


def find_redemption(store: Store, actor: Actor, number: str) -> RedemptionDetail:
    """By the receipt number (typed from a slip)."""
    actor.require(Permission.POINTS_REDEEM)
    with store.read() as s:
        r = s.execute(
            select(Redemption).where(Redemption.number == number.strip().upper())
        ).scalar_one_or_none()
        if r is None:
            raise NotFound(E.UNKNOWN_REDEMPTION)
        return _detail(s, r)


def _refund_view(s: Session, f: Refund) -> RefundView:
    rows = s.execute(
        select(RedemptionLine.name, RefundLine.quantity)
        .join(RedemptionLine, RedemptionLine.id == RefundLine.redemption_line_id)
        .where(RefundLine.refund_id == f.id)
        .order_by(RedemptionLine.line_no)
    ).all()
    number = s.execute(
        select(Redemption.number).where(Redemption.id == f.redemption_id)
    ).scalar_one()
    return RefundView(
        id=f.id,
        number=f.number,
        redemption_id=f.redemption_id,
        redemption_number=number,
        total=f.total,
        balance_after=f.balance_after,
        lines=tuple((name, int(q)) for name, q in rows),
        note=f.note,
        cashier=f.cashier,
        created_at=f.created_at,
    )


@retried_when_connection_lost
def refund(
    store: Store,
    actor: Actor,
    redemption_id: uuid.UUID,
    operation_id: uuid.UUID,
    quantities: Mapping[uuid.UUID, int] | None = None,
    note: str = "",
) -> RefundView:
    """退还 by reversal: ``quantities`` maps redemption line ids to how many come back (None:
    everything not yet refunded). Points go back to the account that paid, goods back to
    stock; never more than was redeemed, however often it is asked."""
    actor.require(Permission.POINTS_REDEEM)
    with store.write(actor, operation_id) as s:
        done = s.execute(
            select(Refund).where(Refund.operation_id == operation_id)
        ).scalar_one_or_none()
        if done is not None:
            return _refund_view(s, done)
        r = s.get(Redemption, redemption_id)
        if r is None:
            raise NotFound(E.UNKNOWN_REDEMPTION)
        refunded = _refunded_by_line(s, r.id)
        lines = list(
            s.execute(
                select(RedemptionLine)
                .where(RedemptionLine.redemption_id == r.id)
                .order_by(RedemptionLine.line_no)
            ).scalars()
        )
        wanted: list[tuple[RedemptionLine, int]] = []
        for line in lines:
            left = line.quantity - refunded.get(line.id, 0)
            n = left if quantities is None else quantities.get(line.id, 0)
            if n < 0 or n > MAX_QUANTITY:
                raise ValidationError(E.BAD_QUANTITY, field="quantity")
            if n > left:
                raise E.NothingToRefund()
            if n:
                wanted.append((line, n))
        if quantities is not None and set(quantities) - {line.id for line in lines}:
            raise NotFound(E.UNKNOWN_REDEMPTION)
        if not wanted:
            raise E.NothingToRefund()
        total = sum(line.price * n for line, n in wanted)
        balance = s.execute(
            select(PointsAccount.balance).where(PointsAccount.id == r.account_id)
        ).scalar_one()
        account = ledger.AccountRef(r.account_id, balance)
        f = Refund(
            operation_id=operation_id,
            number=next_number(s, "refund", local_day()),
            redemption_id=r.id,
            total=total,
            balance_after=account.balance + total,
            note=note.strip()[:500],
            cashier=actor.display_name,
        )
        s.add(f)
        s.flush()
        for line, n in wanted:
            s.add(RefundLine(refund_id=f.id, redemption_line_id=line.id, quantity=n))
            _move(s, _product(s, line.product_id), STOCK_REFUND, n, operation_id, f.id)
        ledger.append(s, actor, account, ledger.REFUND, total, operation_id, f.id)
        s.flush()
        return _refund_view(s, f)
