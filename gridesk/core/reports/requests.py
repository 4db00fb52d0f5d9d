"""The requests section: cases accepted and resolved, on time, satisfaction, escalations,
repeat cases and wishes.

Definitions (what the tests compute by hand):

- *accepted*: cases whose acceptance day is in the period (by category, grid, channel and the
  handler they are with now);
- *resolved*: cases whose first resolution (resolved or partly resolved) is in the period;
  *on time* when that day is not after the deadline then in force (holds had moved it on);
  *working days to resolve*: working days (the requests' calendar: statutory holidays and
  make-up days) from acceptance to the first resolution, less the working days on hold;
- *overdue*: cases accepted in the period still being worked on whose deadline has passed;
- *satisfaction*: call-backs in the period with a rating; satisfied at 4 or 5, low at 2 or
  less (the rating that never closes a case);
- *escalations*: escalations in the period to the escalation desk (办不成事窗口) or the
  secretary (书记直通车), and dispatches to a department (吹哨报到);
- *repeat cases*: cases accepted in the period from a resident, or an address (household),
  with two or more of them in the period;
- *wishes*: published in the period, of those the ones claimed by now, and lit in the period.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import case, func, select

from gridesk.core.models import Grid, Resident
from gridesk.core.reports.context import Context, bucket_counts, in_days, in_moments, share
from gridesk.core.reports.period import Period
from gridesk.core.reports.results import Drill, Figure, Row, Section, Series, Table
from gridesk.core.requests.machine import LOW_RATING, WORKING, Action
from gridesk.core.requests.models import Request, RequestCategory, RequestEvent, Wish
from gridesk.core.requests.review import SATISFIED
from gridesk.errors import QT_TRANSLATE_NOOP

ESCALATION_KINDS = ("escalation", "secretary")
WHISTLE = "department"  # 吹哨报到: a dispatch to a government department


def _accepted(ctx: Context, p: Period) -> Any:
    stmt = select(func.count()).select_from(Request).where(in_days(Request.accepted_day, p))
    return ctx.scoped(stmt, Request.station_id, grid=Request.grid_id)


def _resolved(ctx: Context, stmt: Any, first: date, last: date) -> Any:
    """``stmt`` over the cases whose first resolution (``Request.resolved_day``, kept by the
    requests service) falls in the days, within the scope."""
    stmt = stmt.where(Request.resolved_day.between(first, last))
    return ctx.scoped(stmt, Request.station_id, grid=Request.grid_id)


def _events_in_scope(ctx: Context, stmt: Any) -> Any:
    """Request events narrowed to the scope: joined with their cases only when it needs them
    (a centre's report reads the events alone)."""
    if ctx.scope.kind == "centre" or ctx.scope.id is None:
        return stmt
    joined = stmt.join(Request, Request.id == RequestEvent.request_id)
    return ctx.scoped(joined, Request.station_id, grid=Request.grid_id)


def _resolutions_by_day(ctx: Context, first: date, last: date) -> list[tuple[date, int]]:
    """First resolutions counted by day, in SQL: a year of them for the trend."""
    stmt = _resolved(ctx, select(Request.resolved_day, func.count()), first, last).group_by(
        Request.resolved_day
    )
    return [(d, int(n)) for d, n in ctx.session.execute(stmt)]


def _held_days(ctx: Context, p: Period, since: date) -> int:
    """Working days the cases first resolved in the period (accepted from ``since`` on) spent
    on hold before that.

    Holds are rare: the period's holds and resumes are read by kind and day first, then their
    cases. A hold after the first resolution (the case reopened) is on or after its day, and
    its resume after it, so reading the steps up to that day pairs only the earlier holds (a
    hold and resume both on that day count no working day)."""
    e = RequestEvent
    steps = ctx.session.execute(
        select(e.request_id, e.seq, e.action, e.day)
        .where(e.action.in_((Action.HOLD.value, Action.RESUME.value)), e.day.between(since, p.last))
        .order_by(e.request_id, e.seq)
    ).all()
    if not steps:
        return 0
    resolved: dict[Any, date] = {}
    ids = sorted({r.request_id for r in steps})
    for start in range(0, len(ids), 500):
        stmt = _resolved(ctx, select(Request.id, Request.resolved_day), p.first, p.last)
        rows = ctx.session.execute(stmt.where(Request.id.in_(ids[start : start + 500])))
        resolved.update((i, d) for i, d in rows)
    held = 0
    since_day: dict[Any, date] = {}
    for case_id, _seq, action, day in steps:
        done = resolved.get(case_id)
        if done is None or day > done:
            continue
        if action == Action.HOLD.value:
            since_day[case_id] = day
        elif case_id in since_day:
            held += ctx.calendar.count(since_day.pop(case_id), day)
    return held


def _resolution_figures(ctx: Context, p: Period) -> dict[str, Any]:
    """Resolved, on time and late, and the average working days to resolve (acceptance to
    first resolution, less the working days on hold): counted in SQL by the pair of days, so
    Python counts working days once per pair, not once per case."""
    stmt = _resolved(
        ctx,
        select(
            Request.accepted_day,
            Request.resolved_day,
            func.count(),
            func.sum(case((Request.resolved_on_time.is_(True), 1), else_=0)),
        ),
        p.first,
        p.last,
    ).group_by(Request.accepted_day, Request.resolved_day)
    resolved = on_time = total = 0
    since = p.first
    for accepted, done, n, in_time in ctx.session.execute(stmt):
        resolved += int(n)
        on_time += int(in_time or 0)
        total += ctx.calendar.count(accepted, done) * int(n)
        since = min(since, accepted)
    if resolved:
        total -= _held_days(ctx, p, since)
    return {
        "resolved": resolved,
        "on_time": on_time,
        "late": resolved - on_time,
        "on_time_share": share(on_time, resolved),
        "days": round(total / resolved, 1) if resolved else None,
    }


def _overdue(ctx: Context, p: Period) -> int:
    stmt = (
        select(func.count())
        .select_from(Request)
        .where(
            in_days(Request.accepted_day, p),
            Request.status.in_([s.value for s in WORKING]),
            Request.deadline < ctx.today,
        )
    )
    return int(ctx.session.scalar(ctx.scoped(stmt, Request.station_id, grid=Request.grid_id)) or 0)


def _callbacks(ctx: Context, p: Period) -> dict[str, Any]:
    e = RequestEvent
    stmt = (
        select(
            func.count(),
            func.sum(case((e.rating >= SATISFIED, 1), else_=0)),
            func.sum(case((e.rating <= LOW_RATING, 1), else_=0)),
        )
        .select_from(e)
        .where(e.action == Action.CALLBACK.value, e.rating.is_not(None), in_days(e.day, p))
    )
    rated, satisfied, low = ctx.session.execute(_events_in_scope(ctx, stmt)).one()
    rated, satisfied, low = int(rated or 0), int(satisfied or 0), int(low or 0)
    return {"rated": rated, "satisfied": share(satisfied, rated), "low": low}


def _escalations(ctx: Context, p: Period) -> dict[str, int]:
    e = RequestEvent
    escalated = (e.action == Action.ESCALATE.value) | (
        (e.action == Action.CALLBACK.value) & e.handler_kind.in_(ESCALATION_KINDS)
    )
    whistle = (e.action == Action.DISPATCH.value) & (e.handler_kind == WHISTLE)
    steps = (Action.ESCALATE.value, Action.CALLBACK.value, Action.DISPATCH.value)
    stmt = (
        select(e.handler_kind, func.count())
        .where(e.action.in_(steps), in_days(e.day, p), escalated | whistle)
        .group_by(e.handler_kind)
    )
    rows = ctx.session.execute(_events_in_scope(ctx, stmt)).all()
    counts = {k: int(n) for k, n in rows}
    return {k: counts.get(k, 0) for k in (*ESCALATION_KINDS, WHISTLE)}


def _repeats(ctx: Context, p: Period) -> dict[str, int]:
    base = ctx.scoped(
        select(Request.resident_id, func.count().label("n"))
        .where(in_days(Request.accepted_day, p), Request.resident_id.is_not(None))
        .group_by(Request.resident_id)
        .having(func.count() >= 2),
        Request.station_id,
        grid=Request.grid_id,
    ).subquery()
    people, cases = ctx.session.execute(select(func.count(), func.sum(base.c.n))).one()
    by_home = ctx.scoped(
        select(Resident.household_id, func.count().label("n"))
        .select_from(Request)
        .join(Resident, Resident.id == Request.resident_id)
        .where(in_days(Request.accepted_day, p), Resident.household_id.is_not(None))
        .group_by(Resident.household_id)
        .having(func.count() >= 2),
        Request.station_id,
        grid=Request.grid_id,
    ).subquery()
    homes, home_cases = ctx.session.execute(select(func.count(), func.sum(by_home.c.n))).one()
    return {
        "residents": int(people or 0),
        "resident_cases": int(cases or 0),
        "households": int(homes or 0),
        "household_cases": int(home_cases or 0),
    }


def _wishes(ctx: Context, p: Period) -> dict[str, int]:
    def count(*where: Any) -> int:
        stmt = select(func.count()).select_from(Wish).where(*where)
        stmt = ctx.scoped(stmt, Wish.station_id, resident=Wish.resident_id)
        return int(ctx.session.scalar(stmt) or 0)

    return {
        "published": count(in_moments(Wish.created_at, p)),
        "claimed": count(in_moments(Wish.created_at, p), Wish.status.in_(("claimed", "fulfilled"))),
        "lit": count(in_days(Wish.fulfilled_day, p)),
    }


def _breakdown(ctx: Context, p: Period, column: Any, *joins: Any) -> dict[Any, int]:
    stmt = select(column, func.count()).select_from(Request)
    for target, on in joins:
        stmt = stmt.outerjoin(target, on)
    stmt = stmt.where(in_days(Request.accepted_day, p)).group_by(column)
    rows = ctx.session.execute(ctx.scoped(stmt, Request.station_id, grid=Request.grid_id)).all()
    return {k: int(n) for k, n in rows}


def _table(
    key: str,
    label: str,
    now: dict[Any, int],
    before: dict[Any, int],
    name: Any = str,
    drill: Any = None,
    chart: str = "bars",
    vocabulary: str = "",
) -> Table:
    keys = sorted(set(now) | set(before), key=lambda k: (-now.get(k, 0), -before.get(k, 0), str(k)))
    rows = tuple(
        Row(name(k), now.get(k, 0), before.get(k, 0), drill=drill(k) if drill else None)
        for k in keys
    )
    return Table(key, label, rows, chart=chart, vocabulary=vocabulary)


def section(ctx: Context) -> Section:
    s = ctx.session
    p, q = ctx.period, ctx.compared
    days = (("day_from", p.first.isoformat()), ("day_to", p.last.isoformat()))

    def drill(*pairs: tuple[str, str]) -> Drill:
        return Drill("requests", (*days, *pairs))

    accepted = [int(s.scalar(_accepted(ctx, x)) or 0) for x in (p, q)]
    res = [_resolution_figures(ctx, x) for x in (p, q)]
    overdue = [_overdue(ctx, x) for x in (p, q)]
    calls = [_callbacks(ctx, x) for x in (p, q)]
    esc = [_escalations(ctx, x) for x in (p, q)]
    rep = [_repeats(ctx, x) for x in (p, q)]
    wishes = [_wishes(ctx, x) for x in (p, q)]

    def fig(
        key: str, label: str, pair: list[Any], unit: str = "", d: Drill | None = None
    ) -> Figure:
        return Figure(key, label, pair[0], pair[1], unit, d)

    figures = (
        fig("accepted", QT_TRANSLATE_NOOP("reports", "Requests accepted"), accepted, d=drill()),
        fig("resolved", QT_TRANSLATE_NOOP("reports", "Resolved"), [r["resolved"] for r in res]),
        fig(
            "on_time",
            QT_TRANSLATE_NOOP("reports", "Resolved on time"),
            [r["on_time_share"] for r in res],
            "%",
        ),
        fig("late", QT_TRANSLATE_NOOP("reports", "Resolved late"), [r["late"] for r in res]),
        fig(
            "days",
            QT_TRANSLATE_NOOP("reports", "Working days to resolve (average)"),
            [r["days"] for r in res],
            "d",
        ),
        fig(
            "overdue",
            QT_TRANSLATE_NOOP("reports", "Overdue, still open"),
            overdue,
            d=drill(("view", "due")),
        ),
        fig("rated", QT_TRANSLATE_NOOP("reports", "Call-backs rated"), [c["rated"] for c in calls]),
        fig(
            "satisfied",
            QT_TRANSLATE_NOOP("reports", "Satisfaction (满意率)"),
            [c["satisfied"] for c in calls],
            "%",
        ),
        fig("low", QT_TRANSLATE_NOOP("reports", "Low ratings"), [c["low"] for c in calls]),
        fig(
            "escalations",
            QT_TRANSLATE_NOOP("reports", "Escalations"),
            [e["escalation"] + e["secretary"] for e in esc],
        ),
        fig(
            "whistles",
            QT_TRANSLATE_NOOP("reports", "Dispatched to departments (吹哨报到)"),
            [e[WHISTLE] for e in esc],
        ),
        fig(
            "repeat_residents",
            QT_TRANSLATE_NOOP("reports", "Residents with repeat cases"),
            [r["residents"] for r in rep],
        ),
        fig(
            "repeat_cases",
            QT_TRANSLATE_NOOP("reports", "Repeat cases (same resident)"),
            [r["resident_cases"] for r in rep],
        ),
        fig(
            "repeat_households",
            QT_TRANSLATE_NOOP("reports", "Addresses with repeat cases"),
            [r["households"] for r in rep],
        ),
        fig(
            "repeat_household_cases",
            QT_TRANSLATE_NOOP("reports", "Repeat cases (same address)"),
            [r["household_cases"] for r in rep],
        ),
        fig(
            "wishes_published",
            QT_TRANSLATE_NOOP("reports", "Wishes published"),
            [w["published"] for w in wishes],
        ),
        fig(
            "wishes_claimed",
            QT_TRANSLATE_NOOP("reports", "Wishes claimed"),
            [w["claimed"] for w in wishes],
        ),
        fig(
            "wishes_lit",
            QT_TRANSLATE_NOOP("reports", "Wishes lit (点亮)"),
            [w["lit"] for w in wishes],
        ),
    )

    cat = [
        _breakdown(
            ctx,
            x,
            RequestCategory.name,
            (RequestCategory, RequestCategory.id == Request.category_id),
        )
        for x in (p, q)
    ]
    cat_ids: dict[str, Any] = {
        k: v for k, v in s.execute(select(RequestCategory.name, RequestCategory.id))
    }
    grids = [_breakdown(ctx, x, Grid.name, (Grid, Grid.id == Request.grid_id)) for x in (p, q)]
    grid_ids: dict[str, Any] = {k: v for k, v in s.execute(select(Grid.name, Grid.id))}
    channels = [_breakdown(ctx, x, Request.channel) for x in (p, q)]
    handlers = [_breakdown(ctx, x, Request.handler_name) for x in (p, q)]
    tables = (
        _table(
            "by_category",
            QT_TRANSLATE_NOOP("reports", "Requests by category"),
            cat[0],
            cat[1],
            drill=lambda k: drill(("category_id", str(cat_ids[k]))) if k in cat_ids else None,
            chart="pie",
        ),
        _table(
            "by_grid",
            QT_TRANSLATE_NOOP("reports", "Requests by grid"),
            grids[0],
            grids[1],
            name=lambda k: k or "—",
            drill=lambda k: drill(("grid_id", str(grid_ids[k]))) if k in grid_ids else None,
        ),
        _table(
            "by_channel",
            QT_TRANSLATE_NOOP("reports", "Requests by channel"),
            channels[0],
            channels[1],
            chart="pie",
            vocabulary="channel",
        ),
        _table(
            "by_handler",
            QT_TRANSLATE_NOOP("reports", "Requests by handler"),
            handlers[0],
            handlers[1],
            name=lambda k: k or "—",
            drill=lambda k: drill(("handler", k)) if k else None,
        ),
        _table(
            "escalations",
            QT_TRANSLATE_NOOP("reports", "Escalations and dispatches"),
            esc[0],
            esc[1],
            chart="none",
            vocabulary="handler_kind",
        ),
    )

    buckets = p.trend()
    first, last = buckets[0].first, buckets[-1].last
    accepted_days = s.execute(
        ctx.scoped(
            select(Request.accepted_day, func.count())
            .where(Request.accepted_day.between(first, last))
            .group_by(Request.accepted_day),
            Request.station_id,
            grid=Request.grid_id,
        )
    ).all()
    resolved_days = _resolutions_by_day(ctx, first, last)
    series = (
        Series(
            "trend",
            QT_TRANSLATE_NOOP("reports", "Requests accepted and resolved"),
            tuple(b.label for b in buckets),
            (
                (
                    QT_TRANSLATE_NOOP("reports", "Accepted"),
                    bucket_counts(((d, n) for d, n in accepted_days), buckets),
                ),
                (
                    QT_TRANSLATE_NOOP("reports", "Resolved"),
                    bucket_counts(resolved_days, buckets),
                ),
            ),
        ),
    )
    return Section("requests", QT_TRANSLATE_NOOP("reports", "Requests"), figures, tables, series)
