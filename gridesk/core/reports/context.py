"""What every section of a report reads with: the session, the period and the one it is
compared with, the scope, today and the working-day calendar; and the scope as SQL."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import Select, case, select
from sqlalchemy.orm import Session

from gridesk.core.models import Household, Resident
from gridesk.core.reports.period import ONE_DAY, Bucket, Period, Scope, local_midnight
from gridesk.core.requests.workdays import WorkCalendar

T = TypeVar("T")


@dataclass(frozen=True)
class Context:
    session: Session
    period: Period
    compared: Period
    scope: Scope
    today: date
    calendar: WorkCalendar

    def both(self, work: Callable[[Period], T]) -> tuple[T, T]:
        """``work`` for this period and for the compared one."""
        return work(self.period), work(self.compared)

    def scoped(
        self,
        stmt: Select[Any],
        station: Any,
        resident: Any = None,
        grid: Any = None,
        household: Any = None,
    ) -> Select[Any]:
        """``stmt`` narrowed to the scope: a station by the rows' station; a grid by the
        rows' own grid column, else their resident's (or household's) grid. Rows with
        neither stay in a grid's report (rooms and products belong to no grid)."""
        kind, ident = self.scope.kind, self.scope.id
        if kind == "station" and ident is not None:
            return stmt.where(station == ident)
        if kind == "grid" and ident is not None:
            if grid is not None:
                return stmt.where(grid == ident)
            if resident is not None:
                return stmt.where(
                    resident.in_(select(Resident.id).where(Resident.grid_id == ident))
                )
            if household is not None:
                return stmt.where(
                    household.in_(select(Household.id).where(Household.grid_id == ident))
                )
        return stmt

    @property
    def by_grid(self) -> bool:
        return self.scope.kind == "grid" and self.scope.id is not None


def in_days(column: Any, period: Period) -> Any:
    """A Date column within the period's days."""
    return column.between(period.first, period.last)


def in_moments(column: Any, period: Period) -> Any:
    """A UTC moment column within the period's local days."""
    start, end = period.utc_bounds()
    return (column >= start) & (column < end)


def bucket_of_moment(column: Any, buckets: list[Bucket]) -> Any:
    """A CASE giving the index of the trend bucket a UTC moment falls in (plain SQL: the
    buckets' local midnights as bounds, so no date function of any database is needed)."""
    whens = [(column < local_midnight(b.last + ONE_DAY), i) for i, b in enumerate(buckets)]
    return case(*whens, else_=len(buckets))


def bucket_counts(pairs: Iterable[tuple[date, float]], buckets: list[Bucket]) -> tuple[float, ...]:
    """Values per day summed into their buckets."""
    firsts = [b.first for b in buckets]
    out = [0.0] * len(buckets)
    for day, value in pairs:
        i = bisect.bisect_right(firsts, day) - 1
        if 0 <= i < len(buckets) and day <= buckets[i].last:
            out[i] += float(value or 0)
    return tuple(out)


def trend_bounds(buckets: list[Bucket]) -> tuple[datetime, datetime]:
    return local_midnight(buckets[0].first), local_midnight(buckets[-1].last + ONE_DAY)


def share(part: float | None, whole: float | None) -> float | None:
    """``part`` as a percentage of ``whole`` (None when there is no whole)."""
    if part is None or not whole:
        return None
    return round(100.0 * part / whole, 1)
