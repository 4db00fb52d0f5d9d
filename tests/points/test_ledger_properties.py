"""Hypothesis: 10,000+ random earn / redeem / refund / repeat operations over many accounts.

After every operation the result is compared with a plain model (dicts of balances and
stock); after every example every balance equals the model and the sum of its entries, the
chain verifies, and ``gridesk check`` finds nothing. Repeats (the same operation id sent
again) must return the first result and change nothing.

Durability is not what this test is about (the SIGKILL script is), so the file runs with
``synchronous=OFF`` to keep 10,000 transactions to a few seconds.
"""

from __future__ import annotations

import uuid
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from pg_databases import ON_POSTGRESQL
from points_helpers import op
from sqlalchemy import event, func, select

from gridesk.core.check import run_checks
from gridesk.core.points import earning, shop
from gridesk.core.points.errors import NotEnoughPoints, NothingToRefund, OutOfStock
from gridesk.core.points.ledger import verify_chain
from gridesk.core.points.models import LedgerEntry, PointsAccount
from gridesk.core.residents.records import ResidentInput, create_resident

STEPS = 500
# per test; three tests: 10,500 operations in all (on a server, where each unit of work is a
# few round trips, 3,000: the same rules, fewer examples)
EXAMPLES = 2 if ON_POSTGRESQL else 7
RESIDENTS = 12
_WORLD: dict[int, dict[str, Any]] = {}

# One flat tuple per step (kind, resident, then what the kind needs) keeps each example's
# choices well inside hypothesis's buffer.
operation = st.tuples(
    st.sampled_from(("earn", "redeem", "redeem", "refund", "repeat")),
    st.integers(0, RESIDENTS - 1),
    st.integers(0, 2),
    st.integers(1, 3),
    st.integers(0, 3),
    st.integers(0, 255),
)


def _fast(store: Any) -> None:
    if store.sqlite_path is None:  # a server: the test cluster runs without fsync already
        return

    def off(conn: Any, _record: Any) -> None:
        conn.execute("PRAGMA synchronous=OFF")

    event.listen(store.engine, "connect", off)
    store.engine.dispose()


def _db_balances(store, residents):
    with store.read() as s:
        rows = dict(
            s.execute(
                select(PointsAccount.resident_id, PointsAccount.balance).where(
                    PointsAccount.resident_id.in_(residents)
                )
            ).all()
        )
        sums = dict(
            s.execute(
                select(PointsAccount.resident_id, func.sum(LedgerEntry.points))
                .join(LedgerEntry, LedgerEntry.account_id == PointsAccount.id)
                .group_by(PointsAccount.resident_id)
            ).all()
        )
        problems = list(verify_chain(s))
    return rows, sums, problems


SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    phases=(Phase.explicit, Phase.generate),  # a failure shows its first example, unshrunk
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)
STEPS_STRATEGY = st.lists(operation, min_size=STEPS, max_size=STEPS)


# Three tests (each its own examples: derandomized by the test's name) rather than one, so
# that none runs for minutes on a busy machine.
@SETTINGS
@given(steps=STEPS_STRATEGY)
def test_random_operations_keep_every_invariant(store, admin, steps):
    run_operations(store, admin, steps)


@SETTINGS
@given(steps=STEPS_STRATEGY)
def test_random_operations_keep_every_invariant_again(store, admin, steps):
    run_operations(store, admin, steps)


@SETTINGS
@given(steps=STEPS_STRATEGY)
def test_random_operations_keep_every_invariant_a_third_time(store, admin, steps):
    run_operations(store, admin, steps)


