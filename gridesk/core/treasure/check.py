"""Treasure box (百宝箱): the invariants `gridesk check` verifies (registered with check.register)."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import text
from sqlalchemy.orm import Session

from gridesk.core.check import register


@register("treasure")
def _loans_and_items(s: Session) -> Iterator[str]:
    for name, n in s.execute(
        text(
            "SELECT i.name, COUNT(*) FROM treasure_loans l JOIN treasure_items i "
            "ON i.id = l.item_id WHERE l.returned_at IS NULL GROUP BY l.item_id, i.name "
            "HAVING COUNT(*) > 1 LIMIT 20"
        )
    ):
        yield f"item {name} is lent {n} times at once"
    for name, status in s.execute(
        text(
            "SELECT i.name, i.status FROM treasure_items i WHERE "
            "(i.status = 'on_loan') != EXISTS (SELECT 1 FROM treasure_loans l "
            "WHERE l.item_id = i.id AND l.returned_at IS NULL) LIMIT 20"
        )
    ):
        yield f"item {name} is '{status}' but its open loans say otherwise"
    for (name,) in s.execute(
        text(
            "SELECT i.name FROM treasure_items i WHERE i.status = 'held' AND NOT EXISTS "
            "(SELECT 1 FROM treasure_holds h WHERE h.item_id = i.id AND h.status = 'waiting') "
            "LIMIT 20"
        )
    ):
        yield f"item {name} is held but nobody is waiting for it"
    for (name,) in s.execute(
        text(
            "SELECT i.name FROM treasure_items i WHERE i.status = 'available' AND EXISTS "
            "(SELECT 1 FROM treasure_holds h WHERE h.item_id = i.id AND h.status = 'waiting') "
            "LIMIT 20"
        )
    ):
        yield f"item {name} is on the shelf while residents wait for it"


@register("rooms")
def _bookings(s: Session) -> Iterator[str]:
    # a buffer is a room rule checked at booking time; here: no two active bookings overlap
    for room, a, b in s.execute(
        text(
            "SELECT r.name, x.number, y.number FROM treasure_bookings x "
            "JOIN treasure_bookings y ON y.room_id = x.room_id AND y.starts_at >= x.starts_at "
            "AND y.starts_at < x.ends_at AND (y.starts_at > x.starts_at OR y.id > x.id) "
            "JOIN treasure_rooms r ON r.id = x.room_id "
            "WHERE x.status IN ('pending', 'confirmed', 'checked_in') "
            "AND y.status IN ('pending', 'confirmed', 'checked_in') LIMIT 20"
        )
    ):
        yield f"{room}: bookings {a} and {b} overlap"
    for (number,) in s.execute(
        text("SELECT number FROM treasure_bookings WHERE ends_at <= starts_at LIMIT 20")
    ):
        yield f"booking {number} ends before it starts"
