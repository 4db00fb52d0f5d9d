"""报表 on paper: the A4 月报 / 季报 / 年报 of the centre's figures, with reportlab's own charts.

Drawn from :class:`ReportPaper`, plain text and numbers the caller has already put in words
(``core/reports/paper.py``), so this module knows nothing of where the numbers come from.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

PIE_COLOURS = (
    "#C8102E",
    "#2F6FB0",
    "#E0B252",
    "#3A9A5B",
    "#7D5BB5",
    "#8C6D4F",
    "#E0782F",
    "#5AA5B8",
    "#9E0B22",
    "#B9B0A8",
)


@dataclass(frozen=True)
class PaperChart:
    """A chart: ``kind`` bars | lines | pie | heat. Bars and lines: one value per label for
    each named series. Heat: ``rows`` by ``labels``, shares 0-100 (None: closed)."""

    title: str
    kind: str
    labels: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...] = ()
    rows: tuple[str, ...] = ()
    cells: tuple[tuple[float | None, ...], ...] = ()


@dataclass(frozen=True)
class PaperTable:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class PaperSection:
    title: str
    figures: tuple[tuple[str, str, str, str], ...]
    """(figure, this period, compared period, change), as printed."""
    charts: tuple[PaperChart, ...] = ()
    tables: tuple[PaperTable, ...] = ()


@dataclass(frozen=True)
class ReportPaper:
    centre: str
    kind: str
    """week | month | quarter | year | range: 周报 / 月报 / 季报 / 年报 / 报表."""
    first: date
    last: date
    compared_first: date
    compared_last: date
    made_at: datetime
    headline: tuple[tuple[str, str], ...]
    """The cover's figures: (label, value)."""
    sections: tuple[PaperSection, ...]
    words: dict[str, str] = field(default_factory=dict)
    """The page's own words: figure, this, compared, change, page, made."""


TITLES = {"week": "周报", "month": "月报", "quarter": "季报", "year": "年报", "range": "报表"}


def period_text(kind: str, first: date, last: date) -> str:
    """The period in Chinese: 2026年10月, 2026年第四季度, 2026年, or its days."""
    if kind == "month":
        return f"{first.year}年{first.month}月"
    if kind == "quarter":
        return f"{first.year}年第{'一二三四'[(first.month - 1) // 3]}季度"
    if kind == "year":
        return f"{first.year}年"
    return f"{first.year}年{first.month}月{first.day}日至{last.year}年{last.month}月{last.day}日"


def _w(paper: ReportPaper, key: str, default: str) -> str:
    return paper.words.get(key, default)


