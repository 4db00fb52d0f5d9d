"""Demo data: a community that looks real, for trying GriDesk and for the benchmarks.

``fill_demo(store, actor, residents=N, seed=S)`` fills an initialised database (see
:func:`gridesk.core.setup.initialise`) with zh_CN data that is the same for the same seed:
estates with buildings, units and rooms; grids (网格) with their grid worker and leader;
households of one to five people with family names, ages and ID numbers that agree; tags in
plausible proportions (独居老人 only for people of 65 or more living alone, 空巢老人 for elderly
couples, 党员 about 8 % of adults ...); a few notes; and three accounts for trying the roles
(qiantai, shouyin, zhiyuan, password demo123).

Residents are written with Core bulk inserts straight to the driver, one transaction and one
audit row per chunk (up to 20,000), so that 200,000 of them (the benchmark database) take about a
minute on a slow machine; most of it is SQLite placing 3.2 million search keys in their index.

Adding another kind of demo record (requests, volunteers, treasure box, points shop): write
``add_<kind>(store, actor, rng, ...) -> Mapping[str, int]`` in the module that owns the kind
(e.g. ``gridesk/demo/requests.py``), reading what it builds on from the database (or from
:class:`DemoResidents`), and call it from :func:`fill_demo` after :func:`add_residents`, with
its own generator ``demo_rng(seed, "<kind>")``. Each kind draws from its own generator, so adding
one never changes the data the others make for a seed. Put its counts in
``DemoSummary.extra``.
"""

from __future__ import annotations

import math
import random
import time
import uuid
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from itertools import accumulate
from types import MappingProxyType
from typing import Any, Protocol, cast

from sqlalchemy import Dialect, Table, func, select
from sqlalchemy.orm import Session

from gridesk import clock
from gridesk.clock import utcnow
from gridesk.core.actor import Actor, Permission, Role
from gridesk.core.auth import create_user
from gridesk.core.bulk import BulkInsert
from gridesk.core.models import (
    AuditEntry,
    Grid,
    Household,
    Resident,
    ResidentKey,
    ResidentTag,
    Tag,
    User,
    new_id,
)
from gridesk.core.residents.keys import sort_key
from gridesk.core.residents.records import search_keys
from gridesk.core.residents.validation import id_check_char
from gridesk.core.setup import DEFAULT_TAGS
from gridesk.core.store import Store, set_setting
from gridesk.errors import QT_TRANSLATE_NOOP, Conflict
from gridesk.windows import WINDOWS, load

__all__ = [
    "CHUNK_RESIDENTS",
    "DEMO_PASSWORD",
    "DEMO_USERS",
    "DemoResidents",
    "DemoSummary",
    "add_users",
    "claim_for_demo",
    "demo_rng",
    "fill_demo",
]

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

