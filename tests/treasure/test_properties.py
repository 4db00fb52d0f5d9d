"""Random sequences of desk actions against a plain model of the rules (hypothesis).

Each example works on fresh items (or a fresh day of the rooms) in one database, so the
examples do not see each other's state."""

from __future__ import annotations

import itertools
from datetime import timedelta

from conftest import DAY, NOW
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gridesk.core.check import run_checks
from gridesk.core.treasure import lending, rooms
from gridesk.core.treasure.lending import ItemInput
from gridesk.core.treasure.rooms import BookingRequest
from gridesk.errors import GrideskError

PEOPLE = ("王秀英", "李建国", "张丽")
_serial = itertools.count()

lending_ops = st.lists(
    st.tuples(
        st.sampled_from(("lend", "return", "return_damaged", "hold", "cancel", "repair", "back")),
        st.integers(0, 1),  # item
        st.integers(0, 2),  # resident
    ),
    max_size=25,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=lending_ops)
def test_lending_follows_the_rules(store, admin, shelf, ops):
    n = next(_serial)
    items = [
        lending.save_item(store, admin, None, ItemInput(name=f"物品{n}-{i}")).id for i in range(2)
    ]
    people = [shelf.residents[p] for p in PEOPLE]
    status = ["available", "available"]
    borrower: list[int | None] = [None, None]
    queue: list[list[int]] = [[], []]
    holds: dict[tuple[int, int], object] = {}
    for op, i, r in ops:
        if op == "lend":
            ok = status[i] == "available" or (status[i] == "held" and queue[i][0] == r)
            if ok:
                status[i], borrower[i] = "on_loan", r
                if r in queue[i]:
                    queue[i].remove(r)
        elif op.startswith("return"):
            ok = status[i] == "on_loan"
            if ok:
                borrower[i] = None
                if op == "return_damaged":
                    status[i] = "in_repair"
                else:
                    status[i] = "held" if queue[i] else "available"
        elif op == "hold":
            ok = status[i] != "available" and borrower[i] != r and r not in queue[i]
            if ok:
                queue[i].append(r)
        elif op == "cancel":
            ok = r in queue[i]
            if ok:
                queue[i].remove(r)
                if status[i] == "held" and not queue[i]:
                    status[i] = "available"
        elif op == "repair":
            ok = status[i] != "on_loan"
            if ok:
                status[i] = "in_repair"
        else:  # back
            ok = status[i] != "on_loan"
            if ok and status[i] == "in_repair":
                status[i] = "held" if queue[i] else "available"
        try:
            if op == "lend":
                lending.lend(store, admin, items[i], people[r], now=NOW)
            elif op.startswith("return"):
                lending.take_back(store, admin, items[i], damaged=op == "return_damaged", now=NOW)
            elif op == "hold":
                holds[(i, r)] = lending.place_hold(store, admin, items[i], people[r], now=NOW).id
            elif op == "cancel":
                if (i, r) not in holds:
                    raise lending.ItemUnavailable("no such hold")
                lending.cancel_hold(store, admin, holds.pop((i, r)), now=NOW)  # type: ignore[arg-type]
            elif op == "repair":
                lending.set_item_status(store, admin, items[i], "in_repair", "检修")
            else:
                lending.set_item_status(store, admin, items[i], "available", "")
            done = True
        except GrideskError:
            done = False
        assert done == ok, (op, i, r, status, queue)
        if op == "lend" and done:
            holds.pop((i, r), None)
        for k in range(2):
            assert lending.get_item(store, admin, items[k]).status == status[k]
            assert [h.resident_id for h in lending.queue_for(store, admin, items[k])] == [
                people[p] for p in queue[k]
            ]
    assert run_checks(store) == []


booking_ops = st.lists(
    st.tuples(
        st.sampled_from(("book", "book", "book", "cancel")),
        st.sampled_from(("棋牌室", "议事厅")),
        st.integers(0, 26),  # start, in half hours after 08:00
        st.integers(1, 8),  # length, in half hours
    ),
    max_size=20,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=booking_ops)
def test_bookings_never_overlap_and_follow_the_room_rules(store, admin, shelf, ops):
    day = DAY + timedelta(days=next(_serial))
    room_rules = {
        # opens, closes, slot, min, max, buffer
        "棋牌室": (480, 1260, 30, 30, 240, 0),
        "议事厅": (540, 1080, 60, 60, 180, 30),
    }
    booked: dict[str, list[tuple[int, int, object]]] = {"棋牌室": [], "议事厅": []}
    for op, room, half_hours, length in ops:
        opens, closes, slot, shortest, longest, buffer = room_rules[room]
        start = 480 + 30 * half_hours
        end = start + 30 * length
        if op == "cancel":
            if booked[room]:
                _, _, booking_id = booked[room].pop(0)
                rooms.cancel_booking(store, admin, booking_id, now=NOW)  # type: ignore[arg-type]
            continue
        fits = (
            opens <= start
            and end <= closes
            and (start - opens) % slot == 0
            and (end - start) % slot == 0
            and shortest <= end - start <= longest
        )
        free = all(not (start < e + buffer and s < end + buffer) for s, e, _ in booked[room])
        try:
            [made] = rooms.book_room(
                store,
                admin,
                BookingRequest(
                    room_id=shelf.rooms[room],
                    day=day,
                    start=start,
                    end=end,
                    resident_id=shelf.residents["张丽"],
                ),
                now=NOW,
            )
            booked[room].append((start, end, made.id))
            assert fits and free
        except rooms.BookingConflict:
            assert fits and not free
        except GrideskError:
            assert not fits
        if fits:  # the fast availability check agrees with what the guard decided
            taken = any(start < e + buffer and b < end + buffer for b, e, _ in booked[room])
            assert rooms.is_free(store, admin, shelf.rooms[room], day, start, end) == (not taken)
    assert run_checks(store) == []
