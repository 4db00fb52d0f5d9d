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
import csv
import io
import os
import re
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import (
    func,
    literal,
    select,
    tuple_,
)
from sqlalchemy.orm import Session

from gridesk.core.actor import Actor, Permission
from gridesk.core.labels import zh
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
    MAX_ROWS,
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
from gridesk.core.residents.labels import GENDER as GENDER_LABELS
from gridesk.core.residents.records import ResidentFilter, filter_residents
from gridesk.core.residents.validation import mask_id_number
from gridesk.core.store import Store
from gridesk.errors import QT_TRANSLATE_NOOP
from gridesk.exchange.workbook import from_ooxml, sheet_file, unneutralise

__all__ = [
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


HEADER_SEARCH_ROWS = 20  # a title row or two above the headings is common in hand-made sheets
# What a file to import may be: checked before the work that grows with it (rows and cells
# are limited in core.residents.imports: MAX_ROWS, MAX_CELL_CHARS).
MAX_FILE_BYTES = 200 * 2**20  # 500,000 residents take ~40 MB as .xlsx, ~70 MB as .csv
MAX_UNPACKED_BYTES = 1024 * 2**20  # all parts of an .xlsx, unpacked (~340 MB for 500,000)
MAX_UNPACKED_PART = 16 * 2**20  # from this size on, a part may unpack to at most
MAX_PACKING_RATIO = 100  # this many times its packed size (sheets of residents: ~10)
MAX_COLUMNS = 256  # cells read from each row (the template has 12 columns)
EXPORT_PAGE = 2000
SHEET_TITLE = "居民"


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
        size = file.stat().st_size
        if size == 0:
            raise ImportProblem(QT_TRANSLATE_NOOP("errors", "{file} is empty."), file=file.name)
        if size > MAX_FILE_BYTES:
            raise ImportProblem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{file} is {size} MB; a file to import can have at most {limit} MB. Split "
                    "it into smaller files and import them one after another.",
                ),
                file=file.name,
                size=_megabytes(size),
                limit=_megabytes(MAX_FILE_BYTES),
            )
        if suffix in (".xlsx", ".xlsm"):
            lines, imprecise = _xlsx_lines(file)
        else:
            lines, imprecise = _at_most(file.name, _csv_lines(file)), set()
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


def _megabytes(size: int) -> str:
    return f"{size / 2**20:.1f}".removesuffix(".0")


def _at_most(
    file_name: str, lines: Iterable[tuple[int, list[str]]]
) -> Iterator[tuple[int, list[str]]]:
    """The non-empty rows, refused as soon as there are more than an import may have."""
    limit = MAX_ROWS + HEADER_SEARCH_ROWS  # a title and headings above the rows
    for count, line in enumerate(lines, start=1):
        if count > limit:
            raise ImportProblem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{file} has more than {limit} rows. Split it into files of at most {limit} "
                    "rows and import them one after another.",
                ),
                file=file_name,
                limit=MAX_ROWS,
            )
        yield line


def _check_unpacked_size(file: Path) -> None:
    """Refuse a workbook whose parts unpack to far more than any sheet of residents needs.

    An .xlsx is a zip; its directory gives each part's packed and unpacked size, and Python's
    zipfile never unpacks more than the size given there. So a zip bomb (a small file that
    unpacks to gigabytes of cells) is refused here, from the directory alone, before openpyxl
    reads a byte of it.
    """
    import zipfile

    try:
        with zipfile.ZipFile(file) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # load_workbook says so, in its own words
    unpacked = sum(p.file_size for p in parts)
    bomb = any(
        p.file_size > MAX_UNPACKED_PART and p.file_size > MAX_PACKING_RATIO * p.compress_size
        for p in parts
    )
    if unpacked > MAX_UNPACKED_BYTES or bomb:
        raise ImportProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "{file} unpacks to {size} MB, far more than a sheet of residents needs: it is not "
                "an ordinary workbook. Open it in Excel or WPS, save it again (or as CSV) and "
                "import that.",
            ),
            file=file.name,
            size=_megabytes(unpacked),
        )


