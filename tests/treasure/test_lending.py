"""Lending, taking back, holds, repairs and the overdue rule, on a real database file."""

from __future__ import annotations

from datetime import timedelta

import pytest
from conftest import DAY, NOW

from gridesk.core.actor import Actor, Role
from gridesk.core.auth import create_user
from gridesk.core.check import run_checks
from gridesk.core.treasure import lending
from gridesk.core.treasure.lending import ItemUnavailable, OverdueBlock
from gridesk.errors import Conflict, PermissionDenied, ValidationError


def test_lend_gives_a_number_and_a_due_date(store, admin, shelf):
    loan = lending.lend(store, admin, shelf.items["电钻"], shelf.residents["王秀英"], now=NOW)
    assert loan.number == f"L-CS-{DAY:%Y%m%d}-001"
    assert loan.due_on == DAY + timedelta(days=7)
    assert loan.resident_name == "王秀英"
    item = lending.get_item(store, admin, shelf.items["电钻"])
    assert (item.status, item.borrower_name, item.due_on) == ("on_loan", "王秀英", loan.due_on)
    second = lending.lend(store, admin, shelf.items["轮椅"], shelf.residents["王秀英"], now=NOW)
    assert second.number.endswith("-002")


def test_an_item_on_loan_is_refused_with_who_has_it(store, admin, shelf):
    lending.lend(store, admin, shelf.items["电钻"], shelf.residents["王秀英"], now=NOW)
    with pytest.raises(ItemUnavailable) as refused:
        lending.lend(store, admin, shelf.items["电钻"], shelf.residents["张丽"], now=NOW)
    assert "王秀英" in str(refused.value)


def test_return_puts_it_back_on_the_shelf(store, admin, shelf):
    lending.lend(store, admin, shelf.items["电钻"], shelf.residents["王秀英"], now=NOW)
    result = lending.take_back(
        store, admin, shelf.items["电钻"], condition="良好", now=NOW + timedelta(days=2)
    )
    assert result.item_status == "available" and result.next_hold is None
    assert result.loan.return_condition == "良好"
    with pytest.raises(Conflict):
        lending.take_back(store, admin, shelf.items["电钻"], now=NOW)


def test_damaged_or_incomplete_goes_to_repair_and_back_with_events(store, admin, shelf):
    item = shelf.items["电钻"]
    lending.lend(store, admin, item, shelf.residents["王秀英"], now=NOW)
    result = lending.take_back(store, admin, item, missing_parts="钻头2个", now=NOW)
    assert result.item_status == "in_repair"
    with pytest.raises(ItemUnavailable, match="repair"):
        lending.lend(store, admin, item, shelf.residents["张丽"], now=NOW)
    with pytest.raises(ValidationError):
        lending.set_item_status(store, admin, item, "retired", "")
    lending.set_item_status(store, admin, item, "available", "配齐钻头")
    events = lending.item_events(store, admin, item)
    assert [(e.from_status, e.to_status) for e in events] == [
        ("on_loan", "in_repair"),
        ("in_repair", "available"),
    ]
    assert "钻头2个" in events[0].note and events[1].note == "配齐钻头"


def test_overdue_blocks_borrowing_until_back_or_admin_override(store, admin, shelf):
    desk = create_user(store, admin, "desk", "前台", Role.FRONT_DESK, "secret1")
    actor = Actor(desk.id, "desk", "前台", Role.FRONT_DESK, admin.station_id)
    lending.lend(store, actor, shelf.items["折叠梯"], shelf.residents["王秀英"], now=NOW)
    later = NOW + timedelta(days=5)  # the ladder was due after 3 days
    with pytest.raises(OverdueBlock) as blocked:
        lending.lend(store, actor, shelf.items["电钻"], shelf.residents["王秀英"], now=later)
    assert "折叠梯" in str(blocked.value)
    with pytest.raises(PermissionDenied):
        lending.lend(
            store,
            actor,
            shelf.items["电钻"],
            shelf.residents["王秀英"],
            override_reason="急用",
            now=later,
        )
    loan = lending.lend(
        store,
        admin,
        shelf.items["电钻"],
        shelf.residents["王秀英"],
        override_reason="急用",
        now=later,
    )
    assert loan.override_reason == "急用"
    overdue = lending.overdue_list(store, admin, today=later.date())
    assert [(r.item_name, r.resident_name, r.phone, r.days_overdue) for r in overdue] == [
        ("折叠梯", "王秀英", "13700001234", 2)
    ]
    lending.take_back(store, actor, shelf.items["折叠梯"], now=later)
    lending.lend(store, actor, shelf.items["轮椅"], shelf.residents["王秀英"], now=later)


