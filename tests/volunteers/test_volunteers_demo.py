"""`gridesk demo` adds teams, a month of rosters and activities with realistic attendance, and
the result keeps every volunteers invariant."""

from __future__ import annotations

from datetime import UTC, datetime

from gridesk import clock, demo
from gridesk.core.check import run_checks
from gridesk.core.volunteers.hours import approved_hours_since, list_hours
from gridesk.core.volunteers.services import list_teams, week_view


def test_demo_volunteers_are_realistic_and_keep_the_rules(store, admin):
    today = clock.today()
    summary = demo.fill_demo(store, admin, residents=400, seed=5)
    extra = summary.extra
    assert extra["volunteers"] >= 12 and extra["teams"] == 5 and extra["activities"] == 8
    assert run_checks(store) == []
    teams = list_teams(store, admin)
    assert all(t.leader_name for t in teams if t.members)
    week = week_view(store, admin, today)
    assert week and sum(s.filled for s in week) > 0
    approved = approved_hours_since(store, datetime(2000, 1, 1, tzinfo=UTC))
    assert approved and all(h.minutes > 0 for h in approved)
    waiting = list_hours(store, admin)  # open, flagged, pending
    assert waiting, "the last days' hours wait for the coordinator"
    again = demo.fill_demo(store, admin, residents=0, seed=5)
    assert again.extra.get("volunteers", 0) == 0  # volunteers are added once
