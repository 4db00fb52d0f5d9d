"""Requests out to Excel/CSV: the case list (``gridesk export requests``) and the weekly review.

Chinese column headers, as the hall reads them; .xlsx through openpyxl (write-only), or .csv in
UTF-8 with a BOM so Excel opens it right.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from gridesk.core.actor import Actor, Permission
from gridesk.core.labels import zh
from gridesk.core.requests.cases import CaseFilter, CaseRow, list_cases
from gridesk.core.requests.labels import STATUS
from gridesk.core.requests.review import Review
from gridesk.core.store import Store
from gridesk.errors import QT_TRANSLATE_NOOP, ValidationError
from gridesk.exchange.workbook import safe_row, save_workbook, sheet_file

HEADERS = (
    "工单号",
    "受理日期",
    "诉求人",
    "电话",
    "类别",
    "网格",
    "承办",
    "状态",
    "办理时限",
    "评分",
    "诉求内容",
)
WIDTHS = (18, 12, 10, 14, 14, 12, 16, 12, 12, 6, 60)
PAGE = 2000


def _cells(r: CaseRow) -> list[object]:
    return [
        r.number,
        r.accepted_day.isoformat(),
        r.contact_name,
        r.phone,
        r.category,
        r.grid_name,
        r.handler_name,
        zh(STATUS, r.status),
        r.deadline.isoformat() if r.deadline else "",
        r.rating or "",
        r.description,
    ]


def _rows(store: Store, actor: Actor, f: CaseFilter) -> Iterator[CaseRow]:
    offset = 0
    while True:
        page = list_cases(store, actor, f, offset, PAGE)
        yield from page
        if len(page) < PAGE:
            return
        offset += PAGE


def _check_suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Export to a .xlsx or .csv file."), field="file"
        )
    return suffix


def export_requests(
    store: Store,
    actor: Actor,
    path: str | os.PathLike[str],
    day_from: date | None = None,
    day_to: date | None = None,
) -> int:
    """Every case accepted between the two days (inclusive; open-ended when None)."""
    actor.require(Permission.REQUESTS_VIEW)
    path = Path(path)
    _check_suffix(path)
    f = CaseFilter(view="all", day_from=day_from, day_to=day_to, sort="number")
    n = 0
    with sheet_file(path, HEADERS, widths=WIDTHS, title="诉求") as sheet:
        for row in _rows(store, actor, f):
            sheet.append(_cells(row))
            n += 1
    return n


def export_review(review: Review, path: str | os.PathLike[str]) -> None:
    """The weekly review as a workbook: 汇总 (counts and satisfaction) and 工单 (overdue first)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "汇总"
    bold = Font(bold=True)
    summary.append([f"民情周会审 {review.first_day} 至 {review.last_day}"])
    summary["A1"].font = Font(bold=True, size=14)
    summary.append(["工单总数", len(review.cases)])
    summary.append(["超期", review.overdue])
    summary.append(["已评价", review.rated])
    summary.append(
        ["平均评分", round(review.average_rating, 2) if review.average_rating is not None else ""]
    )
    summary.append(
        ["满意率", f"{review.satisfied_share:.0%}" if review.satisfied_share is not None else ""]
    )
    for title, pairs in (
        ("按类别", review.by_category),
        ("按网格", review.by_grid),
        ("按状态", tuple((zh(STATUS, k), n) for k, n in review.by_status)),
    ):
        summary.append([])
        summary.append([title])
        summary.cell(summary.max_row, 1).font = bold
        for key, n in pairs:
            summary.append(safe_row(summary, [key, n]))
    summary.column_dimensions["A"].width = 24
    cases = book.create_sheet("工单")
    cases.append(list(HEADERS))
    for cell in cases[1]:
        cell.font = bold
    red = PatternFill("solid", fgColor="F8D7DA")
    for row in review.cases:
        cases.append(safe_row(cases, _cells(row)))
        if review.is_overdue(row):
            for cell in cases[cases.max_row]:
                cell.fill = red
    for i, width in enumerate(WIDTHS):
        cases.column_dimensions[chr(ord("A") + i)].width = width
    save_workbook(book, path)