# Residents per transaction: a tenth of the total, between these bounds, so that progress
# moves for a small demo and a large one pays for few commits.
CHUNK_RESIDENTS = 20_000
SMALLEST_CHUNK = 500
DEMO_PASSWORD = "demo123"
# (user name, display name, role): one account per role that is not the admin's
DEMO_USERS: tuple[tuple[str, str, Role], ...] = (
    ("qiantai", "前台 李晓雯", Role.FRONT_DESK),
    ("shouyin", "收银 张丽", Role.CASHIER),
    ("zhiyuan", "志愿协调 王建华", Role.COORDINATOR),
)


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`fill_demo` added."""

    residents: int
    households: int
    grids: int
    estates: int
    tagged: Mapping[str, int]  # residents per tag name, in the order of DEFAULT_TAGS
    users: tuple[str, ...] = ()  # demo accounts created (existing ones are left alone)
    seconds: float = 0.0
    cancelled: bool = False
    extra: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))

    def __str__(self) -> str:
        tags = "、".join(f"{name} {n}" for name, n in self.tagged.items() if n)
        text = (
            f"{self.residents} residents in {self.households} households, "
            f"{self.estates} estates, {self.grids} grids; tags: {tags or 'none'}"
        )
        if self.extra:
            text += "; " + ", ".join(f"{kind} {n}" for kind, n in self.extra.items())
        if self.users:
            text += f"; users: {', '.join(self.users)} (password {DEMO_PASSWORD})"
        if self.cancelled:
            text += " (cancelled)"
        return text + f" in {self.seconds:.1f} s"


@dataclass(frozen=True)
class DemoResidents:
    """What :func:`add_residents` made, for the kinds of demo data that build on it."""

    residents: int
    households: int
    tagged: Mapping[str, int]
    cancelled: bool


class WindowDemo(Protocol):
    """A window's demo (gridesk.windows: demo): adds its records for a demo of ``residents``
    residents made with ``seed``; returns what it added, by kind, for the summary."""

    def __call__(
        self, store: Store, actor: Actor, seed: int, today: date, residents: int
    ) -> Mapping[str, int]: ...


def fill_demo(
    store: Store,
    actor: Actor,
    residents: int,
    seed: int = 1,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    *,
    today: date | None = None,
    history: bool = False,
) -> DemoSummary:
    """Fill an initialised database with ``residents`` demo residents; deterministic per seed.

    ``progress(done, total)`` is called after each chunk of residents, and ``cancel()`` is
    asked before each: chunks already written stay (each is one transaction) and the summary
    says ``cancelled``. ``today`` fixes the date ages are counted from (tests). ``history``
    adds the year before the windows' recent records (gridesk/demo/history.py): the demo the
    app opens has it; it costs a few thousand commits, so the tests' and benchmarks' leave it
    out.
    """
    actor.require(Permission.USERS_MANAGE)
    actor.require(Permission.CATALOGUE_MANAGE)
    if residents < 0:
        raise ValueError("residents must be 0 or more")
    claim_for_demo(store, actor)
    started = time.perf_counter()
    today = today or clock.today()
    users = add_users(store, actor)
    plan = _plan_community(demo_rng(seed, "community"), residents, _occupied_addresses(store))
    grid_ids = add_grids(store, actor, demo_rng(seed, "grids"), today, plan.estates)
    made = add_residents(
        store, actor, demo_rng(seed, "residents"), today, plan, grid_ids, progress, cancel
    )
    # each window's demo records (gridesk/windows.py), on top of the registry; a cancelled
    # demo stops at the residents
    extra: dict[str, Any] = {}
    for window in WINDOWS:
        if window.demo and not made.cancelled:
            add_demo: WindowDemo = load(window.demo)
            extra.update(add_demo(store, actor, seed, today, made.residents))
    if history and not made.cancelled:
        from gridesk.demo.history import add_history

        extra.update(add_history(store, actor, seed, today, made.residents, progress))
    return DemoSummary(
        residents=made.residents,
        households=made.households,
        grids=len(set(grid_ids.values())),
        estates=len(plan.estates),
        tagged=made.tagged,
        users=users,
        seconds=time.perf_counter() - started,
        cancelled=made.cancelled,
        extra=MappingProxyType(extra),
    )


def demo_rng(seed: int, kind: str) -> random.Random:
    """The generator for one kind of demo record: the same for a seed, apart from the others."""
    return random.Random(f"gridesk-demo:{seed}:{kind}")


# -- users ---------------------------------------------------------------------------------


DEMO_SETTING = "demo_installation"
"""Set (true) by the first demo run: this installation holds demo data, so more may be added."""


def claim_for_demo(store: Store, actor: Actor) -> None:
    """Refuse to add demo data (and accounts with a known password) to a database that holds
    real data; otherwise note that this installation is a demo.

    Real data is what a demo run did not make, in an installation no demo run has marked as a
    demo: a resident, an account besides the administrator who set the station up, or a
    sign-in (someone has used it). A station just set up holds none.
    """
    if store.setting(DEMO_SETTING, False):
        return
    with store.read() as s:
        found = {
            "residents": s.execute(select(func.count()).select_from(Resident)).scalar_one(),
            "accounts": s.execute(select(func.count()).select_from(User)).scalar_one() - 1,
            "sign_ins": s.execute(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "sign_in")
            ).scalar_one(),
        }
    if any(found.values()):
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors",
                "This database holds real data ({residents} residents, {accounts} accounts "
                "besides the administrator, {sign_ins} sign-ins), so no demo data or demo "
                "accounts were added. Try the demo in a folder of its own (gridesk --demo, or "
                "--data-dir with a new folder).",
            ),
            **found,
        )
    with store.write(actor) as s:
        set_setting(s, DEMO_SETTING, True)


def add_users(store: Store, actor: Actor) -> tuple[str, ...]:
    """The demo accounts of :data:`DEMO_USERS`; those that exist are left as they are."""
    with store.read() as s:
        existing = set(s.execute(select(User.username)).scalars())
    made = []
    for username, display_name, role in DEMO_USERS:
        if username not in existing:
            create_user(store, actor, username, display_name, role, DEMO_PASSWORD)
            made.append(username)
    return tuple(made)


# -- word lists ----------------------------------------------------------------------------


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Surnames with weights roughly per 10,000 people (census order). The polyphonic surnames (单
# shan, 曾 zeng, 解 xie ...) are given more weight than life does, so the demo shows them.
_SURNAMES = """
王 710 李 700 张 640 刘 540 陈 460 杨 310 黄 220 赵 220 吴 200 周 190 徐 150 孙 150 马 130
朱 130 胡 130 郭 120 何 110 高 110 林 110 罗 90 郑 90 梁 90 谢 80 宋 80 唐 80 许 70 韩 70
冯 70 邓 70 曹 70 彭 60 曾 60 肖 60 田 60 董 60 袁 50 潘 50 于 50 蒋 50 蔡 50 余 50 杜 50
叶 50 程 50 苏 40 魏 40 吕 40 丁 40 任 40 沈 40 姚 40 卢 40 姜 40 崔 40 钟 40 谭 40 陆 30
汪 30 范 30 金 30 石 30 廖 30 贾 30 夏 30 韦 30 付 30 方 30 白 30 邹 30 孟 30 熊 30 秦 30
邱 30 江 30 尹 30 薛 30 闫 30 段 30 雷 30 侯 30 龙 20 史 20 陶 20 黎 20 贺 20 顾 20 毛 20
郝 20 龚 20 邵 20 万 20 钱 20 严 20 武 20 戴 20 孔 20 向 20 汤 20 常 20 温 20 康 20 施 20
文 20 牛 20 樊 20 葛 20 邢 20 安 20 齐 20 易 20 乔 20 庞 20 颜 20 倪 20 庄 20 聂 20 章 20
鲁 20 岳 20 殷 20 申 20 耿 10 关 10 焦 10 左 10 柳 10 祝 10 包 10 宁 10 尚 10 纪 10 梅 10
毕 10 季 10 裴 10 霍 10 苗 10 盛 10 路 10 辛 10 靳 10 管 10 柴 10 鲍 10 房 10 滕 10 褚 10
单 30 解 25 仇 20 朴 20 区 20 查 20 盖 20 乐 20 缪 20 尉 20 覃 25 翟 25
"""

# Common given names by birth years and gender; single characters are one-character names.
_GIVEN: tuple[tuple[int, str, str], ...] = (
    (
        1955,
        "建国 国华 德明 振华 永福 国庆 福林 金生 志明 文华 树林 德胜 长青 宝山 玉林 广田 有才 "
        "庆云 世昌 家宝 学文 春生 秋生 德才 守义 洪 德 福 忠 贵 山",
        "桂兰 秀英 淑珍 玉兰 凤英 秀兰 桂英 兰英 玉珍 素芬 桂芳 秀珍 淑英 玉梅 凤兰 翠花 金凤 "
        "玉芬 秀云 桂珍 淑兰 月英 素珍 春兰 秀芝 英 兰 珍 芬",
    ),
    (
        1970,
        "建华 建军 卫国 卫东 国强 建平 志刚 立新 红军 建新 跃进 向东 胜利 援朝 国栋 爱民 振国 "
        "新民 保国 建设 伟 军 勇 强 斌 明 刚 平 华 林",
        "红梅 丽华 美华 爱华 秀芳 春梅 红霞 桂香 玉霞 秀梅 淑华 丽萍 建英 凤琴 红英 秀华 小红 "
        "卫红 素梅 霞 华 梅 萍 英 琴 红 燕",
    ),
    (
        1985,
        "志强 海涛 建伟 晓东 志勇 海波 小龙 建峰 晓明 永刚 海军 立军 宏伟 东升 文杰 国栋 伟 勇 "
        "军 杰 涛 斌 磊 鹏 强 峰 波 辉 刚 健 亮 俊",
        "丽娟 海燕 晓红 晓燕 丽丽 春燕 秀丽 美玲 玉洁 翠萍 雪梅 丽娜 晓丽 艳红 丽 静 敏 燕 艳 "
        "芳 娟 霞 红 慧 晶 丹 莉",
    ),
    (
        2000,
        "俊杰 晓东 海洋 文博 子豪 明轩 天宇 晨阳 志鹏 宇航 佳豪 家乐 振宇 浩 磊 涛 鹏 超 杰 宇 "
        "帅 旭 鑫 博 凯 晨",
        "婷婷 思雨 雨欣 佳怡 静怡 梦瑶 雪莹 晓雪 倩倩 丹丹 佳佳 美琪 慧敏 欣然 梦洁 丽 晶 丹 倩 "
        "雪 佳 欣 婷 琳 颖 璐",
    ),
    (
        2010,
        "子轩 浩宇 宇轩 博文 浩然 子豪 俊熙 天佑 宇航 家豪 皓轩 梓豪 明杰 思远 致远 嘉豪 文轩 "
        "雨泽 一鸣 俊 博",
        "雨涵 欣怡 梓涵 诗涵 思琪 嘉怡 佳琪 雨萱 梦琪 可欣 雨婷 紫涵 欣妍 思涵 佳怡 子涵 若曦 "
        "语嫣 诗琪 欣悦 琪",
    ),
    (
        9999,
        "浩然 一诺 沐宸 梓睿 宇泽 奕辰 梓轩 锦程 思远 子墨 铭泽 俊宇 沐阳 睿泽 一鸣 子睿 弘毅 "
        "景行 承泽 辰逸 宇",
        "子涵 梓萱 一诺 若汐 依诺 欣妍 可馨 语桐 雨桐 诗涵 梓涵 安然 梓沫 芷若 清欢 知夏 沐晴 "
        "紫萱 思彤 一然 若溪 晨曦 语汐 悦",
    ),
)

# Uyghur names: given name · father's given name.
_UYGHUR_MALE = _words(
    "艾力 买买提 吐尔逊 阿不都 依明 艾买提 努尔 肉孜 卡德尔 亚森 热合曼 哈力克 阿迪力"
)
_UYGHUR_FEMALE = _words(
    "阿依古丽 古丽娜尔 热依拉 迪丽努尔 帕提古丽 米娜瓦尔 阿依努尔 祖丽菲亚 努尔比亚"
)
# Mongolian and Tibetan names have no surname.
_ONE_NAME_MALE = _words("巴特尔 额尔敦 格日勒图 扎西多吉 次仁多吉 格桑尼玛 巴图")
_ONE_NAME_FEMALE = _words("其木格 乌兰 斯琴 萨仁 次仁卓玛 格桑拉姆 央金")

_ESTATES = _words("""
阳光花园 幸福里小区 锦绣家园 朝阳新村 和平小区 翠苑小区 金色家园 康乐园 丽水华庭 书香门第
紫荆花园 御景湾 明珠苑 东方名城 世纪佳园 绿景苑 馨园小区 花园新村 建设新村 工人新村
铁路宿舍 电力小区 文化苑 怡景园 山水人家 泉城花园 舜华苑 杏林苑 华信小区 金鼎花园
水岸名都 盛世华庭 润和苑 幸福家园 和谐家园 春晖园 枫林小区 桃园小区 龙泉苑 百合园
银河小区 芙蓉小区 燕山新村 历山名郡 千佛山小区 玉兰苑 佳和园 安居小区
""")
_OLD_ESTATE_MARKS = ("新村", "宿舍", "小区")

# Region codes (GB/T 2260) of birth places: the district of the estate, mostly; then the
# province and the rest of the country.
_LOCAL_REGIONS = ("370102", "370103", "370104", "370105", "370112")
_REGIONS = """
370102 18 370103 12 370104 8 370105 8 370112 10 370181 4 370124 2 370902 3 370802 3
370811 2 370881 1 370832 1 370602 1 370203 2 371302 2 372922 1 371402 2 371502 2 370303 2
110105 2 110108 1 110101 1 320102 1 310104 1 410102 1 130102 1 230102 1 220102 1 420106 1
340102 1 510107 1 440106 1 610113 1 120101 1
"""
_MINORITY_REGIONS = {"uyghur": ("650102", "653101", "652301"), "one_name": ("150102", "540102")}

_MOBILE_PREFIXES = _words(
    "130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 173 176 "
    "177 178 180 181 182 183 185 186 187 188 189 191 198 199"
)

_DUTIES = (
    "入户走访",
    "矛盾调解",
    "政策宣传",
    "信息采集",
    "安全巡查",
    "环境整治",
    "民生代办",
    "特殊人群关爱",
)
_SERVICE_HOURS = (
    "周一至周五 8:30-17:30",
    "周一至周五 8:30-12:00 14:00-17:30",
    "周一至周六 9:00-17:00",
    "周一至周五 8:30-17:30（节假日轮流值守）",
)

_NOTES: dict[str, tuple[str, ...]] = {
    "独居老人": (
        "行动不便，需上门服务",
        "子女在外地，每周电话联系",
        "患高血压，定期随访",
        "腿脚不便，代购生活用品",
    ),
    "空巢老人": ("子女在外地工作", "老两口身体尚可，每月走访一次"),
    "残疾人": ("听力障碍，沟通请写字", "轮椅出行，需无障碍通道", "视力残疾，来访请提前电话"),
    "新就业群体": ("外卖骑手", "快递员", "网约车司机", "同城配送员"),
    "志愿者": ("退休教师，可辅导四点半课堂", "会修家电", "擅长理发，可参加便民服务", "周末有空"),
    "退役军人": ("已在退役军人服务站建档",),
    "留守儿童": ("父母在外务工，由祖父母照看",),
    "": ("联系电话为子女电话", "租户", "常住外地，节假日回来", "新迁入"),
}


def _weighted(text: str) -> tuple[list[str], list[float]]:
    parts = text.split()
    return parts[::2], list(accumulate(float(w) for w in parts[1::2]))


def _chinese_number(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("十" if tens == 1 else digits[tens] + "十") + (digits[ones] if ones else "")


# -- the plan: estates, buildings, grids, flats, households ---------------------------------

# Household kinds: (kind, weight). Sizes: see _size_of.
_KINDS = (
    ("single_adult", 12.0),
    ("single_elder", 7.0),
    ("elder_couple", 12.0),
    ("young_couple", 9.0),
    ("nuclear", 35.0),
    ("three_generations", 12.0),
    ("single_parent", 5.0),
    ("elder_with_child", 3.0),
    ("left_behind", 0.6),
)
_KIND_NAMES = [k for k, _ in _KINDS]
_KIND_CUM = list(accumulate(w for _, w in _KINDS))


@dataclass(frozen=True)
class _Estate:
    name: str
    district: str  # region code of the district the estate is in
    buildings: int
    units: int
    floors: int
    per_floor: int
    grids: tuple[tuple[str, tuple[int, ...]], ...]  # (grid name, its buildings)


@dataclass(frozen=True)
class _Flat:
    estate: int  # index into _Plan.estates
    building: int
    unit: int
    room: str


@dataclass(frozen=True)
class _Plan:
    estates: tuple[_Estate, ...]
    households: tuple[tuple[_Flat, str, int], ...]  # (flat, kind, size)


def _size_of(rng: random.Random, kind: str) -> int:
    if kind in ("single_adult", "single_elder"):
        return 1
    if kind in ("elder_couple", "young_couple", "elder_with_child"):
        return 2
    if kind == "single_parent":
        return 2 if rng.random() < 0.8 else 3
    if kind == "nuclear":
        r = rng.random()
        return 3 if r < 0.68 else 4 if r < 0.98 else 5
    if kind == "three_generations":
        return 4 if rng.random() < 0.5 else 5
    return rng.choice((2, 3, 3, 4))  # left_behind


def _occupied_addresses(store: Store) -> set[tuple[str, str, str, str]]:
    with store.read() as s:
        rows = s.execute(
            select(Household.estate, Household.building, Household.unit, Household.room)
        )
        return {(r.estate, r.building, r.unit, r.room) for r in rows}


def _plan_community(
    rng: random.Random, residents: int, occupied: set[tuple[str, str, str, str]]
) -> _Plan:
    """Household kinds and sizes adding up to ``residents``, estates and the flats they live in."""
    shapes: list[tuple[str, int]] = []
    total = 0
    while total < residents:
        kind = _KIND_NAMES[bisect_right(_KIND_CUM, rng.random() * _KIND_CUM[-1])]
        size = min(_size_of(rng, kind), residents - total)
        shapes.append((kind, size))
        total += size
    if not shapes:
        return _Plan((), ())
    wanted = math.ceil(len(shapes) / 0.86)  # some flats stand empty or are let to non-residents
    n_estates = max(min(3, math.ceil(len(shapes) / 15)), math.ceil(wanted / 2500))
    per_estate = wanted / n_estates
    names = list(_ESTATES)
    rng.shuffle(names)
    names += [f"{name}{phase}" for phase in ("二期", "三期", "四期") for name in names]
    estates: list[_Estate] = []
    flats: list[_Flat] = []
    for name in names:
        if len(flats) >= wanted:
            break
        estate = _plan_estate(rng, name, per_estate)
        index = len(estates)
        before = len(flats)
        for building, unit, room in _addresses(estate):
            if (name, str(building), str(unit), room) not in occupied:
                flats.append(_Flat(index, building, unit, room))
        if len(flats) > before:  # else every flat of it is taken by an earlier run
            estates.append(estate)
    if len(flats) < len(shapes):
        raise RuntimeError("no free addresses left for demo households")
    chosen = sorted(rng.sample(range(len(flats)), len(shapes)))
    return _Plan(
        tuple(estates),
        tuple((flats[i], kind, size) for i, (kind, size) in zip(chosen, shapes, strict=True)),
    )


def _plan_estate(rng: random.Random, name: str, target_flats: float) -> _Estate:
    old = name.endswith(_OLD_ESTATE_MARKS) and rng.random() < 0.7
    if old:  # six-storey walk-ups, two flats a landing
        units, floors, per_floor = rng.randint(2, 4), rng.choice((5, 6, 6, 7)), 2
    elif rng.random() < 0.3:
        units, floors, per_floor = rng.randint(1, 3), rng.randint(9, 12), 2
    else:
        units, floors, per_floor = rng.randint(1, 2), rng.randint(16, 33), rng.choice((2, 2, 3, 4))
    per_building = units * floors * per_floor
    buildings = min(30, max(1, math.ceil(target_flats * rng.uniform(0.7, 1.3) / per_building)))
    grids: list[tuple[str, tuple[int, ...]]] = []
    first = 1
    while first <= buildings:
        count = rng.randint(3, 6)
        if buildings - (first + count) + 1 < 2:  # no grid of a single leftover building
            count = buildings - first + 1
        grids.append(("", tuple(range(first, first + count))))
        first += count
    if len(grids) == 1:
        named = [(f"{name}网格", grids[0][1])]
    else:
        named = [(f"{name}{_chinese_number(i)}网格", b) for i, (_, b) in enumerate(grids, 1)]
    return _Estate(
        name, rng.choice(_LOCAL_REGIONS), buildings, units, floors, per_floor, tuple(named)
    )


def _addresses(estate: _Estate) -> Iterator[tuple[int, int, str]]:
    for building in range(1, estate.buildings + 1):
        for unit in range(1, estate.units + 1):
            for floor in range(1, estate.floors + 1):
                for number in range(1, estate.per_floor + 1):
                    yield building, unit, f"{floor}{number:02d}"


# -- grids ---------------------------------------------------------------------------------


def add_grids(
    store: Store,
    actor: Actor,
    rng: random.Random,
    today: date,
    estates: Sequence[_Estate],
) -> dict[tuple[int, int], uuid.UUID]:
    """One grid per few buildings, with a worker, and a leader per estate.

    Returns the grid of each (estate index, building). Grids whose name exists are reused.
    """
    people = _People(rng, today, set())
    grid_of: dict[tuple[int, int], uuid.UUID] = {}
    with store.write(actor) as s:
        existing = dict(s.execute(select(Grid.name, Grid.id)).tuples().all())
        for index, estate in enumerate(estates):
            leader = people.adult_name(rng.randint(38, 56))
            leader_phone = people.mobile()
            for name, buildings in estate.grids:
                grid_id = existing.get(name)
                if grid_id is None:
                    duties = rng.sample(_DUTIES, rng.randint(3, 5))
                    grid = Grid(
                        id=new_id(),
                        name=name,
                        worker_name=people.adult_name(rng.randint(24, 48)),
                        worker_phone=people.mobile(),
                        leader_name=leader,
                        leader_phone=leader_phone,
                        duties="、".join(d for d in _DUTIES if d in duties),
                        service_hours=rng.choice(_SERVICE_HOURS),
                    )
                    s.add(grid)
                    grid_id = existing[name] = grid.id
                for building in buildings:
                    grid_of[index, building] = grid_id
    return grid_of


# -- people --------------------------------------------------------------------------------


@dataclass(slots=True)
class _Person:
    name: str
    gender: str
    age: int
    birth: date
    id_number: str | None = None
    phone: str = ""
    tags: list[str] = field(default_factory=list)
    notes: str = ""


class _People:
    """Draws names, birth dates, ID numbers and phone numbers from one generator."""

    def __init__(self, rng: random.Random, today: date, used_ids: set[str]) -> None:
        self.rng = rng
        self.today = today
        self.used_ids = used_ids  # first 17 digits of every ID number given out
        self.surnames, self.surname_cum = _weighted(_SURNAMES)
        self.regions, self.region_cum = _weighted(_REGIONS)
        self.given: list[tuple[int, dict[str, tuple[list[str], list[str]]]]] = []
        for until, male, female in _GIVEN:
            by_gender = {}
            for gender, words in (("M", male), ("F", female)):
                names = words.split()
                by_gender[gender] = (
                    [n for n in names if len(n) == 2],
                    [n for n in names if len(n) == 1],
                )
            self.given.append((until, by_gender))

    def surname(self) -> str:
        r = self.rng.random() * self.surname_cum[-1]
        return self.surnames[bisect_right(self.surname_cum, r)]

    def given_name(self, gender: str, year: int) -> str:
        index = 0
        while year >= self.given[index][0]:
            index += 1
        two, one = self.given[index][1][gender]
        # one-character names peak with those born in the 1960s to 80s
        single = (0.1, 0.25, 0.35, 0.22, 0.08, 0.05)[index]
        return self.rng.choice(one if self.rng.random() < single else two)

    def adult_name(self, age: int) -> str:
        gender = "M" if self.rng.random() < 0.5 else "F"
        return self.surname() + self.given_name(gender, self.today.year - age)

    def birth(self, age: int) -> date:
        """A birth date that makes the person exactly ``age`` today."""
        try:
            latest = self.today.replace(year=self.today.year - age)
        except ValueError:  # 29 February
            latest = self.today.replace(year=self.today.year - age, day=28)
        return date.fromordinal(latest.toordinal() - self.rng.randrange(365))

    def person(self, surname: str, gender: str, age: int) -> _Person:
        birth = self.birth(age)
        return _Person(surname + self.given_name(gender, birth.year), gender, age, birth)

    def id_number(self, birth: date, gender: str, region: str) -> str:
        while True:
            # the order code's last digit is odd for men, even for women
            order = self.rng.randrange(500) * 2 + (1 if gender == "M" else 0)
            first17 = f"{region}{birth:%Y%m%d}{order:03d}"
            if first17 not in self.used_ids:
                self.used_ids.add(first17)
                return first17 + id_check_char(first17)

    def region(self, local: str, p_local: float) -> str:
        if self.rng.random() < p_local:
            return local
        return self.regions[bisect_right(self.region_cum, self.rng.random() * self.region_cum[-1])]

    def mobile(self) -> str:
        return self.rng.choice(_MOBILE_PREFIXES) + f"{self.rng.randrange(100_000_000):08d}"

    def landline(self) -> str:
        if self.rng.random() < 0.9:
            return f"0531-{self.rng.randint(8100_0000, 8899_9999)}"
        return f"010-{self.rng.randint(6200_0000, 6899_9999)}"


def _members(people: _People, kind: str, size: int) -> list[_Person]:
    """The people of one household: family names, ages and genders that fit together."""
    rng = people.rng
    person = people.person
    if kind == "single_adult":
        gender = "M" if rng.random() < 0.55 else "F"
        return [person(people.surname(), gender, int(rng.triangular(20, 65, 30)))]
    if kind == "single_elder":
        gender = "F" if rng.random() < 0.68 else "M"
        return [person(people.surname(), gender, int(rng.triangular(65, 97, 76)))]
    if kind == "elder_with_child":
        surname = people.surname()
        elder = person(
            surname, "F" if rng.random() < 0.65 else "M", int(rng.triangular(70, 97, 82))
        )
        child_age = max(35, elder.age - rng.randint(24, 34))
        return [elder, person(surname, "M" if rng.random() < 0.5 else "F", child_age)][:size]
    if kind == "left_behind":
        surname = people.surname()
        grandpa = person(surname, "M", rng.randint(56, 76))
        members = [grandpa]
        if size > 2 or rng.random() < 0.3:
            members.append(person(people.surname(), "F", max(52, grandpa.age - rng.randint(-2, 5))))
        while len(members) < size:
            members.append(person(surname, "M" if rng.random() < 0.52 else "F", rng.randint(3, 15)))
        return members[:size]
    husband_surname, wife_surname = people.surname(), people.surname()
    if kind == "elder_couple":
        husband = int(rng.triangular(60, 95, 72))
        ages = (husband, max(58, husband - rng.randint(-3, 6)))
    elif kind == "young_couple":
        husband = rng.randint(23, 40)
        ages = (husband, max(21, husband - rng.randint(-2, 5)))
    elif kind == "three_generations":
        husband = rng.randint(27, 50)
        ages = (husband, max(23, husband - rng.randint(-2, 5)))
    else:  # nuclear, single_parent
        husband = int(rng.triangular(25, 64, 44))
        ages = (husband, max(22, husband - rng.randint(-2, 5)))
    members = [person(husband_surname, "M", ages[0]), person(wife_surname, "F", ages[1])]
    if kind == "single_parent":
        members = [members[1]] if rng.random() < 0.75 else [members[0]]
    if kind in ("elder_couple", "young_couple"):
        return members[:size]
    children_surname = husband_surname if rng.random() < 0.93 else wife_surname
    mother = ages[1]
    grandparents = 0
    if kind == "three_generations":
        grandparents = 1 if size == 4 else (2 if rng.random() < 0.6 else 1)
        grandparents = min(grandparents, max(0, size - 3))
    children = size - len(members) - grandparents
    # mothers have their first child at 23 to 34; grown-up children may still live at home
    oldest = min(max(0, mother - rng.randint(23, 34)), 34 if kind == "nuclear" else 17)
    for i in range(children):
        age = oldest if i == 0 else max(0, oldest - rng.randint(1, 8) * i)
        members.append(person(children_surname, "M" if rng.random() < 0.52 else "F", age))
    if grandparents:
        paternal = rng.random() < 0.7
        parent = ages[0] if paternal else ages[1]
        grandpa_surname = husband_surname if paternal else wife_surname
        grandpa_age = min(98, parent + rng.randint(24, 34))
        if grandparents == 2 or rng.random() < 0.4:
            members.append(person(grandpa_surname, "M", grandpa_age))
        if len(members) < size:
            grandma_age = max(50, grandpa_age - rng.randint(-2, 5))
            members.append(person(people.surname(), "F", min(98, grandma_age)))
    return members[:size]


def _minority_members(people: _People, size: int, uyghur: bool) -> list[_Person]:
    """A Uyghur family (given name · father's name) or people with a single Mongolian or
    Tibetan name."""
    rng = people.rng
    if uyghur:
        father_name = rng.choice(_UYGHUR_MALE)
        father = rng.randint(26, 55)
        members = [
            _Person(f"{father_name}·{rng.choice(_UYGHUR_MALE)}", "M", father, people.birth(father)),
        ]
        if size > 1:
            mother = max(22, father - rng.randint(-2, 5))
            members.append(
                _Person(
                    f"{rng.choice(_UYGHUR_FEMALE)}·{rng.choice(_UYGHUR_MALE)}",
                    "F",
                    mother,
                    people.birth(mother),
                )
            )
        youngest_parent = min(p.age for p in members)
        while len(members) < size:
            gender = "M" if rng.random() < 0.5 else "F"
            age = rng.randint(0, max(0, min(youngest_parent - 21, 20)))
            given = rng.choice(_UYGHUR_MALE if gender == "M" else _UYGHUR_FEMALE)
            members.append(_Person(f"{given}·{father_name}", gender, age, people.birth(age)))
        return members
    members = []
    first = "M" if rng.random() < 0.5 else "F"
    for i in range(size):
        if i < 2:  # a couple
            gender = first if i == 0 else ("F" if first == "M" else "M")
            age = rng.randint(22, 60)
        else:
            gender = "M" if rng.random() < 0.5 else "F"
            age = rng.randint(0, 18)
        name = rng.choice(_ONE_NAME_MALE if gender == "M" else _ONE_NAME_FEMALE)
        members.append(_Person(name, gender, age, people.birth(age)))
    return members


def _contacts(people: _People, members: list[_Person], district: str, minority: str) -> None:
    """ID numbers for most (children less often) and phones by age; elders share a landline."""
    rng = people.rng
    home = rng.choice(_MINORITY_REGIONS[minority]) if minority else people.region(district, 0.45)
    landline = ""
    for p in members:
        child = p.age < 16
        if rng.random() < (0.65 if child else 0.96):
            region = home if (child or rng.random() < 0.6) else people.region(district, 0.4)
            p.id_number = people.id_number(p.birth, p.gender, region)
        r = rng.random()
        if p.age < 14:
            continue
        if p.age < 18:
            p.phone = people.mobile() if r < 0.4 else ""
            continue
        mobile, fixed = (0.92, 0.96) if p.age <= 75 else (0.6, 0.8) if p.age <= 85 else (0.3, 0.55)
        if r < mobile:
            p.phone = people.mobile()
        elif r < fixed:
            landline = landline or people.landline()
            p.phone = landline


def _tag(people: _People, members: list[_Person], kind: str) -> None:
    """Tags by who the household is, then by each person, in plausible proportions."""
    rng = people.rng
    size = len(members)
    if size == 1 and members[0].age >= 65:
        members[0].tags.append("独居老人")
    if kind == "elder_couple" and size == 2 and all(p.age >= 60 for p in members):
        for p in members:
            p.tags.append("空巢老人")
    dibao = rng.random() < (0.03 if kind in ("single_elder", "single_parent") else 0.013)
    working_parents = any(20 <= p.age <= 54 for p in members)
    for p in members:
        age, male = p.age, p.gender == "M"
        if dibao:
            p.tags.append("低保户")
        disabled = rng.random() < (0.01 if age < 18 else 0.026 if age < 60 else 0.065)
        if disabled:
            p.tags.append("残疾人")
        if age >= 18 and rng.random() < (0.105 if male else 0.06):
            p.tags.append("党员")
            if 20 <= age <= 45 and rng.random() < 0.08:
                p.tags.append("流动党员")
            if (dibao or disabled or (size == 1 and age >= 65)) and rng.random() < 0.5:
                p.tags.append("困难党员")
        if age >= 22 and rng.random() < (0.05 if male else 0.004):
            p.tags.append("退役军人")
        if 20 <= age <= 45 and rng.random() < (0.045 if male else 0.015):
            p.tags.append("新就业群体")
        if 14 <= age <= 80 and rng.random() < (0.22 if "党员" in p.tags else 0.052):
            p.tags.append("志愿者")
        if age < 18:
            if rng.random() < (0.12 if dibao else 0.004):
                p.tags.append("困境儿童")
            if age < 16 and not working_parents:
                p.tags.append("留守儿童")
        _note(rng, p)


def _note(rng: random.Random, p: _Person) -> None:
    for tag in p.tags:
        notes = _NOTES.get(tag)
        if notes and rng.random() < 0.25:
            p.notes = rng.choice(notes)
            return
    if rng.random() < 0.005:
        p.notes = rng.choice(_NOTES[""])


# -- residents -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Chunk:
    """One transaction's worth of residents, in the form the database driver takes."""

    residents: int
    households: int
    tagged: Counter[str]
    inserts: tuple[tuple[str, Sequence[Any]], ...]  # (statement, parameter rows), in order


def add_residents(
    store: Store,
    actor: Actor,
    rng: random.Random,
    today: date,
    plan: _Plan,
    grid_of: Mapping[tuple[int, int], uuid.UUID],
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> DemoResidents:
    """The households of the plan and their residents, one transaction per chunk."""
    tag_ids = _tag_ids(store, actor)
    with store.read() as s:
        taken = s.execute(select(Resident.id_number).where(Resident.id_number.is_not(None)))
        used_ids = {number[:17] for number in taken.scalars() if number}
    people = _People(rng, today, used_ids)
    rows = _Rows(store.engine.dialect, actor, plan, grid_of, tag_ids)
    total = sum(size for _, _, size in plan.households)
    tagged: Counter[str] = Counter()
    done = households = 0
    cancelled = False
    if progress is not None:
        progress(0, total)
    chunk_size = min(CHUNK_RESIDENTS, max(SMALLEST_CHUNK, math.ceil(total / 10)))
    for chunk in _chunks(people, plan, rows, chunk_size):
        if cancel is not None and cancel():
            cancelled = True
            break
        with store.write(actor) as s, _roomy_page_cache(store, s):
            conn = s.connection()
            for statement, parameters in chunk.inserts:
                conn.exec_driver_sql(statement, parameters)
            detail = f"{chunk.residents} residents in {chunk.households} households"
            store.audit(s, "demo", "residents", chunk.residents, detail)
        done += chunk.residents
        households += chunk.households
        tagged.update(chunk.tagged)
        if progress is not None:
            progress(done, total)
    counts = {name: tagged[name] for name, _ in DEFAULT_TAGS}
    counts.update((name, n) for name, n in tagged.items() if name not in counts)
    return DemoResidents(done, households, MappingProxyType(counts), cancelled)


def _chunks(people: _People, plan: _Plan, rows: _Rows, chunk_size: int) -> Iterator[_Chunk]:
    """The plan's households with their people, about ``chunk_size`` residents at a time."""
    batch: list[tuple[_Flat, list[_Person]]] = []
    in_batch = 0
    young = 0  # one young household in 80 is a minority family, spread evenly
    for index, (flat, kind, size) in enumerate(plan.households):
        minority = ""
        young += kind in ("single_adult", "young_couple", "nuclear")
        if young % 80 == 40 and kind in ("single_adult", "young_couple", "nuclear"):
            minority = "one_name" if young % 240 == 200 else "uyghur"
            members = _minority_members(people, size, uyghur=minority == "uyghur")
        else:
            members = _members(people, kind, size)
        _contacts(people, members, plan.estates[flat.estate].district, minority)
        _tag(people, members, kind)
        batch.append((flat, members))
        in_batch += len(members)
        if in_batch >= chunk_size or index == len(plan.households) - 1:
            yield rows.chunk(batch)
            batch, in_batch = [], 0


def _tag_ids(store: Store, actor: Actor) -> dict[str, uuid.UUID]:
    """The ids of the default tags; any the admin removed are made again."""
    with store.write(actor) as s:
        found = dict(s.execute(select(Tag.name, Tag.id)).tuples().all())
        order = s.execute(select(func.coalesce(func.max(Tag.sort_order), 0))).scalar_one()
        for name, care in DEFAULT_TAGS:
            if name not in found:
                order += 1
                tag = Tag(id=new_id(), name=name, care=care, sort_order=order)
                s.add(tag)
                found[name] = tag.id
    return found


_TRACKED = ("id", "station_id", "created_at", "updated_at", "created_by")
# columns whose values _Rows converts with the column type's processor
_CONVERTED = frozenset(
    {*_TRACKED, "household_id", "grid_id", "resident_id", "tag_id", "birth_date", "archived"}
)


class _Rows:
    """Turns households and their people into rows of households, residents, resident_keys
    and resident_tags."""

    def __init__(
        self,
        dialect: Dialect,
        actor: Actor,
        plan: _Plan,
        grid_of: Mapping[tuple[int, int], uuid.UUID],
        tag_ids: Mapping[str, uuid.UUID],
    ) -> None:
        self.households = BulkInsert(
            dialect, _table(Household), (*_TRACKED, "estate", "building", "unit", "room", "grid_id")
        )
        self.residents = BulkInsert(
            dialect,
            _table(Resident),
            (
                *_TRACKED,
                "name",
                "sort_key",
                "gender",
                "birth_date",
                "phone",
                "id_number",
                "household_id",
                "estate",
                "building",
                "unit",
                "room",
                "grid_id",
                "notes",
                "archived",
                "search_keys",
            ),
        )
        self.keys = BulkInsert(dialect, _table(ResidentKey), ("key", "resident_id"))
        self.tags = BulkInsert(dialect, _table(ResidentTag), ("resident_id", "tag_id"))
        for table in (self.households, self.residents, self.keys, self.tags):
            unexpected = table.unconverted(_CONVERTED)
            if unexpected:
                raise RuntimeError(f"demo rows do not convert {', '.join(unexpected)}")
        self.uuid = self.residents.convert("id")
        self.day = self.residents.convert("birth_date")
        self.actor = actor
        self.plan = plan
        self.grid_of = {place: self.uuid(grid_id) for place, grid_id in grid_of.items()}
        self.tag_ids = {name: self.uuid(tag_id) for name, tag_id in tag_ids.items()}
        # A name's sort key and search keys do not depend on the rest of the record, so they
        # are worked out once per name, an address's once per household: search_keys() of
        # the parts of a record, put together, are the record's keys.
        self.names: dict[str, tuple[str, set[str]]] = {}

    def chunk(self, batch: Sequence[tuple[_Flat, list[_Person]]]) -> _Chunk:
        res = self.residents
        now = res.convert("created_at")(utcnow())
        station = self.uuid(self.actor.station_id)
        creator = self.uuid(self.actor.user_id)
        archived = res.convert("archived")(False)
        households: list[tuple[Any, ...]] = []
        residents: list[tuple[Any, ...]] = []
        keys: list[tuple[Any, ...]] = []
        tags: list[tuple[Any, ...]] = []
        tagged: Counter[str] = Counter()
        for flat, members in batch:
            estate = self.plan.estates[flat.estate].name
            building, unit, room = str(flat.building), str(flat.unit), flat.room
            grid_id = self.grid_of[flat.estate, flat.building]
            household_id = self.uuid(new_id())
            households.append(
                (household_id, station, now, now, creator, estate, building, unit, room, grid_id)
            )
            address_keys = search_keys("", "", "", building, unit, room)
            for p in members:
                resident_id = self.uuid(new_id())
                named = self.names.get(p.name)
                if named is None:
                    named = (sort_key(p.name), search_keys(p.name, "", "", "", "", ""))
                    self.names[p.name] = named
                own = named[1] | address_keys
                if p.phone or p.id_number:
                    own |= search_keys("", p.phone, p.id_number or "", "", "", "")
                residents.append(
                    (
                        resident_id,
                        station,
                        now,
                        now,
                        creator,
                        p.name,
                        named[0],
                        p.gender,
                        self.day(p.birth),
                        p.phone,
                        p.id_number,
                        household_id,
                        estate,
                        building,
                        unit,
                        room,
                        grid_id,
                        p.notes,
                        archived,
                        " ".join(own),
                    )
                )
                keys.extend((key, resident_id) for key in own)
                for tag in p.tags:
                    tags.append((resident_id, self.tag_ids[tag]))
                tagged.update(p.tags)
        inserts = tuple(
            (table.statement, table.driver_rows(rows))
            for table, rows in (
                (self.households, households),
                (self.residents, residents),
                (self.keys, keys),
                (self.tags, tags),
            )
        )
        return _Chunk(len(residents), len(households), tagged, tuple(i for i in inserts if i[1]))


def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


@contextmanager
def _roomy_page_cache(store: Store, s: Session) -> Iterator[None]:
    """A large SQLite page cache for one chunk: the search keys land all over their index, and
    with the default 2 MB cache SQLite would write pages out and read them back many times."""
    with store.dialect.bulk_tuning(s.connection(), cache_kib=262144):  # at most 256 MiB
        yield
