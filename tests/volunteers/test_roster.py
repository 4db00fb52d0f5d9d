"""The duty roster: no one on two overlapping shifts, the admin's cap on shifts in a row, under
random schedules (hypothesis), on a real database."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gridesk.core.check import run_checks
from gridesk.core.volunteers import rules
from gridesk.core.volunteers.errors import RosterConflict
from gridesk.core.volunteers.services import (
    TemplateInput,
    add_shift,
    assign,
    candidates,
    consecutive_cap,
    make_week,
    save_template,
    set_consecutive_cap,
    unassign,
    week_view,
)
from gridesk.errors import PermissionDenied, ValidationError

BASE = datetime(2027, 3, 1, 0, 0, tzinfo=UTC)
_weeks = itertools.count()

# a schedule: shifts as (start in half hours from the base, length in half hours)
schedules = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), min_size=1, max_size=10)


def model_accepts(accepted: list[rules.Interval], new: rules.Interval, cap: int) -> bool:
    """The rule spelt out the slow way: no overlap, and no chain of > cap shifts with breaks
    shorter than the rest gap."""
    if any(a < new[1] and new[0] < b for a, b in accepted):
        return False
    ordered = sorted([*accepted, new])
    run = 1
    longest_with_new = 0
    current = [ordered[0]]
    for prev, nxt in itertools.pairwise(ordered):
        if nxt[0] - prev[1] < rules.REST_GAP:
            run += 1
            current.append(nxt)
        else:
            if new in current:
                longest_with_new = run
            run, current = 1, [nxt]
    if new in current:
        longest_with_new = run
    return longest_with_new <= cap


@given(schedule=schedules, cap=st.integers(1, 4))
def test_rule_matches_the_plain_statement(schedule, cap):
    accepted: list[rules.Interval] = []
    for start, length in schedule:
        new = (
            BASE + timedelta(minutes=30 * start),
            BASE + timedelta(minutes=30 * (start + length)),
        )
        if new in accepted:
            continue
        ok = rules.assignment_problem(accepted, new, cap) is None
        assert ok == model_accepts(accepted, new, cap)
        if ok:
            accepted.append(new)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    schedule=schedules,
    cap=st.integers(1, 3),
    who=st.lists(st.integers(0, 3), min_size=10, max_size=10),
)
def test_random_schedules_never_double_book_or_break_the_cap(
    store, admin, people, schedule, cap, who
):
    set_consecutive_cap(store, admin, cap)
    base = BASE + timedelta(days=40 * next(_weeks))  # each example on its own weeks
    ids = list(people.values())
    accepted: dict[object, list[rules.Interval]] = {i: [] for i in ids}
    for (start, length), person in zip(schedule, who, strict=False):
        a = base + timedelta(minutes=30 * start)
        b = a + timedelta(minutes=30 * length)
        shift = add_shift(store, admin, "值守", a, b, needed=2)
        rid = ids[person]
        expected = model_accepts(accepted[rid], (a, b), cap)
        try:
            assign(store, admin, shift, rid)
            got = True
        except RosterConflict:
            got = False
        assert got == expected
        if got:
            accepted[rid].append((a, b))
    assert run_checks(store) == []


def test_overlap_is_refused_with_the_other_shift_named(store, admin, people):
    a = add_shift(store, admin, "前台值守", BASE, BASE + timedelta(hours=3))
    b = add_shift(store, admin, "巡逻", BASE + timedelta(hours=2), BASE + timedelta(hours=4))
    assign(store, admin, a, people["单田芳"])
    with pytest.raises(RosterConflict) as caught:
        assign(store, admin, b, people["单田芳"])
    assert "单田芳" in str(caught.value) and "overlap" in str(caught.value)
    unassign(store, admin, a, people["单田芳"])
    assign(store, admin, b, people["单田芳"])  # once off the first shift, the second is fine


def test_a_full_shift_and_a_second_assignment_are_refused(store, admin, people):
    shift = add_shift(store, admin, "前台值守", BASE, BASE + timedelta(hours=2), needed=1)
    view = assign(store, admin, shift, people["曾小贤"])
    assert (view.filled, view.needed, view.gap) == (1, 1, 0)
    with pytest.raises(RosterConflict, match="already on this shift"):
        assign(store, admin, shift, people["曾小贤"])
    with pytest.raises(RosterConflict, match="already has the 1 people"):
        assign(store, admin, shift, people["王秀英"])


def test_only_the_admin_sets_the_cap(store, admin, people):
    from gridesk.core.actor import Actor, Role

    coordinator = Actor(None, "zhiyuan", "王建华", Role.COORDINATOR, admin.station_id)
    with pytest.raises(PermissionDenied):
        set_consecutive_cap(store, coordinator, 3)
    with pytest.raises(ValidationError):
        set_consecutive_cap(store, admin, 0)
    set_consecutive_cap(store, admin, 3)
    assert consecutive_cap(store) == 3


def test_templates_make_a_week_once_and_the_view_shows_gaps(store, admin, people):
    for weekday in (1, 3):
        save_template(
            store,
            admin,
            None,
            TemplateInput("前台值守", weekday, "08:30", "11:30", needed=3, place="服务大厅"),
        )
    monday = date(2027, 3, 1)
    assert make_week(store, admin, monday) == 2
    assert make_week(store, admin, monday + timedelta(days=2)) == 0  # same week: nothing new
    week = week_view(store, admin, monday)
    local = [s.starts_at.astimezone() for s in week]
    assert [(t.weekday(), f"{t:%H:%M}") for t in local] == [(0, "08:30"), (2, "08:30")]
    assign(store, admin, week[0].id, people["王秀英"])
    week = week_view(store, admin, monday)
    assert (week[0].filled, week[0].needed, week[0].gap) == (1, 3, 2)
    assert [p.name for p in week[0].people] == ["王秀英"]


def test_bad_template_times_are_refused(store, admin):
    with pytest.raises(ValidationError, match="end must come after"):
        save_template(store, admin, None, TemplateInput("值守", 1, "12:00", "08:00"))
    with pytest.raises(ValidationError, match="not a time of day"):
        save_template(store, admin, None, TemplateInput("值守", 1, "8点", "12:00"))


def test_candidates_put_the_free_and_qualified_first(store, admin, people):
    from gridesk.core.volunteers.services import ProfileInput, save_profile

    start = BASE + timedelta(hours=1)  # a Monday
    local = start.astimezone()
    save_profile(
        store,
        admin,
        people["李建国"],
        ProfileInput(availability=f"{local.isoweekday() % 7 + 1} 08:00-12:00"),  # another day
    )
    shift = add_shift(store, admin, "电路检修", start, start + timedelta(hours=2), 2, skill="电工")
    other = add_shift(store, admin, "巡逻", start, start + timedelta(hours=1))
    assign(store, admin, other, people["曾小贤"])
    got = {c.name: c for c in candidates(store, admin, shift)}
    assert got["单田芳"].suitable
    assert got["曾小贤"].problem == "overlap"
    assert not got["王秀英"].qualified
    assert not got["李建国"].available
    assert candidates(store, admin, shift)[0].name == "单田芳"


def test_candidates_spread_the_duty_to_those_with_fewest_shifts(store, admin, people):
    day = BASE + timedelta(days=7)
    earlier = add_shift(store, admin, "巡逻", day, day + timedelta(hours=2), needed=3)
    for name in ("单田芳", "曾小贤"):
        assign(store, admin, earlier, people[name])
    later = add_shift(store, admin, "巡逻", day + timedelta(hours=5), day + timedelta(hours=7))
    order = [c.name for c in candidates(store, admin, later)]
    assert set(order[:2]) == {"王秀英", "李建国"}
    assert set(order[2:]) == {"单田芳", "曾小贤"}
