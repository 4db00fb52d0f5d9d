"""Demo data for the care register: a visit rhythm for each care group, helpers for the care
residents (their grid worker, a building captain, a volunteer or a paired party member) and a
year of visits with relief goods at the festivals, a few residents left overdue.

Written as bulk inserts in one unit of work with one audit row a table, like the residents'
demo (the services would cost a commit and an audit row per visit); every rule the services
check holds by construction.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert, select

from gridesk.core.actor import Actor
from gridesk.core.care.models import CareFollowUp, CareFrequency, CareGoods, CareHelper, CareVisit
from gridesk.core.models import Grid, Resident, ResidentTag, Tag, new_id
from gridesk.core.store import Store
from gridesk.demo import demo_rng

RHYTHM = {
    "独居老人": 7,
    "空巢老人": 14,
    "残疾人": 30,
    "困境儿童": 30,
    "留守儿童": 30,
    "困难党员": 30,
}
CARE_RESIDENTS = 600
"""Care residents given helpers and visits (a big demo has thousands: the rest stay bare)."""
FINDINGS = (
    "老人身体状况良好，精神不错，家中整洁。",
    "血压偏高，已提醒按时服药，叮嘱家属多来电话。",
    "家中电路老化，插座松动，需要维修。",
    "天气转凉，提醒注意防寒保暖，检查了燃气阀门。",
    "老人反映腿脚不便，想了解助行器借用。",
    "子女本周来过，生活用品充足。",
    "情绪有些低落，陪同聊天一小时，约定下周再来。",
    "冰箱里食物不多，联系志愿者帮忙代购。",
)
FOLLOW_UPS = (
    "联系物业检修电路",
    "联系社区医生上门测量血压",
    "帮助申请助行器借用",
    "协助办理高龄津贴",
)
GOODS = (("大米", "袋", 6000), ("食用油", "桶", 7900), ("牛奶", "箱", 4500), ("月饼", "盒", 8800))
BUILDING_CAPTAINS = ("孙秀兰", "周国强", "吴玉梅", "郑建华", "冯淑珍", "何志明")
FESTIVALS = ((1, 20), (2, 5), (6, 10), (9, 20), (10, 1))  # 春节前后、端午、中秋、重阳前后


def _phone(rng: random.Random) -> str:
    return f"13{rng.randint(0, 9)}{rng.randint(10_000_000, 99_999_999)}"


def add_care(store: Store, actor: Actor, rng: random.Random, today: date) -> Mapping[str, int]:
    """Rhythms, helpers and a year of visits, once (a second `gridesk demo` adds none)."""
    with store.read() as s:
        if s.execute(select(CareFrequency.id).limit(1)).first() is not None:
            return {}
        rhythm: dict[uuid.UUID, str] = {
            tag_id: name
            for tag_id, name in s.execute(
                select(Tag.id, Tag.name).where(Tag.care.is_(True), Tag.name.in_(list(RHYTHM)))
            )
        }
        people = s.execute(
            select(
                Resident.id,
                Resident.grid_id,
                Grid.worker_name,
                Grid.worker_phone,
                Tag.name,
            )
            .join(ResidentTag, ResidentTag.resident_id == Resident.id)
            .join(Tag, Tag.id == ResidentTag.tag_id)
            .outerjoin(Grid, Grid.id == Resident.grid_id)
            .where(Tag.care.is_(True), Resident.archived.is_(False))
            .order_by(Resident.sort_key, Resident.id)
        ).all()
        helpers_pool = s.execute(
            select(Resident.name, Resident.phone, Resident.id)
            .join(ResidentTag, ResidentTag.resident_id == Resident.id)
            .join(Tag, Tag.id == ResidentTag.tag_id)
            .where(Tag.name.in_(("志愿者", "党员")), Resident.phone != "")
            .limit(400)
        ).all()
    every: dict[uuid.UUID, int] = {}
    grid_worker: dict[uuid.UUID, tuple[str, str]] = {}
    for rid, _grid, worker, phone, tag in people:
        if tag in RHYTHM:
            every[rid] = min(RHYTHM[tag], every.get(rid, RHYTHM[tag]))
        if worker:
            grid_worker[rid] = (worker, phone or "")
    chosen = list(dict.fromkeys(rid for rid, *_ in people))
    rng.shuffle(chosen)
    chosen = chosen[:CARE_RESIDENTS]
    start = today - timedelta(days=365)
    rows: dict[Any, list[dict[str, Any]]] = {
        CareHelper: [],
        CareVisit: [],
        CareGoods: [],
        CareFollowUp: [],
    }
    stamp = {"station_id": actor.station_id, "created_by": actor.user_id}
    for number, rid in enumerate(chosen):
        helpers: list[tuple[str, str, str, uuid.UUID | None]] = []
        if rid in grid_worker:
            name, phone = grid_worker[rid]
            helpers.append(("grid_worker", name, phone or _phone(rng), None))
        helpers.append(("building_captain", rng.choice(BUILDING_CAPTAINS), _phone(rng), None))
        if helpers_pool and rng.random() < 0.6:
            name, phone, person = rng.choice(helpers_pool)
            helpers.append((rng.choice(("volunteer", "party_member")), name, phone, person))
        for order, (role, name, phone, person) in enumerate(helpers):
            rows[CareHelper].append(
                {
                    **stamp,
                    "id": new_id(),
                    "resident_id": rid,
                    "role": role,
                    "name": name,
                    "phone": phone,
                    "person_id": person,
                    "sort_order": order,
                    "active": True,
                    "started_on": start,
                }
            )
        names = [h[1] for h in helpers]
        _visits(rows, stamp, rng, rid, names, every.get(rid, 30), start, today, number % 9 == 0)
    with store.write(actor) as s:
        for tag_id, name in rhythm.items():
            s.add(CareFrequency(tag_id=tag_id, every_days=RHYTHM[name]))
        s.flush()
        # the many rows as bulk inserts, with one audit row a table (as the residents' demo)
        for model, batch in rows.items():
            if batch:
                s.execute(insert(model), batch)
                store.audit(s, "create", model.__tablename__, "demo", f"{len(batch)} demo rows")
    return {
        "care frequencies": len(rhythm),
        "care helpers": len(rows[CareHelper]),
        "care visits": len(rows[CareVisit]),
    }


def _visits(
    rows: dict[Any, list[dict[str, Any]]],
    stamp: dict[str, Any],
    rng: random.Random,
    resident_id: uuid.UUID,
    helpers: list[str],
    every: int,
    start: date,
    today: date,
    late: bool,
) -> None:
    """A year of visits to one resident, about as often as the rhythm asks; ``late``: the
    last few weeks skipped, so the overdue list has someone on it."""
    end = today - timedelta(days=every + rng.randint(3, 20)) if late else today
    day = start + timedelta(days=rng.randint(0, every))
    festivals = {date(y, m, d) for y in (start.year, today.year) for m, d in FESTIVALS}
    while day <= end:
        relief = any(abs((day - f).days) <= every // 2 for f in festivals) and rng.random() < 0.5
        visit_id = new_id()
        rows[CareVisit].append(
            {
                **stamp,
                "id": visit_id,
                "resident_id": resident_id,
                "day": day,
                "kind": "relief" if relief else "visit",
                "visitors": "、".join(rng.sample(helpers, k=min(len(helpers), rng.randint(1, 2)))),
                "helper_id": None,
                "findings": rng.choice(FINDINGS),
            }
        )
        if relief:
            item, unit, cents = rng.choice(GOODS)
            rows[CareGoods].append(
                {
                    **stamp,
                    "id": new_id(),
                    "visit_id": visit_id,
                    "item": item,
                    "quantity": 1,
                    "unit": unit,
                    "value_cents": cents,
                }
            )
        if rng.random() < 0.05:
            rows[CareFollowUp].append(
                {
                    **stamp,
                    "id": new_id(),
                    "visit_id": visit_id,
                    "action": rng.choice(FOLLOW_UPS),
                    "request_id": None,
                }
            )
        day += timedelta(days=max(1, every + rng.randint(-2, 2)))


def add_demo(
    store: Store, actor: Actor, seed: int, today: date, residents: int
) -> Mapping[str, int]:
    """The care register's part of `gridesk demo` (gridesk.windows)."""
    return add_care(store, actor, demo_rng(seed, "care"), today)
