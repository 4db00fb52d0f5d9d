"""Imports refuse what would exhaust the desk before doing the heavy work, and refuse cells
no export can carry back: each with a plain message, errors with their row and column."""

from __future__ import annotations

import io
import struct
import time
import zipfile
import zlib
from pathlib import Path

import pytest
from openpyxl import Workbook

from gridesk.core.residents.imports import MAX_CELL_CHARS, MAX_ROWS, ImportProblem, plan_import
from gridesk.exchange.residents_io import MAX_FILE_BYTES, guess_mapping, read_table


def write_csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8-sig", newline="")
    return path


def plan(store, admin, path: Path):
    table = read_table(path)
    return plan_import(store, admin, table, guess_mapping(table.headers))


# -- a zip bomb ------------------------------------------------------------------------------


def _zip(parts: dict[str, tuple[bytes, int, int, int]]) -> bytes:
    """A zip of already-deflated parts: name -> (deflated bytes, crc, unpacked size, packed)."""
    out = io.BytesIO()
    central = io.BytesIO()
    for name, (data, crc, size, packed) in parts.items():
        offset = out.tell()
        encoded = name.encode()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, packed,
                              size, len(encoded), 0) + encoded + data)  # fmt: skip
        central.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc,
                                  packed, size, len(encoded), 0, 0, 0, 0, 0, offset) + encoded)  # fmt: skip
    start = out.tell()
    directory = central.getvalue()
    out.write(directory)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(parts), len(parts),
                          len(directory), start, 0))  # fmt: skip
    return out.getvalue()


def xlsx_bomb(path: Path, packed_target: int = 1_500_000) -> Path:
    """A real workbook whose sheet is one row of millions of cells: ~1.5 MB on disk."""
    book = Workbook()
    book.active.append(["姓名", "手机号", "备注"])
    buffer = io.BytesIO()
    book.save(buffer)
    parts: dict[str, tuple[bytes, int, int, int]] = {}
    with zipfile.ZipFile(buffer) as real:
        for info in real.infolist():
            if info.filename.endswith("sheet1.xml"):
                continue
            raw = real.read(info)
            c = zlib.compressobj(9, zlib.DEFLATED, -15)
            data = c.compress(raw) + c.flush()
            parts[info.filename] = (data, zlib.crc32(raw), len(raw), len(data))
    head = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats'
        '.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'
        '姓名</t></is></c></row><row r="2">'
    ).encode()
    unit = b'<c t="inlineStr"><is><t>=1+1</t></is></c>' * 25_000  # ~1 MB of cells
    tail = b"</row></sheetData></worksheet>"

    def flushed(data: bytes, mode: int) -> bytes:
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        return c.compress(data) + c.flush(mode)

    # After a full flush the compressor starts afresh, so the unit deflates the same each time
    # and is deflated only once.
    first, repeated = flushed(head, zlib.Z_FULL_FLUSH), flushed(unit, zlib.Z_FULL_FLUSH)
    last = flushed(tail, zlib.Z_FINISH)
    times = (packed_target - len(first) - len(last)) // len(repeated)
    data = first + repeated * times + last
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(unit, crc)
    crc = zlib.crc32(tail, crc)
    size = len(head) + len(unit) * times + len(tail)
    parts["xl/worksheets/sheet1.xml"] = (data, crc, size, len(data))
    path.write_bytes(_zip(parts))
    return path


def test_an_xlsx_bomb_is_refused_at_once_with_a_plain_message(tmp_path):
    bomb = xlsx_bomb(tmp_path / "居民.xlsx")
    assert 1_400_000 < bomb.stat().st_size < 1_600_000
    with zipfile.ZipFile(bomb) as z:  # a well-formed zip that unpacks to hundreds of MB
        assert sum(i.file_size for i in z.infolist()) > 300 * 2**20

    started = time.perf_counter()
    with pytest.raises(ImportProblem, match=r"居民\.xlsx unpacks to [0-9.]+ MB"):
        read_table(bomb)
    assert time.perf_counter() - started < 5  # from the zip's directory, not its cells


