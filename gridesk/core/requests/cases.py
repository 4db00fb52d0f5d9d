"""Cases (诉求 / 工单): intake, each step of the status machine, the call-back, and the lists.

Every change is one unit of work that appends an event and updates the case's summary (status,
deadline, handler) from :func:`machine.step`, so the summary always follows from the events.
"""

from __future__ import annotations

import functools
import io
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import (
    Date,
    Integer,
    Select,
    String,
    Uuid,
    and_,
    bindparam,
    func,
    insert,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import Session

from gridesk import clock
from gridesk.core.actor import Actor, Permission
from gridesk.core.dialect import FileReader, PlainReader, plain_sql, position_in
from gridesk.core.models import Grid, Resident, User
from gridesk.core.numbers import NUMBER_PATTERN, next_number
from gridesk.core.requests import machine
from gridesk.core.requests.catalogue import HANDLER_KINDS, get_category, handler_name
from gridesk.core.requests.machine import Action, CaseState, Status, StepInput
from gridesk.core.requests.models import (
    Request,
    RequestAttachment,
    RequestCategory,
    RequestEvent,
    RequestKey,
)
from gridesk.core.requests.workdays import WorkCalendar, load_calendar
from gridesk.core.residents.validation import check_phone
from gridesk.core.store import Store
from gridesk.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError

CHANNELS = ("walk_in", "phone", "grid_report", "wish_wall", "secretary")
PRIORITIES = ("normal", "urgent")
MAX_PHOTOS = 6
MAX_PHOTO_BYTES = 15 * 1024 * 1024
THUMB_SIDE = 160


@dataclass(frozen=True)
class Photo:
    filename: str
    data: bytes


@dataclass(frozen=True)
class IntakeInput:
    category_id: uuid.UUID | None
    description: str
    resident_id: uuid.UUID | None = None
    contact_name: str = ""
    phone: str = ""
    channel: str = "walk_in"
    priority: str = "normal"
    photos: tuple[Photo, ...] = ()


@dataclass(frozen=True)
class StepRequest:
    """What the desk says when moving a case along."""

    action: Action
    note: str = ""
    reason: str = ""
    referred_to: str = ""
    handler_kind: str = ""
    handler_id: uuid.UUID | None = None
    rating: int | None = None
    fixed: bool | None = None
    escalate: bool = False
    photos: tuple[Photo, ...] = ()


@dataclass(frozen=True)
class EventView:
    id: uuid.UUID
    seq: int
    at: datetime
    day: date
    username: str
    action: str
    from_status: str
    to_status: str
    note: str
    reason: str
    referred_to: str
    handler_kind: str
    handler_name: str
    rating: int | None
    fixed: bool | None
    attachment_ids: tuple[uuid.UUID, ...] = ()
    who: str = ""  # the staff member's name (the login when the account is gone)


@dataclass(frozen=True)
class AttachmentView:
    id: uuid.UUID
    event_id: uuid.UUID | None
    filename: str
    thumbnail: bytes


@dataclass(frozen=True)
class CaseDetail:
    id: uuid.UUID
    number: str
    resident_id: uuid.UUID | None
    contact_name: str
    phone: str
    address: str
    grid_name: str
    category_id: uuid.UUID
    category: str
    checklist: tuple[str, ...]
    description: str
    channel: str
    priority: str
    status: Status
    accepted_day: date
    accepted_at: datetime
    deadline_days: int
    deadline: date | None
    days_left_on_hold: int | None
    handler_kind: str
    handler_name: str
    rating: int | None
    events: tuple[EventView, ...]
    attachments: tuple[AttachmentView, ...] = field(default=())

    def allowed_actions(self) -> list[Action]:
        return [a for a in Action if a is not Action.ACCEPT and machine.allowed(a, self.status)]


class CaseRow(NamedTuple):
    """One line of a case list."""

    id: uuid.UUID
    number: str
    accepted_day: date
    contact_name: str
    phone: str
    category: str
    grid_name: str
    handler_name: str
    status: str
    priority: str
    deadline: date | None
    days_left_on_hold: int | None
    rating: int | None
    description: str


# -- intake ------------------------------------------------------------------------------------


def _clean(text: str) -> str:
    return " ".join(text.split())


def _search_text(*parts: str) -> str:
    return " ".join(p for p in parts if p).lower()


def prepare_attachment(photo: Photo) -> tuple[bytes, bytes]:
    """The photo as kept (upright JPEG, at most 600 px) and its thumbnail."""
    from PIL import Image

    from gridesk.core.pictures import prepare_photo

    if len(photo.data) > MAX_PHOTO_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This photo is too large (at most 15 MB)."), field="photo"
        )
    image = prepare_photo(photo.data)
    with Image.open(io.BytesIO(image)) as opened:
        opened.thumbnail((THUMB_SIDE, THUMB_SIDE))
        out = io.BytesIO()
        opened.save(out, "JPEG", quality=80)
    return image, out.getvalue()


