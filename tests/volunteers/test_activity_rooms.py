"""An activity in a function room books the room through the treasure box: no one else can
have it for that time, and the booking follows the activity (moved, changed, cancelled)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from gridesk import clock
from gridesk.core.check import run_checks
from gridesk.core.treasure.models import CONFIRMED, FOR_TEAM
from gridesk.core.treasure.rooms import (
    BookingConflict,
    BookingRequest,
    RoomInput,
    at_local,
    book_room,
    bookings_between,
    save_room,
)
from gridesk.core.volunteers.activities import (
    ActivityInput,
    cancel_activity,
    list_activities,
    save_activity,
)

DAY = clock.today() + timedelta(days=7)


def activity(room_id, start=9 * 60, end=11 * 60, title="助老理发") -> ActivityInput:
    return ActivityInput(
        title=title,
        starts_at=at_local(DAY, start),
        ends_at=at_local(DAY, end),
        capacity=10,
        place="议事厅",
        room_id=room_id,
    )


def statuses(store, admin, room_id) -> list[tuple[str, str, str]]:
    found = bookings_between(store, admin, DAY, DAY, room_id=room_id)
    return sorted((f"{b.starts_at.astimezone():%H:%M}", b.status, b.purpose) for b in found)


@pytest.fixture
def hall(store, admin):
    return save_room(store, admin, None, RoomInput(name="议事厅", capacity=30)).id


def test_an_activity_books_its_room_and_gives_it_back(store, admin, hall) -> None:
    saved = save_activity(store, admin, None, activity(hall))
    assert statuses(store, admin, hall) == [("09:00", CONFIRMED, "助老理发")]

    # the same time for someone else: refused, with the room's free times nearby
    with pytest.raises(BookingConflict):
        book_room(
            store, admin,
            BookingRequest(hall, DAY, 10 * 60, 11 * 60, holder_kind=FOR_TEAM, holder_name="舞蹈队"),
        )  # fmt: skip

    # moved to the afternoon: booked anew, the morning given back
    save_activity(store, admin, saved.id, activity(hall, 14 * 60, 16 * 60))
    assert statuses(store, admin, hall) == [("14:00", CONFIRMED, "助老理发")]
    assert run_checks(store) == []
    # only the title changed: the booking stays as it is
    save_activity(store, admin, saved.id, activity(hall, 14 * 60, 16 * 60, title="助老理发（二）"))
    assert statuses(store, admin, hall) == [("14:00", CONFIRMED, "助老理发")]
    cancel_activity(store, admin, saved.id)
    assert statuses(store, admin, hall) == []  # the room is free again
    assert run_checks(store) == []


def test_a_taken_room_saves_nothing(store, admin, hall) -> None:
    book_room(
        store, admin,
        BookingRequest(hall, DAY, 9 * 60, 12 * 60, holder_kind=FOR_TEAM, holder_name="舞蹈队"),
    )  # fmt: skip
    before = list_activities(store, admin, since=clock.local_now())
    with pytest.raises(BookingConflict):
        save_activity(store, admin, None, activity(hall))
    assert list_activities(store, admin, since=clock.local_now()) == before
    assert len(statuses(store, admin, hall)) == 1  # only the dance team's


def test_no_room_means_no_booking(store, admin, hall) -> None:
    saved = save_activity(store, admin, None, activity(hall))
    save_activity(store, admin, saved.id, activity(None))
    assert statuses(store, admin, hall) == []
