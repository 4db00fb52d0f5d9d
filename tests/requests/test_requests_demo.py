"""Demo requests: every status, some overdue, all following from their events."""

from __future__ import annotations

from datetime import date

from gridesk.core.check import run_checks
from gridesk.core.requests.cases import CaseFilter, count_cases, list_cases
from gridesk.core.requests.wishes import wish_counts
from gridesk.demo import fill_demo


def test_demo_cases_cover_the_statuses_and_pass_the_checks(store, admin):
    today = date(2026, 11, 23)
    summary = fill_demo(store, admin, 600, seed=3, today=today)
    assert summary.extra["requests"] >= 40 and summary.extra["wishes"] == 6
    rows = list_cases(store, admin, CaseFilter(view="all"), 0, 1000, today)
    statuses = {r.status for r in rows}
    assert {"accepted", "dispatched", "in_progress", "resolved", "closed", "on_hold"} <= statuses
    overdue = count_cases(store, admin, CaseFilter(view="due"), today)
    assert 0 < overdue < len(rows) / 2
    assert all(wish_counts(store, admin).values())
    assert run_checks(store) == []
