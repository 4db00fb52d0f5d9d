"""Two desks of a hall act at the same instant, 100 rounds each, in two processes on one
database (SQLite here; PostgreSQL when GRIDESK_TEST_DB names a server): every round ends as
one desk after the other would have, never half of each, and `gridesk check` stays clean."""

from __future__ import annotations

import multiprocessing
import os
from collections import Counter
from datetime import timedelta

import hall_race_worker
import pytest

from gridesk import clock
from gridesk.core import auth
from gridesk.core.actor import Actor, Role
from gridesk.core.check import run_checks
from gridesk.core.models import new_id
from gridesk.core.points import accounts, earning, shop
from gridesk.core.requests import catalogue
from gridesk.core.requests.cases import IntakeInput, get_case, take_request
from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.core.treasure import lending
from gridesk.core.treasure.lending import ItemInput
from gridesk.core.volunteers.activities import ActivityInput, save_activity

ROUNDS = int(os.environ.get("GRIDESK_RACE_ROUNDS", "100"))

# 100 rounds of two processes: minutes on a busy machine
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]


def race(
    store, actor: Actor, desk_a: list, desk_b: list, actor_b: Actor | None = None
) -> dict[int, list[tuple[str, str]]]:
    """Both desks' outcomes per round: [(result, detail), (result, detail)], desk A's first."""
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(2)
    out = ctx.Queue()
    desks = [
        ctx.Process(target=hall_race_worker.desk, args=(store.url, who, rounds, barrier, out, name))
        for who, rounds, name in ((actor, desk_a, "A"), (actor_b or actor, desk_b, "B"))
    ]
    for d in desks:
        d.start()
    outcomes = [out.get(timeout=300) for _ in range(len(desk_a) + len(desk_b))]
    for d in desks:
        d.join(timeout=60)
        assert d.exitcode == 0
    by_round: dict[int, list[tuple[str, str]]] = {}
    for number, _desk, result, detail in sorted(outcomes):
        by_round.setdefault(number, []).append((result, detail))
    return by_round


def people(store, admin, count: int, prefix: str) -> list:
    return [
        create_resident(store, admin, ResidentInput(name=f"{prefix}{i:03d}")).id
        for i in range(count)
    ]


@pytest.fixture
def counter(store, admin):
    """A cashier, a product of 60 points with stock for every round, and a rule of 100."""
    auth.create_user(
        store, admin, username="cashier", display_name="cashier", role=Role.CASHIER,
        password="secret1",
    )  # fmt: skip
    cashier = auth.sign_in(store, "cashier", "secret1")
    product = shop.create_product(store, admin, shop.ProductInput("TEA", "茶叶", 60))
    shop.stock_in(store, cashier, product.id, 3 * ROUNDS, new_id())
    rule = earning.save_rule(store, admin, "志愿服务", 100)
    return cashier, rule


def funded(store, admin, rule, count: int, prefix: str) -> list:
    residents = people(store, admin, count, prefix)
    earning.award(store, admin, rule.id, residents, new_id())
    return residents


def balance(store, actor, resident) -> int:
    return accounts.account_view(store, actor, resident).balance


def test_two_desks_redeem_for_one_resident(store, admin, counter):
    """100 points, 60 each: one desk's redemption, the other told plainly there are too few."""
    cashier, rule = counter
    residents = funded(store, admin, rule, ROUNDS, "兑")
    rounds = [("redeem", r, "TEA") for r in residents]
    by_round = race(
        store,
        cashier,
        [(*r, new_id()) for r in rounds],
        [(*r, new_id()) for r in rounds],
    )
    for number, resident in enumerate(residents):
        kinds = sorted(result for result, _ in by_round[number])
        assert kinds[1] == "ok" and kinds[0] != "ok" and not kinds[0].startswith("CRASH"), (
            number,
            by_round[number],
        )
        assert balance(store, cashier, resident) == 40
    assert run_checks(store) == []


