"""Volunteers: people, teams and the duty roster (轮流值守).

Each function is one user action: it checks the actor's permission, does one unit of work and
returns frozen dataclasses. The roster rules themselves are in :mod:`.rules`.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from gridesk import clock
from gridesk.core.actor import Actor, Permission
from gridesk.core.dialect import stored_moment
from gridesk.core.models import Resident, ResidentTag, Setting, Tag
from gridesk.core.residents.records import ResidentFilter, list_residents
from gridesk.core.store import Store, set_setting
from gridesk.core.volunteers import errors as E
from gridesk.core.volunteers import rules
from gridesk.core.volunteers.models import (
    HoursRecord,
    Shift,
    ShiftAssignment,
    ShiftTemplate,
    VolunteerProfile,
    VolunteerTeam,
    VolunteerTeamMember,
)

COUNTED = ("approved", "corrected")
"""Hours record statuses that count (and earn points)."""


def local_zone() -> tzinfo:
    """The desk's time zone (the system's); rosters and reports speak local time."""
    zone = clock.local_now().tzinfo
    assert zone is not None
    return zone


def local_dt(day: date, minutes: int, zone: tzinfo | None = None) -> datetime:
    """A local day and minutes after midnight, as an aware UTC datetime."""
    moment = datetime.combine(day, time()) + timedelta(minutes=minutes)
    return moment.replace(tzinfo=zone or local_zone()).astimezone(UTC)


def hm(moment: datetime) -> str:
    return moment.astimezone(local_zone()).strftime("%H:%M")


def resident_name(s: Session, resident_id: uuid.UUID) -> str:
    name = s.execute(select(Resident.name).where(Resident.id == resident_id)).scalar_one_or_none()
    if name is None:
        raise E.NotFound(E.NO_SUCH_RESIDENT)
    return str(name)


def cap(s: Session) -> int:
    row = s.get(Setting, rules.CAP_SETTING)
    return rules.DEFAULT_CAP if row is None else int(row.value)


# -- people and teams ------------------------------------------------------------------------

VOLUNTEER_TAG = "志愿者"  # the registry's tag; volunteer cards (卡片打印) select by it


def tag_as_volunteer(s: Session, resident_ids: Iterable[uuid.UUID]) -> None:
    """Give residents the 志愿者 tag (if the installation has it), so the registry's
    filters and the volunteer cards see everyone with a volunteer profile."""
    tag_id = s.execute(select(Tag.id).where(Tag.name == VOLUNTEER_TAG)).scalar_one_or_none()
    if tag_id is None:
        return
    wanted = set(resident_ids)
    have = set(
        s.execute(
            select(ResidentTag.resident_id).where(
                ResidentTag.tag_id == tag_id, ResidentTag.resident_id.in_(wanted)
            )
        ).scalars()
    )
    for rid in wanted - have:
        s.add(ResidentTag(resident_id=rid, tag_id=tag_id))


@dataclass(frozen=True)
class ProfileInput:
    skills: str = ""
    availability: str = ""
    party_member: bool = False
    active: bool = True
    notes: str = ""
    team_ids: frozenset[uuid.UUID] = frozenset()


@dataclass(frozen=True)
class Volunteer:
    resident_id: uuid.UUID
    name: str
    phone: str
    skills: tuple[str, ...]
    availability: str
    party_member: bool
    active: bool
    notes: str
    team_ids: frozenset[uuid.UUID]
    team_names: tuple[str, ...]
    approved_minutes: int

    @property
    def hours(self) -> float:
        return self.approved_minutes / 60


@dataclass(frozen=True)
class Team:
    id: uuid.UUID
    name: str
    leader_id: uuid.UUID | None
    leader_name: str
    description: str
    members: int


def save_profile(
    store: Store, actor: Actor, resident_id: uuid.UUID, data: ProfileInput
) -> Volunteer:
    """Make a resident a volunteer, or change their profile."""
    actor.require(Permission.VOLUNTEERS_MANAGE)
    try:
        ranges = rules.parse_availability(data.availability)
    except ValueError as exc:
        raise E.ValidationError(E.BAD_AVAILABILITY, field="availability", value=str(exc)) from exc
    with store.write(actor) as s:
        resident_name(s, resident_id)
        profile = s.execute(
            select(VolunteerProfile).where(VolunteerProfile.resident_id == resident_id)
        ).scalar_one_or_none()
        if profile is None:
            profile = VolunteerProfile(resident_id=resident_id)
            s.add(profile)
        profile.skills = "、".join(rules.skill_list(data.skills))
        profile.availability = "; ".join(r.text() for r in ranges)
        profile.party_member = data.party_member
        profile.active = data.active
        profile.notes = data.notes.strip()
        if data.active:
            tag_as_volunteer(s, [resident_id])
        current = set(
            s.execute(
                select(VolunteerTeamMember.team_id).where(
                    VolunteerTeamMember.resident_id == resident_id
                )
            ).scalars()
        )
        for team_id in current - data.team_ids:
            member = s.get(VolunteerTeamMember, (team_id, resident_id))
            if member is not None:
                s.delete(member)
        for team_id in data.team_ids - current:
            if s.get(VolunteerTeam, team_id) is None:
                raise E.NotFound(E.NO_SUCH_TEAM)
            s.add(VolunteerTeamMember(team_id=team_id, resident_id=resident_id))
        s.flush()
        return _volunteers(s, [resident_id])[0]


def get_volunteer(store: Store, actor: Actor, resident_id: uuid.UUID) -> Volunteer | None:
    actor.require(Permission.VOLUNTEERS_VIEW)
    with store.read() as s:
        found = _volunteers(s, [resident_id])
    return found[0] if found else None


def volunteer_ids(
    store: Store, actor: Actor, text: str = "", team_id: uuid.UUID | None = None
) -> list[uuid.UUID]:
    """The volunteers matching a search, by pinyin: ids only, for a list that fetches the
    rows it shows (:func:`volunteers_by_ids`)."""
    actor.require(Permission.VOLUNTEERS_VIEW)
    ids: list[uuid.UUID] | None = None
    if text.strip():
        ids = [r.id for r in list_residents(store, actor, ResidentFilter(text=text), 0, 200)]
    with store.read() as s:
        stmt = select(VolunteerProfile.resident_id).join(
            Resident, Resident.id == VolunteerProfile.resident_id
        )
        if ids is not None:
            stmt = stmt.where(VolunteerProfile.resident_id.in_(ids))
        if team_id is not None:
            stmt = stmt.join(
                VolunteerTeamMember,
                and_(
                    VolunteerTeamMember.resident_id == VolunteerProfile.resident_id,
                    VolunteerTeamMember.team_id == team_id,
                ),
            )
        return list(s.execute(stmt.order_by(Resident.sort_key)).scalars())


def volunteers_by_ids(store: Store, actor: Actor, ids: Sequence[uuid.UUID]) -> list[Volunteer]:
    actor.require(Permission.VOLUNTEERS_VIEW)
    with store.read() as s:
        return _volunteers(s, ids)


def list_volunteers(
    store: Store, actor: Actor, text: str = "", team_id: uuid.UUID | None = None
) -> list[Volunteer]:
    """Volunteers, by pinyin; ``text`` is a resident search (name, pinyin, phone ...)."""
    return volunteers_by_ids(store, actor, volunteer_ids(store, actor, text, team_id))


def _volunteers(s: Session, resident_ids: Sequence[uuid.UUID]) -> list[Volunteer]:
    if not resident_ids:
        return []
    out: dict[uuid.UUID, Volunteer] = {}
    teams: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = defaultdict(list)
    minutes: dict[uuid.UUID, int] = {}
    for chunk_start in range(0, len(resident_ids), 500):
        chunk = list(resident_ids[chunk_start : chunk_start + 500])
        for rid, tid, tname in s.execute(
            select(VolunteerTeamMember.resident_id, VolunteerTeam.id, VolunteerTeam.name)
            .join(VolunteerTeam, VolunteerTeam.id == VolunteerTeamMember.team_id)
            .where(VolunteerTeamMember.resident_id.in_(chunk))
            .order_by(VolunteerTeam.name)
        ):
            teams[rid].append((tid, tname))
        for rid, total in s.execute(
            select(HoursRecord.resident_id, func.coalesce(func.sum(HoursRecord.minutes), 0))
            .where(HoursRecord.resident_id.in_(chunk), HoursRecord.status.in_(COUNTED))
            .group_by(HoursRecord.resident_id)
        ):
            minutes[rid] = int(total)
        for p, name, phone in s.execute(
            select(VolunteerProfile, Resident.name, Resident.phone)
            .join(Resident, Resident.id == VolunteerProfile.resident_id)
            .where(VolunteerProfile.resident_id.in_(chunk))
        ):
            out[p.resident_id] = Volunteer(
                p.resident_id,
                name,
                phone,
                rules.skill_list(p.skills),
                p.availability,
                p.party_member,
                p.active,
                p.notes,
                frozenset(t for t, _ in teams[p.resident_id]),
                tuple(n for _, n in teams[p.resident_id]),
                minutes.get(p.resident_id, 0),
            )
    return [out[r] for r in resident_ids if r in out]


def save_team(
    store: Store,
    actor: Actor,
    team_id: uuid.UUID | None,
    name: str,
    leader_id: uuid.UUID | None = None,
    description: str = "",
) -> Team:
    actor.require(Permission.VOLUNTEERS_MANAGE)
    name = name.strip()
    if not name:
        raise E.ValidationError(E.TEAM_NAME_NEEDED, field="name")
    with store.write(actor) as s:
        clash = s.execute(
            select(VolunteerTeam.id).where(VolunteerTeam.name == name)
        ).scalar_one_or_none()
        if clash is not None and clash != team_id:
            raise E.Conflict(E.TEAM_NAME_TAKEN, name=name)
        if team_id is None:
            team = VolunteerTeam(name=name)
            s.add(team)
        else:
            found = s.get(VolunteerTeam, team_id)
            if found is None:
                raise E.NotFound(E.NO_SUCH_TEAM)
            team = found
        team.name = name
        team.leader_id = leader_id
        team.description = description.strip()
        s.flush()
        if leader_id is not None and s.get(VolunteerTeamMember, (team.id, leader_id)) is None:
            s.add(VolunteerTeamMember(team_id=team.id, resident_id=leader_id))
            s.flush()
        return _teams(s, [team.id])[0]


def list_teams(store: Store, actor: Actor) -> list[Team]:
    actor.require(Permission.VOLUNTEERS_VIEW)
    with store.read() as s:
        ids = list(
            s.execute(
                select(VolunteerTeam.id)
                .where(VolunteerTeam.archived.is_(False))
                .order_by(VolunteerTeam.name)
            ).scalars()
        )
        return _teams(s, ids)


def _teams(s: Session, ids: Sequence[uuid.UUID]) -> list[Team]:
    counts: dict[uuid.UUID, int] = {
        team_id: n
        for team_id, n in s.execute(
            select(VolunteerTeamMember.team_id, func.count())
            .where(VolunteerTeamMember.team_id.in_(ids))
            .group_by(VolunteerTeamMember.team_id)
        )
    }
    rows = {
        t.id: Team(t.id, t.name, t.leader_id, leader or "", t.description, counts.get(t.id, 0))
        for t, leader in s.execute(
            select(VolunteerTeam, Resident.name)
            .outerjoin(Resident, Resident.id == VolunteerTeam.leader_id)
            .where(VolunteerTeam.id.in_(ids))
        )
    }
    return [rows[i] for i in ids if i in rows]


# -- the duty roster -------------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateInput:
    post: str
    weekday: int
    start_time: str
    end_time: str
    needed: int = 1
    place: str = ""
    skill: str = ""
    room_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ShiftPerson:
    resident_id: uuid.UUID
    name: str
    assignment_id: uuid.UUID


@dataclass(frozen=True)
class ShiftView:
    id: uuid.UUID
    post: str
    place: str
    skill: str
    starts_at: datetime
    ends_at: datetime
    needed: int
    people: tuple[ShiftPerson, ...]

    @property
    def filled(self) -> int:
        return len(self.people)

    @property
    def gap(self) -> int:
        return max(0, self.needed - self.filled)


@dataclass(frozen=True)
class Candidate:
    resident_id: uuid.UUID
    name: str
    phone: str
    skills: tuple[str, ...]
    available: bool  # the shift lies within their stated availability
    qualified: bool  # has the shift's skill (or it needs none)
    problem: str  # "" | "assigned" | "overlap" | "consecutive"

    @property
    def suitable(self) -> bool:
        return self.available and self.qualified and not self.problem


def _check_template(data: TemplateInput) -> tuple[int, int]:
    if not data.post.strip():
        raise E.ValidationError(E.POST_NEEDED, field="post")
    if data.needed < 1:
        raise E.ValidationError(E.NEEDED_AT_LEAST_ONE, field="needed")
    times = []
    for field, value in (("start_time", data.start_time), ("end_time", data.end_time)):
        try:
            times.append(rules.parse_clock(value))
        except ValueError as exc:
            raise E.ValidationError(E.BAD_TIME, field=field, value=value) from exc
    if times[1] <= times[0]:
        raise E.ValidationError(E.BAD_TIMES, field="end_time")
    return times[0], times[1]


def save_template(
    store: Store, actor: Actor, template_id: uuid.UUID | None, data: TemplateInput
) -> uuid.UUID:
    """A duty that repeats weekly. Weeks already made keep their shifts."""
    actor.require(Permission.VOLUNTEERS_MANAGE)
    _check_template(data)
    with store.write(actor) as s:
        if template_id is None:
            t = ShiftTemplate()
            s.add(t)
        else:
            found = s.get(ShiftTemplate, template_id)
            if found is None:
                raise E.NotFound(E.NO_SUCH_SHIFT)
            t = found
        t.post, t.place, t.room_id = data.post.strip(), data.place.strip(), data.room_id
        t.weekday, t.needed, t.skill = data.weekday, data.needed, data.skill.strip()
        t.start_time, t.end_time = data.start_time.strip(), data.end_time.strip()
        s.flush()
        return t.id


def make_week(store: Store, actor: Actor, monday: date) -> int:
    """Make the week's shifts from the templates (those not made yet). Returns how many."""
    actor.require(Permission.VOLUNTEERS_MANAGE)
    monday = monday - timedelta(days=monday.weekday())
    zone = local_zone()
    made = 0
    with store.write(actor) as s:
        templates = s.execute(
            select(ShiftTemplate).where(ShiftTemplate.archived.is_(False))
        ).scalars()
        start, end = local_dt(monday, 0, zone), local_dt(monday + timedelta(days=7), 0, zone)
        existing = set(
            s.execute(
                select(Shift.template_id, Shift.starts_at).where(
                    Shift.starts_at >= start, Shift.starts_at < end
                )
            ).tuples()
        )
        for t in templates:
            day = monday + timedelta(days=t.weekday - 1)
            starts = local_dt(day, rules.parse_clock(t.start_time), zone)
            if (t.id, starts) in existing:
                continue
            s.add(
                Shift(
                    template_id=t.id,
                    post=t.post,
                    place=t.place,
                    room_id=t.room_id,
                    starts_at=starts,
                    ends_at=local_dt(day, rules.parse_clock(t.end_time), zone),
                    needed=t.needed,
                    skill=t.skill,
                )
            )
            made += 1
    return made


