"""Importing residents: every row checked, then the plan written in bulk, all or nothing.

An import is three calls, so that the window can show a mapping step between them and run the
slow ones on a worker thread:

``gridesk.exchange.residents_io.read_table(path)``
    the file as text cells (a :class:`RawTable`), with the row numbers Excel shows;
``plan_import(store, actor, table, mapping)``
    checks every row (through :func:`gridesk.core.residents.records.validate`) and collects
    every error as (row, column, value, reason); nothing is written;
``apply_import(store, actor, plan)``
    writes a plan without errors in one transaction, all or nothing (DESIGN.md, invariant 5).

Writing uses bulk inserts handed to the driver in chunks, not ORM objects: 200,000 residents
with their search keys must go in within the 30 s budget.
"""

from __future__ import annotations

import contextlib
import re
import uuid
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import (
    Index,
    Table,
    bindparam,
    delete,
    func,
    inspect,
    select,
    update,
)
from sqlalchemy.orm import Session

from gridesk import clock
from gridesk.clock import utcnow
from gridesk.core.actor import Actor, Permission
from gridesk.core.bulk import BulkInsert, BulkWriter
from gridesk.core.models import (
    Grid,
    Household,
    Resident,
    ResidentKey,
    ResidentTag,
    Tag,
    new_id,
    new_id_hex,
)
from gridesk.core.residents.keys import sort_key
from gridesk.core.residents.labels import GENDER as GENDER_LABELS
from gridesk.core.residents.records import NOTES_LIMIT, ResidentInput, search_keys, validate
from gridesk.core.store import Store
from gridesk.errors import QT_TRANSLATE_NOOP, GrideskError, ValidationError

__all__ = [
    "ADDRESS",
    "COLUMNS",
    "MAX_CELL_CHARS",
    "MAX_ROWS",
    "TEMPLATE",
    "ErrorGroup",
    "ImportCancelled",
    "ImportPlan",
    "ImportProblem",
    "ImportResult",
    "PlannedResident",
    "RawTable",
    "RowError",
    "apply_import",
    "plan_import",
    "summarise_errors",
]

# -- the template's columns ------------------------------------------------------------------

TEMPLATE: tuple[str, ...] = (
    "姓名", "性别", "出生日期", "手机号", "身份证号", "小区", "楼栋", "单元", "房号", "网格", "标签", "备注",
)  # fmt: skip
(NAME, GENDER, BIRTH_DATE, PHONE, ID_NUMBER, ESTATE, BUILDING, UNIT, ROOM, GRID, TAGS, NOTES) = (
    TEMPLATE
)
# Not in the template: a whole address in one cell (幸福小区3栋2单元301), split on import into
# the address columns that the file does not have.
ADDRESS = "地址"
COLUMNS: tuple[str, ...] = (*TEMPLATE, ADDRESS)

GENDER_WORDS: Mapping[str, str] = {
    word: code
    for code, label in GENDER_LABELS.items()
    for word in (code, label.zh, f"{label.zh}性", label.text.upper())
}
"""What an imported gender cell may say (upper-cased): 男 / 男性 / M / MALE and the same for 女."""
TAG_SEPARATORS = re.compile(r"[、,，;；]")

# validate() names the field it refuses; the error list names the column.
_FIELD_COLUMN: Mapping[str, str] = {
    "name": NAME,
    "gender": GENDER,
    "birth_date": BIRTH_DATE,
    "phone": PHONE,
    "id_number": ID_NUMBER,
    "estate": ESTATE,
    "building": BUILDING,
    "unit": UNIT,
    "room": ROOM,
    "grid": GRID,
    "tags": TAGS,
    "notes": NOTES,
}
# After validate() refuses a field, it is checked again with that field set aside, so that a
# row with two mistakes shows both.
_SET_ASIDE: Mapping[str, Mapping[str, Any]] = {
    "name": {"name": "?"},
    "gender": {"gender": ""},
    "birth_date": {"birth_date": None},
    "phone": {"phone": ""},
    "id_number": {"id_number": ""},
    "estate": {"estate": ""},
    "building": {"building": ""},
    "unit": {"unit": ""},
    "room": {"room": ""},
}

_COLUMN_ORDER = {column: i for i, column in enumerate(COLUMNS)}

# What an import may hold (the file's own limits are in exchange.residents_io).
MAX_ROWS = 500_000  # rows of residents in one file (the budget is 200,000 in 30 s)
MAX_CELL_CHARS = NOTES_LIMIT  # Excel's limit for a cell: what is imported can be exported again
SHOWN_CHARS = 60  # of a value, in an error line
# Control characters a cell may not hold: invisible, and XML (so .xlsx) cannot carry most of
# them. Tab, line feed and carriage return are ordinary text (a 备注 of several lines).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")

PLAN_CHUNK = 2000  # rows checked between progress reports and cancel checks
WRITE_CHUNK = 5000  # residents per bulk insert
IN_CHUNK = 500  # values in one IN (...) list
IMPORT_CACHE_KIB = 256 * 1024  # SQLite page cache while importing: the key index grows fast
REBUILD_MIN_ROWS = 20_000  # new residents from which a big import rebuilds the indexes

