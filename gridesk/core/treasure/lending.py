"""Items and loans: the shelf, lending and taking back by label, holds, repairs, the overdue list.

Rules:
- an item is lent only when it is on the shelf (available), or held for the very resident who
  is first in its queue;
- a resident with an overdue item borrows nothing else until it is back, unless someone allowed
  to override (the administrator) gives a reason, which is kept on the loan;
- a return records condition and missing parts; a damaged or incomplete item goes to repair;
  otherwise it is held for the first resident in the queue (the desk is told who), or goes back
  on the shelf;
- taking an item out of circulation and back is an event with a note.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from gridesk import clock
from gridesk.clock import local_day, utcnow
from gridesk.core.actor import Actor, Permission
from gridesk.core.models import Resident
from gridesk.core.numbers import next_number
from gridesk.core.residents.records import format_address
from gridesk.core.store import Store
from gridesk.core.treasure.guard import claim_item
from gridesk.core.treasure.models import (
    AVAILABLE,
    CANCELLED,
    FULFILLED,
    HELD,
    IN_REPAIR,
    ON_LOAN,
    RETIRED,
    WAITING,
    Hold,
    Item,
    ItemEvent,
    Loan,
)
from gridesk.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError

MAX_LOAN_DAYS = 365


# --- errors ----------------------------------------------------------------------------------


class ItemUnavailable(Conflict):
    """The item cannot be lent now (out, held for someone else, in repair, retired)."""


class OverdueBlock(Conflict):
    """The resident has an overdue item: it must come back first (or an override with a reason)."""

    def __init__(self, message: str, loans: tuple[LoanView, ...], **params: object) -> None:
        self.loans = loans
        super().__init__(message, **params)


# --- what services hand back ------------------------------------------------------------------


@dataclass(frozen=True)
class ItemInput:
    name: str
    category: str = ""
    donor_id: uuid.UUID | None = None
    donated_on: date | None = None
    condition: str = ""
    location: str = ""
    max_loan_days: int = 7
    deposit: int = 0
    borrowers: str = ""
    notes: str = ""
    photo: bytes | None = None


@dataclass(frozen=True)
class ItemView:
    id: uuid.UUID
    name: str
    category: str
    donor_id: uuid.UUID | None
    donor_name: str
    donated_on: date | None
    condition: str
    location: str
    max_loan_days: int
    deposit: int
    borrowers: str
    status: str
    notes: str
    has_photo: bool
    borrower_name: str
    """Who has it now ("" when not on loan)."""
    due_on: date | None
    waiting: int
    """Residents in its queue."""


@dataclass(frozen=True)
class LoanView:
    id: uuid.UUID
    number: str
    item_id: uuid.UUID
    item_name: str
    resident_id: uuid.UUID
    resident_name: str
    resident_phone: str
    lent_at: datetime
    due_on: date
    deposit: int
    override_reason: str
    returned_at: datetime | None
    return_condition: str
    missing_parts: str
    damaged: bool

    def is_overdue(self, today: date) -> bool:
        return self.returned_at is None and self.due_on < today


@dataclass(frozen=True)
class HoldView:
    id: uuid.UUID
    item_id: uuid.UUID
    item_name: str
    resident_id: uuid.UUID
    resident_name: str
    resident_phone: str
    placed_at: datetime
    position: int
    """1 = next in line."""


@dataclass(frozen=True)
class ReturnResult:
    loan: LoanView
    item_status: str
    next_hold: HoldView | None
    """Who is next for the item (the desk tells them), when it was held for them."""


@dataclass(frozen=True)
class ItemEventView:
    at: datetime
    from_status: str
    to_status: str
    note: str


@dataclass(frozen=True)
class OverdueRow:
    loan_id: uuid.UUID
    number: str
    item_name: str
    resident_name: str
    phone: str
    address: str
    lent_at: datetime
    due_on: date
    days_overdue: int


# --- helpers ----------------------------------------------------------------------------------


def _clean(text: str, limit: int, message: str, field: str) -> str:
    value = " ".join(text.split())
    if len(value) > limit:
        raise ValidationError(message, field=field, limit=limit)
    return value


def _resident(s: Session, resident_id: uuid.UUID) -> Resident:
    resident = s.get(Resident, resident_id)
    if resident is None or resident.archived:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This resident is not in the registry."))
    return resident


def _loan_view(loan: Loan, item_name: str, resident: Resident) -> LoanView:
    return LoanView(
        id=loan.id,
        number=loan.number,
        item_id=loan.item_id,
        item_name=item_name,
        resident_id=loan.resident_id,
        resident_name=resident.name,
        resident_phone=resident.phone,
        lent_at=loan.lent_at,
        due_on=loan.due_on,
        deposit=loan.deposit,
        override_reason=loan.override_reason,
        returned_at=loan.returned_at,
        return_condition=loan.return_condition,
        missing_parts=loan.missing_parts,
        damaged=loan.damaged,
    )


def _open_loan(s: Session, item_id: uuid.UUID) -> Loan | None:
    return s.execute(
        select(Loan).where(Loan.item_id == item_id, Loan.returned_at.is_(None))
    ).scalar_one_or_none()


def _queue(s: Session, item_id: uuid.UUID) -> list[Hold]:
    return list(
        s.execute(
            select(Hold)
            .where(Hold.item_id == item_id, Hold.status == WAITING)
            .order_by(Hold.placed_at, Hold.id)
        ).scalars()
    )


def _hold_view(s: Session, hold: Hold, item_name: str, position: int) -> HoldView:
    resident = s.get(Resident, hold.resident_id)
    assert resident is not None
    return HoldView(
        id=hold.id,
        item_id=hold.item_id,
        item_name=item_name,
        resident_id=hold.resident_id,
        resident_name=resident.name,
        resident_phone=resident.phone,
        placed_at=hold.placed_at,
        position=position,
    )


def _item_view(s: Session, item: Item) -> ItemView:
    donor = s.get(Resident, item.donor_id) if item.donor_id else None
    loan = _open_loan(s, item.id)
    borrower = s.get(Resident, loan.resident_id) if loan else None
    waiting = s.execute(
        select(func.count()).where(Hold.item_id == item.id, Hold.status == WAITING)
    ).scalar_one()
    return ItemView(
        id=item.id,
        name=item.name,
        category=item.category,
        donor_id=item.donor_id,
        donor_name=donor.name if donor else "",
        donated_on=item.donated_on,
        condition=item.condition,
        location=item.location,
        max_loan_days=item.max_loan_days,
        deposit=item.deposit,
        borrowers=item.borrowers,
        status=item.status,
        notes=item.notes,
        has_photo=item.photo is not None,
        borrower_name=borrower.name if borrower else "",
        due_on=loan.due_on if loan else None,
        waiting=int(waiting),
    )


def _event(s: Session, item: Item, to_status: str, note: str) -> None:
    s.add(ItemEvent(item_id=item.id, from_status=item.status, to_status=to_status, note=note))
    item.status = to_status


def _back_in_circulation(s: Session, item: Item) -> tuple[str, Hold | None]:
    queue = _queue(s, item.id)
    return (HELD, queue[0]) if queue else (AVAILABLE, None)


# --- items ------------------------------------------------------------------------------------


def validate_item(data: ItemInput) -> ItemInput:
    name = _clean(
        data.name,
        60,
        QT_TRANSLATE_NOOP("errors", "An item name has at most 60 characters."),
        "name",
    )
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the item's name."), field="name")
    if not 1 <= data.max_loan_days <= MAX_LOAN_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The longest loan is 1 to {limit} days."),
            field="max_loan_days",
            limit=MAX_LOAN_DAYS,
        )
    if not 0 <= data.deposit <= 100_000:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The deposit must be between 0 and 100000 yuan."),
            field="deposit",
        )
    too_long = QT_TRANSLATE_NOOP("errors", "This field has at most {limit} characters.")
    return ItemInput(
        name=name,
        category=_clean(data.category, 30, too_long, "category"),
        donor_id=data.donor_id,
        donated_on=data.donated_on,
        condition=_clean(data.condition, 100, too_long, "condition"),
        location=_clean(data.location, 60, too_long, "location"),
        max_loan_days=data.max_loan_days,
        deposit=data.deposit,
        borrowers=_clean(data.borrowers, 100, too_long, "borrowers"),
        notes=data.notes.strip(),
        photo=data.photo,
    )


def save_item(store: Store, actor: Actor, item_id: uuid.UUID | None, data: ItemInput) -> ItemView:
    """Add an item (``item_id`` None) or change one; the photo is kept when not given."""
    actor.require(Permission.TREASURE_MANAGE)
    data = validate_item(data)
    with store.write(actor) as s:
        if data.donor_id is not None:
            _resident(s, data.donor_id)
        if item_id is None:
            item = Item(status=AVAILABLE, version=0)
            s.add(item)
        else:
            item = claim_item(s, item_id)
        item.name = data.name
        item.category = data.category
        item.donor_id = data.donor_id
        item.donated_on = data.donated_on
        item.condition = data.condition
        item.location = data.location
        item.max_loan_days = data.max_loan_days
        item.deposit = data.deposit
        item.borrowers = data.borrowers
        item.notes = data.notes
        if data.photo is not None:
            item.photo = data.photo
        s.flush()
        return _item_view(s, item)


def get_item(store: Store, actor: Actor, item_id: uuid.UUID) -> ItemView:
    actor.require(Permission.TREASURE_LEND)
    with store.read() as s:
        item = s.get(Item, item_id)
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This item is not in the treasure box."))
        return _item_view(s, item)


def item_photo(store: Store, actor: Actor, item_id: uuid.UUID) -> bytes | None:
    actor.require(Permission.TREASURE_LEND)
    with store.read() as s:
        return s.execute(select(Item.photo).where(Item.id == item_id)).scalar_one_or_none()


def list_items(
    store: Store, actor: Actor, text: str = "", status: str | None = None
) -> list[ItemView]:
    """Items by name (retired ones only when asked for by status)."""
    actor.require(Permission.TREASURE_LEND)
    stmt = select(Item).where(Item.status == status if status else Item.status != RETIRED)
    words = text.strip()
    if words:
        like = f"%{words}%"
        stmt = stmt.where(
            or_(Item.name.like(like), Item.category.like(like), Item.location.like(like))
        )
    with store.read() as s:
        return [_item_view(s, item) for item in s.execute(stmt.order_by(Item.name)).scalars()]


def item_events(store: Store, actor: Actor, item_id: uuid.UUID) -> list[ItemEventView]:
    actor.require(Permission.TREASURE_LEND)
    with store.read() as s:
        rows = s.execute(
            select(ItemEvent).where(ItemEvent.item_id == item_id).order_by(ItemEvent.created_at)
        ).scalars()
        return [ItemEventView(e.created_at, e.from_status, e.to_status, e.note) for e in rows]


def set_item_status(
    store: Store, actor: Actor, item_id: uuid.UUID, to_status: str, note: str
) -> ItemView:
    """Take an item out of circulation (``in_repair``, ``retired``) or back (``available``:
    it is then held for the first resident in its queue, if any). Recorded with the note."""
    actor.require(Permission.TREASURE_MANAGE)
    if to_status not in (AVAILABLE, IN_REPAIR, RETIRED):
        raise ValueError(f"not a status to set by hand: {to_status}")
    note = note.strip()
    if to_status != AVAILABLE and not note:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say why the item leaves circulation (a short note)."),
            field="note",
        )
    with store.write(actor) as s:
        item = claim_item(s, item_id)
        if item.status == ON_LOAN:
            raise ItemUnavailable(
                QT_TRANSLATE_NOOP("errors", "This item is on loan: take it back first.")
            )
        if to_status == AVAILABLE:
            if item.status in (AVAILABLE, HELD):
                return _item_view(s, item)
            target, _ = _back_in_circulation(s, item)
            _event(s, item, target, note)
        elif item.status != to_status:
            _event(s, item, to_status, note)
        s.flush()
        return _item_view(s, item)


# --- lending ----------------------------------------------------------------------------------


def _overdue_loans(s: Session, resident_id: uuid.UUID, today: date) -> list[tuple[Loan, str]]:
    rows = s.execute(
        select(Loan, Item.name)
        .join(Item, Item.id == Loan.item_id)
        .where(
            Loan.resident_id == resident_id,
            Loan.returned_at.is_(None),
            Loan.due_on < today,
        )
        .order_by(Loan.due_on)
    ).all()
    return [(loan, name) for loan, name in rows]


def lend(
    store: Store,
    actor: Actor,
    item_id: uuid.UUID,
    resident_id: uuid.UUID,
    *,
    due_on: date | None = None,
    override_reason: str = "",
    now: datetime | None = None,
) -> LoanView:
    """Lend an item to a resident; the due date defaults to the item's longest loan."""
    actor.require(Permission.TREASURE_LEND)
    override_reason = override_reason.strip()
    if override_reason:
        actor.require(Permission.TREASURE_OVERRIDE)
    now = now or utcnow()
    today = local_day(now)
    with store.write(actor) as s:
        item = claim_item(s, item_id)  # first: the row lock that serialises two desks
        resident = _resident(s, resident_id)
        if item.status == ON_LOAN:
            loan = _open_loan(s, item.id)
            holder = s.get(Resident, loan.resident_id) if loan else None
            raise ItemUnavailable(
                QT_TRANSLATE_NOOP(
                    "errors", "{item} is already on loan to {name}, due back on {due}."
                ),
                item=item.name,
                name=holder.name if holder else "?",
                due=loan.due_on.isoformat() if loan else "?",
            )
        if item.status == IN_REPAIR:
            raise ItemUnavailable(
                QT_TRANSLATE_NOOP("errors", "{item} is out of circulation for repair."),
                item=item.name,
            )
        if item.status == RETIRED:
            raise ItemUnavailable(
                QT_TRANSLATE_NOOP("errors", "{item} is retired and no longer lent."),
                item=item.name,
            )
        queue = _queue(s, item.id)
        if item.status == HELD and queue and queue[0].resident_id != resident.id:
            first = s.get(Resident, queue[0].resident_id)
            raise ItemUnavailable(
                QT_TRANSLATE_NOOP(
                    "errors", "{item} is held for {name}, who is first in the queue."
                ),
                item=item.name,
                name=first.name if first else "?",
            )
        overdue = _overdue_loans(s, resident.id, today)
        if overdue and not override_reason:
            loan, name = overdue[0]
            raise OverdueBlock(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name} has an overdue item ({item}, due {due}). It must come back first; "
                    "an administrator can lend anyway with a reason.",
                ),
                loans=tuple(_loan_view(loan, n, resident) for loan, n in overdue),
                name=resident.name,
                item=name,
                due=loan.due_on.isoformat(),
            )
        due = due_on or today + timedelta(days=item.max_loan_days)
        if due < today or due > today + timedelta(days=MAX_LOAN_DAYS):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The due date must be between today and a year ahead."),
                field="due_on",
            )
        loan = Loan(
            number=next_number(s, "loan", today),
            item_id=item.id,
            resident_id=resident.id,
            lent_at=now,
            due_on=due,
            deposit=item.deposit,
            override_reason=override_reason if overdue else "",
            returned_at=None,
            return_condition="",
            missing_parts="",
            damaged=False,
            return_note="",
        )
        s.add(loan)
        for hold in queue:
            if hold.resident_id == resident.id:
                hold.status = FULFILLED
                hold.ended_at = now
        item.status = ON_LOAN
        s.flush()
        return _loan_view(loan, item.name, resident)


