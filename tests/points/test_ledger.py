"""The ledger and the counter's services on a real SQLite file: invariants 1 and 2."""

from __future__ import annotations

import itertools
import re
import threading

import pytest
from points_helpers import give, make_user, op
from raw_db import REFUSED, drop_trigger, raw
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from gridesk.core.actor import Role
from gridesk.core.chains import GENESIS, chain_hash
from gridesk.core.check import run_checks
from gridesk.core.points import accounts, earning, shop
from gridesk.core.points.errors import (
    AlreadyAwarded,
    AlreadyDecided,
    NotEnoughPoints,
    NothingToRefund,
    OutOfStock,
    OwnApproval,
)
from gridesk.core.points.ledger import canonical
from gridesk.core.points.models import LedgerEntry, Redemption
from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.core.store import open_store
from gridesk.errors import PermissionDenied, ValidationError


def balance(p, resident_id):
    return accounts.account_view(p.store, p.cashier, resident_id).balance


def stock(p, product):
    return shop.find_product(p.store, p.cashier, product.code).stock


def counts(p):
    with p.store.read() as s:
        return (
            s.execute(select(func.count()).select_from(LedgerEntry)).scalar_one(),
            s.execute(select(func.count()).select_from(Redemption)).scalar_one(),
        )


def test_a_redemption_moves_points_stock_and_numbers_together(points_shop):
    p = points_shop
    r = shop.redeem(p.store, p.cashier, p.wang, [("soap", 2), ("SOAP", 1)], op())
    assert [(line.name, line.quantity) for line in r.lines] == [("香皂", 3)]
    assert (r.balance_before, r.total, r.balance_after) == (100, 60, 40)
    assert re.fullmatch(r"X-CS-\d{8}-001", r.number)
    assert r.cashier == "cashier"
    assert balance(p, p.wang) == 40 and stock(p, p.soap) == 7
    second = shop.redeem(p.store, p.cashier, p.wang, [("soap", 1)], op())
    assert second.number.endswith("-002")
    assert run_checks(p.store) == []


def test_not_enough_points_or_stock_changes_nothing(points_shop):
    p = points_shop
    before = counts(p)
    with pytest.raises(NotEnoughPoints) as exc:
        shop.redeem(p.store, p.cashier, p.wang, [("6901234567890", 2)], op())
    assert exc.value.params == {"balance": 100, "needed": 180}
    give(p.store, p.admin, p.wang, 100)
    before = counts(p)
    with pytest.raises(OutOfStock):
        shop.redeem(p.store, p.cashier, p.wang, [("soap", 1), ("6901234567890", 3)], op())
    assert counts(p) == before
    assert balance(p, p.wang) == 200 and stock(p, p.soap) == 10 and stock(p, p.oil) == 2
    # the failed attempts gave their receipt numbers back
    assert shop.redeem(p.store, p.cashier, p.wang, [("soap", 1)], op()).number.endswith("-001")


def test_a_repeated_operation_returns_the_same_receipt_and_changes_nothing(points_shop):
    p = points_shop
    operation = op()
    first = shop.redeem(p.store, p.cashier, p.wang, [("soap", 1)], operation)
    after = counts(p)
    again = shop.redeem(p.store, p.cashier, p.wang, [("soap", 1)], operation)
    assert again == first
    assert counts(p) == after and balance(p, p.wang) == 80 and stock(p, p.soap) == 9


def test_a_replayed_operation_after_a_crash_does_nothing(points_shop, tmp_path):
    """The desk committed, then died before it showed the receipt; after a restart the
    cashier's retry (same operation id, from the desk's journal) finds the first result."""
    p = points_shop
    operation = op()
    first = shop.redeem(p.store, p.cashier, p.wang, [("soap", 2)], operation)
    p.store.engine.dispose()  # the process is gone: no connection, no session survives
    reopened = open_store(p.store.url, tmp_path, backup_first=False)
    try:
        replay = shop.redeem(reopened, p.cashier, p.wang, [("soap", 2)], operation)
        assert replay.number == first.number and replay.id == first.id
        assert accounts.account_view(reopened, p.cashier, p.wang).balance == 60
        assert shop.find_product(reopened, p.cashier, "SOAP").stock == 8
        assert run_checks(reopened) == []
    finally:
        reopened.close()


