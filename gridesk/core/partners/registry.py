"""The partner units' registry: units, their 双报到 party members, the three lists (资源清单,
需求清单, 项目清单) and the links from other windows' records.

Saving a unit keeps its dispatch target in the requests window (a ``request_units`` row of kind
``partner`` with the same name): the desk dispatches cases to it there (吹哨报到), and the
evaluation counts them here.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridesk.core.actor import Actor, Permission
from gridesk.core.partners.labels import ITEM_STATUS, KIND, LIST
from gridesk.core.partners.models import PartnerItem, PartnerLink, PartnerMember, PartnerUnit
from gridesk.core.requests.models import RequestUnit
from gridesk.core.residents.validation import check_phone
from gridesk.core.store import Store
from gridesk.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError

KINDS: tuple[str, ...] = tuple(KIND)
LISTS: tuple[str, ...] = tuple(LIST)
STATUSES: dict[str, tuple[str, ...]] = {
    "resource": ("offered", "in_use", "withdrawn"),
    "need": ("open", "claimed", "met"),
    "project": ("planned", "in_progress", "done", "dropped"),
}
"""The statuses a line of each list may have, the first one a new line's."""
assert {s for line in STATUSES.values() for s in line} == set(ITEM_STATUS)
LINK_KINDS: tuple[str, ...] = ("wish", "booking", "activity", "volunteer")


@dataclass(frozen=True)
class UnitInput:
    name: str
    kind: str
    address: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    notes: str = ""


@dataclass(frozen=True)
class UnitView:
    id: uuid.UUID
    name: str
    kind: str
    address: str
    contact_name: str
    contact_phone: str
    notes: str
    archived: bool
    members: int
    request_unit_id: uuid.UUID | None


@dataclass(frozen=True)
class MemberView:
    id: uuid.UUID
    unit_id: uuid.UUID
    name: str
    phone: str
    resident_id: uuid.UUID | None
    reported_on: date | None
    active: bool


@dataclass(frozen=True)
class ItemView:
    id: uuid.UUID
    unit_id: uuid.UUID
    list: str
    title: str
    detail: str
    status: str
    start_on: date | None
    done_on: date | None


def _clean(text: str, limit: int) -> str:
    return " ".join(text.split())[:limit]


def _unit(s: Session, unit_id: uuid.UUID) -> PartnerUnit:
    unit = s.get(PartnerUnit, unit_id)
    if unit is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such partner unit."))
    return unit


def _view(s: Session, u: PartnerUnit) -> UnitView:
    members = s.execute(
        select(func.count())
        .select_from(PartnerMember)
        .where(PartnerMember.unit_id == u.id, PartnerMember.active.is_(True))
    ).scalar_one()
    return UnitView(
        u.id,
        u.name,
        u.kind,
        u.address,
        u.contact_name,
        u.contact_phone,
        u.notes,
        u.archived,
        int(members),
        u.request_unit_id,
    )


def _dispatch_target(s: Session, unit: PartnerUnit) -> None:
    """The unit's row among the requests window's dispatch targets, named as the unit."""
    target = s.get(RequestUnit, unit.request_unit_id) if unit.request_unit_id else None
    if target is None:
        target = s.execute(
            select(RequestUnit).where(RequestUnit.kind == "partner", RequestUnit.name == unit.name)
        ).scalar_one_or_none()
    if target is None:
        target = RequestUnit(kind="partner", name=unit.name)
        s.add(target)
    target.name = unit.name
    target.contact_name = unit.contact_name
    target.phone = unit.contact_phone
    target.archived = unit.archived
    s.flush()
    unit.request_unit_id = target.id


def save_unit(store: Store, actor: Actor, unit_id: uuid.UUID | None, data: UnitInput) -> UnitView:
    actor.require(Permission.PARTNERS_EDIT)
    name = _clean(data.name, 80)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the unit's name."), field="name")
    if data.kind not in KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the kind of unit."), field="kind")
    phone = check_phone(data.contact_phone) if data.contact_phone.strip() else ""
    with store.write(actor) as s:
        clash = s.execute(
            select(PartnerUnit.id).where(PartnerUnit.name == name, PartnerUnit.id != unit_id)
        ).first()
        if clash:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "{name} is already listed."), name=name)
        unit = PartnerUnit(archived=False) if unit_id is None else _unit(s, unit_id)
        if unit_id is None:
            s.add(unit)
        unit.name = name
        unit.kind = data.kind
        unit.address = _clean(data.address, 200)
        unit.contact_name = _clean(data.contact_name, 40)
        unit.contact_phone = phone
        unit.notes = data.notes.strip()
        s.flush()
        _dispatch_target(s, unit)
        s.flush()
        return _view(s, unit)


def archive_unit(store: Store, actor: Actor, unit_id: uuid.UUID, archived: bool = True) -> UnitView:
    actor.require(Permission.PARTNERS_EDIT)
    with store.write(actor) as s:
        unit = _unit(s, unit_id)
        unit.archived = archived
        _dispatch_target(s, unit)
        s.flush()
        return _view(s, unit)


def list_units(store: Store, actor: Actor, include_archived: bool = False) -> list[UnitView]:
    actor.require(Permission.PARTNERS_VIEW)
    stmt = select(PartnerUnit).order_by(PartnerUnit.name)
    if not include_archived:
        stmt = stmt.where(PartnerUnit.archived.is_(False))
    with store.read() as s:
        return [_view(s, u) for u in s.execute(stmt).scalars()]


def get_unit(store: Store, actor: Actor, unit_id: uuid.UUID) -> UnitView:
    actor.require(Permission.PARTNERS_VIEW)
    with store.read() as s:
        return _view(s, _unit(s, unit_id))


# --- 双报到 members -------------------------------------------------------------------------------


