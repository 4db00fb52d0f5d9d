"""Requests documents: the ticket receipt (80/58 mm roll or A5), the wish-wall poster (A4, a
signed QR per wish) and the weekly review (民情周会审, A4). Printed in Chinese, the hall's
language, like every receipt."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from gridesk.documents.pages import StationInfo
from gridesk.documents.qr import make_payload
from gridesk.documents.receipt import Receipt, ReceiptField, ReceiptLine, masked_phone

WEEKDAYS_ZH = "一二三四五六日"


@dataclass(frozen=True)
class TicketFacts:
    """What a ticket receipt says; the window fills it from a case."""

    number: str
    accepted_at: datetime
    contact_name: str
    phone: str
    category: str
    description: str
    deadline_days: int
    deadline: date | None
    handler_name: str
    checklist: tuple[str, ...]
    channel: str
    """As printed (来访, 来电 …)."""
    accepted_day: date | None = None
    accepted_by: str = ""  # the staff member who accepted it: 首问负责 names someone


def ticket_receipt(station: StationInfo, facts: TicketFacts, secret: bytes) -> Receipt:
    """The receipt handed to the resident at intake (and reprinted on request)."""
    deadline = (
        f"{facts.deadline_days}个工作日内（{facts.deadline:%Y-%m-%d} 星期"
        f"{WEEKDAYS_ZH[facts.deadline.weekday()]}前）"
        if facts.deadline
        else f"{facts.deadline_days}个工作日内（挂起期间暂停计时）"
    )
    local = facts.accepted_at.astimezone()
    accepted = (
        f"{local:%Y-%m-%d %H:%M}"
        if facts.accepted_day is None or local.date() == facts.accepted_day
        else f"{facts.accepted_day:%Y-%m-%d}"
    )
    details = [
        ReceiptField("工单号", facts.number),
        ReceiptField("受理时间", accepted),
        ReceiptField("诉求人", facts.contact_name or "匿名"),
        ReceiptField("渠道", facts.channel),
        ReceiptField("类别", facts.category),
        ReceiptField("诉求内容", facts.description),
        ReceiptField("办理时限", deadline),
    ]
    if facts.phone:
        details.insert(3, ReceiptField("联系电话", masked_phone(facts.phone)))
    if facts.accepted_by:
        details.insert(2, ReceiptField("首问负责人", facts.accepted_by))
    if facts.handler_name:
        details.append(ReceiptField("承办", facts.handler_name))
    lines = tuple(ReceiptLine(item) for item in facts.checklist)
    footer = [
        "一次性告知：请按以上清单准备材料，" if lines else "",
        "首问负责，限时办结；办结后我们将电话回访。",
        "凭本回执或扫码查询办理进度。",
    ]
    if station.hotline:
        footer.append(f"服务热线 {station.hotline}")
    return Receipt(
        station=station,
        title="诉求受理回执",
        details=tuple(details),
        lines=lines,
        qr_text=make_payload(secret, "T", facts.number),
        qr_caption=f"工单 {facts.number}",
        footer=tuple(f for f in footer if f),
    )


# --- the wish wall poster ----------------------------------------------------------------------


@dataclass(frozen=True)
class WishCard:
    number: str
    wisher: str
    what: str
    status: str  # open | claimed | fulfilled
    claimer: str
    photo: bytes | None
    status_words: str = ""
    """The status as printed (待认领 …)."""


def wish_poster(
    station: StationInfo, wishes: Sequence[WishCard], secret: bytes, title: str = "微心愿墙"
) -> bytes:
    """An A4 poster: a grid of wish cards (3 × 4 a page), each with its signed QR."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen.canvas import Canvas

    from gridesk.documents.fonts import FONT_NAME, register_fonts, wrap_text
    from gridesk.documents.pages import GOLD, INK_SOFT, RED, RED_TINT, RULE, draw_text
    from gridesk.documents.qr import draw_qr

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=FONT_NAME)
    canvas.setTitle(title)
    canvas.setCreator("GriDesk")
    width, height = A4
    cols, rows, margin, gap = 3, 4, 12 * mm, 5 * mm
    head = 26 * mm
    card_w = (width - 2 * margin - (cols - 1) * gap) / cols
    card_h = (height - head - 2 * margin - (rows - 1) * gap) / rows
    per_page = cols * rows
    pages = [wishes[i : i + per_page] for i in range(0, len(wishes), per_page)] or [[]]
    for page in pages:
        canvas.setFillColor(RED)
        canvas.rect(0, height - head, width, head, stroke=0, fill=1)
        draw_text(
            canvas,
            width / 2,
            height - 15 * mm,
            title,
            22,
            color=RED_TINT,
            bold=True,
            align="center",
        )
        draw_text(
            canvas, width / 2, height - 22 * mm, station.name, 10, color=RED_TINT, align="center"
        )
        for i, wish in enumerate(page):
            col, row = i % cols, i // cols
            x = margin + col * (card_w + gap)
            y = height - head - margin - (row + 1) * card_h - row * gap
            canvas.setStrokeColor(GOLD if wish.status == "fulfilled" else RULE)
            canvas.setLineWidth(1.2)
            canvas.roundRect(x, y, card_w, card_h, 3 * mm, stroke=1, fill=0)
            pad = 3 * mm
            draw_text(canvas, x + pad, y + card_h - 6 * mm, wish.wisher, 11, bold=True)
            draw_text(
                canvas,
                x + card_w - pad,
                y + card_h - 6 * mm,
                wish.status_words or wish.status,
                9,
                color=RED if wish.status == "open" else INK_SOFT,
                align="right",
            )
            text_y = y + card_h - 12 * mm
            photo_h = 0.0
            if wish.photo:
                try:
                    reader = ImageReader(io.BytesIO(wish.photo))
                    iw, ih = reader.getSize()
                    photo_h = 18 * mm
                    pw = min(card_w - 2 * pad, photo_h * iw / max(ih, 1))
                    canvas.drawImage(reader, x + pad, text_y - photo_h + 3 * mm, pw, photo_h)
                    text_y -= photo_h + 1 * mm
                except OSError:
                    photo_h = 0.0
            qr = 20 * mm
            measure = lambda s: float(pdfmetrics.stringWidth(s, FONT_NAME, 9.5))  # noqa: E731
            for line in wrap_text(wish.what, card_w - 2 * pad - qr * (photo_h == 0), measure)[:4]:
                draw_text(canvas, x + pad, text_y, line, 9.5)
                text_y -= 4.6 * mm
            # a wish takes its number from the ticket series, so its QR is a ticket (kind T)
            draw_qr(
                canvas, make_payload(secret, "T", wish.number), x + card_w - pad - qr, y + pad, qr
            )
            draw_text(canvas, x + pad, y + pad + 1 * mm, wish.number, 7, color=INK_SOFT)
            if wish.claimer:
                draw_text(
                    canvas, x + pad, y + pad + 5 * mm, f"认领：{wish.claimer}", 8, color=INK_SOFT
                )
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# --- the weekly review -------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewRow:
    number: str
    accepted_day: date
    contact_name: str
    category: str
    grid_name: str
    handler_name: str
    status: str
    """As printed (已受理 …)."""
    deadline: date | None
    rating: int | None
    description: str
    overdue: bool


