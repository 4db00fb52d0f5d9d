"""The care register (困难群众台账) as the .xlsx a street office asks for: a title row, the date
it was drawn up, then one row per care resident with a running number, the helpers (帮扶责任人)
and their phones, the visit rhythm and the last visit; frozen headers, printed landscape."""

from __future__ import annotations

import os
from datetime import date

from gridesk import clock
from gridesk.core.actor import Actor
from gridesk.core.care.register import register
from gridesk.core.labels import zh
from gridesk.core.residents.labels import GENDER
from gridesk.core.residents.records import ResidentFilter, age_on
from gridesk.core.store import Store
from gridesk.exchange.workbook import safe_row, save_workbook

REGISTER_COLUMNS = (
    "序号",
    "姓名",
    "性别",
    "年龄",
    "身份证号码",
    "联系电话",
    "家庭住址",
    "所属网格",
    "困难类别",
    "帮扶责任人",
    "责任人电话",
    "走访频次",
    "最近走访日期",
    "最近走访情况",
    "本年走访次数",
    "本年慰问金额（元）",
    "备注",
)
_WIDTHS = (6, 10, 6, 6, 21, 14, 26, 12, 16, 20, 16, 10, 13, 36, 10, 12, 16)
_TEXT_COLUMNS = (4, 5, 10)  # ID and phone numbers keep their digits


def export_register(
    store: Store,
    actor: Actor,
    path: str | os.PathLike[str],
    f: ResidentFilter | None = None,
    today: date | None = None,
) -> int:
    """Write the register to ``path`` (.xlsx); returns how many residents."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    today = today or clock.today()
    rows = register(store, actor, f, today)
    station = store.station()
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "困难群众台账"
    last_column = get_column_letter(len(REGISTER_COLUMNS))
    sheet.append([f"{station.name if station else ''}困难群众台账"])
    sheet.merge_cells(f"A1:{last_column}1")
    sheet["A1"].font = Font(size=16, bold=True)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append([f"统计日期：{today.year}年{today.month}月{today.day}日　共 {len(rows)} 人"])
    sheet.merge_cells(f"A2:{last_column}2")
    sheet.append(list(REGISTER_COLUMNS))
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    for cell in sheet[3]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = box
    for number, r in enumerate(rows, start=1):
        sheet.append(
            safe_row(
                sheet,
                [
                    number,
                    r.name,
                    zh(GENDER, r.gender),
                    age_on(r.birth_date, today),
                    r.id_number,
                    r.phone,
                    r.address,
                    r.grid_name,
                    "、".join(r.groups),
                    "\n".join(f"{name}（{role}）" for role, name, _phone in r.helpers),
                    "\n".join(phone for _role, _name, phone in r.helpers),
                    f"每{r.every_days}天" if r.every_days else "",
                    r.last_visit,
                    r.last_findings,
                    r.visits_this_year,
                    round(r.goods_cents_this_year / 100, 2),
                    "",
                ],
            )
        )
    for i, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    for row in sheet.iter_rows(min_row=4):
        for cell in row:
            cell.border = box
            cell.alignment = wrap
            if isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"
            elif cell.column == 16:
                cell.number_format = "0.00"
            elif cell.column - 1 in _TEXT_COLUMNS:
                cell.number_format = "@"
    sheet.freeze_panes = "C4"
    sheet.print_title_rows = "3:3"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    save_workbook(book, path)
    return len(rows)
