"""Check-in/out (签到/签退) and service hours (服务时长), and the hand-over to the points shop.

An hours record opens at check-in and closes at check-out (``pending``). A check-in left open
past its local day is ``flagged`` the next day and never counted by itself: the coordinator
sets its minutes with a reason (``corrected``). The coordinator approves pending records, one
or many. Approved and corrected records are final; :func:`approved_hours_since` hands them to
the points shop, which awards points per record id, once.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from gridesk.clock import utcnow
from gridesk.core.actor import Actor, Permission
from gridesk.core.models import Resident
from gridesk.core.store import Store
from gridesk.core.volunteers import errors as E
from gridesk.core.volunteers import rules
from gridesk.core.volunteers.models import (
    Activity,
    HoursRecord,
    Shift,
    ShiftAssignment,
    SignUp,
    VolunteerProfile,
    VolunteerTask,
    VolunteerTeam,
    VolunteerTeamMember,
)
from gridesk.core.volunteers.services import (
    COUNTED,
    local_dt,
    local_zone,
    resident_name,
    tag_as_volunteer,
)


@dataclass(frozen=True)
class Target:
    """What a walk-up volunteer (not on the list) checks in to."""

    source: str  # "shift" | "activity"
    id: uuid.UUID


@dataclass(frozen=True)
class HoursInfo:
    id: uuid.UUID
    resident_id: uuid.UUID
    name: str
    source: str
    label: str
    scheduled_start: datetime | None
    scheduled_end: datetime | None
    started_at: datetime
    ended_at: datetime | None
    minutes: int | None
    status: str
    walk_up: bool
    correction_reason: str


@dataclass(frozen=True)
class CheckResult:
    action: str  # "in" | "out"
    record: HoursInfo
    flagged: int  # this person's earlier check-ins found open and flagged just now


@dataclass(frozen=True)
class ApprovedHours:
    """The hand-over to the points shop: one approved (or corrected) hours record."""

    id: uuid.UUID
    resident_id: uuid.UUID
    minutes: int
    approved_at: datetime
    source: str  # "shift" | "activity" | "task"
    source_id: uuid.UUID | None
    points_mode: str | None  # the activity's scheme ("hour" | "attendance"), None otherwise
    points: int | None


def _info(r: HoursRecord, name: str) -> HoursInfo:
    return HoursInfo(
        r.id,
        r.resident_id,
        name,
        r.source,
        r.label,
        r.scheduled_start,
        r.scheduled_end,
        r.started_at,
        r.ended_at,
        r.minutes,
        r.status,
        r.walk_up,
        r.correction_reason,
    )


def _start_of_today(now: datetime) -> datetime:
    return local_dt(now.astimezone(local_zone()).date(), 0)


def _flag(s: Session, before: datetime, resident_id: uuid.UUID | None = None) -> int:
    stmt = select(HoursRecord).where(HoursRecord.status == "open", HoursRecord.started_at < before)
    if resident_id is not None:
        stmt = stmt.where(HoursRecord.resident_id == resident_id)
    found = list(s.execute(stmt).scalars())
    for r in found:
        r.status = "flagged"
    s.flush()
    return len(found)


def flag_forgotten(store: Store, actor: Actor, now: datetime | None = None) -> int:
    """Flag every check-in still open from an earlier day. Returns how many."""
    actor.require(Permission.VOLUNTEERS_CHECK_IN)
    with store.write(actor) as s:
        return _flag(s, _start_of_today(now or utcnow()))


def _scheduled(
    s: Session, resident_id: uuid.UUID, now: datetime
) -> tuple[str, uuid.UUID, str, datetime, datetime] | None:
    early = now + rules.EARLY_CHECK_IN
    shift = s.execute(
        select(Shift.id, Shift.post, Shift.starts_at, Shift.ends_at)
        .join(ShiftAssignment, ShiftAssignment.shift_id == Shift.id)
        .where(
            ShiftAssignment.resident_id == resident_id,
            ShiftAssignment.active.is_(True),
            Shift.starts_at <= early,
            Shift.ends_at > now,
        )
        .order_by(Shift.starts_at)
    ).first()
    if shift is not None:
        return ("shift", shift[0], shift[1], shift[2], shift[3])
    activity = s.execute(
        select(Activity.id, Activity.title, Activity.starts_at, Activity.ends_at)
        .join(SignUp, SignUp.activity_id == Activity.id)
        .where(
            SignUp.resident_id == resident_id,
            SignUp.status == "signed",
            Activity.cancelled.is_(False),
            Activity.starts_at <= early,
            Activity.ends_at > now,
        )
        .order_by(Activity.starts_at)
    ).first()
    if activity is not None:
        return ("activity", activity[0], activity[1], activity[2], activity[3])
    return None


def check_in_out(
    store: Store,
    actor: Actor,
    resident_id: uuid.UUID,
    walk_up: Target | None = None,
    now: datetime | None = None,
    late_reason: str = "",
) -> CheckResult:
    """A scan (or a picked name): checks out if checked in today, otherwise checks in to the
    shift or activity the person is on now, or else to ``walk_up`` as a walk-up volunteer.

    A walk-up check-in more than ``rules.LATE_CHECK_IN`` after the end of what it is for is
    refused (``LateCheckIn``) unless the coordinator gives ``late_reason``, which the record
    keeps (as its correction reason: the coordinator vouched for hours the desk did not see).
    """
    actor.require(Permission.VOLUNTEERS_CHECK_IN)
    late_reason = " ".join(late_reason.split())
    if late_reason:
        actor.require(Permission.VOLUNTEERS_MANAGE)
    now = now or utcnow()
    with store.write(actor) as s:
        name = resident_name(s, resident_id)
        flagged = _flag(s, _start_of_today(now), resident_id)
        current = s.execute(
            select(HoursRecord).where(
                HoursRecord.resident_id == resident_id, HoursRecord.status == "open"
            )
        ).scalar_one_or_none()
        if current is not None:
            current.ended_at = now
            current.minutes = rules.served_minutes(current.started_at, now)
            current.status = "pending"
            s.flush()
            return CheckResult("out", _info(current, name), flagged)
        found = _scheduled(s, resident_id, now)
        is_walk_up = False
        if found is None:
            if walk_up is None:
                raise E.NotScheduled(E.NOTHING_NOW, name=name)
            found = _target(s, walk_up)
            is_walk_up = True
        source, source_id, label, start, end = found
        late = now > end + rules.LATE_CHECK_IN
        if late and not late_reason:
            raise E.LateCheckIn(
                E.CHECK_IN_LATE,
                what=label,
                end=end.astimezone(local_zone()).strftime("%m-%d %H:%M"),
            )
        if (
            s.execute(
                select(VolunteerProfile.id).where(VolunteerProfile.resident_id == resident_id)
            ).first()
            is None
        ):
            # a walk-up who was never registered becomes a volunteer by serving
            s.add(VolunteerProfile(resident_id=resident_id, notes=""))
            tag_as_volunteer(s, [resident_id])
        record = HoursRecord(
            resident_id=resident_id,
            source=source,
            shift_id=source_id if source == "shift" else None,
            activity_id=source_id if source == "activity" else None,
            label=label,
            scheduled_start=start,
            scheduled_end=end,
            started_at=now,
            walk_up=is_walk_up,
            status="open",
            correction_reason=late_reason if late else "",
        )
        s.add(record)
        s.flush()
        return CheckResult("in", _info(record, name), flagged)


def _target(s: Session, t: Target) -> tuple[str, uuid.UUID, str, datetime, datetime]:
    if t.source == "shift":
        shift = s.get(Shift, t.id)
        if shift is None:
            raise E.NotFound(E.NO_SUCH_SHIFT)
        return ("shift", shift.id, shift.post, shift.starts_at, shift.ends_at)
    activity = s.get(Activity, t.id)
    if activity is None:
        raise E.NotFound(E.NO_SUCH_ACTIVITY)
    if activity.cancelled:
        raise E.Conflict(E.ACTIVITY_CANCELLED)
    return ("activity", activity.id, activity.title, activity.starts_at, activity.ends_at)


def list_hours(
    store: Store,
    actor: Actor,
    statuses: Iterable[str] = ("open", "flagged", "pending"),
    resident_id: uuid.UUID | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 2000,
) -> list[HoursInfo]:
    """Hours records, newest first (default: what still needs the coordinator)."""
    actor.require(Permission.VOLUNTEERS_VIEW)
    with store.read() as s:
        stmt = (
            select(HoursRecord, Resident.name)
            .join(Resident, Resident.id == HoursRecord.resident_id)
            .where(HoursRecord.status.in_(list(statuses)))
        )
        if resident_id is not None:
            stmt = stmt.where(HoursRecord.resident_id == resident_id)
        if since is not None:
            stmt = stmt.where(HoursRecord.started_at >= since)
        if until is not None:
            stmt = stmt.where(HoursRecord.started_at < until)
        stmt = stmt.order_by(HoursRecord.started_at.desc()).limit(limit)
        return [_info(r, name) for r, name in s.execute(stmt)]


def approve_hours(store: Store, actor: Actor, record_ids: Iterable[uuid.UUID]) -> int:
    """Approve pending records (one or many); others are left alone. Returns how many."""
    actor.require(Permission.VOLUNTEERS_MANAGE)
    ids = list(record_ids)
    now = utcnow()
    with store.write(actor) as s:
        found = list(
            s.execute(
                select(HoursRecord).where(HoursRecord.id.in_(ids), HoursRecord.status == "pending")
            ).scalars()
        )
        for r in found:
            r.status = "approved"
            r.approved_by = actor.user_id
            r.approved_at = now
        return len(found)


def correct_hours(
    store: Store, actor: Actor, record_id: uuid.UUID, minutes: int, reason: str
) -> HoursInfo:
    """Set a record's minutes with a reason (a forgotten check-out, a wrong scan); the record
    then counts as approved. Approved records are final."""
    actor.require(Permission.VOLUNTEERS_MANAGE)
    if not reason.strip():
        raise E.ValidationError(E.REASON_NEEDED, field="reason")
    if not 0 <= minutes <= 24 * 60:
        raise E.ValidationError(E.BAD_MINUTES, field="minutes")
    with store.write(actor) as s:
        r = s.get(HoursRecord, record_id)
        if r is None:
            raise E.NotFound(E.NO_SUCH_RECORD)
        if r.status in COUNTED:
            raise E.Conflict(E.RECORD_FINAL)
        if r.ended_at is None:
            r.ended_at = r.started_at + timedelta(minutes=minutes)
        r.minutes = minutes
        r.correction_reason = reason.strip()
        r.status = "corrected"
        r.approved_by = actor.user_id
        r.approved_at = utcnow()
        s.flush()
        return _info(r, resident_name(s, r.resident_id))


def approved_hours_since(
    store: Store, since: datetime, limit: int | None = None
) -> list[ApprovedHours]:
    """The hand-over to the points shop: records approved (or corrected) at or after ``since``,
    oldest approval first. Each id is final; the points shop awards it once.

    No actor: the points service calls this inside its own permission check."""
    with store.read() as s:
        stmt = (
            select(HoursRecord, Activity.points_mode, Activity.points)
            .outerjoin(Activity, Activity.id == HoursRecord.activity_id)
            .where(HoursRecord.status.in_(COUNTED), HoursRecord.approved_at >= since)
            .order_by(HoursRecord.approved_at, HoursRecord.id)
        )
        if limit is not None:
            stmt = stmt.limit(limit)
        out = []
        for r, mode, points in s.execute(stmt):
            assert r.minutes is not None and r.approved_at is not None
            source_id = r.shift_id or r.activity_id or r.task_id
            out.append(
                ApprovedHours(
                    r.id, r.resident_id, r.minutes, r.approved_at, r.source, source_id, mode, points
                )
            )
        return out


# -- reports ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class HoursTotal:
    key: str  # a name, a team or a month (YYYY-MM)
    minutes: int
    records: int
    people: int


@dataclass(frozen=True)
class HoursReport:
    start: date
    end: date  # exclusive
    by_person: tuple[HoursTotal, ...]
    by_team: tuple[HoursTotal, ...]
    by_month: tuple[HoursTotal, ...]


def hours_report(store: Store, actor: Actor, start: date, end: date) -> HoursReport:
    """Approved hours by person, by team and by month, for records started in [start, end)."""
    actor.require(Permission.VOLUNTEERS_VIEW)
    zone = local_zone()
    with store.read() as s:
        rows = s.execute(
            select(
                HoursRecord.resident_id, Resident.name, HoursRecord.minutes, HoursRecord.started_at
            )
            .join(Resident, Resident.id == HoursRecord.resident_id)
            .where(
                HoursRecord.status.in_(COUNTED),
                HoursRecord.started_at >= local_dt(start, 0, zone),
                HoursRecord.started_at < local_dt(end, 0, zone),
            )
        ).all()
        teams: dict[uuid.UUID, list[str]] = defaultdict(list)
        for rid, tname in s.execute(
            select(VolunteerTeamMember.resident_id, VolunteerTeam.name).join(
                VolunteerTeam, VolunteerTeam.id == VolunteerTeamMember.team_id
            )
        ):
            teams[rid].append(tname)

    def total(groups: dict[str, list[tuple[uuid.UUID, int]]]) -> tuple[HoursTotal, ...]:
        out = [
            HoursTotal(k, sum(m for _, m in v), len(v), len({r for r, _ in v}))
            for k, v in groups.items()
        ]
        return tuple(sorted(out, key=lambda t: (-t.minutes, t.key)))

    person: dict[str, list[tuple[uuid.UUID, int]]] = defaultdict(list)
    team: dict[str, list[tuple[uuid.UUID, int]]] = defaultdict(list)
    month: dict[str, list[tuple[uuid.UUID, int]]] = defaultdict(list)
    for rid, name, minutes, started in rows:
        item = (rid, minutes or 0)
        person[name].append(item)
        for t in teams.get(rid, []):
            team[t].append(item)
        month[started.astimezone(zone).strftime("%Y-%m")].append(item)
    by_month = tuple(sorted(total(month), key=lambda t: t.key))
    return HoursReport(start, end, total(person), total(team), by_month)


# -- claiming work (志愿抢单) -----------------------------------------------------------------


@dataclass(frozen=True)
class TaskInfo:
    id: uuid.UUID
    title: str
    description: str
    place: str
    due_at: datetime | None
    source: str
    status: str
    claimed_by: uuid.UUID | None
    claimed_by_name: str


def publish_task(
    store: Store,
    actor: Actor,
    title: str,
    description: str = "",
    place: str = "",
    due_at: datetime | None = None,
    source: str = "standalone",
    source_id: str | None = None,
) -> uuid.UUID:
    """A task volunteers can claim (志愿抢单): standalone, or published from a request
    (``source="request"``, its ticket number) or a wish (``"wish"``, its number). One open
    task per request or wish: publishing it again is refused."""
    actor.require(Permission.VOLUNTEERS_MANAGE)
    if not title.strip():
        raise E.ValidationError(E.TITLE_NEEDED, field="title")
    with store.write(actor) as s:
        if source_id is not None:
            taken = s.execute(
                select(VolunteerTask.id).where(
                    VolunteerTask.source == source,
                    VolunteerTask.source_id == source_id,
                    VolunteerTask.status.in_(("open", "claimed")),
                )
            ).first()
            if taken is not None:
                raise E.Conflict(E.TASK_PUBLISHED, number=source_id)
        task = VolunteerTask(
            title=title.strip(),
            description=description.strip(),
            place=place.strip(),
            due_at=due_at,
            source=source,
            source_id=source_id,
        )
        s.add(task)
        s.flush()
        return task.id


def claim_task(store: Store, actor: Actor, task_id: uuid.UUID, resident_id: uuid.UUID) -> None:
    """First come, first served: a claimed task cannot be claimed again."""
    actor.require(Permission.VOLUNTEERS_CHECK_IN)
    with store.write(actor) as s:
        task = s.get(VolunteerTask, task_id)
        if task is None:
            raise E.NotFound(E.NO_SUCH_TASK)
        resident_name(s, resident_id)
        if task.status != "open":
            raise E.Conflict(E.TASK_TAKEN)
        task.status = "claimed"
        task.claimed_by = resident_id
        task.claimed_at = utcnow()


def complete_task(store: Store, actor: Actor, task_id: uuid.UUID, minutes: int) -> uuid.UUID:
    """The claimed task is done: its hours become a pending record for approval."""
    actor.require(Permission.VOLUNTEERS_MANAGE)
    if not 0 < minutes <= 24 * 60:
        raise E.ValidationError(E.BAD_MINUTES, field="minutes")
    with store.write(actor) as s:
        task = s.get(VolunteerTask, task_id)
        if task is None:
            raise E.NotFound(E.NO_SUCH_TASK)
        if task.status != "claimed" or task.claimed_by is None:
            raise E.Conflict(E.TASK_NOT_CLAIMED)
        task.status = "done"
        now = utcnow()
        record = HoursRecord(
            resident_id=task.claimed_by,
            source="task",
            task_id=task.id,
            label=task.title,
            started_at=now - timedelta(minutes=minutes),
            ended_at=now,
            minutes=minutes,
            status="pending",
        )
        s.add(record)
        s.flush()
        return record.id


def list_tasks(store: Store, actor: Actor, include_done: bool = False) -> list[TaskInfo]:
    actor.require(Permission.VOLUNTEERS_VIEW)
    with store.read() as s:
        stmt = select(VolunteerTask, Resident.name).outerjoin(
            Resident, Resident.id == VolunteerTask.claimed_by
        )
        if not include_done:
            stmt = stmt.where(
                or_(VolunteerTask.status == "open", VolunteerTask.status == "claimed")
            )
        return [
            TaskInfo(
                t.id,
                t.title,
                t.description,
                t.place,
                t.due_at,
                t.source,
                t.status,
                t.claimed_by,
                name or "",
            )
            for t, name in s.execute(stmt.order_by(VolunteerTask.created_at.desc()))
        ]


def hours_to_approve(store: Store, actor: Actor) -> int:
    """Flagged and pending hours records (a number on the home page)."""
    return len(list_hours(store, actor, statuses=("flagged", "pending")))
