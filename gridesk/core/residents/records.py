"""The resident registry (居民档案): records, rules, search keys and the list queries."""

from __future__ import annotations

import functools
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import (
    Integer,
    Select,
    String,
    and_,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    union,
)
from sqlalchemy.orm import Session

from gridesk import clock
from gridesk.core.actor import Actor, Permission
from gridesk.core.dialect import FileReader, PlainReader, plain_sql
from gridesk.core.models import (
    Grid,
    Household,
    Resident,
    ResidentKey,
    ResidentTag,
    Tag,
)
from gridesk.core.residents.catalogue import list_tags
from gridesk.core.residents.keys import match_rank, name_keys, normalise_query, sort_key
from gridesk.core.residents.validation import (
    check_id_number,
    check_phone,
    mask_id_number,
    phone_tail,
)
from gridesk.core.store import Store
from gridesk.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError

GENDERS = ("M", "F")
NOTES_LIMIT = 32_767
"""The longest 备注: what Excel holds in a cell, so that what is saved can be exported and
imported again."""
SEARCH_LIMIT = 200  # enough to pick from at a desk; past it the list asks for more letters
_LONG_NUMBER = re.compile(r"^\d{7,17}[\dx]?$")


@dataclass(frozen=True)
class ResidentInput:
    """What the form (or an import row) says about a resident."""

    name: str
    gender: str = ""
    birth_date: date | None = None
    phone: str = ""
    id_number: str = ""
    estate: str = ""
    building: str = ""
    unit: str = ""
    room: str = ""
    grid_id: uuid.UUID | None = None
    tag_ids: frozenset[uuid.UUID] = field(default_factory=frozenset)
    notes: str = ""


@dataclass(frozen=True)
class ResidentDetail:
    id: uuid.UUID
    name: str
    gender: str
    birth_date: date | None
    """None where the ID number is masked: the birth date is eight of its digits, so the two
    together would give the number away; ``birth_year`` is shown instead."""
    phone: str
    id_number: str  # masked unless the viewer may see it whole
    id_number_masked: bool
    estate: str
    building: str
    unit: str
    room: str
    household_id: uuid.UUID | None
    grid_id: uuid.UUID | None
    grid_name: str
    grid_worker: str
    grid_worker_phone: str
    tag_ids: frozenset[uuid.UUID]
    tag_names: tuple[str, ...]
    notes: str
    archived: bool
    household_members: tuple[tuple[uuid.UUID, str], ...]
    birth_year: int | None = None

    @property
    def address(self) -> str:
        return format_address(self.estate, self.building, self.unit, self.room)


class ResidentRow(NamedTuple):
    """One line of the resident list: only what the list shows.

    A named tuple, not a frozen dataclass: a keystroke builds up to a hundred of these, and a
    frozen dataclass's __init__ costs several times more per row."""

    id: uuid.UUID
    name: str
    gender: str
    birth_date: date | None
    phone: str
    id_number: str
    address: str
    grid_name: str
    archived: bool


@dataclass(frozen=True)
class ResidentFilter:
    text: str = ""
    grid_id: uuid.UUID | None = None
    estate: str = ""
    tag_id: uuid.UUID | None = None
    include_archived: bool = False


@dataclass(frozen=True)
class DuplicateMatch:
    id: uuid.UUID
    name: str
    phone: str
    address: str


class PossibleDuplicate(Conflict):
    """Someone with the same ID number, or the same name and phone, is already registered.

    ``blocking`` is True for the ID number (the same person cannot be registered twice);
    otherwise the user may confirm and save anyway.
    """

    def __init__(self, message: str, matches: Sequence[DuplicateMatch], blocking: bool) -> None:
        self.matches = tuple(matches)
        self.blocking = blocking
        super().__init__(message, name=matches[0].name if matches else "")


def format_address(estate: str, building: str, unit: str, room: str) -> str:
    parts = [p for p in (building, unit, room) if p]
    return f"{estate} {'-'.join(parts)}".strip()


def age_on(birth: date | None, today: date) -> int | None:
    if birth is None:
        return None
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def _clean(text: str) -> str:
    """Runs of white space as one space, none at the ends."""
    return " ".join(text.split())


