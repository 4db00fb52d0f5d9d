"""A small centre with a hand-counted October 2026 (compared with September): see the numbers
in test_reports_figures.py, worked out by hand from what is made here."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from gridesk import clock
from gridesk.core.models import Tag
from gridesk.core.points import earning, shop
from gridesk.core.requests import catalogue, wishes
from gridesk.core.requests.cases import IntakeInput, StepRequest, move_case, take_request
from gridesk.core.requests.machine import Action
from gridesk.core.residents import catalogue as core_catalogue
from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.core.treasure.models import Booking, Item, Loan, Room
from gridesk.core.volunteers.models import (
    Activity,
    HoursRecord,
    Shift,
    ShiftAssignment,
    SignUp,
    VolunteerProfile,
    VolunteerTeam,
    VolunteerTeamMember,
)


def local(y: int, m: int, d: int, hh: int = 10, mm: int = 0) -> datetime:
    """A local moment (the desk's zone), aware."""
    return datetime(y, m, d, hh, mm).astimezone()


@dataclass
class Centre:
    grid1: uuid.UUID
    grid2: uuid.UUID
    r1: uuid.UUID  # 单田芳, household 5-1-301, grid 1
    r2: uuid.UUID  # 单小燕, same household
    r3: uuid.UUID  # 曾国强, grid 2
    cases: dict[str, uuid.UUID]


def _step(store, admin, case_id, action, day, **kw):
    move_case(store, admin, case_id, StepRequest(action, **kw), day=day)


@pytest.fixture
def centre(store, admin) -> Centre:
    clock.set_now(local(2026, 8, 3))
    g1 = core_catalogue.save_grid(store, admin, None, name="第一网格")
    g2 = core_catalogue.save_grid(store, admin, None, name="第二网格")
    with store.read() as s:
        alone_id = s.scalar(select(Tag.id).where(Tag.name == "独居老人"))
    unit = catalogue.save_unit(store, admin, None, kind="department", name="城管执法中队")
    cat = catalogue.save_category(
        store,
        admin,
        None,
        name="路灯损坏",
        group_name="市政设施",
        handler_kind="department",
        handler_id=unit.id,
        deadline_days=3,
    )
    cat2 = catalogue.save_category(store, admin, None, name="邻里纠纷", deadline_days=3)

    def person(name, room, grid, tags=frozenset()):
        return create_resident(
            store,
            admin,
            ResidentInput(
                name=name,
                estate="锦绣家园",
                building="5",
                unit="1",
                room=room,
                grid_id=grid,
                tag_ids=tags,
            ),
        ).id

    r1 = person("单田芳", "301", g1.id, frozenset({alone_id}))
    r2 = person("单小燕", "301", g1.id)
    clock.set_now(local(2026, 10, 15))
    r3 = create_resident(
        store,
        admin,
        ResidentInput(
            name="曾国强", estate="幸福里", building="2", unit="3", room="502", grid_id=g2.id
        ),
    ).id

    def case(day, resident, category=cat.id, **kw):
        return take_request(
            store,
            admin,
            IntakeInput(category_id=category, description="路灯不亮", resident_id=resident, **kw),
            day=day,
        ).id

    cases = {}
    # A: accepted on the eve of the National Day holiday, resolved after it (on time)
    cases["A"] = case(date(2026, 9, 30), r1)
    _step(store, admin, cases["A"], Action.RESOLVE, date(2026, 10, 9), note="修好")
    # B: accepted on the month's last day (a Saturday), resolved in November
    cases["B"] = case(date(2026, 10, 31), r3)
    _step(store, admin, cases["B"], Action.RESOLVE, date(2026, 11, 3), note="修好")
    # C: put on hold for four working days: on time only because the clock paused
    cases["C"] = case(date(2026, 10, 12), r2, category=cat2.id)
    _step(store, admin, cases["C"], Action.HOLD, date(2026, 10, 13), reason="等材料")
    _step(store, admin, cases["C"], Action.RESUME, date(2026, 10, 19))
    _step(store, admin, cases["C"], Action.RESOLVE, date(2026, 10, 21), note="调解")
    # D: resolved late, then a low rating reopens it (and it is overdue again)
    cases["D"] = case(date(2026, 10, 14), r1)
    _step(store, admin, cases["D"], Action.RESOLVE, date(2026, 10, 22), note="修好")
    _step(
        store,
        admin,
        cases["D"],
        Action.CALLBACK,
        date(2026, 10, 23),
        rating=2,
        fixed=False,
        note="还是不亮",
    )
    # E: no resident; dispatched to a department (吹哨报到), escalated to the secretary
    cases["E"] = case(date(2026, 10, 20), None, contact_name="路人", phone="13800000000")
    _step(
        store,
        admin,
        cases["E"],
        Action.DISPATCH,
        date(2026, 10, 20),
        handler_kind="department",
        handler_id=unit.id,
    )
    _step(
        store,
        admin,
        cases["E"],
        Action.ESCALATE,
        date(2026, 10, 26),
        handler_kind="secretary",
        note="督办",
    )
    # F: the secretary's direct line, resolved on time, rated 5
    cases["F"] = case(date(2026, 10, 8), r1, channel="secretary")
    _step(store, admin, cases["F"], Action.RESOLVE, date(2026, 10, 12), note="修好")
    _step(store, admin, cases["F"], Action.CALLBACK, date(2026, 10, 13), rating=5, fixed=True)

    # wishes: two published in October, one claimed, one published in September and lit in
    # October
    clock.set_now(local(2026, 9, 20))
    w0 = wishes.publish_wish(store, admin, what="一台收音机", resident_id=r1)
    clock.set_now(local(2026, 10, 10))
    w1 = wishes.publish_wish(store, admin, what="助行器", resident_id=r2)
    wishes.publish_wish(store, admin, what="一套书", resident_id=r3)
    wishes.claim_wish(store, admin, w1.id, claimer_kind="volunteer", claimer_name="李雷")
    wishes.claim_wish(store, admin, w0.id, claimer_kind="volunteer", claimer_name="韩梅梅")
    wishes.fulfil_wish(store, admin, w0.id, note="送到了", day=date(2026, 10, 11))

    # volunteers: r1 and r2 in one team; hours on both sides of October's end
    with store.write(admin) as s:
        team = VolunteerTeam(name="银龄互助队")
        s.add(team)
        s.flush()
        s.add_all([VolunteerTeamMember(team_id=team.id, resident_id=r) for r in (r1, r2)])
        s.add(VolunteerProfile(resident_id=r1, created_at=local(2026, 9, 1)))
        s.add(VolunteerProfile(resident_id=r2, created_at=local(2026, 10, 2)))
        s.add(VolunteerProfile(resident_id=r3, created_at=local(2026, 10, 31, 23, 50)))
        act = Activity(
            title="重阳节包饺子",
            starts_at=local(2026, 10, 29, 9),
            ends_at=local(2026, 10, 29, 11),
            capacity=10,
        )
        gone = Activity(
            title="取消的活动",
            starts_at=local(2026, 10, 5, 9),
            ends_at=local(2026, 10, 5, 11),
            capacity=20,
            cancelled=True,
        )
        s.add_all([act, gone])
        s.flush()

        def hours(who, start, minutes, status="approved", activity=None):
            s.add(
                HoursRecord(
                    resident_id=who,
                    source="activity" if activity else "shift",
                    activity_id=activity,
                    started_at=start,
                    ended_at=start + timedelta(minutes=minutes),
                    minutes=minutes,
                    status=status,
                )
            )

        hours(r1, local(2026, 10, 1, 8), 120)
        hours(r1, local(2026, 10, 29, 9), 90, activity=act.id)
        hours(r2, local(2026, 10, 29, 9), 60, status="corrected", activity=act.id)
        hours(r2, local(2026, 10, 31, 23, 30), 30)  # the month's last half hour
        hours(r3, local(2026, 11, 1, 0, 10), 45)  # November
        hours(r3, local(2026, 10, 20, 8), 60, status="pending")  # not approved: not counted
        hours(r3, local(2026, 9, 10, 8), 180)  # September
        s.add_all(
            [SignUp(activity_id=act.id, resident_id=r, status="signed") for r in (r1, r2, r3)]
        )
        sh1 = Shift(
            post="前台值班",
            starts_at=local(2026, 10, 10, 9),
            ends_at=local(2026, 10, 10, 12),
            needed=2,
        )
        sh2 = Shift(
            post="前台值班",
            starts_at=local(2026, 10, 17, 9),
            ends_at=local(2026, 10, 17, 12),
            needed=1,
        )
        s.add_all([sh1, sh2])
        s.flush()
        for sh, who, active in (
            (sh1, r1, True),
            (sh1, r2, False),
            (sh2, r1, True),
            (sh2, r2, True),
        ):
            s.add(
                ShiftAssignment(
                    shift_id=sh.id,
                    resident_id=who,
                    starts_at=sh.starts_at,
                    ends_at=sh.ends_at,
                    active=active,
                )
            )

        # treasure: one item lent three times, a room booked
        item = Item(name="电钻", max_loan_days=7)
        ladder = Item(name="梯子", max_loan_days=7)
        room = Room(name="议事厅", opens_at=9 * 60, closes_at=17 * 60)
        s.add_all([item, ladder, room])
        s.flush()
        s.add(
            Loan(
                number="L1",
                item_id=item.id,
                resident_id=r1,
                lent_at=local(2026, 10, 2),
                due_on=date(2026, 10, 9),
                returned_at=local(2026, 10, 9, 16),
            )
        )
        s.add(
            Loan(
                number="L2",
                item_id=item.id,
                resident_id=r3,
                lent_at=local(2026, 10, 20),
                due_on=date(2026, 10, 27),
                returned_at=local(2026, 10, 28, 9),
            )
        )  # late
        s.add(
            Loan(
                number="L3",
                item_id=ladder.id,
                resident_id=r2,
                lent_at=local(2026, 10, 25),
                due_on=date(2026, 11, 1),
            )
        )  # due in November, not back
        s.add(
            Loan(
                number="L4",
                item_id=item.id,
                resident_id=r2,
                lent_at=local(2026, 9, 25),
                due_on=date(2026, 10, 2),
                returned_at=local(2026, 10, 1, 9),
            )
        )
        for n, (day, h0, h1, status) in enumerate(
            (
                (5, 9, 11, "confirmed"),  # Monday 5 Oct, two hours
                (6, 16, 18, "checked_in"),  # one hour inside opening (16-17)
                (7, 9, 10, "no_show"),
                (8, 9, 10, "cancelled"),
            )
        ):
            s.add(
                Booking(
                    number=f"B{n}",
                    room_id=room.id,
                    starts_at=local(2026, 10, day, h0),
                    ends_at=local(2026, 10, day, h1),
                    holder_name="单田芳",
                    resident_id=r1,
                    status=status,
                )
            )

    # points: rules, awards in September and October, a redemption and a refund in October
    clock.set_now(local(2026, 9, 15))
    civility = earning.save_rule(store, admin, "楼道清洁", 10)
    pioneer = earning.save_rule(store, admin, "党员先锋岗值守", 20, scheme="pioneer")
    earning.award(store, admin, civility.id, [r1], uuid.uuid4())
    clock.set_now(local(2026, 10, 3))
    earning.award(store, admin, civility.id, [r1, r2], uuid.uuid4())
    earning.award(store, admin, pioneer.id, [r1], uuid.uuid4(), quantity=2)
    earning.award(store, admin, pioneer.id, [r2], uuid.uuid4())
    soap = shop.create_product(store, admin, shop.ProductInput(code="P1", name="肥皂", price=5))
    shop.create_product(store, admin, shop.ProductInput(code="P2", name="毛巾", price=8))
    shop.stock_in(store, admin, soap.id, 10, uuid.uuid4())
    clock.set_now(local(2026, 10, 20))
    red = shop.redeem(store, admin, r1, [("P1", 3)], uuid.uuid4())
    clock.set_now(local(2026, 10, 21))
    line = red.lines[0]
    shop.refund(store, admin, red.id, uuid.uuid4(), {line.id: 1})
    clock.set_now(local(2026, 11, 25))
    return Centre(g1.id, g2.id, r1, r2, r3, cases)