def add_shift(
    store: Store,
    actor: Actor,
    post: str,
    starts_at: datetime,
    ends_at: datetime,
    needed: int = 1,
    place: str = "",
    skill: str = "",
) -> uuid.UUID:
    """A one-off shift (not from a template)."""
    actor.require(Permission.VOLUNTEERS_MANAGE)
    if not post.strip():
        raise E.ValidationError(E.POST_NEEDED, field="post")
    if needed < 1:
        raise E.ValidationError(E.NEEDED_AT_LEAST_ONE, field="needed")
    if ends_at <= starts_at:
        raise E.ValidationError(E.BAD_TIMES, field="ends_at")
    with store.write(actor) as s:
        shift = Shift(
            post=post.strip(),
            place=place.strip(),
            starts_at=starts_at,
            ends_at=ends_at,
            needed=needed,
            skill=skill.strip(),
        )
        s.add(shift)
        s.flush()
        return shift.id


def week_view(store: Store, actor: Actor, monday: date) -> list[ShiftView]:
    """The week's shifts with who is on each, by start time. Two queries."""
    actor.require(Permission.VOLUNTEERS_VIEW)
    monday = monday - timedelta(days=monday.weekday())
    zone = local_zone()
    start, end = local_dt(monday, 0, zone), local_dt(monday + timedelta(days=7), 0, zone)
    with store.read() as s:
        return _shift_views(s, [Shift.starts_at >= start, Shift.starts_at < end], order=True)