def test_holds_queue_and_the_desk_is_told_who_is_next(store, admin, shelf):
    item = shelf.items["轮椅"]
    r = shelf.residents
    with pytest.raises(Conflict, match="shelf"):
        lending.place_hold(store, admin, item, r["张丽"], now=NOW)
    lending.lend(store, admin, item, r["王秀英"], now=NOW)
    first = lending.place_hold(store, admin, item, r["张丽"], now=NOW + timedelta(minutes=1))
    second = lending.place_hold(store, admin, item, r["李建国"], now=NOW + timedelta(minutes=2))
    assert (first.position, second.position) == (1, 2)
    with pytest.raises(Conflict):
        lending.place_hold(store, admin, item, r["张丽"], now=NOW)
    with pytest.raises(Conflict):
        lending.place_hold(store, admin, item, r["王秀英"], now=NOW)
    result = lending.take_back(store, admin, item, now=NOW + timedelta(days=1))
    assert result.item_status == "held"
    assert result.next_hold is not None and result.next_hold.resident_name == "张丽"
    with pytest.raises(ItemUnavailable, match="张丽"):
        lending.lend(store, admin, item, r["李建国"], now=NOW + timedelta(days=1))
    lending.lend(store, admin, item, r["张丽"], now=NOW + timedelta(days=1))
    assert [h.resident_name for h in lending.queue_for(store, admin, item)] == ["李建国"]
    assert run_checks(store) == []


def test_cancelling_the_first_hold_passes_the_item_on(store, admin, shelf):
    item = shelf.items["轮椅"]
    r = shelf.residents
    lending.lend(store, admin, item, r["王秀英"], now=NOW)
    hold = lending.place_hold(store, admin, item, r["张丽"], now=NOW)
    lending.take_back(store, admin, item, now=NOW)
    lending.cancel_hold(store, admin, hold.id, now=NOW)
    assert lending.get_item(store, admin, item).status == "available"
    assert run_checks(store) == []


def test_cashier_cannot_lend(store, admin, shelf):
    user = create_user(store, admin, "cash", "收银", Role.CASHIER, "secret1")
    cashier = Actor(user.id, "cash", "收银", Role.CASHIER, admin.station_id)
    with pytest.raises(PermissionDenied):
        lending.lend(store, cashier, shelf.items["电钻"], shelf.residents["张丽"], now=NOW)


def test_the_database_itself_refuses_a_second_open_loan(store, admin, shelf):
    from sqlalchemy.exc import IntegrityError

    from gridesk.core.treasure.models import Loan

    lending.lend(store, admin, shelf.items["电钻"], shelf.residents["王秀英"], now=NOW)
    with pytest.raises(IntegrityError), store.write(admin) as s:
        s.add(
            Loan(
                number="X-1",
                item_id=shelf.items["电钻"],
                resident_id=shelf.residents["张丽"],
                lent_at=NOW,
                due_on=DAY,
            )
        )


def test_item_events_cannot_be_changed_or_deleted(store, admin, shelf):
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError, OperationalError

    lending.set_item_status(store, admin, shelf.items["电钻"], "in_repair", "电机异响")
    for statement in (
        "UPDATE treasure_item_events SET note = 'x'",
        "DELETE FROM treasure_item_events",
    ):
        with (
            pytest.raises((IntegrityError, OperationalError), match="append-only"),
            store.write(admin) as s,
        ):
            s.execute(text(statement))
    assert [e.note for e in lending.item_events(store, admin, shelf.items["电钻"])] == ["电机异响"]
