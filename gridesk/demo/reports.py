"""A year of history for `gridesk demo`, so that the reports (报表) look like a real centre's:
cases taken in, resolved and called back, loans, room bookings, awards and redemptions on
the days of the eleven months before the other windows' recent demo records.

Everything goes through the windows' own services with the program's clock set to the day
it happened (and put back after), so the records, their events, the points ledger's chain
and `gridesk check` are as real use would leave them."""

from __future__ import annotations

import random
import uuid
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from time import monotonic as time_now

from sqlalchemy import select

from gridesk import clock
from gridesk.core.actor import Actor
from gridesk.core.models import Resident
from gridesk.core.points import earning, shop
from gridesk.core.requests.cases import IntakeInput, StepRequest, move_case, take_request
from gridesk.core.requests.machine import Action
from gridesk.core.requests.models import RequestCategory
from gridesk.core.store import Store, set_setting
from gridesk.core.treasure import lending, rooms
from gridesk.core.treasure.models import AVAILABLE, Item, Room
from gridesk.core.treasure.rooms import BookingRequest
from gridesk.demo import demo_rng
from gridesk.errors import GrideskError

HISTORY_DAYS = 330
RECENT_DAYS = 45
"""The other windows' demo records fall in the last six weeks; the history ends before."""
HISTORY_SETTING = "demo_history"
"""Set when the year of history has been added: a second demo run adds none."""
RATINGS = (5, 5, 5, 5, 4, 4, 4, 3, 2, 1)
CHANNELS = ("walk_in", "phone", "grid_report", "wish_wall", "secretary")


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone()


