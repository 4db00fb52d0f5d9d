"""Partner units (共建单位): what `gridesk check` verifies (registered with check.register).

The links from other windows' records (:class:`PartnerLink`) name a record by id only, so
nothing in the schema stops a link from outliving its record; the evaluation would count it.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridesk.core.check import register
from gridesk.core.models import Resident
from gridesk.core.partners.evaluation import MEASURES, SCORERS
from gridesk.core.partners.models import (
    EvaluationCriterion,
    EvaluationScore,
    PartnerItem,
    PartnerLink,
    PartnerUnit,
)
from gridesk.core.partners.registry import LINK_KINDS, STATUSES
from gridesk.core.requests.models import RequestUnit, Wish
from gridesk.core.treasure.models import Booking
from gridesk.core.volunteers.models import Activity

# the table each kind of link points into
LINKED: dict[str, type[Wish] | type[Booking] | type[Activity] | type[Resident]] = {
    "wish": Wish,
    "booking": Booking,
    "activity": Activity,
    "volunteer": Resident,
}
assert set(LINKED) == set(LINK_KINDS)


@register("partners")
def _links(s: Session) -> Iterator[str]:
    for kind, model in LINKED.items():
        for unit, n in s.execute(
            select(PartnerUnit.name, func.count())
            .join(PartnerLink, PartnerLink.unit_id == PartnerUnit.id)
            .outerjoin(model, model.id == PartnerLink.record_id)
            .where(PartnerLink.kind == kind, model.id.is_(None))
            .group_by(PartnerUnit.id, PartnerUnit.name)
            .limit(20)
        ):
            yield f"unit {unit}: {n} linked {kind} record(s) no longer exist"
    for kind, n in s.execute(
        select(PartnerLink.kind, func.count())
        .where(PartnerLink.kind.not_in(LINK_KINDS))
        .group_by(PartnerLink.kind)
    ):
        yield f"{n} link(s) of unknown kind {kind!r}"


@register("partners")
def _units(s: Session) -> Iterator[str]:
    for name, target, kind in s.execute(
        select(PartnerUnit.name, RequestUnit.name, RequestUnit.kind)
        .outerjoin(RequestUnit, RequestUnit.id == PartnerUnit.request_unit_id)
        .where(PartnerUnit.request_unit_id.is_not(None))
    ):
        if target is None:
            yield f"unit {name}: its dispatch target is gone"
        elif target != name or kind != "partner":
            yield f"unit {name}: its dispatch target is {kind} {target}"
    for unit, title, list_name, status in s.execute(
        select(PartnerUnit.name, PartnerItem.title, PartnerItem.list, PartnerItem.status)
        .select_from(PartnerItem)
        .join(PartnerUnit, PartnerUnit.id == PartnerItem.unit_id)
    ):
        if status not in STATUSES.get(list_name, ()):
            yield f"unit {unit}: line {title} of list {list_name!r} is {status!r}"


@register("partners")
def _evaluation(s: Session) -> Iterator[str]:
    for year, measure, weight in s.execute(
        select(EvaluationCriterion.year, EvaluationCriterion.measure, EvaluationCriterion.weight)
    ):
        if measure not in MEASURES or not 0 <= weight <= 100:
            yield f"evaluation {year}: criterion {measure!r} weighs {weight}"
    for year, unit, scorer, score in s.execute(
        select(
            EvaluationScore.year, PartnerUnit.name, EvaluationScore.scorer, EvaluationScore.score
        )
        .select_from(EvaluationScore)
        .join(PartnerUnit, PartnerUnit.id == EvaluationScore.unit_id)
    ):
        if scorer not in SCORERS or not 0 <= score <= 100:
            yield f"evaluation {year}: unit {unit} scored {score} by {scorer!r}"
