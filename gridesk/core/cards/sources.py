"""What goes on cards, read from the registry: care contact cards, grid contact cards,
resident cards and volunteer cards (GLOSSARY.md, "Cards").

Cards are chosen by the residents list's filter (text, grid, estate, tag) or by explicit
ids. A batch reads the registry a chunk of residents at a time, with a fixed number of
queries per chunk (never one per resident), so a batch of 1,000 costs a handful of queries.
"""

from __future__ import annotations

import enum
import hashlib
import logging
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from gridesk.core.actor import Actor, Permission
from gridesk.core.cards.photos import staff_photos_for
from gridesk.core.care.helpers import card_helpers
from gridesk.core.models import Grid, Resident, ResidentTag, Tag
from gridesk.core.printing import FAMILY_PAGE, Document, document_station
from gridesk.core.residents.records import ResidentFilter, filter_residents, format_address
from gridesk.core.residents.validation import mask_id_number
from gridesk.core.store import Store
from gridesk.documents.cards import (
    CardData,
    CareContactCard,
    GridContactCard,
    GridStaff,
    Helper,
    ResidentCard,
    VolunteerCard,
)
from gridesk.documents.qr import make_payload
from gridesk.errors import QT_TRANSLATE_NOOP, ValidationError

log = logging.getLogger(__name__)


class CardKind(enum.StrEnum):
    """The four kinds of card; the values are the print history's kinds."""

    CARE = "care_card"
    GRID = "grid_card"
    RESIDENT = "resident_card"
    VOLUNTEER = "volunteer_card"


CARD_TITLES: dict[CardKind, str] = {
    CardKind.CARE: "爱心联系牌",
    CardKind.GRID: "网格连心服务卡",
    CardKind.RESIDENT: "居民卡",
    CardKind.VOLUNTEER: "志愿者证",
}
"""What each kind is called in the hall (and in the print history)."""

VOLUNTEER_TAG = "志愿者"
WORKER_ROLE = "网格员"
LEADER_ROLE = "网格长"

SERVICES_BY_TAG: dict[str, tuple[str, ...]] = {
    "独居老人": ("每周探访", "紧急联系"),
    "空巢老人": ("定期探访", "代办服务"),
    "困境儿童": ("关爱帮扶", "学业辅导"),
    "留守儿童": ("亲情陪伴", "四点半课堂"),
    "残疾人": ("上门服务", "辅具申领"),
    "困难党员": ("结对帮扶", "节日慰问"),
    "低保户": ("政策咨询", "救助申请"),
}
"""The services a care tag brings; a care tag not listed here brings ``DEFAULT_SERVICES``."""
DEFAULT_SERVICES = ("定期探访",)

CANDIDATE_LIMIT = 2000
"""Rows shown in the page's who-list; narrow the filter to see others."""
BATCH_LIMIT = 5000
"""Cards in one batch (500 A4 sheets)."""
_CHUNK = 500


class BatchCancelled(Exception):
    """The person at the desk cancelled a batch while it was being built."""


@dataclass(frozen=True)
class CardCandidate:
    """One row of the who-list: a resident (or a grid) a card can be made for."""

    id: uuid.UUID
    name: str
    address: str
    grid_name: str
    tags: str


@dataclass(frozen=True)
class CardBatch:
    """Cards ready for ``documents.cards.render_cards``, with whom they are for."""

    kind: CardKind
    cards: tuple[CardData, ...]
    subject_ids: tuple[str, ...]
    names: tuple[str, ...]

    @property
    def title(self) -> str:
        """What the batch is, for the print history: 爱心联系牌 ×12."""
        return f"{CARD_TITLES[self.kind]} ×{len(self.cards)}"

    @property
    def subject(self) -> str:
        """For whom: 王秀英、李建国 等 12 人."""
        shown = "、".join(self.names[:3])
        if len(self.names) > 3:
            unit = "个网格" if self.kind is CardKind.GRID else "人"
            return f"{shown} 等 {len(self.names)} {unit}"
        return shown

    @property
    def subject_id(self) -> str | None:
        return self.subject_ids[0] if len(self.subject_ids) == 1 else None


def card_address(estate: str, building: str, unit: str, room: str) -> str:
    """An address as a card prints it for elderly readers: 阳光花园 3号楼 2单元 301室."""
    if not (building or unit or room):
        return estate
    if not all(part.isdigit() for part in (building, unit, room) if part):
        return format_address(estate, building, unit, room)
    parts = [
        f"{building}号楼" if building else "",
        f"{unit}单元" if unit else "",
        f"{room}室" if room else "",
    ]
    return " ".join(p for p in (estate, *parts) if p)