def _prepared(photos: Sequence[Photo]) -> list[tuple[str, bytes, bytes]]:
    if len(photos) > MAX_PHOTOS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "At most 6 photos at a time."), field="photo"
        )
    return [(p.filename[-200:], *prepare_attachment(p)) for p in photos]


def take_request(
    store: Store, actor: Actor, data: IntakeInput, *, day: date | None = None
) -> CaseDetail:
    """受理: the desk takes the request and owns it (首问负责). Returns the new case."""
    actor.require(Permission.REQUESTS_HANDLE)
    day = day or clock.today()
    description = data.description.strip()
    if data.category_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a category."), field="category")
    if not description:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Write down what the resident said."),
            field="description",
        )
    if data.channel not in CHANNELS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a channel."), field="channel")
    if data.priority not in PRIORITIES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a priority."), field="priority")
    phone = check_phone(data.phone) if data.phone.strip() else ""
    if data.resident_id is None and not phone:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Find the resident, or take a phone number for an anonymous request."
            ),
            field="phone",
        )
    photos = _prepared(data.photos)
    with store.write(actor) as s:
        category = get_category(s, data.category_id)
        contact_name = _clean(data.contact_name)[:40]
        grid_id = None
        if data.resident_id is not None:
            resident = s.get(Resident, data.resident_id)
            if resident is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such resident."))
            contact_name = resident.name
            phone = phone or resident.phone
            grid_id = resident.grid_id
        cal = load_calendar(s)
        state = machine.step(
            machine.START_STATE,
            StepInput(Action.ACCEPT, day),
            category.deadline_days,
            cal,
        )
        number = next_number(s, "ticket", day)
        kind, handler_id = category.handler_kind, category.handler_id
        if kind == "grid" and handler_id is None:
            handler_id = grid_id  # "the resident's own grid"
        name = handler_name(s, kind, handler_id)
        case = Request(
            number=number,
            resident_id=data.resident_id,
            contact_name=contact_name,
            phone=phone,
            grid_id=grid_id,
            category_id=category.id,
            description=description,
            channel=data.channel,
            priority=data.priority,
            status=state.status,
            open=True,
            accepted_day=day,
            deadline_days=category.deadline_days,
            deadline=state.deadline,
            days_left_on_hold=None,
            handler_kind=kind,
            handler_id=handler_id,
            handler_name=name,
            event_count=0,
            search_text=_search_text(number, contact_name, phone, category.name, description),
        )
        s.add(case)
        s.flush()
        _write_keys(s, case, search_keys(number, contact_name, phone, category.name, description))
        event = _append(s, actor, case, StepRequest(Action.ACCEPT), day, "", state)
        _attach(s, case, event, photos)
        s.flush()
        return _detail(s, case)


