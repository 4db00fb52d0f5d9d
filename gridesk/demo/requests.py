"""Demo requests: a catalogue a real centre would keep, and cases in every status, some overdue,
spread over the last weeks; a few wishes on the wall. Made through the services, so every case
follows from its events exactly as at a real desk."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Mapping
from datetime import date, datetime, time, timedelta
from time import monotonic

from sqlalchemy import func, select

from gridesk import clock
from gridesk.core.actor import Actor
from gridesk.core.models import Resident
from gridesk.core.requests import catalogue
from gridesk.core.requests.cases import IntakeInput, StepRequest, move_case, take_request
from gridesk.core.requests.machine import Action
from gridesk.core.requests.models import RequestCategory
from gridesk.core.requests.wishes import claim_wish, fulfil_wish, publish_wish
from gridesk.core.residents.catalogue import GridView, list_grids
from gridesk.core.store import Store
from gridesk.demo import demo_rng

UNITS = (
    ("department", "城管执法中队", "李建国", "13905710001"),
    ("department", "区住建局物业科", "王丽", "13905710002"),
    ("department", "民政科", "陈静", "13905710003"),
    ("department", "派出所社区警务室", "赵警官", "13905710004"),
    ("department", "供暖公司客服", "刘师傅", "13905710005"),
    ("partner", "社区卫生服务中心", "孙医生", "13905710006"),
    ("partner", "幸福里小学", "周老师", "13905710007"),
    ("partner", "锦绣物业公司", "吴经理", "13905710008"),
)

# name, group, handler (kind, unit name or ""), working days, checklist, what residents say
CATEGORIES = (
    (
        "路灯损坏",
        "市政设施",
        ("department", "城管执法中队"),
        3,
        "具体位置（楼栋号附近）\n现场照片（如有）",
        ("{b}号楼门口路灯不亮好几天了，晚上老人出门不方便", "小区东门到{b}号楼的路灯一闪一闪的"),
    ),
    (
        "楼道堆物",
        "环境卫生",
        ("grid", ""),
        3,
        "具体楼栋单元\n现场照片",
        ("{b}号楼{u}单元楼道里堆了很多纸箱，有消防隐患", "楼道里有人放电动车充电"),
    ),
    (
        "噪音扰民",
        "邻里纠纷",
        ("grid", ""),
        5,
        "噪音时段记录",
        ("楼上{r}晚上十一点后还在装修", "广场舞音响声音太大，晚上九点还没停"),
    ),
    (
        "漏水维修",
        "物业服务",
        ("partner", "锦绣物业公司"),
        5,
        "漏水位置照片\n房产证或租房合同复印件",
        ("卫生间天花板漏水，应该是楼上水管的问题", "{b}号楼外墙渗水，家里墙皮脱落"),
    ),
    (
        "供暖不热",
        "物业服务",
        ("department", "供暖公司客服"),
        2,
        "室内温度照片",
        ("家里暖气片不热，室温只有十五度", "暖气一直有异响，也不太热"),
    ),
    (
        "低保申请",
        "民生保障",
        ("department", "民政科"),
        15,
        "户口本原件及复印件\n身份证原件及复印件\n家庭收入证明\n银行卡复印件",
        ("家里老伴生病，收入少，想咨询申请低保", "想了解低保年审需要准备什么"),
    ),
    (
        "高龄补贴",
        "民生保障",
        ("department", "民政科"),
        10,
        "身份证原件及复印件\n银行卡复印件",
        ("父亲今年满八十岁了，想申请高龄补贴", "高龄补贴这个月没到账"),
    ),
    (
        "居住证明",
        "证明开具",
        ("", ""),
        1,
        "身份证原件\n租房合同或房产证",
        ("孩子上学需要开居住证明", "办理居住证需要社区开证明"),
    ),
    (
        "助老服务",
        "为老服务",
        ("volunteer", ""),
        5,
        "",
        ("独居的母亲需要有人每周上门看看", "想请志愿者帮忙理发，老人行动不便"),
    ),
    (
        "停车管理",
        "物业服务",
        ("partner", "锦绣物业公司"),
        5,
        "车辆照片\n车牌号",
        ("有车长期占用消防通道", "小区门口乱停车，救护车进不来"),
    ),
)

WISHES = (
    "想要一双保暖的冬鞋（42码）",
    "希望有人陪我下一盘象棋",
    "想要一套小学三年级的课外读物",
    "希望能有一台收音机听戏",
    "想学会用智能手机和孩子视频",
    "想要一个新书包",
)


def add_requests(
    store: Store, actor: Actor, rng: random.Random, today: date, residents: int
) -> Mapping[str, int]:
    units = {u.name: u for u in catalogue.list_units(store, actor, include_archived=True)}
    for kind, name, contact, phone in UNITS:
        if name not in units:
            units[name] = catalogue.save_unit(
                store, actor, None, kind=kind, name=name, contact_name=contact, phone=phone
            )
    with store.read() as s:
        have = set(s.execute(select(RequestCategory.name)).scalars())
    categories = []
    for order, (name, group, (kind, unit), days, checklist, _words) in enumerate(CATEGORIES):
        if name in have:
            continue
        categories.append(
            catalogue.save_category(
                store,
                actor,
                None,
                name=name,
                group_name=group,
                handler_kind=kind,
                handler_id=units[unit].id if unit else None,
                deadline_days=days,
                checklist=checklist,
                sort_order=order,
            )
        )
    if not categories:  # demo requests were added before
        return {}
    words = {c[0]: c[5] for c in CATEGORIES}
    with store.read() as s:
        total = s.execute(select(func.count()).select_from(Resident)).scalar_one()
        picks = [
            row
            for row in s.execute(
                select(Resident.id, Resident.building, Resident.unit, Resident.room)
                .order_by(Resident.id)
                .offset(rng.randrange(max(1, total - 400)) if total > 400 else 0)
                .limit(400)
            )
        ]
    grids = list_grids(store, actor)
    from gridesk.core.requests.cases import volunteer_candidates

    volunteers = volunteer_candidates(store, actor)
    n_cases = min(300, max(40, residents // 15)) if picks else 0
    made = 0
    # cases are written at their days' hours (never later than now), then the clock runs on
    started, running = clock.utcnow(), monotonic()

    def now() -> datetime:
        return started + timedelta(seconds=monotonic() - running)

    for _ in range(n_cases):
        category = rng.choice(categories)
        who = rng.choice(picks)
        text = rng.choice(words[category.name]).format(
            b=who.building or rng.randint(1, 20), u=who.unit or 1, r=who.room or "502"
        )
        day = today - timedelta(days=int(rng.triangular(0, 42, 3)))
        anonymous = rng.random() < 0.08
        _at_hour(now(), day, 9 + made % 7)
        case = take_request(
            store,
            actor,
            IntakeInput(
                category_id=category.id,
                description=text,
                resident_id=None if anonymous else who.id,
                contact_name="匿名" if anonymous else "",
                phone=f"139{rng.randrange(10**8):08d}" if anonymous else "",
                channel=rng.choices(
                    ("walk_in", "phone", "grid_report", "wish_wall", "secretary"),
                    (50, 30, 12, 3, 5),
                )[0],
                priority="urgent" if rng.random() < 0.1 else "normal",
            ),
            day=day,
        )
        made += 1
        try:
            _progress(store, actor, rng, case.id, day, today, units, grids, volunteers, now)
        finally:
            clock.set_now(now())
    wishes = 0
    for i, what in enumerate(WISHES):
        if not picks:
            break
        wish = publish_wish(store, actor, what=what, resident_id=rng.choice(picks).id)
        wishes += 1
        if i % 3 >= 1:
            wish = claim_wish(
                store,
                actor,
                wish.id,
                claimer_kind=rng.choice(("volunteer", "party_member", "partner")),
                claimer_name=rng.choice(("张志强", "李秀兰", "幸福里小学", "锦绣物业公司")),
            )
        if i % 3 == 2:
            fulfil_wish(store, actor, wish.id, note="已送到老人家中，老人很高兴")
    return {"requests": made, "wishes": wishes}


def _progress(
    store: Store,
    actor: Actor,
    rng: random.Random,
    case_id: uuid.UUID,
    day: date,
    today: date,
    units: Mapping[str, catalogue.UnitView],
    grids: list[GridView],
    volunteers: list[tuple[uuid.UUID, str]],
    now: Callable[[], datetime],
) -> None:
    """Move a case along a plausible path, stopping at a random point (older cases further);
    each step an hour and a half after the one before, or on its day's morning."""
    last = clock.utcnow()

    def step(req: StepRequest, after: int = 1) -> bool:
        nonlocal day, last
        nxt = day + timedelta(days=rng.randint(0, after))
        if nxt > today:
            return False
        day = nxt
        morning = datetime.combine(day, time(10)).astimezone()
        last = max(morning, last + timedelta(minutes=90))
        clock.set_now(min(last, now()))
        move_case(store, actor, case_id, req, day=day)
        return True

    r = rng.random()
    if r < 0.05:
        step(
            StepRequest(
                Action.NOT_OURS,
                reason="不属于社区职责范围",
                referred_to="街道综合执法队 0571-85550000",
            )
        )
        return
    if r < 0.12:
        step(StepRequest(Action.HOLD, reason="等待居民补交材料"))
        if rng.random() < 0.5:
            step(StepRequest(Action.RESUME), 6)
        return
    target = rng.random()
    if (today - day).days > 7:  # older cases have mostly moved on
        target = max(target, rng.random(), rng.random())
    kind = rng.choice(("department", "partner", "grid", "volunteer"))
    handler: uuid.UUID | None = None
    if kind in ("department", "partner"):
        handler = rng.choice([u for u in units.values() if u.kind == kind]).id
    elif kind == "grid" and grids:
        handler = rng.choice(grids).id
    elif volunteers:
        handler = rng.choice(volunteers)[0]
    if handler is None or target < 0.15:
        return  # still just accepted (some of these are overdue)
    if not step(StepRequest(Action.DISPATCH, handler_kind=kind, handler_id=handler)):
        return
    if target < 0.3 or not step(StepRequest(Action.START), 2):
        return
    if target < 0.45:
        return
    done = Action.RESOLVE if rng.random() < 0.85 else Action.RESOLVE_PARTLY
    if not step(StepRequest(done, note="已现场处理并告知居民"), 4):
        return
    if target < 0.6:
        return
    rating = rng.choices((5, 4, 3, 2, 1), (55, 25, 10, 6, 4))[0]
    fixed = rating >= 3
    words = {5: "很满意，办得很快", 4: "满意", 3: "一般", 2: "还没彻底解决", 1: "不满意"}[rating]
    step(
        StepRequest(Action.CALLBACK, rating=rating, fixed=fixed, note=words, escalate=rating == 1),
        3,
    )


def _at_hour(now: datetime, day: date, hour: int) -> None:
    """The clock at ``hour`` o'clock of ``day``, never later than ``now``."""
    clock.set_now(min(datetime.combine(day, time(hour)).astimezone(), now))


def add_demo(
    store: Store, actor: Actor, seed: int, today: date, residents: int
) -> Mapping[str, int]:
    """The requests window's part of `gridesk demo` (gridesk.windows)."""
    return add_requests(store, actor, demo_rng(seed, "requests"), today, residents)
