"""The treasure box's documents, filled from the records: labels, loan slips, the door
schedule, the overdue list, the donor's thank-you note. The ``*_pdf`` and ``*_slip`` functions
draw them; the ``paper_*`` ones return them as a ``Document`` for the print history, so the
screens only choose a printer."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from gridesk import clock
from gridesk.core.actor import Actor, Permission
from gridesk.core.models import Resident
from gridesk.core.printing import FAMILY_PAGE, Document, document_station, receipt_document
from gridesk.core.store import Store
from gridesk.core.treasure import lending, rooms
from gridesk.core.treasure.labels import BOOKED_ZH, BOOKING_STATUS, DOOR_STATUS_ZH
from gridesk.core.treasure.models import Item
from gridesk.documents import treasure as docs
from gridesk.documents.qr import make_payload
from gridesk.documents.receipt import Receipt
from gridesk.errors import QT_TRANSLATE_NOOP, NotFound


def asset_labels(store: Store, actor: Actor, item_ids: list[uuid.UUID]) -> list[docs.AssetLabel]:
    actor.require(Permission.TREASURE_MANAGE)
    secret = store.qr_secret()
    with store.read() as s:
        found = {
            row.id: row
            for row in s.execute(
                select(Item.id, Item.name, Item.category, Item.location).where(
                    Item.id.in_(item_ids)
                )
            )
        }
    labels = []
    for item_id in item_ids:
        row = found.get(item_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This item is not in the treasure box."))
        labels.append(
            docs.AssetLabel(
                name=row.name,
                code=docs.short_code(str(row.id)),
                qr_text=make_payload(secret, "A", str(row.id)),
                category=row.category,
                location=row.location,
            )
        )
    return labels


def label_pdf(store: Store, actor: Actor, item_ids: list[uuid.UUID], *, roll: bool) -> bytes:
    """Asset labels: an A4 sticker sheet, or 40×30 mm pages for a label printer (``roll``)."""
    labels = asset_labels(store, actor, item_ids)
    station = document_station(store)
    if roll:
        return docs.render_label_roll(labels, station=station)
    return docs.render_label_sheet(labels, station=station)


def loan_slip(store: Store, actor: Actor, loan_id: uuid.UUID) -> Receipt:
    loan = lending.get_loan(store, actor, loan_id)
    item = lending.get_item(store, actor, loan.item_id)
    slip = docs.LoanSlip(
        number=loan.number,
        item_name=loan.item_name,
        resident_name=loan.resident_name,
        resident_phone=loan.resident_phone,
        lent_at=loan.lent_at,
        due_on=loan.due_on,
        deposit=loan.deposit,
        qr_text=make_payload(store.qr_secret(), "L", str(loan.id)),
        rules=item.borrowers,
    )
    return docs.loan_slip(slip, document_station(store))


def booking_slip(store: Store, actor: Actor, booking_id: uuid.UUID) -> Receipt:
    b = rooms.get_booking(store, actor, booking_id)
    room = next((r for r in rooms.list_rooms(store, actor, True) if r.id == b.room_id), None)
    slip = docs.BookingSlip(
        number=b.number,
        room=b.room_name,
        day=b.day,
        start=rooms.hhmm(b.start),
        end=rooms.hhmm(b.end),
        holder=b.holder_name,
        purpose=b.purpose,
        status=BOOKING_STATUS[b.status].zh or BOOKED_ZH,
        qr_text=make_payload(store.qr_secret(), "B", str(b.id)),
        no_show_minutes=room.no_show_minutes if room else 15,
    )
    return docs.booking_slip(slip, document_station(store))


def schedule_pdf(store: Store, actor: Actor, day: date, room_id: uuid.UUID | None = None) -> bytes:
    """The day's bookings, one A4 page per room (or the one room), for the door."""
    all_rooms = [r for r in rooms.list_rooms(store, actor) if room_id in (None, r.id)]
    bookings = rooms.bookings_between(store, actor, day, day, room_id)
    pages = []
    for room in all_rooms:
        entries = tuple(
            docs.ScheduleEntry(
                start=rooms.hhmm(b.start),
                end=rooms.hhmm(b.end),
                holder=b.holder_name,
                purpose=b.purpose,
                status=DOOR_STATUS_ZH.get(b.status, BOOKED_ZH),
            )
            for b in bookings
            if b.room_id == room.id
        )
        pages.append(
            docs.RoomDay(
                room=room.name,
                hours=f"{rooms.hhmm(room.opens_at)}–{rooms.hhmm(room.closes_at)}",
                capacity=room.capacity,
                entries=entries,
                no_show_minutes=room.no_show_minutes,
            )
        )
    return docs.render_day_schedule(pages, day, station=document_station(store))