def validate(data: ResidentInput, today: date | None = None) -> ResidentInput:
    """Normalise and check every field; raise ValidationError naming the field.

    ``today`` saves asking the clock for every row of a big import.
    """
    today = today or clock.today()
    name = _clean(data.name)
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the resident's name."), field="name"
        )
    if len(name) > 40:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A name can have at most 40 characters."), field="name"
        )
    gender = data.gender.strip().upper()
    if gender not in ("", *GENDERS):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Gender must be male or female."), field="gender"
        )
    birth = data.birth_date
    if birth is not None and (birth > today or birth.year < 1900):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The birth date {value} is not possible."),
            field="birth_date",
            value=birth.isoformat(),
        )
    phone = check_phone(data.phone) if data.phone.strip() else ""
    id_number = ""
    if data.id_number.strip():
        checked = check_id_number(
            data.id_number,
            birth,
            "M" if gender == "M" else "F" if gender == "F" else None,
            today=today,
        )
        id_number = checked.value
        birth = birth or checked.birth_date
        gender = gender or checked.gender
    estate, building, unit, room = (
        _clean(data.estate),
        _clean(data.building),
        _clean(data.unit),
        _clean(data.room),
    )
    for key, value, limit in (
        ("estate", estate, 60), ("building", building, 20), ("unit", unit, 20), ("room", room, 20)
    ):  # fmt: skip
        if len(value) > limit:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This part of the address is too long."), field=key
            )
    notes = data.notes.strip()
    if len(notes) > NOTES_LIMIT:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The notes have {length} characters; at most {limit} fit (what a spreadsheet "
                "cell holds). Shorten them.",
            ),
            field="notes",
            length=len(notes),
            limit=NOTES_LIMIT,
        )
    if (name, gender, birth, phone, id_number, estate, building, unit, room, notes) == (
        data.name, data.gender, data.birth_date, data.phone, data.id_number, data.estate,
        data.building, data.unit, data.room, data.notes,
    ):  # fmt: skip
        return data  # already in the stored form (most rows of an import)
    return ResidentInput(
        name=name,
        gender=gender,
        birth_date=birth,
        phone=phone,
        id_number=id_number,
        estate=estate,
        building=building,
        unit=unit,
        room=room,
        grid_id=data.grid_id,
        tag_ids=data.tag_ids,
        notes=notes,
    )


def search_keys(
    name: str, phone: str, id_number: str, building: str, unit: str, room: str
) -> set[str]:
    """Every key a prefix search may hit for this resident."""
    keys = set(name_keys(name))
    if phone:
        # a whole mobile number is found through the phone column's index (text_match_ids)
        keys.add(phone_tail(phone))
        if "-" in phone:  # a landline, with or without its area code
            keys.add(re.sub(r"\D", "", phone))
            keys.add(re.sub(r"\D", "", phone.split("-", 1)[1]))
    if id_number:
        # the whole number is found through its unique index; its tails are keys
        lowered = id_number.lower()
        keys.update({lowered[-6:], lowered[-4:]})
    address = "-".join(p for p in (building, unit, room) if p)
    if address:
        keys.add(normalise_query(address))
    return _without_prefixes({k[:80] for k in keys if k})


def _without_prefixes(keys: set[str]) -> set[str]:
    """Drop a key that starts another key: a prefix search finds the longer one anyway
    (the initial "f" of 张三丰 is found through "feng"). Fewer rows, same answers."""
    ordered = sorted(keys)
    return {
        k
        for k, following in zip(ordered, [*ordered[1:], ""], strict=False)
        if not following.startswith(k)
    }


def key_range(query: str) -> tuple[str, str]:
    """The index range that holds every key starting with ``query``."""
    return query, query + "\U0010ffff"


def _address_query(text: str) -> str:
    # 3栋2单元301 and 3-2-301 both become 3-2-301
    return re.sub(r"[栋幢号单元室#\s/]+", "-", text).strip("-")


def _keys_for(data: ResidentInput) -> set[str]:
    return search_keys(data.name, data.phone, data.id_number, data.building, data.unit, data.room)


def key_list(keys: Iterable[str]) -> str:
    """``Resident.search_keys``: the keys, sorted, separated by spaces."""
    ordered = sorted(set(keys))
    if any(not k or k != "".join(k.split()) for k in ordered):
        raise ValueError(f"search keys cannot be empty or hold spaces: {ordered}")
    return " ".join(ordered)


def write_keys(s: Session, resident_id: uuid.UUID, before: str, after: str) -> None:
    """Replace the resident's rows in resident_keys listed in ``before`` (its row's
    ``search_keys`` until now) by those listed in ``after``: the gone ones are deleted, each
    through the primary key, the new ones inserted."""
    old, new = set(before.split()), set(after.split())
    if old - new:
        s.execute(
            delete(ResidentKey).where(
                ResidentKey.resident_id == resident_id, ResidentKey.key.in_(sorted(old - new))
            )
        )
    if new - old:
        s.execute(
            insert(ResidentKey), [{"key": k, "resident_id": resident_id} for k in sorted(new - old)]
        )