def take_back(
    store: Store,
    actor: Actor,
    item_id: uuid.UUID,
    *,
    condition: str = "",
    missing_parts: str = "",
    damaged: bool = False,
    note: str = "",
    now: datetime | None = None,
) -> ReturnResult:
    """Return an item by its label. Damaged or incomplete: to repair. Else held for the next
    resident in the queue (named in the result), or back on the shelf."""
    actor.require(Permission.TREASURE_LEND)
    now = now or utcnow()
    too_long = QT_TRANSLATE_NOOP("errors", "This field has at most {limit} characters.")
    condition = _clean(condition, 100, too_long, "condition")
    missing_parts = _clean(missing_parts, 200, too_long, "missing_parts")
    with store.write(actor) as s:
        item = claim_item(s, item_id)
        loan = _open_loan(s, item.id)
        if loan is None:
            raise Conflict(
                QT_TRANSLATE_NOOP("errors", "{item} is not on loan: nothing to take back."),
                item=item.name,
            )
        loan.returned_at = now
        loan.return_condition = condition
        loan.missing_parts = missing_parts
        loan.damaged = damaged
        loan.return_note = note.strip()
        if condition:
            item.condition = condition
        next_hold: HoldView | None = None
        if damaged or missing_parts:
            parts = [p for p in (missing_parts, note.strip()) if p]
            _event(s, item, IN_REPAIR, "; ".join(parts) or condition)
        else:
            target, first = _back_in_circulation(s, item)
            item.status = target
            if first is not None:
                next_hold = _hold_view(s, first, item.name, 1)
        resident = s.get(Resident, loan.resident_id)
        assert resident is not None
        s.flush()
        return ReturnResult(_loan_view(loan, item.name, resident), item.status, next_hold)