def _shift_views(s: Session, where: list[object], order: bool = False) -> list[ShiftView]:
    stmt = select(
        Shift.id,
        Shift.post,
        Shift.place,
        Shift.skill,
        Shift.starts_at,
        Shift.ends_at,
        Shift.needed,
    ).where(*where)  # type: ignore[arg-type]
    if order:
        stmt = stmt.order_by(Shift.starts_at, Shift.post)
    shifts = s.execute(stmt).all()
    people: dict[uuid.UUID, list[ShiftPerson]] = defaultdict(list)
    if shifts:
        people_stmt = (
            select(
                ShiftAssignment.shift_id,
                ShiftAssignment.resident_id,
                Resident.name,
                ShiftAssignment.id,
            )
            .join(Shift, Shift.id == ShiftAssignment.shift_id)
            .join(Resident, Resident.id == ShiftAssignment.resident_id)
            .where(ShiftAssignment.active.is_(True), *where)  # type: ignore[arg-type]
            .order_by(ShiftAssignment.created_at)
        )
        for shift_id, rid, name, aid in s.execute(people_stmt):
            people[shift_id].append(ShiftPerson(rid, name, aid))
    return [
        ShiftView(r[0], r[1], r[2], r[3], r[4], r[5], r[6], tuple(people.get(r[0], ())))
        for r in shifts
    ]