def test_an_award_and_a_redemption_for_one_resident_at_once(store, admin, counter):
    cashier, rule = counter
    small = earning.save_rule(store, admin, "签到", 20)
    residents = funded(store, admin, rule, ROUNDS, "奖")
    by_round = race(
        store,
        cashier,
        [("redeem", r, "TEA", new_id()) for r in residents],
        [("award", small.id, r, new_id()) for r in residents],
        admin,
    )
    for number, resident in enumerate(residents):
        assert [result for result, _ in by_round[number]] == ["ok", "ok"], by_round[number]
        assert balance(store, cashier, resident) == 100 - 60 + 20
    assert run_checks(store) == []


def test_one_operation_id_sent_by_two_desks_charges_once(store, admin, counter):
    """A retry from another desk (the same operation id) returns the first result."""
    cashier, rule = counter
    residents = funded(store, admin, rule, ROUNDS, "同")
    rounds = [("redeem", r, "TEA", new_id()) for r in residents]
    by_round = race(store, cashier, rounds, rounds)
    for number, resident in enumerate(residents):
        (a, number_a), (b, number_b) = by_round[number]
        assert (a, b) == ("ok", "ok") and number_a == number_b, by_round[number]
        assert balance(store, cashier, resident) == 40
    assert run_checks(store) == []


def test_two_desks_note_one_case(store, admin):
    unit = catalogue.save_unit(
        store, admin, None, kind="department", name="城管执法中队", contact_name="李队",
        phone="13900002222",
    )  # fmt: skip
    category = catalogue.save_category(
        store, admin, None, name="路灯损坏", group_name="市政设施", handler_kind="department",
        handler_id=unit.id, deadline_days=3,
    )  # fmt: skip
    [resident] = people(store, admin, 1, "诉")
    cases = [
        take_request(store, admin, IntakeInput(category.id, "路灯不亮", resident_id=resident)).id
        for _ in range(ROUNDS)
    ]
    by_round = race(
        store,
        admin,
        [("note", c, "甲窗口：已电话联系") for c in cases],
        [("note", c, "乙窗口：居民又来问") for c in cases],
    )
    for number, case in enumerate(cases):
        assert [result for result, _ in by_round[number]] == ["ok", "ok"], by_round[number]
        # each desk saw its own note after the other's or before it: 2 and 3 events
        assert sorted(int(n) for _, n in by_round[number]) == [2, 3]
        notes = [e.note for e in get_case(store, admin, case).events if e.note]
        assert sorted(notes) == sorted(["甲窗口：已电话联系", "乙窗口：居民又来问"])
    assert run_checks(store) == []


def test_two_desks_take_the_last_place_of_an_activity(store, admin):
    starts = clock.utcnow() + timedelta(days=3)
    activities = [
        save_activity(
            store,
            admin,
            None,
            ActivityInput(f"读书会{i}", starts, starts + timedelta(hours=2), capacity=1),
        ).id
        for i in range(ROUNDS)
    ]
    first, second = people(store, admin, 2, "报名")
    by_round = race(
        store,
        admin,
        [("sign_up", a, first) for a in activities],
        [("sign_up", a, second) for a in activities],
    )
    for number in range(ROUNDS):
        assert sorted(by_round[number]) == [("ok", "signed"), ("ok", "waitlisted")], by_round[
            number
        ]
    assert run_checks(store) == []


def test_two_desks_lend_one_item(store, admin):
    items = [
        lending.save_item(store, admin, None, ItemInput(name=f"轮椅{i}")).id for i in range(ROUNDS)
    ]
    first, second = people(store, admin, 2, "借")
    by_round = race(
        store,
        admin,
        [("lend", item, first) for item in items],
        [("lend", item, second) for item in items],
    )
    for number in range(ROUNDS):
        results = Counter(result for result, _ in by_round[number])
        assert results == Counter({"ok": 1, "ItemUnavailable": 1}), by_round[number]
    assert run_checks(store) == []