def place_hold(
    store: Store,
    actor: Actor,
    item_id: uuid.UUID,
    resident_id: uuid.UUID,
    now: datetime | None = None,
) -> HoldView:
    """Queue a resident for an item that is out (on loan, held for someone, in repair)."""
    actor.require(Permission.TREASURE_LEND)
    now = now or utcnow()
    with store.write(actor) as s:
        item = claim_item(s, item_id)
        resident = _resident(s, resident_id)
        if item.status == AVAILABLE:
            raise Conflict(
                QT_TRANSLATE_NOOP("errors", "{item} is on the shelf: lend it now instead."),
                item=item.name,
            )
        if item.status == RETIRED:
            raise ItemUnavailable(
                QT_TRANSLATE_NOOP("errors", "{item} is retired and no longer lent."),
                item=item.name,
            )
        loan = _open_loan(s, item.id)
        if loan is not None and loan.resident_id == resident.id:
            raise Conflict(
                QT_TRANSLATE_NOOP("errors", "{name} has this item already."), name=resident.name
            )
        queue = _queue(s, item.id)
        if any(h.resident_id == resident.id for h in queue):
            raise Conflict(
                QT_TRANSLATE_NOOP("errors", "{name} is already in the queue for {item}."),
                name=resident.name,
                item=item.name,
            )
        hold = Hold(item_id=item.id, resident_id=resident.id, placed_at=now, status=WAITING)
        s.add(hold)
        s.flush()
        return _hold_view(s, hold, item.name, len(queue) + 1)