def _person_intervals(
    s: Session, resident_ids: Iterable[uuid.UUID] | None, around: rules.Interval
) -> dict[uuid.UUID, list[tuple[uuid.UUID, rules.Interval]]]:
    """Each person's active shifts within a week either side of ``around``."""
    lo, hi = around[0] - timedelta(days=7), around[1] + timedelta(days=7)
    stmt = select(
        ShiftAssignment.resident_id,
        ShiftAssignment.shift_id,
        ShiftAssignment.starts_at,
        ShiftAssignment.ends_at,
    ).where(
        ShiftAssignment.active.is_(True),
        ShiftAssignment.starts_at < hi,
        ShiftAssignment.ends_at > lo,
    )
    if resident_ids is not None:
        stmt = stmt.where(ShiftAssignment.resident_id.in_(list(resident_ids)))
    found: dict[uuid.UUID, list[tuple[uuid.UUID, rules.Interval]]] = defaultdict(list)
    for rid, sid, a, b in s.execute(stmt):
        found[rid].append((sid, (a, b)))
    return found


def _problem(
    shift_id: uuid.UUID,
    mine: list[tuple[uuid.UUID, rules.Interval]],
    interval: rules.Interval,
    limit: int,
) -> tuple[str, rules.RosterProblem | None]:
    if any(sid == shift_id for sid, _ in mine):
        return "assigned", None
    problem = rules.assignment_problem([iv for _, iv in mine], interval, limit)
    return ("", None) if problem is None else (problem.kind, problem)