# -- size and rows ---------------------------------------------------------------------------


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    big = tmp_path / "big.csv"
    with big.open("wb") as f:
        f.write("姓名\n张三\n".encode())
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing written to disk
    with pytest.raises(ImportProblem, match=r"big\.csv is 200 MB; a file to import can have"):
        read_table(big)


def test_a_file_with_too_many_rows_is_refused(tmp_path):
    path = write_csv(tmp_path / "many.csv", "姓名,手机号\n" + "张三,\n" * (MAX_ROWS + 100))
    with pytest.raises(ImportProblem, match=f"many.csv has more than {MAX_ROWS} rows"):
        read_table(path)


def test_a_cell_far_to_the_right_does_not_widen_every_row(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "手机号"])
    for i in range(2, 2002):
        sheet.cell(i, 1, f"张{i}")
    sheet.cell(2, 16384, "远处")  # column XFD
    book.save(tmp_path / "wide.xlsx")
    table = read_table(tmp_path / "wide.xlsx")
    assert len(table.rows) == 2000
    assert max(len(r) for r in table.rows) <= 256


# -- cells -----------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_cell_too_long_for_any_spreadsheet_is_an_error_with_its_row_and_a_short_value(
    store, admin, tmp_path, suffix
):
    notes = "很长的备注" * 700_000  # 3.5 million characters
    rows = [["姓名", "手机号", "备注"], ["张三", "13800138000", "正常"], ["李四", "", notes]]
    path = tmp_path / f"long{suffix}"
    if suffix == ".csv":
        write_csv(path, "\n".join(",".join(r) for r in rows) + "\n")
    else:  # openpyxl cuts what it writes at 32,767 characters; other programs do not
        book = Workbook()
        for r in rows:
            book.active.append([c if c != notes else "PLACEHOLDER" for c in r])
        buffer = io.BytesIO()
        book.save(buffer)
        with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w") as out:
            for info in src.infolist():
                data = src.read(info)
                if info.filename.endswith("sheet1.xml"):
                    data = data.replace(b"PLACEHOLDER", notes.encode())
                out.writestr(info, data, zipfile.ZIP_DEFLATED)

    result = plan(store, admin, path)

    assert [(e.row, e.column) for e in result.errors] == [(3, "备注")]
    error = result.errors[0]
    assert error.reason == (
        f"This cell holds {len(notes)} characters; a cell can hold at most {MAX_CELL_CHARS}."
    )
    assert len(error.value) <= 61 and error.value.endswith("…")
    assert not result.residents


def test_control_characters_are_refused_with_their_row_and_column(store, admin, tmp_path):
    filler = "".join(f"居民{i},,{'正常备注' * 10}\n" for i in range(2000))  # > 64 KiB
    path = write_csv(
        tmp_path / "control.csv",
        "姓名,手机号,备注\n王\x01五,13800138000,\n" + filler + "赵六,,前半\x00后半\n",
    )
    assert path.read_bytes().index(b"\x00") > 65536

    result = plan(store, admin, path)

    assert [(e.row, e.column, e.value) for e in result.errors] == [
        (2, "姓名", "王<U+0001>五"),
        (2003, "备注", "前半<U+0000>后半"),
    ]
    assert result.errors[0].reason == (
        "This cell holds an invisible control character (U+0001) at character 2. "
        "Type the cell again and import again."
    )


def test_a_control_character_excel_escaped_in_an_xlsx_is_refused(store, admin, tmp_path):
    book = Workbook()
    book.active.append(["姓名", "备注"])
    book.active.append(["王_x0001_五", ""])  # how Excel writes U+0001 into the file
    book.save(tmp_path / "escaped.xlsx")
    result = plan(store, admin, tmp_path / "escaped.xlsx")
    assert [(e.row, e.column, e.value) for e in result.errors] == [(2, "姓名", "王<U+0001>五")]