def cancel_hold(
    store: Store, actor: Actor, hold_id: uuid.UUID, now: datetime | None = None
) -> None:
    """Take a resident out of a queue; an item held for them passes to the next, or the shelf."""
    actor.require(Permission.TREASURE_LEND)
    now = now or utcnow()
    with store.write(actor) as s:
        hold = s.get(Hold, hold_id)
        if hold is None or hold.status != WAITING:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This hold is no longer waiting."))
        item = claim_item(s, hold.item_id)
        hold.status = CANCELLED
        hold.ended_at = now
        s.flush()
        if item.status == HELD:
            item.status, _ = _back_in_circulation(s, item)


def queue_for(store: Store, actor: Actor, item_id: uuid.UUID) -> list[HoldView]:
    actor.require(Permission.TREASURE_LEND)
    with store.read() as s:
        item = s.get(Item, item_id)
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This item is not in the treasure box."))
        return [_hold_view(s, h, item.name, i) for i, h in enumerate(_queue(s, item_id), 1)]


def get_loan(store: Store, actor: Actor, loan_id: uuid.UUID) -> LoanView:
    actor.require(Permission.TREASURE_LEND)
    with store.read() as s:
        row = s.execute(
            select(Loan, Item.name, Resident)
            .join(Item, Item.id == Loan.item_id)
            .join(Resident, Resident.id == Loan.resident_id)
            .where(Loan.id == loan_id)
        ).one_or_none()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This loan is not on record."))
        return _loan_view(row[0], row[1], row[2])


