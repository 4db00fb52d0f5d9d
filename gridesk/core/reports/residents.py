"""The residents section.

- *registered*: residents on the register (not archived) made before the period's end, and
  *new* ones made in the period; *households*: addresses those residents share;
- *care groups*: registered residents by care tag;
- *served* (服务人次 / 服务人数): cases accepted, loans, redemptions and places taken at
  activities held in the period, each one a time; the people behind them, each once.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import distinct, func, select, union_all

from gridesk.core.models import Resident, ResidentTag, Tag
from gridesk.core.points.models import Redemption
from gridesk.core.reports.context import Context, in_days, in_moments
from gridesk.core.reports.period import Period
from gridesk.core.reports.results import Drill, Figure, Row, Section, Table
from gridesk.core.requests.models import Request
from gridesk.core.treasure.models import Loan
from gridesk.core.volunteers.models import Activity, SignUp
from gridesk.errors import QT_TRANSLATE_NOOP


def _registered(ctx: Context, p: Period, *columns: Any) -> Any:
    _, end = p.utc_bounds()
    stmt = (
        select(*columns)
        .select_from(Resident)
        .where(Resident.archived.is_(False), Resident.created_at < end)
    )
    return ctx.scoped(stmt, Resident.station_id, grid=Resident.grid_id)


def _served(ctx: Context, p: Period) -> tuple[int, int]:
    def part(stmt: Any, station: Any, resident: Any) -> Any:
        return ctx.scoped(stmt, station, resident=resident)

    held = select(Activity.id).where(
        Activity.cancelled.is_(False), in_moments(Activity.starts_at, p)
    )
    parts = union_all(
        part(
            select(Request.resident_id.label("who")).where(
                in_days(Request.accepted_day, p), Request.resident_id.is_not(None)
            ),
            Request.station_id,
            Request.resident_id,
        ),
        part(
            select(Loan.resident_id.label("who")).where(in_moments(Loan.lent_at, p)),
            Loan.station_id,
            Loan.resident_id,
        ),
        part(
            select(Redemption.resident_id.label("who")).where(in_moments(Redemption.created_at, p)),
            Redemption.station_id,
            Redemption.resident_id,
        ),
        part(
            select(SignUp.resident_id.label("who")).where(
                SignUp.status == "signed", SignUp.activity_id.in_(held)
            ),
            SignUp.station_id,
            SignUp.resident_id,
        ),
    ).subquery()
    times, people = ctx.session.execute(
        select(func.count(), func.count(distinct(parts.c.who)))
    ).one()
    return int(times or 0), int(people or 0)


def section(ctx: Context) -> Section:
    p, q = ctx.period, ctx.compared
    s = ctx.session
    registered = [int(s.scalar(_registered(ctx, x, func.count())) or 0) for x in (p, q)]
    homes = [
        int(s.scalar(_registered(ctx, x, func.count(distinct(Resident.household_id)))) or 0)
        for x in (p, q)
    ]
    new = [
        int(
            s.scalar(
                ctx.scoped(
                    select(func.count()).where(in_moments(Resident.created_at, x)),
                    Resident.station_id,
                    grid=Resident.grid_id,
                )
            )
            or 0
        )
        for x in (p, q)
    ]
    served = [_served(ctx, x) for x in (p, q)]
    tags = []
    for x in (p, q):
        stmt = (
            _registered(ctx, x, Tag.name, func.count())
            .join(ResidentTag, ResidentTag.resident_id == Resident.id)
            .join(Tag, Tag.id == ResidentTag.tag_id)
            .where(Tag.care.is_(True))
            .group_by(Tag.name)
        )
        tags.append({k: int(n) for k, n in s.execute(stmt).all()})
    care = select(Tag.name, Tag.sort_order).where(Tag.care.is_(True))
    order: dict[str, int] = {k: v for k, v in s.execute(care)}
    figures = (
        Figure(
            "registered",
            QT_TRANSLATE_NOOP("reports", "Residents registered"),
            registered[0],
            registered[1],
            drill=Drill("residents"),
        ),
        Figure("new", QT_TRANSLATE_NOOP("reports", "New residents"), new[0], new[1]),
        Figure("households", QT_TRANSLATE_NOOP("reports", "Households"), homes[0], homes[1]),
        Figure(
            "served_times",
            QT_TRANSLATE_NOOP("reports", "Times served (服务人次)"),
            served[0][0],
            served[1][0],
        ),
        Figure(
            "served_people",
            QT_TRANSLATE_NOOP("reports", "People served (服务人数)"),
            served[0][1],
            served[1][1],
        ),
    )
    tables = (
        Table(
            "care",
            QT_TRANSLATE_NOOP("reports", "Care groups"),
            tuple(
                Row(k, tags[0].get(k, 0), tags[1].get(k, 0))
                for k in sorted(order, key=lambda k: (order[k], k))
            ),
            chart="pie",
        ),
    )
    return Section("residents", QT_TRANSLATE_NOOP("reports", "Residents"), figures, tables)