def test_two_redemptions_confirmed_together_with_points_for_one(points_shop):
    """Two desks confirm at the same instant for one resident with 100 points: 60 + 60."""
    p = points_shop
    barrier = threading.Barrier(2)
    results: list[object] = []

    def confirm() -> None:
        barrier.wait()
        try:
            results.append(shop.redeem(p.store, p.cashier, p.wang, [("soap", 3)], op()))
        except NotEnoughPoints as exc:
            results.append(exc)

    threads = [threading.Thread(target=confirm) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    done = [r for r in results if isinstance(r, shop.RedemptionView)]
    refused = [r for r in results if isinstance(r, NotEnoughPoints)]
    assert len(done) == 1 and len(refused) == 1
    assert balance(p, p.wang) == 40 and stock(p, p.soap) == 7
    assert run_checks(p.store) == []


def test_refund_reverses_exactly_once(points_shop):
    p = points_shop
    r = shop.redeem(p.store, p.cashier, p.wang, [("soap", 2)], op())
    operation = op()
    back = shop.refund(p.store, p.cashier, r.id, operation, note="买错了")
    assert back.total == 40 and back.balance_after == 100 and back.lines == (("香皂", 2),)
    assert shop.refund(p.store, p.cashier, r.id, operation) == back  # a double press
    with pytest.raises(NothingToRefund):
        shop.refund(p.store, p.cashier, r.id, op())  # a second refund of the same goods
    assert balance(p, p.wang) == 100 and stock(p, p.soap) == 10
    assert shop.get_redemption(p.store, p.cashier, r.id).fully_refunded
    assert run_checks(p.store) == []


def test_refund_per_line_never_more_than_redeemed(points_shop):
    p = points_shop
    give(p.store, p.admin, p.wang, 50)
    r = shop.redeem(p.store, p.cashier, p.wang, [("soap", 3), ("6901234567890", 1)], op())
    soap_line, oil_line = r.lines
    shop.refund(p.store, p.cashier, r.id, op(), {soap_line.id: 1})
    with pytest.raises(NothingToRefund):
        shop.refund(p.store, p.cashier, r.id, op(), {soap_line.id: 3})
    rest = shop.refund(p.store, p.cashier, r.id, op())  # everything that is left
    assert rest.total == 2 * 20 + 90
    assert balance(p, p.wang) == 150 and stock(p, p.soap) == 10 and stock(p, p.oil) == 2
    view = shop.get_redemption(p.store, p.cashier, r.id)
    assert view.refunded_points == r.total and view.fully_refunded
    assert view.refunded == {soap_line.id: 3, oil_line.id: 1}
    assert run_checks(p.store) == []


def test_the_database_refuses_to_change_or_delete_entries(points_shop):
    p = points_shop
    shop.redeem(p.store, p.cashier, p.wang, [("soap", 1)], op())
    with raw(p.store) as conn:
        for sql in (
            "UPDATE points_entries SET points = points + 1000",
            "DELETE FROM points_entries",
            "DELETE FROM points_redemptions",
            "UPDATE points_stock_moves SET delta = 5",
        ):
            with pytest.raises(REFUSED, match="append-only"):
                conn.execute(sql)
        with pytest.raises(REFUSED, match=r"(?i)check"):
            conn.execute("UPDATE points_accounts SET balance = -1")
    with pytest.raises(IntegrityError), p.store.write(p.admin) as s:
        s.execute(select(LedgerEntry).limit(1)).scalar_one().points = 5000


def _tamper(p, sql: str) -> None:
    drop_trigger(p.store, "points_entries", "points_entries_no_update")
    with raw(p.store) as conn:
        conn.execute(sql)


def test_check_names_the_first_entry_edited_by_hand(points_shop):
    p = points_shop
    for _ in range(3):
        shop.redeem(p.store, p.cashier, p.wang, [("soap", 1)], op())
    assert run_checks(p.store) == []
    with p.store.read() as s:
        target = s.execute(select(LedgerEntry).where(LedgerEntry.seq == 3)).scalar_one()
    _tamper(p, f"UPDATE points_entries SET points = -1 WHERE seq = {target.seq}")
    problems = run_checks(p.store)
    assert f"points ledger: ledger entry #3 ({target.id}) does not match its hash" in " ".join(
        problems
    )
    assert any("points triggers" in line and "UPDATE" in line for line in problems)
    assert any(line.startswith("points balances") for line in problems)


def test_check_finds_a_rewritten_chain_and_a_wrong_stock(points_shop):
    """Someone recomputes an entry's own hash after editing it: the next entry's link breaks."""
    p = points_shop
    shop.redeem(p.store, p.cashier, p.wang, [("soap", 1)], op())
    shop.redeem(p.store, p.cashier, p.wang, [("soap", 1)], op())
    with p.store.read() as s:
        e = s.execute(select(LedgerEntry).where(LedgerEntry.seq == 2)).scalar_one()
        text = canonical(
            e.seq, e.id, e.account_id, e.kind, -1, e.balance_after, e.operation_id,
            e.ref_id, e.station_id, e.created_by, e.created_at,
        )  # fmt: skip
        forged = chain_hash(e.prev_hash, text)
    _tamper(p, f"UPDATE points_entries SET points = -1, hash = '{forged}' WHERE seq = 2")
    with raw(p.store) as conn:
        conn.execute("UPDATE points_products SET stock = 99 WHERE code = 'SOAP'")
    problems = run_checks(p.store)
    assert any("ledger entry #3" in line and "previous entry's hash" in line for line in problems)
    assert any("product SOAP" in line for line in problems)


def test_chain_starts_at_genesis_and_links(points_shop):
    p = points_shop
    with p.store.read() as s:
        rows = s.execute(select(LedgerEntry).order_by(LedgerEntry.seq)).scalars().all()
    assert rows[0].seq == 1 and rows[0].prev_hash == GENESIS
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(rows))