def _xlsx_lines(file: Path) -> tuple[Iterator[tuple[int, list[str]]], set[tuple[int, int]]]:
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    _check_unpacked_size(file)
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
    # GriDesk before 2026-12 wrote a formula-like value into .xlsx with an apostrophe in front,
    # as into .csv; today it writes the value as it is, in a cell of Excel's quote-prefix style
    # (see exchange/workbook.py). A workbook with no quote-prefix style at all may be such an
    # older export: the apostrophe of a formula-like cell is then ours, and is removed.
    apostrophes_added = not any(style.quotePrefix for style in workbook._cell_styles)

    def lines() -> Iterator[tuple[int, list[str]]]:
        try:
            sheet = workbook.active
            if not hasattr(sheet, "iter_rows"):  # a chart sheet is active
                sheet = workbook.worksheets[0]
            sheet.reset_dimensions()  # some programs write a wrong size; read what is there
            # At most MAX_COLUMNS cells a row: a cell far out to the right (XFD) would
            # otherwise make every row 16,384 cells long.
            rows = sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True)
            for number, values in enumerate(rows, start=1):
                cells = [_cell_text(v, number, i, imprecise) for i, v in enumerate(values)]
                if apostrophes_added and any(c[:1] == "'" for c in cells):
                    cells = [unneutralise(c) for c in cells]
                while cells and not cells[-1]:
                    cells.pop()
                if cells:
                    yield number, cells
        finally:
            workbook.close()

    # Read the whole sheet now, so that a damaged sheet fails here with a clear message.
    try:
        read = list(_at_most(file.name, lines()))
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
        return from_ooxml(value).strip()
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
    return from_ooxml(str(value)).strip()


def _csv_lines(file: Path) -> Iterator[tuple[int, list[str]]]:
    raw = file.read_bytes()
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = raw.decode("utf-16", errors="replace")
    else:
        head = raw[:65536]
        # Binary files (and UTF-16 without its mark) are full of NUL bytes; a stray NUL in a
        # text file is a control character, refused with its row and column.
        if raw.startswith(b"PK\x03\x04") or head.count(b"\x00") * 100 > len(head):
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
    # A cell may be longer than the csv module's default limit (128 KiB): the row checks
    # report it with its row and column, rather than the whole file failing here.
    if csv.field_size_limit() < MAX_FILE_BYTES:
        csv.field_size_limit(MAX_FILE_BYTES)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    try:
        # A record is a row in Excel, even when a quoted cell spans several lines.
        for number, record in enumerate(reader, start=1):
            cells = [unneutralise(cell.strip()) for cell in record]
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


_TEXT_COLUMNS = (TEMPLATE.index(PHONE), TEMPLATE.index(ID_NUMBER))
_WIDTHS = (10, 6, 12, 14, 21, 16, 8, 6, 8, 12, 20, 30)


def write_template(path: str | os.PathLike[str]) -> None:
    """The empty import template: the headings, with 手机号 and 身份证号 formatted as text."""
    with sheet_file(path, TEMPLATE, _TEXT_COLUMNS, _WIDTHS, SHEET_TITLE):
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
    with sheet_file(path, headers, (2,), (8, 12, 24, 80), SHEET_TITLE) as sheet:
        for e in plan.errors:
            sheet.append([e.row, e.column, e.value, e.render(translate)])


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
    # The export is audited before its file appears (the file is moved into place when the
    # block ends): a database that cannot record it (read-only) gets no file either.
    with sheet_file(path, TEMPLATE, _TEXT_COLUMNS, _WIDTHS, SHEET_TITLE) as sheet:
        with store.read() as s:
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
                    masked = bool(number) and not full
                    sheet.append(
                        [
                            row.name,
                            zh(GENDER_LABELS, row.gender),
                            # beside a masked ID number, the year only: the whole date is eight
                            # of the number's digits and would give most of it away
                            row.birth_date.year if masked and row.birth_date else row.birth_date,
                            row.phone,
                            mask_id_number(number) if masked else number,
                            row.estate,
                            row.building,
                            row.unit,
                            row.room,
                            row.grid_name or "",
                            "、".join(tags.get(row.id, ())),
                            row.notes,
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