def report_pdf(paper: ReportPaper) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        CondPageBreak,
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    from gridesk.documents.fonts import FONT_NAME, register_fonts
    from gridesk.documents.pages import INK_SOFT, RED, RED_TINT, RULE

    register_fonts()
    title_text = TITLES.get(paper.kind, "报表")
    when = period_text(paper.kind, paper.first, paper.last)
    body = ParagraphStyle("body", fontName=FONT_NAME, fontSize=9.5, leading=13, wordWrap="CJK")
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=INK_SOFT)
    title = ParagraphStyle("title", parent=body, fontSize=24, leading=32, textColor=RED)
    head = ParagraphStyle(
        "head", parent=body, fontSize=15, leading=21, textColor=RED, spaceBefore=4, spaceAfter=4
    )
    sub = ParagraphStyle("sub", parent=body, fontSize=11, leading=15, spaceBefore=6, spaceAfter=2)
    width = A4[0] - 36 * mm
    buffer = io.BytesIO()

    def footer(canvas: Any, doc: Any) -> None:
        c = canvas
        c.saveState()
        c.setFont(FONT_NAME, 8)
        c.setFillColor(INK_SOFT)
        c.drawString(18 * mm, 10 * mm, f"{paper.centre} {when}{title_text}")
        c.drawRightString(
            A4[0] - 18 * mm,
            10 * mm,
            _w(paper, "page", "第 {n} 页").format(n=doc.page),
        )
        c.restoreState()

    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=f"{paper.centre} {when}{title_text}",
        author=paper.centre,
        creator="GriDesk",
    )

    def grid_table(rows: list[list[object]], widths: list[float], numeric_from: int = 1) -> Table:
        t = Table(rows, colWidths=widths, repeatRows=1)
        t.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT_NAME),
                    ("FONTSIZE", (0, 0), (-1, -1), 9),
                    ("BACKGROUND", (0, 0), (-1, 0), RED_TINT),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ]
            )
        )
        return t

    story: list[object] = [
        Spacer(0, 30 * mm),
        Paragraph(paper.centre, title),
        Paragraph(
            f"{when}{title_text}",
            ParagraphStyle("t2", parent=title, fontSize=20, leading=28, textColor=colors.black),
        ),
        Spacer(0, 4 * mm),
        Paragraph(f"统计期间：{paper.first:%Y-%m-%d} 至 {paper.last:%Y-%m-%d}", sub),
        Paragraph(
            f"对比期间：{paper.compared_first:%Y-%m-%d} 至 {paper.compared_last:%Y-%m-%d}", small
        ),
        Paragraph(f"制表时间：{paper.made_at.astimezone():%Y-%m-%d %H:%M}", small),
        Spacer(0, 12 * mm),
    ]
    cover = [
        [Paragraph(label, body), Paragraph(f"<b>{value}</b>", body)]
        for label, value in paper.headline
    ]
    if cover:
        story.append(grid_table(cover, [width * 0.6, width * 0.4]))
    for section in paper.sections:
        story += [PageBreak(), Paragraph(section.title, head)]
        rows: list[list[object]] = [
            [
                _w(paper, "figure", "指标"),
                _w(paper, "this", "本期"),
                _w(paper, "compared", "对比期"),
                _w(paper, "change", "增减"),
            ]
        ]
        rows += [[Paragraph(f[0], body), f[1], f[2], f[3]] for f in section.figures]
        story.append(grid_table(rows, [width * 0.52, width * 0.16, width * 0.16, width * 0.16]))
        for chart in section.charts:
            drawing = _drawing(chart, width, FONT_NAME)
            if drawing is not None:
                story += [
                    CondPageBreak(drawing.height + 20 * mm),
                    KeepTogether([Paragraph(chart.title, sub), drawing]),
                ]
        for table in section.tables:
            if not table.rows:
                continue
            n = len(table.headers)
            first = width * (0.46 if n > 3 else 0.52)
            rest = (width - first) / max(1, n - 1)
            rows = [list(table.headers)]
            rows += [[Paragraph(r[0], body), *r[1:]] for r in table.rows]
            story += [
                Spacer(0, 3 * mm),
                CondPageBreak(40 * mm),  # a table's title never stands alone at a page's foot
                Paragraph(table.title, sub),
                grid_table(rows, [first] + [rest] * (n - 1)),
            ]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _short(text: str, n: int = 8) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _drawing(chart: PaperChart, width: float, font: str) -> Any:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.charts.linecharts import HorizontalLineChart
    from reportlab.graphics.charts.piecharts import Pie
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib import colors

    palette = [colors.HexColor(c) for c in PIE_COLOURS]
    if chart.kind == "heat":
        if not chart.rows or not chart.labels:
            return None
        left = 60.0
        cw = (width - left) / len(chart.labels)
        ch = 16.0
        d = Drawing(width, 18 + ch * len(chart.rows))
        top = d.height - 14
        for j, label in enumerate(chart.labels):
            d.add(
                String(
                    left + j * cw + cw / 2,
                    top + 3,
                    label,
                    fontName=font,
                    fontSize=7,
                    textAnchor="middle",
                )
            )
        for i, row in enumerate(chart.rows):
            y = top - (i + 1) * ch
            d.add(String(0, y + 4, _short(row, 7), fontName=font, fontSize=8))
            for j, v in enumerate(chart.cells[i]):
                if v is None:
                    fill = colors.HexColor("#EEEEEE")
                else:
                    s = max(0.0, min(1.0, v / 100))
                    fill = colors.Color(1 - 0.78 * s, 1 - 0.9 * s, 1 - 0.82 * s)
                d.add(
                    Rect(
                        left + j * cw + 0.5,
                        y + 0.5,
                        cw - 1,
                        ch - 1,
                        fillColor=fill,
                        strokeColor=None,
                    )
                )
                if v is not None:
                    d.add(
                        String(
                            left + j * cw + cw / 2,
                            y + 4.5,
                            f"{v:.0f}",
                            fontName=font,
                            fontSize=6.5,
                            textAnchor="middle",
                            fillColor=colors.white if v > 50 else colors.black,
                        )
                    )
        return d
    if not chart.labels or not chart.series:
        return None
    if chart.kind == "pie":
        values = list(chart.series[0][1])
        if sum(values) <= 0:
            return None
        d = Drawing(width, 150)
        pie = Pie()
        pie.x, pie.y, pie.width, pie.height = 20, 10, 130, 130
        pie.data = values
        pie.labels = None
        pie.slices.strokeColor = colors.white
        for i in range(len(values)):
            pie.slices[i].fillColor = palette[i % len(palette)]
        d.add(pie)
        legend = Legend()
        legend.x, legend.y = 190, 140
        legend.fontName, legend.fontSize = font, 8.5
        legend.alignment = "right"
        legend.columnMaximum = 10
        total = sum(values)
        legend.colorNamePairs = [
            (palette[i % len(palette)], f"{_short(name, 14)}  {v:g}（{100 * v / total:.0f}%）")
            for i, (name, v) in enumerate(zip(chart.labels, values, strict=False))
        ][:20]
        d.add(legend)
        return d
    d = Drawing(width, 170)
    plot = VerticalBarChart() if chart.kind == "bars" else HorizontalLineChart()
    plot.x, plot.y, plot.width, plot.height = 36, 30, width - 140, 125
    plot.data = [list(v) for _, v in chart.series]
    plot.categoryAxis.categoryNames = [_short(x) for x in chart.labels]
    plot.categoryAxis.labels.fontName = font
    plot.categoryAxis.labels.fontSize = 7
    if len(chart.labels) > 8:
        plot.categoryAxis.labels.angle = 30
        plot.categoryAxis.labels.boxAnchor = "ne"
    plot.valueAxis.labels.fontName = font
    plot.valueAxis.labels.fontSize = 7
    plot.valueAxis.valueMin = 0
    top = max((max(v, default=0) for _, v in chart.series), default=0)
    if top <= 0:
        plot.valueAxis.valueMax = 1
    for i in range(len(chart.series)):
        if chart.kind == "bars":
            plot.bars[i].fillColor = palette[i % len(palette)]
            plot.bars[i].strokeColor = None
        else:
            plot.lines[i].strokeColor = palette[i % len(palette)]
            plot.lines[i].strokeWidth = 1.6
    d.add(plot)
    legend = Legend()
    legend.x, legend.y = width - 95, 150
    legend.fontName, legend.fontSize = font, 8.5
    legend.alignment = "right"
    legend.colorNamePairs = [
        (palette[i % len(palette)], name) for i, (name, _) in enumerate(chart.series)
    ]
    d.add(legend)
    return d