def _member_view(m: PartnerMember) -> MemberView:
    return MemberView(m.id, m.unit_id, m.name, m.phone, m.resident_id, m.reported_on, m.active)


def add_member(
    store: Store,
    actor: Actor,
    unit_id: uuid.UUID,
    name: str,
    phone: str = "",
    resident_id: uuid.UUID | None = None,
    reported_on: date | None = None,
) -> MemberView:
    """A party member of the unit reports to the community (双报到)."""
    actor.require(Permission.PARTNERS_EDIT)
    name = _clean(name, 40)
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the party member's name."), field="name"
        )
    phone = check_phone(phone) if phone.strip() else ""
    with store.write(actor) as s:
        _unit(s, unit_id)
        member = PartnerMember(
            unit_id=unit_id,
            name=name,
            phone=phone,
            resident_id=resident_id,
            reported_on=reported_on,
            active=True,
        )
        s.add(member)
        s.flush()
        return _member_view(member)


def end_member(store: Store, actor: Actor, member_id: uuid.UUID) -> MemberView:
    actor.require(Permission.PARTNERS_EDIT)
    with store.write(actor) as s:
        member = s.get(PartnerMember, member_id)
        if member is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such party member."))
        member.active = False
        s.flush()
        return _member_view(member)


def list_members(store: Store, actor: Actor, unit_id: uuid.UUID) -> list[MemberView]:
    actor.require(Permission.PARTNERS_VIEW)
    with store.read() as s:
        rows = s.execute(
            select(PartnerMember)
            .where(PartnerMember.unit_id == unit_id)
            .order_by(PartnerMember.active.desc(), PartnerMember.name)
        ).scalars()
        return [_member_view(m) for m in rows]


# --- the three lists -----------------------------------------------------------------------------


def _item_view(i: PartnerItem) -> ItemView:
    return ItemView(i.id, i.unit_id, i.list, i.title, i.detail, i.status, i.start_on, i.done_on)


def add_item(
    store: Store,
    actor: Actor,
    unit_id: uuid.UUID,
    list_name: str,
    title: str,
    detail: str = "",
    start_on: date | None = None,
) -> ItemView:
    actor.require(Permission.PARTNERS_EDIT)
    if list_name not in LISTS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a list."), field="list")
    title = _clean(title, 100)
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter what it is."), field="title")
    with store.write(actor) as s:
        _unit(s, unit_id)
        item = PartnerItem(
            unit_id=unit_id,
            list=list_name,
            title=title,
            detail=detail.strip(),
            status=STATUSES[list_name][0],
            start_on=start_on,
        )
        s.add(item)
        s.flush()
        return _item_view(item)


def set_item_status(
    store: Store, actor: Actor, item_id: uuid.UUID, status: str, day: date | None = None
) -> ItemView:
    """Move a line of a list on (a project done on ``day``, a need met …)."""
    from gridesk import clock

    actor.require(Permission.PARTNERS_EDIT)
    with store.write(actor) as s:
        item = s.get(PartnerItem, item_id)
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such list entry."))
        if status not in STATUSES[item.list]:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a status."), field="status")
        item.status = status
        if status in ("done", "met"):
            item.done_on = day or clock.today()
        elif status in ("in_progress", "claimed", "in_use") and item.start_on is None:
            item.start_on = day or clock.today()
        s.flush()
        return _item_view(item)


def list_items(
    store: Store, actor: Actor, unit_id: uuid.UUID, list_name: str | None = None
) -> list[ItemView]:
    actor.require(Permission.PARTNERS_VIEW)
    stmt = select(PartnerItem).where(PartnerItem.unit_id == unit_id)
    if list_name is not None:
        stmt = stmt.where(PartnerItem.list == list_name)
    stmt = stmt.order_by(PartnerItem.list, PartnerItem.created_at)
    with store.read() as s:
        return [_item_view(i) for i in s.execute(stmt).scalars()]


# --- links from other windows --------------------------------------------------------------------


def link(
    store: Store, actor: Actor, unit_id: uuid.UUID, kind: str, record_ids: Sequence[uuid.UUID]
) -> int:
    """Say the unit did these records of another window: claimed these wishes, booked these
    rooms, co-hosted these activities, sent these volunteers (residents). A record already
    linked to another unit moves to this one. Returns how many links are new or moved."""
    actor.require(Permission.PARTNERS_EDIT)
    if kind not in LINK_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown kind of link."), field="kind")
    changed = 0
    with store.write(actor) as s:
        _unit(s, unit_id)
        for record_id in dict.fromkeys(record_ids):
            row = s.execute(
                select(PartnerLink).where(
                    PartnerLink.kind == kind, PartnerLink.record_id == record_id
                )
            ).scalar_one_or_none()
            if row is None:
                s.add(PartnerLink(unit_id=unit_id, kind=kind, record_id=record_id))
                changed += 1
            elif row.unit_id != unit_id:
                row.unit_id = unit_id
                changed += 1
    return changed


def unlink(store: Store, actor: Actor, kind: str, record_id: uuid.UUID) -> bool:
    actor.require(Permission.PARTNERS_EDIT)
    with store.write(actor) as s:
        row = s.execute(
            select(PartnerLink).where(PartnerLink.kind == kind, PartnerLink.record_id == record_id)
        ).scalar_one_or_none()
        if row is None:
            return False
        s.delete(row)
        return True


def linked(store: Store, actor: Actor, unit_id: uuid.UUID, kind: str) -> list[uuid.UUID]:
    actor.require(Permission.PARTNERS_VIEW)
    with store.read() as s:
        return list(
            s.execute(
                select(PartnerLink.record_id).where(
                    PartnerLink.unit_id == unit_id, PartnerLink.kind == kind
                )
            ).scalars()
        )