_SCIENTIFIC = re.compile(r"[0-9](?:\.[0-9]+)?[eE]\+?[0-9]+")
_DATE = re.compile(
    r"([0-9]{4})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})\s*日?(?:[ T]0{1,2}:00(?::00(?:\.0+)?)?)?"
)
_DATE_DIGITS = re.compile(r"[0-9]{8}")
_ADDRESS = re.compile(
    r"(?P<estate>.*?)\s*(?P<building>[0-9A-Za-z]+)\s*(?:号楼|栋|幢|楼|号|#|-)\s*"
    r"(?:(?P<unit>[0-9A-Za-z]+)\s*(?:单元|-)\s*)?(?P<room>[0-9A-Za-z]+)\s*(?:室|号)?"
)

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
Translate = Callable[[str], str]


class ImportProblem(GrideskError):
    """The file cannot be read or imported as a whole (wrong type, empty, damaged ...)."""


class ImportCancelled(GrideskError):
    """The user cancelled an import or export; nothing was written."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "Cancelled. Nothing was saved."))


@dataclass(frozen=True)
class RawTable:
    """A spreadsheet's first sheet as text: headings, and the rows below them that hold something.

    ``row_numbers[i]`` is the number Excel shows for ``rows[i]``. Wholly empty rows are left
    out and counted in ``blank_rows``. ``imprecise`` holds (row number, column index) of
    numbers too long for Excel to keep every digit (an ID number typed into a number cell).
    """

    file_name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]
    header_row: int = 1
    blank_rows: int = 0
    imprecise: frozenset[tuple[int, int]] = frozenset()


# -- checking every row ----------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    """One mistake in the file: the row as Excel numbers it, the file's heading, the value.

    ``message`` is English source text in the ``"errors"`` translation context, with
    ``params`` to fill in; ``reason`` is it filled in, untranslated.
    """

    row: int
    column: str
    value: str
    message: str
    params: tuple[tuple[str, Any], ...] = ()
    field: str = ""  # the template column

    def __post_init__(self) -> None:
        # An error line shows a value, never a whole 备注 of millions of characters.
        object.__setattr__(self, "value", shown(self.value))
        object.__setattr__(self, "column", shown(self.column))

    @property
    def reason(self) -> str:
        return self.render()

    def render(self, translate: Translate | None = None) -> str:
        return _filled(self.message, self.params, translate)


def _filled(message: str, params: tuple[tuple[str, Any], ...], translate: Translate | None) -> str:
    text = translate(message) if translate is not None else message
    try:
        return text.format(**dict(params))
    except (KeyError, IndexError, ValueError):
        return text


SHOWN_ROWS = 5  # row numbers a summarised error lists before "… (120 rows)"


@dataclass(frozen=True)
class ErrorGroup:
    """Errors of one kind (the same column, reason and parameters) on several rows, shown once.

    ``value`` is the value when every row has the same one (a grid name), else the first
    followed by "…".
    """

    rows: tuple[int, ...]
    column: str
    value: str
    message: str
    params: tuple[tuple[str, Any], ...] = ()
    field: str = ""

    def render(self, translate: Translate | None = None) -> str:
        """The reason, in the language of ``translate`` (English source text without it)."""
        return _filled(self.message, self.params, translate)

    def rows_text(self, translate: Translate | None = None) -> str:
        """``7``; ``2, 5, 9``; ``2, 5, 9, 11, 14 … (120 rows)``."""
        listed = ", ".join(map(str, self.rows[:SHOWN_ROWS]))
        if len(self.rows) <= SHOWN_ROWS:
            return listed
        template = QT_TRANSLATE_NOOP("errors", "{rows} … ({count} rows)")
        text = translate(template) if translate is not None else template
        return text.format(rows=listed, count=len(self.rows))

    def where(self, translate: Translate | None = None) -> str:
        """``row 7`` or ``rows 2, 5, 9 … (120 rows)``."""
        template = (
            QT_TRANSLATE_NOOP("errors", "row {rows}")
            if len(self.rows) == 1
            else QT_TRANSLATE_NOOP("errors", "rows {rows}")
        )
        text = translate(template) if translate is not None else template
        return text.format(rows=self.rows_text(translate))


def summarise_errors(errors: Iterable[RowError]) -> list[ErrorGroup]:
    """Errors of one kind said once with their rows, in the order they first occur.

    1,000 rows naming a grid that does not exist are one line: “There is no grid named
    第五网格 …”, rows 2, 5, 9, 11, 14 … (1,000 rows). Both the command line and the import
    window show errors this way; the saved error list keeps one line per row.
    """
    groups: dict[tuple[Any, ...], tuple[list[int], list[str], RowError]] = {}
    for e in errors:
        key = (e.field, e.column, e.message, e.params)
        found = groups.get(key)
        if found is None:
            groups[key] = ([e.row], [e.value], e)
        else:
            found[0].append(e.row)
            if e.value != found[1][0] and len(found[1]) == 1:
                found[1].append(e.value)
    return [
        ErrorGroup(
            tuple(rows),
            first.column,
            values[0] if len(values) == 1 else values[0] + " …",
            first.message,
            first.params,
            first.field,
        )
        for rows, values, first in groups.values()
    ]


@dataclass(frozen=True, slots=True)
class PlannedResident:
    """A checked row: the resident it makes, or updates when ``existing_id`` is set."""

    row: int
    data: ResidentInput
    existing_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do. Only a plan without errors can be applied."""

    file_name: str
    residents: tuple[PlannedResident, ...]
    errors: tuple[RowError, ...]
    rows_checked: int
    skipped_blank: int
    update_existing: bool
    replace_tags: bool  # the file has a 标签 column: updated residents get the file's tags
    new_grids: tuple[tuple[str, uuid.UUID], ...] = ()
    new_tags: tuple[tuple[str, uuid.UUID], ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def to_create(self) -> int:
        return sum(1 for r in self.residents if r.existing_id is None)

    @property
    def to_update(self) -> int:
        return sum(1 for r in self.residents if r.existing_id is not None)


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    skipped_blank: int


@dataclass
class _Catalogue:
    """Grid or tag names to ids; names the file uses that do not exist yet, if they may be made."""

    known: dict[str, tuple[uuid.UUID, bool]]  # name -> (id, archived)
    create_missing: bool
    max_length: int
    made: dict[str, uuid.UUID] = field(default_factory=dict)

    def find(self, name: str) -> tuple[uuid.UUID | None, str, dict[str, Any]]:
        """The id, or None with an error message and its parameters."""
        found = self.known.get(name)
        if found is not None:
            ident, archived = found
            if not archived:
                return ident, "", {}
        if not self.create_missing:
            return None, "", {}
        if len(name) > self.max_length:
            return (
                None,
                QT_TRANSLATE_NOOP("errors", "A name can have at most {n} characters."),
                {"n": self.max_length},
            )
        if found is not None:  # archived: it cannot be made again under the same name
            return None, "", {}
        made = self.made.get(name)
        if made is None:
            made = self.made[name] = new_id()
        return made, "", {}


class _RowChecker:
    def __init__(
        self,
        table: RawTable,
        mapping: Mapping[str, int | None],
        grids: _Catalogue,
        tags: _Catalogue,
    ) -> None:
        self.table = table
        self.index = {c: mapping.get(c) for c in COLUMNS}
        self.mapped = [i for i in self.index.values() if i is not None]
        # A row as long as the headings (the usual case) has every mapped cell: taken at once.
        pairs = [(c, i) for c, i in self.index.items() if i is not None]
        self.width = max(self.mapped, default=-1) + 1
        self.mapped_columns = [c for c, _ in pairs]
        self.fetch = itemgetter(*(i for _, i in pairs), 0)  # a tuple even for one column
        self.blank = dict.fromkeys(COLUMNS, "")
        self.heading = {
            c: (
                table.headers[i]
                if i is not None and i < len(table.headers) and table.headers[i]
                else c
            )
            for c, i in self.index.items()
        }
        self.grids = grids
        self.tags = tags
        self.errors: list[RowError] = []
        self.today = clock.today()

    def error(self, at: int, column: str, value: str, message: str, **params: Any) -> None:
        self.errors.append(
            RowError(at, self.heading[column], value, message, tuple(params.items()), column)
        )

    def check(self, row: int, cells: Sequence[str]) -> ResidentInput | None:
        """The row as a validated ResidentInput; None (and errors recorded) if it has a mistake."""
        size = len(cells)
        if size >= self.width:
            text = self.blank | dict(zip(self.mapped_columns, self.fetch(cells), strict=False))
        else:
            text = {
                c: (cells[i] if i is not None and i < size else "") for c, i in self.index.items()
            }
        before = len(self.errors)
        together = "".join(text.values())
        if len(together) > MAX_CELL_CHARS or _CONTROL.search(together):
            self._unusable_cells(row, text)
            if len(self.errors) != before:
                return None

        gender = ""
        if text[GENDER]:
            gender = GENDER_WORDS.get(text[GENDER].upper(), "")
            if not gender:
                self.error(
                    row, GENDER, text[GENDER],
                    QT_TRANSLATE_NOOP("errors", "Write the gender as 男 or 女 (or M or F)."),
                )  # fmt: skip
        birth = None
        if text[BIRTH_DATE]:
            birth = _parse_date(text[BIRTH_DATE])
            if birth is None:
                self.error(
                    row, BIRTH_DATE, text[BIRTH_DATE],
                    QT_TRANSLATE_NOOP(
                        "errors", "This is not a date. Write dates like 1950-03-01 or 1950/3/1."
                    ),
                )  # fmt: skip
        id_number = text[ID_NUMBER]
        if id_number:
            id_number = self._id_number(row, id_number)
        phone = text[PHONE]
        if phone and _SCIENTIFIC.fullmatch(phone):
            self.error(
                row, PHONE, phone,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Excel has turned this phone number into a number in scientific notation. "
                    "Format the column as text, type the number again and import again.",
                ),
            )  # fmt: skip
            phone = ""
        elif phone:
            phone = _unquote_number(phone)
        grid_id = self._grid(row, text[GRID]) if text[GRID] else None
        tag_ids = self._tags(row, text[TAGS]) if text[TAGS] else frozenset()
        estate, building, unit, room = text[ESTATE], text[BUILDING], text[UNIT], text[ROOM]
        if text[ADDRESS]:
            parts = _split_address(text[ADDRESS])
            estate = estate or parts[0]
            building = building or parts[1]
            unit = unit or parts[2]
            room = room or parts[3]
        data = ResidentInput(
            name=text[NAME],
            gender=gender,
            birth_date=birth,
            phone=phone,
            id_number=id_number,
            estate=estate,
            building=building,
            unit=unit,
            room=room,
            grid_id=grid_id,
            tag_ids=tag_ids,
            notes=text[NOTES],
        )
        checked = self.validated(row, data, text)
        return checked if len(self.errors) == before else None

    def _unusable_cells(self, row: int, text: Mapping[str, str]) -> None:
        for column, value in text.items():
            if len(value) > MAX_CELL_CHARS:
                self.error(
                    row, column, value,
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This cell holds {length} characters; a cell can hold at most {limit}.",
                    ),
                    length=len(value), limit=MAX_CELL_CHARS,
                )  # fmt: skip
            elif found := _CONTROL.search(value):
                self.error(
                    row, column, value,
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This cell holds an invisible control character ({char}) at character "
                        "{position}. Type the cell again and import again.",
                    ),
                    char=f"U+{ord(found.group()):04X}", position=found.start() + 1,
                )  # fmt: skip

    def validated(
        self, row: int, data: ResidentInput, text: Mapping[str, str]
    ) -> ResidentInput | None:
        """records.validate(), once more for each field it refuses, to report them all."""
        for _ in range(len(_SET_ASIDE) + 1):
            try:
                return validate(data, self.today)
            except ValidationError as exc:
                column = _FIELD_COLUMN.get(exc.field or "", NAME)
                if column in (ESTATE, BUILDING, UNIT, ROOM) and self.index[column] is None:
                    column = ADDRESS if self.index[ADDRESS] is not None else column
                self.errors.append(
                    RowError(
                        row,
                        self.heading[column],
                        text.get(column, ""),
                        exc.message,
                        tuple(exc.params.items()),
                        column,
                    )
                )
                aside = _SET_ASIDE.get(exc.field or "")
                if aside is None:
                    return None
                data = replace(data, **aside)
        return None

    def _id_number(self, row: int, value: str) -> str:
        column = self.index[ID_NUMBER]
        if (row, column) in self.table.imprecise or _SCIENTIFIC.fullmatch(value):
            self.error(
                row, ID_NUMBER, value,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Excel has stored this ID number as a number and lost its last digits. "
                    "Format the column as text, type the number again and import again.",
                ),
            )  # fmt: skip
            return ""
        if "*" in value:
            self.error(
                row, ID_NUMBER, value,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This ID number is masked with *. Import a file with whole ID numbers (an "
                    "administrator's export), or leave the cell empty.",
                ),
            )  # fmt: skip
            return ""
        return _unquote_number(value)

    def _grid(self, row: int, name: str) -> uuid.UUID | None:
        ident, message, params = self.grids.find(name)
        if ident is None:
            if not message:
                archived = name in self.grids.known
                message = (
                    QT_TRANSLATE_NOOP("errors", "The grid “{name}” is archived.")
                    if archived
                    else QT_TRANSLATE_NOOP(
                        "errors",
                        "There is no grid named “{name}”. Correct the name, or ask an "
                        "administrator to add the grid first.",
                    )
                )
                params = {"name": name}
            self.error(row, GRID, name, message, **params)
        return ident

    def _tags(self, row: int, text: str) -> frozenset[uuid.UUID]:
        found: set[uuid.UUID] = set()
        for part in TAG_SEPARATORS.split(text):
            name = part.strip()
            if not name:
                continue
            ident, message, params = self.tags.find(name)
            if ident is None:
                if not message:
                    archived = name in self.tags.known
                    message = (
                        QT_TRANSLATE_NOOP("errors", "The tag “{name}” is archived.")
                        if archived
                        else QT_TRANSLATE_NOOP(
                            "errors",
                            "There is no tag named “{name}”. Correct the name, or ask an "
                            "administrator to add the tag first.",
                        )
                    )
                    params = {"name": name}
                self.error(row, TAGS, text, message, **params)
            else:
                found.add(ident)
        return frozenset(found)


