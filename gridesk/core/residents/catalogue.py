"""The catalogue residents are filed under, kept by the admin: grids and tags; and the
households view."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from gridesk.core.actor import Actor, Permission
from gridesk.core.catalogue import entries, entry_to_save
from gridesk.core.models import Grid, Household, Resident, Tag
from gridesk.core.residents.validation import check_phone
from gridesk.core.store import Store
from gridesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError


@dataclass(frozen=True)
class GridView:
    id: uuid.UUID
    name: str
    worker_name: str
    worker_phone: str
    leader_name: str
    leader_phone: str
    duties: str
    service_hours: str
    archived: bool


@dataclass(frozen=True)
class TagView:
    id: uuid.UUID
    name: str
    care: bool
    archived: bool


@dataclass(frozen=True)
class HouseholdView:
    id: uuid.UUID
    estate: str
    building: str
    unit: str
    room: str
    grid_name: str
    members: int


def _grid_view(g: Grid) -> GridView:
    return GridView(
        g.id,
        g.name,
        g.worker_name,
        g.worker_phone,
        g.leader_name,
        g.leader_phone,
        g.duties,
        g.service_hours,
        g.archived,
    )


def list_grids(store: Store, actor: Actor, include_archived: bool = False) -> list[GridView]:
    actor.require(Permission.RESIDENTS_VIEW)
    stmt = entries(Grid, Grid.name, include_archived=include_archived)
    with store.read() as s:
        return [_grid_view(g) for g in s.execute(stmt).scalars()]


def save_grid(
    store: Store,
    actor: Actor,
    grid_id: uuid.UUID | None,
    *,
    name: str,
    worker_name: str = "",
    worker_phone: str = "",
    leader_name: str = "",
    leader_phone: str = "",
    duties: str = "",
    service_hours: str = "",
    archived: bool = False,
) -> GridView:
    actor.require(Permission.CATALOGUE_MANAGE)
    name = name.strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the grid's name."), field="name")
    worker_phone = _phone(worker_phone, "worker_phone")
    leader_phone = _phone(leader_phone, "leader_phone")
    with store.write(actor) as s:
        grid = entry_to_save(
            s,
            Grid,
            grid_id,
            taken=(Grid.name == name,),
            taken_message=QT_TRANSLATE_NOOP("errors", "A grid named {name} exists."),
            name=name,
            missing_message=QT_TRANSLATE_NOOP("errors", "No such grid."),
            new=lambda: Grid(name=name),
        )
        grid.name = name
        grid.worker_name = worker_name.strip()
        grid.worker_phone = worker_phone
        grid.leader_name = leader_name.strip()
        grid.leader_phone = leader_phone
        grid.duties = duties.strip()
        grid.service_hours = service_hours.strip()
        grid.archived = archived
        s.flush()
        return _grid_view(grid)


def _phone(value: str, field: str) -> str:
    if not value.strip():
        return ""
    try:
        return check_phone(value)
    except ValidationError as exc:
        raise ValidationError(exc.message, field=field, **exc.params) from exc


def list_tags(store: Store, actor: Actor, include_archived: bool = False) -> list[TagView]:
    actor.require(Permission.RESIDENTS_VIEW)
    stmt = entries(Tag, Tag.sort_order, Tag.name, include_archived=include_archived)
    with store.read() as s:
        return [TagView(t.id, t.name, t.care, t.archived) for t in s.execute(stmt).scalars()]


def save_tag(
    store: Store,
    actor: Actor,
    tag_id: uuid.UUID | None,
    *,
    name: str,
    care: bool,
    archived: bool = False,
) -> TagView:
    actor.require(Permission.CATALOGUE_MANAGE)
    name = name.strip()
    if not name or len(name) > 30:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A tag name is 1 to 30 characters."), field="name"
        )
    with store.write(actor) as s:
        last = select(func.coalesce(func.max(Tag.sort_order), 0))
        tag = entry_to_save(
            s,
            Tag,
            tag_id,
            taken=(Tag.name == name,),
            taken_message=QT_TRANSLATE_NOOP("errors", "A tag named {name} exists."),
            name=name,
            missing_message=QT_TRANSLATE_NOOP("errors", "No such tag."),
            new=lambda: Tag(name=name, sort_order=s.execute(last).scalar_one() + 1),
        )
        tag.name, tag.care, tag.archived = name, care, archived
        s.flush()
        return TagView(tag.id, tag.name, tag.care, tag.archived)


def list_households(
    store: Store, actor: Actor, estate: str = "", limit: int = 2000
) -> list[HouseholdView]:
    actor.require(Permission.RESIDENTS_VIEW)
    members = (
        select(Resident.household_id, func.count().label("n"))
        .where(Resident.archived.is_(False))
        .group_by(Resident.household_id)
        .subquery()
    )
    stmt = (
        select(Household, Grid.name, func.coalesce(members.c.n, 0))
        .outerjoin(Grid, Grid.id == Household.grid_id)
        .outerjoin(members, members.c.household_id == Household.id)
        .order_by(Household.estate, Household.building, Household.unit, Household.room)
        .limit(limit)
    )
    if estate:
        stmt = stmt.where(Household.estate == estate)
    with store.read() as s:
        return [
            HouseholdView(h.id, h.estate, h.building, h.unit, h.room, grid or "", n)
            for h, grid, n in s.execute(stmt)
        ]


def set_household_grid(
    store: Store, actor: Actor, household_id: uuid.UUID, grid_id: uuid.UUID | None
) -> None:
    """Move a household (and its residents) to a grid."""
    actor.require(Permission.CATALOGUE_MANAGE)
    with store.write(actor) as s:
        household = s.get(Household, household_id)
        if household is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such household."))
        household.grid_id = grid_id
        for resident in s.execute(
            select(Resident).where(Resident.household_id == household_id)
        ).scalars():
            resident.grid_id = grid_id
