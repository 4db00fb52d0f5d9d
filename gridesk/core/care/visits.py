"""入户走访 and 慰问: visits with what was found, the goods given, photos and follow-ups; how
often each care group is visited (set by the admin).

A follow-up becomes a request (诉求) with one key: :func:`follow_up_request` takes it in through
the requests service (``take_request``) as a grid report (格事坊) about the resident, and keeps
the request's id on the follow-up so it is never taken in twice.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridesk import clock
from gridesk.core.actor import Actor, Permission
from gridesk.core.care.helpers import care_resident
from gridesk.core.care.labels import KIND
from gridesk.core.care.models import (
    CareFollowUp,
    CareFrequency,
    CareGoods,
    CareHelper,
    CarePhoto,
    CareVisit,
)
from gridesk.core.models import Tag
from gridesk.core.pictures import prepare_photo
from gridesk.core.requests.models import Request
from gridesk.core.store import Store
from gridesk.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError

KINDS: tuple[str, ...] = tuple(KIND)
MAX_PHOTOS = 6
MAX_GOODS_CENTS = 10_000_000  # 100,000 yuan: a slip of the keyboard, not a gift


@dataclass(frozen=True)
class GoodsLine:
    item: str
    quantity: int = 1
    unit: str = ""
    value_cents: int = 0  # the line's whole value, in fen


@dataclass(frozen=True)
class VisitInput:
    day: date
    kind: str = "visit"
    visitors: str = ""
    helper_id: uuid.UUID | None = None
    findings: str = ""
    goods: tuple[GoodsLine, ...] = ()
    photos: tuple[bytes, ...] = ()
    follow_ups: tuple[str, ...] = ()


@dataclass(frozen=True)
class FollowUpView:
    id: uuid.UUID
    action: str
    request_id: uuid.UUID | None
    request_number: str


@dataclass(frozen=True)
class VisitView:
    id: uuid.UUID
    resident_id: uuid.UUID
    day: date
    kind: str
    visitors: str
    findings: str
    goods: tuple[GoodsLine, ...] = ()
    photo_ids: tuple[uuid.UUID, ...] = ()
    follow_ups: tuple[FollowUpView, ...] = field(default=())

    @property
    def goods_cents(self) -> int:
        return sum(g.value_cents for g in self.goods)


@dataclass(frozen=True)
class FrequencyView:
    tag_id: uuid.UUID
    tag: str
    every_days: int | None  # None: this care group has no set frequency


def _clean(text: str, limit: int) -> str:
    return " ".join(text.split())[:limit]


def _validated(data: VisitInput) -> VisitInput:
    if data.kind not in KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the kind of visit."), field="kind"
        )
    if data.day > clock.today():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A visit cannot be recorded for a day still to come."),
            field="day",
        )
    visitors = _clean(data.visitors, 200)
    if not visitors:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter who visited."), field="visitors")
    goods = []
    for line in data.goods:
        item = _clean(line.item, 60)
        if not item:
            continue
        if line.quantity < 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The quantity of {item} must be at least 1."),
                field="goods",
                item=item,
            )
        if not 0 <= line.value_cents <= MAX_GOODS_CENTS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The value of {item} is not a plausible amount."),
                field="goods",
                item=item,
            )
        goods.append(GoodsLine(item, line.quantity, _clean(line.unit, 10), line.value_cents))
    if len(data.photos) > MAX_PHOTOS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "At most 6 photos at a time."), field="photo"
        )
    follow_ups = tuple(a.strip()[:1000] for a in data.follow_ups if a.strip())
    return VisitInput(
        data.day,
        data.kind,
        visitors,
        data.helper_id,
        data.findings.strip()[:4000],
        tuple(goods),
        data.photos,
        follow_ups,
    )


def record_visit(store: Store, actor: Actor, resident_id: uuid.UUID, data: VisitInput) -> VisitView:
    """Write down a visit (入户走访 / 慰问) to a care resident."""
    actor.require(Permission.CARE_VISIT)
    data = _validated(data)
    photos = [prepare_photo(p) for p in data.photos]
    with store.write(actor) as s:
        care_resident(s, resident_id)
        if data.helper_id is not None:
            helper = s.get(CareHelper, data.helper_id)
            if helper is None or helper.resident_id != resident_id:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such helper."))
        visit = CareVisit(
            resident_id=resident_id,
            day=data.day,
            kind=data.kind,
            visitors=data.visitors,
            helper_id=data.helper_id,
            findings=data.findings,
        )
        s.add(visit)
        s.flush()
        for line in data.goods:
            s.add(
                CareGoods(
                    visit_id=visit.id,
                    item=line.item,
                    quantity=line.quantity,
                    unit=line.unit,
                    value_cents=line.value_cents,
                )
            )
        for image in photos:
            s.add(CarePhoto(visit_id=visit.id, image=image))
        for action in data.follow_ups:
            s.add(CareFollowUp(visit_id=visit.id, action=action))
        s.flush()
        return _visits(s, [visit])[0]


def _visits(s: Session, visits: Sequence[CareVisit]) -> list[VisitView]:
    """Views of these visits with their goods, photo ids and follow-ups: three queries."""
    ids = [v.id for v in visits]
    goods: dict[uuid.UUID, list[GoodsLine]] = defaultdict(list)
    photos: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    follow: dict[uuid.UUID, list[FollowUpView]] = defaultdict(list)
    if ids:
        for g in s.execute(
            select(CareGoods).where(CareGoods.visit_id.in_(ids)).order_by(CareGoods.created_at)
        ).scalars():
            goods[g.visit_id].append(GoodsLine(g.item, g.quantity, g.unit, g.value_cents))
        for visit_id, photo_id in s.execute(
            select(CarePhoto.visit_id, CarePhoto.id)
            .where(CarePhoto.visit_id.in_(ids))
            .order_by(CarePhoto.created_at)
        ):
            photos[visit_id].append(photo_id)
        for f, number in s.execute(
            select(CareFollowUp, Request.number)
            .outerjoin(Request, Request.id == CareFollowUp.request_id)
            .where(CareFollowUp.visit_id.in_(ids))
            .order_by(CareFollowUp.created_at)
        ):
            follow[f.visit_id].append(FollowUpView(f.id, f.action, f.request_id, number or ""))
    return [
        VisitView(
            v.id,
            v.resident_id,
            v.day,
            v.kind,
            v.visitors,
            v.findings,
            tuple(goods[v.id]),
            tuple(photos[v.id]),
            tuple(follow[v.id]),
        )
        for v in visits
    ]


def list_visits(
    store: Store,
    actor: Actor,
    resident_id: uuid.UUID,
    since: date | None = None,
    until: date | None = None,
) -> list[VisitView]:
    """A resident's visits, newest first."""
    actor.require(Permission.CARE_VIEW)
    stmt = select(CareVisit).where(CareVisit.resident_id == resident_id)
    if since is not None:
        stmt = stmt.where(CareVisit.day >= since)
    if until is not None:
        stmt = stmt.where(CareVisit.day <= until)
    stmt = stmt.order_by(CareVisit.day.desc(), CareVisit.created_at.desc())
    with store.read() as s:
        return _visits(s, list(s.execute(stmt).scalars()))


