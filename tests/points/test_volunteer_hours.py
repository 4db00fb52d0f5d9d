"""Volunteer hours earn points: each approved hours record once, at the rule's (or the
activity's) rate, whoever presses award and however often."""

from __future__ import annotations

from points_helpers import make_user

from gridesk.core.actor import Role
from gridesk.core.check import run_checks
from gridesk.core.points import accounts, earning
from gridesk.core.points.hours import award_hours, hours_to_award
from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.core.volunteers.hours import approve_hours, claim_task, complete_task, publish_task


def served(store, admin, resident_id, minutes: int):
    task = publish_task(store, admin, "楼道清扫")
    claim_task(store, admin, task, resident_id)
    record = complete_task(store, admin, task, minutes)
    assert approve_hours(store, admin, [record]) == 1
    return record


def test_approved_hours_earn_points_once(store, admin) -> None:
    wang = create_resident(store, admin, ResidentInput(name="王秀英", phone="13912345678")).id
    li = create_resident(store, admin, ResidentInput(name="李建国", phone="13800001111")).id
    rule = earning.save_rule(store, admin, "志愿服务", 10, unit="小时")
    first = served(store, admin, wang, 150)  # 2.5 hours at 10 an hour
    served(store, admin, li, 20)  # a third of an hour: 3 points to the nearest

    todo = hours_to_award(store, admin, rule.id)
    assert {(t.name, t.minutes, t.points) for t in todo} == {("王秀英", 150, 25), ("李建国", 20, 3)}

    desk = make_user(store, admin, Role.FRONT_DESK, "desk")
    done = award_hours(store, desk, rule.id, [first])
    assert (done.awarded, done.pending, done.points) == (1, 0, 25)
    assert accounts.account_view(store, admin, wang).balance == 25
    # again, from this desk or another: nothing more
    assert award_hours(store, admin, rule.id, [first]).awarded == 0
    assert accounts.account_view(store, admin, wang).balance == 25
    assert [t.name for t in hours_to_award(store, admin, rule.id)] == ["李建国"]

    done = award_hours(store, admin, rule.id, [t.record_id for t in todo])
    assert (done.awarded, done.points) == (1, 3)
    assert hours_to_award(store, admin, rule.id) == []
    assert run_checks(store) == []
