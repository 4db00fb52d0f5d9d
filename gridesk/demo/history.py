"""A year of history for the demo the app opens (`gridesk demo`, `gridesk --demo`), so that the
reports (报表) and the partner units' evaluation look like a real centre's: cases taken in,
dispatched (some to partner units), resolved and called back; wishes claimed by units and lit;
loans, room bookings (some by units), activities (some co-hosted by units) with their service
hours, points awarded and redeemed, on the days of the eleven months before the other windows'
recent demo records.

Cases, wishes, loans, bookings and points go through the windows' own services with the
program's clock set to the day they happened (put back after), so their events, the ledger's
chain and `gridesk check` are as real use would leave them. Activities and their hours are
written as the volunteers' demo writes them (one unit of work). It costs a few thousand
commits, so the small demos the tests and the benchmarks build leave it out
(``fill_demo(history=False)``).
"""

from __future__ import annotations

import math
import random
import uuid
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from time import monotonic

from sqlalchemy import select

from gridesk import clock
from gridesk.core.actor import Actor
from gridesk.core.models import Resident
from gridesk.core.partners import registry
from gridesk.core.partners.models import PartnerUnit
from gridesk.core.points import earning, shop
from gridesk.core.requests import catalogue
from gridesk.core.requests.cases import IntakeInput, StepRequest, move_case, take_request
from gridesk.core.requests.machine import Action
from gridesk.core.requests.models import RequestCategory
from gridesk.core.requests.wishes import claim_wish, fulfil_wish, publish_wish
from gridesk.core.residents.catalogue import list_grids
from gridesk.core.store import Store, set_setting
from gridesk.core.treasure import lending, rooms
from gridesk.core.treasure.models import AVAILABLE, FOR_PARTNER, FOR_RESIDENT, Item, Room
from gridesk.core.treasure.rooms import BookingRequest
from gridesk.core.volunteers import rules
from gridesk.core.volunteers.models import Activity, HoursRecord, SignUp, VolunteerProfile
from gridesk.core.volunteers.services import local_dt
from gridesk.demo import demo_rng
from gridesk.demo.volunteers import ACTIVITIES
from gridesk.errors import GrideskError

HISTORY_DAYS = 330
RECENT_DAYS = 45
"""The other windows' demo records fall in the last six weeks; the history ends before."""
HISTORY_SETTING = "demo_history"
"""Set when the year of history has been added: a second demo run adds none."""
RATINGS = (5,) * 12 + (4,) * 5 + (3, 2, 1)
"""Call-back ratings: most residents satisfied, one in ten not (the case is then settled again)."""
CHANNELS = ("walk_in", "phone", "grid_report", "wish_wall", "secretary")
WORDS = (
    "楼道灯不亮",
    "楼上漏水",
    "噪音扰民",
    "暖气不热",
    "想咨询低保",
    "门口乱停车",
    "老人需要看望",
)
WISHES = (
    "想要一双保暖的冬鞋",
    "希望有人陪我下象棋",
    "想要一套课外读物",
    "想要一台收音机听戏",
    "想学用智能手机视频",
    "想要一个新书包",
    "希望有人帮忙理发",
    "想要一副老花镜",
)

Progress = Callable[[int, int], None]


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone()