def run_operations(store, admin, steps):
    if not store.setting("test.ready", False):
        _fast(store)
        _setup(store, admin)
    world = _WORLD[id(store)]
    residents, rules, products = world["residents"], world["rules"], world["products"]
    balances, _sums, _ = _db_balances(store, residents)
    model = {r: balances.get(r, 0) for r in residents}
    stock = {p.id: shop.find_product(store, admin, p.code).stock for p in products}
    done: list[tuple[Any, uuid.UUID, Any, Any]] = []  # (kind+args, op id, result, call)
    redemptions: list[shop.RedemptionView] = []

    for step in steps:
        kind, who = step[0], step[1]
        if kind == "earn":
            rule_i = step[2]
            rule = rules[rule_i]
            operation_id = op()

            def call(rule=rule, who=who, operation_id=operation_id):
                return earning.award(store, admin, rule.id, [residents[who]], operation_id)

            result = call()
            model[residents[who]] += rule.points
            done.append((step, operation_id, result, call))
        elif kind == "redeem":
            # one or two lines: (product, quantity), and a second product when step[4] < 3
            lines = [(step[2], step[3])] + ([(step[4], 1)] if step[4] < 3 else [])
            cart: dict[int, int] = {}
            for i, q in lines:
                cart[i] = cart.get(i, 0) + q
            cost = sum(products[i].price * q for i, q in cart.items())
            operation_id = op()
            codes = [(products[i].code, q) for i, q in lines]

            def call(who=who, codes=codes, operation_id=operation_id):
                return shop.redeem(store, admin, residents[who], codes, operation_id)

            short_stock = any(stock[products[i].id] < q for i, q in cart.items())
            try:
                result = call()
            except OutOfStock:
                assert short_stock
                continue
            except NotEnoughPoints:
                assert not short_stock and model[residents[who]] < cost
                continue
            assert not short_stock and model[residents[who]] >= cost
            assert result.balance_before == model[residents[who]]
            model[residents[who]] -= cost
            for i, q in cart.items():
                stock[products[i].id] -= q
            redemptions.append(result)
            done.append((step, operation_id, result, call))
        elif kind == "refund":
            if not redemptions:
                continue
            pick, whole = step[5], step[4] % 2 == 0
            detail = shop.get_redemption(store, admin, redemptions[pick % len(redemptions)].id)
            r = detail.redemption
            left = {line.id: detail.left(line) for line in r.lines}
            wanted = None if whole else {r.lines[0].id: 1}
            operation_id = op()

            def call(r=r, wanted=wanted, operation_id=operation_id):
                return shop.refund(store, admin, r.id, operation_id, wanted)

            nothing = sum(left.values()) == 0 if whole else left[r.lines[0].id] < 1
            try:
                result = call()
            except NothingToRefund:
                assert nothing
                continue
            assert not nothing
            model[r.resident_id] += result.total
            back = left if whole else {r.lines[0].id: 1}
            for line in r.lines:
                stock[line.product_id] += back.get(line.id, 0)
            done.append((step, operation_id, result, call))
        else:  # repeat an earlier operation: same result, nothing changes
            if not done:
                continue
            _, _, first, call = done[step[5] % len(done)]
            assert call() == first

    balances, sums, problems = _db_balances(store, residents)
    assert problems == []
    for r in residents:
        assert balances.get(r, 0) == model[r] == (sums.get(r) or 0) >= 0
    for p in products:
        assert shop.find_product(store, admin, p.code).stock == stock[p.id] >= 0
    assert run_checks(store) == []


def _setup(store, admin) -> None:
    residents = [
        create_resident(
            store, admin, ResidentInput(name=f"居民{i:02d}", phone=f"1391234{i:04d}")
        ).id
        for i in range(RESIDENTS)
    ]
    rules = [
        earning.save_rule(store, admin, name, points)
        for name, points in (("垃圾分类", 5), ("参加议事会", 10), ("志愿服务", 30))
    ]
    products = []
    for code, name, price, count in (
        ("P1", "香皂", 15, 400),
        ("P2", "洗衣液", 40, 60),
        ("P3", "食用油", 90, 5),
    ):
        p = shop.create_product(store, admin, shop.ProductInput(code, name, price))
        shop.stock_in(store, admin, p.id, count, op())
        products.append(shop.find_product(store, admin, code))
    from gridesk.core.store import set_setting

    with store.write(admin) as s:
        set_setting(s, "test.ready", True)
    _WORLD[id(store)] = {"residents": residents, "rules": rules, "products": products}
