"""Demo data for the treasure box: donated items, rooms, and a month of loans and bookings
(some overdue, some no-shows), made through the services so every rule holds."""

from __future__ import annotations

import contextlib
import random
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from gridesk import clock
from gridesk.clock import utcnow
from gridesk.core.actor import Actor
from gridesk.core.models import Resident
from gridesk.core.store import Store
from gridesk.core.treasure import lending, rooms
from gridesk.core.treasure.lending import ItemInput
from gridesk.core.treasure.models import Item, Room
from gridesk.core.treasure.rooms import BookingRequest, RoomInput, at_local
from gridesk.demo import demo_rng
from gridesk.errors import GrideskError

# name, category, longest loan (days), deposit (yuan), who may borrow
ITEMS = [
    ("电钻（博世）", "工具", 3, 50, ""),
    ("冲击钻", "工具", 3, 50, ""),
    ("人字梯 1.5 米", "工具", 2, 0, ""),
    ("伸缩梯 3 米", "工具", 2, 0, "限成年居民"),
    ("工具箱（扳手螺丝刀套装）", "工具", 7, 0, ""),
    ("管道疏通器", "工具", 2, 0, ""),
    ("万用表", "工具", 7, 0, ""),
    ("热熔胶枪", "工具", 7, 0, ""),
    ("轮椅（折叠）", "助老助残", 30, 200, "老人、残障居民优先"),
    ("轮椅（轻便）", "助老助残", 30, 200, "老人、残障居民优先"),
    ("助行器", "助老助残", 30, 100, ""),
    ("拐杖", "助老助残", 30, 0, ""),
    ("血压计", "助老助残", 7, 0, ""),
    ("长柄雨伞", "雨具", 3, 0, ""),
    ("折叠雨伞", "雨具", 3, 0, ""),
    ("雨衣", "雨具", 3, 0, ""),
    ("缝纫机（蝴蝶牌）", "家居", 14, 100, ""),
    ("电熨斗", "家居", 7, 0, ""),
    ("吸尘器", "家居", 3, 0, ""),
    ("婴儿推车", "母婴", 30, 100, ""),
    ("儿童安全座椅", "母婴", 30, 100, ""),
    ("羽毛球拍（一对）", "文体", 7, 0, ""),
    ("象棋", "文体", 14, 0, ""),
    ("投影仪", "文体", 2, 300, "限社区团队、共建单位"),
    ("扩音器（小蜜蜂）", "文体", 3, 0, ""),
    ("折叠桌", "家居", 3, 0, ""),
    ("露营帐篷", "文体", 7, 100, ""),
    ("打气筒", "工具", 3, 0, ""),
]
LOCATIONS = ("A-1", "A-2", "A-3", "B-1", "B-2", "C-1")
CONDITIONS = ("完好", "九成新", "有使用痕迹", "完好")

# name, capacity, opens, closes, slot, min, max, buffer, approval, no-show minutes
ROOMS = [
    ("议事厅", 40, 9 * 60, 18 * 60, 60, 60, 180, 30, True, 15),
    ("棋牌室", 16, 8 * 60, 21 * 60, 30, 60, 240, 0, False, 20),
    ("阅览室", 20, 8 * 60, 20 * 60, 30, 30, 180, 0, False, 15),
    ("舞蹈室", 30, 8 * 60, 21 * 60, 30, 60, 120, 15, False, 15),
    ("四点半课堂", 25, 15 * 60, 19 * 60, 30, 60, 150, 0, False, 15),
]
TEAMS = ("书法队", "腰鼓队", "合唱团", "象棋协会", "太极拳队", "志愿者服务队", "楼道长例会")
PARTNERS = ("街道卫生服务中心", "派出所社区警务室", "共建单位·国网供电所", "幸福里小学")
PURPOSES = {
    "议事厅": ("居民议事会", "业委会会议", "党员学习", "网格员例会", "政策宣讲"),
    "棋牌室": ("象棋对弈", "棋牌娱乐", "老年活动"),
    "阅览室": ("读书会", "自习", "老年读报"),
    "舞蹈室": ("广场舞排练", "太极拳", "瑜伽", "合唱排练"),
    "四点半课堂": ("作业辅导", "兴趣课", "手工课"),
}