def overdue_lines(store: Store, actor: Actor, today: date) -> list[docs.OverdueLine]:
    return [
        docs.OverdueLine(
            resident=r.resident_name,
            phone=r.phone,
            address=r.address,
            item=r.item_name,
            number=r.number,
            due_on=r.due_on,
            days=r.days_overdue,
        )
        for r in lending.overdue_list(store, actor, today)
    ]


def overdue_pdf(store: Store, actor: Actor, today: date | None = None) -> bytes:
    today = today or clock.today()
    return docs.render_overdue_list(
        overdue_lines(store, actor, today), today, station=document_station(store)
    )


def donation_note_pdf(store: Store, actor: Actor, item_id: uuid.UUID) -> bytes:
    item = lending.get_item(store, actor, item_id)
    if item.donor_id is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This item has no donor on record."))
    with store.read() as s:
        donor = s.get(Resident, item.donor_id)
        name = donor.name if donor else item.donor_name
    return docs.render_donation_note(
        name,
        item.name,
        item.donated_on,
        station=document_station(store),
        today=clock.today(),
    )


CONTEXT = "treasure"


def _page(
    kind: str, title: str, subject: str, pdf: bytes, subject_id: uuid.UUID | None, **params: object
) -> Document:
    return Document(
        kind=kind,
        title=title,
        subject=subject,
        pdf=pdf,
        family=FAMILY_PAGE,
        subject_id=str(subject_id) if subject_id is not None else None,
        context=CONTEXT,
        params=params,
    )


def paper_labels(store: Store, actor: Actor, item_ids: list[uuid.UUID], *, roll: bool) -> Document:
    """Asset labels of ``item_ids`` (a sheet of several has no subject)."""
    pdf = label_pdf(store, actor, item_ids, roll=roll)
    one = len(item_ids) == 1
    subject = lending.get_item(store, actor, item_ids[0]).name if one else ""
    return _page(
        "asset_label",
        QT_TRANSLATE_NOOP("treasure", "Asset labels"),
        subject,
        pdf,
        item_ids[0] if one else None,
    )


def paper_thank_you(store: Store, actor: Actor, item_id: uuid.UUID) -> Document:
    """The donor's thank-you note for ``item_id``."""
    pdf = donation_note_pdf(store, actor, item_id)
    item = lending.get_item(store, actor, item_id)
    return _page(
        "donation_note",
        QT_TRANSLATE_NOOP("treasure", "Thank-you note"),
        item.donor_name,
        pdf,
        item_id,
    )


def paper_overdue(store: Store, actor: Actor) -> Document:
    """Today's overdue list."""
    today = clock.today()
    return _page(
        "overdue_list",
        QT_TRANSLATE_NOOP("treasure", "Overdue list {day}"),
        "",
        overdue_pdf(store, actor, today),
        None,
        day=f"{today:%Y-%m-%d}",
    )


def paper_schedule(
    store: Store, actor: Actor, day: date, room_id: uuid.UUID | None = None
) -> Document:
    """The door schedule of ``day`` (every room, or ``room_id``)."""
    subject = ""
    if room_id is not None:
        subject = next(
            (r.name for r in rooms.list_rooms(store, actor, True) if r.id == room_id), ""
        )
    return _page(
        "room_schedule",
        QT_TRANSLATE_NOOP("treasure", "Door schedule {day}"),
        subject,
        schedule_pdf(store, actor, day, room_id),
        room_id,
        day=day.isoformat(),
    )


def paper_loan_slip(store: Store, actor: Actor, loan_id: uuid.UUID) -> Document:
    """The loan slip (receipt roll) of ``loan_id``."""
    loan = lending.get_loan(store, actor, loan_id)
    return receipt_document(
        store,
        "loan_slip",
        QT_TRANSLATE_NOOP("treasure", "Loan slip {number}"),
        loan.resident_name,
        loan_slip(store, actor, loan_id),
        loan_id,
        context=CONTEXT,
        number=loan.number,
    )


def paper_booking_slip(store: Store, actor: Actor, booking_id: uuid.UUID) -> Document:
    """The booking slip (receipt roll) of ``booking_id``."""
    b = rooms.get_booking(store, actor, booking_id)
    return receipt_document(
        store,
        "booking_slip",
        QT_TRANSLATE_NOOP("treasure", "Booking {number}"),
        b.holder_name,
        booking_slip(store, actor, booking_id),
        booking_id,
        context=CONTEXT,
        number=b.number,
    )