def open_loans_of(store: Store, actor: Actor, resident_id: uuid.UUID) -> list[LoanView]:
    """What a resident has out now, oldest due first."""
    actor.require(Permission.TREASURE_LEND)
    with store.read() as s:
        rows = s.execute(
            select(Loan, Item.name, Resident)
            .join(Item, Item.id == Loan.item_id)
            .join(Resident, Resident.id == Loan.resident_id)
            .where(Loan.resident_id == resident_id, Loan.returned_at.is_(None))
            .order_by(Loan.due_on)
        ).all()
        return [_loan_view(loan, name, r) for loan, name, r in rows]


def overdue_list(store: Store, actor: Actor, today: date | None = None) -> list[OverdueRow]:
    """Open loans past their due date, most overdue first, with phone numbers to call."""
    actor.require(Permission.TREASURE_LEND)
    today = today or clock.today()
    with store.read() as s:
        rows = s.execute(
            select(Loan, Item.name, Resident)
            .join(Item, Item.id == Loan.item_id)
            .join(Resident, Resident.id == Loan.resident_id)
            .where(Loan.returned_at.is_(None), Loan.due_on < today)
            .order_by(Loan.due_on, Resident.sort_key)
        ).all()
        return [
            OverdueRow(
                loan_id=loan.id,
                number=loan.number,
                item_name=name,
                resident_name=r.name,
                phone=r.phone,
                address=format_address(r.estate, r.building, r.unit, r.room),
                lent_at=loan.lent_at,
                due_on=loan.due_on,
                days_overdue=(today - loan.due_on).days,
            )
            for loan, name, r in rows
        ]


def overdue_count(store: Store, actor: Actor) -> int:
    """Open loans past their due date (a number on the home page)."""
    return len(overdue_list(store, actor))
