"""Two real processes redeem the last item of a product at the same instant."""

from __future__ import annotations

import multiprocessing

from points_helpers import give, op, redeem_at_the_barrier

from gridesk.core.check import run_checks
from gridesk.core.points import accounts, shop


def test_two_processes_redeem_the_last_item_exactly_one_succeeds(points_shop):
    p = points_shop
    give(p.store, p.admin, p.li, 100)
    give(p.store, p.admin, p.li, 100)
    shop.redeem(p.store, p.cashier, p.li, [("6901234567890", 1)], op())
    assert shop.find_product(p.store, p.cashier, "6901234567890").stock == 1
    # 王 has 100 and 李 110: each can pay for the last oil (90), only one can have it
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(2)
    out = ctx.Queue()
    desks = [
        ctx.Process(
            target=redeem_at_the_barrier,
            args=(
                p.store.url,
                str(p.store.data_dir),
                p.cashier,
                who,
                "6901234567890",
                barrier,
                out,
            ),
        )
        for who in (p.wang, p.li)
    ]
    for desk in desks:
        desk.start()
    results = sorted(out.get(timeout=120) for _ in desks)
    for desk in desks:
        desk.join(timeout=60)
        assert desk.exitcode == 0
    assert [kind for kind, _ in results] == ["OutOfStock", "ok"]
    assert shop.find_product(p.store, p.cashier, "6901234567890").stock == 0
    left = sum(accounts.account_view(p.store, p.cashier, r).balance for r in (p.wang, p.li))
    assert left == 100 + 110 - 90  # charged once
    assert run_checks(p.store) == []