def _household_for(s: Session, data: ResidentInput) -> Household | None:
    if not (data.estate and data.building and data.room):
        return None
    household = s.execute(
        select(Household).where(
            Household.estate == data.estate,
            Household.building == data.building,
            Household.unit == data.unit,
            Household.room == data.room,
        )
    ).scalar_one_or_none()
    if household is None:
        household = Household(
            estate=data.estate,
            building=data.building,
            unit=data.unit,
            room=data.room,
            grid_id=data.grid_id,
        )
        s.add(household)
        s.flush()
    elif household.grid_id is None and data.grid_id is not None:
        household.grid_id = data.grid_id
    return household


def _match(r: Resident) -> DuplicateMatch:
    return DuplicateMatch(
        r.id, r.name, r.phone, format_address(r.estate, r.building, r.unit, r.room)
    )


def _check_duplicates(
    s: Session, data: ResidentInput, exclude: uuid.UUID | None, confirmed: bool
) -> None:
    if data.id_number:
        same_id = (
            s.execute(
                select(Resident).where(Resident.id_number == data.id_number, Resident.id != exclude)
            )
            .scalars()
            .all()
        )
        if same_id:
            raise PossibleDuplicate(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This ID number is already registered to {name}. Open that record instead.",
                ),
                [_match(r) for r in same_id],
                blocking=True,
            )
    if data.phone and not confirmed:
        same = (
            s.execute(
                select(Resident).where(
                    Resident.name == data.name,
                    Resident.phone == data.phone,
                    Resident.id != exclude,
                    Resident.archived.is_(False),
                )
            )
            .scalars()
            .all()
        )
        if same:
            raise PossibleDuplicate(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name} with this phone number is already registered. Save anyway?",
                ),
                [_match(r) for r in same],
                blocking=False,
            )


def _check_refs(s: Session, data: ResidentInput) -> None:
    if data.grid_id is not None and s.get(Grid, data.grid_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "No such grid."), field="grid")
    if data.tag_ids:
        found = s.execute(select(func.count()).where(Tag.id.in_(data.tag_ids))).scalar_one()
        if found != len(data.tag_ids):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "No such tag."), field="tags")


def _apply(s: Session, r: Resident, data: ResidentInput) -> None:
    household = _household_for(s, data)
    r.name = data.name
    r.sort_key = sort_key(data.name)
    r.gender = data.gender
    r.birth_date = data.birth_date
    r.phone = data.phone
    r.id_number = data.id_number or None
    r.estate, r.building, r.unit, r.room = data.estate, data.building, data.unit, data.room
    r.household_id = household.id if household else None
    r.grid_id = (
        data.grid_id if data.grid_id is not None else (household.grid_id if household else None)
    )
    r.notes = data.notes


def _set_tags(s: Session, resident_id: uuid.UUID, tag_ids: frozenset[uuid.UUID]) -> None:
    current = set(
        s.execute(
            select(ResidentTag.tag_id).where(ResidentTag.resident_id == resident_id)
        ).scalars()
    )
    for gone in current - tag_ids:
        s.delete(s.get(ResidentTag, (resident_id, gone)))
    for tag_id in tag_ids - current:
        s.add(ResidentTag(resident_id=resident_id, tag_id=tag_id))


def create_resident(
    store: Store, actor: Actor, data: ResidentInput, *, confirm_duplicate: bool = False
) -> ResidentDetail:
    actor.require(Permission.RESIDENTS_EDIT)
    data = validate(data)
    with store.write(actor) as s:
        _check_refs(s, data)
        _check_duplicates(s, data, None, confirm_duplicate)
        resident = Resident(search_keys=key_list(_keys_for(data)))
        _apply(s, resident, data)
        s.add(resident)
        s.flush()
        _set_tags(s, resident.id, data.tag_ids)
        write_keys(s, resident.id, "", resident.search_keys)
        s.flush()
        return _detail(s, actor, resident)


