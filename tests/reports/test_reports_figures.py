"""Every figure of October 2026 (compared with September) against the centre of conftest.py,
counted by hand.

The calendar: 1-7 October 2026 is the National Day holiday, Saturday 10 October a make-up
workday, 25 September (中秋) a holiday. A category's deadline is 3 working days.

- A 30 Sep (Wed), due 10 Oct (8, 9, 10); resolved 9 Oct: on time, 2 working days (8, 9).
- B 31 Oct (Sat), due 4 Nov; resolved 3 Nov: accepted in October, resolved in November.
- C 12 Oct, due 15 Oct; on hold 13 Oct with 2 days left (14, 15), resumed 19 Oct: due 21 Oct;
  resolved 21 Oct: on time; 7 working days (13-16, 19-21) less 4 on hold (14-16, 19) = 3.
- D 14 Oct, due 19 Oct; resolved 22 Oct: late, 6 working days (15, 16, 19-22); rated 2 on
  23 Oct: reopened, due 28 Oct, still open: overdue on 25 Nov.
- E 20 Oct, due 23 Oct; dispatched to a department 20 Oct, escalated to the secretary 26 Oct:
  overdue. No resident.
- F 8 Oct (secretary's line), due 12 Oct (9, 10, 12); resolved 12 Oct: on time, 3 days;
  rated 5 on 13 Oct.
"""

from __future__ import annotations

from datetime import date

import pytest

from gridesk.core.actor import Actor, Role
from gridesk.core.reports.period import Period, Scope
from gridesk.core.reports.report import build_report
from gridesk.errors import PermissionDenied

OCTOBER = Period.month(2026, 10)


@pytest.fixture
def report(store, admin, centre):
    return build_report(store, admin, OCTOBER)


def figures(report, section):
    return {f.key: (f.value, f.previous) for f in report.section(section).figures}


def rows(report, section, table):
    return {r.name: (r.value, r.previous) for r in report.section(section).table(table).rows}


def test_the_compared_period_is_the_month_before_and_a_year_ago(store, admin, centre):
    assert build_report(store, admin, OCTOBER).compared == Period.month(2026, 9)
    ago = build_report(store, admin, OCTOBER, compare="year_ago", sections=["residents"])
    assert ago.compared == Period.month(2025, 10)


def test_requests(report):
    f = figures(report, "requests")
    assert f["accepted"] == (5, 1)  # B C D E F; A in September
    assert f["resolved"] == (4, 0)  # A C D F (B's resolution is November's)
    assert f["on_time"] == (75.0, None)
    assert f["late"] == (1, 0)
    assert f["days"] == (3.5, None)  # (2 + 3 + 6 + 3) / 4
    assert f["overdue"] == (2, 0)  # D (reopened) and E
    assert f["rated"] == (2, 0)
    assert f["satisfied"] == (50.0, None)
    assert f["low"] == (1, 0)
    assert f["escalations"] == (1, 0)
    assert f["whistles"] == (1, 0)
    assert f["repeat_residents"] == (1, 0)  # 单田芳: D and F
    assert f["repeat_cases"] == (2, 0)
    assert f["repeat_households"] == (1, 0)  # 5-1-301: C, D and F
    assert f["repeat_household_cases"] == (3, 0)
    assert f["wishes_published"] == (2, 1)
    assert f["wishes_claimed"] == (1, 1)  # of October's, 助行器; of September's, the radio
    assert f["wishes_lit"] == (1, 0)
    assert rows(report, "requests", "by_category") == {"路灯损坏": (4, 1), "邻里纠纷": (1, 0)}
    assert rows(report, "requests", "by_grid") == {
        "第一网格": (3, 1),
        "第二网格": (1, 0),
        "—": (1, 0),
    }
    assert rows(report, "requests", "by_channel") == {"walk_in": (4, 1), "secretary": (1, 0)}
    assert rows(report, "requests", "escalations") == {
        "escalation": (0, 0),
        "secretary": (1, 0),
        "department": (1, 0),
    }
    trend = report.section("requests").series[0]
    assert trend.buckets[-2:] == ("2026-09", "2026-10") and len(trend.buckets) == 12
    accepted, resolved = (values for _, values in trend.lines)
    assert accepted[-2:] == (1.0, 5.0) and resolved[-2:] == (0.0, 4.0)


def test_november_takes_the_case_resolved_after_the_month_end(store, admin, centre):
    f = figures(
        build_report(store, admin, Period.month(2026, 11), sections=["requests"]), "requests"
    )
    assert f["accepted"] == (0, 5)
    assert f["resolved"] == (1, 4)  # B, on time (due 4 Nov), 2 working days (2, 3 Nov)
    assert f["on_time"] == (100.0, 75.0)
    assert f["days"] == (2.0, 3.5)


