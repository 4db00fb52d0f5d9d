"""Demo data for the points shop: the usual rules, a shelf of goods, awards to residents over
the last weeks, and redemptions at the counter (by the demo cashier), one refunded.

Everything goes through the services, so the demo's ledger is a real one (chain, balances,
stock all pass ``gridesk check``).
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from datetime import date

from sqlalchemy import select

from gridesk.core.actor import Actor
from gridesk.core.auth import actor_for
from gridesk.core.models import Resident, User, new_id
from gridesk.core.points import accounts, earning, shop
from gridesk.core.store import Store

RULES = (
    ("垃圾分类", 5, "", "civility"),
    ("参加议事会", 10, "", "civility"),
    ("志愿服务（每小时）", 10, "小时", "civility"),
    ("楼道清洁", 5, "", "civility"),
    ("党员先锋岗值守", 20, "", "pioneer"),
    ("结对帮扶走访", 15, "", "pioneer"),
)

PRODUCTS = (
    ("6920174736731", "洗衣液 2kg", "日用品", 120, 40),
    ("6901028075015", "牙膏", "日用品", 30, 60),
    ("6922266450216", "抽纸（3包）", "日用品", 25, 80),
    ("6901424333948", "香皂", "日用品", 20, 100),
    ("6902083881405", "食用油 5L", "粮油", 300, 8),
    ("6922507808010", "大米 5kg", "粮油", 250, 12),
    ("6935270642718", "毛巾", "日用品", 40, 3),
    ("BOOK01", "读书卡（社区图书角）", "服务", 50, 20),
)

RECIPIENTS = 120


def fill_points_demo(store: Store, actor: Actor, seed: int) -> int:
    """Rules, goods, awards and redemptions; returns the number of redemptions made."""
    rng = random.Random(f"gridesk-demo:{seed}:points")
    with store.read() as s:
        residents = list(
            s.execute(
                select(Resident.id)
                .where(Resident.archived.is_(False))
                .order_by(Resident.sort_key)
                .limit(RECIPIENTS * 4)
            ).scalars()
        )
        cashier_user = s.execute(select(User).where(User.role == "cashier")).scalars().first()
        cashier = actor_for(cashier_user) if cashier_user is not None else actor
    if not residents:
        return 0
    existing = {r.name for r in earning.list_rules(store, actor, include_archived=True)}
    rules = [
        earning.save_rule(store, actor, name, points, unit, scheme)
        for name, points, unit, scheme in RULES
        if name not in existing
    ] or earning.list_rules(store, actor)
    have = {p.code for p in shop.list_products(store, actor)}
    for code, name, category, price, stock in PRODUCTS:
        if code in have:
            continue
        p = shop.create_product(store, actor, shop.ProductInput(code, name, price, category, 5))
        shop.stock_in(store, actor, p.id, stock, new_id(), "首批入库")
    accounts.set_approval_threshold(store, actor, 100)
    picked = rng.sample(residents, min(RECIPIENTS, len(residents)))
    # an activity's attendees at once, then single awards
    for rule in rules[:3]:
        attendees = rng.sample(picked, min(len(picked), rng.randint(10, 25)))
        earning.award(store, actor, rule.id, attendees, new_id(), note="社区活动签到")
    for resident in picked:
        for _ in range(rng.randint(1, 3)):
            rule = rng.choice(rules)
            quantity = rng.randint(1, 4) if rule.unit else 1
            earning.award(store, actor, rule.id, [resident], new_id(), quantity=quantity)
    # one big award waits for a second person's approval
    earning.award(store, actor, rules[2].id, picked[:3], new_id(), quantity=12, note="重阳节活动")
    made = 0
    refund_done = False
    for resident in picked[: len(picked) // 2]:
        balance = accounts.account_view(store, cashier, resident).balance
        goods = [
            p for p in shop.list_products(store, actor, False) if p.price <= balance and p.stock
        ]
        if not goods:
            continue
        product = rng.choice(goods)
        done = shop.redeem(store, cashier, resident, [(product.code, 1)], new_id())
        made += 1
        if not refund_done:
            shop.refund(store, cashier, done.id, new_id(), note="居民换货")
            refund_done = True
    return made


def add_demo(
    store: Store, actor: Actor, seed: int, today: date, residents: int
) -> Mapping[str, int]:
    """The points shop's part of `gridesk demo` (gridesk.windows)."""
    return {"redemptions": fill_points_demo(store, actor, seed)}
