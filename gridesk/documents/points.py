"""Points-shop documents: the redemption receipt (小票), the refund slip, the daily closing
(日结) on the roll, and a resident's statement (积分流水) on A4.

Printed documents speak the hall's language (Chinese), like every receipt of the foundation.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from gridesk.documents.fonts import FONT_NAME, register_fonts
from gridesk.documents.pages import StationInfo
from gridesk.documents.receipt import Receipt, ReceiptField, ReceiptLine


def _local(at: datetime) -> datetime:
    return at.astimezone()


def _points(n: int) -> str:
    return f"{n:,}分"


def redemption_receipt(
    station: StationInfo,
    number: str,
    resident: str,
    cashier: str,
    at: datetime,
    lines: Sequence[tuple[str, int, int]],
    total: int,
    before: int,
    after: int,
    qr_text: str,
) -> Receipt:
    """``lines``: (product name, quantity, points of the line)."""
    return Receipt(
        station=station,
        title="积分兑换小票",
        details=(
            ReceiptField("单号", number),
            ReceiptField("居民", resident),
            ReceiptField("收银员", cashier),
            ReceiptField("时间", f"{_local(at):%Y-%m-%d %H:%M:%S}"),
        ),
        lines=tuple(ReceiptLine(f"{name} ×{q}", _points(pts)) for name, q, pts in lines),
        totals=(
            ReceiptField("合计", _points(total)),
            ReceiptField("兑换前积分", _points(before)),
            ReceiptField("兑换后积分", _points(after)),
        ),
        qr_text=qr_text,
        qr_caption="退货请出示本小票",
        footer=("积分不可兑换现金。感谢您参与社区服务！",),
        printed_at=_local(at),
    )


def refund_slip(
    station: StationInfo,
    number: str,
    redemption_number: str,
    resident: str,
    cashier: str,
    at: datetime,
    lines: Sequence[tuple[str, int]],
    total: int,
    after: int,
    note: str,
) -> Receipt:
    details = [
        ReceiptField("退货单号", number),
        ReceiptField("原小票", redemption_number),
        ReceiptField("居民", resident),
        ReceiptField("收银员", cashier),
        ReceiptField("时间", f"{_local(at):%Y-%m-%d %H:%M:%S}"),
    ]
    if note:
        details.append(ReceiptField("原因", note))
    return Receipt(
        station=station,
        title="积分退还单",
        details=tuple(details),
        lines=tuple(ReceiptLine(f"{name} ×{q}", "") for name, q in lines),
        totals=(
            ReceiptField("退还积分", _points(total)),
            ReceiptField("退还后积分", _points(after)),
        ),
        footer=("商品已退回库存，积分已退回账户。",),
        printed_at=_local(at),
    )


@dataclass(frozen=True)
class ClosingRow:
    cashier: str
    redemptions: int
    refunds: int
    points_spent: int
    points_refunded: int
    goods_out: int
    desk: str = ""
    """The hall's desk (窗口) the cashier worked at, empty on a desk without a name."""

    @property
    def who(self) -> str:
        """The cashier, and the desk when it has a name: ``张丽 · 窗口2``."""
        return f"{self.cashier} · {self.desk}" if self.desk else self.cashier


def closing_receipt(
    station: StationInfo,
    day: date,
    rows: Sequence[ClosingRow],
    goods: Sequence[tuple[str, int]],
    printed_at: datetime,
    *,
    heads: Sequence[tuple[str, str]],
    desk: str | None = None,
) -> Receipt:
    """日结: per cashier (and desk, on a hall's named desks), then goods out per product, then the heads of the hash chains, each
    as (what it is called on paper, ``ledger:COUNT:HASH``): kept on paper, they let ``gridesk
    check --anchor`` prove later that no entry up to that count was changed or removed."""
    lines = [
        ReceiptLine(
            f"{r.who}：兑换{r.redemptions}笔 退还{r.refunds}笔 出库{r.goods_out}件",
            _points(r.points_spent - r.points_refunded),
        )
        for r in rows
    ]
    lines += [ReceiptLine(f"出库 {name}", f"×{n}") for name, n in goods]
    spent = sum(r.points_spent for r in rows)
    back = sum(r.points_refunded for r in rows)
    return Receipt(
        station=station,
        title=f"积分超市日结 {day:%Y-%m-%d}" + (f" {desk}" if desk else ""),
        lines=tuple(lines) or (ReceiptLine("当日无兑换", ""),),
        totals=(
            ReceiptField("兑换笔数", str(sum(r.redemptions for r in rows))),
            ReceiptField("退还笔数", str(sum(r.refunds for r in rows))),
            ReceiptField("兑出积分", _points(spent)),
            ReceiptField("退还积分", _points(back)),
            ReceiptField("净耗积分", _points(spent - back)),
            ReceiptField("出库件数", str(sum(r.goods_out for r in rows))),
            *(ReceiptField(word, head) for word, head in heads),
        ),
        footer=("链头请随日结留存，核验：gridesk check --anchor 链头",) if heads else (),
        printed_at=printed_at,
    )


@dataclass(frozen=True)
class StatementLine:
    at: datetime
    what: str
    """As printed: the kind of entry in Chinese, then ``detail``."""
    points: int
    balance: int
    kind: str = ""
    """The ledger's kind of entry (earn, redeem, refund): screens say it in their language."""
    detail: str = ""
    """The rule an award followed, or the receipt's number."""


def statement_pdf(
    station: StationInfo,
    resident: str,
    address: str,
    lines: Sequence[StatementLine],
    balance: int,
    printed_at: datetime,
) -> bytes:
    """积分流水 on A4: one line per ledger entry, oldest first, pages numbered."""
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, pageCompression=1)
    canvas.setTitle(f"积分流水 {resident}")
    width, height = A4
    left, right = 18 * mm, width - 18 * mm
    cols = (left, left + 42 * mm, right - 48 * mm, right)
    per_page = 40
    pages = max(1, (len(lines) + per_page - 1) // per_page)
    for page in range(pages):
        y = height - 20 * mm
        canvas.setFont(FONT_NAME, 15)
        canvas.drawString(left, y, f"{station.name} 积分流水")
        y -= 8 * mm
        canvas.setFont(FONT_NAME, 10.5)
        canvas.drawString(left, y, f"居民：{resident}    {address}")
        canvas.drawRightString(right, y, f"当前积分：{balance:,}")
        y -= 9 * mm
        canvas.setFont(FONT_NAME, 10)
        canvas.drawString(cols[0], y, "时间")
        canvas.drawString(cols[1], y, "事项")
        canvas.drawRightString(cols[2] + 18 * mm, y, "积分")
        canvas.drawRightString(cols[3], y, "余额")
        y -= 2.5 * mm
        canvas.line(left, y, right, y)
        y -= 5 * mm
        for line in lines[page * per_page : (page + 1) * per_page]:
            canvas.drawString(cols[0], y, f"{_local(line.at):%Y-%m-%d %H:%M}")
            canvas.drawString(cols[1], y, line.what[:40])
            canvas.drawRightString(cols[2] + 18 * mm, y, f"{line.points:+,}")
            canvas.drawRightString(cols[3], y, f"{line.balance:,}")
            y -= 5.6 * mm
        if not lines:
            canvas.drawString(cols[0], y, "暂无积分记录")
        canvas.setFont(FONT_NAME, 8.5)
        canvas.drawString(left, 12 * mm, f"打印时间 {printed_at:%Y-%m-%d %H:%M}")
        canvas.drawRightString(right, 12 * mm, f"第 {page + 1} / {pages} 页")
        canvas.showPage()
    canvas.save()
    return out.getvalue()
