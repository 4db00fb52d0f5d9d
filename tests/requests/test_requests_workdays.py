"""Working days: China's statutory holidays and make-up days, the admin's table, the fallback."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from gridesk.core.requests import catalogue
from gridesk.core.requests.workdays import WorkCalendar

CAL = WorkCalendar()
days = st.dates(min_value=date(2020, 1, 1), max_value=date(2028, 12, 31))


def test_spring_festival_2026_and_its_make_up_days():
    # 2026: 春节 15-23 Feb off; Sat 14 Feb and Sat 28 Feb are make-up workdays
    assert not CAL.is_workday(date(2026, 2, 16))
    assert CAL.is_workday(date(2026, 2, 14))
    assert CAL.is_workday(date(2026, 2, 28))
    # accepted Friday 13 Feb with 3 working days: Sat 14 (make-up), then Tue 24, Wed 25
    assert CAL.add(date(2026, 2, 13), 3) == date(2026, 2, 25)


def test_national_day_2026_and_its_make_up_days():
    # 2026: 1-7 Oct off, Sun 20 Sep... make-up on Sat 10 Oct
    for d in range(1, 8):
        assert not CAL.is_workday(date(2026, 10, d))
    assert CAL.is_workday(date(2026, 10, 10))
    assert CAL.add(date(2026, 9, 30), 2) == date(2026, 10, 9)
    assert CAL.add(date(2026, 10, 9), 1) == date(2026, 10, 10)  # a Saturday, worked


def test_a_year_nobody_knows_is_weekdays_and_is_named():
    assert CAL.add(date(2027, 1, 1), 1) == date(2027, 1, 4)  # Friday → Monday
    assert CAL.unknown_years([2026, 2027]) == [2027]


def test_the_admins_table_covers_2027(store, admin):
    catalogue.set_calendar_day(store, admin, date(2027, 2, 8), False, "春节")
    catalogue.set_calendar_day(store, admin, date(2027, 2, 6), True, "春节调休")
    cal = catalogue.calendar(store)
    assert cal.knows(2027)
    assert not cal.is_workday(date(2027, 2, 8))
    assert cal.is_workday(date(2027, 2, 6))  # a Saturday
    assert cal.add(date(2027, 2, 5), 2) == date(2027, 2, 9)
    catalogue.set_calendar_day(store, admin, date(2027, 2, 8), None)
    assert catalogue.calendar(store).is_workday(date(2027, 2, 8))


@given(days, st.integers(min_value=-40, max_value=40))
def test_adding_n_working_days_then_counting_back_gives_n(start, n):
    end = CAL.add(start, n)
    assert CAL.count(start, end) == n
    if n:
        assert CAL.is_workday(end)


@given(days, days)
def test_counting_is_antisymmetric_and_never_more_than_calendar_days(a, b):
    assert CAL.count(a, b) == -CAL.count(b, a)
    assert abs(CAL.count(a, b)) <= abs((b - a).days)


@given(days, st.integers(min_value=1, max_value=30))
def test_a_deadline_is_the_first_day_with_enough_working_days(start, n):
    end = CAL.add(start, n)
    assert CAL.count(start, end - timedelta(days=1)) == n - 1
