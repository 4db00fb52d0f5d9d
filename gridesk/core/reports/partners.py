"""The partner units section (共建单位): what the units did in the period, as the annual
evaluation counts it (gridesk.core.partners.evaluation, for any period here):

- *cases*: cases dispatched to a unit (吹哨报到), and the mean hours to its answer;
- *wishes* it claimed, *bookings* of rooms it held, *activities* it co-hosted, *service
  hours* of the volunteers it sent, *projects* of its 项目清单 done;
- *units at work*: units with any of these in the period; *units*: units on the register
  now, and *members*: their 双报到 party members reporting now.

Units belong to the centre, not to a grid: a grid's report shows the centre's units.
"""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from gridesk.core.partners.evaluation import Figures, collect_between
from gridesk.core.partners.models import PartnerUnit
from gridesk.core.reports.context import Context
from gridesk.core.reports.results import Drill, Figure, Row, Section, Table
from gridesk.errors import QT_TRANSLATE_NOOP

WORK = ("cases", "wishes", "bookings", "activities", "projects")
"""What a unit did that counts as records (service hours are counted apart)."""


def _records(f: Figures) -> int:
    return sum(int(getattr(f, k)) for k in WORK)


def _busy(f: Figures) -> bool:
    return _records(f) > 0 or f.volunteer_hours > 0


def section(ctx: Context) -> Section:
    s = ctx.session
    mine = set(s.scalars(ctx.scoped(select(PartnerUnit.id), PartnerUnit.station_id)))
    every = {i: n for i, n in s.execute(select(PartnerUnit.id, PartnerUnit.name))}
    registered = s.scalar(
        select(func.count()).where(PartnerUnit.id.in_(mine), PartnerUnit.archived.is_(False))
    )
    now, before = (
        {k: v for k, v in collect_between(s, p.first, p.last).items() if k in mine}
        for p in (ctx.period, ctx.compared)
    )

    def total(figures: dict[uuid.UUID, Figures], key: str) -> float:
        return sum(float(getattr(f, key)) for f in figures.values())

    def answered(figures: dict[uuid.UUID, Figures]) -> float | None:
        pairs = [(f.response_hours, f.acknowledged) for f in figures.values() if f.acknowledged]
        n = sum(a for _, a in pairs)
        return round(sum((h or 0) * a for h, a in pairs) / n, 1) if n else None

    def count(key: str, label: str) -> Figure:
        return Figure(key, label, int(total(now, key)), int(total(before, key)))

    drill = Drill("partners")
    figures = (
        Figure(
            "units",
            QT_TRANSLATE_NOOP("reports", "Partner units"),
            registered or 0,
            None,
            drill=drill,
        ),
        Figure(
            "units_at_work",
            QT_TRANSLATE_NOOP("reports", "Units at work in the period"),
            sum(1 for f in now.values() if _busy(f)),
            sum(1 for f in before.values() if _busy(f)),
        ),
        Figure(
            "members",
            QT_TRANSLATE_NOOP("reports", "Party members reporting (双报到)"),
            int(total(now, "members")),
            None,
        ),
        count("cases", QT_TRANSLATE_NOOP("reports", "Cases dispatched to units")),
        Figure(
            "response",
            QT_TRANSLATE_NOOP("reports", "Hours to the unit's answer (average)"),
            answered(now),
            answered(before),
            "h",
        ),
        count("wishes", QT_TRANSLATE_NOOP("reports", "Wishes claimed by units")),
        count("bookings", QT_TRANSLATE_NOOP("reports", "Room bookings by units")),
        count("activities", QT_TRANSLATE_NOOP("reports", "Activities co-hosted")),
        Figure(
            "hours",
            QT_TRANSLATE_NOOP("reports", "Service hours of volunteers sent"),
            round(total(now, "volunteer_hours"), 1),
            round(total(before, "volunteer_hours"), 1),
            "h",
        ),
        count("projects", QT_TRANSLATE_NOOP("reports", "Projects done")),
    )
    empty = Figures()
    busy = [
        k for k in set(now) | set(before) if _busy(now.get(k, empty)) or _busy(before.get(k, empty))
    ]
    busy.sort(
        key=lambda k: (-_records(now.get(k, empty)), -_records(before.get(k, empty)), every[k])
    )
    rows = tuple(
        Row(
            every[k],
            _records(now.get(k, empty)),
            _records(before.get(k, empty)),
            (
                now.get(k, empty).cases,
                now.get(k, empty).wishes,
                now.get(k, empty).activities,
                round(now.get(k, empty).volunteer_hours, 1),
            ),
        )
        for k in busy
    )
    table = Table(
        "by_unit",
        QT_TRANSLATE_NOOP("reports", "Records by partner unit"),
        rows,
        (
            QT_TRANSLATE_NOOP("reports", "Cases"),
            QT_TRANSLATE_NOOP("reports", "Wishes"),
            QT_TRANSLATE_NOOP("reports", "Activities"),
            QT_TRANSLATE_NOOP("reports", "Hours"),
        ),
    )
    return Section("partners", QT_TRANSLATE_NOOP("reports", "Partner units"), figures, (table,))