def test_scope_of_one_grid(store, admin, centre):
    grid = build_report(store, admin, OCTOBER, Scope("grid", centre.grid1))
    assert grid.scope.name == "第一网格"
    f = figures(grid, "requests")
    assert f["accepted"] == (3, 1)  # C D F
    assert figures(grid, "volunteers")["hours"] == (5.0, 0)  # r3 is in grid 2
    assert figures(grid, "residents")["registered"] == (2, 2)


def test_volunteers(report):
    f = figures(report, "volunteers")
    assert f["hours"] == (5.0, 3.0)  # 120 + 90 + 60 + 30 minutes; September 180
    assert f["times"] == (4, 1)
    assert f["people"] == (2, 1)
    assert f["activities"] == (1, 0)  # the cancelled one is not held
    assert f["attended"] == (2, 0)
    assert f["capacity"] == (10, 0)
    assert f["attendance"] == (20.0, None)
    assert f["shifts_needed"] == (3, 0)
    assert f["shifts_filled"] == (2, 0)  # sh1: one of two (one removed); sh2: one of one
    assert f["shifts_share"] == (66.7, None)
    assert f["new"] == (2, 1)  # r2 and r3 (23:50 on 31 October, local)
    assert rows(report, "volunteers", "by_team") == {"银龄互助队": (5.0, 0.0)}
    assert rows(report, "volunteers", "by_person") == {"单田芳": (3.5, 0.0), "单小燕": (1.5, 0.0)}


def test_treasure(report):
    f = figures(report, "treasure")
    assert f["loans"] == (3, 1)
    assert f["returns"] == (3, 0)  # L1, L2 and L4 (1 October)
    assert f["overdue"] == (1, 0)  # L2 came back a day late; L3 is due in November
    assert f["no_shows"] == (1, 0)
    # open 8 hours a day for 31 days = 14,880 minutes; booked 120 + 60 inside opening hours
    assert f["occupancy"] == (round(100 * 180 / 14880, 1), 0.0)
    assert rows(report, "treasure", "items") == {"电钻": (2, 1), "梯子": (1, 0)}
    hours = report.section("treasure").heatmaps[0]
    assert hours.rows == ("议事厅",) and hours.columns[0] == "09" and hours.columns[-1] == "16"
    # 09:00-10:00 on one of 31 days
    assert hours.values[0][0] == round(100 / 31, 1)
    week = report.section("treasure").heatmaps[1]
    assert week.values[0][0] == round(100 * 60 / (4 * 60), 1)  # four Mondays in October 2026


def test_points(report):
    f = figures(report, "points")
    assert f["issued"] == (10 + 10 + 40 + 20, 10)
    assert f["redeemed"] == (15 - 5, 0)
    assert f["active"] == (2, 1)
    assert f["goods"] == (2, 0)
    assert f["goods_points"] == (10, 0)
    assert f["stock_value"] == (8 * 5, None)  # 10 in, 3 out, 1 back
    assert rows(report, "points", "by_rule") == {"党员先锋岗值守": (60, 0), "楼道清洁": (20, 10)}
    assert rows(report, "points", "pioneers") == {"单田芳": (40, 0), "单小燕": (20, 0)}


def test_residents(report):
    f = figures(report, "residents")
    assert f["registered"] == (3, 2)
    assert f["new"] == (1, 0)
    assert f["households"] == (2, 1)
    # cases with a resident 4 (B C D F), loans 3, redemptions 1, places at the activity 3
    assert f["served_times"] == (11, 2)  # September: A and L4
    assert f["served_people"] == (3, 2)
    care = rows(report, "residents", "care")
    assert care["独居老人"] == (1, 1)
    assert all(v == (0, 0) for k, v in care.items() if k != "独居老人")


def test_a_front_desk_cannot_read_reports_and_a_leader_can(store, admin, centre):
    desk = Actor(None, "desk", "Desk", Role.FRONT_DESK, admin.station_id)
    with pytest.raises(PermissionDenied):
        build_report(store, desk, OCTOBER)
    leader = Actor(None, "leader", "Leader", Role.LEADER, admin.station_id)
    assert build_report(store, leader, OCTOBER, sections=["residents"]).sections


def test_periods_parse_and_shift():
    assert Period.parse("2026-11") == Period.month(2026, 11)
    assert Period.parse("2026-q4") == Period("quarter", date(2026, 10, 1), date(2026, 12, 31))
    assert Period.parse("2026-W01").first == date(2025, 12, 29)
    assert Period.parse("2026").shifted(-1) == Period.year(2025)
    assert Period.month(2026, 1).shifted(-1) == Period.month(2025, 12)
    assert Period.quarter(2026, 1).shifted(-1) == Period.quarter(2025, 4)
    r = Period.parse("2026-11-01..2026-11-10")
    assert r.shifted(-1) == Period("range", date(2026, 10, 22), date(2026, 10, 31))
    assert [b.label for b in Period.week(date(2026, 11, 25)).trend()][-1] == "11-23"
