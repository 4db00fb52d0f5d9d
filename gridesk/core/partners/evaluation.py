"""年度评议: the annual evaluation of partner units.

The participation figures are collected from the records of the year (local calendar year):

- ``cases``: cases dispatched to the unit (吹哨报到: a dispatch step to its dispatch target);
  ``acknowledged`` of them answered by a later step, and ``response_hours`` the mean time from
  the dispatch to that next step;
- ``wishes``: wishes it claimed (claimed by a partner unit of its name, or linked to it);
- ``bookings``: room bookings it held (booked for a partner unit of its name, or linked),
  not cancelled, rejected or missed;
- ``activities``: volunteer activities it co-hosted (linked), held in the year;
- ``volunteer_hours``: approved service hours of the volunteers it sent (linked residents);
- ``projects``: projects of its 项目清单 done in the year;
- ``members``: its 双报到 party members (now).

The admin sets the year's criteria: a weight (0-100) for each measure, the figures above
(``response`` for the response time) and the two scores of the scoring sheet (``residents``:
the residents' representatives; ``centre``: the centre). A figure becomes a score out of 100
against the best unit of the year (value / best × 100; for the response time best / value ×
100, the quickest scoring 100); a unit with nothing scores 0. The total is the weighted mean of
the scores (Σ weight × score / Σ weight), and the ranking orders units by it (ties share a
rank). Without criteria of its own a year uses ``DEFAULT_WEIGHTS``.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from gridesk.core.actor import Actor, Permission
from gridesk.core.partners.models import (
    EvaluationCriterion,
    EvaluationScore,
    PartnerItem,
    PartnerLink,
    PartnerMember,
    PartnerUnit,
)
from gridesk.core.store import Store
from gridesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError

FIGURES: tuple[str, ...] = (
    "cases",
    "response",
    "wishes",
    "bookings",
    "activities",
    "volunteer_hours",
    "projects",
    "members",
)
SCORERS: tuple[str, ...] = ("residents", "centre")
MEASURES: tuple[str, ...] = (*FIGURES, *SCORERS)
DEFAULT_WEIGHTS: dict[str, int] = {
    "cases": 20,
    "response": 10,
    "wishes": 10,
    "bookings": 5,
    "activities": 10,
    "volunteer_hours": 15,
    "projects": 10,
    "members": 0,
    "residents": 10,
    "centre": 10,
}


@dataclass(frozen=True)
class Figures:
    """What a unit did in the year, as collected from the records."""

    cases: int = 0
    acknowledged: int = 0
    response_hours: float | None = None
    wishes: int = 0
    bookings: int = 0
    activities: int = 0
    volunteer_hours: float = 0.0
    projects: int = 0
    members: int = 0

    def value(self, measure: str) -> float | None:
        if measure == "response":
            return self.response_hours
        return float(getattr(self, measure))


@dataclass(frozen=True)
class UnitResult:
    unit_id: uuid.UUID
    name: str
    kind: str
    figures: Figures
    manual: Mapping[str, int | None]  # scorer -> score given (None: not yet scored)
    scores: Mapping[str, float]  # measure -> score out of 100
    total: float
    rank: int


@dataclass(frozen=True)
class Evaluation:
    year: int
    weights: Mapping[str, int]
    results: tuple[UnitResult, ...] = field(default=())  # in rank order

    def result(self, unit_id: uuid.UUID) -> UnitResult:
        return next(r for r in self.results if r.unit_id == unit_id)


def year_bounds(year: int) -> tuple[datetime, datetime]:
    """The year's first and the next year's first moment, in the desk's time zone."""
    return datetime(year, 1, 1).astimezone(), datetime(year + 1, 1, 1).astimezone()


# --- criteria and the scoring sheet ----------------------------------------------------------------


def weights_for(store: Store, actor: Actor, year: int) -> dict[str, int]:
    actor.require(Permission.PARTNERS_VIEW)
    with store.read() as s:
        return _weights(s, year)


