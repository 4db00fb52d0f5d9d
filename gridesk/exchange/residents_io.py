"""Residents in and out of spreadsheets: the template, reading .xlsx/.csv, the error report
and the export.

``read_table(path)`` gives the file as text cells, with the row numbers Excel shows, and
``guess_mapping`` matches its headings to the template's columns; checking the rows and writing
them is :mod:`gridesk.core.residents.imports` (``plan_import``, ``apply_import``).

``export_residents`` writes the same template, so that an export imports back. Cells that a
spreadsheet would run as a formula (= + - @, tab, CR first) get a leading apostrophe, which the
importer takes off again.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import os
import re
import tempfile
import uuid
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import (
    func,
    literal,
    select,
    tuple_,
)
from sqlalchemy.orm import Session

from gridesk.core.actor import Actor, Permission
from gridesk.core.models import (
    Grid,
    Resident,
    ResidentTag,
    Tag,
)
from gridesk.core.residents.imports import (
    ADDRESS,
    BIRTH_DATE,
    BUILDING,
    COLUMNS,
    ESTATE,
    GENDER,
    GRID,
    ID_NUMBER,
    IN_CHUNK,
    NAME,
    NOTES,
    PHONE,
    ROOM,
    TAGS,
    TEMPLATE,
    UNIT,
    CancelCheck,
    ImportCancelled,
    ImportPlan,
    ImportProblem,
    Progress,
    RawTable,
    Translate,
)
from gridesk.core.residents.records import ResidentFilter, filter_residents
from gridesk.core.residents.validation import mask_id_number
from gridesk.core.store import Store
from gridesk.errors import QT_TRANSLATE_NOOP, GrideskError
from gridesk.exchange.workbook import FORMULA_START, neutralise

__all__ = [
    "ExportProblem",
    "error_report",
    "export_residents",
    "guess_mapping",
    "read_table",
    "write_template",
]

# Headings other systems and hand-made sheets use, most specific first (compared without
# spaces, brackets and asterisks, in lower case).
SYNONYMS: Mapping[str, tuple[str, ...]] = {
    NAME: ("名字", "居民姓名", "人员姓名", "户主姓名", "name"),
    GENDER: ("性別", "gender", "sex"),
    BIRTH_DATE: ("出生年月日", "出生年月", "生日", "出生", "birthdate", "birthday", "dateofbirth"),
    PHONE: (
        "手机", "手机号码", "联系电话", "电话", "电话号码", "联系方式", "移动电话", "联系手机",
        "phone", "mobile", "tel",
    ),
    ID_NUMBER: (
        "身份证", "身份证号码", "公民身份号码", "公民身份证号", "证件号码", "证件号", "身份证件号码",
        "idnumber", "idcard",
    ),
    ESTATE: ("小区名称", "所在小区", "居住小区", "小区名", "estate"),
    BUILDING: ("楼栋号", "楼号", "栋", "楼", "幢", "栋号", "building"),
    UNIT: ("单元号", "unit"),
    ROOM: ("房间号", "房号", "门牌号", "室", "房间", "户号", "room"),
    GRID: ("所属网格", "网格名称", "grid"),
    TAGS: ("人员类别", "人员类型", "人员标签", "类别", "tags"),
    NOTES: ("说明", "备注信息", "notes", "remark", "remarks"),
    ADDRESS: ("住址", "家庭住址", "居住地址", "现住址", "详细地址", "address"),
}  # fmt: skip

GENDER_TEXT: Mapping[str, str] = {"M": "男", "F": "女"}

HEADER_SEARCH_ROWS = 20  # a title row or two above the headings is common in hand-made sheets
EXPORT_PAGE = 2000


class ExportProblem(GrideskError):
    """The export cannot be written."""


# -- reading a file -------------------------------------------------------------------------


def read_table(path: str | os.PathLike[str]) -> RawTable:
    """Read an .xlsx workbook (its active sheet) or a .csv file (UTF-8, GBK/GB18030, UTF-16)."""
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in (".xls", ".et", ".ods", ".numbers"):
        raise ImportProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "{file} is in an older or other spreadsheet format. Open it in Excel or WPS and "
                "save it as an Excel workbook (.xlsx), then import that.",
            ),
            file=file.name,
        )
    if suffix not in (".xlsx", ".xlsm", ".csv", ".txt", ".tsv"):
        raise ImportProblem(
            QT_TRANSLATE_NOOP(
                "errors", "{file} is not a spreadsheet: choose an .xlsx or a .csv file."
            ),
            file=file.name,
        )
    try:
        if file.stat().st_size == 0:
            raise ImportProblem(QT_TRANSLATE_NOOP("errors", "{file} is empty."), file=file.name)
        if suffix in (".xlsx", ".xlsm"):
            lines, imprecise = _xlsx_lines(file)
        else:
            lines, imprecise = _csv_lines(file), set()
        return _table(file.name, lines, imprecise)
    except OSError as exc:
        raise ImportProblem(
            QT_TRANSLATE_NOOP("errors", "{file} cannot be opened: {reason}"),
            file=file.name,
            reason=exc.strerror or str(exc),
        ) from exc


def _table(
    file_name: str, lines: Iterable[tuple[int, list[str]]], imprecise: set[tuple[int, int]]
) -> RawTable:
    """The heading row and the rows below it, from (row number, cells) of non-empty rows."""
    header: list[str] | None = None
    header_row = 0
    waiting: list[tuple[int, list[str]]] = []  # rows seen while looking for the headings
    rows: list[tuple[str, ...]] = []
    numbers: list[int] = []
    for number, cells in lines:
        if header is None:
            waiting.append((number, cells))
            if _known_headings(cells) >= 2:
                header_row, header = number, cells
                waiting.clear()
            elif len(waiting) >= HEADER_SEARCH_ROWS:
                (header_row, header), *rest = waiting
                for later_number, later in rest:
                    numbers.append(later_number)
                    rows.append(tuple(later))
                waiting.clear()
            continue
        numbers.append(number)
        rows.append(tuple(cells))
    if header is None and waiting:  # a short file without a recognisable heading row
        (header_row, header), *rest = waiting
        for later_number, later in rest:
            numbers.append(later_number)
            rows.append(tuple(later))
    if header is None:
        raise ImportProblem(
            QT_TRANSLATE_NOOP("errors", "{file} is empty: it has no headings and no rows."),
            file=file_name,
        )
    while header and not header[-1]:
        header.pop()
    last = numbers[-1] if numbers else header_row
    return RawTable(
        file_name=file_name,
        headers=tuple(header),
        rows=tuple(rows),
        row_numbers=tuple(numbers),
        header_row=header_row,
        blank_rows=last - header_row - len(rows),
        imprecise=frozenset(imprecise),
    )


def _known_headings(cells: Sequence[str]) -> int:
    known = _HEADING_LOOKUP
    return sum(1 for cell in cells if cell and _heading_key(cell) in known)


def _heading_key(heading: str) -> str:
    text = re.sub(r"[（(【\[].*?[)）】\]]", "", heading)  # 手机号（必填） → 手机号
    return re.sub(r"[\s*:：]", "", text).lower()


_HEADING_LOOKUP: dict[str, str] = {}
for _column in COLUMNS:
    for _heading in (_column, *SYNONYMS[_column]):
        _HEADING_LOOKUP.setdefault(_heading_key(_heading), _column)


def _clean_text(text: str) -> str:
    text = text.strip()
    if text[:1] == "'" and text[1:2] in FORMULA_START:
        return text[1:]  # our own export's guard against formulas
    return text


def _xlsx_lines(file: Path) -> tuple[Iterator[tuple[int, list[str]]], set[tuple[int, int]]]:
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(file, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, TypeError) as exc:
        raise ImportProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "{file} is not a readable Excel workbook. Open it in Excel or WPS, save it again "
                "as .xlsx (or as CSV) and import that.",
            ),
            file=file.name,
        ) from exc
    imprecise: set[tuple[int, int]] = set()

    def lines() -> Iterator[tuple[int, list[str]]]:
        try:
            sheet = workbook.active
            if not hasattr(sheet, "iter_rows"):  # a chart sheet is active
                sheet = workbook.worksheets[0]
            sheet.reset_dimensions()  # some programs write a wrong size; read what is there
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells = [_cell_text(v, number, i, imprecise) for i, v in enumerate(values)]
                if any(cells):
                    yield number, cells
        finally:
            workbook.close()

    # Read the whole sheet now, so that a damaged sheet fails here with a clear message.
    try:
        read = list(lines())
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, EOFError) as exc:
        raise ImportProblem(
            QT_TRANSLATE_NOOP(
                "errors", "{file} is damaged and cannot be read completely: {reason}"
            ),
            file=file.name,
            reason=str(exc),
        ) from exc
    return iter(read), imprecise


def _cell_text(value: object, row: int, column: int, imprecise: set[tuple[int, int]]) -> str:
    if value is None:
        return ""
    if type(value) is str:
        return _clean_text(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        if isinstance(value, float) and not value.is_integer():
            return format(value, ".15g")
        if abs(value) >= 1e15:  # Excel keeps 15 significant digits and rounds the rest
            imprecise.add((row, column))
        return str(int(value))
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return _clean_text(str(value))


def _csv_lines(file: Path) -> Iterator[tuple[int, list[str]]]:
    raw = file.read_bytes()
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = raw.decode("utf-16", errors="replace")
    else:
        if raw.startswith(b"PK\x03\x04") or b"\x00" in raw[:65536]:
            raise ImportProblem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{file} is not a text (CSV) file. If it is an Excel workbook, give it the "
                    ".xlsx ending; otherwise save it from Excel or WPS as CSV.",
                ),
                file=file.name,
            )
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = raw.decode("gb18030")  # Excel on Chinese Windows writes GBK, within GB18030
            except UnicodeDecodeError as exc:
                raise ImportProblem(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{file} is neither UTF-8 nor GBK text. Save it from Excel or WPS as "
                        "“CSV UTF-8” and import that.",
                    ),
                    file=file.name,
                ) from exc
    if not text.strip():
        raise ImportProblem(QT_TRANSLATE_NOOP("errors", "{file} is empty."), file=file.name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    try:
        # A record is a row in Excel, even when a quoted cell spans several lines.
        for number, record in enumerate(reader, start=1):
            cells = [_clean_text(cell) for cell in record]
            if any(cells):
                yield number, cells
    except csv.Error as exc:
        raise ImportProblem(
            QT_TRANSLATE_NOOP("errors", "{file} is not a well-formed CSV file: {reason}"),
            file=file.name,
            reason=str(exc),
        ) from exc


def _delimiter(text: str) -> str:
    """Comma, tab or semicolon: whichever the first line with content has most of."""
    for line in text.splitlines():
        if line.strip():
            counts = {d: line.count(d) for d in (",", "\t", ";")}
            best = max(counts, key=lambda d: counts[d])
            return best if counts[best] else ","
    return ","


# -- matching the file's headings to the template ------------------------------------------


def guess_mapping(headers: Sequence[str]) -> dict[str, int | None]:
    """For each column of :data:`COLUMNS`, the index of the file's heading that holds it.

    Exact template headings first, then common synonyms (名字, 电话, 身份证, 地址 ...).
    """
    keys = [_heading_key(str(h)) for h in headers]
    mapping: dict[str, int | None] = dict.fromkeys(COLUMNS)
    used: set[int] = set()
    for column in COLUMNS:
        for candidate in (column, *SYNONYMS[column]):
            wanted = _heading_key(candidate)
            index = next((i for i, k in enumerate(keys) if k == wanted and i not in used), None)
            if index is not None:
                mapping[column] = index
                used.add(index)
                break
    return mapping


# -- writing spreadsheets --------------------------------------------------------------------


class _Sheet(Protocol):
    def append(self, cells: Sequence[Any]) -> None: ...


@contextlib.contextmanager
def _sheet_file(
    path: str | os.PathLike[str],
    headers: Sequence[str],
    text_columns: Collection[int] = (),
    widths: Sequence[int] = (),
) -> Iterator[_Sheet]:
    """Rows written to ``path`` (.xlsx or .csv by its ending); the file appears only when whole."""
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ExportProblem(
            QT_TRANSLATE_NOOP("errors", "Save as .xlsx or .csv, not {suffix}."),
            suffix=file.suffix or file.name,
        )
    try:
        fd, temp_name = tempfile.mkstemp(prefix=".gridesk-", suffix=suffix, dir=file.parent)
    except PermissionError as exc:
        raise ExportProblem(
            QT_TRANSLATE_NOOP("errors", "{folder} cannot be written to. Choose another folder."),
            folder=str(file.parent),
        ) from exc
    os.close(fd)
    temp = Path(temp_name)
    try:
        if suffix == ".csv":
            # UTF-8 with a BOM: Excel on Chinese Windows reads anything else as GBK.
            with temp.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(headers)

                class _CsvSheet:
                    def append(self, cells: Sequence[Any]) -> None:
                        writer.writerow(
                            [
                                "" if c is None else c.isoformat() if isinstance(c, date) else c
                                for c in cells
                            ]
                        )

                yield _CsvSheet()
        else:
            from openpyxl import Workbook
            from openpyxl.cell import WriteOnlyCell
            from openpyxl.styles import Font
            from openpyxl.utils import get_column_letter

            workbook = Workbook(write_only=True)
            sheet = workbook.create_sheet("居民")
            for i, width in enumerate(widths, start=1):
                dimension = sheet.column_dimensions[get_column_letter(i)]
                dimension.width = width
                if i - 1 in text_columns:
                    dimension.number_format = "@"  # typing a long number there keeps its digits
            bold = Font(bold=True)
            header_cells = []
            for heading in headers:
                cell = WriteOnlyCell(sheet, value=heading)
                cell.font = bold
                header_cells.append(cell)
            sheet.append(header_cells)
            try:
                yield sheet
            except BaseException:
                with contextlib.suppress(Exception):
                    sheet.close()  # else openpyxl's row writer fails later, when collected
                raise
            workbook.save(temp)
        os.replace(temp, file)
    except PermissionError as exc:
        raise ExportProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "{file} cannot be written: it may be open in Excel or WPS. Close it there, or "
                "choose another name.",
            ),
            file=file.name,
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


_TEXT_COLUMNS = (TEMPLATE.index(PHONE), TEMPLATE.index(ID_NUMBER))
_WIDTHS = (10, 6, 12, 14, 21, 16, 8, 6, 8, 12, 20, 30)


def write_template(path: str | os.PathLike[str]) -> None:
    """The empty import template: the headings, with 手机号 and 身份证号 formatted as text."""
    with _sheet_file(path, TEMPLATE, _TEXT_COLUMNS, _WIDTHS):
        pass


def error_report(
    plan: ImportPlan, path: str | os.PathLike[str], translate: Translate | None = None
) -> None:
    """Save the plan's errors (row, column, value, reason) as .xlsx or .csv.

    ``translate`` turns English source text of the ``"errors"`` context into the interface
    language; without it the reasons are in English.
    """
    tr = translate or (lambda text: text)
    headers = [
        tr(QT_TRANSLATE_NOOP("errors", "Row")),
        tr(QT_TRANSLATE_NOOP("errors", "Column")),
        tr(QT_TRANSLATE_NOOP("errors", "Value")),
        tr(QT_TRANSLATE_NOOP("errors", "What is wrong")),
    ]
    with _sheet_file(path, headers, (2,), (8, 12, 24, 80)) as sheet:
        for e in plan.errors:
            sheet.append(
                [
                    e.row,
                    neutralise(e.column),
                    neutralise(e.value),
                    neutralise(e.render(translate)),
                ]
            )


def export_residents(
    store: Store,
    actor: Actor,
    filter: ResidentFilter,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> int:
    """Write the residents the list shows for ``filter`` in the import template; returns how many.

    ID numbers are whole for those allowed to see them, masked for others. A cancelled export
    leaves no file.
    """
    actor.require(Permission.RESIDENTS_EXPORT)
    full = actor.can(Permission.ID_NUMBER_FULL)
    r = Resident
    columns = (
        r.id, r.sort_key, r.name, r.gender, r.birth_date, r.phone, r.id_number,
        r.estate, r.building, r.unit, r.room, Grid.name.label("grid_name"), r.notes,
    )  # fmt: skip
    # The same rows as residents.list_residents (one filter description, text search included).
    stmt = filter_residents(select(*columns).outerjoin(Grid, Grid.id == r.grid_id), filter)
    count_stmt = filter_residents(select(func.count()).select_from(r), filter)
    written = 0
    with store.read() as s, _sheet_file(path, TEMPLATE, _TEXT_COLUMNS, _WIDTHS) as sheet:
        stmt = stmt.order_by(r.sort_key, r.id).limit(EXPORT_PAGE)
        total = s.execute(count_stmt).scalar_one()
        if progress is not None:
            progress(0, total)
        last: tuple[str, uuid.UUID] | None = None
        while True:
            if cancel is not None and cancel():
                raise ImportCancelled()
            page_stmt = (
                stmt
                if last is None
                else stmt.where(
                    tuple_(r.sort_key, r.id) > tuple_(literal(last[0]), literal(last[1]))
                )
            )
            page = s.execute(page_stmt).all()
            if not page:
                break
            tags = _tag_names(s, [row.id for row in page])
            for row in page:
                number = row.id_number or ""
                sheet.append(
                    [
                        neutralise(row.name),
                        GENDER_TEXT.get(row.gender, ""),
                        row.birth_date,
                        neutralise(row.phone),
                        number if full or not number else mask_id_number(number),
                        neutralise(row.estate),
                        neutralise(row.building),
                        neutralise(row.unit),
                        neutralise(row.room),
                        neutralise(row.grid_name or ""),
                        neutralise("、".join(tags.get(row.id, ()))),
                        neutralise(row.notes),
                    ]
                )
            written += len(page)
            last = (page[-1].sort_key, page[-1].id)
            if progress is not None:
                progress(written, max(total, written))
    with store.write(actor) as s:
        store.audit(s, "export", "residents", written, Path(path).name)
    return written


def _tag_names(s: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    names: dict[uuid.UUID, list[str]] = {}
    for i in range(0, len(ids), IN_CHUNK):
        stmt = (
            select(ResidentTag.resident_id, Tag.name)
            .join(Tag, Tag.id == ResidentTag.tag_id)
            .where(ResidentTag.resident_id.in_(ids[i : i + IN_CHUNK]))
            .order_by(Tag.sort_order, Tag.name)
        )
        for resident_id, name in s.execute(stmt):
            names.setdefault(resident_id, []).append(name)
    return names
