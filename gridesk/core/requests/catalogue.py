"""The request catalogue the admin keeps: categories (with their default handler, deadline and
materials checklist), departments and partner units with contacts, and the working-day
calendar's entries for years chinese-calendar does not know."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridesk.core.actor import Actor, Permission
from gridesk.core.catalogue import entries, entry_to_save
from gridesk.core.models import Grid
from gridesk.core.requests import labels
from gridesk.core.requests.models import CalendarDay, RequestCategory, RequestUnit
from gridesk.core.requests.workdays import WorkCalendar, load_calendar
from gridesk.core.residents.validation import check_phone
from gridesk.core.store import Store
from gridesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError

UNIT_KINDS = ("department", "partner")
# handler kinds a case can be dispatched to; the last two are the escalation paths
HANDLER_KINDS = ("department", "partner", "grid", "volunteer", "escalation", "secretary")
MAX_DEADLINE_DAYS = 60
ESCALATIONS = HANDLER_KINDS[-2:]
NO_CATEGORY = QT_TRANSLATE_NOOP("errors", "No such request category.")


@dataclass(frozen=True)
class UnitView:
    id: uuid.UUID
    kind: str
    name: str
    contact_name: str
    phone: str
    archived: bool


@dataclass(frozen=True)
class CategoryView:
    id: uuid.UUID
    name: str
    group_name: str
    handler_kind: str
    handler_id: uuid.UUID | None
    handler_name: str
    deadline_days: int
    checklist: tuple[str, ...]
    archived: bool

    @property
    def label(self) -> str:
        return f"{self.group_name} / {self.name}" if self.group_name else self.name


@dataclass(frozen=True)
class CalendarEntry:
    day: date
    workday: bool
    note: str


def _unit_view(u: RequestUnit) -> UnitView:
    return UnitView(u.id, u.kind, u.name, u.contact_name, u.phone, u.archived)


def list_units(
    store: Store, actor: Actor, kind: str | None = None, include_archived: bool = False
) -> list[UnitView]:
    actor.require(Permission.REQUESTS_VIEW)
    stmt = entries(
        RequestUnit, RequestUnit.kind, RequestUnit.name, include_archived=include_archived
    )
    if kind:
        stmt = stmt.where(RequestUnit.kind == kind)
    with store.read() as s:
        return [_unit_view(u) for u in s.execute(stmt).scalars()]


def save_unit(
    store: Store,
    actor: Actor,
    unit_id: uuid.UUID | None,
    *,
    kind: str,
    name: str,
    contact_name: str = "",
    phone: str = "",
    archived: bool = False,
) -> UnitView:
    actor.require(Permission.REQUESTS_MANAGE)
    name = name.strip()
    if kind not in UNIT_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose department or partner unit."), field="kind"
        )
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the unit's name."), field="name")
    phone = check_phone(phone) if phone.strip() else ""
    with store.write(actor) as s:
        unit = entry_to_save(
            s,
            RequestUnit,
            unit_id,
            taken=(RequestUnit.kind == kind, RequestUnit.name == name),
            taken_message=QT_TRANSLATE_NOOP("errors", "{name} is already listed."),
            name=name,
            missing_message=QT_TRANSLATE_NOOP("errors", "No such department or partner unit."),
            new=lambda: RequestUnit(kind=kind),
        )
        unit.kind, unit.name = kind, name
        unit.contact_name, unit.phone, unit.archived = contact_name.strip(), phone, archived
        s.flush()
        return _unit_view(unit)


def handler_name(s: Session, kind: str, handler_id: uuid.UUID | None) -> str:
    """The name a handler is shown and printed by (the escalation paths have no id)."""
    if kind in ESCALATIONS:  # records and paper speak the hall's language, like unit names
        return labels.HANDLER[kind].zh
    if handler_id is None:
        return ""
    if kind in UNIT_KINDS:
        unit = s.get(RequestUnit, handler_id)
        return unit.name if unit else ""
    if kind == "grid":
        grid = s.get(Grid, handler_id)
        return grid.name if grid else ""
    if kind == "volunteer":
        from gridesk.core.models import Resident

        resident = s.get(Resident, handler_id)
        return resident.name if resident else ""
    return ""


def _category_view(s: Session, c: RequestCategory) -> CategoryView:
    return CategoryView(
        c.id,
        c.name,
        c.group_name,
        c.handler_kind,
        c.handler_id,
        handler_name(s, c.handler_kind, c.handler_id),
        c.deadline_days,
        tuple(line for line in c.checklist.splitlines() if line.strip()),
        c.archived,
    )


def list_categories(
    store: Store, actor: Actor, include_archived: bool = False
) -> list[CategoryView]:
    actor.require(Permission.REQUESTS_VIEW)
    stmt = entries(
        RequestCategory,
        RequestCategory.sort_order,
        RequestCategory.group_name,
        RequestCategory.name,
        include_archived=include_archived,
    )
    with store.read() as s:
        return [_category_view(s, c) for c in s.execute(stmt).scalars()]


def get_category(s: Session, category_id: uuid.UUID) -> RequestCategory:
    category = s.get(RequestCategory, category_id)
    if category is None:
        raise NotFound(NO_CATEGORY)
    return category


def save_category(
    store: Store,
    actor: Actor,
    category_id: uuid.UUID | None,
    *,
    name: str,
    group_name: str = "",
    handler_kind: str = "",
    handler_id: uuid.UUID | None = None,
    deadline_days: int = 5,
    checklist: str | tuple[str, ...] = "",
    sort_order: int = 0,
    archived: bool = False,
) -> CategoryView:
    actor.require(Permission.REQUESTS_MANAGE)
    name = name.strip()
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the category's name."), field="name"
        )
    if not 1 <= deadline_days <= MAX_DEADLINE_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A deadline is 1 to 60 working days."),
            field="deadline_days",
        )
    if handler_kind and handler_kind not in HANDLER_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown kind of handler."))
    lines = checklist if isinstance(checklist, tuple) else tuple(checklist.splitlines())
    text = "\n".join(line.strip() for line in lines if line.strip())
    with store.write(actor) as s:
        category = entry_to_save(
            s,
            RequestCategory,
            category_id,
            taken=(RequestCategory.name == name,),
            taken_message=QT_TRANSLATE_NOOP("errors", "{name} is already listed."),
            name=name,
            missing_message=NO_CATEGORY,
            new=lambda: RequestCategory(name=name),
        )
        category.name, category.group_name = name, group_name.strip()
        category.handler_kind, category.handler_id = handler_kind, handler_id
        category.deadline_days, category.checklist = deadline_days, text
        category.sort_order, category.archived = sort_order, archived
        s.flush()
        return _category_view(s, category)


# -- the working-day calendar ----------------------------------------------------------------


def calendar(store: Store) -> WorkCalendar:
    with store.read() as s:
        return load_calendar(s)


def list_calendar_days(store: Store, actor: Actor) -> list[CalendarEntry]:
    actor.require(Permission.REQUESTS_VIEW)
    with store.read() as s:
        rows = s.execute(select(CalendarDay).order_by(CalendarDay.day)).scalars()
        return [CalendarEntry(r.day, r.workday, r.note) for r in rows]


def set_calendar_day(
    store: Store, actor: Actor, day: date, workday: bool | None, note: str = ""
) -> None:
    """Mark ``day`` a holiday (False) or a make-up workday (True); None removes the entry.
    Deadlines the change reaches are planned again."""
    actor.require(Permission.REQUESTS_MANAGE)
    with store.write(actor) as s:
        row = s.execute(select(CalendarDay).where(CalendarDay.day == day)).scalar_one_or_none()
        if workday is None:
            if row is not None:
                s.delete(row)
                _replan(s, day)
            return
        if row is None:
            row = CalendarDay(day=day)
            s.add(row)
        row.workday, row.note = workday, note.strip()[:60]
        _replan(s, day)


def _replan(s: Session, day: date) -> None:
    from gridesk.core.requests.cases import replan_deadlines

    s.flush()
    replan_deadlines(s, day)