def shown(value: str) -> str:
    """A value as an error line shows it: cut to SHOWN_CHARS, control characters made
    visible as <U+0001>."""
    cut = value[:SHOWN_CHARS]
    if _CONTROL.search(cut):
        cut = _CONTROL.sub(lambda m: f"<U+{ord(m.group()):04X}>", cut)
    return cut + ("…" if len(value) > SHOWN_CHARS else "")


def _parse_date(text: str) -> date | None:
    match = _DATE.fullmatch(text)
    if match:
        year, month, day = match.groups()
    elif _DATE_DIGITS.fullmatch(text):
        year, month, day = text[:4], text[4:6], text[6:]
    else:
        return None
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def _unquote_number(text: str) -> str:
    """Ways people keep Excel from treating a number as a number: '3701..., ="3701...", a tab."""
    if text.startswith("'"):
        text = text[1:]
    if text.startswith('="') and text.endswith('"'):
        text = text[2:-1]
    return text.strip()


def _split_address(text: str) -> tuple[str, str, str, str]:
    """幸福小区3栋2单元301室 → (幸福小区, 3, 2, 301); what does not fit is the estate."""
    match = _ADDRESS.fullmatch(text.strip())
    if not match:
        return text.strip(), "", "", ""
    return (
        match["estate"].strip(),
        match["building"],
        match["unit"] or "",
        match["room"],
    )