# The two reads behind the candidate list, in plain SQL on the hot-path reader (a coordinator
# clicks from shift to shift; 2,000 volunteers through the ORM's UUID processing cost ~40 ms).
# The benchmark runs the same SQL raw as its baseline.
CANDIDATE_SQL = (
    "SELECT resident_id, shift_id, starts_at, ends_at FROM volunteer_assignments "
    "WHERE active = 1 AND starts_at < ? AND ends_at > ?",
    "SELECT p.resident_id, r.name, r.phone, p.skills, p.availability, r.sort_key "
    "FROM volunteer_profiles p JOIN residents r ON r.id = p.resident_id "
    "WHERE p.active = 1 AND r.archived = 0",
)


def _candidate_rows(
    store: Store, s: Session, interval: rules.Interval
) -> tuple[dict[str, list[tuple[str, rules.Interval]]], list[tuple[str, str, str, str, str, str]]]:
    lo, hi = interval[0] - timedelta(days=7), interval[1] + timedelta(days=7)
    busy: dict[str, list[tuple[str, rules.Interval]]] = defaultdict(list)
    conn = store.reader()
    if conn is not None:
        for rid, sid, a, b in conn.execute(
            CANDIDATE_SQL[0], (stored_moment(hi), stored_moment(lo))
        ):
            busy[rid].append(
                (
                    sid,
                    (
                        datetime.fromisoformat(a).replace(tzinfo=UTC),
                        datetime.fromisoformat(b).replace(tzinfo=UTC),
                    ),
                )
            )
        return busy, conn.execute(CANDIDATE_SQL[1]).fetchall()
    for rid, found in _person_intervals(s, None, interval).items():
        busy[rid.hex] = [(sid.hex, iv) for sid, iv in found]
    rows = s.execute(
        select(
            VolunteerProfile.resident_id,
            Resident.name,
            Resident.phone,
            VolunteerProfile.skills,
            VolunteerProfile.availability,
            Resident.sort_key,
        )
        .join(Resident, Resident.id == VolunteerProfile.resident_id)
        .where(VolunteerProfile.active.is_(True), Resident.archived.is_(False))
    ).all()
    return busy, [(r[0].hex, *r[1:]) for r in rows]


