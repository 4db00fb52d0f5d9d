"""Points-shop figures out to Excel: the daily closing (日结) and the months of a year."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from gridesk.core.labels import zh
from gridesk.core.points.labels import CHAIN
from gridesk.core.points.reports import DailyClosing, MonthFigures
from gridesk.exchange.workbook import safe_row, save_workbook


def export_closing(closing: DailyClosing, months: Sequence[MonthFigures], path: Path) -> Path:
    """An .xlsx with four sheets: 日结 by cashier and desk, 出库 goods, 月度 issued vs redeemed, and
    链头 the heads of the hash chains when the closing was made (``core/anchors.py``)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "日结"
    bold = Font(bold=True)
    title = f"积分超市日结 {closing.day:%Y-%m-%d}"
    sheet.append([title + (f" {closing.desk}" if closing.desk else "")])
    sheet.append(
        ["收银员", "窗口", "兑换笔数", "退还笔数", "兑出积分", "退还积分", "净耗积分", "出库件数"]
    )
    for r in closing.rows:
        sheet.append(
            safe_row(
                sheet,
                [
                    r.cashier,
                    r.desk,
                    r.redemptions,
                    r.refunds,
                    r.points_spent,
                    r.points_refunded,
                    r.points_spent - r.points_refunded,
                    r.goods_out,
                ],
            )
        )
    sheet.append(
        [
            "合计",
            "",
            sum(r.redemptions for r in closing.rows),
            sum(r.refunds for r in closing.rows),
            sum(r.points_spent for r in closing.rows),
            sum(r.points_refunded for r in closing.rows),
            closing.net_points,
            sum(r.goods_out for r in closing.rows),
        ]
    )
    for cell in (*sheet[1], *sheet[2], *sheet[sheet.max_row]):
        cell.font = bold
    sheet.column_dimensions["A"].width = 16
    goods = book.create_sheet("出库")
    goods.append(["商品", "数量"])
    for name, n in closing.goods:
        goods.append(safe_row(goods, [name, n]))
    goods.column_dimensions["A"].width = 24
    month_sheet = book.create_sheet("月度")
    month_sheet.append(["月份", "发放积分", "兑换积分", "退还积分", "待审批发放"])
    for m in months:
        month_sheet.append([m.month, m.issued, m.redeemed, m.refunded, m.awards_pending])
    heads = book.create_sheet("链头")
    heads.append(["链", "条数", "哈希", "核验（gridesk check --anchor）", "时间（UTC）"])
    for h in closing.heads:
        at = f"{h.at:%Y-%m-%d %H:%M:%S}" if h.at else ""
        heads.append([zh(CHAIN, h.chain), h.count, h.hash, h.text(), at])
    for cell in heads[1]:
        cell.font = bold
    heads.column_dimensions["C"].width = 68
    heads.column_dimensions["D"].width = 36
    save_workbook(book, path)
    return path


def closing_lines(closing: DailyClosing) -> list[str]:
    """The daily closing as plain lines, for the command line."""
    lines = [f"积分超市日结 {closing.day:%Y-%m-%d}" + (f" {closing.desk}" if closing.desk else "")]
    for r in closing.rows:
        lines.append(
            f"{r.who}: 兑换 {r.redemptions} 笔, 退还 {r.refunds} 笔, "
            f"兑出 {r.points_spent} 分, 退还 {r.points_refunded} 分, 出库 {r.goods_out} 件"
        )
    if not closing.rows:
        lines.append("当日无兑换")
    lines += [f"  {name} ×{n}" for name, n in closing.goods]
    lines.append(f"净耗积分 {closing.net_points}")
    lines += [f"{zh(CHAIN, h.chain)} {h.text()}" for h in closing.heads]
    return lines