def add_demo(
    store: Store, actor: Actor, seed: int, today: date, residents: int
) -> Mapping[str, int]:
    """The reports window's part of `gridesk demo` (gridesk.windows)."""
    rng = demo_rng(seed, "reports")
    with store.read() as s:
        people = list(s.execute(select(Resident.id).order_by(Resident.id).limit(600)).scalars())
        categories = list(s.execute(select(RequestCategory.id)).scalars())
        items = list(s.execute(select(Item.id).where(Item.status == AVAILABLE)).scalars())
        open_rooms = select(Room.id, Room.opens_at, Room.closes_at).where(
            Room.archived.is_(False), Room.needs_approval.is_(False)
        )
        halls = [(r[0], int(r[1]), int(r[2])) for r in s.execute(open_rooms)]
    if not people or not categories or store.setting(HISTORY_SETTING, False):
        return {}
    start_moment, started = clock.utcnow(), time_now()
    counts = {
        "history_cases": 0,
        "history_loans": 0,
        "history_bookings": 0,
        "history_awards": 0,
        "history_redemptions": 0,
    }
    rules = [r for r in earning.list_rules(store, actor) if not r.archived]
    products = [p for p in shop.list_products(store, actor, include_inactive=False) if p.stock]
    # about 140 cases, 60 loans and 80 bookings for 500 residents; at most some 1,300 cases
    scale = min(1.0, residents / 500)
    per_day = min(4.0, residents / 1200)
    try:
        first = today - timedelta(days=HISTORY_DAYS + RECENT_DAYS)
        for n in range(HISTORY_DAYS):
            day = first + timedelta(days=n)
            clock.set_now(_at(day, 9))
            # a gentle season: more cases in winter (heating) and summer (leaks, noise)
            season = 1.25 if day.month in (1, 2, 7, 8, 12) else 1.0
            for _ in range(_poisson(rng, per_day * season * (0.4 if day.weekday() > 4 else 1))):
                counts["history_cases"] += _case(store, actor, rng, day, people, categories)
            if items and rng.random() < 0.2 * scale:
                counts["history_loans"] += _loan(
                    store, actor, rng, day, items[n // 2 % len(items)], people
                )
            if halls:
                counts["history_bookings"] += _booking(store, actor, rng, day, halls, people, scale)
            if rules and day.weekday() == 5 and rng.random() < 0.3 + scale:
                clock.set_now(_at(day, 16))
                who = rng.sample(people, min(len(people), rng.randint(3, 8)))
                rule = rng.choice(rules)
                try:
                    earning.award(store, actor, rule.id, who, uuid.uuid4())
                    counts["history_awards"] += 1
                except GrideskError:
                    pass
                for resident in who[: rng.randint(0, 3)]:
                    if products:
                        product = rng.choice(products)
                        try:
                            shop.redeem(store, actor, resident, [(product.code, 1)], uuid.uuid4())
                            counts["history_redemptions"] += 1
                        except GrideskError:  # not enough points or stock: as at the counter
                            pass
        with store.write(actor) as w:
            set_setting(w, HISTORY_SETTING, True)
    finally:
        clock.set_now(start_moment + timedelta(seconds=time_now() - started))
    return counts


def _poisson(rng: random.Random, mean: float) -> int:
    n, p, limit = 0, 1.0, pow(2.718281828, -mean)
    while True:
        p *= rng.random()
        if p <= limit:
            return n
        n += 1


def _case(
    store: Store,
    actor: Actor,
    rng: random.Random,
    day: date,
    people: list[uuid.UUID],
    categories: list[uuid.UUID],
) -> int:
    case = take_request(
        store,
        actor,
        IntakeInput(
            category_id=rng.choice(categories),
            description=rng.choice(
                (
                    "楼道灯不亮",
                    "楼上漏水",
                    "噪音扰民",
                    "暖气不热",
                    "想咨询低保",
                    "门口乱停车",
                    "老人需要看望",
                )
            ),
            resident_id=rng.choice(people),
            channel=rng.choices(CHANNELS, (50, 30, 12, 3, 5))[0],
        ),
        day=day,
    )
    if rng.random() < 0.06:
        return 1  # still open: some go overdue
    done = day + timedelta(days=rng.choice((0, 1, 1, 2, 2, 3, 4, 6, 9)))

    def step(action: Action, when: date, **kw: object) -> None:
        clock.set_now(_at(when, 15))
        move_case(store, actor, case.id, StepRequest(action, **kw), day=when)  # type: ignore[arg-type]

    if rng.random() < 0.05:
        step(Action.ESCALATE, day + timedelta(days=1), handler_kind="secretary", note="督办")
    step(Action.RESOLVE, done, note="已办结")
    if rng.random() < 0.7:
        rating = rng.choice(RATINGS)
        step(
            Action.CALLBACK, done + timedelta(days=1), rating=rating, fixed=rating > 2, note="回访"
        )
    clock.set_now(_at(day, 9))
    return 1


def _loan(
    store: Store,
    actor: Actor,
    rng: random.Random,
    day: date,
    item: uuid.UUID,
    people: list[uuid.UUID],
) -> int:
    try:
        loan = lending.lend(store, actor, item, rng.choice(people), now=_at(day, 10))
        back = day + timedelta(days=rng.choice((1, 2, 3, 5, 8)))
        lending.take_back(store, actor, loan.item_id, now=_at(back, 11))
    except GrideskError:
        return 0
    return 1


def _booking(
    store: Store,
    actor: Actor,
    rng: random.Random,
    day: date,
    halls: list[tuple[uuid.UUID, int, int]],
    people: list[uuid.UUID],
    scale: float,
) -> int:
    made = 0
    for room_id, opens, closes in halls:
        if rng.random() > 0.05 * scale:
            continue
        start = rng.randrange(opens // 60, max(opens // 60 + 1, closes // 60 - 2)) * 60
        end = min(closes, start + rng.choice((60, 90, 120)))
        try:
            (booking,) = rooms.book_room(
                store,
                actor,
                BookingRequest(
                    room_id, day, start, end, resident_id=rng.choice(people), purpose="活动"
                ),
                now=_at(day, 7),
            )
            if rng.random() < 0.92:
                rooms.check_in(
                    store, actor, booking.id, now=booking.starts_at + timedelta(minutes=3)
                )
        except GrideskError:
            continue
        made += 1
    return made