def plan_import(
    store: Store,
    actor: Actor,
    table: RawTable,
    mapping: Mapping[str, int | None],
    *,
    update_existing: bool = False,
    create_missing: bool = False,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> ImportPlan:
    """Check every row of ``table``; nothing is written.

    ``mapping`` gives, for each column of :data:`COLUMNS`, the index of the file's column that
    holds it (see :func:`guess_mapping`); 姓名 is required. Rows whose mapped cells are all
    empty are skipped. An ID number already registered is an error unless ``update_existing``:
    then that resident is updated, and columns the file does not have keep their values.
    Grids and tags are given by name and must exist, unless ``create_missing`` (which needs
    the right to manage catalogues).
    """
    actor.require(Permission.RESIDENTS_IMPORT)
    _check_mapping(table, mapping)
    total = len(table.rows)
    if progress is not None:
        progress(0, total)
    with store.read() as s:
        grids = _Catalogue(_names(s, Grid), create_missing, 60)
        tags = _Catalogue(_names(s, Tag), create_missing, 30)
    checker = _RowChecker(table, mapping, grids, tags)
    planned: list[PlannedResident] = []
    blank = table.blank_rows
    mapped = checker.mapped
    first_row_of: dict[str, int] = {}
    for start in range(0, total, PLAN_CHUNK):
        if cancel is not None and cancel():
            raise ImportCancelled()
        stop = min(total, start + PLAN_CHUNK)
        for number, cells in zip(
            table.row_numbers[start:stop], table.rows[start:stop], strict=True
        ):
            size = len(cells)
            if not any(cells[i] for i in mapped if i < size):
                blank += 1
                continue
            data = checker.check(number, cells)
            if data is None:
                continue
            if data.id_number:
                first = first_row_of.setdefault(data.id_number, number)
                if first != number:
                    checker.error(
                        number, ID_NUMBER, data.id_number,
                        QT_TRANSLATE_NOOP(
                            "errors", "The same ID number is also on row {row} of this file."
                        ),
                        row=first,
                    )  # fmt: skip
                    continue
            planned.append(PlannedResident(number, data))
        if progress is not None:
            progress(stop, total)
    if (grids.made or tags.made) and create_missing:
        actor.require(Permission.CATALOGUE_MANAGE)

    with store.read() as s:
        registered = _registered(s, [p.data.id_number for p in planned if p.data.id_number])
    if registered:
        planned = _match_registered(checker, planned, registered, update_existing)

    if not planned and not checker.errors:
        raise ImportProblem(
            QT_TRANSLATE_NOOP(
                "errors", "{file} has no residents below its headings: every row is empty."
            ),
            file=table.file_name,
        )
    errors = tuple(sorted(checker.errors, key=lambda e: (e.row, _COLUMN_ORDER.get(e.field, 99))))
    return ImportPlan(
        file_name=table.file_name,
        residents=() if errors else tuple(planned),
        errors=errors,
        rows_checked=total - (blank - table.blank_rows),
        skipped_blank=blank,
        update_existing=update_existing,
        replace_tags=mapping.get(TAGS) is not None,
        new_grids=tuple(grids.made.items()),
        new_tags=tuple(tags.made.items()),
    )


def _check_mapping(table: RawTable, mapping: Mapping[str, int | None]) -> None:
    if mapping.get(NAME) is None:
        raise ImportProblem(
            QT_TRANSLATE_NOOP(
                "errors", "Choose the column of the file that holds {column}: it is required."
            ),
            column=NAME,
        )
    for column, index in mapping.items():
        if column not in COLUMNS:
            raise ImportProblem(
                QT_TRANSLATE_NOOP("errors", "{column} is not a column of the template."),
                column=column,
            )
        if index is not None and index < 0:
            raise ImportProblem(
                QT_TRANSLATE_NOOP("errors", "The file has no column {index} for {column}."),
                index=index + 1,
                column=column,
            )


def _names(s: Session, model: type[Grid] | type[Tag]) -> dict[str, tuple[uuid.UUID, bool]]:
    return {name: (ident, archived) for name, ident, archived in s.execute(
        select(model.name, model.id, model.archived)
    )}  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Registered:
    """A resident already registered under an ID number in the file."""

    id: uuid.UUID
    name: str
    gender: str
    birth_date: date | None
    phone: str
    estate: str
    building: str
    unit: str
    room: str
    grid_id: uuid.UUID | None
    notes: str


_REGISTERED_COLUMNS = (
    Resident.id_number, Resident.id, Resident.name, Resident.gender, Resident.birth_date,
    Resident.phone, Resident.estate, Resident.building, Resident.unit, Resident.room,
    Resident.grid_id, Resident.notes,
)  # fmt: skip


def _registered(s: Session, numbers: Collection[str]) -> dict[str, _Registered]:
    """Residents already registered under these ID numbers."""
    if not numbers:
        return {}
    stmt = select(*_REGISTERED_COLUMNS)
    on_file = s.execute(
        select(func.count()).select_from(Resident).where(Resident.id_number.is_not(None))
    ).scalar_one()
    if on_file == 0:
        return {}
    wanted = set(numbers)
    found: dict[str, _Registered] = {}
    if on_file <= 2 * len(wanted):  # cheaper to read them all than to ask in pieces
        batches: Iterable[Any] = [s.execute(stmt.where(Resident.id_number.is_not(None)))]
    else:
        ordered = sorted(wanted)
        batches = (
            s.execute(stmt.where(Resident.id_number.in_(ordered[i : i + IN_CHUNK])))
            for i in range(0, len(ordered), IN_CHUNK)
        )
    for result in batches:
        for number, *rest in result:
            if number in wanted:
                found[number] = _Registered(*rest)
    return found


def _match_registered(
    checker: _RowChecker,
    planned: list[PlannedResident],
    registered: Mapping[str, _Registered],
    update_existing: bool,
) -> list[PlannedResident]:
    kept: list[PlannedResident] = []
    index = checker.index
    for p in planned:
        found = registered.get(p.data.id_number) if p.data.id_number else None
        if found is None:
            kept.append(p)
            continue
        if not update_existing:
            checker.error(
                p.row, ID_NUMBER, p.data.id_number,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This ID number is already registered to {name}. Correct it, or choose to "
                    "update residents already registered.",
                ),
                name=found.name,
            )  # fmt: skip
            continue
        # Columns the file does not have keep the values on record.
        data = p.data
        keep: dict[str, Any] = {}
        if index[GENDER] is None:
            keep["gender"] = found.gender
        if index[BIRTH_DATE] is None:
            keep["birth_date"] = found.birth_date
        if index[PHONE] is None:
            keep["phone"] = found.phone
        if index[NOTES] is None:
            keep["notes"] = found.notes
        if index[GRID] is None:
            keep["grid_id"] = found.grid_id
        if index[ADDRESS] is None:
            for column, name in (
                (ESTATE, "estate"),
                (BUILDING, "building"),
                (UNIT, "unit"),
                (ROOM, "room"),
            ):
                if index[column] is None:
                    keep[name] = getattr(found, name)
        if keep:
            text = {c: str(getattr(data, f, "") or "") for f, c in _FIELD_COLUMN.items()}
            merged = checker.validated(p.row, replace(data, **keep), text)
            if merged is None:
                continue
            data = merged
        kept.append(PlannedResident(p.row, data, found.id))
    return kept


