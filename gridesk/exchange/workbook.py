"""What every spreadsheet GriDesk writes shares: cells that cannot run as formulas, text that
always fits the file, and a file that appears only when whole and says plainly when Excel or
WPS holds it open. Every export goes through here (:func:`sheet_file`, :func:`safe_row`,
:func:`save_workbook`), and the importer reads back with the inverse functions.

Formulas. A cell beginning with = + - @ (or a tab or CR) is run as a formula by Excel, WPS or
LibreOffice when the file is opened or the cell edited.

- In .xlsx such a value is written as it is, as a text cell (string type) with Excel's
  quote-prefix style (``quotePrefix`` of the cell format, what typing ``'=1+1`` in Excel
  makes): Excel, WPS and LibreOffice show ``=1+1`` and never run it, and no character is
  added, so the importer reads the value back unchanged. A value that is apostrophes followed
  by one of those (``'+王五``) gets the style too, so that a workbook of ours always has it
  when such a value is in it: older GriDesk exports had an apostrophe added instead, and the
  importer removes it (as from .csv) only from a workbook without any quote-prefix style.
- In .csv there is no style, so such a value gets one leading apostrophe (:func:`neutralise`).
  So that the importer can tell the apostrophe we added from one that belongs to the value,
  the rule is exact and reversible: the apostrophe is added to every value that is *zero or
  more apostrophes followed by one of = + - @ tab CR*, and the importer removes one
  apostrophe from every CSV cell of that form (:func:`unneutralise`). ``+王五`` is written
  ``'+王五`` and read ``+王五``; ``'+王五`` (an apostrophe typed into the record) is written
  ``''+王五`` and read ``'+王五``; a value of any other form is written and read unchanged.

Characters XML cannot hold. Text in .xlsx is XML: control characters (U+0000-U+001F except
tab, LF and CR) and U+FFFE/U+FFFF cannot be written, and openpyxl refuses them. They are
written as OOXML escapes (``_x0001_``, as Excel itself does; an underscore that would read as
one is escaped as ``_x005F_``), so an export never fails on what the database holds; the
importer decodes them (:func:`from_ooxml`) and then refuses control characters with their
row and column, as it does in a CSV file.
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
import tempfile
from collections.abc import Collection, Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from gridesk.errors import QT_TRANSLATE_NOOP, GrideskError

# A cell beginning with one of these is run as a formula by Excel, WPS or LibreOffice (and
# openpyxl itself stores a string beginning with "=" as a formula).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_LIKE = re.compile(r"'*[=+\-@\t\r]")  # what neutralise() marks (matched at the start)
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


class WorkbookNotWritten(GrideskError):
    pass


def neutralise(value: Any) -> Any:
    """For .csv: text a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and _FORMULA_LIKE.match(value):
        return "'" + value
    return value


def unneutralise(text: str) -> str:
    """The CSV cell as it was before :func:`neutralise`."""
    if text[:1] == "'" and _FORMULA_LIKE.match(text):
        return text[1:]
    return text


def to_ooxml(text: str) -> str:
    """Text as an .xlsx cell can hold it (see the module's docstring)."""
    return _NOT_XML.sub(lambda m: f"_x{ord(m.group()[0]):04X}_", text)


def from_ooxml(text: str) -> str:
    """An .xlsx cell's text with its OOXML escapes decoded (openpyxl leaves them in)."""
    if "_x" not in text:
        return text
    return _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def xlsx_value(sheet: Any, value: Any) -> Any:
    """What to give openpyxl for ``value`` in ``sheet``: the value, or a text cell."""
    if not isinstance(value, str):
        return value
    text = to_ooxml(value)
    if not _FORMULA_LIKE.match(text):
        return text
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=text)  # a Cell of this sheet, in either openpyxl mode
    cell.data_type = "s"  # openpyxl would store a string beginning with "=" as a formula
    cell.quotePrefix = True
    return cell


def safe_row(sheet: Any, values: Iterable[Any]) -> list[Any]:
    """A row for ``sheet.append``: every text cell safe (for rows holding what people typed)."""
    return [xlsx_value(sheet, v) for v in values]


def save_workbook(book: Any, path: str | os.PathLike[str]) -> Path:
    """Save an openpyxl workbook to ``path`` through a temporary file in the same folder."""
    target = Path(path)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        os.close(fd)
        book.save(tmp)
        os.replace(tmp, target)
    except FileNotFoundError as exc:
        raise WorkbookNotWritten(
            QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."),
            folder=str(target.parent),
        ) from exc
    except PermissionError as exc:
        raise _held_open(target) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return target


def _held_open(target: Path) -> WorkbookNotWritten:
    return WorkbookNotWritten(
        QT_TRANSLATE_NOOP(
            "errors",
            "{file} cannot be written: it may be open in Excel or WPS. Close it there, or "
            "choose another name.",
        ),
        file=target.name,
    )


class Sheet(Protocol):
    def append(self, cells: Sequence[Any]) -> None: ...


@contextlib.contextmanager
def sheet_file(
    path: str | os.PathLike[str],
    headers: Sequence[str],
    text_columns: Collection[int] = (),
    widths: Sequence[int] = (),
    title: str = "Sheet1",
) -> Iterator[Sheet]:
    """Rows of plain values written to ``path`` (.xlsx or .csv by its ending), each cell made
    safe for its format; the file appears only when whole."""
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise WorkbookNotWritten(
            QT_TRANSLATE_NOOP("errors", "Save as .xlsx or .csv, not {suffix}."),
            suffix=file.suffix or file.name,
        )
    try:
        fd, temp_name = tempfile.mkstemp(prefix=".gridesk-", suffix=suffix, dir=file.parent)
    except PermissionError as exc:
        raise WorkbookNotWritten(
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
                writer.writerow([neutralise(h) for h in headers])

                class _CsvSheet:
                    def append(self, cells: Sequence[Any]) -> None:
                        writer.writerow(
                            [
                                ""
                                if c is None
                                else c.isoformat()
                                if isinstance(c, date)
                                else neutralise(c)
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
            sheet = workbook.create_sheet(title)
            for i, width in enumerate(widths, start=1):
                dimension = sheet.column_dimensions[get_column_letter(i)]
                dimension.width = width
                if i - 1 in text_columns:
                    dimension.number_format = "@"  # typing a long number there keeps its digits
            bold = Font(bold=True)
            header_cells = []
            for heading in headers:
                cell = WriteOnlyCell(sheet, value=to_ooxml(heading))
                cell.font = bold
                header_cells.append(cell)
            sheet.append(header_cells)

            class _XlsxSheet:
                def append(self, cells: Sequence[Any]) -> None:
                    sheet.append(safe_row(sheet, cells))

            try:
                yield _XlsxSheet()
            except BaseException:
                with contextlib.suppress(Exception):
                    sheet.close()  # else openpyxl's row writer fails later, when collected
                raise
            workbook.save(temp)
        os.replace(temp, file)
    except PermissionError as exc:
        raise _held_open(file) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