def services_for(tags: Iterable[str]) -> tuple[str, ...]:
    """The services a resident receives, from their care tags, in tag order, without repeats."""
    seen: dict[str, None] = {}
    for tag in tags:
        for service in SERVICES_BY_TAG.get(tag, DEFAULT_SERVICES):
            seen.setdefault(service, None)
    return tuple(seen)


def duties_of(text: str) -> tuple[str, ...]:
    """A grid's duties as kept (one a line, or separated by 、，；) as a list."""
    for sep in ("\n", "；", ";", "，", ","):
        text = text.replace(sep, "、")
    return tuple(part.strip() for part in text.split("、") if part.strip())


def _require(actor: Actor) -> None:
    actor.require(Permission.PRINT_CARDS)
    actor.require(Permission.RESIDENTS_VIEW)


# --- choosing residents ----------------------------------------------------------------------


def _restriction(kind: CardKind) -> Any:
    tagged = select(ResidentTag.resident_id).join(Tag, Tag.id == ResidentTag.tag_id)
    if kind is CardKind.CARE:
        return Resident.id.in_(tagged.where(Tag.care.is_(True), Tag.archived.is_(False)))
    if kind is CardKind.VOLUNTEER:
        return Resident.id.in_(tagged.where(Tag.name == VOLUNTEER_TAG))
    return None


def _matching(stmt: Select[Any], kind: CardKind, f: ResidentFilter) -> Select[Any]:
    """``stmt`` narrowed to the residents the filter and the card kind select."""
    stmt = filter_residents(stmt, f)
    restriction = _restriction(kind)
    if restriction is not None:
        stmt = stmt.where(restriction)
    return stmt


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _tags_of(s: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[tuple[str, bool]]]:
    """(name, care) of every tag of these residents, in tag order: one query."""
    found: dict[uuid.UUID, list[tuple[str, bool]]] = defaultdict(list)
    if not ids:
        return found
    rows = s.execute(
        select(ResidentTag.resident_id, Tag.name, Tag.care)
        .join(Tag, Tag.id == ResidentTag.tag_id)
        .where(ResidentTag.resident_id.in_(ids), Tag.archived.is_(False))
        .order_by(Tag.sort_order, Tag.name)
    )
    for row in rows:
        found[row.resident_id].append((row.name, row.care))
    return found


def list_candidates(
    store: Store,
    actor: Actor,
    kind: CardKind,
    f: ResidentFilter | None = None,
    limit: int = CANDIDATE_LIMIT,
) -> list[CardCandidate]:
    """Who a card of ``kind`` can be made for, by the filter, in list order; at most
    ``limit`` + 1 rows (one more than shown says there are more)."""
    _require(actor)
    f = f or ResidentFilter()
    if kind is CardKind.GRID:
        return _grid_candidates(store, f, limit)
    with store.read() as s:
        stmt = (
            select(
                Resident.id,
                Resident.name,
                Resident.estate,
                Resident.building,
                Resident.unit,
                Resident.room,
                func.coalesce(Grid.name, "").label("grid_name"),
            )
            .outerjoin(Grid, Grid.id == Resident.grid_id)
            .order_by(Resident.sort_key, Resident.id)
            .limit(limit + 1)
        )
        rows = s.execute(_matching(stmt, kind, f)).all()
        tags: dict[uuid.UUID, list[tuple[str, bool]]] = {}
        ids = [row.id for row in rows]
        for chunk in _chunks(ids):
            tags.update(_tags_of(s, chunk))
    return [
        CardCandidate(
            id=row.id,
            name=row.name,
            address=format_address(row.estate, row.building, row.unit, row.room),
            grid_name=row.grid_name,
            tags="、".join(name for name, _care in tags.get(row.id, [])),
        )
        for row in rows
    ]


def _grid_candidates(store: Store, f: ResidentFilter, limit: int) -> list[CardCandidate]:
    stmt = select(Grid).where(Grid.archived.is_(False)).order_by(Grid.name).limit(limit + 1)
    if f.grid_id is not None:
        stmt = stmt.where(Grid.id == f.grid_id)
    text = f.text.strip()
    if text:
        stmt = stmt.where(Grid.name.contains(text, autoescape=True))
    with store.read() as s:
        grids = list(s.execute(stmt).scalars())
    return [
        CardCandidate(
            id=g.id,
            name=g.name,
            address=" ".join(p for p in (g.worker_name, g.worker_phone) if p),
            grid_name=g.name,
            tags=" ".join(p for p in (g.leader_name, g.leader_phone) if p),
        )
        for g in grids
    ]


