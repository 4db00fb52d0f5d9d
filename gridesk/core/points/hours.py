"""Volunteer hours earn points: the hand-over from the volunteers window.

An approved (or corrected) hours record (``gridesk.core.volunteers.hours.approved_hours_since``)
earns points exactly once: its award names it as its source (``volunteer_hours``, the record's
id; the awards table holds that pair unique) and its operation id is derived from the record, so
pressing "award" twice, or two desks awarding the same record, has the effect of once.

How many points: an activity with its own scheme earns by it (per attendance: its points; per
hour: its points an hour); every other record (a duty shift, a claimed task) earns the chosen
rule's points an hour. Minutes count to the nearest point; a record worth 0 points earns nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from gridesk.core.actor import Actor, Permission
from gridesk.core.models import Resident
from gridesk.core.points import errors as E
from gridesk.core.points.earning import PENDING, award
from gridesk.core.points.models import Award, EarningRule
from gridesk.core.store import Store
from gridesk.core.volunteers.hours import ApprovedHours, approved_hours_since
from gridesk.errors import NotFound

SOURCE_KIND = "volunteer_hours"
_OPERATIONS = uuid.UUID("6f1d3c52-6b0e-4c0a-9d55-2f4a8e3b9c01")  # namespace of derived ids


@dataclass(frozen=True)
class HoursToAward:
    record_id: uuid.UUID
    resident_id: uuid.UUID
    name: str
    source: str  # "shift" | "activity" | "task"
    approved_at: datetime
    minutes: int
    points: int


@dataclass(frozen=True)
class HoursAwarded:
    awarded: int  # records credited now
    pending: int  # records whose award waits for a second person
    points: int  # points credited or waiting


def points_for(record: ApprovedHours, per_hour: int) -> int:
    """What one hours record earns when the rule gives ``per_hour`` points an hour."""
    if record.points_mode == "attendance" and record.points:
        return record.points
    rate = record.points if record.points_mode == "hour" and record.points else per_hour
    return (record.minutes * rate + 30) // 60


def operation_for(record_id: uuid.UUID) -> uuid.UUID:
    """The operation id of a record's award: the same on every desk and every retry."""
    return uuid.uuid5(_OPERATIONS, f"{SOURCE_KIND}:{record_id}")


def hours_to_award(store: Store, actor: Actor, rule_id: uuid.UUID) -> list[HoursToAward]:
    """Approved hours records that have not earned points yet, oldest first."""
    actor.require(Permission.POINTS_AWARD)
    with store.read() as s:
        rule = s.get(EarningRule, rule_id)
        if rule is None or rule.archived:
            raise NotFound(E.UNKNOWN_RULE)
        per_hour = rule.points
        done = set(
            s.execute(select(Award.source_id).where(Award.source_kind == SOURCE_KIND)).scalars()
        )
    every = approved_hours_since(store, datetime.min.replace(tzinfo=UTC))
    records = [r for r in every if str(r.id) not in done]
    names: dict[uuid.UUID, str] = {}
    with store.read() as s:
        ids = list({r.resident_id for r in records})
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            stmt = select(Resident.id, Resident.name).where(Resident.id.in_(chunk))
            for resident_id, name in s.execute(stmt):
                names[resident_id] = name
    return [
        HoursToAward(
            r.id,
            r.resident_id,
            names.get(r.resident_id, ""),
            r.source,
            r.approved_at,
            r.minutes,
            points_for(r, per_hour),
        )
        for r in records
    ]


def award_hours(
    store: Store, actor: Actor, rule_id: uuid.UUID, record_ids: Sequence[uuid.UUID]
) -> HoursAwarded:
    """Award each of these approved hours records its points (each in its own unit of work,
    so one refused record does not hold back the others' points); records already awarded,
    or worth nothing, are passed over."""
    actor.require(Permission.POINTS_AWARD)
    wanted = set(record_ids)
    awarded = pending = points = 0
    for item in hours_to_award(store, actor, rule_id):
        if item.record_id not in wanted or item.points < 1:
            continue
        note = QT_NOTE.format(minutes=item.minutes)
        done = award(
            store,
            actor,
            rule_id,
            [item.resident_id],
            operation_for(item.record_id),
            note=note,
            source_kind=SOURCE_KIND,
            source_id=str(item.record_id),
            points_each=item.points,
        )
        points += done.points_each
        if done.status == PENDING:
            pending += 1
        else:
            awarded += 1
    return HoursAwarded(awarded, pending, points)


# The award's note: kept in the record as written (Chinese first, as the desk reads it).
QT_NOTE = "志愿服务 {minutes} 分钟"
