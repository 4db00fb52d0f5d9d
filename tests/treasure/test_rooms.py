"""Room bookings: opening hours, slots, lengths, buffers, approval, weekly repeats, no-shows."""

from __future__ import annotations

from datetime import timedelta

import pytest
from conftest import DAY, NOW

from gridesk.core.check import run_checks
from gridesk.core.treasure import rooms
from gridesk.core.treasure.rooms import BookingConflict, BookingRequest, at_local
from gridesk.errors import Conflict, ValidationError


def ask(shelf, room="棋牌室", start=10 * 60, end=11 * 60, **kw):
    kw.setdefault("day", DAY)
    kw.setdefault("resident_id", shelf.residents["王秀英"])
    return BookingRequest(room_id=shelf.rooms[room], start=start, end=end, **kw)


def test_book_a_slot_and_an_overlap_is_refused_with_free_slots_nearby(store, admin, shelf):
    [booking] = rooms.book_room(store, admin, ask(shelf), now=NOW)
    assert booking.status == "confirmed" and booking.holder_name == "王秀英"
    assert booking.phone == "13700001234"
    assert booking.number == f"B-CS-{DAY:%Y%m%d}-001"
    with pytest.raises(BookingConflict) as refused:
        rooms.book_room(store, admin, ask(shelf, start=10 * 60 + 30, end=11 * 60 + 30), now=NOW)
    assert refused.value.dates == (DAY,)
    # 9:30 would touch the 10:00 booking; the nearest free hours are offered
    starts = [start for start, _ in refused.value.suggestions]
    assert starts == [9 * 60, 11 * 60, 11 * 60 + 30, 12 * 60]
    # touching end to start is no overlap
    rooms.book_room(store, admin, ask(shelf, start=11 * 60, end=12 * 60), now=NOW)
    assert run_checks(store) == []


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (7 * 60, 8 * 60, "open from 09:00 to 18:00"),
        (17 * 60, 19 * 60, "open from"),
        (9 * 60 + 30, 10 * 60 + 30, "slots of 60"),
        (9 * 60, 13 * 60, "from 60 to 180 minutes"),
    ],
)
def test_room_rules(store, admin, shelf, start, end, message):
    with pytest.raises(ValidationError, match=message):
        rooms.book_room(store, admin, ask(shelf, "议事厅", start, end), now=NOW)


def test_buffer_and_approval(store, admin, shelf):
    [first] = rooms.book_room(store, admin, ask(shelf, "议事厅", 9 * 60, 10 * 60), now=NOW)
    assert first.status == "pending"
    with pytest.raises(BookingConflict):  # 30 minutes' buffer after 10:00
        rooms.book_room(store, admin, ask(shelf, "议事厅", 10 * 60, 11 * 60), now=NOW)
    assert rooms.free_starts(store, admin, shelf.rooms["议事厅"], DAY, 60, now=NOW)[0] == 11 * 60
    hall = shelf.rooms["议事厅"]
    # the fast availability check agrees with the guard, buffer included
    assert not rooms.is_free(store, admin, hall, DAY, 10 * 60, 11 * 60)
    assert rooms.is_free(store, admin, hall, DAY, 10 * 60 + 30, 11 * 60 + 30)
    assert not rooms.is_free(store, admin, hall, DAY, 8 * 60, 9 * 60)
    assert rooms.is_free(store, admin, hall, DAY - timedelta(days=1), 9 * 60, 10 * 60)
    assert rooms.approve(store, admin, first.id, now=NOW).status == "confirmed"
    with pytest.raises(Conflict):
        rooms.approve(store, admin, first.id, now=NOW)


def test_a_team_or_partner_needs_a_name(store, admin, shelf):
    with pytest.raises(ValidationError):
        rooms.book_room(store, admin, ask(shelf, holder_kind="team", resident_id=None), now=NOW)
    [b] = rooms.book_room(
        store,
        admin,
        ask(shelf, holder_kind="partner", holder_name="街道卫生院", resident_id=None),
        now=NOW,
    )
    assert (b.holder_kind, b.holder_name, b.resident_id) == ("partner", "街道卫生院", None)


def test_weekly_repeat_is_all_or_nothing_and_names_every_conflict(store, admin, shelf):
    until = DAY + timedelta(weeks=4)
    for week in (1, 3):
        rooms.book_room(
            store,
            admin,
            ask(
                shelf,
                day=DAY + timedelta(weeks=week),
                holder_kind="team",
                holder_name="书法队",
                resident_id=None,
            ),
            now=NOW,
        )
    with pytest.raises(BookingConflict) as refused:
        rooms.book_room(store, admin, ask(shelf, repeat_until=until), now=NOW)
    assert refused.value.dates == (DAY + timedelta(weeks=1), DAY + timedelta(weeks=3))
    assert str(DAY + timedelta(weeks=3)) in str(refused.value)
    assert len(rooms.bookings_between(store, admin, DAY, until)) == 2  # nothing more was booked
    made = rooms.book_room(
        store, admin, ask(shelf, start=14 * 60, end=15 * 60, repeat_until=until), now=NOW
    )
    assert [b.day for b in made] == [DAY + timedelta(weeks=w) for w in range(5)]
    assert len({b.series_id for b in made}) == 1 and made[0].series_id is not None


def test_no_show_frees_the_slot_and_check_in_keeps_it(store, admin, shelf):
    [late] = rooms.book_room(store, admin, ask(shelf), now=NOW)
    [kept] = rooms.book_room(store, admin, ask(shelf, start=12 * 60, end=13 * 60), now=NOW)
    with pytest.raises(Conflict, match="half an hour"):
        rooms.check_in(store, admin, kept.id, now=NOW)
    assert rooms.check_in(store, admin, kept.id, now=at_local(DAY, 12 * 60 + 5)).status == (
        "checked_in"
    )
    # 10:16: the 10:00 booking's 15 minutes are over
    moment = at_local(DAY, 10 * 60 + 16)
    with pytest.raises(Conflict, match="no-show"):
        rooms.check_in(store, admin, late.id, now=moment)
    assert rooms.get_booking(store, admin, late.id).status == "no_show"
    [again] = rooms.book_room(store, admin, ask(shelf, start=10 * 60 + 30, end=11 * 60), now=moment)
    assert again.status == "confirmed"
    assert rooms.mark_no_shows(store, admin, now=at_local(DAY, 23 * 60)) == 1


def test_cancel_frees_the_slot(store, admin, shelf):
    [b] = rooms.book_room(store, admin, ask(shelf), now=NOW)
    rooms.cancel_booking(store, admin, b.id, now=NOW)
    rooms.book_room(store, admin, ask(shelf), now=NOW)
    assert rooms.is_free(store, admin, shelf.rooms["棋牌室"], DAY, 11 * 60, 12 * 60)
    assert not rooms.is_free(store, admin, shelf.rooms["棋牌室"], DAY, 10 * 60, 10 * 60 + 30)


def test_past_times_are_refused(store, admin, shelf):
    with pytest.raises(ValidationError, match="passed"):
        rooms.book_room(store, admin, ask(shelf), now=at_local(DAY, 12 * 60))