def _append(
    s: Session,
    actor: Actor,
    case: Request,
    req: StepRequest,
    day: date,
    from_status: str,
    state: CaseState,
) -> RequestEvent:
    case.event_count += 1
    event = RequestEvent(
        request_id=case.id,
        seq=case.event_count,
        day=day,
        username=actor.username,
        action=req.action.value,
        from_status=from_status,
        to_status=str(state.status),
        note=req.note.strip(),
        reason=req.reason.strip(),
        referred_to=_clean(req.referred_to)[:120],
        handler_kind=case.handler_kind if req.handler_kind else "",
        handler_id=case.handler_id if req.handler_kind else None,
        handler_name=case.handler_name if req.handler_kind else "",
        rating=req.rating,
        fixed=req.fixed,
        deadline=state.deadline,
        days_left_on_hold=state.days_left_on_hold,
    )
    s.add(event)
    s.flush()
    return event


def _attach(
    s: Session, case: Request, event: RequestEvent, photos: list[tuple[str, bytes, bytes]]
) -> None:
    for filename, image, thumb in photos:
        s.add(
            RequestAttachment(
                request_id=case.id,
                event_id=event.id,
                filename=filename,
                image=image,
                thumbnail=thumb,
            )
        )


# -- moving a case along -----------------------------------------------------------------------


class NotAllowed(Conflict):
    """The step is not allowed from the case's current status."""


def _need(text: str, message: str, field_name: str) -> None:
    if not text.strip():
        raise ValidationError(message, field=field_name)


def _validate(req: StepRequest) -> None:
    a = req.action
    if a is Action.HOLD:
        _need(
            req.reason,
            QT_TRANSLATE_NOOP("errors", "Say why the case is put on hold."),
            "reason",
        )
    if a in (Action.REJECT, Action.NOT_OURS):
        _need(req.reason, QT_TRANSLATE_NOOP("errors", "Give the reason."), "reason")
        _need(
            req.referred_to,
            QT_TRANSLATE_NOOP("errors", "Say where the resident was referred."),
            "referred_to",
        )
    if a is Action.REOPEN:
        _need(req.reason, QT_TRANSLATE_NOOP("errors", "Say why the case is reopened."), "reason")
    if a is Action.NOTE and not req.note.strip() and not req.photos:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Write a note."), field="note")
    if a is Action.DISPATCH and (
        req.handler_kind not in HANDLER_KINDS[:4] or req.handler_id is None
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose whom to dispatch the case to."),
            field="handler",
        )
    if a is Action.ESCALATE and req.handler_kind not in ("escalation", "secretary"):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Escalate to the escalation desk or to the party secretary."
            ),
            field="handler",
        )
    if a is Action.CALLBACK:
        if req.rating is None or not 1 <= req.rating <= 5:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A rating is 1 to 5."), field="rating"
            )
        if req.fixed is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Ask whether the problem is really fixed."),
                field="fixed",
            )


def _case(s: Session, case_id: uuid.UUID) -> Request:
    case = s.get(Request, case_id)
    if case is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such request."))
    return case


def state_of(s: Session, case: Request) -> CaseState:
    held_from = None
    if case.status == Status.ON_HOLD:
        before = s.execute(
            select(RequestEvent.from_status)
            .where(RequestEvent.request_id == case.id, RequestEvent.action == Action.HOLD.value)
            .order_by(RequestEvent.seq.desc())
            .limit(1)
        ).scalar_one()
        held_from = Status(before)
    return CaseState(Status(case.status), case.deadline, case.days_left_on_hold, held_from)


