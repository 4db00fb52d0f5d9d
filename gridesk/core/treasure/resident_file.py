"""The treasure box's part of 居民档案: the resident's loans and holds, and room bookings."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from gridesk.clock import local_day
from gridesk.core.actor import Actor, Permission
from gridesk.core.resident_file import Fact, FileLine, FileSection, newest
from gridesk.core.store import Store
from gridesk.core.treasure.labels import BOOKING_STATUS, CONTEXT, LOAN_STATE
from gridesk.core.treasure.models import WAITING, Booking, Hold, Item, Loan, Room
from gridesk.errors import QT_TRANSLATE_NOOP


def sections(
    store: Store, actor: Actor, resident_id: uuid.UUID, today: date
) -> tuple[FileSection, ...]:
    out: list[FileSection] = []
    with store.read() as s:
        if actor.can(Permission.TREASURE_LEND):
            loans = s.execute(
                select(Loan.lent_at, Loan.number, Item.name, Loan.returned_at, Loan.due_on)
                .join(Item, Item.id == Loan.item_id)
                .where(Loan.resident_id == resident_id)
                .order_by(Loan.returned_at.is_not(None), Loan.lent_at.desc())
            ).all()
            holds = s.execute(
                select(Hold.placed_at, Item.name)
                .join(Item, Item.id == Hold.item_id)
                .where(Hold.resident_id == resident_id, Hold.status == WAITING)
                .order_by(Hold.placed_at)
            ).all()
            open_loans = [row for row in loans if row.returned_at is None]
            lines = [
                FileLine(
                    when=local_day(returned) if returned else due,
                    number=number,
                    what=name,
                    status=LOAN_STATE["returned" if returned else "out"],
                    late=returned is None and due < today,
                )
                for _lent, number, name, returned, due in loans
            ]
            lines[len(open_loans) : len(open_loans)] = [
                FileLine(when=local_day(placed), what=name, status=LOAN_STATE["waiting"])
                for placed, name in holds
            ]
            shown, more = newest(lines)
            out.append(
                FileSection(
                    key="loans",
                    context=CONTEXT,
                    title=QT_TRANSLATE_NOOP("treasure", "Loans and holds"),
                    window="treasure",
                    facts=(
                        Fact(QT_TRANSLATE_NOOP("treasure", "On loan"), str(len(open_loans))),
                        Fact(
                            QT_TRANSLATE_NOOP("treasure", "Overdue"),
                            str(sum(1 for row in open_loans if row.due_on < today)),
                        ),
                        Fact(QT_TRANSLATE_NOOP("treasure", "In the queue"), str(len(holds))),
                    ),
                    lines=shown,
                    more=more,
                )
            )
        if actor.can(Permission.ROOMS_BOOK):
            bookings = s.execute(
                select(
                    Booking.starts_at, Booking.number, Room.name, Booking.purpose, Booking.status
                )
                .join(Room, Room.id == Booking.room_id)
                .where(Booking.resident_id == resident_id)
                .order_by(Booking.starts_at.desc())
            ).all()
            lines = [
                FileLine(
                    when=local_day(starts),
                    number=number,
                    what=f"{room} {starts.astimezone():%H:%M} {purpose}".strip(),
                    status=BOOKING_STATUS.get(status),
                )
                for starts, number, room, purpose, status in bookings
            ]
            shown, more = newest(lines)
            out.append(
                FileSection(
                    key="bookings",
                    context=CONTEXT,
                    title=QT_TRANSLATE_NOOP("treasure", "Room bookings"),
                    window="treasure",
                    facts=(
                        Fact(
                            QT_TRANSLATE_NOOP("treasure", "From today"),
                            str(sum(1 for row in bookings if local_day(row.starts_at) >= today)),
                        ),
                    ),
                    lines=shown,
                    more=more,
                )
            )
    return tuple(out)
