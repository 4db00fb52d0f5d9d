"""The treasure box's overdue list as an .xlsx sheet (to ring round, or hand to a grid worker)."""

from __future__ import annotations

import os
from datetime import date

from gridesk import clock
from gridesk.clock import local_day
from gridesk.core.actor import Actor
from gridesk.core.store import Store
from gridesk.core.treasure.lending import overdue_list
from gridesk.exchange.workbook import safe_row, save_workbook

OVERDUE_COLUMNS = ("借用人", "电话", "住址", "物品", "单号", "借出日期", "应还日期", "逾期天数")
_WIDTHS = (12, 16, 24, 20, 20, 12, 12, 10)


def export_overdue(
    store: Store, actor: Actor, path: str | os.PathLike[str], today: date | None = None
) -> int:
    """Write the overdue loans to ``path`` (.xlsx); returns how many. Written to a temporary
    file first and moved into place, so a failed export leaves no half file."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    today = today or clock.today()
    rows = overdue_list(store, actor, today)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "逾期未还"
    sheet.append(list(OVERDUE_COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for r in rows:
        sheet.append(
            safe_row(
                sheet,
                [
                    r.resident_name,
                    r.phone,
                    r.address,
                    r.item_name,
                    r.number,
                    local_day(r.lent_at),
                    r.due_on,
                    r.days_overdue,
                ],
            )
        )
    for i, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
        for (cell,) in sheet.iter_rows(min_row=2, min_col=i, max_col=i):
            if isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    save_workbook(book, path)
    return len(rows)