@dataclass(frozen=True)
class TreasureDemo:
    items: int
    rooms: int
    loans: int
    open_loans: int
    overdue: int
    bookings: int
    no_shows: int


def add_treasure(
    store: Store, actor: Actor, rng: random.Random, today: date | None = None
) -> Mapping[str, int]:
    """The treasure box's demo records (see :func:`fill_treasure_demo`), as counts."""
    made = fill_treasure_demo(store, actor, rng, today)
    return {f"treasure_{k}": v for k, v in made.__dict__.items()}


def fill_treasure_demo(
    store: Store, actor: Actor, rng: random.Random, today: date | None = None
) -> TreasureDemo:
    """Items (most with a donor), the rooms, and the last month's loans and bookings plus the
    next two weeks' bookings. Adds nothing if the treasure box already has items."""
    today = today or clock.today()
    with store.read() as s:
        if s.execute(select(func.count()).select_from(Item)).scalar_one():
            return TreasureDemo(0, 0, 0, 0, 0, 0, 0)
        people = list(
            s.execute(
                select(Resident.id)
                .where(Resident.archived.is_(False))
                .order_by(Resident.id)
                .limit(400)
            ).scalars()
        )
        have_rooms = {r for r in s.execute(select(Room.name)).scalars()}
    start = today - timedelta(days=30)
    item_ids = []
    for i, (name, category, days, deposit, borrowers) in enumerate(ITEMS):
        donor = rng.choice(people) if people and rng.random() < 0.75 else None
        item_ids.append(
            lending.save_item(
                store,
                actor,
                None,
                ItemInput(
                    name=name,
                    category=category,
                    donor_id=donor,
                    donated_on=start - timedelta(days=rng.randint(10, 400)) if donor else None,
                    condition=rng.choice(CONDITIONS),
                    location=LOCATIONS[i % len(LOCATIONS)],
                    max_loan_days=days,
                    deposit=deposit,
                    borrowers=borrowers,
                ),
            ).id
        )
    room_ids: dict[str, uuid.UUID] = {}
    for order, (name, cap, opens, closes, slot, low, high, buf, approval, late) in enumerate(ROOMS):
        if name in have_rooms:
            continue
        room_ids[name] = rooms.save_room(
            store,
            actor,
            None,
            RoomInput(
                name=name,
                capacity=cap,
                opens_at=opens,
                closes_at=closes,
                slot_minutes=slot,
                min_minutes=low,
                max_minutes=high,
                buffer_minutes=buf,
                needs_approval=approval,
                no_show_minutes=late,
                sort_order=order,
            ),
        ).id
    loans, overdue = _loans(store, actor, rng, item_ids, people, start, today)
    bookings, no_shows = _bookings(store, actor, rng, room_ids, people, today)
    return TreasureDemo(
        items=len(item_ids),
        rooms=len(room_ids),
        loans=loans[0],
        open_loans=loans[0] - loans[1],
        overdue=overdue,
        bookings=bookings,
        no_shows=no_shows,
    )


def _moment(day: date, rng: random.Random) -> datetime:
    return at_local(day, rng.randint(9 * 60, 17 * 60 + 30))


