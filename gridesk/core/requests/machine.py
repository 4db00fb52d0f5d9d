"""The status machine of a case, and how each step moves its deadline. Pure: no database.

Statuses: accepted → dispatched → in progress → resolved / partly resolved → (call-back) →
closed; on hold (the clock pauses) and back; rejected / not ours (→ closed); reopened.
Each step is an *action*; ``ALLOWED[action]`` says from which statuses it may be taken.
The services apply :func:`step` and store the result; ``gridesk check`` replays the events
through the same function and compares.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from gridesk.core.requests.workdays import WorkCalendar


class Status(StrEnum):
    ACCEPTED = "accepted"
    DISPATCHED = "dispatched"
    IN_PROGRESS = "in_progress"
    ON_HOLD = "on_hold"
    RESOLVED = "resolved"
    PARTLY_RESOLVED = "partly_resolved"
    CLOSED = "closed"
    REJECTED = "rejected"
    NOT_OURS = "not_ours"
    REOPENED = "reopened"


class Action(StrEnum):
    ACCEPT = "accept"
    DISPATCH = "dispatch"
    ESCALATE = "escalate"
    START = "start"
    HOLD = "hold"
    RESUME = "resume"
    RESOLVE = "resolve"
    RESOLVE_PARTLY = "resolve_partly"
    REJECT = "reject"
    NOT_OURS = "not_ours"
    CALLBACK = "callback"
    CLOSE = "close"
    REOPEN = "reopen"
    NOTE = "note"


S = Status
WORKING = frozenset({S.ACCEPTED, S.DISPATCHED, S.IN_PROGRESS, S.REOPENED})
"""Statuses whose deadline clock runs (the queue of due and overdue cases)."""
DONE = frozenset({S.CLOSED, S.REJECTED, S.NOT_OURS})
AWAITING_CALLBACK = frozenset({S.RESOLVED, S.PARTLY_RESOLVED})

ALLOWED: dict[Action, frozenset[Status]] = {
    Action.ACCEPT: frozenset(),
    Action.DISPATCH: WORKING,
    Action.ESCALATE: WORKING | AWAITING_CALLBACK,
    Action.START: frozenset({S.ACCEPTED, S.DISPATCHED, S.REOPENED}),
    Action.HOLD: WORKING,
    Action.RESUME: frozenset({S.ON_HOLD}),
    Action.RESOLVE: WORKING,
    Action.RESOLVE_PARTLY: WORKING,
    Action.REJECT: WORKING | {S.ON_HOLD},
    Action.NOT_OURS: WORKING | {S.ON_HOLD},
    Action.CALLBACK: AWAITING_CALLBACK,
    Action.CLOSE: frozenset({S.REJECTED, S.NOT_OURS}),
    Action.REOPEN: DONE | AWAITING_CALLBACK,
    Action.NOTE: frozenset(Status),
}

FIXED_TARGET: dict[Action, Status] = {
    Action.ACCEPT: S.ACCEPTED,
    Action.DISPATCH: S.DISPATCHED,
    Action.ESCALATE: S.DISPATCHED,
    Action.START: S.IN_PROGRESS,
    Action.HOLD: S.ON_HOLD,
    Action.RESOLVE: S.RESOLVED,
    Action.RESOLVE_PARTLY: S.PARTLY_RESOLVED,
    Action.REJECT: S.REJECTED,
    Action.NOT_OURS: S.NOT_OURS,
    Action.CLOSE: S.CLOSED,
    Action.REOPEN: S.REOPENED,
}

RESOLVING = frozenset({Action.RESOLVE, Action.RESOLVE_PARTLY})
"""The steps that resolve a case; its first one is kept on the case (``resolved_day``)."""

LOW_RATING = 2
"""A call-back rating at or below this never closes a case: it reopens or escalates."""


@dataclass(frozen=True)
class CaseState:
    status: Status | None
    deadline: date | None
    days_left_on_hold: int | None
    held_from: Status | None = None
    """The status a case on hold returns to."""


START_STATE = CaseState(None, None, None)


@dataclass(frozen=True)
class StepInput:
    action: Action
    day: date
    rating: int | None = None
    fixed: bool | None = None
    escalate: bool = False
    """Only for a call-back that does not close: escalate instead of reopening."""


class BadStep(Exception):
    """A step that is not allowed from the case's status (a programming or state error)."""


def callback_target(rating: int, fixed: bool, escalate: bool) -> Status:
    if fixed and rating > LOW_RATING:
        return S.CLOSED
    return S.DISPATCHED if escalate else S.REOPENED


def allowed(action: Action, status: Status | None) -> bool:
    if status is None:
        return action is Action.ACCEPT
    return status in ALLOWED[action]


def step(state: CaseState, inp: StepInput, deadline_days: int, cal: WorkCalendar) -> CaseState:
    """The case after one step; raises BadStep when the step is not allowed."""
    action = inp.action
    if not allowed(action, state.status):
        raise BadStep(f"{action} is not allowed from {state.status}")
    if action is Action.NOTE:
        return state
    if action is Action.ACCEPT:
        return CaseState(S.ACCEPTED, cal.add(inp.day, deadline_days), None)
    if action is Action.HOLD:
        assert state.deadline is not None and state.status is not None
        return CaseState(S.ON_HOLD, None, cal.count(inp.day, state.deadline), state.status)
    if action is Action.RESUME:
        assert state.days_left_on_hold is not None and state.held_from is not None
        return CaseState(state.held_from, cal.add(inp.day, state.days_left_on_hold), None)
    if action is Action.CALLBACK:
        if inp.rating is None or inp.fixed is None:
            raise BadStep("a call-back needs a rating and whether it is fixed")
        target = callback_target(inp.rating, inp.fixed, inp.escalate)
        deadline = state.deadline
        if target is not S.CLOSED:  # back to work: a fresh deadline
            deadline = cal.add(inp.day, deadline_days)
        return CaseState(target, deadline, None)
    target = FIXED_TARGET[action]
    if action is Action.REOPEN:
        return CaseState(target, cal.add(inp.day, deadline_days), None)
    if state.status is S.ON_HOLD:  # rejected or referred while on hold: the clock stays off
        return CaseState(target, None, state.days_left_on_hold, None)
    if action is Action.ESCALATE and state.status in AWAITING_CALLBACK:
        return CaseState(target, cal.add(inp.day, deadline_days), None)
    return replace(state, status=target, held_from=None)


def replay(steps: Iterable[StepInput], deadline_days: int, cal: WorkCalendar) -> CaseState:
    state = START_STATE
    for inp in steps:
        state = step(state, inp, deadline_days, cal)
    return state