def test_stock_count_records_the_difference(points_shop):
    p = points_shop
    operation = op()
    move = shop.stock_count(p.store, p.cashier, p.soap.id, 8, operation, "破损 2")
    assert move is not None and move.delta == -2 and move.stock_after == 8
    assert shop.stock_count(p.store, p.cashier, p.soap.id, 8, operation) == move
    assert shop.stock_count(p.store, p.cashier, p.soap.id, 8, op()) is None
    assert [m.kind for m in shop.stock_moves(p.store, p.cashier, p.soap.id)][:1] == ["count"]
    assert [x.code for x in shop.low_stock(p.store, p.cashier)] == ["6901234567890"]
    assert run_checks(p.store) == []


def test_awards_above_the_threshold_wait_for_a_second_person(points_shop):
    p = points_shop
    clerk = make_user(p.store, p.admin, Role.FRONT_DESK, "clerk")
    second = make_user(p.store, p.admin, Role.ADMIN, "secretary")
    accounts.set_approval_threshold(p.store, p.admin, 50)
    big = earning.save_rule(p.store, p.admin, "参加议事会", 10, unit="次")
    small = earning.award(p.store, clerk, big.id, [p.wang, p.li], op(), quantity=2, note="十月")
    assert small.status == "approved" and small.total == 40
    assert balance(p, p.li) == 20
    waiting = earning.award(p.store, clerk, big.id, [p.li], op(), quantity=6)
    assert waiting.status == "pending" and balance(p, p.li) == 20
    with pytest.raises(PermissionDenied):
        earning.decide(p.store, clerk, waiting.id, True, op())
    own = earning.award(p.store, second, big.id, [p.li], op(), quantity=6)
    with pytest.raises(OwnApproval):
        earning.decide(p.store, second, own.id, True, op())
    operation = op()
    approved = earning.decide(p.store, second, waiting.id, True, operation)
    assert approved.status == "approved" and balance(p, p.li) == 80
    assert earning.decide(p.store, second, waiting.id, True, operation) == approved
    with pytest.raises(AlreadyDecided):
        earning.decide(p.store, second, waiting.id, True, op())
    assert balance(p, p.li) == 80
    assert earning.decide(p.store, p.admin, own.id, False, op()).status == "rejected"
    assert balance(p, p.li) == 80
    assert run_checks(p.store) == []


