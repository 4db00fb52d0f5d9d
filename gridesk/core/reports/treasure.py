"""The treasure-box section.

- *loans* lent in the period; *returns* taken back in it; *overdue*: loans due in the period
  that came back after their due day, or have not come back and are past it;
- *items most used*: loans in the period by item;
- *room occupancy*: minutes booked (confirmed or checked in) inside a room's opening hours,
  against its open minutes over the period's days, by room and by hour of the day, and for
  all rooms by weekday and hour; *no-shows*: bookings in the period marked so.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from gridesk.core.reports.context import Context, bucket_of_moment, in_moments, share, trend_bounds
from gridesk.core.reports.period import ONE_DAY, Period
from gridesk.core.reports.results import Drill, Figure, Heatmap, Row, Section, Series, Table
from gridesk.core.treasure.models import CHECKED_IN, CONFIRMED, NO_SHOW, Booking, Item, Loan, Room
from gridesk.errors import QT_TRANSLATE_NOOP

TOP = 10
BOOKED = (CONFIRMED, CHECKED_IN)


def _count(ctx: Context, column: Any, p: Period, *where: Any) -> int:
    stmt = select(func.count()).select_from(Loan).where(in_moments(column, p), *where)
    stmt = ctx.scoped(stmt, Loan.station_id, resident=Loan.resident_id)
    return int(ctx.session.scalar(stmt) or 0)


def _overdue(ctx: Context, p: Period) -> int:
    stmt = ctx.scoped(
        select(Loan.due_on, Loan.returned_at).where(Loan.due_on.between(p.first, p.last)),
        Loan.station_id,
        resident=Loan.resident_id,
    )
    n = 0
    for due_on, returned_at in ctx.session.execute(stmt).all():
        if returned_at is None:
            n += due_on < ctx.today
        else:
            n += returned_at.astimezone().date() > due_on
    return n


def _items(ctx: Context, p: Period) -> dict[str, int]:
    stmt = ctx.scoped(
        select(Item.name, func.count())
        .select_from(Loan)
        .join(Item, Item.id == Loan.item_id)
        .where(in_moments(Loan.lent_at, p))
        .group_by(Item.name),
        Loan.station_id,
        resident=Loan.resident_id,
    )
    return {k: int(n) for k, n in ctx.session.execute(stmt).all()}


def _no_shows(ctx: Context, p: Period) -> int:
    stmt = (
        select(func.count())
        .select_from(Booking)
        .where(Booking.status == NO_SHOW, in_moments(Booking.starts_at, p))
    )
    stmt = ctx.scoped(stmt, Booking.station_id, resident=Booking.resident_id)
    return int(ctx.session.scalar(stmt) or 0)


def _occupancy(ctx: Context, p: Period) -> dict[str, Any]:
    """Booked and open minutes by room and local hour, and by weekday and hour."""
    rooms = ctx.session.execute(
        ctx.scoped(
            select(Room.id, Room.name, Room.opens_at, Room.closes_at)
            .where(Room.archived.is_(False))
            .order_by(Room.sort_order, Room.name),
            Room.station_id,
        )
    ).all()
    start, end = p.utc_bounds()
    bookings = ctx.session.execute(
        ctx.scoped(
            select(Booking.room_id, Booking.starts_at, Booking.ends_at).where(
                Booking.status.in_(BOOKED), Booking.starts_at < end, Booking.ends_at > start
            ),
            Booking.station_id,
            resident=Booking.resident_id,
        )
    ).all()
    hours = {r.id: (r.opens_at, r.closes_at) for r in rooms}
    open_min: dict[Any, list[int]] = {r.id: [0] * 24 for r in rooms}
    weekday_open = [[0] * 24 for _ in range(7)]
    day = p.first
    while day <= p.last:
        for room_id, (opens, closes) in hours.items():
            for h in range(24):
                minutes = max(0, min(closes, 60 * h + 60) - max(opens, 60 * h))
                open_min[room_id][h] += minutes
                weekday_open[day.weekday()][h] += minutes
        day += ONE_DAY
    booked: dict[Any, list[int]] = {r.id: [0] * 24 for r in rooms}
    weekday_booked = [[0] * 24 for _ in range(7)]
    for room_id, starts, ends in bookings:
        if room_id not in hours:
            continue
        opens, closes = hours[room_id]
        for local_day, lo, hi in _local_pieces(starts, ends, start, end):
            lo, hi = max(lo, opens), min(hi, closes)
            for h in range(lo // 60, (hi + 59) // 60):
                minutes = max(0, min(hi, 60 * h + 60) - max(lo, 60 * h))
                booked[room_id][h] += minutes
                weekday_booked[local_day.weekday()][h] += minutes
    return {
        "rooms": rooms,
        "open": open_min,
        "booked": booked,
        "weekday_open": weekday_open,
        "weekday_booked": weekday_booked,
        "share": share(sum(map(sum, booked.values())), sum(map(sum, open_min.values()))),
    }


def _local_pieces(starts: datetime, ends: datetime, lo: datetime, hi: datetime) -> list[Any]:
    """A booking cut to the period and into local days: (day, from minute, to minute)."""
    a, b = max(starts, lo).astimezone(), min(ends, hi).astimezone()
    out = []
    while a < b:
        midnight = datetime.combine(a.date() + ONE_DAY, datetime.min.time()).astimezone()
        piece_end = min(b, midnight)
        from_minute = a.hour * 60 + a.minute
        to_minute = from_minute + int((piece_end - a) / timedelta(minutes=1))
        out.append((a.date(), from_minute, min(to_minute, 24 * 60)))
        a = piece_end
    return out


def _hour_columns(rooms: Any) -> list[int]:
    opens = min((r.opens_at for r in rooms), default=8 * 60)
    closes = max((r.closes_at for r in rooms), default=21 * 60)
    return list(range(opens // 60, (closes + 59) // 60))


def section(ctx: Context) -> Section:
    p, q = ctx.period, ctx.compared
    loans = [_count(ctx, Loan.lent_at, x) for x in (p, q)]
    returns = [_count(ctx, Loan.returned_at, x) for x in (p, q)]
    overdue = [_overdue(ctx, x) for x in (p, q)]
    no_shows = [_no_shows(ctx, x) for x in (p, q)]
    occ = [_occupancy(ctx, x) for x in (p, q)]
    drill = Drill("treasure", (("day_from", p.first.isoformat()), ("day_to", p.last.isoformat())))
    figures = (
        Figure("loans", QT_TRANSLATE_NOOP("reports", "Loans"), loans[0], loans[1], drill=drill),
        Figure("returns", QT_TRANSLATE_NOOP("reports", "Returns"), returns[0], returns[1]),
        Figure("overdue", QT_TRANSLATE_NOOP("reports", "Loans overdue"), overdue[0], overdue[1]),
        Figure(
            "occupancy",
            QT_TRANSLATE_NOOP("reports", "Room occupancy"),
            occ[0]["share"],
            occ[1]["share"],
            "%",
        ),
        Figure(
            "no_shows",
            QT_TRANSLATE_NOOP("reports", "Bookings not taken up (no-shows)"),
            no_shows[0],
            no_shows[1],
        ),
    )
    items = [_items(ctx, x) for x in (p, q)]
    top = sorted(items[0], key=lambda k: (-items[0][k], k))[:TOP]
    now = occ[0]
    before = {
        r.name: share(sum(occ[1]["booked"][r.id]), sum(occ[1]["open"][r.id]))
        for r in occ[1]["rooms"]
    }
    tables = (
        Table(
            "items",
            QT_TRANSLATE_NOOP("reports", "Items most used"),
            tuple(Row(k, items[0][k], items[1].get(k, 0)) for k in top),
        ),
        Table(
            "rooms",
            QT_TRANSLATE_NOOP("reports", "Room occupancy by room"),
            tuple(
                Row(
                    r.name,
                    share(sum(now["booked"][r.id]), sum(now["open"][r.id])),
                    before.get(r.name),
                )
                for r in now["rooms"]
            ),
            unit="%",
        ),
    )
    columns = _hour_columns(now["rooms"])
    heatmaps = (
        Heatmap(
            "rooms_by_hour",
            QT_TRANSLATE_NOOP("reports", "Room occupancy by hour"),
            tuple(r.name for r in now["rooms"]),
            tuple(f"{h:02d}" for h in columns),
            tuple(
                tuple(
                    share(now["booked"][r.id][h], now["open"][r.id][h])
                    if now["open"][r.id][h]
                    else None
                    for h in columns
                )
                for r in now["rooms"]
            ),
        ),
        Heatmap(
            "week_by_hour",
            QT_TRANSLATE_NOOP("reports", "Room occupancy by weekday and hour"),
            tuple(str(d) for d in range(1, 8)),
            tuple(f"{h:02d}" for h in columns),
            tuple(
                tuple(
                    share(now["weekday_booked"][d][h], now["weekday_open"][d][h])
                    if now["weekday_open"][d][h]
                    else None
                    for h in columns
                )
                for d in range(7)
            ),
            vocabulary="weekday",
        ),
    )
    buckets = p.trend()
    start, end = trend_bounds(buckets)
    which = bucket_of_moment(Loan.lent_at, buckets)
    counts: Counter[int] = Counter()
    for i, n in ctx.session.execute(
        ctx.scoped(
            select(which, func.count())
            .where(Loan.lent_at >= start, Loan.lent_at < end)
            .group_by(which),
            Loan.station_id,
            resident=Loan.resident_id,
        )
    ).all():
        counts[int(i)] += int(n)
    series = (
        Series(
            "trend",
            QT_TRANSLATE_NOOP("reports", "Loans"),
            tuple(b.label for b in buckets),
            (
                (
                    QT_TRANSLATE_NOOP("reports", "Loans"),
                    tuple(float(counts[i]) for i in range(len(buckets))),
                ),
            ),
        ),
    )
    return Section(
        "treasure", QT_TRANSLATE_NOOP("reports", "Treasure box"), figures, tables, series, heatmaps
    )
