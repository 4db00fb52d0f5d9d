"""The care register: what `gridesk check` verifies (registered with check.register)."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from gridesk.core.care.helpers import ROLES
from gridesk.core.care.models import CareCardReprint, CareFollowUp, CareGoods, CareHelper, CareVisit
from gridesk.core.care.visits import KINDS, MAX_GOODS_CENTS
from gridesk.core.check import register
from gridesk.core.models import Resident
from gridesk.core.requests.models import Request


@register("care")
def _helpers(s: Session) -> Iterator[str]:
    for name, helper, role, active, started, ended in s.execute(
        select(
            Resident.name,
            CareHelper.name,
            CareHelper.role,
            CareHelper.active,
            CareHelper.started_on,
            CareHelper.ended_on,
        )
        .select_from(CareHelper)
        .join(Resident, Resident.id == CareHelper.resident_id)
        .where(
            or_(
                CareHelper.role.not_in(ROLES),
                CareHelper.active.is_(True) & CareHelper.ended_on.is_not(None),
                CareHelper.active.is_(False) & CareHelper.ended_on.is_(None),
                CareHelper.ended_on < CareHelper.started_on,
            )
        )
        .limit(20)
    ):
        if role not in ROLES:
            yield f"{name}: helper {helper} has the unknown role {role!r}"
        elif active == (ended is not None):
            state = "active" if active else "ended"
            yield f"{name}: helper {helper} is {state} but ended on {ended or 'no day'}"
        else:
            yield f"{name}: helper {helper} ended on {ended}, before starting on {started}"
    # a card is flagged when its helpers change: a flag without any helper ever is not one
    for (name,) in s.execute(
        select(Resident.name)
        .join(CareCardReprint, CareCardReprint.resident_id == Resident.id)
        .where(~select(CareHelper.id).where(CareHelper.resident_id == Resident.id).exists())
        .limit(20)
    ):
        yield f"{name}: the care card is flagged for reprinting but no helper was ever named"


@register("care")
def _visits(s: Session) -> Iterator[str]:
    for name, day, kind in s.execute(
        select(Resident.name, CareVisit.day, CareVisit.kind)
        .select_from(CareVisit)
        .join(Resident, Resident.id == CareVisit.resident_id)
        .where(CareVisit.kind.not_in(KINDS))
        .limit(20)
    ):
        yield f"{name}: the visit of {day} is of the unknown kind {kind!r}"
    for name, day in s.execute(
        select(Resident.name, CareVisit.day)
        .select_from(CareVisit)
        .join(Resident, Resident.id == CareVisit.resident_id)
        .join(CareHelper, CareHelper.id == CareVisit.helper_id)
        .where(CareHelper.resident_id != CareVisit.resident_id)
        .limit(20)
    ):
        yield f"{name}: the visit of {day} names another resident's helper"
    # goods: what the register and the 走访记录 add up (a line the service would refuse makes
    # every total wrong)
    for name, day, lines, worth in s.execute(
        select(Resident.name, CareVisit.day, func.count(), func.max(CareGoods.value_cents))
        .select_from(CareGoods)
        .join(CareVisit, CareVisit.id == CareGoods.visit_id)
        .join(Resident, Resident.id == CareVisit.resident_id)
        .where(
            or_(
                CareGoods.quantity < 1,
                CareGoods.value_cents < 0,
                CareGoods.value_cents > MAX_GOODS_CENTS,
            )
        )
        .group_by(CareVisit.id, Resident.name, CareVisit.day)
        .limit(20)
    ):
        yield f"{name}: {lines} goods line(s) of the visit of {day} are not plausible ({worth})"
    asked = aliased(Request)
    for name, day, number in s.execute(
        select(Resident.name, CareVisit.day, asked.number)
        .select_from(CareFollowUp)
        .join(CareVisit, CareVisit.id == CareFollowUp.visit_id)
        .join(Resident, Resident.id == CareVisit.resident_id)
        .join(asked, asked.id == CareFollowUp.request_id)
        .where(or_(asked.resident_id.is_(None), asked.resident_id != CareVisit.resident_id))
        .limit(20)
    ):
        yield f"{name}: a follow-up of the visit of {day} became request {number} about someone else"
