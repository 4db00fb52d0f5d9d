"""Demo data for partner units: the units the other demos already name (dispatch targets, wish
claimers, room bookers), their 双报到 party members, their three lists, the activities they
co-hosted and volunteers they sent, and this year's scoring sheet; made through the services."""

from __future__ import annotations

import random
import uuid
from collections.abc import Mapping
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridesk.core.actor import Actor
from gridesk.core.models import Resident, ResidentTag, Tag
from gridesk.core.partners import evaluation, registry
from gridesk.core.partners.models import PartnerUnit
from gridesk.core.partners.registry import UnitInput
from gridesk.core.store import Store
from gridesk.core.treasure.models import Booking
from gridesk.core.volunteers.models import Activity
from gridesk.demo import demo_rng

# name, kind, contact, phone; the names the requests and treasure demos use come first
UNITS = (
    ("社区卫生服务中心", "hospital", "孙医生", "13905710006"),
    ("幸福里小学", "school", "周老师", "13905710007"),
    ("锦绣物业公司", "property", "吴经理", "13905710008"),
    ("街道卫生服务中心", "hospital", "郑主任", "13905710011"),
    ("派出所社区警务室", "agency", "王警官", "13905710012"),
    ("国网供电所", "enterprise", "冯所长", "13905710013"),
    ("区税务局", "agency", "陈科长", "13905710014"),
    ("爱心家园社工站", "social_org", "林社工", "13905710015"),
)
BOOKING_NAMES = {"共建单位·国网供电所": "国网供电所"}
RESOURCES = ("周末开放场地", "义诊服务", "法律咨询", "电工维修", "图书捐赠", "志愿者队伍", "会议室")
NEEDS = (
    "老旧小区电路排查",
    "独居老人健康随访",
    "四点半课堂辅导老师",
    "反诈宣传进楼栋",
    "垃圾分类督导",
)
PROJECTS = ("红色物业共建", "健康小屋", "暑期托管班", "平安楼栋", "便民服务日", "青少年安全教育")


def add_partners(store: Store, actor: Actor, rng: random.Random, today: date) -> Mapping[str, int]:
    with store.read() as s:
        if s.execute(select(PartnerUnit.id).limit(1)).first() is not None:
            return {}  # a second `gridesk demo` adds none
        party = s.execute(
            select(Resident.id, Resident.name, Resident.phone)
            .join(ResidentTag, ResidentTag.resident_id == Resident.id)
            .join(Tag, Tag.id == ResidentTag.tag_id)
            .where(Tag.name == "党员", Resident.archived.is_(False))
            .order_by(Resident.sort_key)
            .limit(60)
        ).all()
        volunteers = list(
            s.execute(
                select(ResidentTag.resident_id)
                .join(Tag, Tag.id == ResidentTag.tag_id)
                .where(Tag.name == "志愿者")
                .limit(40)
            ).scalars()
        )
        activities = _activities(s)
        bookings = _bookings(s)
    units = {}
    for name, kind, contact, phone in UNITS:
        units[name] = registry.save_unit(
            store,
            actor,
            None,
            UnitInput(name, kind, contact_name=contact, contact_phone=phone),
        ).id
    ids = list(units.values())
    counts = {"partner units": len(units), "partner members": 0, "partner list lines": 0}
    for unit_id in ids:
        for rid, name, phone in rng.sample(party, k=min(len(party), rng.randint(1, 4))):
            registry.add_member(
                store,
                actor,
                unit_id,
                name,
                phone,
                resident_id=rid,
                reported_on=today - timedelta(days=rng.randint(30, 700)),
            )
            counts["partner members"] += 1
        for list_name, pool, count in (
            ("resource", RESOURCES, 2),
            ("need", NEEDS, rng.randint(1, 2)),
            ("project", PROJECTS, rng.randint(1, 2)),
        ):
            for title in rng.sample(pool, k=count):
                item = registry.add_item(store, actor, unit_id, list_name, title)
                counts["partner list lines"] += 1
                status = rng.choice(registry.STATUSES[list_name])
                if status != item.status:
                    day = today - timedelta(
                        days=rng.randint(1, min(300, today.timetuple().tm_yday))
                    )
                    registry.set_item_status(store, actor, item.id, status, day)
    for activity_id in activities:
        registry.link(store, actor, rng.choice(ids), "activity", [activity_id])
    for resident_id in volunteers[: len(volunteers) // 3]:
        registry.link(store, actor, rng.choice(ids), "volunteer", [resident_id])
    for booking_id, holder in bookings:
        registry.link(store, actor, units[BOOKING_NAMES[holder]], "booking", [booking_id])
    for unit_id in ids:
        for scorer in evaluation.SCORERS:
            evaluation.set_score(store, actor, today.year, unit_id, scorer, rng.randint(70, 98))
    counts["partner links"] = len(activities) + len(volunteers) // 3 + len(bookings)
    return counts


def _activities(s: Session) -> list[uuid.UUID]:
    """Every other activity of the volunteers' demo, co-hosted by a unit."""
    return list(s.execute(select(Activity.id).order_by(Activity.starts_at)).scalars())[::2]


def _bookings(s: Session) -> list[tuple[uuid.UUID, str]]:
    """The rooms the treasure box's demo booked under a unit's longer name."""
    rows = s.execute(
        select(Booking.id, Booking.holder_name).where(Booking.holder_name.in_(list(BOOKING_NAMES)))
    ).all()
    return [(r[0], r[1]) for r in rows]


def add_demo(
    store: Store, actor: Actor, seed: int, today: date, residents: int
) -> Mapping[str, int]:
    """The partner units' part of `gridesk demo` (gridesk.windows)."""
    return add_partners(store, actor, demo_rng(seed, "partners"), today)