def understaffed_count(store: Store, actor: Actor) -> int:
    """Shifts from now to the end of the week's roster still short of people (the home page):
    this week's, and next week's once this one is more than half gone."""
    now = clock.utcnow()
    today = clock.today()
    monday = today - timedelta(days=today.weekday())
    weeks = [monday] if today.weekday() < 4 else [monday, monday + timedelta(days=7)]
    return sum(
        1 for week in weeks for shift in week_view(store, actor, week)
        if shift.gap and shift.ends_at > now
    )  # fmt: skip


def candidates(store: Store, actor: Actor, shift_id: uuid.UUID) -> list[Candidate]:
    """Every active volunteer for a shift: the free and qualified first (those with fewest
    shifts in the fortnight around it first), then the rest with the reason they do not fit
    (not available, lacks the skill, busy, too many in a row)."""
    actor.require(Permission.VOLUNTEERS_VIEW)
    zone = local_zone()
    with store.read() as s:
        shift = s.get(Shift, shift_id)
        if shift is None:
            raise E.NotFound(E.NO_SUCH_SHIFT)
        interval = (shift.starts_at, shift.ends_at)
        local_start, local_end = shift.starts_at.astimezone(zone), shift.ends_at.astimezone(zone)
        limit = cap(s)
        busy, rows = _candidate_rows(store, s, interval)
    shift_hex = shift_id.hex
    out = []
    for rid, name, phone, skills_text, avail, key in rows:
        skills = rules.skill_list(skills_text)
        try:
            available = rules.is_available(rules.parse_availability(avail), local_start, local_end)
        except ValueError:
            available = False
        mine = busy.get(rid)
        problem = ""
        if mine:
            if any(sid == shift_hex for sid, _ in mine):
                problem = "assigned"
            else:
                found = rules.assignment_problem([iv for _, iv in mine], interval, limit)
                problem = "" if found is None else found.kind
        qualified = not shift.skill or shift.skill in skills
        out.append(
            (
                not (available and qualified and not problem),
                bool(problem),
                len(mine or ()),  # fewer shifts nearby first: spread the duty around
                key,
                Candidate(uuid.UUID(hex=rid), name, phone, skills, available, qualified, problem),
            )
        )
    out.sort(key=lambda t: t[:4])
    return [t[4] for t in out]


