"""Working days (工作日) for request deadlines (限时办结).

China's statutory holidays and make-up workdays (调休) come from chinese-calendar for the years
it knows; it stops at the end of 2026. For later years the admin keeps a small table of
holidays and make-up workdays (``CalendarDay``); an entry there also overrides
chinese-calendar. A year with neither falls back to "Monday to Friday", and
:meth:`WorkCalendar.unknown_years` names it so the page and ``gridesk check`` can warn.

Counting convention: ``count(a, b)`` is the number of working days in ``(a, b]`` (negative when
``b < a``), and ``add(a, n)`` is the day ``d`` with ``count(a, d) == n`` that is a working day
(``a`` itself for ``n == 0``). So a case accepted on Friday with one working day is due Monday.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridesk.core.requests.models import CalendarDay

ONE_DAY = timedelta(days=1)


@lru_cache(maxsize=1)
def _known_years() -> frozenset[int]:
    import chinese_calendar

    years = {d.year for d in chinese_calendar.holidays} | {
        d.year for d in chinese_calendar.workdays
    }
    return frozenset(years)


@lru_cache(maxsize=4096)
def _statutory_workday(day: date) -> bool:
    import chinese_calendar

    return bool(chinese_calendar.is_workday(day))


@dataclass(frozen=True)
class WorkCalendar:
    """Which days are working days: the admin's entries, then chinese-calendar, then weekdays."""

    overrides: Mapping[date, bool] = field(default_factory=dict)

    def is_workday(self, day: date) -> bool:
        entry = self.overrides.get(day)
        if entry is not None:
            return entry
        if day.year in _known_years():
            return _statutory_workday(day)
        return day.weekday() < 5

    def knows(self, year: int) -> bool:
        """True when holidays of ``year`` are known (chinese-calendar or the admin's table)."""
        return year in _known_years() or any(d.year == year for d in self.overrides)

    def unknown_years(self, years: Iterable[int]) -> list[int]:
        return sorted({y for y in years if not self.knows(y)})

    def count(self, start: date, end: date) -> int:
        """Working days in ``(start, end]``; negative when ``end`` is before ``start``."""
        if end == start:
            return 0
        sign = 1 if end > start else -1
        low, high = (start, end) if sign > 0 else (end, start)
        n = 0
        day = low + ONE_DAY
        while day <= high:
            n += self.is_workday(day)
            day += ONE_DAY
        return sign * n

    def add(self, start: date, n: int) -> date:
        """The working day ``n`` working days after ``start`` (before it when ``n < 0``)."""
        if n == 0:
            return start
        if n > 0:
            day, left = start, n
            while left:
                day += ONE_DAY
                left -= self.is_workday(day)
            return day
        # going back: the earliest d with count(start, d) == n; d need not be a working day
        # itself for count's half-open interval, so step back to the day after the n-th one
        day, left = start, -n
        while True:
            if self.is_workday(day):
                left -= 1
                if left == 0:
                    break
            day -= ONE_DAY
        # count(start, d) for d < start counts (d, start]: working days strictly after d
        day -= ONE_DAY
        while not self.is_workday(day):
            day -= ONE_DAY
        return day


def load_calendar(session: Session) -> WorkCalendar:
    rows = session.execute(select(CalendarDay.day, CalendarDay.workday)).all()
    return WorkCalendar({r.day: bool(r.workday) for r in rows})
