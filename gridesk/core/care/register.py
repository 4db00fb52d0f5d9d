"""The care register (困难群众台账) as a whole: every care resident with their helpers, visit
rhythm and last visit; who is overdue; the overdue visits as work for the home page.

A care resident is a resident (not archived) with a care tag. Their visit rhythm is the
shortest frequency set for any of their care tags (a resident both 独居老人 and 残疾人 is
visited as often as the stricter group asks); a resident whose groups have no set frequency
is in the register but never overdue. A resident never visited is overdue from the day they
entered the register's rhythm (shown as "never visited").
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridesk import clock
from gridesk.core.actor import Actor, Permission
from gridesk.core.care.helpers import helpers_of
from gridesk.core.care.labels import ROLE
from gridesk.core.care.models import CareCardReprint, CareFrequency, CareGoods, CareVisit
from gridesk.core.labels import zh
from gridesk.core.models import Grid, Resident, ResidentTag, Tag
from gridesk.core.residents.records import ResidentFilter, filter_residents, format_address
from gridesk.core.store import Store


@dataclass(frozen=True)
class RegisterRow:
    """One care resident, as the register lists them."""

    id: uuid.UUID
    name: str
    gender: str
    birth_date: date | None
    id_number: str  # as the actor may see it (masked unless they may see it whole)
    phone: str
    address: str
    grid_name: str
    groups: tuple[str, ...]  # care tags
    helpers: tuple[tuple[str, str, str], ...]  # (role words, name, phone)
    every_days: int | None
    last_visit: date | None
    last_findings: str
    visits_this_year: int
    goods_cents_this_year: int
    card_to_reprint: bool
    due: date | None  # the day the next visit is due (None: no rhythm set)

    def visit_status(self, today: date) -> str:
        """Where the resident stands: a key of ``labels.VISIT_STATUS``."""
        late = self.overdue_days(today)
        if late is None:
            return "no_rhythm"
        if self.last_visit is None:
            return "never"
        if late > 0:
            return "overdue"
        return "due_today" if late == 0 else "due"

    def overdue_days(self, today: date) -> int | None:
        """Days past the due day (0 and less: not overdue); None when there is no rhythm."""
        if self.due is None:
            return None
        return (today - self.due).days


@dataclass(frozen=True)
class OverdueVisit:
    resident_id: uuid.UUID
    name: str
    phone: str
    address: str
    grid_name: str
    groups: tuple[str, ...]
    helpers: str  # "网格员 张伟 13800001111；楼栋长 …"
    every_days: int
    last_visit: date | None
    due: date
    days_overdue: int


@dataclass(frozen=True)
class WorkItem:
    """One piece of today's work for the home page: a visit that is late.

    Plain facts (the screen words them in the desk's language); ``window`` and ``subject_id``
    say what a click opens (the care page on that resident).
    """

    window: str
    subject_id: uuid.UUID
    name: str
    address: str
    helpers: str
    last_visit: date | None
    every_days: int
    due: date
    days_overdue: int


def _care_residents(s: Session, f: ResidentFilter | None) -> list[uuid.UUID]:
    tagged = (
        select(ResidentTag.resident_id)
        .join(Tag, Tag.id == ResidentTag.tag_id)
        .where(Tag.care.is_(True), Tag.archived.is_(False))
    )
    stmt = (
        select(Resident.id)
        .where(Resident.id.in_(tagged), Resident.archived.is_(False))
        .order_by(Resident.sort_key, Resident.id)
    )
    if f is not None:
        stmt = filter_residents(stmt, f)
    return list(s.execute(stmt).scalars())


def _chunks(ids: Sequence[uuid.UUID], size: int = 500) -> list[Sequence[uuid.UUID]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def _rows(s: Session, actor: Actor, ids: Sequence[uuid.UUID], today: date) -> list[RegisterRow]:
    """The register's rows of these residents, in their order: a handful of queries."""
    from gridesk.core.residents.validation import mask_id_number

    if not ids:
        return []
    whole_ids = actor.can(Permission.ID_NUMBER_FULL)
    people = {
        r.id: r
        for r in s.execute(
            select(
                Resident.id,
                Resident.name,
                Resident.gender,
                Resident.birth_date,
                Resident.id_number,
                Resident.phone,
                Resident.estate,
                Resident.building,
                Resident.unit,
                Resident.room,
                func.coalesce(Grid.name, "").label("grid_name"),
            )
            .outerjoin(Grid, Grid.id == Resident.grid_id)
            .where(Resident.id.in_(list(ids)))
        )
    }
    groups: dict[uuid.UUID, list[str]] = defaultdict(list)
    rhythm: dict[uuid.UUID, int] = {}
    for rid, name, every in s.execute(
        select(ResidentTag.resident_id, Tag.name, CareFrequency.every_days)
        .join(Tag, Tag.id == ResidentTag.tag_id)
        .outerjoin(CareFrequency, CareFrequency.tag_id == Tag.id)
        .where(
            ResidentTag.resident_id.in_(list(ids)),
            Tag.care.is_(True),
            Tag.archived.is_(False),
        )
        .order_by(Tag.sort_order, Tag.name)
    ):
        groups[rid].append(name)
        if every is not None:
            rhythm[rid] = min(every, rhythm.get(rid, every))
    last: dict[uuid.UUID, tuple[date, str]] = {}
    newest = (
        select(CareVisit.resident_id, func.max(CareVisit.day).label("day"))
        .where(CareVisit.resident_id.in_(list(ids)))
        .group_by(CareVisit.resident_id)
        .subquery()
    )
    for rid, day, findings in s.execute(
        select(CareVisit.resident_id, CareVisit.day, CareVisit.findings)
        .join(
            newest,
            (newest.c.resident_id == CareVisit.resident_id) & (newest.c.day == CareVisit.day),
        )
        .order_by(CareVisit.created_at)
    ):
        last[rid] = (day, findings)  # the latest written of that day wins
    year_start = date(today.year, 1, 1)
    counts: dict[uuid.UUID, int] = dict(
        s.execute(  # type: ignore[arg-type]
            select(CareVisit.resident_id, func.count())
            .where(CareVisit.resident_id.in_(list(ids)), CareVisit.day >= year_start)
            .group_by(CareVisit.resident_id)
        ).all()
    )
    goods: dict[uuid.UUID, int] = dict(
        s.execute(  # type: ignore[arg-type]
            select(CareVisit.resident_id, func.sum(CareGoods.value_cents))
            .join(CareGoods, CareGoods.visit_id == CareVisit.id)
            .where(CareVisit.resident_id.in_(list(ids)), CareVisit.day >= year_start)
            .group_by(CareVisit.resident_id)
        ).all()
    )
    flagged = set(
        s.execute(
            select(CareCardReprint.resident_id).where(CareCardReprint.resident_id.in_(list(ids)))
        ).scalars()
    )
    helpers = helpers_of(s, ids)
    rows = []
    for rid in ids:
        p = people.get(rid)
        if p is None:
            continue
        every = rhythm.get(rid)
        last_day, findings = last.get(rid, (None, ""))
        due = None
        if every is not None:
            due = last_day + timedelta(days=every) if last_day else today
        id_number = p.id_number or ""
        if id_number and not whole_ids:
            id_number = mask_id_number(id_number)
        rows.append(
            RegisterRow(
                id=rid,
                name=p.name,
                gender=p.gender,
                birth_date=p.birth_date,
                id_number=id_number,
                phone=p.phone,
                address=format_address(p.estate, p.building, p.unit, p.room),
                grid_name=p.grid_name,
                groups=tuple(groups.get(rid, ())),
                helpers=tuple((zh(ROLE, h.role), h.name, h.phone) for h in helpers.get(rid, [])),
                every_days=every,
                last_visit=last_day,
                last_findings=findings,
                visits_this_year=int(counts.get(rid, 0)),
                goods_cents_this_year=int(goods.get(rid) or 0),
                card_to_reprint=rid in flagged,
                due=due,
            )
        )
    return rows


def register(
    store: Store, actor: Actor, f: ResidentFilter | None = None, today: date | None = None
) -> list[RegisterRow]:
    """Every care resident (narrowed by ``f``: text, grid, estate, tag), in list order."""
    actor.require(Permission.CARE_VIEW)
    today = today or clock.today()
    out: list[RegisterRow] = []
    with store.read() as s:
        for chunk in _chunks(_care_residents(s, f)):
            out.extend(_rows(s, actor, chunk, today))
    return out


def register_row(store: Store, actor: Actor, resident_id: uuid.UUID) -> RegisterRow | None:
    """One care resident's row (None: not in the register)."""
    actor.require(Permission.CARE_VIEW)
    with store.read() as s:
        rows = _rows(s, actor, [resident_id], clock.today())
        if not rows or not rows[0].groups:
            return None
        return rows[0]


def helpers_text(helpers: Sequence[tuple[str, str, str]]) -> str:
    return "；".join(" ".join(p for p in h if p) for h in helpers)


def _late_ids(s: Session, f: ResidentFilter | None, today: date) -> list[uuid.UUID]:
    """The care residents whose visit is late, in list order: their rhythm and last visit
    only (two grouped queries a chunk), so the rows are made for them alone."""
    ids = _care_residents(s, f)
    rhythm: dict[uuid.UUID, int] = {}
    last: dict[uuid.UUID, date] = {}
    for chunk in _chunks(ids):
        for rid, every in s.execute(
            select(ResidentTag.resident_id, func.min(CareFrequency.every_days))
            .join(Tag, Tag.id == ResidentTag.tag_id)
            .join(CareFrequency, CareFrequency.tag_id == Tag.id)
            .where(
                ResidentTag.resident_id.in_(list(chunk)),
                Tag.care.is_(True),
                Tag.archived.is_(False),
            )
            .group_by(ResidentTag.resident_id)
        ):
            rhythm[rid] = every
        for rid, day in s.execute(
            select(CareVisit.resident_id, func.max(CareVisit.day))
            .where(CareVisit.resident_id.in_(list(chunk)))
            .group_by(CareVisit.resident_id)
        ):
            last[rid] = day
    late = []
    for rid in ids:
        every = rhythm.get(rid)
        if every is None:
            continue
        visited = last.get(rid)
        due = visited + timedelta(days=every) if visited else today
        if due < today or (due == today and visited is None):
            late.append(rid)
    return late


def overdue_visits(
    store: Store, actor: Actor, today: date | None = None, f: ResidentFilter | None = None
) -> list[OverdueVisit]:
    """The care residents not visited in time, longest overdue first (never visited first)."""
    actor.require(Permission.CARE_VIEW)
    today = today or clock.today()
    rows: list[RegisterRow] = []
    with store.read() as s:
        for chunk in _chunks(_late_ids(s, f, today)):
            rows.extend(_rows(s, actor, chunk, today))
    out = []
    for row in rows:
        late = row.overdue_days(today)
        if late is None or row.due is None or row.every_days is None:
            continue
        if late < 0 or (late == 0 and row.last_visit is not None):
            continue  # due today counts once the day is over; never visited is due now
        out.append(
            OverdueVisit(
                resident_id=row.id,
                name=row.name,
                phone=row.phone,
                address=row.address,
                grid_name=row.grid_name,
                groups=row.groups,
                helpers=helpers_text(row.helpers),
                every_days=row.every_days,
                last_visit=row.last_visit,
                due=row.due,
                days_overdue=late,
            )
        )
    out.sort(key=lambda o: (o.last_visit is not None, -o.days_overdue))
    return out


def overdue_count(store: Store, actor: Actor) -> int:
    """The home page's tile: care residents not visited in time."""
    return len(overdue_visits(store, actor))


def overdue_work(store: Store, actor: Actor) -> list[WorkItem]:
    """The overdue visits as today's work (the home page's list of work, issue 16):
    ``(store, actor) -> items``; empty for a role that cannot see the register."""
    if not actor.can(Permission.CARE_VIEW):
        return []
    return [
        WorkItem(
            window="care",
            subject_id=o.resident_id,
            name=o.name,
            address=o.address,
            helpers=o.helpers,
            last_visit=o.last_visit,
            every_days=o.every_days,
            due=o.due,
            days_overdue=o.days_overdue,
        )
        for o in overdue_visits(store, actor)
    ]