def assign(store: Store, actor: Actor, shift_id: uuid.UUID, resident_id: uuid.UUID) -> ShiftView:
    """Put a volunteer on a shift, if the roster rules allow it."""
    actor.require(Permission.VOLUNTEERS_MANAGE)
    with store.write(actor) as s:
        shift = s.get(Shift, shift_id)
        if shift is None:
            raise E.NotFound(E.NO_SUCH_SHIFT)
        name = resident_name(s, resident_id)
        if (
            s.execute(
                select(VolunteerProfile.id).where(
                    VolunteerProfile.resident_id == resident_id,
                    VolunteerProfile.active.is_(True),
                )
            ).scalar_one_or_none()
            is None
        ):
            raise E.RosterConflict(E.NOT_A_VOLUNTEER, name=name)
        interval = (shift.starts_at, shift.ends_at)
        mine = _person_intervals(s, [resident_id], interval).get(resident_id, [])
        limit = cap(s)
        kind, problem = _problem(shift_id, mine, interval, limit)
        if kind == "assigned":
            raise E.RosterConflict(E.ALREADY_ON_SHIFT, name=name)
        filled = s.execute(
            select(func.count()).where(
                ShiftAssignment.shift_id == shift_id, ShiftAssignment.active.is_(True)
            )
        ).scalar_one()
        if filled >= shift.needed:
            raise E.RosterConflict(E.SHIFT_FULL, needed=shift.needed)
        if kind == "overlap" and problem is not None and problem.other is not None:
            raise E.RosterConflict(
                E.OVERLAP, name=name, start=hm(problem.other[0]), end=hm(problem.other[1])
            )
        if kind == "consecutive":
            raise E.RosterConflict(E.TOO_MANY_IN_A_ROW, name=name, cap=limit)
        s.add(
            ShiftAssignment(
                shift_id=shift_id,
                resident_id=resident_id,
                starts_at=shift.starts_at,
                ends_at=shift.ends_at,
            )
        )
        s.flush()
        return _shift_views(s, [Shift.id == shift_id])[0]


def unassign(store: Store, actor: Actor, shift_id: uuid.UUID, resident_id: uuid.UUID) -> ShiftView:
    actor.require(Permission.VOLUNTEERS_MANAGE)
    with store.write(actor) as s:
        for a in s.execute(
            select(ShiftAssignment).where(
                ShiftAssignment.shift_id == shift_id,
                ShiftAssignment.resident_id == resident_id,
                ShiftAssignment.active.is_(True),
            )
        ).scalars():
            a.active = False
        s.flush()
        found = _shift_views(s, [Shift.id == shift_id])
        if not found:
            raise E.NotFound(E.NO_SUCH_SHIFT)
        return found[0]


def consecutive_cap(store: Store) -> int:
    return int(store.setting(rules.CAP_SETTING, rules.DEFAULT_CAP))


def set_consecutive_cap(store: Store, actor: Actor, value: int) -> None:
    """The admin's cap on shifts in a row; assignments already made are not undone."""
    actor.require(Permission.SETTINGS_MANAGE)
    if not 1 <= value <= 12:
        raise E.ValidationError(E.BAD_CAP, field="cap")
    with store.write(actor) as s:
        set_setting(s, rules.CAP_SETTING, value)


@dataclass(frozen=True)
class TemplateInfo:
    id: uuid.UUID
    post: str
    place: str
    weekday: int
    start_time: str
    end_time: str
    needed: int
    skill: str


def list_templates(store: Store, actor: Actor) -> list[TemplateInfo]:
    """The weekly duties in force, by weekday and time."""
    actor.require(Permission.VOLUNTEERS_VIEW)
    with store.read() as s:
        return [
            TemplateInfo(
                t.id, t.post, t.place, t.weekday, t.start_time, t.end_time, t.needed, t.skill
            )
            for t in s.execute(
                select(ShiftTemplate)
                .where(ShiftTemplate.archived.is_(False))
                .order_by(ShiftTemplate.weekday, ShiftTemplate.start_time, ShiftTemplate.post)
            ).scalars()
        ]


def archive_template(store: Store, actor: Actor, template_id: uuid.UUID) -> None:
    """Stop a weekly duty; weeks already made keep their shifts."""
    actor.require(Permission.VOLUNTEERS_MANAGE)
    with store.write(actor) as s:
        t = s.get(ShiftTemplate, template_id)
        if t is None:
            raise E.NotFound(E.NO_SUCH_SHIFT)
        t.archived = True
