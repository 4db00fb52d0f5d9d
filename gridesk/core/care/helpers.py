"""帮扶责任人: who answers for each care resident, and the care cards to print again when that
changes.

A helper is a grid worker, a building captain (楼栋长), a volunteer or a party member paired
with the resident (结对). Changing, adding or ending a helper flags the resident's care
contact card for reprinting (:class:`CareCardReprint`); printing the card clears the flag.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridesk import clock
from gridesk.core.actor import Actor, Permission
from gridesk.core.care.labels import ROLE
from gridesk.core.care.models import CareCardReprint, CareHelper
from gridesk.core.labels import zh
from gridesk.core.models import Resident, ResidentTag, Tag
from gridesk.core.residents.validation import check_phone
from gridesk.core.store import Store
from gridesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError

ROLES: tuple[str, ...] = tuple(ROLE)


@dataclass(frozen=True)
class HelperInput:
    role: str
    name: str
    phone: str
    person_id: uuid.UUID | None = None  # the helper as a resident (volunteer, party member)


@dataclass(frozen=True)
class HelperView:
    id: uuid.UUID
    resident_id: uuid.UUID
    role: str
    name: str
    phone: str
    person_id: uuid.UUID | None
    active: bool
    started_on: date | None
    ended_on: date | None


def _view(h: CareHelper) -> HelperView:
    return HelperView(
        h.id,
        h.resident_id,
        h.role,
        h.name,
        h.phone,
        h.person_id,
        h.active,
        h.started_on,
        h.ended_on,
    )


def is_care_resident(s: Session, resident_id: uuid.UUID) -> bool:
    found = s.execute(
        select(ResidentTag.resident_id)
        .join(Tag, Tag.id == ResidentTag.tag_id)
        .where(
            ResidentTag.resident_id == resident_id,
            Tag.care.is_(True),
            Tag.archived.is_(False),
        )
        .limit(1)
    ).first()
    return found is not None


def care_resident(s: Session, resident_id: uuid.UUID) -> Resident:
    """The resident, who must be in the care register (have a care tag)."""
    resident = s.get(Resident, resident_id)
    if resident is None or resident.archived:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such resident."))
    if not is_care_resident(s, resident_id):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This resident has no care tag (such as 独居老人). Give them one in the "
                "residents window first.",
            ),
            field="resident",
        )
    return resident


def _validated(data: HelperInput) -> HelperInput:
    if data.role not in ROLES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the helper's role."), field="role"
        )
    name = " ".join(data.name.split())[:40]
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the helper's name."), field="name")
    phone = check_phone(data.phone.strip()) if data.phone.strip() else ""
    if not phone:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Enter the helper's phone number: the care card prints it."
            ),
            field="phone",
        )
    return HelperInput(data.role, name, phone, data.person_id)


def flag_card(s: Session, resident_id: uuid.UUID) -> None:
    """The resident's care card no longer says who helps them: print it again."""
    if s.get(CareCardReprint, resident_id) is None:
        s.add(CareCardReprint(resident_id=resident_id, flagged_at=clock.utcnow()))


