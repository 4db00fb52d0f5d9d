"""Room booking benchmarks for `gridesk bench`: checking availability and placing a booking
with 100,000 past bookings on file, next to the same statements in raw sqlite3."""

from __future__ import annotations

import random
import shutil
import sqlite3
import tempfile
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from gridesk import clock
from gridesk.bench import BenchRun, Figure
from gridesk.clock import utcnow
from gridesk.core.actor import Actor
from gridesk.core.models import new_id
from gridesk.core.setup import initialise
from gridesk.core.store import Store, open_store
from gridesk.core.treasure import rooms
from gridesk.core.treasure.models import Booking
from gridesk.core.treasure.rooms import BookingRequest, RoomInput, at_local
from gridesk.paths import sqlite_url

PAST_BOOKINGS = 100_000
ROOMS = ("议事厅", "棋牌室", "阅览室", "舞蹈室", "四点半课堂")
OPENS, CLOSES, SLOT = 8 * 60, 21 * 60, 30

_OVERLAP_SQL = (
    "SELECT 1 FROM treasure_bookings WHERE room_id = ? AND starts_at >= ? AND starts_at < ? "
    "AND ends_at > ? AND status IN ('pending', 'confirmed', 'checked_in') LIMIT 1"
)


def _fmt(moment: datetime) -> str:
    """A UTC moment as the store keeps it in SQLite (naive ISO text)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _fill(store: Store, actor: Actor, room_ids: list[uuid.UUID], today: date, past: int) -> None:
    """``past`` bookings before today (over years), and the next 60 days fairly full."""
    rng = random.Random(7)
    rows = []
    day, n = today - timedelta(days=1), 0
    statuses = ("checked_in",) * 8 + ("no_show", "cancelled")
    while n < past:
        for room_id in room_ids:
            start = OPENS
            while start < CLOSES - 60 and n < past:
                length = rng.choice((60, 90, 120))
                if start + length > CLOSES:
                    break
                if rng.random() < 0.55:
                    rows.append(_row(room_id, day, start, length, rng.choice(statuses), n))
                    n += 1
                start += length
        day -= timedelta(days=1)
    for offset in range(60):
        for room_id in room_ids:
            for start in range(OPENS, CLOSES - 60, 120):
                if rng.random() < 0.5:
                    rows.append(
                        _row(
                            room_id,
                            today + timedelta(days=offset + 1),
                            start,
                            60,
                            "confirmed",
                            len(rows),
                        )
                    )
    now = utcnow()
    with store.write(actor) as s:
        for chunk in range(0, len(rows), 20_000):
            s.execute(
                insert(Booking),
                [
                    {**r, "created_at": now, "updated_at": now, "station_id": actor.station_id}
                    for r in rows[chunk : chunk + 20_000]
                ],
            )
        store.audit(s, "bench", "treasure_bookings", "bulk", str(len(rows)))


def _row(
    room_id: uuid.UUID, day: date, start: int, length: int, status: str, n: int
) -> dict[str, Any]:
    return {
        "id": new_id(),
        "number": f"BM-{day:%Y%m%d}-B{n:06d}",
        "room_id": room_id,
        "starts_at": at_local(day, start),
        "ends_at": at_local(day, start + length),
        "holder_kind": "team",
        "resident_id": None,
        "holder_name": "基准测试队",
        "phone": "",
        "purpose": "活动",
        "attendees": 10,
        "status": status,
        "series_id": None,
        "checked_in_at": None,
        "note": "",
    }


def booking_figures(runs: int, past: int = PAST_BOOKINGS) -> list[Figure]:
    from gridesk.bench import percentile, timed

    scratch = Path(tempfile.mkdtemp(prefix="gridesk-rooms-bench-"))
    try:
        store = open_store(sqlite_url(scratch / "rooms.db"), scratch, backup_first=False)
        actor = initialise(
            store,
            station_name="基准测试社区",
            station_code="BM",
            admin_username="bench",
            admin_password="bench123",
        )
        room_ids = [
            rooms.save_room(
                store, actor, None, RoomInput(name=name, opens_at=OPENS, closes_at=CLOSES)
            ).id
            for name in ROOMS
        ]
        today = clock.today()
        _fill(store, actor, room_ids, today, past)
        rng = random.Random(11)
        probes = [
            (rng.choice(room_ids), today + timedelta(days=rng.randint(1, 60)),
             OPENS + SLOT * rng.randrange(0, (CLOSES - OPENS - 60) // SLOT))
            for _ in range(runs + 1)
        ]  # fmt: skip
        probe = iter(probes * 2)

        def check() -> None:
            room_id, day, start = next(probe)
            rooms.is_free(store, actor, room_id, day, start, start + 60)

        raw = sqlite3.connect(scratch / "rooms.db", isolation_level=None)
        raw.execute("PRAGMA synchronous=FULL")
        raw_probe = iter(probes * 2)
        day_span = timedelta(days=1)

        def raw_check() -> None:
            room_id, day, start = next(raw_probe)
            begin, end = at_local(day, start), at_local(day, start + 60)
            raw.execute("SELECT buffer_minutes FROM treasure_rooms WHERE id = ?", (room_id.hex,))
            raw.execute(
                _OVERLAP_SQL,
                (room_id.hex, _fmt(begin - day_span), _fmt(end), _fmt(begin)),
            ).fetchone()

        check_ms, raw_check_ms = timed(check, runs), timed(raw_check, runs)

        # placing: one free 30-minute slot after another, far enough ahead to be empty
        slots = iter(
            (room_id, today + timedelta(days=200 + d), start)
            for d in range(400)
            for room_id in room_ids
            for start in range(OPENS, CLOSES, SLOT)
        )

        def place() -> None:
            room_id, day, start = next(slots)
            rooms.book_room(
                store,
                actor,
                BookingRequest(
                    room_id=room_id,
                    day=day,
                    start=start,
                    end=start + SLOT,
                    holder_kind="team",
                    holder_name="基准测试队",
                ),
            )

        counter = iter(range(10**9))

        def raw_place() -> None:
            room_id, day, start = next(slots)
            begin, end = at_local(day, start), at_local(day, start + SLOT)
            now = _fmt(utcnow())
            raw.execute("BEGIN IMMEDIATE")
            raw.execute(
                "UPDATE treasure_rooms SET version = version + 1 WHERE id = ?", (room_id.hex,)
            )
            raw.execute(
                _OVERLAP_SQL, (room_id.hex, _fmt(begin - day_span), _fmt(end), _fmt(begin))
            ).fetchall()
            raw.execute(
                "INSERT INTO treasure_bookings (id, number, room_id, starts_at, ends_at, holder_kind,"
                " holder_name, phone, purpose, attendees, status, note, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, 'team', '基准测试队', '', '', 0, 'confirmed', '', ?, ?)",
                (
                    new_id().hex,
                    f"RAW-{next(counter)}",
                    room_id.hex,
                    _fmt(begin),
                    _fmt(end),
                    now,
                    now,
                ),
            )
            raw.execute("COMMIT")

        place_ms = timed(place, runs)
        raw_place_ms = timed(raw_place, runs)
        raw.close()
        store.close()
        label = f"{past // 1000}k past bookings"
        return [
            Figure(
                f"room availability check p95 ({label})",
                percentile(check_ms, 95),
                "ms",
                percentile(raw_check_ms, 95),
                10,
            ),
            Figure(
                f"placing a booking p95, committed ({label})",
                percentile(place_ms, 95),
                "ms",
                percentile(raw_place_ms, 95),
                10,
            ),
        ]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def section(run: BenchRun) -> list[Figure]:
    """This window's section of `gridesk bench` (gridesk.windows)."""
    return booking_figures(run.runs, 10_000 if run.quick else PAST_BOOKINGS)