def _weights(s: Session, year: int) -> dict[str, int]:
    rows: dict[str, int] = {
        measure: weight
        for measure, weight in s.execute(
            select(EvaluationCriterion.measure, EvaluationCriterion.weight).where(
                EvaluationCriterion.year == year
            )
        )
    }
    if not rows:
        return dict(DEFAULT_WEIGHTS)
    return {m: int(rows.get(m, 0)) for m in MEASURES}


def set_weights(
    store: Store, actor: Actor, year: int, weights: Mapping[str, int]
) -> dict[str, int]:
    """The admin's criteria for ``year``: a weight for each measure (those left out weigh 0)."""
    actor.require(Permission.PARTNERS_EVALUATE)
    unknown = set(weights) - set(MEASURES)
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown criterion."), field="measure")
    if any(not 0 <= w <= 100 for w in weights.values()) or sum(weights.values()) <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Each weight is 0 to 100, and at least one criterion weighs something."
            ),
            field="weight",
        )
    with store.write(actor) as s:
        existing = {
            c.measure: c
            for c in s.execute(
                select(EvaluationCriterion).where(EvaluationCriterion.year == year)
            ).scalars()
        }
        for measure in MEASURES:
            weight = int(weights.get(measure, 0))
            row = existing.get(measure)
            if row is None:
                s.add(EvaluationCriterion(year=year, measure=measure, weight=weight))
            elif row.weight != weight:
                row.weight = weight
        s.flush()
        return _weights(s, year)