def _loans(
    store: Store,
    actor: Actor,
    rng: random.Random,
    item_ids: list[uuid.UUID],
    people: list[uuid.UUID],
    start: date,
    today: date,
) -> tuple[tuple[int, int], int]:
    """A month of lending, day by day: returns (made, returned), and how many are overdue now."""
    if not people:
        return (0, 0), 0
    borrowers = people[: max(5, min(len(people), 120))]
    out: dict[uuid.UUID, tuple[date, bool]] = {}  # item -> (return day, comes back late)
    made = returned = 0
    day = start
    while day < today:
        for item_id, (back_on, _late) in sorted(out.items(), key=lambda kv: kv[1][0]):
            if back_on <= day:
                damaged = rng.random() < 0.04
                try:
                    lending.take_back(
                        store,
                        actor,
                        item_id,
                        condition="损坏" if damaged else "完好",
                        damaged=damaged,
                        note="把手松动" if damaged else "",
                        now=_moment(day, rng),
                    )
                    returned += 1
                    if damaged and rng.random() < 0.5:
                        lending.set_item_status(store, actor, item_id, "available", "已修好")
                except GrideskError:
                    pass
                del out[item_id]
        for _ in range(rng.randint(1, 4)):
            item_id = rng.choice(item_ids)
            if item_id in out:
                continue
            try:
                loan = lending.lend(
                    store, actor, item_id, rng.choice(borrowers), now=_moment(day, rng)
                )
            except GrideskError:
                continue
            made += 1
            late = rng.random() < 0.3
            keep = (loan.due_on - day).days + (rng.randint(3, 12) if late else -rng.randint(0, 1))
            out[item_id] = (day + timedelta(days=max(1, keep)), late)
        day += timedelta(days=1)
    overdue = len(lending.overdue_list(store, actor, today))
    # a few residents wait for what is out
    for item_id in list(out)[:4]:
        with contextlib.suppress(GrideskError):
            lending.place_hold(
                store, actor, item_id, rng.choice(borrowers), now=_moment(today, rng)
            )
    return (made, returned), overdue


def _bookings(
    store: Store,
    actor: Actor,
    rng: random.Random,
    room_ids: dict[str, uuid.UUID],
    people: list[uuid.UUID],
    today: date,
) -> tuple[int, int]:
    """Bookings from a month ago to two weeks ahead; past ones mostly checked in, some not."""
    specs = {r[0]: r for r in ROOMS}
    now = utcnow()
    made = no_shows = 0
    for offset in range(-30, 15):
        day = today + timedelta(days=offset)
        for name, room_id in room_ids.items():
            _, cap, opens, closes, slot, low, high, _buf, _appr, late = specs[name]
            for _ in range(rng.randint(0, 3)):
                length = rng.choice(range(low, high + 1, slot))
                latest = closes - length
                if latest < opens:
                    continue
                begin = opens + rng.randrange(0, (latest - opens) // slot + 1) * slot
                kind = rng.choice(("resident", "team", "team", "partner"))
                if kind == "resident" and not people:
                    kind = "team"
                request = BookingRequest(
                    room_id=room_id,
                    day=day,
                    start=begin,
                    end=begin + length,
                    holder_kind=kind,
                    resident_id=rng.choice(people) if kind == "resident" else None,
                    holder_name=rng.choice(TEAMS if kind == "team" else PARTNERS),
                    purpose=rng.choice(PURPOSES[name]),
                    attendees=rng.randint(2, cap),
                )
                # booked some days ahead, and never later than now (the sweep goes by it)
                booked_at = min(
                    at_local(day, begin) - timedelta(days=rng.randint(1, 6)),
                    now - timedelta(minutes=1),
                )
                try:
                    [booking] = rooms.book_room(store, actor, request, now=booked_at)
                except GrideskError:
                    continue
                made += 1
                if booking.status == "pending" and (offset < 0 or rng.random() < 0.6):
                    rooms.approve(store, actor, booking.id, now=booked_at)
                if at_local(day, begin) >= now:
                    continue
                if rng.random() < 0.12:
                    no_shows += 1  # nobody came: the sweep marks it
                    continue
                arrived = at_local(day, begin) + timedelta(minutes=rng.randint(-10, late - 1))
                with contextlib.suppress(GrideskError):
                    rooms.check_in(store, actor, booking.id, now=arrived)
    rooms.mark_no_shows(store, actor, now=now)
    return made, no_shows


def add_demo(
    store: Store, actor: Actor, seed: int, today: date, residents: int
) -> Mapping[str, int]:
    """The treasure box's part of `gridesk demo` (gridesk.windows)."""
    return add_treasure(store, actor, demo_rng(seed, "treasure"))
