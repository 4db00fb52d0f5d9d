"""Demo volunteers: teams with leaders, profiles with skills and availability, weekly duties,
a month of rosters (three weeks past, this week and the next) and activities with realistic
attendance: most come on time, some late or early, a few forget to check out (flagged), a few
walk up; older hours approved, the last days' waiting for the coordinator.

Written in a few units of work with the same rules the services apply (no overlap, the cap on
shifts in a row, no more people than places), so `gridesk check` passes on the result.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from collections.abc import Mapping
from datetime import date, datetime, timedelta

from sqlalchemy import select

from gridesk import clock
from gridesk.clock import utcnow
from gridesk.core.actor import Actor, Permission
from gridesk.core.models import Resident, ResidentTag, Tag
from gridesk.core.store import Store
from gridesk.core.volunteers import rules
from gridesk.core.volunteers.models import (
    Activity,
    HoursRecord,
    Shift,
    ShiftAssignment,
    ShiftTemplate,
    SignUp,
    VolunteerProfile,
    VolunteerTask,
    VolunteerTeam,
    VolunteerTeamMember,
)
from gridesk.core.volunteers.services import (
    VOLUNTEER_TAG,
    local_dt,
    local_zone,
    tag_as_volunteer,
)
from gridesk.demo import demo_rng

TEAMS = (
    ("党员先锋队", "党员带头，急难险重任务冲在前。"),
    ("巾帼志愿服务队", "关爱老人儿童，邻里调解。"),
    ("银龄互助队", "低龄老人帮扶高龄老人。"),
    ("青年志愿服务队", "周末活动、文明宣传、数字助老。"),
    ("平安巡逻队", "夜间巡逻、消防通道检查。"),
)
SKILLS = (
    ("急救", 8),
    ("电工", 5),
    ("水暖", 4),
    ("理发", 5),
    ("文艺", 8),
    ("书法", 4),
    ("心理疏导", 3),
    ("法律咨询", 2),
    ("手机教学", 7),
    ("摄影", 4),
    ("驾驶", 5),
    ("医护", 3),
)
# post, place, weekdays, start, end, needed, skill
DUTIES = (
    ("前台引导", "党群服务中心大厅", (1, 2, 3, 4, 5), "08:30", "11:30", 2, ""),
    ("前台引导", "党群服务中心大厅", (1, 2, 3, 4, 5), "14:00", "17:30", 2, ""),
    ("垃圾分类督导", "各小区投放点", (1, 2, 3, 4, 5, 6, 7), "07:00", "09:00", 3, ""),
    ("平安巡逻", "辖区主干道", (1, 2, 3, 4, 5, 6, 7), "19:00", "21:00", 3, ""),
    ("助老送餐", "长者食堂", (1, 3, 5), "11:00", "12:30", 2, "驾驶"),
    ("健康咨询", "卫生服务站", (2, 4), "09:00", "11:00", 1, "医护"),
    ("文明劝导", "农贸市场门口", (6, 7), "09:00", "11:00", 2, ""),
)
ACTIVITIES = (
    ("社区义诊进楼栋", "联合社区卫生服务中心为老人量血压、测血糖。", "议事厅", 12, "hour", 10),
    ("垃圾分类宣传周", "入户发放宣传册，讲解分类要点。", "各小区投放点", 20, "hour", 8),
    ("智能手机培训班", "教老人用健康码、视频通话、网上缴费。", "阅览室", 8, "attendance", 15),
    ("四点半课堂辅导", "为双职工家庭孩子辅导作业。", "四点半课堂", 6, "hour", 10),
    ("清洁家园大扫除", "清理楼道堆物、小广告。", "锦绣家园", 30, "hour", 8),
    ("重阳节慰问", "走访独居老人，送上慰问品。", "议事厅", 10, "attendance", 20),
    ("便民理发", "为行动不便的老人上门理发。", "长者食堂", 4, "hour", 12),
    ("消防安全演练", "楼栋长、志愿者参与疏散演练。", "中心广场", 40, "attendance", 10),
)


TASKS = (
    ("帮独居老人取药", "锦绣家园 3 号楼"),
    ("陪同高龄老人就医", "社区卫生服务中心"),
    ("修理楼道声控灯", "5 号楼 2 单元"),
    ("给行动不便的老人送菜", "长者食堂"),
    ("教老人用手机视频通话", "阅览室"),
    ("清理楼道堆放杂物", "8 号楼"),
)


def _weighted_skills(rng: random.Random) -> str:
    names, weights = zip(*SKILLS, strict=True)
    picked = {rng.choices(names, weights)[0] for _ in range(rng.choice((0, 1, 1, 2, 2, 3)))}
    return "、".join(sorted(picked))


def random_availability(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.35:
        return ""  # any time (retired, flexible)
    days = sorted(rng.sample(range(1, 8), rng.randint(2, 5)))
    if kind < 0.6:
        return "; ".join(f"{d} 07:00-12:30" for d in days)
    if kind < 0.8:
        return "; ".join(f"{d} 13:30-21:30" for d in days)
    return "; ".join(f"{d} 06:30-22:00" for d in (6, 7))


def add_volunteers(
    store: Store, actor: Actor, rng: random.Random, today: date
) -> Mapping[str, int]:
    actor.require(Permission.VOLUNTEERS_MANAGE)
    zone = local_zone()
    with store.read() as s:
        cutoff_old = date(today.year - 75, today.month, 1)
        cutoff_young = date(today.year - 18, today.month, 1)
        people = s.execute(
            select(Resident.id, Resident.name, Resident.phone)
            .where(
                Resident.archived.is_(False),
                Resident.birth_date.is_not(None),
                Resident.birth_date > cutoff_old,
                Resident.birth_date < cutoff_young,
            )
            .order_by(Resident.sort_key, Resident.phone, Resident.name)
        ).all()
        party = set(
            s.execute(
                select(ResidentTag.resident_id)
                .join(Tag, Tag.id == ResidentTag.tag_id)
                .where(Tag.name == "党员")
            ).scalars()
        )
        tagged = set(
            s.execute(
                select(ResidentTag.resident_id)
                .join(Tag, Tag.id == ResidentTag.tag_id)
                .where(Tag.name == VOLUNTEER_TAG)
            ).scalars()
        )
        have = set(s.execute(select(VolunteerProfile.resident_id)).scalars())
    if not people or have:
        return {"volunteers": 0}
    # the registry's 志愿者 (adults of working or active retired age) get a profile; a small
    # community with few of them gets a dozen more, so the roster has people to pick from
    ids = [p.id for p in people if p.id in tagged]
    if len(ids) > 2000:
        ids = rng.sample(ids, 2000)
    others = [p.id for p in people if p.id not in tagged]
    if len(ids) < 12:
        ids += rng.sample(others, min(len(others), 12 - len(ids)))
    counts: dict[str, int] = defaultdict(int)
    # -- teams and profiles
    with store.write(actor) as s:
        team_ids = []
        for name, description in TEAMS:
            team = VolunteerTeam(name=name, description=description)
            s.add(team)
            s.flush()
            team_ids.append(team.id)
        members: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
        for rid in ids:
            is_party = rid in party or rng.random() < 0.1
            s.add(
                VolunteerProfile(
                    resident_id=rid,
                    skills=_weighted_skills(rng),
                    availability=random_availability(rng),
                    party_member=is_party,
                )
            )
            teams = {rng.randrange(len(TEAMS))} if rng.random() < 0.8 else set()
            if is_party and rng.random() < 0.7:
                teams.add(0)
            for team_index in teams:
                s.add(VolunteerTeamMember(team_id=team_ids[team_index], resident_id=rid))
                members[team_ids[team_index]].append(rid)
        s.flush()
        tag_as_volunteer(s, ids)
        for team_id in team_ids:
            if members[team_id]:
                led = s.get(VolunteerTeam, team_id)
                assert led is not None
                led.leader_id = rng.choice(members[team_id])
        counts["volunteers"] = len(ids)
        counts["teams"] = len(team_ids)
        templates = []
        for post, place, days, start, end, needed, skill in DUTIES:
            for weekday in days:
                t = ShiftTemplate(
                    post=post,
                    place=place,
                    weekday=weekday,
                    start_time=start,
                    end_time=end,
                    needed=needed,
                    skill=skill,
                )
                s.add(t)
                templates.append(t)
        s.flush()
        counts["shift templates"] = len(templates)
        skills = {
            rid: rules.skill_list(p)
            for rid, p in s.execute(
                select(VolunteerProfile.resident_id, VolunteerProfile.skills)
            ).tuples()
        }
    # -- a month of shifts and who is on them
    this_monday = today - timedelta(days=today.weekday())
    weeks = [this_monday + timedelta(days=7 * k) for k in (-3, -2, -1, 0, 1)]
    taken: dict[uuid.UUID, list[rules.Interval]] = defaultdict(list)
    cap = rules.DEFAULT_CAP
    # the demo's "now": the real time on the real day, else noon of the given day (tests)
    now = utcnow() if today == clock.today() else local_dt(today, 12 * 60, zone)
    with store.write(actor) as s:
        shifts: list[tuple[Shift, list[uuid.UUID]]] = []
        for monday in weeks:
            for t in templates:
                day = monday + timedelta(days=t.weekday - 1)
                shift = Shift(
                    template_id=t.id,
                    post=t.post,
                    place=t.place,
                    starts_at=local_dt(day, rules.parse_clock(t.start_time), zone),
                    ends_at=local_dt(day, rules.parse_clock(t.end_time), zone),
                    needed=t.needed,
                    skill=t.skill,
                )
                s.add(shift)
                shifts.append((shift, []))
        s.flush()
        for shift, on in shifts:
            fill = 0.92 if shift.starts_at < now else 0.6
            pool = [r for r in ids if not shift.skill or shift.skill in skills[r]]
            for _ in range(shift.needed):
                if rng.random() > fill or not pool:
                    continue
                for _attempt in range(6):
                    rid = rng.choice(pool)
                    interval = (shift.starts_at, shift.ends_at)
                    if rid in on or rules.assignment_problem(taken[rid], interval, cap):
                        continue
                    taken[rid].append(interval)
                    on.append(rid)
                    s.add(
                        ShiftAssignment(
                            shift_id=shift.id,
                            resident_id=rid,
                            starts_at=shift.starts_at,
                            ends_at=shift.ends_at,
                        )
                    )
                    counts["assignments"] += 1
                    break
        # -- attendance of past shifts
        approve_before = now - timedelta(days=3)
        for shift, on in shifts:
            if shift.starts_at >= now:
                continue
            for rid in on:
                if rng.random() < 0.07:
                    continue  # did not come
                _attend(
                    s,
                    rng,
                    actor,
                    rid,
                    "shift",
                    shift.id,
                    shift.post,
                    shift.starts_at,
                    shift.ends_at,
                    now,
                    approve_before,
                    counts,
                    False,
                )
            if rng.random() < 0.05:  # someone walked up and helped
                rid = rng.choice(ids)
                if not any(
                    rules.overlaps(iv, (shift.starts_at, shift.ends_at)) for iv in taken[rid]
                ):
                    _attend(
                        s,
                        rng,
                        actor,
                        rid,
                        "shift",
                        shift.id,
                        shift.post,
                        shift.starts_at,
                        shift.ends_at,
                        now,
                        approve_before,
                        counts,
                        True,
                    )
        # -- activities over the month, and their sign-ups
        for i, (title, description, place, capacity, mode, points) in enumerate(ACTIVITIES):
            when = today + timedelta(days=-20 + i * 5 + rng.randint(0, 2))
            start_min = rng.choice((9 * 60, 9 * 60 + 30, 14 * 60, 15 * 60))
            length = rng.choice((90, 120, 150))
            a = Activity(
                title=title,
                description=description,
                place=place,
                starts_at=local_dt(when, start_min, zone),
                ends_at=local_dt(when, start_min + length, zone),
                capacity=capacity,
                points_mode=mode,
                points=points,
                eligibility="party" if title == "重阳节慰问" else "all",
            )
            s.add(a)
            s.flush()
            counts["activities"] += 1
            eligible = [r for r in ids if a.eligibility == "all" or r in party]
            wanting = rng.sample(
                eligible, min(len(eligible), int(capacity * rng.uniform(0.6, 1.3)))
            )
            for n, rid in enumerate(wanting):
                status = "signed" if n < capacity else "waitlisted"
                s.add(SignUp(activity_id=a.id, resident_id=rid, status=status))
                counts["sign-ups"] += 1
                if status == "signed" and a.starts_at < now and rng.random() < 0.85:
                    _attend(
                        s,
                        rng,
                        actor,
                        rid,
                        "activity",
                        a.id,
                        a.title,
                        a.starts_at,
                        a.ends_at,
                        now,
                        approve_before,
                        counts,
                        False,
                    )
            s.flush()
        # -- tasks to claim: some done (hours waiting), some claimed, some still open
        for n, (title, place) in enumerate(TASKS):
            task = VolunteerTask(title=title, place=place, status="open")
            s.add(task)
            counts["tasks"] += 1
            if n < 4:
                task.status = "done" if n < 2 else "claimed"
                task.claimed_by = rng.choice(ids)
                task.claimed_at = now - timedelta(days=4 - n)
            if task.status == "done":
                s.flush()
                minutes = rng.choice((30, 45, 60, 90))
                s.add(
                    HoursRecord(
                        resident_id=task.claimed_by,
                        source="task",
                        task_id=task.id,
                        label=title,
                        started_at=now - timedelta(days=1, minutes=minutes),
                        ended_at=now - timedelta(days=1),
                        minutes=minutes,
                        status="pending",
                    )
                )
    return dict(counts)


def _attend(
    s: object,
    rng: random.Random,
    actor: Actor,
    rid: uuid.UUID,
    source: str,
    source_id: uuid.UUID,
    label: str,
    start: datetime,
    end: datetime,
    now: datetime,
    approve_before: datetime,
    counts: dict[str, int],
    walk_up: bool,
) -> None:
    arrived = start + timedelta(minutes=rng.choice((-15, -10, -5, -5, 0, 0, 3, 8, 20)))
    left = end + timedelta(minutes=rng.choice((-30, -10, 0, 0, 5, 10, 15)))
    forgot = rng.random() < 0.04
    record = HoursRecord(
        resident_id=rid,
        source=source,
        shift_id=source_id if source == "shift" else None,
        activity_id=source_id if source == "activity" else None,
        label=label,
        scheduled_start=start,
        scheduled_end=end,
        started_at=arrived,
        walk_up=walk_up,
    )
    if forgot or left > now:
        record.status = "flagged" if forgot and arrived < now - timedelta(days=1) else "open"
        if record.status == "open" and arrived < now - timedelta(hours=20):
            record.status = "flagged"
        counts["forgotten check-outs" if record.status == "flagged" else "on duty now"] += 1
    else:
        record.ended_at = left
        record.minutes = rules.served_minutes(arrived, left)
        record.status = "pending"
        if left < approve_before:
            record.status = "approved"
            record.approved_by = actor.user_id
            record.approved_at = left + timedelta(days=rng.randint(1, 3))
        counts["hours records"] += 1
    s.add(record)  # type: ignore[attr-defined]


def add_demo(
    store: Store, actor: Actor, seed: int, today: date, residents: int
) -> Mapping[str, int]:
    """The volunteers window's part of `gridesk demo` (gridesk.windows)."""
    return add_volunteers(store, actor, demo_rng(seed, "volunteers"), today)