def move_case(
    store: Store,
    actor: Actor,
    case_id: uuid.UUID,
    req: StepRequest,
    *,
    day: date | None = None,
) -> CaseDetail:
    """One step of the status machine, recorded as an event."""
    actor.require(Permission.REQUESTS_HANDLE)
    if req.action is Action.ACCEPT:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "This case has been accepted already."))
    _validate(req)
    day = day or clock.today()
    photos = _prepared(req.photos)
    with store.write(actor) as s:
        case = _case(s, case_id)
        state = state_of(s, case)
        if not machine.allowed(req.action, state.status):
            raise NotAllowed(
                QT_TRANSLATE_NOOP(
                    "errors", "This step is not possible for a case that is {status}."
                ),
                status=case.status,
            )
        if req.action in (Action.DISPATCH, Action.ESCALATE) or (
            req.action is Action.CALLBACK
            and req.escalate
            and req.rating is not None
            and machine.callback_target(req.rating, bool(req.fixed), True) is Status.DISPATCHED
        ):
            kind = req.handler_kind or "escalation"
            name = handler_name(s, kind, req.handler_id)
            if kind in HANDLER_KINDS[:4] and not name:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such handler."))
            case.handler_kind, case.handler_id, case.handler_name = kind, req.handler_id, name
            req = replace(req, handler_kind=kind)
        new = machine.step(
            state,
            StepInput(req.action, day, req.rating, req.fixed, req.escalate),
            case.deadline_days,
            load_calendar(s),
        )
        from_status = case.status
        case.status = str(new.status)
        case.deadline = new.deadline
        case.days_left_on_hold = new.days_left_on_hold
        case.open = new.status in machine.WORKING
        if req.rating is not None:
            case.rating = req.rating
        if req.action in machine.RESOLVING and case.resolved_day is None:
            case.resolved_day = day
            case.resolved_on_time = new.deadline is not None and day <= new.deadline
        event = _append(s, actor, case, req, day, from_status, new)
        _attach(s, case, event, photos)
        s.flush()
        return _detail(s, case)


def event_step(e: Any) -> StepInput:
    """The step an event row records (a call-back that escalated names its handler)."""
    return StepInput(
        Action(e.action),
        e.day,
        e.rating,
        e.fixed,
        escalate=e.action == Action.CALLBACK and bool(e.handler_kind),
    )


def replan_deadlines(s: Session, since: date) -> int:
    """After the working-day calendar changed from ``since`` on: replay the cases it can touch
    and bring their deadlines up to date (the events keep the deadlines as they were given)."""
    cal = load_calendar(s)
    cases = s.execute(
        select(Request).where(
            or_(Request.deadline.is_(None), Request.deadline >= since),
            Request.accepted_day >= since - timedelta(days=400),
        )
    ).scalars()
    changed = 0
    for case in cases:
        events = s.execute(
            select(RequestEvent)
            .where(RequestEvent.request_id == case.id)
            .order_by(RequestEvent.seq)
        ).scalars()
        state = machine.replay((event_step(e) for e in events), case.deadline_days, cal)
        if (case.deadline, case.days_left_on_hold) != (state.deadline, state.days_left_on_hold):
            case.deadline, case.days_left_on_hold = state.deadline, state.days_left_on_hold
            changed += 1
    return changed


# -- reading -----------------------------------------------------------------------------------


def _detail(s: Session, case: Request) -> CaseDetail:
    category = s.get(RequestCategory, case.category_id)
    assert category is not None
    resident = s.get(Resident, case.resident_id) if case.resident_id else None
    grid = s.get(Grid, case.grid_id) if case.grid_id else None
    attachments = s.execute(
        select(
            RequestAttachment.id,
            RequestAttachment.event_id,
            RequestAttachment.filename,
            RequestAttachment.thumbnail,
        )
        .where(RequestAttachment.request_id == case.id)
        .order_by(RequestAttachment.created_at)
    ).all()
    by_event: dict[uuid.UUID | None, list[uuid.UUID]] = {}
    for a in attachments:
        by_event.setdefault(a.event_id, []).append(a.id)
    events = list(
        s.execute(
            select(RequestEvent)
            .where(RequestEvent.request_id == case.id)
            .order_by(RequestEvent.seq)
        ).scalars()
    )
    logins = sorted({e.username for e in events})
    names: dict[str, str] = {
        login: name
        for login, name in s.execute(
            select(User.username, User.display_name).where(User.username.in_(logins))
        ).all()
    }
    from gridesk.core.residents.records import format_address

    return CaseDetail(
        id=case.id,
        number=case.number,
        resident_id=case.resident_id,
        contact_name=case.contact_name,
        phone=case.phone,
        address=format_address(resident.estate, resident.building, resident.unit, resident.room)
        if resident
        else "",
        grid_name=grid.name if grid else "",
        category_id=category.id,
        category=category.name,
        checklist=tuple(line for line in category.checklist.splitlines() if line.strip()),
        description=case.description,
        channel=case.channel,
        priority=case.priority,
        status=Status(case.status),
        accepted_day=case.accepted_day,
        accepted_at=case.created_at,
        deadline_days=case.deadline_days,
        deadline=case.deadline,
        days_left_on_hold=case.days_left_on_hold,
        handler_kind=case.handler_kind,
        handler_name=case.handler_name,
        rating=case.rating,
        events=tuple(
            EventView(
                e.id,
                e.seq,
                e.created_at,
                e.day,
                e.username,
                e.action,
                e.from_status,
                e.to_status,
                e.note,
                e.reason,
                e.referred_to,
                e.handler_kind,
                e.handler_name,
                e.rating,
                e.fixed,
                tuple(by_event.get(e.id, ())),
                names.get(e.username) or e.username,
            )
            for e in events
        ),
        attachments=tuple(
            AttachmentView(a.id, a.event_id, a.filename, a.thumbnail) for a in attachments
        ),
    )


