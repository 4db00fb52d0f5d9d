"""Requests (诉求): the invariants `gridesk check` verifies (registered with check.register).

Each case's status, deadline and paused days must follow from replaying its events through the
status machine with the working-day calendar; the events must be numbered 1..n without gaps.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from gridesk.core.check import register
from gridesk.core.requests import machine
from gridesk.core.requests.cases import event_step
from gridesk.core.requests.machine import BadStep
from gridesk.core.requests.models import Request, RequestEvent
from gridesk.core.requests.workdays import WorkCalendar, load_calendar

_LIMIT = 50


_CHUNK = 5000


@register("requests")
def _cases_follow_their_events(s: Session) -> Iterator[str]:
    # cases in chunks of their ids, with the events of each chunk: memory stays small on a
    # file with hundreds of thousands of cases
    cal = load_calendar(s)
    found = 0
    last = None
    while True:
        stmt = select(
            Request.id,
            Request.number,
            Request.status,
            Request.open,
            Request.deadline,
            Request.days_left_on_hold,
            Request.deadline_days,
            Request.event_count,
            Request.resolved_day,
            Request.resolved_on_time,
        ).order_by(Request.id)
        if last is not None:
            stmt = stmt.where(Request.id > last)
        cases = s.execute(stmt.limit(_CHUNK)).all()
        if not cases:
            return
        last = cases[-1].id
        events = s.execute(
            select(
                RequestEvent.request_id,
                RequestEvent.seq,
                RequestEvent.action,
                RequestEvent.from_status,
                RequestEvent.to_status,
                RequestEvent.day,
                RequestEvent.rating,
                RequestEvent.fixed,
                RequestEvent.handler_kind,
                RequestEvent.deadline,
            )
            .where(RequestEvent.request_id >= cases[0].id, RequestEvent.request_id <= last)
            .order_by(RequestEvent.request_id, RequestEvent.seq)
        ).all()
        by_case: dict[Any, list[Any]] = {}
        for e in events:
            by_case.setdefault(e.request_id, []).append(e)
        for case in cases:
            for problem in _one(case, by_case.get(case.id, []), cal):
                found += 1
                yield f"case {case.number}: {problem}"
                if found >= _LIMIT:
                    return


def _one(c: Any, events: list[Any], cal: WorkCalendar) -> Iterator[str]:
    if [e.seq for e in events] != list(range(1, len(events) + 1)):
        yield "its events are not numbered 1, 2, 3 … without gaps"
        return
    if len(events) != c.event_count:
        yield f"it counts {c.event_count} events but has {len(events)}"
    state = machine.START_STATE
    for ev in events:
        if (state.status or "") != ev.from_status:
            yield f"event {ev.seq} starts from {ev.from_status or '-'} but the case was {state.status}"
            return
        try:
            state = machine.step(state, event_step(ev), c.deadline_days, cal)
        except (BadStep, ValueError) as exc:
            yield f"event {ev.seq} is not an allowed step ({exc})"
            return
        if str(state.status) != ev.to_status:
            yield f"event {ev.seq} says {ev.to_status} but the step leads to {state.status}"
            return
    if str(state.status) != c.status:
        yield f"its status is {c.status} but its events lead to {state.status}"
    if c.open != (state.status in machine.WORKING):
        yield "its queue flag does not match its status"
    deadline: date | None = c.deadline
    if deadline != state.deadline:
        yield f"its deadline is {deadline} but its events give {state.deadline}"
    first = next((e for e in events if e.action in machine.RESOLVING), None)
    resolved = (None, None) if first is None else (first.day, _on_time(first.day, first.deadline))
    if (c.resolved_day, c.resolved_on_time) != resolved:
        yield f"it keeps {c.resolved_day} as its first resolution but its events give {resolved[0]}"
    if c.days_left_on_hold != state.days_left_on_hold:
        yield (
            f"it keeps {c.days_left_on_hold} days for after the hold "
            f"but its events give {state.days_left_on_hold}"
        )


def _on_time(day: date, deadline: date | None) -> bool:
    return deadline is not None and day <= deadline


@register("working days", warning=True)
def _deadlines_in_unknown_years(s: Session) -> Iterator[str]:
    """A deadline in a year whose holidays nobody entered counts weekdays only: say so."""
    cal = load_calendar(s)
    years = s.execute(
        select(func.distinct(extract("year", Request.deadline))).where(
            Request.open.is_(True), Request.deadline.is_not(None)
        )
    ).scalars()
    for year in cal.unknown_years(int(y) for y in years if y):
        yield (
            f"open cases are due in {year}, whose holidays and make-up workdays are not known: "
            "their deadlines count Monday to Friday only. Enter them under 诉求 → 分类与日历."
        )