# -- writing a plan --------------------------------------------------------------------------


def apply_import(
    store: Store,
    actor: Actor,
    plan: ImportPlan,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> ImportResult:
    """Write a checked plan in one transaction: every resident or, on any failure, none.

    ``cancel()`` is asked between chunks; when it says yes, nothing is written and
    :class:`ImportCancelled` is raised.
    """
    actor.require(Permission.RESIDENTS_IMPORT)
    if plan.errors:
        raise ImportProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file has {count} error(s), so nothing was imported. Correct them and "
                "import again.",
            ),
            count=len(plan.errors),
        )
    if plan.new_grids or plan.new_tags:
        actor.require(Permission.CATALOGUE_MANAGE)
    rows = plan.residents
    total = len(rows)
    if progress is not None:
        progress(0, total)
    with store.write(actor) as s, _sqlite_tuning(s, store):
        _make_catalogue_entries(s, plan)
        _recheck_registered(s, plan)
        writer = _Writer(s, actor, rebuild_indexes=_worth_rebuilding(s, store, plan))
        writer.begin(rows, plan.replace_tags)
        with writer.sending():
            households = writer.households(rows)
            for start in range(0, total, WRITE_CHUNK):
                if cancel is not None and cancel():
                    raise ImportCancelled()
                writer.write(rows[start : start + WRITE_CHUNK], households, plan.replace_tags)
                if progress is not None:
                    progress(min(total, start + WRITE_CHUNK), total)
        if cancel is not None and cancel():
            raise ImportCancelled()
        writer.finish()
        if cancel is not None and cancel():  # the last moment before the commit
            raise ImportCancelled()
        store.audit(s, "import", "residents", writer.created + writer.updated, plan.file_name)
    return ImportResult(writer.created, writer.updated, plan.skipped_blank)