# --- building a batch ------------------------------------------------------------------------


def _selected_ids(
    s: Session, kind: CardKind, ids: Sequence[uuid.UUID] | None, f: ResidentFilter | None
) -> list[uuid.UUID]:
    if ids is not None:
        chosen = list(dict.fromkeys(ids))
    else:
        stmt = select(Resident.id).order_by(Resident.sort_key, Resident.id).limit(BATCH_LIMIT + 1)
        chosen = list(s.execute(_matching(stmt, kind, f or ResidentFilter())).scalars())
    if len(chosen) > BATCH_LIMIT:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "That is more than {n} cards at once. Choose fewer (by grid, estate or tag) "
                "and print them in parts.",
            ),
            n=BATCH_LIMIT,
        )
    return chosen


def build_cards(
    store: Store,
    actor: Actor,
    kind: CardKind,
    *,
    ids: Sequence[uuid.UUID] | None = None,
    f: ResidentFilter | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CardBatch:
    """The cards of ``kind`` for the chosen residents (or grids): ``ids`` if given, else all
    that ``f`` selects. Ids that do not qualify (a care card for a resident without a care
    tag, an archived resident picked by id …) are left out.

    ``progress(done, total)`` is called after each chunk; ``cancelled()`` is asked before
    each, and a True answer raises ``BatchCancelled``.
    """
    _require(actor)
    if kind is CardKind.GRID:
        return _grid_batch(store, ids, f)
    secret = store.qr_secret() if kind in (CardKind.RESIDENT, CardKind.VOLUNTEER) else b""
    cards: list[CardData] = []
    subject_ids: list[str] = []
    names: list[str] = []
    with store.read() as s:
        chosen = _selected_ids(s, kind, ids, f)
        total = len(chosen)
        if progress:
            progress(0, total)
        for number, chunk in enumerate(_chunks(chosen)):
            if cancelled is not None and cancelled():
                raise BatchCancelled()
            for resident_id, name, card in _chunk_cards(s, kind, chunk, secret):
                cards.append(card)
                subject_ids.append(str(resident_id))
                names.append(name)
            if progress:
                progress(min(total, (number + 1) * _CHUNK), total)
    return CardBatch(kind, tuple(cards), tuple(subject_ids), tuple(names))


def _chunk_cards(
    s: Session, kind: CardKind, ids: Sequence[uuid.UUID], secret: bytes
) -> list[tuple[uuid.UUID, str, CardData]]:
    """Cards for up to one chunk of residents, in the order of ``ids``: two queries."""
    stmt = (
        select(
            Resident.id,
            Resident.name,
            Resident.id_number,
            Resident.estate,
            Resident.building,
            Resident.unit,
            Resident.room,
            Grid.worker_name,
            Grid.worker_phone,
            Grid.leader_name,
            Grid.leader_phone,
        )
        .outerjoin(Grid, Grid.id == Resident.grid_id)
        .where(Resident.id.in_(ids), Resident.archived.is_(False))
    )
    restriction = _restriction(kind)
    if restriction is not None:
        stmt = stmt.where(restriction)
    rows = {row.id: row for row in s.execute(stmt)}
    tags = _tags_of(s, list(rows)) if kind is CardKind.CARE else {}
    registered = card_helpers(s, list(rows)) if kind is CardKind.CARE else {}
    teams = _teams_of(s, list(rows)) if kind is CardKind.VOLUNTEER else {}
    out: list[tuple[uuid.UUID, str, CardData]] = []
    for resident_id in ids:
        row = rows.get(resident_id)
        if row is None:
            continue
        card: CardData
        if kind is CardKind.CARE:
            # the helpers of the care register (帮扶责任人); the grid's staff until it names some
            helpers = [Helper(*h) for h in registered.get(resident_id, [])]
            if not helpers:
                if row.worker_name or row.worker_phone:
                    helpers.append(
                        Helper(WORKER_ROLE, row.worker_name or "", row.worker_phone or "")
                    )
                if row.leader_name or row.leader_phone:
                    helpers.append(
                        Helper(LEADER_ROLE, row.leader_name or "", row.leader_phone or "")
                    )
            care_tags = [name for name, care in tags.get(resident_id, []) if care]
            card = CareContactCard(
                resident_name=row.name,
                address=card_address(row.estate, row.building, row.unit, row.room),
                helpers=tuple(helpers),
                services=services_for(care_tags),
            )
        elif kind is CardKind.RESIDENT:
            card = ResidentCard(
                resident_name=row.name,
                masked_id=mask_id_number(row.id_number) if row.id_number else "未登记",
                qr_text=make_payload(secret, "R", str(resident_id)),
            )
        else:
            card = VolunteerCard(
                name=row.name,
                team="、".join(teams.get(resident_id, [])),
                qr_text=make_payload(secret, "V", str(resident_id)),
            )
        out.append((resident_id, row.name, card))
    return out


def _teams_of(s: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    """The volunteer teams (志愿服务队) each resident serves in, by name."""
    from gridesk.core.volunteers.models import VolunteerTeam, VolunteerTeamMember

    found: dict[uuid.UUID, list[str]] = {}
    stmt = (
        select(VolunteerTeamMember.resident_id, VolunteerTeam.name)
        .join(VolunteerTeam, VolunteerTeam.id == VolunteerTeamMember.team_id)
        .where(VolunteerTeamMember.resident_id.in_(ids), VolunteerTeam.archived.is_(False))
        .order_by(VolunteerTeam.name)
    )
    for resident_id, name in s.execute(stmt):
        found.setdefault(resident_id, []).append(name)
    return found


def _photo_file(store: Store, grid_id: uuid.UUID, role: str, image: bytes) -> Path | None:
    """A kept staff photo as a file for the card renderer (which reads pictures from files),
    named by its content so a changed photo is never served from a stale copy."""
    digest = hashlib.sha256(image).hexdigest()[:16]
    folder = store.data_dir / "cache" / "staff_photos"
    path = folder / f"{grid_id}-{role}-{digest}.jpg"
    try:
        if not path.exists():
            folder.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(".part")
            partial.write_bytes(image)
            partial.replace(path)
    except OSError:
        log.warning("cannot write staff photo %s; the card shows a placeholder", path)
        return None
    return path


def _grid_batch(
    store: Store, ids: Sequence[uuid.UUID] | None, f: ResidentFilter | None
) -> CardBatch:
    stmt = select(Grid).where(Grid.archived.is_(False)).order_by(Grid.name)
    if ids is not None:
        stmt = stmt.where(Grid.id.in_(list(ids)))
    elif f is not None and f.grid_id is not None:
        stmt = stmt.where(Grid.id == f.grid_id)
    with store.read() as s:
        grids = list(s.execute(stmt).scalars())
    if ids is not None:
        order = {grid_id: n for n, grid_id in enumerate(ids)}
        grids.sort(key=lambda g: order.get(g.id, len(order)))
    photos = staff_photos_for(store, [g.id for g in grids])
    cards: list[CardData] = []
    for g in grids:
        worker_photo = photos.get((g.id, "worker"))
        leader_photo = photos.get((g.id, "leader"))
        worker = GridStaff(
            WORKER_ROLE,
            g.worker_name or "—",
            g.worker_phone,
            _photo_file(store, g.id, "worker", worker_photo.image) if worker_photo else None,
        )
        leader = None
        if g.leader_name or g.leader_phone:
            leader = GridStaff(
                LEADER_ROLE,
                g.leader_name or "—",
                g.leader_phone,
                _photo_file(store, g.id, "leader", leader_photo.image) if leader_photo else None,
            )
        cards.append(
            GridContactCard(
                grid_name=g.name,
                grid_worker=worker,
                grid_leader=leader,
                duties=duties_of(g.duties),
                service_hours=g.service_hours,
                qr_text=None if g.worker_phone else "",
            )
        )
    return CardBatch(
        CardKind.GRID,
        tuple(cards),
        tuple(str(g.id) for g in grids),
        tuple(g.name for g in grids),
    )


def render_batch(store: Store, batch: CardBatch) -> bytes:
    """The batch as one PDF of A4 sheets (``documents.cards.render_cards``)."""
    from gridesk.documents.cards import render_cards

    if not batch.cards:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose at least one card to print."))
    return render_cards(batch.cards, station=document_station(store))


def batch_document(batch: CardBatch, pdf: bytes) -> Document:
    """The batch drawn as ``pdf`` (``render_batch``), as it is kept in the print history."""
    return Document(
        kind=batch.kind.value,
        title=batch.title,
        subject=batch.subject,
        pdf=pdf,
        family=FAMILY_PAGE,
        subject_id=batch.subject_id,
    )