def visit_photo(store: Store, actor: Actor, photo_id: uuid.UUID) -> bytes:
    actor.require(Permission.CARE_VIEW)
    with store.read() as s:
        photo = s.get(CarePhoto, photo_id)
        if photo is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such photo."))
        return photo.image


def default_follow_up_category(store: Store) -> uuid.UUID | None:
    """The request category a follow-up is taken in under unless the desk chooses another:
    the first active one in the admin's order."""
    from gridesk.core.requests.models import RequestCategory

    with store.read() as s:
        return s.execute(
            select(RequestCategory.id)
            .where(RequestCategory.archived.is_(False))
            .order_by(RequestCategory.sort_order, RequestCategory.name)
            .limit(1)
        ).scalar_one_or_none()


def follow_up_request(
    store: Store,
    actor: Actor,
    follow_up_id: uuid.UUID,
    category_id: uuid.UUID | None = None,
) -> FollowUpView:
    """Make a follow-up a request (受理) about the visited resident; a follow-up already made
    a request is refused, so a double click takes it in once."""
    from gridesk.core.requests.cases import IntakeInput, take_request

    actor.require(Permission.CARE_VISIT)
    actor.require(Permission.REQUESTS_HANDLE)
    with store.read() as s:
        row = s.execute(
            select(CareFollowUp, CareVisit)
            .join(CareVisit, CareVisit.id == CareFollowUp.visit_id)
            .where(CareFollowUp.id == follow_up_id)
        ).first()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such follow-up."))
        follow, visit = row
        if follow.request_id is not None:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "This follow-up is already a request."))
        action, resident_id, day = follow.action, visit.resident_id, visit.day
    category_id = category_id or default_follow_up_category(store)
    description = f"{day.month}月{day.day}日入户走访后跟进：{action}"
    case = take_request(
        store,
        actor,
        IntakeInput(
            category_id=category_id,
            description=description,
            resident_id=resident_id,
            channel="grid_report",
        ),
    )
    with store.write(actor) as s:
        follow = s.get(CareFollowUp, follow_up_id)
        assert follow is not None
        if follow.request_id is not None:  # another desk was quicker: keep theirs
            raise Conflict(QT_TRANSLATE_NOOP("errors", "This follow-up is already a request."))
        follow.request_id = case.id
        s.flush()
        number = s.execute(select(Request.number).where(Request.id == case.id)).scalar_one()
        return FollowUpView(follow.id, follow.action, case.id, number)