def _worth_rebuilding(s: Session, store: Store, plan: ImportPlan) -> bool:
    """Whether to drop the residents' secondary indexes and build them after the rows are in.

    Building an index from sorted rows is several times cheaper than 200,000 inserts in
    random places, but it costs the whole table: worth it when a big import at least doubles
    the register. SQLite only, where index changes are part of the transaction. (The search
    keys gain nothing from it: their primary key cannot be set aside, and staging them for a
    sorted copy measured slower than inserting them chunk by chunk.)
    """
    if not store.dialect.sets_indexes_aside or plan.to_create < REBUILD_MIN_ROWS:
        return False
    registered = s.execute(select(func.count()).select_from(Resident)).scalar_one()
    return plan.to_create >= registered


@contextlib.contextmanager
def _sqlite_tuning(s: Session, store: Store) -> Iterator[None]:
    """A bigger page cache and sorting on every core while importing, put back afterwards.

    The search-key index takes millions of inserts in a big import; SQLite's default 2 MB
    cache would send most of them to the file (256 MB measured ~10 % faster than 64 MB for
    200,000 residents). ``threads`` lets CREATE INDEX sort on every core.
    """
    with store.dialect.bulk_tuning(s.connection(), IMPORT_CACHE_KIB, threads=True):
        yield


def _make_catalogue_entries(s: Session, plan: ImportPlan) -> None:
    for name, ident in plan.new_grids:
        s.add(Grid(id=ident, name=name))
    if plan.new_tags:
        order = s.execute(select(func.coalesce(func.max(Tag.sort_order), 0))).scalar_one()
        for offset, (name, ident) in enumerate(plan.new_tags, start=1):
            s.add(Tag(id=ident, name=name, care=False, sort_order=order + offset))
    s.flush()


def _recheck_registered(s: Session, plan: ImportPlan) -> None:
    """Someone may have registered or changed a resident since the file was checked."""
    expected = {p.data.id_number: p.existing_id for p in plan.residents if p.data.id_number}
    now = _registered(s, expected)
    changed = sorted(
        p.row
        for p in plan.residents
        if p.data.id_number
        and (now[p.data.id_number].id if p.data.id_number in now else None) != p.existing_id
    )
    if changed:
        raise ImportProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "While the file was being checked, someone registered or changed residents with "
                "the ID numbers on rows {rows}. Nothing was imported; check the file again.",
            ),
            rows=", ".join(map(str, changed[:10])) + ("…" if len(changed) > 10 else ""),
        )


