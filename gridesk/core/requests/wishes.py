"""微心愿 (the wish wall): a resident's small wish is published, claimed by a volunteer, a party
member or a partner unit, and fulfilled ("点亮") with a photo and a note.

A wish takes its number from the ticket series (``<station>-<yyyymmdd>-<seq>``), so its QR is a
ticket code (kind ``T``) and the one scan box opens it too.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from gridesk import clock
from gridesk.core.actor import Actor, Permission
from gridesk.core.models import Resident
from gridesk.core.numbers import next_number
from gridesk.core.pictures import prepare_photo
from gridesk.core.requests.models import Wish
from gridesk.core.residents.validation import check_phone
from gridesk.core.store import Store
from gridesk.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError

WISH_STATUSES = ("open", "claimed", "fulfilled")
CLAIMER_KINDS = ("volunteer", "party_member", "partner")


@dataclass(frozen=True)
class WishView:
    id: uuid.UUID
    number: str
    resident_id: uuid.UUID | None
    wisher_name: str
    what: str
    photo: bytes | None
    status: str
    claimer_kind: str
    claimer_name: str
    claimer_phone: str
    fulfilled_note: str
    fulfilled_photo: bytes | None
    fulfilled_day: date | None


def _view(w: Wish) -> WishView:
    return WishView(
        w.id,
        w.number,
        w.resident_id,
        w.wisher_name,
        w.what,
        w.photo,
        w.status,
        w.claimer_kind,
        w.claimer_name,
        w.claimer_phone,
        w.fulfilled_note,
        w.fulfilled_photo,
        w.fulfilled_day,
    )


def publish_wish(
    store: Store,
    actor: Actor,
    *,
    what: str,
    resident_id: uuid.UUID | None = None,
    wisher_name: str = "",
    photo: bytes | None = None,
    day: date | None = None,
) -> WishView:
    actor.require(Permission.REQUESTS_HANDLE)
    what = what.strip()
    if not what:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Write down the wish."), field="what")
    image = prepare_photo(photo) if photo else None
    with store.write(actor) as s:
        name = " ".join(wisher_name.split())[:40]
        if resident_id is not None:
            resident = s.get(Resident, resident_id)
            if resident is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such resident."))
            name = resident.name
        if not name:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Whose wish is it?"), field="wisher_name"
            )
        wish = Wish(
            number=next_number(s, "ticket", day or clock.today()),
            resident_id=resident_id,
            wisher_name=name,
            what=what,
            photo=image,
            status="open",
            claimer_kind="",
            claimer_name="",
            claimer_phone="",
            fulfilled_note="",
        )
        s.add(wish)
        s.flush()
        return _view(wish)


def _wish(s: Session, wish_id: uuid.UUID) -> Wish:
    wish = s.get(Wish, wish_id)
    if wish is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such wish."))
    return wish


def claim_wish(
    store: Store,
    actor: Actor,
    wish_id: uuid.UUID,
    *,
    claimer_kind: str,
    claimer_name: str,
    claimer_phone: str = "",
) -> WishView:
    actor.require(Permission.REQUESTS_HANDLE)
    name = " ".join(claimer_name.split())[:80]
    if claimer_kind not in CLAIMER_KINDS or not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Who claims the wish: a volunteer, a party member or a partner unit?"
            ),
            field="claimer_name",
        )
    phone = check_phone(claimer_phone) if claimer_phone.strip() else ""
    with store.write(actor) as s:
        wish = _wish(s, wish_id)
        if wish.status != "open":
            raise Conflict(QT_TRANSLATE_NOOP("errors", "This wish has been claimed already."))
        wish.status, wish.claimer_kind = "claimed", claimer_kind
        wish.claimer_name, wish.claimer_phone = name, phone
        s.flush()
        return _view(wish)


def fulfil_wish(
    store: Store,
    actor: Actor,
    wish_id: uuid.UUID,
    *,
    note: str,
    photo: bytes | None = None,
    day: date | None = None,
) -> WishView:
    """点亮: the wish came true; a note and (usually) a photo say how."""
    actor.require(Permission.REQUESTS_HANDLE)
    if not note.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Write how the wish came true."), field="note"
        )
    image = prepare_photo(photo) if photo else None
    with store.write(actor) as s:
        wish = _wish(s, wish_id)
        if wish.status != "claimed":
            raise Conflict(QT_TRANSLATE_NOOP("errors", "Only a claimed wish can be fulfilled."))
        wish.status, wish.fulfilled_note = "fulfilled", note.strip()
        wish.fulfilled_photo, wish.fulfilled_day = image, day or clock.today()
        s.flush()
        return _view(wish)


def list_wishes(store: Store, actor: Actor, status: str | None = None) -> list[WishView]:
    actor.require(Permission.REQUESTS_VIEW)
    order = case({"open": 0, "claimed": 1, "fulfilled": 2}, value=Wish.status)
    stmt = select(Wish).order_by(order, Wish.number.desc())
    if status:
        stmt = stmt.where(Wish.status == status)
    with store.read() as s:
        return [_view(w) for w in s.execute(stmt.limit(500)).scalars()]


def find_wish(store: Store, actor: Actor, number: str) -> WishView | None:
    actor.require(Permission.REQUESTS_VIEW)
    with store.read() as s:
        wish = s.execute(
            select(Wish).where(Wish.number == number.strip().upper())
        ).scalar_one_or_none()
        return _view(wish) if wish else None


def wish_counts(store: Store, actor: Actor) -> dict[str, int]:
    actor.require(Permission.REQUESTS_VIEW)
    with store.read() as s:
        rows = s.execute(select(Wish.status, func.count()).group_by(Wish.status)).all()
    counts = dict.fromkeys(WISH_STATUSES, 0)
    counts.update({status: n for status, n in rows})
    return counts


def open_wish_count(store: Store, actor: Actor) -> int:
    """Wishes waiting for someone to claim them (a number on the home page)."""
    return wish_counts(store, actor)["open"]
