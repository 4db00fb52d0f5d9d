"""The roster's arithmetic, kept free of the database so it can be tested on random schedules.

- Two shifts of one person must not overlap (half-open intervals: one ending at 10:00 and one
  starting at 10:00 do not overlap).
- Shifts are *consecutive* when the next starts less than :data:`REST_GAP` after the previous
  ends; a run of consecutive shifts may be at most the admin's cap long.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

REST_GAP = timedelta(minutes=30)
"""A break shorter than this is no rest: the shifts either side count as consecutive."""
CAP_SETTING = "volunteers.max_consecutive_shifts"
DEFAULT_CAP = 2
EARLY_CHECK_IN = timedelta(minutes=60)
"""How long before its start a shift or activity accepts a check-in."""
LATE_CHECK_IN = timedelta(minutes=30)
"""How long after its end a shift or activity still takes a check-in without a reason."""

Interval = tuple[datetime, datetime]


def overlaps(a: Interval, b: Interval) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def run_containing(intervals: Iterable[Interval], new: Interval) -> int:
    """How many shifts the consecutive run that ``new`` belongs to would have (``new``
    included), given the person's other, non-overlapping shifts."""
    ordered = sorted([*intervals, new])
    runs: list[list[Interval]] = []
    for interval in ordered:
        if runs and interval[0] - runs[-1][-1][1] < REST_GAP:
            runs[-1].append(interval)
        else:
            runs.append([interval])
    return next(len(run) for run in runs if new in run)


@dataclass(frozen=True)
class RosterProblem:
    kind: str  # "overlap" | "consecutive"
    other: Interval | None = None


def assignment_problem(
    existing: Sequence[Interval], new: Interval, cap: int
) -> RosterProblem | None:
    """Why ``new`` cannot be added to a person who already has ``existing``; None if it can."""
    for other in existing:
        if overlaps(other, new):
            return RosterProblem("overlap", other)
    if run_containing(existing, new) > cap:
        return RosterProblem("consecutive")
    return None


# -- availability and skills -----------------------------------------------------------------

_RANGE = re.compile(r"^\s*([1-7])\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
_SKILL_SPLIT = re.compile(r"[、,，;；\s]+")


@dataclass(frozen=True)
class Availability:
    weekday: int  # 1 = Monday
    start: int  # minutes after midnight
    end: int

    def text(self) -> str:
        return (
            f"{self.weekday} {self.start // 60:02d}:{self.start % 60:02d}-"
            f"{self.end // 60:02d}:{self.end % 60:02d}"
        )


@lru_cache(maxsize=4096)
def parse_availability(text: str) -> tuple[Availability, ...]:
    """``"1 08:00-12:00; 3 14:00-18:00"`` → ranges. Raises ValueError naming the bad part."""
    ranges = []
    for part in re.split(r"[;；\n]+", text):
        if not part.strip():
            continue
        m = _RANGE.match(part)
        if m is None:
            raise ValueError(part.strip())
        day, h1, m1, h2, m2 = (int(g) for g in m.groups())
        start, end = h1 * 60 + m1, h2 * 60 + m2
        if not (0 <= start < end <= 24 * 60 and m1 < 60 and m2 < 60):
            raise ValueError(part.strip())
        ranges.append(Availability(day, start, end))
    return tuple(ranges)


def is_available(
    ranges: Sequence[Availability], local_start: datetime, local_end: datetime
) -> bool:
    """Whether a shift (in local time) lies inside one of the ranges; no ranges = any time."""
    if not ranges:
        return True
    if local_end.date() != local_start.date() and not (
        local_end.hour == 0 and local_end.minute == 0
    ):
        return False
    start = local_start.hour * 60 + local_start.minute
    end = start + int((local_end - local_start).total_seconds() // 60)
    day = local_start.isoweekday()
    return any(r.weekday == day and r.start <= start and end <= r.end for r in ranges)


@lru_cache(maxsize=4096)
def skill_list(text: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for skill in _SKILL_SPLIT.split(text):
        if skill:
            seen.setdefault(skill, None)
    return tuple(seen)


def served_minutes(started: datetime, ended: datetime) -> int:
    return max(0, int((ended - started).total_seconds() // 60))


def parse_clock(text: str) -> int:
    """``"HH:MM"`` → minutes after midnight; ValueError if it is not a time of day."""
    m = re.fullmatch(r"(\d{1,2}):(\d{2})", text.strip())
    if m is None:
        raise ValueError(text)
    hours, minutes = int(m.group(1)), int(m.group(2))
    if not (0 <= hours <= 24 and 0 <= minutes < 60 and hours * 60 + minutes <= 24 * 60):
        raise ValueError(text)
    return hours * 60 + minutes
