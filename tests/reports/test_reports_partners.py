"""The partner units section: October 2026 against September, counted by hand on the centre of
conftest.py with two units added.

- 阳光小学: two party members reporting (a third ended); a case accepted 16 Oct dispatched to
  it at 9:00 and resolved at 15:00 (answered in 6 hours); the wish 助行器 (published and
  claimed in October) and the activity 重阳节包饺子 (29 Oct) linked to it; 单田芳 sent by it
  (3.5 approved hours in October: 120 + 90 minutes); a project done on 30 Oct.
- 仁和医院: a project done on 15 Sep, nothing in October.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from gridesk import clock
from gridesk.core.partners import registry
from gridesk.core.reports.period import Period
from gridesk.core.reports.report import build_report
from gridesk.core.requests.cases import IntakeInput, StepRequest, move_case, take_request
from gridesk.core.requests.machine import Action
from gridesk.core.requests.models import RequestCategory, Wish
from gridesk.core.volunteers.models import Activity
from tests.reports.conftest import local


def test_partner_units(store, admin, centre):
    school = registry.save_unit(store, admin, None, registry.UnitInput("阳光小学", "school"))
    clinic = registry.save_unit(store, admin, None, registry.UnitInput("仁和医院", "hospital"))
    for name in ("王老师", "李老师", "赵老师"):
        member = registry.add_member(store, admin, school.id, name)
    registry.end_member(store, admin, member.id)
    with store.read() as s:
        category = s.scalar(select(RequestCategory.id).where(RequestCategory.name == "路灯损坏"))
        wish = s.scalar(select(Wish.id).where(Wish.what == "助行器"))
        activity = s.scalar(select(Activity.id).where(Activity.title == "重阳节包饺子"))
    clock.set_now(local(2026, 10, 16, 9))
    case = take_request(
        store,
        admin,
        IntakeInput(
            category_id=category, description="操场灯坏", contact_name="张", phone="13800000001"
        ),
    ).id
    target = registry.get_unit(store, admin, school.id).request_unit_id
    move_case(
        store,
        admin,
        case,
        StepRequest(Action.DISPATCH, handler_kind="partner", handler_id=target),
    )
    clock.set_now(local(2026, 10, 16, 15))
    move_case(store, admin, case, StepRequest(Action.RESOLVE, note="修好"))
    registry.link(store, admin, school.id, "wish", [wish])
    registry.link(store, admin, school.id, "activity", [activity])
    registry.link(store, admin, school.id, "volunteer", [centre.r1])
    for unit, day in ((school, date(2026, 10, 30)), (clinic, date(2026, 9, 15))):
        item = registry.add_item(store, admin, unit.id, "project", "共建项目")
        registry.set_item_status(store, admin, item.id, "done", day)
    clock.set_now(local(2026, 11, 25))

    section = build_report(store, admin, Period.month(2026, 10)).section("partners")
    assert {f.key: (f.value, f.previous) for f in section.figures} == {
        "units": (2, None),
        "units_at_work": (1, 1),
        "members": (2, None),
        "cases": (1, 0),
        "response": (6.0, None),
        "wishes": (1, 0),
        "bookings": (0, 0),
        "activities": (1, 0),
        "hours": (3.5, 0),
        "projects": (1, 1),
    }
    assert [(r.name, r.value, r.previous, r.extra) for r in section.table("by_unit").rows] == [
        ("阳光小学", 4, 0, (1, 1, 1, 3.5)),
        ("仁和医院", 0, 1, (0, 0, 0, 0)),
    ]