def update_resident(
    store: Store,
    actor: Actor,
    resident_id: uuid.UUID,
    data: ResidentInput,
    *,
    confirm_duplicate: bool = False,
) -> ResidentDetail:
    actor.require(Permission.RESIDENTS_EDIT)
    with store.write(actor) as s:
        resident = _get(s, resident_id)
        if data.id_number and "*" in data.id_number:
            # the form showed the masked number and nobody changed it
            data = replace(data, id_number=resident.id_number or "")
        data = validate(data)
        _check_refs(s, data)
        _check_duplicates(s, data, resident_id, confirm_duplicate)
        _apply(s, resident, data)
        _set_tags(s, resident.id, data.tag_ids)
        before, resident.search_keys = resident.search_keys, key_list(_keys_for(data))
        write_keys(s, resident.id, before, resident.search_keys)
        s.flush()
        return _detail(s, actor, resident)


def set_archived(
    store: Store, actor: Actor, resident_id: uuid.UUID, archived: bool
) -> ResidentDetail:
    """Residents are archived (moved away, passed away), never deleted."""
    actor.require(Permission.RESIDENTS_EDIT)
    with store.write(actor) as s:
        resident = _get(s, resident_id)
        resident.archived = archived
        s.flush()
        return _detail(s, actor, resident)


def get_resident(store: Store, actor: Actor, resident_id: uuid.UUID) -> ResidentDetail:
    actor.require(Permission.RESIDENTS_VIEW)
    with store.read() as s:
        return _detail(s, actor, _get(s, resident_id))


def _get(s: Session, resident_id: uuid.UUID) -> Resident:
    resident = s.get(Resident, resident_id)
    if resident is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such resident."))
    return resident


def _detail(s: Session, actor: Actor, r: Resident) -> ResidentDetail:
    grid = s.get(Grid, r.grid_id) if r.grid_id else None
    tags = s.execute(
        select(Tag.id, Tag.name)
        .join(ResidentTag, ResidentTag.tag_id == Tag.id)
        .where(ResidentTag.resident_id == r.id)
        .order_by(Tag.sort_order)
    ).all()
    members: tuple[tuple[uuid.UUID, str], ...] = ()
    if r.household_id:
        members = tuple(
            (row.id, row.name)
            for row in s.execute(
                select(Resident.id, Resident.name).where(
                    Resident.household_id == r.household_id,
                    Resident.id != r.id,
                    Resident.archived.is_(False),
                )
            )
        )
    full = actor.can(Permission.ID_NUMBER_FULL)
    number = r.id_number or ""
    masked = bool(number) and not full
    return ResidentDetail(
        id=r.id,
        name=r.name,
        gender=r.gender,
        birth_date=None if masked else r.birth_date,
        birth_year=r.birth_date.year if r.birth_date else None,
        phone=r.phone,
        id_number=mask_id_number(number) if masked else number,
        id_number_masked=masked,
        estate=r.estate,
        building=r.building,
        unit=r.unit,
        room=r.room,
        household_id=r.household_id,
        grid_id=r.grid_id,
        grid_name=grid.name if grid else "",
        grid_worker=grid.worker_name if grid else "",
        grid_worker_phone=grid.worker_phone if grid else "",
        tag_ids=frozenset(t.id for t in tags),
        tag_names=tuple(t.name for t in tags),
        notes=r.notes,
        archived=r.archived,
        household_members=members,
    )


# -- the list ------------------------------------------------------------------------------

_LIST_COLUMNS = (
    Resident.id,
    Resident.name,
    Resident.gender,
    Resident.birth_date,
    Resident.phone,
    Resident.id_number,
    Resident.estate,
    Resident.building,
    Resident.unit,
    Resident.room,
    Grid.name.label("grid_name"),
    Resident.archived,
)


# -- the list and its search ----------------------------------------------------------------
#
# One description of a filter serves every reader: the residents list, the card printing
# page and the export (through filter_residents / count_query / page_query), and the search
# box's hot path, which on SQLite runs the same statement compiled once per *shape* of filter
# (which filters are set, which kind of text) straight on the driver. Building a SQLAlchemy
# statement, its cache key and its result rows costs about a millisecond a call, many times
# what SQLite needs for an indexed search. Tests check both paths give the same answers.


@dataclass(frozen=True)
class _Shape:
    variants: int  # 0: no text; else how many key ranges
    long_number: bool
    grid: bool
    estate: bool
    tag: bool
    include_archived: bool


