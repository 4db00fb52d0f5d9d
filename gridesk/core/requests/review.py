"""民情周会审: the week's cases for the weekly meeting, by category, grid and status, overdue
ones first, with the residents' satisfaction."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from gridesk import clock
from gridesk.core.actor import Actor, Permission
from gridesk.core.requests.cases import CaseFilter, CaseRow, list_cases
from gridesk.core.requests.machine import WORKING
from gridesk.core.store import Store

SATISFIED = 4  # a rating of 4 or 5 counts as satisfied


@dataclass(frozen=True)
class Review:
    first_day: date
    last_day: date
    today: date
    cases: tuple[CaseRow, ...]
    """Overdue first (most overdue at the top), then by deadline."""
    by_category: tuple[tuple[str, int], ...]
    by_grid: tuple[tuple[str, int], ...]
    by_status: tuple[tuple[str, int], ...]
    overdue: int
    rated: int
    average_rating: float | None
    satisfied_share: float | None

    def is_overdue(self, row: CaseRow) -> bool:
        return row.status in WORKING and row.deadline is not None and row.deadline < self.today


def week_of(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def weekly_review(
    store: Store,
    actor: Actor,
    first_day: date,
    last_day: date | None = None,
    today: date | None = None,
) -> Review:
    actor.require(Permission.REQUESTS_VIEW)
    last_day = last_day or first_day + timedelta(days=6)
    today = today or clock.today()
    f = CaseFilter(view="all", day_from=first_day, day_to=last_day, sort="deadline")
    rows: list[CaseRow] = []
    while True:
        page = list_cases(store, actor, f, len(rows), 1000, today)
        rows += page
        if len(page) < 1000:
            break

    def overdue(r: CaseRow) -> bool:
        return r.status in WORKING and r.deadline is not None and r.deadline < today

    rows.sort(key=lambda r: (not overdue(r), r.deadline or date.max, r.number))
    ratings = [r.rating for r in rows if r.rating]
    return Review(
        first_day=first_day,
        last_day=last_day,
        today=today,
        cases=tuple(rows),
        by_category=tuple(Counter(r.category for r in rows).most_common()),
        by_grid=tuple(Counter(r.grid_name or "—" for r in rows).most_common()),
        by_status=tuple(Counter(r.status for r in rows).most_common()),
        overdue=sum(overdue(r) for r in rows),
        rated=len(ratings),
        average_rating=sum(ratings) / len(ratings) if ratings else None,
        satisfied_share=sum(r >= SATISFIED for r in ratings) / len(ratings) if ratings else None,
    )
