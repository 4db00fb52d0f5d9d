"""The annual evaluation (年度评议) as an .xlsx workbook: the ranking with every figure and score
(one row a unit), and the criteria with their weights. The reports window reads the same
evaluation through core/partners/evaluation.py."""

from __future__ import annotations

import os

from gridesk.core.actor import Actor
from gridesk.core.labels import zh
from gridesk.core.partners.evaluation import MEASURES, evaluate
from gridesk.core.partners.labels import KIND, MEASURE
from gridesk.core.store import Store
from gridesk.exchange.workbook import safe_row, save_workbook

FIGURE_COLUMNS = (
    "办件（件）",
    "已响应（件）",
    "平均响应（小时）",
    "认领心愿（个）",
    "使用功能室（次）",
    "共办活动（场）",
    "志愿服务（小时）",
    "完成项目（项）",
    "双报到党员（名）",
    "居民代表评分",
    "社区评分",
)


def export_evaluation(store: Store, actor: Actor, year: int, path: str | os.PathLike[str]) -> int:
    """Write the year's evaluation to ``path`` (.xlsx); returns how many units."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    evaluation = evaluate(store, actor, year)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = f"{year}年度评议"
    scored = [m for m in MEASURES if evaluation.weights[m] > 0]
    headers = [
        "名次",
        "共建单位",
        "类别",
        "总分",
        *FIGURE_COLUMNS,
        *(f"{zh(MEASURE, m)}得分" for m in scored),
    ]
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for r in evaluation.results:
        f = r.figures
        sheet.append(
            safe_row(
                sheet,
                [
                    r.rank,
                    r.name,
                    zh(KIND, r.kind),
                    r.total,
                    f.cases,
                    f.acknowledged,
                    f.response_hours,
                    f.wishes,
                    f.bookings,
                    f.activities,
                    f.volunteer_hours,
                    f.projects,
                    f.members,
                    r.manual.get("residents"),
                    r.manual.get("centre"),
                    *(r.scores[m] for m in scored),
                ],
            )
        )
    for i in range(1, len(headers) + 1):
        sheet.column_dimensions[get_column_letter(i)].width = 24 if i == 2 else 12
    sheet.freeze_panes = "C2"
    criteria = book.create_sheet("评议项目与权重")
    criteria.append(["评议项目", "权重"])
    for cell in criteria[1]:
        cell.font = Font(bold=True)
    for m in MEASURES:
        criteria.append([zh(MEASURE, m), evaluation.weights[m]])
    criteria.column_dimensions["A"].width = 20
    save_workbook(book, path)
    return len(evaluation.results)
