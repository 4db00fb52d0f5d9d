"""What every spreadsheet GriDesk writes shares: cells that cannot run as formulas, and a file
that appears only when whole and says plainly when Excel or WPS holds it open."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from gridesk.errors import QT_TRANSLATE_NOOP, GrideskError

# A cell beginning with one of these is run as a formula by Excel, WPS or LibreOffice (and
# openpyxl itself stores a string beginning with "=" as a formula).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class WorkbookNotWritten(GrideskError):
    pass


def neutralise(value: Any) -> Any:
    """Text a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def safe_row(values: Iterable[Any]) -> list[Any]:
    """A row of cells, each neutralised: for rows holding what people typed."""
    return [neutralise(v) for v in values]


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
        raise WorkbookNotWritten(
            QT_TRANSLATE_NOOP(
                "errors",
                "{file} cannot be written: it may be open in Excel or WPS. Close it there, or "
                "choose another name.",
            ),
            file=target.name,
        ) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return target
