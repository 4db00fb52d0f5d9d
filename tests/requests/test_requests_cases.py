"""Cases: intake, the status machine, deadlines that pause on hold, call-backs, the queue."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from gridesk.core.check import run_checks, run_warnings
from gridesk.core.requests.cases import (
    CaseFilter,
    IntakeInput,
    NotAllowed,
    Photo,
    StepRequest,
    count_cases,
    due_count,
    find_case_by_number,
    get_case,
    list_cases,
    move_case,
    take_request,
)
from gridesk.core.requests.machine import ALLOWED, Action, Status
from gridesk.core.requests.workdays import WorkCalendar
from gridesk.errors import GrideskError, ValidationError

MONDAY = date(2026, 11, 23)


def _jpeg(size=(800, 600)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 40, 40)).save(out, "JPEG")
    return out.getvalue()


def test_intake_gives_a_ticket_number_deadline_and_checklist(make_case, unit):
    case = make_case(photos=(Photo("lamp.jpg", _jpeg()),))
    assert case.number == "T-CS-20261123-001"
    assert case.status is Status.ACCEPTED
    assert case.deadline == date(2026, 11, 26)  # 3 working days
    assert case.handler_name == unit.name
    assert case.checklist == ("现场照片", "具体位置（楼栋号）")
    assert case.contact_name == "单田芳" and case.grid_name == "第一网格"
    assert len(case.attachments) == 1 and case.attachments[0].thumbnail.startswith(b"\xff\xd8")
    assert case.events[0].attachment_ids == (case.attachments[0].id,)
    assert make_case().number == "T-CS-20261123-002"


def test_an_anonymous_request_needs_a_phone(store, admin, category):
    with pytest.raises(ValidationError) as caught:
        take_request(store, admin, IntakeInput(category.id, "噪音扰民"), day=MONDAY)
    assert caught.value.field == "phone"
    case = take_request(
        store, admin, IntakeInput(category.id, "噪音扰民", phone="13700001234"), day=MONDAY
    )
    assert case.resident_id is None and case.phone == "13700001234"


def test_on_hold_pauses_the_clock(store, admin, make_case):
    case = make_case()  # due Thursday 26 Nov
    held = move_case(
        store, admin, case.id, StepRequest(Action.HOLD, reason="等居民补材料"), day=MONDAY
    )
    assert held.deadline is None and held.days_left_on_hold == 3
    # two weeks later the resident brings the papers: three working days are still left
    back = move_case(store, admin, case.id, StepRequest(Action.RESUME), day=date(2026, 12, 7))
    assert back.status is Status.ACCEPTED
    assert back.deadline == date(2026, 12, 10)
    assert run_checks(store) == []


def test_hold_needs_a_reason_and_rejection_a_referral(store, admin, make_case):
    case = make_case()
    with pytest.raises(ValidationError):
        move_case(store, admin, case.id, StepRequest(Action.HOLD))
    with pytest.raises(ValidationError) as caught:
        move_case(store, admin, case.id, StepRequest(Action.NOT_OURS, reason="属物业"))
    assert caught.value.field == "referred_to"
    done = move_case(
        store,
        admin,
        case.id,
        StepRequest(Action.NOT_OURS, reason="属物业管理", referred_to="锦绣物业 0571-8888"),
    )
    assert done.status is Status.NOT_OURS
    assert done.events[-1].referred_to == "锦绣物业 0571-8888"


def test_resolved_is_not_closed_until_the_call_back(store, admin, make_case, unit):
    case = make_case()
    move_case(
        store,
        admin,
        case.id,
        StepRequest(Action.DISPATCH, handler_kind="department", handler_id=unit.id),
    )
    move_case(store, admin, case.id, StepRequest(Action.RESOLVE, note="已更换灯泡"))
    assert get_case(store, admin, case.id).status is Status.RESOLVED
    low = move_case(
        store,
        admin,
        case.id,
        StepRequest(Action.CALLBACK, rating=2, fixed=True, note="还是不太亮", escalate=True),
        day=MONDAY,
    )
    assert low.status is Status.DISPATCHED and low.handler_kind == "escalation"
    assert low.rating == 2
    move_case(store, admin, case.id, StepRequest(Action.RESOLVE))
    closed = move_case(
        store, admin, case.id, StepRequest(Action.CALLBACK, rating=5, fixed=True, note="很满意")
    )
    assert closed.status is Status.CLOSED and closed.rating == 5
    statuses = [e.to_status for e in closed.events]
    assert statuses == [
        "accepted",
        "dispatched",
        "resolved",
        "dispatched",
        "resolved",
        "closed",
    ]
    with pytest.raises(NotAllowed):
        move_case(store, admin, case.id, StepRequest(Action.RESOLVE))
    assert run_checks(store) == []


def test_events_are_append_only(store, admin, make_case):
    make_case()
    with store.engine.begin() as conn, pytest.raises(DBAPIError):
        conn.execute(text("UPDATE request_events SET note = 'x'"))
    with store.engine.begin() as conn, pytest.raises(DBAPIError):
        conn.execute(text("DELETE FROM request_events"))


def test_check_finds_a_status_that_does_not_follow_its_events(store, admin, make_case):
    case = make_case()
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE requests SET status = 'closed'"))
    problems = run_checks(store)
    assert any(case.number in p and "status" in p for p in problems)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE requests SET status = 'accepted', deadline = '2026-12-31'"))
    assert any("deadline" in p for p in run_checks(store))


def test_queue_due_and_overdue_search_and_filters(store, admin, make_case, resident):
    old = make_case(day=MONDAY - timedelta(days=14), description="楼道堆物")
    make_case(day=MONDAY, description="路灯不亮")
    anonymous = take_request(
        store,
        admin,
        IntakeInput(old.category_id, "广场舞噪音", contact_name="匿名", phone="13700009876"),
        day=MONDAY,
    )
    assert due_count(store, admin, today=MONDAY) == 1
    due = list_cases(store, admin, CaseFilter(view="due"), 0, 50, today=MONDAY)
    assert [r.number for r in due] == [old.number]
    everything = list_cases(store, admin, CaseFilter(view="all"), 0, 50, today=MONDAY)
    assert everything[0].number == old.number  # the earliest deadline first
    found = {
        q: [r.number for r in list_cases(store, admin, CaseFilter(view="all", text=q), 0, 50)]
        for q in ("噪音", "9876", anonymous.number, "stf")
    }
    assert found["噪音"] == [anonymous.number]
    assert found["9876"] == [anonymous.number]
    assert found[anonymous.number] == [anonymous.number]
    assert len(found["stf"]) == 2  # the resident's initials: her two cases
    assert find_case_by_number(store, admin, old.number.lower()).id == old.id
    assert count_cases(store, admin, CaseFilter(view="all", handler="城管执法中队")) == 3


# -- the state machine under random steps ---------------------------------------------------

_STEP = st.sampled_from(
    [
        StepRequest(Action.DISPATCH, handler_kind="grid"),  # handler id filled in below
        StepRequest(Action.ESCALATE, handler_kind="secretary"),
        StepRequest(Action.START),
        StepRequest(Action.HOLD, reason="等材料"),
        StepRequest(Action.RESUME),
        StepRequest(Action.RESOLVE, note="已处理"),
        StepRequest(Action.RESOLVE_PARTLY, note="部分处理"),
        StepRequest(Action.REJECT, reason="不合理", referred_to="法律援助站"),
        StepRequest(Action.NOT_OURS, reason="非本社区", referred_to="街道"),
        StepRequest(Action.CALLBACK, rating=5, fixed=True),
        StepRequest(Action.CALLBACK, rating=1, fixed=False),
        StepRequest(Action.CALLBACK, rating=2, fixed=True, escalate=True),
        StepRequest(Action.CLOSE),
        StepRequest(Action.REOPEN, reason="居民再次反映"),
        StepRequest(Action.NOTE, note="电话联系居民"),
        StepRequest(Action.HOLD),  # no reason: always refused
    ]
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    steps=st.lists(st.tuples(_STEP, st.integers(min_value=0, max_value=20)), max_size=12),
)
def test_random_steps_never_corrupt_a_case(store, admin, make_case, grid, steps):
    from dataclasses import replace

    case = make_case()
    day = MONDAY
    for req, gap in steps:
        day += timedelta(days=gap)
        if req.action is Action.DISPATCH:
            req = replace(req, handler_id=grid.id)
        before = get_case(store, admin, case.id)
        try:
            after = move_case(store, admin, case.id, req, day=day)
        except GrideskError:
            now = get_case(store, admin, case.id)
            assert now == before  # a refused step changes nothing
            continue
        assert before.status in ALLOWED[req.action]
        assert len(after.events) == len(before.events) + 1
        if after.status is Status.ON_HOLD:
            assert after.deadline is None
        elif before.status is Status.ON_HOLD and req.action is Action.RESUME:
            # the hold never counts: as many working days are left as when it began
            assert WorkCalendar().count(day, after.deadline) == before.days_left_on_hold
    assert [p for p in run_checks(store) if p.startswith("requests")] == []


def test_check_warns_of_deadlines_in_a_year_without_holidays(store, admin, make_case):
    from gridesk.core.requests import catalogue

    make_case(day=date(2026, 12, 30))  # due 4 Jan 2027
    assert run_checks(store) == []  # a warning, not a broken record: `check` still passes
    (warning,) = run_warnings(store)
    assert warning.startswith("working days:") and "2027" in warning
    catalogue.set_calendar_day(store, admin, date(2027, 1, 1), False, "元旦")
    assert run_warnings(store) == []


def test_every_kind_of_search_finds_what_a_plain_scan_finds(store, admin, make_case, resident):
    """The keyed paths (two-character keys, phone tails, numbers, pinyin) agree with reading
    every case and checking its text."""
    texts = [
        "5号楼门口路灯不亮",
        "楼道堆物 有消防隐患",
        "Lamp is out at gate 3",
        "噪音扰民，晚上十一点后",
    ]
    made = [make_case(description=d) for d in texts]
    made.append(
        take_request(
            store,
            admin,
            IntakeInput(
                made[0].category_id, "广场舞噪音", contact_name="李先生", phone="13700009876"
            ),
            day=MONDAY,
        )
    )
    every = list_cases(store, admin, CaseFilter(view="all"), 0, 100, MONDAY)
    for query in ("噪音", "路灯不亮", "消防隐患", "lamp", "gate 3", "9876", "13700009876",
                  made[2].number, "stf", "李先生", "楼", "灯", "CS-2026"):  # fmt: skip
        found = {
            r.number
            for r in list_cases(store, admin, CaseFilter(view="all", text=query), 0, 100, MONDAY)
        }
        expected = {
            r.number
            for r in every
            if query.lower()
            in f"{r.number} {r.contact_name} {r.phone} {r.category} {r.description}".lower()
            or (query == "stf" and r.contact_name == "单田芳")
        }
        assert found == expected, query
        assert count_cases(store, admin, CaseFilter(view="all", text=query), MONDAY) == len(found)


@pytest.mark.sqlite_only  # SQLite's query plans, through its plain reader
def test_the_queue_and_keyed_searches_never_scan_the_cases(store, admin, make_case):
    from gridesk.core.requests.cases import case_sql

    make_case()
    reader = store.reader()
    for f in (
        CaseFilter(view="due"),
        CaseFilter(view="open"),
        CaseFilter(view="all", text="噪音扰民"),
        CaseFilter(view="all", text="5678"),
        CaseFilter(view="all", text="CS-20261123-001"),
    ):
        for count in (True, False):
            sql, values = case_sql(f, 0, 100, MONDAY, count=count)
            plan = " | ".join(r[3] for r in reader.execute("EXPLAIN QUERY PLAN " + sql, values))
            assert "SCAN requests" not in plan, (f, plan)


def test_every_view_of_the_list(store, admin, make_case):
    cases = [make_case() for _ in range(5)]
    move_case(store, admin, cases[1].id, StepRequest(Action.RESOLVE), day=MONDAY)
    move_case(store, admin, cases[2].id, StepRequest(Action.HOLD, reason="等材料"), day=MONDAY)
    move_case(
        store, admin, cases[3].id, StepRequest(Action.REJECT, reason="不合理", referred_to="街道")
    )
    expected = {
        "open": {cases[0].number, cases[4].number},
        "callback": {cases[1].number},
        "on_hold": {cases[2].number},
        "done": {cases[3].number},
        "all": {c.number for c in cases},
        "due": set(),
    }
    for view, numbers in expected.items():
        rows = list_cases(store, admin, CaseFilter(view=view), 0, 50, MONDAY)
        assert {r.number for r in rows} == numbers, view
        assert count_cases(store, admin, CaseFilter(view=view), MONDAY) == len(numbers)
    for sort in ("deadline", "accepted", "number"):
        assert len(list_cases(store, admin, CaseFilter(view="all", sort=sort), 0, 50)) == 5


def test_check_reads_cases_in_chunks(store, admin, make_case, monkeypatch):
    from gridesk.core.requests import check as requests_check

    monkeypatch.setattr(requests_check, "_CHUNK", 2)
    cases = [make_case() for _ in range(5)]
    for case in cases[:3]:
        move_case(store, admin, case.id, StepRequest(Action.START), day=MONDAY)
    assert run_checks(store) == []
    with store.engine.begin() as conn:
        conn.execute(
            text("UPDATE requests SET status = 'accepted' WHERE number = :n"),
            {"n": cases[2].number},
        )
    (problem,) = run_checks(store)
    assert cases[2].number in problem and "in_progress" in problem