# Columns with one value for every row of an import (BulkInsert's ``fixed``).
_TRACKED = ("station_id", "created_at", "updated_at", "created_by")
_HOUSEHOLD_COLUMNS = ("id", "estate", "building", "unit", "room", "grid_id")
_RESIDENT_COLUMNS = (
    "id", "name", "sort_key", "gender", "birth_date", "phone", "id_number",
    "household_id", "estate", "building", "unit", "room", "grid_id", "notes", "search_keys",
)  # fmt: skip
_UPDATED_COLUMNS = (
    "name", "sort_key", "gender", "birth_date", "phone", "id_number", "household_id",
    "estate", "building", "unit", "room", "grid_id", "notes", "search_keys", "updated_at",
)  # fmt: skip

Address = tuple[str, str, str, str]


def _sql_table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


# Any id shows how the driver takes a Uuid (on SQLite: UUID.hex).
_PROBE_ID = uuid.UUID("0190aaaa-bbbb-7ccc-8ddd-eeeeffff0000")


class _Writer:
    """Writes planned residents chunk by chunk inside one transaction."""

    def __init__(self, s: Session, actor: Actor, rebuild_indexes: bool = False) -> None:
        self.s = s
        self.conn = conn = s.connection()
        self.rebuild_indexes = rebuild_indexes
        self.dropped: list[Index] = []
        self.actor = actor
        self.now = utcnow()
        self.created = 0
        self.updated = 0
        self.bulk: BulkWriter | None = None
        tracked = dict(
            zip(_TRACKED, (actor.station_id, self.now, self.now, actor.user_id), strict=True)
        )
        self.households_insert = BulkInsert(
            conn.dialect, _sql_table(Household), _HOUSEHOLD_COLUMNS, fixed=tracked
        )
        self.residents_insert = residents = BulkInsert(
            conn.dialect,
            _sql_table(Resident),
            _RESIDENT_COLUMNS,
            fixed={**tracked, "archived": False},
        )
        self.keys_insert = BulkInsert(conn.dialect, _sql_table(ResidentKey), ("key", "resident_id"))
        self.tags_insert = BulkInsert(
            conn.dialect, _sql_table(ResidentTag), ("resident_id", "tag_id")
        )
        # Every id column has the same type (Uuid), so one conversion serves them all.
        self.uuid_process = residents.processors["id"]
        self.date_text = residents.convert("birth_date")
        # a new resident's id as the driver takes it: on SQLite, UUID.hex made directly
        hex_text = self.uuid_process is not None and self.uuid_process(_PROBE_ID) == _PROBE_ID.hex
        self.new_ident: Callable[[], Any] = new_id_hex if hex_text else self._new_ident
        self.converted: dict[uuid.UUID, Any] = {}
        self.name_cache: dict[str, tuple[str, set[str]]] = {}

    def begin(self, rows: Sequence[PlannedResident], replace_tags: bool) -> None:
        """Clear what updated residents get anew; in a big import, set indexes aside."""
        updated = [p.existing_id for p in rows if p.existing_id is not None]
        self._clear(updated, replace_tags)
        if not self.rebuild_indexes:
            return
        table = _sql_table(Resident)
        present = {i["name"] for i in inspect(self.conn).get_indexes(table.name)}
        for index in sorted(table.indexes, key=lambda i: str(i.name)):
            if index.name in present:
                index.drop(self.conn)
                self.dropped.append(index)

    @contextlib.contextmanager
    def sending(self) -> Iterator[None]:
        """The bulk inserts of households(), write() run while this is open (see BulkWriter)."""
        with BulkWriter(self.conn) as self.bulk:
            yield
        self.bulk = None

    def _execute(self, statement: Any, parameters: Any = None) -> None:
        """A statement of the writer's own, once the bulk inserts sent before it have run."""
        if self.bulk is not None:
            self.bulk.wait()
        self.conn.execute(statement, parameters)

    def _sender(self) -> BulkWriter:
        if self.bulk is None:
            raise RuntimeError("rows are written inside _Writer.sending()")
        return self.bulk

    def finish(self) -> None:
        """Build again the indexes a big import set aside."""
        for index in self.dropped:
            index.create(self.conn)
        self.dropped.clear()

    def _new_ident(self) -> Any:
        return self.uuid_text(new_id())

    def uuid_text(self, value: uuid.UUID | None) -> Any:
        if value is None or self.uuid_process is None:
            return value
        text = self.converted.get(value)
        if text is None:
            text = self.converted[value] = self.uuid_process(value)
        return text

    def households(
        self, rows: Sequence[PlannedResident]
    ) -> dict[Address, tuple[uuid.UUID, uuid.UUID | None]]:
        """The household of each full address in the plan: found, or made in bulk."""
        wanted: dict[Address, uuid.UUID | None] = {}
        for p in rows:
            d = p.data
            if d.estate and d.building and d.room:  # as residents._household_for
                key = (d.estate, d.building, d.unit, d.room)
                if wanted.get(key) is None:
                    wanted[key] = d.grid_id
        if not wanted:
            return {}
        found: dict[Address, tuple[uuid.UUID, uuid.UUID | None]] = {}
        estates = sorted({key[0] for key in wanted})
        h = Household
        for i in range(0, len(estates), IN_CHUNK):
            stmt = select(h.estate, h.building, h.unit, h.room, h.id, h.grid_id).where(
                h.estate.in_(estates[i : i + IN_CHUNK])
            )
            for estate, building, unit, room, ident, grid_id in self.s.execute(stmt):
                found[(estate, building, unit, room)] = (ident, grid_id)
        new_rows: list[tuple[Any, ...]] = []
        gained_grid: list[dict[str, Any]] = []
        text = self.uuid_text
        for key, grid_id in wanted.items():
            existing = found.get(key)
            if existing is None:
                ident = new_id()
                new_rows.append((text(ident), *key, text(grid_id)))
                found[key] = (ident, grid_id)
            elif existing[1] is None and grid_id is not None:
                gained_grid.append({"b_id": existing[0], "b_grid": grid_id, "b_now": self.now})
                found[key] = (existing[0], grid_id)
        new_rows.sort(key=lambda row: row[1:5])  # the address index fills in order
        bulk = self._sender()
        for i in range(0, len(new_rows), WRITE_CHUNK):
            bulk.insert(self.households_insert, new_rows[i : i + WRITE_CHUNK])
        if gained_grid:
            t = _sql_table(Household)
            self._execute(
                update(t)
                .where(t.c.id == bindparam("b_id"))
                .values(grid_id=bindparam("b_grid"), updated_at=bindparam("b_now")),
                gained_grid,
            )
        return found

    def _name(self, name: str) -> tuple[str, set[str]]:
        cached = self.name_cache.get(name)
        if cached is None:
            # A name's keys do not depend on the rest of the record; with the record's own
            # keys they make residents.search_keys() for it.
            cached = (sort_key(name), search_keys(name, "", "", "", "", ""))
            if len(self.name_cache) < 500_000:
                self.name_cache[name] = cached
        return cached

    def write(
        self,
        chunk: Sequence[PlannedResident],
        households: Mapping[Address, tuple[uuid.UUID, uuid.UUID | None]],
        replace_tags: bool,
    ) -> None:
        text = self.uuid_text
        day = self.date_text
        new_rows: list[tuple[Any, ...]] = []
        changes: list[dict[str, Any]] = []
        keys_of: dict[Any, list[str]] = {}
        tag_rows: list[tuple[Any, Any]] = []
        updated_ids: list[uuid.UUID] = []
        for p in chunk:
            d = p.data
            order, keys = self._name(d.name)
            household = households.get((d.estate, d.building, d.unit, d.room))
            household_id = household[0] if household else None
            grid_id = d.grid_id if d.grid_id is not None else (household[1] if household else None)
            own = search_keys("", d.phone, d.id_number, d.building, d.unit, d.room)
            every = [*keys, *own.difference(keys)]
            listed = " ".join(every)  # Resident.search_keys (key_list, unsorted: no matter)
            if p.existing_id is None:
                ident_text = self.new_ident()
                new_rows.append(
                    (
                        ident_text, d.name, order, d.gender, day(d.birth_date), d.phone,
                        d.id_number or None, text(household_id), d.estate, d.building, d.unit,
                        d.room, text(grid_id), d.notes, listed,
                    )
                )  # fmt: skip
            else:
                ident = p.existing_id
                ident_text = text(ident)
                updated_ids.append(ident)
                values = (
                    d.name, order, d.gender, d.birth_date, d.phone, d.id_number or None,
                    household_id, d.estate, d.building, d.unit, d.room, grid_id, d.notes, listed,
                    self.now,
                )  # fmt: skip
                changes.append(
                    {
                        "b_id": ident,
                        **{f"b_{c}": v for c, v in zip(_UPDATED_COLUMNS, values, strict=True)},
                    }
                )
            keys_of[ident_text] = every
            if d.tag_ids and (p.existing_id is None or replace_tags):
                tag_rows.extend((ident_text, text(tag)) for tag in d.tag_ids)
        if updated_ids:
            t = _sql_table(Resident)
            self._execute(
                update(t)
                .where(t.c.id == bindparam("b_id"))
                .values({c: bindparam(f"b_{c}") for c in _UPDATED_COLUMNS}),
                changes,
            )
        bulk = self._sender()
        bulk.insert(self.residents_insert, new_rows)
        bulk.insert(self.tags_insert, tag_rows)
        # last: the keys go in on the writer's thread while the next chunk is prepared
        bulk.insert_grouped(self.keys_insert, keys_of)
        self.created += len(new_rows)
        self.updated += len(updated_ids)

    def _clear(self, ids: Sequence[uuid.UUID], replace_tags: bool) -> None:
        """Search keys (and, if the file has tags, the tags) of residents about to be updated."""
        keys = _sql_table(ResidentKey)
        forget = (
            delete(keys)
            .where(keys.c.key == bindparam("b_key"), keys.c.resident_id == bindparam("b_id"))
            .execution_options(synchronize_session=False)
        )
        for i in range(0, len(ids), IN_CHUNK):
            part = ids[i : i + IN_CHUNK]
            listed = self.conn.execute(
                select(Resident.id, Resident.search_keys).where(Resident.id.in_(part))
            ).all()
            pairs = [{"b_key": k, "b_id": ident} for ident, text in listed for k in text.split()]
            if pairs:
                self.conn.execute(forget, pairs)
            if replace_tags:
                self.conn.execute(
                    delete(_sql_table(ResidentTag)).where(ResidentTag.resident_id.in_(part))
                )
