"""The annual evaluation's papers (年度评议): the ranking of all units, then an A4 report per
unit (what it did, each criterion's score and weight, its total and rank, its three lists).

Plain data in, PDF bytes out, in Chinese like the other papers.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from gridesk.documents.cards import fit_line
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
)

LEFT, RIGHT = A4_LEFT, A4_RIGHT


@dataclass(frozen=True)
class CriterionLine:
    name: str  # 吹哨报到办件
    figure: str  # "12 件" / "—" for scores given on the sheet
    weight: int
    score: float


@dataclass(frozen=True)
class ListLine:
    list_name: str  # 项目清单
    title: str
    status: str  # 已完成


@dataclass(frozen=True)
class UnitReport:
    name: str
    kind: str
    contact: str
    members: int
    rank: int
    of: int
    total: float
    criteria: tuple[CriterionLine, ...]
    lists: tuple[ListLine, ...] = ()


@dataclass(frozen=True)
class RankingLine:
    rank: int
    name: str
    kind: str
    total: float
    cases: int
    wishes: int
    hours: str


def _rule(canvas: Canvas, y: float, color: Color = RULE, width: float = 0.4) -> None:
    canvas.setStrokeColor(color)
    canvas.setLineWidth(width)
    canvas.line(LEFT, y, RIGHT, y)


def _ranking_page(
    canvas: Canvas, year: int, lines: Sequence[RankingLine], station: StationInfo, printed: date
) -> None:
    columns = (
        LEFT,
        LEFT + 16 * mm,
        LEFT + 84 * mm,
        LEFT + 106 * mm,
        LEFT + 128 * mm,
        LEFT + 148 * mm,
    )
    heads = ("名次", "共建单位", "类别", "总分", "办件", "心愿 / 时长")
    y = draw_band(canvas, station, f"{year} 年度共建单位评议排名", f"共 {len(lines)} 家")
    for x, head in zip(columns, heads, strict=True):
        draw_text(canvas, x, y, head, 10.5, color=RED, bold=True)
    _rule(canvas, y - 2.5 * mm, RED, 0.8)
    y -= 9 * mm
    for line in lines:
        if y < 22 * mm:
            draw_page_footer(canvas, f"{year} 年度共建单位评议 · 打印于 {printed:%Y-%m-%d}")
            canvas.showPage()
            y = draw_band(canvas, station, f"{year} 年度共建单位评议排名（续）", "")
        draw_text(
            canvas,
            columns[0],
            y,
            str(line.rank),
            12,
            bold=line.rank <= 3,
            color=RED if line.rank <= 3 else INK,
        )
        size, name = fit_line(line.name, 12, 8, columns[2] - columns[1] - 2 * mm)
        draw_text(canvas, columns[1], y, name, size)
        draw_text(canvas, columns[2], y, line.kind, 10.5)
        draw_text(canvas, columns[3], y, f"{line.total:.2f}", 12, bold=True)
        draw_text(canvas, columns[4], y, f"{line.cases} 件", 10.5)
        draw_text(canvas, columns[5], y, f"{line.wishes} 个 / {line.hours}", 10.5)
        _rule(canvas, y - 2.8 * mm)
        y -= 8.5 * mm
    if not lines:
        draw_text(canvas, LEFT, y, "尚未登记共建单位。", 12, color=INK_SOFT)
    draw_page_footer(canvas, f"{year} 年度共建单位评议 · 打印于 {printed:%Y-%m-%d}")
    canvas.showPage()


def _unit_page(
    canvas: Canvas, year: int, report: UnitReport, station: StationInfo, printed: date
) -> None:
    y = draw_band(canvas, station, f"{report.name}", f"{year} 年度评议")
    facts = (
        ("单位类别", report.kind),
        ("联系人", report.contact or "—"),
        ("双报到党员", f"{report.members} 名"),
        ("评议结果", f"第 {report.rank} 名（共 {report.of} 家）"),
    )
    for n, (label, value) in enumerate(facts):
        x = LEFT + (n % 2) * (RIGHT - LEFT) / 2
        draw_text(canvas, x, y, label, 10, color=INK_SOFT)
        size, text = fit_line(value, 12, 8, (RIGHT - LEFT) / 2 - 26 * mm)
        draw_text(canvas, x + 24 * mm, y, text, size, bold=label == "评议结果")
        if n % 2:
            y -= 8 * mm
    y -= 2 * mm
    draw_text(canvas, LEFT, y, f"总分 {report.total:.2f}", 22, color=RED, bold=True)
    y -= 12 * mm
    columns = (LEFT, LEFT + 60 * mm, LEFT + 110 * mm, LEFT + 140 * mm)
    for x, head in zip(columns, ("评议项目", "参与情况", "权重", "得分"), strict=True):
        draw_text(canvas, x, y, head, 10.5, color=RED, bold=True)
    _rule(canvas, y - 2.5 * mm, RED, 0.8)
    y -= 9 * mm
    for c in report.criteria:
        draw_text(canvas, columns[0], y, c.name, 11)
        draw_text(canvas, columns[1], y, c.figure, 11)
        draw_text(canvas, columns[2], y, f"{c.weight}", 11)
        draw_text(canvas, columns[3], y, f"{c.score:.2f}", 11)
        _rule(canvas, y - 2.8 * mm)
        y -= 8 * mm
    draw_text(
        canvas,
        LEFT,
        y - 2 * mm,
        "得分：参与数据以全年最好的单位为 100 分折算，评分项为居民代表和社区所评；总分为加权平均。",
        8.5,
        color=INK_SOFT,
    )
    y -= 14 * mm
    draw_text(canvas, LEFT, y, "双向认领清单", 12, color=RED, bold=True)
    y -= 8 * mm
    if not report.lists:
        draw_text(canvas, LEFT, y, "尚无清单内容。", 11, color=INK_SOFT)
    for line in report.lists:
        if y < 40 * mm:
            draw_text(canvas, LEFT, y, "……（更多见台账）", 10, color=INK_SOFT)
            break
        draw_text(canvas, LEFT, y, line.list_name, 10, color=INK_SOFT)
        size, text = fit_line(line.title, 11, 8, 110 * mm)
        draw_text(canvas, LEFT + 24 * mm, y, text, size)
        draw_text(canvas, RIGHT, y, line.status, 10, align="right")
        y -= 6.5 * mm
    draw_text(canvas, LEFT, 24 * mm, "社区党组织（盖章）：______________", 11)
    draw_text(canvas, LEFT + 100 * mm, 24 * mm, "日期：______________", 11)
    draw_page_footer(canvas, f"{report.name} · {year} 年度评议 · 打印于 {printed:%Y-%m-%d}")
    canvas.showPage()


def render_evaluation(
    year: int,
    ranking: Sequence[RankingLine],
    reports: Sequence[UnitReport],
    station: StationInfo,
    printed: date,
) -> bytes:
    """The ranking first, then one A4 page per unit in rank order."""
    buffer = io.BytesIO()
    canvas = a4_canvas(buffer, f"{year} 年度共建单位评议", station)
    _ranking_page(canvas, year, ranking, station, printed)
    for report in reports:
        _unit_page(canvas, year, report, station, printed)
    canvas.save()
    return buffer.getvalue()


@dataclass(frozen=True)
class PioneerLine:
    rank: int
    name: str
    hours: str  # "12.5"
    cases: int
    wishes: int
    activities: int
    index: str  # "86.5"


def render_pioneer_board(
    year: int,
    lines: Sequence[PioneerLine],
    rule: str,
    station: StationInfo,
    printed: date,
) -> bytes:
    """党员先锋指数 for the 党员积分 board: the members ranked by their index, large enough to
    read on the wall, the rule of the index at the foot of each page."""
    buffer = io.BytesIO()
    canvas = a4_canvas(buffer, f"{year} 年度党员先锋指数", station)
    columns = (
        LEFT,
        LEFT + 18 * mm,
        LEFT + 52 * mm,
        LEFT + 80 * mm,
        LEFT + 104 * mm,
        LEFT + 128 * mm,
        LEFT + 152 * mm,
    )
    heads = ("名次", "姓名", "服务时长", "领办诉求", "点亮心愿", "带头活动", "先锋指数")

    def top(title: str) -> float:
        y = draw_band(canvas, station, title, f"共 {len(lines)} 名党员")
        for x, head in zip(columns, heads, strict=True):
            draw_text(canvas, x, y, head, 11, color=RED, bold=True)
        _rule(canvas, y - 2.5 * mm, RED, 0.8)
        return y - 10 * mm

    def foot() -> None:
        draw_text(canvas, LEFT, 18 * mm, rule, 9, color=INK_SOFT)
        draw_page_footer(canvas, f"{year} 年度党员先锋指数 · 打印于 {printed:%Y-%m-%d}")

    y = top(f"{year} 年度党员先锋指数")
    if not lines:
        draw_text(canvas, LEFT, y, "尚未登记党员。", 13, color=INK_SOFT)
    for line in lines:
        if y < 28 * mm:
            foot()
            canvas.showPage()
            y = top(f"{year} 年度党员先锋指数（续）")
        lead = line.rank <= 3
        draw_text(canvas, columns[0], y, str(line.rank), 14, bold=lead, color=RED if lead else INK)
        size, name = fit_line(line.name, 14, 9, columns[2] - columns[1] - 2 * mm)
        draw_text(canvas, columns[1], y, name, size, bold=lead)
        cells = (
            f"{line.hours} 小时",
            f"{line.cases} 件",
            f"{line.wishes} 个",
            f"{line.activities} 场",
        )
        for x, cell in zip(columns[2:6], cells, strict=True):
            draw_text(canvas, x, y, cell, 12)
        draw_text(canvas, columns[6], y, line.index, 14, bold=True, color=RED if lead else INK)
        _rule(canvas, y - 3 * mm)
        y -= 10 * mm
    foot()
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
