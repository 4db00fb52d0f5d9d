"""Activities with a waitlist that moves up; check-in/out, forgotten check-outs, approval and
correction; the hand-over to the points shop."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from gridesk import clock
from gridesk.core.check import run_checks
from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.core.volunteers.activities import (
    ActivityInput,
    cancel_sign_up,
    get_activity,
    save_activity,
    sign_up,
    signups,
)
from gridesk.core.volunteers.errors import NotScheduled
from gridesk.core.volunteers.hours import (
    Target,
    approve_hours,
    approved_hours_since,
    check_in_out,
    claim_task,
    complete_task,
    correct_hours,
    flag_forgotten,
    hours_report,
    list_hours,
    publish_task,
)
from gridesk.core.volunteers.services import add_shift, assign, get_volunteer
from gridesk.errors import Conflict, ValidationError

LONG_AGO = datetime(2020, 1, 1, tzinfo=UTC)
T0 = datetime(2027, 4, 5, 1, 0, tzinfo=UTC)  # a Monday morning in China


def activity(store, admin, capacity=2, **kw):
    data = ActivityInput(
        title="垃圾分类宣传",
        starts_at=T0 + timedelta(hours=1),
        ends_at=T0 + timedelta(hours=3),
        capacity=capacity,
        place="议事厅",
        **kw,
    )
    return save_activity(store, admin, None, data)


def test_waitlist_moves_up_when_someone_cancels(store, admin, people):
    a = activity(store, admin, capacity=2)
    now = T0 - timedelta(days=1)
    names = ["单田芳", "曾小贤", "王秀英", "李建国"]
    got = [sign_up(store, admin, a.id, people[n], now=now) for n in names]
    assert [g.status for g in got] == ["signed", "signed", "waitlisted", "waitlisted"]
    assert [g.position for g in got[2:]] == [1, 2]
    with pytest.raises(Conflict, match="already signed up"):
        sign_up(store, admin, a.id, people["王秀英"], now=now)
    result = cancel_sign_up(store, admin, a.id, people["曾小贤"])
    assert result.promoted is not None and result.promoted.name == "王秀英"
    listing = signups(store, admin, a.id)
    assert [(s.name, s.status, s.position) for s in listing] == [
        ("单田芳", "signed", 0),
        ("王秀英", "signed", 0),
        ("李建国", "waitlisted", 1),
    ]
    # a waitlisted person cancelling moves no one
    assert cancel_sign_up(store, admin, a.id, people["李建国"]).promoted is None
    info = get_activity(store, admin, a.id)
    assert (info.signed, info.waitlisted) == (2, 0)
    assert run_checks(store) == []


def test_raising_the_capacity_fills_from_the_waitlist(store, admin, people):
    a = activity(store, admin, capacity=1)
    now = T0 - timedelta(days=1)
    for n in ("单田芳", "曾小贤"):
        sign_up(store, admin, a.id, people[n], now=now)
    data = ActivityInput(
        title=a.title, starts_at=a.starts_at, ends_at=a.ends_at, capacity=2, place=a.place
    )
    assert save_activity(store, admin, a.id, data).signed == 2


def test_party_only_activity_refuses_others(store, admin, people):
    a = activity(store, admin, eligibility="party")
    now = T0 - timedelta(days=1)
    assert sign_up(store, admin, a.id, people["单田芳"], now=now).status == "signed"
    with pytest.raises(Conflict, match="for party members"):
        sign_up(store, admin, a.id, people["曾小贤"], now=now)


def test_check_in_and_out_of_a_shift_then_approval_hands_over(store, admin, people):
    shift = add_shift(store, admin, "前台值守", T0, T0 + timedelta(hours=3))
    assign(store, admin, shift, people["单田芳"])
    came = check_in_out(store, admin, people["单田芳"], now=T0 - timedelta(minutes=10))
    assert came.action == "in" and came.record.label == "前台值守"
    left = check_in_out(store, admin, people["单田芳"], now=T0 + timedelta(hours=2, minutes=55))
    assert left.action == "out" and left.record.minutes == 185 and left.record.status == "pending"
    before = clock.utcnow() - timedelta(seconds=1)
    assert approved_hours_since(store, before) == []
    assert approve_hours(store, admin, [left.record.id]) == 1
    assert approve_hours(store, admin, [left.record.id]) == 0  # only pending ones
    handed = approved_hours_since(store, before)
    assert [(h.id, h.resident_id, h.minutes, h.source) for h in handed] == [
        (left.record.id, people["单田芳"], 185, "shift")
    ]
    with pytest.raises(Conflict, match="already approved"):
        correct_hours(store, admin, left.record.id, 60, "多算了")
    assert get_volunteer(store, admin, people["单田芳"]).approved_minutes == 185


def test_walk_up_needs_a_target_and_becomes_a_volunteer(store, admin, people):
    a = activity(store, admin)
    stranger = create_resident(store, admin, ResidentInput(name="赵路过", phone="13500003456"))
    with pytest.raises(NotScheduled, match="赵路过"):
        check_in_out(store, admin, stranger.id, now=T0 + timedelta(hours=1))
    came = check_in_out(
        store, admin, stranger.id, Target("activity", a.id), now=T0 + timedelta(hours=1)
    )
    assert came.record.walk_up and came.record.label == "垃圾分类宣传"
    assert get_volunteer(store, admin, stranger.id) is not None


def test_a_signed_up_person_checks_in_to_the_activity(store, admin, people):
    a = activity(store, admin)
    sign_up(store, admin, a.id, people["王秀英"], now=T0)
    came = check_in_out(store, admin, people["王秀英"], now=T0 + timedelta(minutes=30))
    assert came.record.source == "activity" and not came.record.walk_up


def test_forgotten_check_out_is_flagged_next_day_and_never_counted(store, admin, people):
    shift = add_shift(store, admin, "巡逻", T0, T0 + timedelta(hours=2))
    assign(store, admin, shift, people["曾小贤"])
    check_in_out(store, admin, people["曾小贤"], now=T0)
    next_day = T0 + timedelta(days=1)
    assert flag_forgotten(store, admin, now=next_day) == 1
    flagged = list_hours(store, admin, statuses=("flagged",))
    assert len(flagged) == 1 and flagged[0].minutes is None
    # the next scan is a fresh check-in (to a walk-up target), not a check-out of yesterday
    with pytest.raises(NotScheduled):
        check_in_out(store, admin, people["曾小贤"], now=next_day)
    assert approve_hours(store, admin, [flagged[0].id]) == 0  # flagged is not approvable
    assert approved_hours_since(store, LONG_AGO) == []
    with pytest.raises(ValidationError, match="reason"):
        correct_hours(store, admin, flagged[0].id, 120, "  ")
    fixed = correct_hours(store, admin, flagged[0].id, 120, "忘记签退，值班表核实")
    assert (fixed.status, fixed.minutes) == ("corrected", 120)
    assert [h.minutes for h in approved_hours_since(store, LONG_AGO)] == [120]
    report = hours_report(store, admin, date(2027, 4, 1), date(2027, 5, 1))
    assert [(t.key, t.minutes) for t in report.by_person] == [("曾小贤", 120)]
    assert [t.key for t in report.by_month] == ["2027-04"]
    assert run_checks(store) == []


def test_claimed_task_becomes_pending_hours(store, admin, people):
    task = publish_task(store, admin, "帮独居老人取药", place="3号楼")
    claim_task(store, admin, task, people["李建国"])
    with pytest.raises(Conflict, match="no longer open"):
        claim_task(store, admin, task, people["王秀英"])
    record = complete_task(store, admin, task, 45)
    pending = list_hours(store, admin, statuses=("pending",))
    assert [(p.id, p.source, p.minutes) for p in pending] == [(record, "task", 45)]


def test_a_volunteer_profile_gives_the_registry_tag_that_volunteer_cards_use(store, admin, people):
    from gridesk.core.cards.sources import CardKind, list_candidates
    from gridesk.core.residents.records import ResidentFilter, get_resident

    assert "志愿者" in get_resident(store, admin, people["单田芳"]).tag_names
    assert len(list_candidates(store, admin, CardKind.VOLUNTEER, ResidentFilter())) == len(people)
