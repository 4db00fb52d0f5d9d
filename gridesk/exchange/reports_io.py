"""报表 as .xlsx: one sheet per section (figures, breakdowns, trends, heat maps), with
native Excel charts over those cells, so the office can restyle them; through workbook.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gridesk.core.reports.paper import Translate, code_name
from gridesk.core.reports.report import Report
from gridesk.core.reports.results import Section
from gridesk.exchange.workbook import safe_row, save_workbook

SHEET_NAME_LIMIT = 31


def write_report_workbook(report: Report, translate: Translate, path: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, LineChart, PieChart, Reference
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.styles import Font

    words = translate
    bold = Font(bold=True)
    this, before = words("ReportsPage", "This period"), words("ReportsPage", "Compared")
    book = Workbook()
    book.remove(book.active)
    for section in report.sections:
        sheet = book.create_sheet(words("reports", section.title)[:SHEET_NAME_LIMIT])
        sheet.append(safe_row(sheet, [report.centre, report.scope.name]))
        sheet.append(
            [
                f"{report.period.first:%Y-%m-%d}",
                f"{report.period.last:%Y-%m-%d}",
                f"{report.compared.first:%Y-%m-%d}",
                f"{report.compared.last:%Y-%m-%d}",
            ]
        )
        sheet.append([])
        _figures(sheet, section, words, bold, this, before)
        anchor_col = "G"
        anchor_row = 1
        for series in section.series:
            sheet.append([])
            top = sheet.max_row + 1
            sheet.append(
                safe_row(
                    sheet,
                    [
                        words("reports", series.label),
                        *(words("reports", n) for n, _ in series.lines),
                    ],
                )
            )
            sheet.cell(top, 1).font = bold
            for i, bucket in enumerate(series.buckets):
                sheet.append([bucket, *(v[i] for _, v in series.lines)])
            chart: Any = LineChart()
            chart.title = words("reports", series.label)
            chart.height, chart.width = 7, 16
            data = Reference(
                sheet,
                min_col=2,
                max_col=1 + len(series.lines),
                min_row=top,
                max_row=top + len(series.buckets),
            )
            chart.add_data(data, titles_from_data=True)
            chart.set_categories(
                Reference(sheet, min_col=1, min_row=top + 1, max_row=top + len(series.buckets))
            )
            sheet.add_chart(chart, f"{anchor_col}{anchor_row}")
            anchor_row += 16
        for table in section.tables:
            sheet.append([])
            top = sheet.max_row + 1
            sheet.append(
                safe_row(
                    sheet,
                    [
                        words("reports", table.label),
                        this,
                        before,
                        *(words("reports", c) for c in table.columns),
                    ],
                )
            )
            for cell in sheet[top]:
                cell.font = bold
            for r in table.rows:
                sheet.append(
                    safe_row(
                        sheet,
                        [code_name(table.vocabulary, r.name, words), r.value, r.previous, *r.extra],
                    )
                )
            if table.chart == "none" or not table.rows:
                continue
            n = min(len(table.rows), 12)
            bars: Any = PieChart() if table.chart == "pie" else BarChart()
            bars.title = words("reports", table.label)
            bars.height, bars.width = 7, 16
            data = Reference(
                sheet,
                min_col=2,
                max_col=2 if table.chart == "pie" else 3,
                min_row=top,
                max_row=top + n,
            )
            bars.add_data(data, titles_from_data=True)
            bars.set_categories(Reference(sheet, min_col=1, min_row=top + 1, max_row=top + n))
            sheet.add_chart(bars, f"{anchor_col}{anchor_row}")
            anchor_row += 16
        for heat in section.heatmaps:
            sheet.append([])
            top = sheet.max_row + 1
            sheet.append(safe_row(sheet, [words("reports", heat.label), *heat.columns]))
            sheet.cell(top, 1).font = bold
            for name, values in zip(heat.rows, heat.values, strict=True):
                sheet.append(safe_row(sheet, [code_name(heat.vocabulary, name, words), *values]))
            last_col = sheet.cell(top, 1 + len(heat.columns)).column_letter
            sheet.conditional_formatting.add(
                f"B{top + 1}:{last_col}{top + len(heat.rows)}",
                ColorScaleRule(
                    start_type="num",
                    start_value=0,
                    start_color="FFFFFF",
                    end_type="num",
                    end_value=100,
                    end_color="2F6FB0",
                ),
            )
        sheet.column_dimensions["A"].width = 34
    return save_workbook(book, path)


def _figures(
    sheet: Any, section: Section, words: Translate, bold: Any, this: str, before: str
) -> None:
    sheet.append([words("ReportsPage", "Figure"), this, before, words("ReportsPage", "Change")])
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    for f in section.figures:
        sheet.append(safe_row(sheet, [words("reports", f.label), f.value, f.previous, f.change]))
        if f.unit == "%":
            for cell in sheet[sheet.max_row][1:4]:
                cell.number_format = '0.0"%"'