def set_score(
    store: Store, actor: Actor, year: int, unit_id: uuid.UUID, scorer: str, score: int | None
) -> None:
    """A score on the scoring sheet (0-100), from the residents' representatives or the centre;
    None takes it back."""
    actor.require(Permission.PARTNERS_EVALUATE)
    if scorer not in SCORERS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown scorer."), field="scorer")
    if score is not None and not 0 <= score <= 100:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A score is 0 to 100."), field="score")
    with store.write(actor) as s:
        if s.get(PartnerUnit, unit_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such partner unit."))
        row = s.execute(
            select(EvaluationScore).where(
                EvaluationScore.year == year,
                EvaluationScore.unit_id == unit_id,
                EvaluationScore.scorer == scorer,
            )
        ).scalar_one_or_none()
        if score is None:
            if row is not None:
                s.delete(row)
        elif row is None:
            s.add(EvaluationScore(year=year, unit_id=unit_id, scorer=scorer, score=score))
        else:
            row.score = score


# --- the figures -------------------------------------------------------------------------------


def _links(s: Session, kind: str) -> dict[uuid.UUID, uuid.UUID]:
    """record id -> unit id of the links of one kind."""
    return {
        record_id: unit_id
        for record_id, unit_id in s.execute(
            select(PartnerLink.record_id, PartnerLink.unit_id).where(PartnerLink.kind == kind)
        )
    }


def collect_figures(s: Session, year: int) -> dict[uuid.UUID, Figures]:
    """Every unit's figures for ``year`` (archived units too: they may have worked that year)."""
    return collect_between(s, date(year, 1, 1), date(year, 12, 31))


def collect_between(s: Session, first: date, last: date) -> dict[uuid.UUID, Figures]:
    """Every unit's figures for the local days ``first`` to ``last`` (the reports' periods);
    ``members`` are the members reporting now."""
    from gridesk.core.requests.models import Request, RequestEvent, Wish
    from gridesk.core.treasure.models import ACTIVE_BOOKING, FOR_PARTNER, Booking
    from gridesk.core.volunteers.models import Activity, HoursRecord
    from gridesk.core.volunteers.services import COUNTED

    start = datetime.combine(first, time()).astimezone()
    end = datetime.combine(last + timedelta(days=1), time()).astimezone()
    units = list(s.execute(select(PartnerUnit)).scalars())
    by_name = {u.name: u.id for u in units}
    by_target = {u.request_unit_id: u.id for u in units if u.request_unit_id}
    counts: dict[uuid.UUID, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    response: dict[uuid.UUID, list[float]] = defaultdict(list)

    # cases dispatched (吹哨报到), and how soon the unit answered: the case's next step
    later = aliased(RequestEvent)
    answered = (
        select(func.min(later.created_at))
        .where(later.request_id == RequestEvent.request_id, later.seq > RequestEvent.seq)
        .correlate(RequestEvent)
        .scalar_subquery()
    )
    dispatches = s.execute(
        select(
            RequestEvent.request_id,
            RequestEvent.seq,
            RequestEvent.created_at,
            RequestEvent.handler_id,
            answered,
        )
        .join(Request, Request.id == RequestEvent.request_id)
        .where(
            RequestEvent.action == "dispatch",
            RequestEvent.handler_kind == "partner",
            RequestEvent.handler_id.in_(list(by_target)),
            RequestEvent.day >= first,
            RequestEvent.day <= last,
        )
        .order_by(RequestEvent.request_id, RequestEvent.seq)
    ).all()
    seen: set[tuple[uuid.UUID, uuid.UUID]] = set()
    for request_id, _seq, at, target, answer in dispatches:
        unit_id = by_target[target]
        if (request_id, unit_id) in seen:
            continue  # dispatched to it twice: one case
        seen.add((request_id, unit_id))
        counts[unit_id]["cases"] += 1
        if answer is not None:
            counts[unit_id]["acknowledged"] += 1
            response[unit_id].append((answer - at).total_seconds() / 3600)

    # wishes claimed
    wish_links = _links(s, "wish")
    for wish_id, kind, claimer in s.execute(
        select(Wish.id, Wish.claimer_kind, Wish.claimer_name).where(
            Wish.status.in_(("claimed", "fulfilled")),
            Wish.created_at >= start,
            Wish.created_at < end,
            or_(Wish.claimer_kind == "partner", Wish.id.in_(list(wish_links))),
        )
    ):
        claimed_by = wish_links.get(wish_id) or (
            by_name.get(claimer) if kind == "partner" else None
        )
        if claimed_by is not None:
            counts[claimed_by]["wishes"] += 1

    # rooms booked
    booking_links = _links(s, "booking")
    for booking_id, kind, holder in s.execute(
        select(Booking.id, Booking.holder_kind, Booking.holder_name).where(
            Booking.status.in_(ACTIVE_BOOKING),
            Booking.starts_at >= start,
            Booking.starts_at < end,
            or_(Booking.holder_kind == FOR_PARTNER, Booking.id.in_(list(booking_links))),
        )
    ):
        booked_by = booking_links.get(booking_id) or (
            by_name.get(holder) if kind == FOR_PARTNER else None
        )
        if booked_by is not None:
            counts[booked_by]["bookings"] += 1

    # activities co-hosted
    activity_links = _links(s, "activity")
    if activity_links:
        for (activity_id,) in s.execute(
            select(Activity.id).where(
                Activity.id.in_(list(activity_links)),
                Activity.starts_at >= start,
                Activity.starts_at < end,
            )
        ):
            counts[activity_links[activity_id]]["activities"] += 1

    # service hours of the volunteers sent
    volunteer_links = _links(s, "volunteer")
    if volunteer_links:
        for resident_id, minutes in s.execute(
            select(HoursRecord.resident_id, func.sum(HoursRecord.minutes))
            .where(
                HoursRecord.resident_id.in_(list(volunteer_links)),
                HoursRecord.status.in_(COUNTED),
                HoursRecord.started_at >= start,
                HoursRecord.started_at < end,
            )
            .group_by(HoursRecord.resident_id)
        ):
            counts[volunteer_links[resident_id]]["volunteer_hours"] += (minutes or 0) / 60

    # projects done, members reporting
    for unit_id, n in s.execute(
        select(PartnerItem.unit_id, func.count())
        .where(
            PartnerItem.list == "project",
            PartnerItem.status == "done",
            and_(PartnerItem.done_on >= first, PartnerItem.done_on <= last),
        )
        .group_by(PartnerItem.unit_id)
    ):
        counts[unit_id]["projects"] = n
    for unit_id, n in s.execute(
        select(PartnerMember.unit_id, func.count())
        .where(PartnerMember.active.is_(True))
        .group_by(PartnerMember.unit_id)
    ):
        counts[unit_id]["members"] = n

    out = {}
    for u in units:
        c = counts.get(u.id, {})
        times = response.get(u.id, [])
        out[u.id] = Figures(
            cases=int(c.get("cases", 0)),
            acknowledged=int(c.get("acknowledged", 0)),
            response_hours=round(sum(times) / len(times), 2) if times else None,
            wishes=int(c.get("wishes", 0)),
            bookings=int(c.get("bookings", 0)),
            activities=int(c.get("activities", 0)),
            volunteer_hours=round(c.get("volunteer_hours", 0.0), 2),
            projects=int(c.get("projects", 0)),
            members=int(c.get("members", 0)),
        )
    return out


# --- scoring -------------------------------------------------------------------------------------


def figure_scores(figures: Mapping[uuid.UUID, Figures]) -> dict[uuid.UUID, dict[str, float]]:
    """Each figure as a score out of 100 against the year's best unit (see the module)."""
    scores: dict[uuid.UUID, dict[str, float]] = {u: {} for u in figures}
    for measure in FIGURES:
        values = {u: f.value(measure) for u, f in figures.items()}
        present = [v for v in values.values() if v is not None and v > 0]
        for unit_id, v in values.items():
            if v is None:
                score = 0.0  # no case answered: no response time to score
            elif measure == "response":
                score = 100.0 if v <= 0 else 100 * min(present) / v
            elif v <= 0:
                score = 0.0
            else:
                score = 100 * v / max(present)
            scores[unit_id][measure] = round(score, 2)
    return scores


def evaluate(store: Store, actor: Actor, year: int) -> Evaluation:
    """The year's evaluation of every unit that is not archived, in rank order."""
    actor.require(Permission.PARTNERS_VIEW)
    with store.read() as s:
        weights = _weights(s, year)
        figures = collect_figures(s, year)
        units = {
            u.id: u
            for u in s.execute(select(PartnerUnit).where(PartnerUnit.archived.is_(False))).scalars()
        }
        manual: dict[uuid.UUID, dict[str, int | None]] = {u: dict.fromkeys(SCORERS) for u in units}
        for unit_id, scorer, score in s.execute(
            select(EvaluationScore.unit_id, EvaluationScore.scorer, EvaluationScore.score).where(
                EvaluationScore.year == year
            )
        ):
            if unit_id in manual:
                manual[unit_id][scorer] = score
    shown = {u: figures[u] for u in units}
    scores = figure_scores(shown)
    weight_sum = sum(weights.values())
    rows = []
    for unit_id, unit in units.items():
        unit_scores = dict(scores[unit_id])
        for scorer in SCORERS:
            unit_scores[scorer] = float(manual[unit_id][scorer] or 0)
        total = (
            sum(weights[m] * unit_scores[m] for m in MEASURES) / weight_sum if weight_sum else 0.0
        )
        rows.append((unit, unit_scores, round(total, 2)))
    rows.sort(key=lambda r: (-r[2], r[0].name))
    results = []
    rank = 0
    previous: float | None = None
    for position, (unit, unit_scores, total) in enumerate(rows, start=1):
        if total != previous:
            rank, previous = position, total
        results.append(
            UnitResult(
                unit.id,
                unit.name,
                unit.kind,
                shown[unit.id],
                manual[unit.id],
                unit_scores,
                total,
                rank,
            )
        )
    return Evaluation(year, weights, tuple(results))