def test_a_source_earns_exactly_once(points_shop):
    p = points_shop
    hour = earning.save_rule(p.store, p.admin, "志愿服务（每小时）", 10, unit="小时")
    earning.award(p.store, p.admin, hour.id, [p.li], op(), quantity=3, source_kind="hours",
                  source_id="abc")  # fmt: skip
    with pytest.raises(AlreadyAwarded):
        earning.award(p.store, p.admin, hour.id, [p.li], op(), quantity=3, source_kind="hours",
                      source_id="abc")  # fmt: skip
    assert balance(p, p.li) == 30


def test_household_pooling(points_shop):
    p = points_shop
    with pytest.raises(ValidationError):
        accounts.set_pooling(p.store, p.admin, True)  # points were already awarded


def test_roles(points_shop):
    p = points_shop
    rule = earning.list_rules(p.store, p.admin)[0]
    with pytest.raises(PermissionDenied):
        earning.award(p.store, p.cashier, rule.id, [p.li], op())
    with pytest.raises(PermissionDenied):
        shop.create_product(p.store, p.cashier, shop.ProductInput("X1", "x", 1))
    clerk = make_user(p.store, p.admin, Role.COORDINATOR, "coord")
    with pytest.raises(PermissionDenied):
        shop.redeem(p.store, clerk, p.wang, [("soap", 1)], op())


def test_check_finds_a_removed_entry_even_with_the_balance_fixed_up(points_shop):
    """The last entry deleted and the cached balance set to match: the chain still links, but
    the redemption it paid for is no longer paid."""
    p = points_shop
    r = shop.redeem(p.store, p.cashier, p.wang, [("soap", 1)], op())
    drop_trigger(p.store, "points_entries", "points_entries_no_delete")
    with raw(p.store) as conn:
        conn.execute("DELETE FROM points_entries WHERE seq = (SELECT MAX(seq) FROM points_entries)")
        conn.execute("UPDATE points_accounts SET balance = 100")
    problems = run_checks(p.store)
    assert any(f"redemption {r.number}" in line for line in problems)
    assert any("points_entries is not protected against DELETE" in line for line in problems)


def test_a_household_pools_its_points_when_the_admin_says_so(store, admin):
    accounts.set_pooling(store, admin, True)
    home = {"estate": "锦绣家园", "building": "3", "unit": "2", "room": "301"}
    a = create_resident(store, admin, ResidentInput(name="张伟", **home)).id
    b = create_resident(store, admin, ResidentInput(name="张小明", **home)).id
    rule = earning.save_rule(store, admin, "垃圾分类", 5)
    earning.award(store, admin, rule.id, [a, b], op())
    view = accounts.account_view(store, admin, b)
    assert view.balance == 10 and view.pooled
    assert accounts.account_view(store, admin, a).balance == 10
    assert run_checks(store) == []


def test_the_fast_chain_walk_reads_the_same_canonical_text(points_shop):
    """check reads SQLite's stored text directly; it must be exactly what was hashed."""
    from gridesk.core.points.ledger import _raw_rows

    p = points_shop
    shop.redeem(p.store, p.cashier, p.wang, [("soap", 1)], op())
    with p.store.read() as s:
        fast = [row[3] for row in _raw_rows(s)]
        entries = s.execute(select(LedgerEntry).order_by(LedgerEntry.seq)).scalars().all()
        slow = [
            canonical(
                e.seq,
                e.id,
                e.account_id,
                e.kind,
                e.points,
                e.balance_after,
                e.operation_id,
                e.ref_id,
                e.station_id,
                e.created_by,
                e.created_at,
            )
            for e in entries
        ]
    assert fast == slow and len(fast) == 2
    assert all(
        chain_hash(e.prev_hash, text) == e.hash for e, text in zip(entries, fast, strict=True)
    )