def _shape_and_values(f: ResidentFilter) -> tuple[_Shape, dict[str, Any]]:
    values: dict[str, Any] = {}
    query = normalise_query(f.text)
    variants: list[str] = []
    if query:
        variants = [query]
        address = normalise_query(_address_query(f.text))
        if address and address != query and any(ch.isdigit() for ch in address):
            variants.append(address)
    for i, v in enumerate(variants):
        values[f"lo{i}"], values[f"hi{i}"] = key_range(v)
    long_number = bool(query) and bool(_LONG_NUMBER.match(query))
    if long_number:
        values["nlo"], values["nhi"] = key_range(query.upper())
    if f.grid_id is not None:
        values["grid"] = f.grid_id
    if f.estate:
        values["estate"] = f.estate
    if f.tag_id is not None:
        values["tag"] = f.tag_id
    shape = _Shape(
        len(variants),
        long_number,
        f.grid_id is not None,
        bool(f.estate),
        f.tag_id is not None,
        f.include_archived,
    )
    return shape, values


def _conditions(shape: _Shape, values: dict[str, Any] | None) -> list[Any]:
    """The WHERE terms for a shape; bound to ``values``, or left open to compile once.

    A text search first takes at most SEARCH_LIMIT + 1 ids from the key index, so its cost is
    bounded whatever the file's size; the filter columns are then wrapped in coalesce() so no
    index on them is usable and the planner reads those few ids by primary key instead of
    scanning an estate, a grid or the unarchived index (tests/residents/test_records.py checks the plan).
    """

    def param(name: str, type_: Any) -> Any:
        if values is None:
            return bindparam(name, type_=type_)
        return bindparam(name, values[name], type_=type_)

    def col(column: Any) -> Any:
        return func.coalesce(column, column) if shape.variants else column

    conditions: list[Any] = []
    if not shape.include_archived:
        conditions.append(col(Resident.archived).is_(False))
    if shape.grid:
        conditions.append(col(Resident.grid_id) == param("grid", Resident.grid_id.type))
    if shape.estate:
        conditions.append(col(Resident.estate) == param("estate", String))
    if shape.tag:
        tagged = select(ResidentTag.resident_id).where(
            ResidentTag.tag_id == param("tag", ResidentTag.tag_id.type)
        )
        conditions.append(Resident.id.in_(tagged))
    if shape.variants:
        ranges = [
            and_(
                ResidentKey.key >= param(f"lo{i}", String),
                ResidentKey.key < param(f"hi{i}", String),
            )
            for i in range(shape.variants)
        ]
        by_key = select(ResidentKey.resident_id.label("id")).where(or_(*ranges))
        if shape.long_number:
            # a whole mobile or ID number is looked up in its own indexed column, not as a key
            lo, hi = param("nlo", String), param("nhi", String)
            by_column = select(Resident.id.label("id")).where(
                or_(
                    and_(Resident.phone >= lo, Resident.phone < hi),
                    and_(Resident.id_number >= lo, Resident.id_number < hi),
                )
            )
            both = union(by_key, by_column).subquery()
            ids: Select[Any] = select(both.c.id).limit(SEARCH_LIMIT + 1)
        else:
            ids = by_key.distinct().limit(SEARCH_LIMIT + 1)
        conditions.append(Resident.id.in_(ids))
    return conditions


def filter_residents(stmt: Select[Any], f: ResidentFilter) -> Select[Any]:
    """``stmt`` (over residents) narrowed to what the filter, text search included, selects."""
    shape, values = _shape_and_values(f)
    conditions = _conditions(shape, values)
    return stmt.where(and_(*conditions)) if conditions else stmt


def _list_statement() -> Select[Any]:
    return select(*_LIST_COLUMNS).outerjoin(Grid, Grid.id == Resident.grid_id)


def count_query(f: ResidentFilter) -> Select[Any]:
    """How many rows the list shows. A text search looks at no more than SEARCH_LIMIT + 1."""
    return filter_residents(select(func.count()).select_from(Resident), f)


def page_query(f: ResidentFilter, offset: int, limit: int) -> Select[Any]:
    """One page of the list, ordered by pinyin."""
    return (
        filter_residents(_list_statement(), f)
        .order_by(Resident.sort_key, Resident.id)
        .offset(offset)
        .limit(limit)
    )


@functools.lru_cache(maxsize=128)
def _compiled(shape: _Shape, count: bool, compiler: Any) -> tuple[str, dict[str, Any]]:
    """A shape's SQL for a plain reader's compiler, and the values it fixes itself (such as
    the search cap)."""
    stmt = select(func.count()).select_from(Resident) if count else _list_statement()
    conditions = _conditions(shape, None)
    if conditions:
        stmt = stmt.where(and_(*conditions))
    if not count:
        stmt = (
            stmt.order_by(Resident.sort_key, Resident.id)
            .limit(bindparam("limit", type_=Integer))
            .offset(bindparam("offset", type_=Integer))
        )
    return plain_sql(stmt, compiler)


