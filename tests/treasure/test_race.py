"""Two desks (two processes on one database file) act at the same instant: one wins, the other
is refused plainly. Never two loans of one item or two bookings of one slot."""

from __future__ import annotations

import multiprocessing
from dataclasses import replace
from datetime import timedelta

import race_worker

from gridesk import clock
from gridesk.core.check import run_checks
from gridesk.core.treasure import lending, rooms
from gridesk.core.treasure.lending import ItemInput
from gridesk.core.treasure.rooms import BookingRequest

ROUNDS = 12


def race(store, admin, rounds_a, rounds_b):
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(2)
    results = ctx.Queue()
    db = str(store.sqlite_path) if store.sqlite_path else store.url
    procs = [
        ctx.Process(target=race_worker.desk, args=(db, admin, rounds, barrier, results, name))
        for rounds, name in ((rounds_a, "A"), (rounds_b, "B"))
    ]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=120) for _ in range(2 * len(rounds_a))]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    by_round: dict[int, list[tuple[str, str, str]]] = {}
    for number, name, result, message in outcomes:
        by_round.setdefault(number, []).append((name, result, message))
    return by_round


def test_two_desks_lend_one_item_at_the_same_instant(store, admin, shelf):
    items = [
        lending.save_item(store, admin, None, ItemInput(name=f"雨伞{i}")).id for i in range(ROUNDS)
    ]
    a = [("lend", item, shelf.residents["王秀英"]) for item in items]
    b = [("lend", item, shelf.residents["张丽"]) for item in items]
    by_round = race(store, admin, a, b)
    winners = set()
    for number in range(ROUNDS):
        results = sorted(r for _, r, _ in by_round[number])
        assert results == ["ItemUnavailable", "won"], by_round[number]
        [loser] = [m for _, r, m in by_round[number] if r != "won"]
        assert "already on loan" in loser
        winners.update(n for n, r, _ in by_round[number] if r == "won")
        item = lending.get_item(store, admin, items[number])
        assert item.status == "on_loan"
    assert run_checks(store) == []


def test_two_desks_book_one_room_at_the_same_instant(store, admin, shelf):
    day = clock.today() + timedelta(days=30)
    base = BookingRequest(
        room_id=shelf.rooms["棋牌室"],
        day=day,
        start=9 * 60,
        end=10 * 60,
        resident_id=shelf.residents["王秀英"],
    )
    slots = [replace(base, start=9 * 60 + 30 * i, end=10 * 60 + 30 * i) for i in range(ROUNDS)]
    a = [("book", slot, None) for slot in slots]
    # desk B asks for the same start, a different length and someone else: still the same room
    b = [
        ("book", replace(slot, end=slot.start + 30, resident_id=shelf.residents["张丽"]), None)
        for slot in slots
    ]
    # each round's slot overlaps the previous round's booking, so book rounds one apart
    a, b = a[::2], b[::2]
    by_round = race(store, admin, a, b)
    for number in range(len(a)):
        results = sorted(r for _, r, _ in by_round[number])
        assert results == ["BookingConflict", "won"], by_round[number]
    booked = rooms.bookings_between(store, admin, day, day)
    assert len(booked) == len(a)
    assert run_checks(store) == []