def add_helper(store: Store, actor: Actor, resident_id: uuid.UUID, data: HelperInput) -> HelperView:
    actor.require(Permission.CARE_VISIT)
    data = _validated(data)
    with store.write(actor) as s:
        care_resident(s, resident_id)
        if data.person_id is not None and s.get(Resident, data.person_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such resident."))
        count = len(
            s.execute(
                select(CareHelper.id).where(
                    CareHelper.resident_id == resident_id, CareHelper.active.is_(True)
                )
            ).all()
        )
        helper = CareHelper(
            resident_id=resident_id,
            role=data.role,
            name=data.name,
            phone=data.phone,
            person_id=data.person_id,
            sort_order=count,
            active=True,
            started_on=clock.today(),
        )
        s.add(helper)
        flag_card(s, resident_id)
        s.flush()
        return _view(helper)


def _helper(s: Session, helper_id: uuid.UUID) -> CareHelper:
    helper = s.get(CareHelper, helper_id)
    if helper is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such helper."))
    return helper


def update_helper(
    store: Store, actor: Actor, helper_id: uuid.UUID, data: HelperInput
) -> HelperView:
    """Correct a helper's role, name or phone (the card is flagged when what it prints changed)."""
    actor.require(Permission.CARE_VISIT)
    data = _validated(data)
    with store.write(actor) as s:
        helper = _helper(s, helper_id)
        if not helper.active:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This helper has ended; add a new one instead.")
            )
        printed = (helper.role, helper.name, helper.phone)
        helper.role, helper.name, helper.phone = data.role, data.name, data.phone
        helper.person_id = data.person_id
        if printed != (data.role, data.name, data.phone):
            flag_card(s, helper.resident_id)
        s.flush()
        return _view(helper)


def end_helper(store: Store, actor: Actor, helper_id: uuid.UUID) -> HelperView:
    """The helper no longer helps this resident (moved, paired elsewhere): kept, marked ended."""
    actor.require(Permission.CARE_VISIT)
    with store.write(actor) as s:
        helper = _helper(s, helper_id)
        if helper.active:
            helper.active = False
            helper.ended_on = clock.today()
            flag_card(s, helper.resident_id)
        s.flush()
        return _view(helper)


def list_helpers(
    store: Store, actor: Actor, resident_id: uuid.UUID, include_ended: bool = False
) -> list[HelperView]:
    actor.require(Permission.CARE_VIEW)
    stmt = select(CareHelper).where(CareHelper.resident_id == resident_id)
    if not include_ended:
        stmt = stmt.where(CareHelper.active.is_(True))
    stmt = stmt.order_by(CareHelper.active.desc(), CareHelper.sort_order, CareHelper.created_at)
    with store.read() as s:
        return [_view(h) for h in s.execute(stmt).scalars()]


def helpers_of(s: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[CareHelper]]:
    """The active helpers of these residents, in their order: one query (cards, register)."""
    found: dict[uuid.UUID, list[CareHelper]] = defaultdict(list)
    if not ids:
        return found
    stmt = (
        select(CareHelper)
        .where(CareHelper.resident_id.in_(list(ids)), CareHelper.active.is_(True))
        .order_by(CareHelper.resident_id, CareHelper.sort_order, CareHelper.created_at)
    )
    for h in s.execute(stmt).scalars():
        found[h.resident_id].append(h)
    return found


def card_helpers(
    s: Session, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[tuple[str, str, str]]]:
    """(role as printed, name, phone) of each resident's active helpers: what a care card names."""
    return {
        rid: [(zh(ROLE, h.role), h.name, h.phone) for h in helpers]
        for rid, helpers in helpers_of(s, ids).items()
    }


def cards_to_reprint(store: Store, actor: Actor) -> list[uuid.UUID]:
    """The care residents whose card changed since it was printed, longest waiting first."""
    actor.require(Permission.CARE_VIEW)
    with store.read() as s:
        return list(
            s.execute(
                select(CareCardReprint.resident_id)
                .join(Resident, Resident.id == CareCardReprint.resident_id)
                .where(Resident.archived.is_(False))
                .order_by(CareCardReprint.flagged_at, Resident.sort_key)
            ).scalars()
        )


def cards_reprinted(store: Store, actor: Actor, resident_ids: Sequence[uuid.UUID]) -> int:
    """The care cards of these residents were printed (or saved): no longer to reprint."""
    actor.require(Permission.PRINT_CARDS)
    if not resident_ids:
        return 0
    with store.write(actor) as s:
        rows = list(
            s.execute(
                select(CareCardReprint).where(CareCardReprint.resident_id.in_(list(resident_ids)))
            ).scalars()
        )
        for row in rows:
            s.delete(row)
        return len(rows)
