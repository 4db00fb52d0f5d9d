"""The photos of grid workers and leaders that grid cards carry (one per grid and role)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from gridesk.core.actor import Actor, Permission
from gridesk.core.models import Grid, StaffPhoto
from gridesk.core.pictures import prepare_photo
from gridesk.core.store import Store
from gridesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError

STAFF_ROLES = ("worker", "leader")


@dataclass(frozen=True)
class StaffPhotoView:
    grid_id: uuid.UUID
    role: str
    image: bytes
    content_type: str
    updated_at: datetime


def _check_role(role: str) -> None:
    if role not in STAFF_ROLES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A staff photo is for the grid worker or the grid leader."),
            field="role",
        )


def save_staff_photo(
    store: Store, actor: Actor, grid_id: uuid.UUID, role: str, data: bytes
) -> StaffPhotoView:
    """Keep (or replace) the photo of a grid's worker or leader."""
    actor.require(Permission.CATALOGUE_MANAGE)
    _check_role(role)
    image = prepare_photo(data)
    with store.write(actor) as s:
        if s.get(Grid, grid_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such grid."))
        photo = s.execute(
            select(StaffPhoto).where(StaffPhoto.grid_id == grid_id, StaffPhoto.role == role)
        ).scalar_one_or_none()
        if photo is None:
            photo = StaffPhoto(grid_id=grid_id, role=role)
            s.add(photo)
        photo.image = image
        photo.content_type = "image/jpeg"
        s.flush()
        return StaffPhotoView(grid_id, role, image, photo.content_type, photo.updated_at)


def remove_staff_photo(store: Store, actor: Actor, grid_id: uuid.UUID, role: str) -> None:
    actor.require(Permission.CATALOGUE_MANAGE)
    _check_role(role)
    with store.write(actor) as s:
        photo = s.execute(
            select(StaffPhoto).where(StaffPhoto.grid_id == grid_id, StaffPhoto.role == role)
        ).scalar_one_or_none()
        if photo is not None:
            s.delete(photo)


def staff_photo(store: Store, actor: Actor, grid_id: uuid.UUID, role: str) -> StaffPhotoView | None:
    actor.require(Permission.RESIDENTS_VIEW)
    _check_role(role)
    photos = staff_photos_for(store, [grid_id])
    return photos.get((grid_id, role))


def staff_photos_for(
    store: Store, grid_ids: list[uuid.UUID]
) -> dict[tuple[uuid.UUID, str], StaffPhotoView]:
    """The photos of these grids, in one query (callers have checked permissions)."""
    if not grid_ids:
        return {}
    with store.read() as s:
        rows = s.execute(
            select(
                StaffPhoto.grid_id,
                StaffPhoto.role,
                StaffPhoto.image,
                StaffPhoto.content_type,
                StaffPhoto.updated_at,
            ).where(StaffPhoto.grid_id.in_(grid_ids))
        ).all()
    return {
        (row.grid_id, row.role): StaffPhotoView(
            row.grid_id, row.role, bytes(row.image), row.content_type, row.updated_at
        )
        for row in rows
    }
