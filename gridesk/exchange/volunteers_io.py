"""Volunteers' hours report as .xlsx: hours by person, by team, by month, and every record."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from gridesk.core.actor import Actor
from gridesk.core.labels import zh
from gridesk.core.store import Store
from gridesk.core.volunteers.hours import HoursTotal, hours_report, list_hours
from gridesk.core.volunteers.labels import HOURS_SOURCE, HOURS_STATUS
from gridesk.core.volunteers.services import COUNTED, local_dt
from gridesk.errors import GrideskError
from gridesk.exchange.workbook import safe_row, save_workbook


class ReportNotWritten(GrideskError):
    """The report file cannot be written."""


def export_hours_report(store: Store, actor: Actor, file: Path, start: date, end: date) -> int:
    """Write the report for records started from ``start`` to ``end`` (inclusive); returns
    the number of records. The file appears whole or not at all."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    report = hours_report(store, actor, start, end + timedelta(days=1))
    records = list_hours(
        store,
        actor,
        statuses=COUNTED,
        since=local_dt(start, 0),
        until=local_dt(end + timedelta(days=1), 0),
        limit=1_000_000,
    )
    workbook = Workbook()
    bold = Font(bold=True)

    def sheet(
        title: str, headers: list[str], rows: list[list[object]], first: bool = False
    ) -> None:
        ws = workbook.active if first else workbook.create_sheet()
        assert ws is not None
        ws.title = title
        ws.append(headers)
        for cell in ws[1]:
            cell.font = bold
        for row in rows:
            ws.append(safe_row(ws, row))
        for i, width in enumerate([16, 14, 12, 12, 30, 12, 12][: len(headers)]):
            ws.column_dimensions[chr(ord("A") + i)].width = width

    def totals(items: tuple[HoursTotal, ...]) -> list[list[object]]:
        return [[t.key, round(t.minutes / 60, 2), t.records, t.people] for t in items]

    head = ["", "服务时长（小时）", "次数", "人数"]
    sheet("按人员", ["姓名", *head[1:]], totals(report.by_person), first=True)
    sheet("按队伍", ["队伍", *head[1:]], totals(report.by_team))
    sheet("按月份", ["月份", *head[1:]], totals(report.by_month))
    sheet(
        "明细",
        ["姓名", "日期", "签到", "签退", "内容", "分钟", "状态"],
        [
            [
                r.name,
                r.started_at.astimezone().date(),
                r.started_at.astimezone().strftime("%H:%M"),
                r.ended_at.astimezone().strftime("%H:%M") if r.ended_at else "",
                f"{HOURS_SOURCE[r.source].zh}：{r.label}",
                r.minutes,
                zh(HOURS_STATUS, r.status)
                + (f"（{r.correction_reason}）" if r.correction_reason else ""),
            ]
            for r in reversed(records)
        ],
    )
    save_workbook(workbook, file)
    return len(records)