def get_case(store: Store, actor: Actor, case_id: uuid.UUID) -> CaseDetail:
    actor.require(Permission.REQUESTS_VIEW)
    with store.read() as s:
        return _detail(s, _case(s, case_id))


def find_case_by_number(store: Store, actor: Actor, number: str) -> CaseDetail:
    actor.require(Permission.REQUESTS_VIEW)
    with store.read() as s:
        case = s.execute(
            select(Request).where(Request.number == number.strip().upper())
        ).scalar_one_or_none()
        if case is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "No request has the number {number}."),
                number=number.strip(),
            )
        return _detail(s, case)


def attachment_image(store: Store, actor: Actor, attachment_id: uuid.UUID) -> bytes:
    actor.require(Permission.REQUESTS_VIEW)
    with store.read() as s:
        image = s.execute(
            select(RequestAttachment.image).where(RequestAttachment.id == attachment_id)
        ).scalar_one_or_none()
    if image is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such photo."))
    return bytes(image)


# -- lists and the queue -------------------------------------------------------------------------

VIEWS = ("due", "open", "callback", "on_hold", "done", "all")


@dataclass(frozen=True)
class CaseFilter:
    view: str = "open"
    """due: due today or overdue; open: the clock runs; callback: resolved, waiting for the
    call-back; on_hold; done: closed, rejected or referred; all."""
    text: str = ""
    grid_id: uuid.UUID | None = None
    category_id: uuid.UUID | None = None
    handler: str = ""
    """A handler's name, as shown in the list."""
    sort: str = "deadline"
    """deadline | accepted | number."""
    day_from: date | None = None
    day_to: date | None = None
    accepted_by: uuid.UUID | None = None
    """A staff member's user id: the cases they took in (首问负责, 我的工单)."""


_ROW_COLUMNS = (
    Request.id,
    Request.number,
    Request.accepted_day,
    Request.contact_name,
    Request.phone,
    RequestCategory.name.label("category"),
    Grid.name.label("grid_name"),
    Request.handler_name,
    Request.status,
    Request.priority,
    Request.deadline,
    Request.days_left_on_hold,
    Request.rating,
    Request.description,
)


