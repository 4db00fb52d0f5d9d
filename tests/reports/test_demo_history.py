"""The demo the app opens (`gridesk demo`, `gridesk --demo`) has a year of history, so that a
month long past reads like a real centre's in every section of the report and the partner
units have a year to be evaluated on; the records it leaves pass `gridesk check`."""

from __future__ import annotations

from datetime import timedelta

from gridesk import clock, demo
from gridesk.core.check import run_checks
from gridesk.core.partners.evaluation import collect_between
from gridesk.core.reports.period import Period
from gridesk.core.reports.report import build_report
from gridesk.demo.history import HISTORY_DAYS, RECENT_DAYS


def test_a_year_of_history_for_the_reports(store, admin):
    summary = demo.fill_demo(store, admin, residents=240, seed=5, history=True)
    extra = summary.extra
    assert extra["history cases"] > 40 and extra["history activities"] > 10
    assert extra["history bookings"] > 0 and extra["history wishes"] > 0
    assert run_checks(store) == []
    # a month in the middle of the history, before any of the other demos' recent records
    some = clock.today() - timedelta(days=RECENT_DAYS + HISTORY_DAYS // 2)
    month = Period.month(some.year, some.month)
    report = build_report(store, admin, month)
    requests = report.section("requests")
    accepted = requests.figure("accepted").value
    assert accepted and requests.figure("resolved").value
    assert requests.figure("rated").value
    volunteers = report.section("volunteers")
    assert volunteers.figure("activities").value and volunteers.figure("hours").value
    assert report.section("points").figure("issued").value
    # the partner units' year: cases dispatched to them, wishes, bookings, activities, hours
    with store.read() as s:
        year = collect_between(s, clock.today() - timedelta(days=365), clock.today())
    assert sum(f.cases for f in year.values()) > 0
    assert sum(f.wishes for f in year.values()) > 0
    assert sum(f.bookings for f in year.values()) > 0
    assert sum(f.activities for f in year.values()) > 0
    assert sum(f.volunteer_hours for f in year.values()) > 0
    # a second run adds no more history
    again = demo.fill_demo(store, admin, residents=0, seed=5, history=True)
    assert "history cases" not in again.extra