# --- how often ----------------------------------------------------------------------------------


def list_frequencies(store: Store, actor: Actor) -> list[FrequencyView]:
    """Every care group (care tag) with its visit frequency, in the tags' order."""
    actor.require(Permission.CARE_VIEW)
    with store.read() as s:
        rows = s.execute(
            select(Tag.id, Tag.name, CareFrequency.every_days)
            .outerjoin(CareFrequency, CareFrequency.tag_id == Tag.id)
            .where(Tag.care.is_(True), Tag.archived.is_(False))
            .order_by(Tag.sort_order, Tag.name)
        ).all()
    return [FrequencyView(r.id, r.name, r.every_days) for r in rows]


def set_frequency(
    store: Store, actor: Actor, tag_id: uuid.UUID, every_days: int | None
) -> FrequencyView:
    """Visit the residents of this care group every ``every_days`` days (None: no set rhythm)."""
    actor.require(Permission.CARE_MANAGE)
    if every_days is not None and not 1 <= every_days <= 366:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Visit at least once a year and at most daily."),
            field="every_days",
        )
    with store.write(actor) as s:
        tag = s.get(Tag, tag_id)
        if tag is None or tag.archived:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such tag."))
        if not tag.care:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Only care tags have a visit frequency."),
                field="tag",
            )
        row = s.execute(
            select(CareFrequency).where(CareFrequency.tag_id == tag_id)
        ).scalar_one_or_none()
        if every_days is None:
            if row is not None:
                s.delete(row)
        elif row is None:
            s.add(CareFrequency(tag_id=tag_id, every_days=every_days))
        else:
            row.every_days = every_days
        s.flush()
        return FrequencyView(tag.id, tag.name, every_days)


def visits_in(store: Store, actor: Actor, start: date, end: date) -> int:
    """How many visits were made from ``start`` to ``end`` (inclusive)."""
    actor.require(Permission.CARE_VIEW)
    with store.read() as s:
        return int(
            s.execute(
                select(func.count())
                .select_from(CareVisit)
                .where(CareVisit.day >= start, CareVisit.day <= end)
            ).scalar_one()
        )