_TICKET = re.compile(f"^{NUMBER_PATTERN}$", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
TEXT_LIMIT = 200
"""A text search counts at most this many cases (and one more, to say "more than")."""


def search_keys(
    number: str, contact_name: str, phone: str, category: str, description: str
) -> set[str]:
    """The keys a case is found by: two-character pieces of its words, ``#`` + phone tail."""
    keys: set[str] = set()
    for text in (number, contact_name, category, description):
        compact = _SPACE.sub("", text.lower())
        keys.update(compact[i : i + 2] for i in range(len(compact) - 1))
    digits = "".join(ch for ch in phone if ch.isdigit())
    if len(digits) >= 4:
        keys.add("#" + digits[-4:])
    return keys


def _write_keys(s: Session, case: Request, keys: set[str]) -> None:
    rows = [
        {"key": k, "accepted_day": case.accepted_day, "request_id": case.id} for k in sorted(keys)
    ]
    if rows:
        s.execute(insert(RequestKey), rows)


# The list is read on every keystroke of a search and every refresh of the queue. One
# description of a filter serves both paths: its statement is compiled once per *shape*
# (which filters are set, which kind of text) for the database's driver and run straight on
# it (store.plain_reader()), as the residents search does; through SQLAlchemy where there is
# no plain reader (a database in memory). The resident search is a subquery on
# resident_keys, so every shape is one statement.
#
# Text: a ticket number goes to the unique index; digits to the phone-tail key; other text
# of two characters or more to its first two-character key, newest cases first, checked
# against the whole text; Latin letters also find residents by pinyin (resident_keys). Only a
# single character scans.


@dataclass(frozen=True)
class _Shape:
    view: str
    text: str  # "" | number | phone | gram | letters | scan
    grid: bool
    category: bool
    handler: bool
    day_from: bool
    day_to: bool
    sort: str
    mine: bool = False

    @property
    def by_key(self) -> bool:
        return self.text in ("phone", "gram")


def _text_kind(text: str, compact: str) -> str:
    if not text:
        return ""
    if _TICKET.match(text):
        return "number"
    if compact.isdigit() and len(compact) >= 4:
        return "phone"
    if len(compact) >= 2 and compact.isascii() and compact.isalpha():
        return "letters"
    if len(compact) >= 2:
        return "gram"
    return "scan"


def _shape_and_values(f: CaseFilter, today: date) -> tuple[_Shape, dict[str, Any]]:
    from gridesk.core.residents.keys import normalise_query
    from gridesk.core.residents.records import key_range

    text = f.text.strip()
    compact = _SPACE.sub("", text.lower())
    kind = _text_kind(text, compact)
    values: dict[str, Any] = {}
    if kind == "number":
        values["number"] = text.upper()
    elif kind == "phone":
        values["key"] = "#" + compact[-4:]
        values["digits"] = compact
    elif kind in ("gram", "letters", "scan"):
        values["key"] = compact[:2]
        values["needle"] = text.lower()
        values["klo"], values["khi"] = key_range(normalise_query(text) or compact)
    if kind in ("phone", "gram"):
        values["cap"] = TEXT_LIMIT + 1
    if f.view == "due":
        values["today"] = today
    for name in ("grid_id", "category_id", "handler", "day_from", "day_to", "accepted_by"):
        value = getattr(f, name)
        if value:
            values[name] = value
    shape = _Shape(
        view=f.view if f.view in VIEWS else "all",
        text=kind,
        grid=f.grid_id is not None,
        category=f.category_id is not None,
        handler=bool(f.handler),
        day_from=f.day_from is not None,
        day_to=f.day_to is not None,
        sort=f.sort if f.sort in ("accepted", "number") else "deadline",
        mine=f.accepted_by is not None,
    )
    return shape, values


def _status_in(statuses: frozenset[Status]) -> Any:
    # equalities, not IN: an IN list would be an "expanding" parameter, which the statement
    # compiled once per shape cannot carry
    return or_(*(Request.status == str(x) for x in sorted(statuses)))


def _conditions(shape: _Shape) -> list[Any]:
    from gridesk.core.models import ResidentKey

    def p(name: str, type_: Any = None) -> Any:
        return bindparam(name, type_=type_)

    c: list[Any] = []
    if shape.view == "due":
        c += [Request.open.is_(True), Request.deadline <= p("today", Date())]
    elif shape.view == "open":
        c.append(Request.open.is_(True))
    elif shape.view == "callback":
        c.append(_status_in(machine.AWAITING_CALLBACK))
    elif shape.view == "on_hold":
        c.append(Request.status == Status.ON_HOLD.value)
    elif shape.view == "done":
        c.append(_status_in(machine.DONE))
    if shape.grid:
        c.append(Request.grid_id == p("grid_id", Uuid()))
    if shape.category:
        c.append(Request.category_id == p("category_id", Uuid()))
    if shape.handler:
        c.append(Request.handler_name == p("handler", String()))
    if shape.day_from:
        c.append(Request.accepted_day >= p("day_from", Date()))
    if shape.day_to:
        c.append(Request.accepted_day <= p("day_to", Date()))
    if shape.mine:
        c.append(Request.created_by == p("accepted_by", Uuid()))
    needle = position_in(Request.search_text, p("needle", String())) > 0
    if shape.text == "number":  # a typed or scanned ticket number: the unique index answers
        c.append(Request.number == p("number", String()))
    elif shape.text == "phone":
        c += [RequestKey.key == p("key", String()), Request.phone.endswith(p("digits", String()))]
    elif shape.text == "gram":
        c += [RequestKey.key == p("key", String()), needle]
    elif shape.text in ("letters", "scan"):
        residents = (
            select(ResidentKey.resident_id)
            .where(ResidentKey.key >= p("klo", String()), ResidentKey.key < p("khi", String()))
            .limit(50)
            .scalar_subquery()
        )
        words = needle
        if shape.text == "letters":
            words = and_(
                Request.id.in_(
                    select(RequestKey.request_id).where(RequestKey.key == p("key", String()))
                ),
                needle,
            )
        c.append(or_(Request.resident_id.in_(residents), words))
    return c


def _order(shape: _Shape) -> list[Any]:
    if shape.by_key:  # a search: newest first, in the key index's own order
        return [RequestKey.accepted_day.desc(), RequestKey.request_id.desc()]
    if shape.sort == "accepted":
        return [Request.accepted_day.desc(), Request.number.desc()]
    if shape.sort == "number":
        return [Request.number]
    if shape.view in ("due", "open"):  # every deadline set: the queue index gives the order
        return [Request.deadline, Request.number]
    # overdue first, then due soonest; paused cases last
    return [Request.deadline.is_(None), Request.deadline, Request.number]


def _statement(shape: _Shape, count: bool) -> Select[Any]:
    conditions = _conditions(shape)
    columns = [literal(1) if shape.by_key else func.count()] if count else _ROW_COLUMNS
    stmt = select(*columns)
    if shape.by_key:
        stmt = stmt.select_from(RequestKey).join(Request, Request.id == RequestKey.request_id)
    else:
        stmt = stmt.select_from(Request)
    if not count:
        stmt = stmt.join(RequestCategory, RequestCategory.id == Request.category_id).outerjoin(
            Grid, Grid.id == Request.grid_id
        )
    if conditions:
        stmt = stmt.where(and_(*conditions))
    if count:
        if shape.by_key:  # counting stops past the cap
            capped = stmt.limit(bindparam("cap", type_=Integer)).subquery()
            stmt = select(func.count()).select_from(capped)
        return stmt
    return (
        stmt.order_by(*_order(shape))
        .limit(bindparam("limit", type_=Integer))
        .offset(bindparam("offset", type_=Integer))
    )


@functools.lru_cache(maxsize=256)
def _compiled(shape: _Shape, count: bool, compiler: Any) -> tuple[str, dict[str, Any]]:
    return plain_sql(_statement(shape, count), compiler)


def case_sql(
    f: CaseFilter,
    offset: int,
    limit: int,
    today: date,
    count: bool = False,
    kind: type[PlainReader] = FileReader,
) -> tuple[str, dict[str, Any]]:
    """The SQL and values the list runs on a plain reader of this kind (the benchmark's raw
    baseline runs it too)."""
    shape, values = _shape_and_values(f, today)
    sql, fixed = _compiled(shape, count, kind.compiler)
    if not count:
        values = {**values, "offset": offset, "limit": limit}
    return sql, {**fixed, **kind.values(values)}


def count_cases(store: Store, actor: Actor, f: CaseFilter, today: date | None = None) -> int:
    actor.require(Permission.REQUESTS_VIEW)
    today = today or clock.today()
    reader = store.plain_reader()
    if reader is not None:
        sql, values = case_sql(f, 0, 0, today, count=True, kind=type(reader))
        return int(reader.rows(sql, values)[0][0])
    shape, values = _shape_and_values(f, today)
    with store.read() as s:
        return int(s.execute(_statement(shape, True), values).scalar_one())


def list_cases(
    store: Store,
    actor: Actor,
    f: CaseFilter,
    offset: int,
    limit: int,
    today: date | None = None,
) -> list[CaseRow]:
    actor.require(Permission.REQUESTS_VIEW)
    today = today or clock.today()
    reader = store.plain_reader()
    if reader is not None:
        sql, values = case_sql(f, offset, limit, today, kind=type(reader))
        day = reader.day
        return [
            CaseRow(
                reader.uuid(r[0]),
                r[1],
                day(r[2]),
                r[3],
                r[4],
                r[5],
                r[6] or "",
                r[7],
                r[8],
                r[9],
                day(r[10]) if r[10] else None,
                r[11],
                r[12],
                r[13],
            )
            for r in reader.rows(sql, values)
        ]
    shape, values = _shape_and_values(f, today)
    with store.read() as s:
        result = s.execute(_statement(shape, False), {**values, "offset": offset, "limit": limit})
        return [CaseRow(*r)._replace(grid_name=r.grid_name or "") for r in result]


def due_count(store: Store, actor: Actor, today: date | None = None) -> int:
    """Cases due today or overdue: the number on the navigation."""
    if not actor.can(Permission.REQUESTS_VIEW):
        return 0
    return count_cases(store, actor, CaseFilter(view="due"), today)


def callback_count(store: Store, actor: Actor, today: date | None = None) -> int:
    """Resolved cases waiting for the call-back to the resident (the home page)."""
    if not actor.can(Permission.REQUESTS_VIEW):
        return 0
    return count_cases(store, actor, CaseFilter(view="callback"), today)


def my_open_count(store: Store, actor: Actor, today: date | None = None) -> int:
    """Open cases this user took in (我的工单, the home page): 首问负责 follows them."""
    if not actor.can(Permission.REQUESTS_VIEW) or actor.user_id is None:
        return 0
    return count_cases(store, actor, CaseFilter(view="open", accepted_by=actor.user_id), today)


def handler_names(store: Store, actor: Actor) -> list[str]:
    actor.require(Permission.REQUESTS_VIEW)
    with store.read() as s:
        return [
            n
            for n in s.execute(
                select(Request.handler_name).distinct().order_by(Request.handler_name)
            ).scalars()
            if n
        ]


def calendar_warning_years(store: Store, today: date | None = None) -> list[int]:
    """Years whose holidays GriDesk does not know, among this year and the next."""
    today = today or clock.today()
    with store.read() as s:
        cal: WorkCalendar = load_calendar(s)
    return cal.unknown_years([today.year, today.year + 1])


def volunteer_candidates(store: Store, actor: Actor, text: str = "") -> list[tuple[uuid.UUID, str]]:
    """Residents tagged 志愿者 matching ``text``: whom a case can be dispatched to until the
    volunteers window keeps its own roster (keyed by resident id, so it fits later)."""
    from gridesk.core.models import Tag
    from gridesk.core.residents.records import ResidentFilter, page_query

    actor.require(Permission.REQUESTS_VIEW)
    with store.read() as s:
        tag_id = s.execute(select(Tag.id).where(Tag.name == "志愿者")).scalar_one_or_none()
        if tag_id is None:
            return []
        rows = s.execute(page_query(ResidentFilter(text=text, tag_id=tag_id), 0, 200)).all()
        return [(r[0], r[1]) for r in rows]