@dataclass(frozen=True)
class ReviewFacts:
    first_day: date
    last_day: date
    rows: tuple[ReviewRow, ...]
    by_category: tuple[tuple[str, int], ...]
    by_grid: tuple[tuple[str, int], ...]
    by_status: tuple[tuple[str, int], ...]
    """(status as printed, cases)."""
    overdue: int
    rated: int
    average_rating: float | None
    satisfied_share: float | None


def review_pdf(station: StationInfo, facts: ReviewFacts) -> bytes:
    """民情周会审 on A4: the week's figures, then every case with overdue ones first."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from gridesk.documents.fonts import FONT_NAME, register_fonts
    from gridesk.documents.pages import RED, RED_TINT, RULE

    register_fonts()
    body = ParagraphStyle("body", fontName=FONT_NAME, fontSize=8.5, leading=11, wordWrap="CJK")
    head = ParagraphStyle("head", parent=body, fontSize=16, leading=22, textColor=RED)
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=13)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title="民情周会审",
        author=station.name,
        creator="GriDesk",
    )
    avg = f"{facts.average_rating:.1f}" if facts.average_rating is not None else "—"
    share = f"{facts.satisfied_share:.0%}" if facts.satisfied_share is not None else "—"

    def pairs(items: tuple[tuple[str, int], ...]) -> str:
        return "；".join(f"{k} {n}" for k, n in items) or "—"

    story: list[object] = [
        Paragraph(f"{station.name} 民情周会审", head),
        Paragraph(f"{facts.first_day:%Y-%m-%d} 至 {facts.last_day:%Y-%m-%d}", small),
        Spacer(0, 3 * mm),
        Paragraph(
            f"工单 {len(facts.rows)} 件，超期 {facts.overdue} 件；已回访评价 {facts.rated} 件，"
            f"平均评分 {avg}，满意率 {share}。",
            small,
        ),
        Paragraph(f"按类别：{pairs(facts.by_category)}", small),
        Paragraph(f"按网格：{pairs(facts.by_grid)}", small),
        Paragraph(f"按状态：{pairs(facts.by_status)}", small),
        Spacer(0, 4 * mm),
    ]
    header = [
        "工单号",
        "受理",
        "诉求人",
        "类别",
        "网格",
        "承办",
        "状态",
        "时限",
        "评分",
        "诉求内容",
    ]
    data = [[Paragraph(h, body) for h in header]]
    for r in facts.rows:
        status = r.status + ("（超期）" if r.overdue else "")
        cells = [
            r.number,
            f"{r.accepted_day:%m-%d}",
            r.contact_name,
            r.category,
            r.grid_name,
            r.handler_name,
            status,
            f"{r.deadline:%m-%d}" if r.deadline else "",
            str(r.rating or ""),
            r.description,
        ]
        data.append([Paragraph(_escape(c), body) for c in cells])
    widths = [34, 13, 18, 24, 26, 28, 22, 13, 9, 86]
    table = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), RED_TINT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for i, r in enumerate(facts.rows, start=1):
        if r.overdue:
            style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F8D7DA")))
    table.setStyle(TableStyle(style))
    story.append(table)
    doc.build(story)
    return buffer.getvalue()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