@functools.lru_cache(maxsize=64)
def _filter_shape(f: ResidentFilter) -> tuple[_Shape, dict[str, Any]]:
    """A filter's shape and values, kept for the last few filters: each keystroke asks for the
    count and the first page of one filter, and scrolling asks for more pages of it. Callers
    copy the values, never change them."""
    return _shape_and_values(f)


def _plain_query(
    f: ResidentFilter, count: bool, kind: type[PlainReader]
) -> tuple[str, dict[str, Any]]:
    """The SQL and driver values for a filter (without the page's offset and limit)."""
    shape, values = _filter_shape(f)
    sql, fixed = _compiled(shape, count, kind.compiler)
    return sql, {**fixed, **kind.values(values)}


def page_sql(
    f: ResidentFilter, offset: int, limit: int, kind: type[PlainReader] = FileReader
) -> tuple[str, dict[str, Any]]:
    """The SQL and values list_residents runs on a plain reader of this kind (the benchmark's
    raw baselines run it too).

    A text search reads all its hits, at most SEARCH_LIMIT + 1, whatever the page: they are
    ranked by how well the name fits before the page is cut (list_residents)."""
    if normalise_query(f.text):
        offset, limit = 0, SEARCH_LIMIT + 1
    sql, values = _plain_query(f, False, kind)
    return sql, {**values, "offset": offset, "limit": limit}


def count_residents(store: Store, actor: Actor, f: ResidentFilter) -> int:
    actor.require(Permission.RESIDENTS_VIEW)
    reader = store.plain_reader()
    if reader is None:
        with store.read() as s:
            return s.execute(count_query(f)).scalar_one()
    sql, values = _plain_query(f, True, type(reader))
    return int(reader.rows(sql, values)[0][0])


def list_residents(
    store: Store, actor: Actor, f: ResidentFilter, offset: int, limit: int
) -> list[ResidentRow]:
    """One page of the list: ordered by pinyin, a text search by how well the name fits
    (match_rank: 张伟 first for zw, then 张文伟, then 李张伟), then by pinyin.

    A text search finds at most SEARCH_LIMIT + 1 people, so all of them are read and ranked
    and the page is cut from that order."""
    actor.require(Permission.RESIDENTS_VIEW)
    query = normalise_query(f.text)
    return _rows(store, actor, f, offset, limit, query)


def _rows(
    store: Store, actor: Actor, f: ResidentFilter, offset: int, limit: int, query: str
) -> list[ResidentRow]:
    full = actor.can(Permission.ID_NUMBER_FULL)
    reader = store.plain_reader()
    # a text search reads every hit (page_sql): ranked as plain rows, only the page is built
    first, size = (0, SEARCH_LIMIT + 1) if query else (offset, limit)
    if reader is None:
        with store.read() as s:
            rows: list[Any] = [tuple(r) for r in s.execute(page_query(f, first, size))]
        to_uuid: Any = lambda v: v  # noqa: E731 - already converted by SQLAlchemy
        to_date: Any = lambda v: v  # noqa: E731
    else:
        sql, values = page_sql(f, first, size, type(reader))
        rows = reader.rows(sql, values)
        to_uuid, to_date = reader.uuid, reader.day
    if query:
        rows.sort(key=lambda row: match_rank(row[1], query))  # stable: pinyin order within
        rows = rows[offset : offset + limit]
    return [
        ResidentRow(
            to_uuid(rid),
            name,
            gender,
            to_date(birth) if birth else None,
            phone,
            (number or "") if full or not number else mask_id_number(number),
            format_address(estate, building, unit, room),
            grid_name or "",
            bool(archived),
        )
        for rid, name, gender, birth, phone, number, estate, building, unit, room, grid_name, archived in rows
    ]


def estates(store: Store, actor: Actor) -> list[str]:
    actor.require(Permission.RESIDENTS_VIEW)
    with store.read() as s:
        return list(
            s.execute(select(Household.estate).distinct().order_by(Household.estate)).scalars()
        )


def count_all(store: Store, actor: Actor) -> int:
    """Residents registered (a number on the home page)."""
    return count_residents(store, actor, ResidentFilter())


def count_with_care_tags(store: Store, actor: Actor) -> int:
    """Residents under each care tag, added up (a number on the home page)."""
    return sum(
        count_residents(store, actor, ResidentFilter(tag_id=tag.id))
        for tag in list_tags(store, actor)
        if tag.care
    )
