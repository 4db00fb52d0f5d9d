"""What a report covers: a period of local days (week, month, quarter, year or any range), the
period it is compared with, and a scope (the whole centre, one station or one grid).

Days are the desk's calendar days (``gridesk.clock``'s zone); records that store a moment
(UTC) are counted by the local day they fall on, through :meth:`Period.utc_bounds`.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from gridesk.errors import QT_TRANSLATE_NOOP, ValidationError

KINDS = ("week", "month", "quarter", "year", "range")
COMPARE = ("previous", "year_ago")
"""What a period is compared with: the period before it (环比) or a year earlier (同比)."""

ONE_DAY = timedelta(days=1)


def local_midnight(day: date) -> datetime:
    """The start of a local calendar day, as an aware UTC moment."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def _month_start(year: int, month: int) -> date:
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return date(year, month, 1)


def _month_last(year: int, month: int) -> date:
    return _month_start(year, month + 1) - ONE_DAY


@dataclass(frozen=True)
class Bucket:
    """One point of a trend: a label and its first and last day."""

    label: str
    first: date
    last: date


@dataclass(frozen=True)
class Period:
    kind: str
    first: date
    last: date

    @classmethod
    def week(cls, day: date) -> Period:
        monday = day - timedelta(days=day.weekday())
        return cls("week", monday, monday + timedelta(days=6))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls("month", _month_start(year, month), _month_last(year, month))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        first = _month_start(year, 3 * (quarter - 1) + 1)
        return cls("quarter", first, _month_last(first.year, first.month + 2))

    @classmethod
    def year(cls, year: int) -> Period:
        return cls("year", date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def range(cls, first: date, last: date) -> Period:
        if last < first:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The period ends before it begins."), field="period"
            )
        return cls("range", first, last)

    @classmethod
    def of_kind(cls, kind: str, day: date) -> Period:
        """The period of ``kind`` that holds ``day`` (a range: that one day)."""
        if kind == "week":
            return cls.week(day)
        if kind == "month":
            return cls.month(day.year, day.month)
        if kind == "quarter":
            return cls.quarter(day.year, (day.month - 1) // 3 + 1)
        if kind == "year":
            return cls.year(day.year)
        return cls.range(day, day)

    @classmethod
    def parse(cls, text: str) -> Period:
        """``2026-11`` (a month), ``2026-Q4``, ``2026``, ``2026-W47`` (ISO week) or
        ``2026-11-01..2026-11-15``."""
        value = text.strip().upper()
        try:
            if m := re.fullmatch(r"(\d{4})-(\d{1,2})", value):
                if 1 <= int(m[2]) <= 12:
                    return cls.month(int(m[1]), int(m[2]))
            elif m := re.fullmatch(r"(\d{4})-?Q([1-4])", value):
                return cls.quarter(int(m[1]), int(m[2]))
            elif m := re.fullmatch(r"(\d{4})", value):
                return cls.year(int(m[1]))
            elif m := re.fullmatch(r"(\d{4})-?W(\d{1,2})", value):
                return cls.week(date.fromisocalendar(int(m[1]), int(m[2]), 1))
            elif m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})", value):
                return cls.range(date.fromisoformat(m[1]), date.fromisoformat(m[2]))
        except ValueError:
            pass
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Give the period as a month (2026-11), quarter (2026-Q4), year (2026), "
                "week (2026-W47) or days (2026-11-01..2026-11-15).",
            ),
            field="period",
        )

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def text(self) -> str:
        """The period as :meth:`parse` reads it."""
        if self.kind == "month":
            return f"{self.first:%Y-%m}"
        if self.kind == "quarter":
            return f"{self.first.year}-Q{(self.first.month - 1) // 3 + 1}"
        if self.kind == "year":
            return str(self.first.year)
        if self.kind == "week":
            iso = self.first.isocalendar()
            return f"{iso.year}-W{iso.week:02d}"
        return f"{self.first.isoformat()}..{self.last.isoformat()}"

    def shifted(self, steps: int) -> Period:
        """The period ``steps`` of its own kind later (earlier when negative)."""
        if self.kind == "week":
            return Period.week(self.first + timedelta(days=7 * steps))
        if self.kind == "month":
            return Period.month(self.first.year, self.first.month + steps)
        if self.kind == "quarter":
            first = _month_start(self.first.year, self.first.month + 3 * steps)
            return Period.quarter(first.year, (first.month - 1) // 3 + 1)
        if self.kind == "year":
            return Period.year(self.first.year + steps)
        return Period(
            "range",
            self.first + steps * self.days * ONE_DAY,
            self.last + steps * self.days * ONE_DAY,
        )

    def year_ago(self) -> Period:
        if self.kind == "week":
            return Period.week(self.first - timedelta(days=364))
        if self.kind in ("month", "quarter", "year"):
            return Period(
                self.kind,
                _month_start(self.first.year - 1, self.first.month),
                _month_last(self.last.year - 1, self.last.month),
            )
        try:
            return Period(
                "range",
                self.first.replace(year=self.first.year - 1),
                self.last.replace(year=self.last.year - 1),
            )
        except ValueError:  # 29 February
            return Period(
                "range", self.first - timedelta(days=365), self.last - timedelta(days=365)
            )

    def compared(self, compare: str) -> Period:
        return self.year_ago() if compare == "year_ago" else self.shifted(-1)

    def utc_bounds(self) -> tuple[datetime, datetime]:
        """The period as a half-open UTC interval of moments."""
        return local_midnight(self.first), local_midnight(self.last + ONE_DAY)

    def trend(self) -> list[Bucket]:
        """The buckets of its trend chart: the 12 weeks ending with a week, the 12 months
        ending with a month or quarter, the months of a year; a range by day (up to 31 days),
        by week (up to 26 weeks) or by month."""
        if self.kind == "week":
            return _weeks(self.first - timedelta(weeks=11), self.last)
        if self.kind in ("month", "quarter"):
            start = _month_start(self.last.year, self.last.month - 11)
            return _months(start, self.last)
        if self.kind == "year":
            return _months(self.first, self.last)
        if self.days <= 31:
            return [Bucket(f"{d:%m-%d}", d, d) for d in _each_day(self.first, self.last)]
        if self.days <= 26 * 7:
            return _weeks(self.first, self.last)
        return _months(self.first, self.last)


def _each_day(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _weeks(first: date, last: date) -> list[Bucket]:
    out = []
    monday = first - timedelta(days=first.weekday())
    while monday <= last:
        start, end = max(monday, first), min(monday + timedelta(days=6), last)
        out.append(Bucket(f"{start:%m-%d}", start, end))
        monday += timedelta(days=7)
    return out


def _months(first: date, last: date) -> list[Bucket]:
    out = []
    start = first.replace(day=1)
    while start <= last:
        end = _month_last(start.year, start.month)
        out.append(Bucket(f"{start:%Y-%m}", max(start, first), min(end, last)))
        start = end + ONE_DAY
    return out


@dataclass(frozen=True)
class Scope:
    """The whole centre (every station's records), one station's, or one grid's."""

    kind: str = "centre"  # centre | station | grid
    id: uuid.UUID | None = None
    name: str = ""
