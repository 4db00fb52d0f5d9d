"""The care register's papers: a resident's visit record (走访记录, A4), for the file a street
office keeps on each care resident, and the list of overdue visits to hand to the grid workers.

Plain data in, PDF bytes out, in Chinese like the other papers.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm

from gridesk.documents.cards import fit_line
from gridesk.documents.fonts import wrap_points
from gridesk.documents.pages import (
    A4_LEFT,
    A4_RIGHT,
    INK,
    INK_SOFT,
    RED,
    RULE,
    StationInfo,
    a4_canvas,
    draw_band,
    draw_page_footer,
    draw_text,
    format_phone,
)

LEFT, RIGHT = A4_LEFT, A4_RIGHT
BOTTOM = 18 * mm


@dataclass(frozen=True)
class VisitEntry:
    day: date
    kind: str  # 入户走访 / 慰问
    visitors: str
    findings: str
    goods: tuple[str, ...] = ()  # "米 1 袋 ¥60.00"
    follow_ups: tuple[str, ...] = ()  # "修理水管（诉求 CS-20261125-003）"


@dataclass(frozen=True)
class VisitRecord:
    """走访记录: one care resident and their visits in a period, oldest first."""

    name: str
    gender: str
    age: int | None
    phone: str
    address: str
    grid: str
    groups: tuple[str, ...]
    helpers: tuple[tuple[str, str, str], ...]  # (role, name, phone)
    every_days: int | None
    start: date
    end: date
    visits: tuple[VisitEntry, ...]
    goods_total: str  # "¥360.00"
    printed_on: date


def _wrapped(text: str, size: float, width: float) -> list[str]:
    return wrap_points(text, size, width) if text else []


def render_visit_record(record: VisitRecord, station: StationInfo) -> bytes:
    """走访记录 on A4: who the resident is and who helps them, then each visit (date, kind,
    who, what was found, goods, follow-ups), then the total of goods and lines to sign."""
    buffer = io.BytesIO()
    canvas = a4_canvas(buffer, f"走访记录 {record.name}", station)
    period = f"{record.start:%Y-%m-%d} 至 {record.end:%Y-%m-%d}"
    y = draw_band(canvas, station, "困难群众走访记录", period)

    # who
    facts = [
        ("姓名", record.name),
        ("性别", record.gender or "—"),
        ("年龄", f"{record.age} 岁" if record.age is not None else "—"),
        ("电话", format_phone(record.phone) if record.phone else "—"),
        ("住址", record.address or "—"),
        ("网格", record.grid or "—"),
        ("帮扶类别", "、".join(record.groups) or "—"),
        ("走访频次", f"每 {record.every_days} 天" if record.every_days else "未设定"),
    ]
    col = (RIGHT - LEFT) / 2
    for n, (label, value) in enumerate(facts):
        x = LEFT + (n % 2) * col
        draw_text(canvas, x, y, label, 10, color=INK_SOFT)
        size, text = fit_line(value, 12, 8, col - 24 * mm)
        draw_text(canvas, x + 20 * mm, y, text, size, bold=label == "姓名")
        if n % 2:
            y -= 7.5 * mm
    y -= 2 * mm
    draw_text(canvas, LEFT, y, "帮扶责任人", 12, color=RED, bold=True)
    y -= 7 * mm
    if not record.helpers:
        draw_text(canvas, LEFT, y, "尚未登记帮扶责任人", 11, color=INK_SOFT)
        y -= 7 * mm
    for role, name, phone in record.helpers:
        draw_text(canvas, LEFT, y, role, 11, color=INK_SOFT)
        draw_text(canvas, LEFT + 28 * mm, y, name, 12)
        draw_text(canvas, LEFT + 62 * mm, y, format_phone(phone), 12)
        y -= 6.5 * mm
    y -= 3 * mm

    # the visits
    columns = (LEFT, LEFT + 26 * mm, LEFT + 44 * mm, LEFT + 78 * mm)
    heads = ("日期", "类别", "走访人", "情况、物资与跟进")
    text_width = RIGHT - columns[3]

    def table_head(y: float) -> float:
        for x, head in zip(columns, heads, strict=True):
            draw_text(canvas, x, y, head, 10.5, color=RED, bold=True)
        canvas.setStrokeColor(RED)
        canvas.setLineWidth(0.8)
        canvas.line(LEFT, y - 2.5 * mm, RIGHT, y - 2.5 * mm)
        return y - 8 * mm

    y = table_head(y)
    if not record.visits:
        draw_text(canvas, LEFT, y, "本期没有走访记录。", 12, color=INK_SOFT)
        y -= 8 * mm
    line_height = 5.2 * mm
    for visit in record.visits:
        lines = _wrapped(visit.findings or "（未记录情况）", 10, text_width)
        for goods in visit.goods:
            lines.extend(_wrapped(f"物资：{goods}", 10, text_width))
        for follow in visit.follow_ups:
            lines.extend(_wrapped(f"跟进：{follow}", 10, text_width))
        visitor_lines = _wrapped(visit.visitors, 10, columns[3] - columns[2] - 2 * mm)[:4]
        height = max(len(lines), len(visitor_lines), 1) * line_height + 3 * mm
        if y - height < BOTTOM:
            draw_page_footer(canvas, f"{record.name} 走访记录")
            canvas.showPage()
            y = table_head(draw_band(canvas, station, "困难群众走访记录（续）", period))
        draw_text(canvas, columns[0], y, f"{visit.day:%Y-%m-%d}", 10.5)
        draw_text(canvas, columns[1], y, visit.kind, 10.5)
        for n, text in enumerate(visitor_lines):
            draw_text(canvas, columns[2], y - n * line_height, text, 10)
        for n, text in enumerate(lines):
            color = INK if not text.startswith(("物资：", "跟进：")) else INK_SOFT
            draw_text(canvas, columns[3], y - n * line_height, text, 10, color=color)
        y -= height
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(LEFT, y + 3.5 * mm, RIGHT, y + 3.5 * mm)

    # the total and the signatures
    if y - 30 * mm < BOTTOM:
        draw_page_footer(canvas, f"{record.name} 走访记录")
        canvas.showPage()
        y = draw_band(canvas, station, "困难群众走访记录（续）", period)
    y -= 4 * mm
    draw_text(
        canvas,
        LEFT,
        y,
        f"本期走访 {len(record.visits)} 次，慰问物资合计 {record.goods_total}",
        12,
        bold=True,
    )
    y -= 16 * mm
    draw_text(canvas, LEFT, y, "帮扶责任人签字：____________", 11)
    draw_text(canvas, LEFT + 90 * mm, y, "社区（盖章）：____________", 11)
    draw_page_footer(canvas, f"{record.name} 走访记录 · 打印于 {record.printed_on:%Y-%m-%d}")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@dataclass(frozen=True)
class OverdueEntry:
    name: str
    phone: str
    address: str
    groups: str
    helpers: str
    last_visit: str  # "2026-10-01", or how the window words a resident never visited
    days_overdue: int


def render_overdue_visits(
    entries: Sequence[OverdueEntry], today: date, station: StationInfo
) -> bytes:
    """The care residents not visited in time, with their helpers, to hand round (A4)."""
    buffer = io.BytesIO()
    canvas = a4_canvas(buffer, "逾期未走访名单", station)
    columns = (LEFT, LEFT + 20 * mm, LEFT + 46 * mm, LEFT + 86 * mm, LEFT + 136 * mm)
    heads = ("姓名", "电话", "住址", "帮扶责任人", "上次走访")
    subtitle = f"截至 {today:%Y-%m-%d}　共 {len(entries)} 人"

    def top() -> float:
        y = draw_band(canvas, station, "逾期未走访名单", subtitle)
        for x, head in zip(columns, heads, strict=True):
            draw_text(canvas, x, y, head, 10.5, color=RED, bold=True)
        canvas.setStrokeColor(RED)
        canvas.line(LEFT, y - 2.5 * mm, RIGHT, y - 2.5 * mm)
        return y - 8 * mm

    y = top()
    if not entries:
        draw_text(canvas, LEFT, y, "所有困难群众都已按时走访。", 13, color=INK_SOFT)
    bounds = (*columns[1:], RIGHT)
    for e in entries:
        if y < BOTTOM + 6 * mm:
            draw_page_footer(canvas, "逾期未走访名单")
            canvas.showPage()
            y = top()
        last = e.last_visit if not e.days_overdue else f"{e.last_visit}（逾期 {e.days_overdue} 天）"
        cells = (e.name, format_phone(e.phone), e.address, e.helpers or "未登记", last)
        for x, right, cell in zip(columns, bounds, cells, strict=True):
            size, text = fit_line(cell, 10, 6.5, right - x - 2 * mm)
            draw_text(canvas, x, y, text, size)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(LEFT, y - 2.5 * mm, RIGHT, y - 2.5 * mm)
        y -= 7.5 * mm
    draw_page_footer(canvas, "逾期未走访名单")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
