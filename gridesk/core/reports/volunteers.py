"""The volunteers section.

- *hours* and *人次*: approved (or corrected) service records that began in the period: their
  minutes as hours, and how many records (by team, a person counting in each of their teams,
  and by person);
- *activities held*: not cancelled, beginning in the period; *attendance*: the people with a
  service record of such an activity, against the places offered (capacity);
- *shifts*: dated shifts beginning in the period: places needed, and places filled (active
  assignments, at most the places needed per shift);
- *new volunteers*: profiles made in the period.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import distinct, func, select

from gridesk.core.models import Resident
from gridesk.core.reports.context import (
    Context,
    bucket_of_moment,
    in_moments,
    share,
    trend_bounds,
)
from gridesk.core.reports.period import Period
from gridesk.core.reports.results import Drill, Figure, Row, Section, Series, Table
from gridesk.core.volunteers.models import (
    Activity,
    HoursRecord,
    Shift,
    ShiftAssignment,
    VolunteerProfile,
    VolunteerTeam,
    VolunteerTeamMember,
)
from gridesk.errors import QT_TRANSLATE_NOOP

COUNTED = ("approved", "corrected")
TOP = 20


def _hours_base(ctx: Context, p: Period, *columns: Any) -> Any:
    stmt = (
        select(*columns)
        .select_from(HoursRecord)
        .where(HoursRecord.status.in_(COUNTED), in_moments(HoursRecord.started_at, p))
    )
    return ctx.scoped(stmt, HoursRecord.station_id, resident=HoursRecord.resident_id)


def _hours(ctx: Context, p: Period) -> dict[str, Any]:
    minutes, times, people = ctx.session.execute(
        _hours_base(
            ctx,
            p,
            func.sum(HoursRecord.minutes),
            func.count(),
            func.count(distinct(HoursRecord.resident_id)),
        )
    ).one()
    return {
        "hours": round((minutes or 0) / 60, 1),
        "times": int(times or 0),
        "people": int(people or 0),
    }


def _by(ctx: Context, p: Period, name: Any, *joins: Any) -> dict[str, tuple[float, int]]:
    stmt = _hours_base(ctx, p, name, func.sum(HoursRecord.minutes), func.count())
    for target, on in joins:
        stmt = stmt.join(target, on)
    rows = ctx.session.execute(stmt.group_by(name)).all()
    return {k: (round((m or 0) / 60, 1), int(n)) for k, m, n in rows}


def _activities(ctx: Context, p: Period) -> dict[str, Any]:
    held = ctx.scoped(
        select(Activity.id, Activity.capacity).where(
            Activity.cancelled.is_(False), in_moments(Activity.starts_at, p)
        ),
        Activity.station_id,
    ).subquery()
    n, capacity = ctx.session.execute(select(func.count(), func.sum(held.c.capacity))).one()
    came = ctx.session.scalar(
        select(func.count()).select_from(
            select(HoursRecord.activity_id, HoursRecord.resident_id)
            .where(HoursRecord.activity_id.in_(select(held.c.id)), HoursRecord.status != "flagged")
            .distinct()
            .subquery()
        )
    )
    return {
        "held": int(n or 0),
        "capacity": int(capacity or 0),
        "attended": int(came or 0),
        "attendance": share(int(came or 0), int(capacity or 0)),
    }


def _shifts(ctx: Context, p: Period) -> dict[str, Any]:
    people = (
        select(func.count())
        .where(ShiftAssignment.shift_id == Shift.id, ShiftAssignment.active.is_(True))
        .correlate(Shift)
        .scalar_subquery()
    )
    stmt = ctx.scoped(
        select(Shift.needed, people).where(in_moments(Shift.starts_at, p)), Shift.station_id
    )
    rows = ctx.session.execute(stmt).all()
    needed = sum(int(r[0]) for r in rows)
    filled = sum(min(int(r[0]), int(r[1] or 0)) for r in rows)
    return {"shifts": len(rows), "needed": needed, "filled": filled, "share": share(filled, needed)}


def _new(ctx: Context, p: Period) -> int:
    stmt = (
        select(func.count())
        .select_from(VolunteerProfile)
        .where(in_moments(VolunteerProfile.created_at, p))
    )
    stmt = ctx.scoped(stmt, VolunteerProfile.station_id, resident=VolunteerProfile.resident_id)
    return int(ctx.session.scalar(stmt) or 0)


def _table(
    key: str,
    label: str,
    now: dict[str, tuple[float, int]],
    before: dict[str, tuple[float, int]],
    limit: int | None = None,
) -> Table:
    keys = sorted(set(now) | set(before), key=lambda k: (-now.get(k, (0, 0))[0], k))
    keys = [k for k in keys if k in now][:limit] if limit else keys
    rows = tuple(
        Row(k, now.get(k, (0.0, 0))[0], before.get(k, (0.0, 0))[0], (now.get(k, (0.0, 0))[1],))
        for k in keys
    )
    return Table(key, label, rows, (QT_TRANSLATE_NOOP("reports", "Times (人次)"),), unit="h")


def section(ctx: Context) -> Section:
    p, q = ctx.period, ctx.compared
    hours = [_hours(ctx, x) for x in (p, q)]
    acts = [_activities(ctx, x) for x in (p, q)]
    shifts = [_shifts(ctx, x) for x in (p, q)]
    new = [_new(ctx, x) for x in (p, q)]
    drill = Drill("volunteers", (("day_from", p.first.isoformat()), ("day_to", p.last.isoformat())))

    def fig(
        key: str, label: str, pair: list[Any], unit: str = "", d: Drill | None = None
    ) -> Figure:
        return Figure(key, label, pair[0], pair[1], unit, d)

    figures = (
        fig(
            "hours",
            QT_TRANSLATE_NOOP("reports", "Service hours"),
            [h["hours"] for h in hours],
            "h",
            drill,
        ),
        fig(
            "times",
            QT_TRANSLATE_NOOP("reports", "Times served (人次)"),
            [h["times"] for h in hours],
        ),
        fig(
            "people",
            QT_TRANSLATE_NOOP("reports", "Volunteers who served"),
            [h["people"] for h in hours],
        ),
        fig(
            "activities", QT_TRANSLATE_NOOP("reports", "Activities held"), [a["held"] for a in acts]
        ),
        fig("attended", QT_TRANSLATE_NOOP("reports", "Attendance"), [a["attended"] for a in acts]),
        fig(
            "capacity",
            QT_TRANSLATE_NOOP("reports", "Places offered"),
            [a["capacity"] for a in acts],
        ),
        fig(
            "attendance",
            QT_TRANSLATE_NOOP("reports", "Attendance against capacity"),
            [a["attendance"] for a in acts],
            "%",
        ),
        fig(
            "shifts_needed",
            QT_TRANSLATE_NOOP("reports", "Shift places needed"),
            [x["needed"] for x in shifts],
        ),
        fig(
            "shifts_filled",
            QT_TRANSLATE_NOOP("reports", "Shift places filled"),
            [x["filled"] for x in shifts],
        ),
        fig(
            "shifts_share",
            QT_TRANSLATE_NOOP("reports", "Shifts filled"),
            [x["share"] for x in shifts],
            "%",
        ),
        fig("new", QT_TRANSLATE_NOOP("reports", "New volunteers"), new),
    )
    teams = [
        _by(
            ctx,
            x,
            VolunteerTeam.name,
            (VolunteerTeamMember, VolunteerTeamMember.resident_id == HoursRecord.resident_id),
            (VolunteerTeam, VolunteerTeam.id == VolunteerTeamMember.team_id),
        )
        for x in (p, q)
    ]
    people = [
        _by(ctx, x, Resident.name, (Resident, Resident.id == HoursRecord.resident_id))
        for x in (p, q)
    ]
    tables = (
        _table("by_team", QT_TRANSLATE_NOOP("reports", "Hours by team"), teams[0], teams[1]),
        _table(
            "by_person",
            QT_TRANSLATE_NOOP("reports", "Hours by person (top 20)"),
            people[0],
            people[1],
            limit=TOP,
        ),
    )
    buckets = p.trend()
    start, end = trend_bounds(buckets)
    which = bucket_of_moment(HoursRecord.started_at, buckets)
    stmt = ctx.scoped(
        select(which, func.sum(HoursRecord.minutes))
        .where(
            HoursRecord.status.in_(COUNTED),
            HoursRecord.started_at >= start,
            HoursRecord.started_at < end,
        )
        .group_by(which),
        HoursRecord.station_id,
        resident=HoursRecord.resident_id,
    )
    values = [0.0] * len(buckets)
    for i, minutes in ctx.session.execute(stmt).all():
        if 0 <= int(i) < len(values):
            values[int(i)] = round((minutes or 0) / 60, 1)
    series = (
        Series(
            "trend",
            QT_TRANSLATE_NOOP("reports", "Service hours"),
            tuple(b.label for b in buckets),
            ((QT_TRANSLATE_NOOP("reports", "Hours"), tuple(values)),),
            "h",
        ),
    )
    return Section(
        "volunteers", QT_TRANSLATE_NOOP("reports", "Volunteers"), figures, tables, series
    )