def add_history(
    store: Store,
    actor: Actor,
    seed: int,
    today: date,
    residents: int,
    progress: Progress | None = None,
) -> Mapping[str, int]:
    """The year before the recent demo records, once (a second demo run adds none)."""
    rng = demo_rng(seed, "history")
    if store.setting(HISTORY_SETTING, False):
        return {}
    with store.read() as s:
        people = list(s.execute(select(Resident.id).order_by(Resident.id).limit(800)).scalars())
        categories = list(s.execute(select(RequestCategory.id)).scalars())
        items = list(s.execute(select(Item.id).where(Item.status == AVAILABLE)).scalars())
        halls = [
            (r[0], r[1], r[2])
            for r in s.execute(
                select(Room.id, Room.opens_at, Room.closes_at).where(
                    Room.archived.is_(False), Room.needs_approval.is_(False)
                )
            )
        ]
        units = [
            (r[0], r[1], r[2])
            for r in s.execute(
                select(PartnerUnit.id, PartnerUnit.name, PartnerUnit.request_unit_id).where(
                    PartnerUnit.archived.is_(False)
                )
            )
        ]
        volunteers = list(s.execute(select(VolunteerProfile.resident_id)).scalars())
    if not people or not categories:
        return {}
    handlers = _handlers(store, actor, units)
    counts: dict[str, int] = defaultdict(int)
    award_rules = [r for r in earning.list_rules(store, actor) if not r.archived]
    products = [p for p in shop.list_products(store, actor, include_inactive=False) if p.stock]
    # about 700 cases a year for the app's 3,000 residents, fewer for a smaller demo
    scale = min(1.0, residents / 500)
    per_day = min(4.0, residents / 1200)
    first = today - timedelta(days=HISTORY_DAYS + RECENT_DAYS)
    start_moment, started = clock.utcnow(), monotonic()
    try:
        # cases, loans and bookings stop where the other demos' recent records begin; awards,
        # redemptions and wishes go on to yesterday (those demos make theirs today)
        for n in range(HISTORY_DAYS + RECENT_DAYS):
            day = first + timedelta(days=n)
            clock.set_now(_at(day, 9))
            if n < HISTORY_DAYS:
                # a gentle season: more cases in winter (heating) and summer (leaks, noise)
                season = 1.25 if day.month in (1, 2, 7, 8, 12) else 1.0
                weekend = day.weekday() > 4
                for _ in range(_poisson(rng, per_day * season * (0.4 if weekend else 1))):
                    counts["history cases"] += _case(
                        store, actor, rng, day, people, categories, handlers
                    )
                if items and rng.random() < 0.2 * scale:
                    counts["history loans"] += _loan(
                        store, actor, rng, day, items[n // 2 % len(items)], people
                    )
                if halls:
                    counts["history bookings"] += _booking(
                        store, actor, rng, day, halls, people, units, scale
                    )
            if units and rng.random() < 0.1 * scale:
                counts["history wishes"] += _wish(store, actor, rng, day, today, people, units)
            if award_rules and day.weekday() == 5 and rng.random() < 0.3 + scale:
                # a core of active residents, so that balances grow enough to redeem
                awards, redemptions = _points(
                    store, actor, rng, day, people[:150], award_rules, products
                )
                counts["history awards"] += awards
                counts["history redemptions"] += redemptions
            if progress is not None and n % 30 == 29:
                progress(n + 1, HISTORY_DAYS + RECENT_DAYS)
        clock.set_now(start_moment + timedelta(seconds=monotonic() - started))
        counts["history activities"] = _activities(
            store, actor, rng, first, HISTORY_DAYS, volunteers, units, counts
        )
        with store.write(actor) as w:
            set_setting(w, HISTORY_SETTING, True)
    finally:
        clock.set_now(start_moment + timedelta(seconds=monotonic() - started))
    if progress is not None:
        progress(HISTORY_DAYS + RECENT_DAYS, HISTORY_DAYS + RECENT_DAYS)
    return dict(counts)


def _poisson(rng: random.Random, mean: float) -> int:
    n, p, limit = 0, 1.0, math.exp(-mean)
    while True:
        p *= rng.random()
        if p <= limit:
            return n
        n += 1


Handler = tuple[str, uuid.UUID]


def _handlers(
    store: Store, actor: Actor, units: Sequence[tuple[uuid.UUID, str, uuid.UUID | None]]
) -> list[Handler]:
    """Who cases are dispatched to: departments, partner units (吹哨报到) and grids."""
    found: list[Handler] = [
        ("department", u.id)
        for u in catalogue.list_units(store, actor, kind="department")
        if not u.archived
    ]
    found += [("partner", request_unit) for _, _, request_unit in units if request_unit]
    found += [("grid", g.id) for g in list_grids(store, actor)]
    return found


def _case(
    store: Store,
    actor: Actor,
    rng: random.Random,
    day: date,
    people: list[uuid.UUID],
    categories: list[uuid.UUID],
    handlers: list[Handler],
) -> int:
    case = take_request(
        store,
        actor,
        IntakeInput(
            category_id=rng.choice(categories),
            description=rng.choice(WORDS),
            resident_id=rng.choice(people),
            channel=rng.choices(CHANNELS, (50, 30, 12, 3, 5))[0],
        ),
        day=day,
    )
    if rng.random() < 0.04:
        return 1  # still open: these are overdue
    when, last = day, _at(day, 9)

    def step(req: StepRequest, after: int, hour: int = 15) -> None:
        """The next step ``after`` days on, about ``hour`` o'clock, after the one before."""
        nonlocal when, last
        when += timedelta(days=after)
        last = max(_at(when, hour, rng.randrange(60)), last + timedelta(minutes=rng.randint(5, 50)))
        when = last.date()
        clock.set_now(last)
        move_case(store, actor, case.id, req, day=when)

    if handlers and rng.random() < 0.45:
        kind, handler = rng.choice(handlers)
        step(StepRequest(Action.DISPATCH, handler_kind=kind, handler_id=handler), 0, 10)
        step(StepRequest(Action.START), rng.choice((0, 0, 1, 1, 2)), rng.randint(11, 17))
    if rng.random() < 0.05:
        step(StepRequest(Action.ESCALATE, handler_kind="secretary", note="督办"), 1)
    done = Action.RESOLVE if rng.random() < 0.9 else Action.RESOLVE_PARTLY
    step(StepRequest(done, note="已办结"), rng.choice((0, 1, 1, 2, 2, 3, 4, 6, 9)))
    if rng.random() < 0.7:
        rating = rng.choice(RATINGS)
        step(StepRequest(Action.CALLBACK, rating=rating, fixed=rating > 2, note="回访"), 1)
        if rating <= 2:  # not fixed: the case is open again, and settled a few days on
            step(StepRequest(Action.RESOLVE, note="再次上门处理"), rng.randint(2, 5))
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
        back = day + timedelta(days=rng.choice((1, 2, 3, 5, 8, 16)))
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
    units: Sequence[tuple[uuid.UUID, str, uuid.UUID | None]],
    scale: float,
) -> int:
    made = 0
    for room_id, opens, closes in halls:
        if rng.random() > 0.25 * scale:  # a room in use most weeks, a few hours a day
            continue
        start = rng.randrange(opens // 60, max(opens // 60 + 1, closes // 60 - 2)) * 60
        end = min(closes, start + rng.choice((60, 90, 120)))
        by_unit = bool(units) and rng.random() < 0.25
        request = BookingRequest(
            room_id,
            day,
            start,
            end,
            holder_kind=FOR_PARTNER if by_unit else FOR_RESIDENT,
            holder_name=rng.choice(units)[1] if by_unit else "",
            resident_id=None if by_unit else rng.choice(people),
            purpose="共建活动" if by_unit else "活动",
        )
        try:
            (booking,) = rooms.book_room(store, actor, request, now=_at(day, 7))
            if rng.random() < 0.92:
                rooms.check_in(
                    store, actor, booking.id, now=booking.starts_at + timedelta(minutes=3)
                )
        except GrideskError:
            continue
        made += 1
    return made


def _wish(
    store: Store,
    actor: Actor,
    rng: random.Random,
    day: date,
    today: date,
    people: list[uuid.UUID],
    units: Sequence[tuple[uuid.UUID, str, uuid.UUID | None]],
) -> int:
    """A wish on the wall, mostly claimed by a partner unit and lit within days (those still
    to come by ``today`` are left waiting)."""
    try:
        wish = publish_wish(
            store, actor, what=rng.choice(WISHES), resident_id=rng.choice(people), day=day
        )
        claimed = day + timedelta(days=rng.randint(0, 5))
        if rng.random() < 0.85 and claimed < today:
            clock.set_now(_at(claimed, 14))
            by_unit = rng.random() < 0.6
            claim_wish(
                store,
                actor,
                wish.id,
                claimer_kind="partner" if by_unit else "volunteer",
                claimer_name=rng.choice(units)[1] if by_unit else "张志强",
            )
            lit = claimed + timedelta(days=rng.randint(1, 10))
            if rng.random() < 0.85 and lit < today:
                clock.set_now(_at(lit, 16))
                fulfil_wish(store, actor, wish.id, note="心愿已点亮", day=lit)
    except GrideskError:
        return 0
    finally:
        clock.set_now(_at(day, 9))
    return 1


def _points(
    store: Store,
    actor: Actor,
    rng: random.Random,
    day: date,
    people: list[uuid.UUID],
    award_rules: Sequence[earning.RuleView],
    products: Sequence[shop.ProductView],
) -> tuple[int, int]:
    """A Saturday's awards (a group of residents for one rule) and a few redemptions."""
    clock.set_now(_at(day, 16))
    who = rng.sample(people, min(len(people), rng.randint(3, 8)))
    awards = redemptions = 0
    try:
        earning.award(store, actor, rng.choice(award_rules).id, who, uuid.uuid4())
        awards = 1
    except GrideskError:
        pass
    for resident in who[: rng.randint(0, 3)]:
        if products:
            product = rng.choice(products)
            try:
                shop.redeem(store, actor, resident, [(product.code, 1)], uuid.uuid4())
                redemptions += 1
            except GrideskError:  # not enough points or stock: as at the counter
                pass
    return awards, redemptions


def _activities(
    store: Store,
    actor: Actor,
    rng: random.Random,
    first: date,
    days: int,
    volunteers: list[uuid.UUID],
    units: Sequence[tuple[uuid.UUID, str, uuid.UUID | None]],
    counts: dict[str, int],
) -> int:
    """About one activity a week, with sign-ups and approved hours; a third co-hosted by a
    partner unit (linked), and some of the volunteers sent by one."""
    if not volunteers:
        return 0
    hosted: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    made = 0
    with store.write(actor) as s:
        for week in range(days // 7):
            if rng.random() > 0.2 + 0.8 * min(1.0, len(volunteers) / 40):
                continue  # a small demo's few volunteers hold fewer activities
            day = first + timedelta(days=7 * week + rng.choice((1, 3, 5)))
            title, description, place, capacity, mode, points = rng.choice(ACTIVITIES)
            start_min = rng.choice((9 * 60, 9 * 60 + 30, 14 * 60, 15 * 60))
            activity = Activity(
                title=title,
                description=description,
                place=place,
                starts_at=local_dt(day, start_min),
                ends_at=local_dt(day, start_min + rng.choice((90, 120, 150))),
                capacity=capacity,
                points_mode=mode,
                points=points,
            )
            s.add(activity)
            s.flush()
            made += 1
            for rid in rng.sample(volunteers, min(len(volunteers), capacity)):
                s.add(SignUp(activity_id=activity.id, resident_id=rid, status="signed"))
                if rng.random() < 0.85:  # came, and the coordinator approved the hours
                    arrived = activity.starts_at + timedelta(minutes=rng.choice((-10, -5, 0, 5)))
                    left = activity.ends_at + timedelta(minutes=rng.choice((-15, 0, 0, 10)))
                    s.add(
                        HoursRecord(
                            resident_id=rid,
                            source="activity",
                            activity_id=activity.id,
                            label=activity.title,
                            scheduled_start=activity.starts_at,
                            scheduled_end=activity.ends_at,
                            started_at=arrived,
                            ended_at=left,
                            minutes=rules.served_minutes(arrived, left),
                            status="approved",
                            approved_by=actor.user_id,
                            approved_at=left + timedelta(days=rng.randint(1, 3)),
                        )
                    )
                    counts["history hours records"] += 1
            if units and rng.random() < 0.35:
                hosted[rng.choice(units)[0]].append(activity.id)
    for unit_id, activity_ids in hosted.items():
        registry.link(store, actor, unit_id, "activity", activity_ids)
    if units:
        sent = rng.sample(volunteers, min(len(volunteers), 30))
        for n, (unit_id, _name, _target) in enumerate(units):
            registry.link(store, actor, unit_id, "volunteer", sent[n :: len(units)])
    return made
