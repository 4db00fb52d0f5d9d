"""Treasure box documents: asset labels (an A4 sheet of stickers, or 40×30 mm for a label
printer), the loan slip (a receipt), the day's room schedule for the door, the overdue list
and the thank-you note for a donor.

Pure reportlab; Chinese text as printed (documents are for residents, in Chinese).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from gridesk.documents.cards import fit_line, fit_lines
from gridesk.documents.fonts import FONT_NAME, register_fonts
from gridesk.documents.pages import (
    GOLD,
    INK,
    INK_SOFT,
    RED,
    RED_TINT,
    RULE,
    StationInfo,
    draw_text,
    format_phone,
)
from gridesk.documents.qr import draw_qr
from gridesk.documents.receipt import Receipt, ReceiptField, masked_phone

WEEKDAYS = "一二三四五六日"

# --- asset labels ----------------------------------------------------------------------------

SHEET_COLUMNS = 3
SHEET_ROWS = 8
SHEET_LABEL_W = 70 * mm
SHEET_LABEL_H = 37 * mm
"""A common A4 sticker sheet: 3 × 8 labels of 70 × 37 mm, no gaps."""
ROLL_LABEL_W = 40 * mm
ROLL_LABEL_H = 30 * mm


@dataclass(frozen=True)
class AssetLabel:
    name: str
    code: str
    """A short code printed under the QR, for reading aloud (the id's last characters)."""
    qr_text: str
    category: str = ""
    location: str = ""


def _canvas(
    buffer: io.BytesIO, title: str, station: StationInfo, size: tuple[float, float]
) -> Canvas:
    register_fonts()
    canvas = Canvas(buffer, pagesize=size, pageCompression=1, initialFontName=FONT_NAME)
    canvas.setTitle(title)
    canvas.setAuthor(station.name)
    canvas.setCreator("GriDesk")
    return canvas


def _draw_sheet_label(canvas: Canvas, label: AssetLabel, station: StationInfo) -> None:
    qr = SHEET_LABEL_H - 6 * mm
    draw_qr(canvas, label.qr_text, 2.5 * mm, 3 * mm, qr)
    left = 2.5 * mm + qr + 2 * mm
    width = SHEET_LABEL_W - left - 3 * mm
    top = SHEET_LABEL_H - 5.5 * mm
    draw_text(canvas, left, top, "百宝箱 · 共享物品", 6.5, color=RED, bold=True)
    size, lines = fit_lines(label.name, 12, 8, width, 2)
    y = top - 5.2 * mm
    for line in lines:
        draw_text(canvas, left, y, line, size, bold=True)
        y -= size * 1.25
    detail = " · ".join(p for p in (label.category, label.location) if p)
    if detail:
        dsize, dline = fit_line(detail, 7.5, 6, width)
        draw_text(canvas, left, y - 0.5 * mm, dline, dsize, color=INK_SOFT)
    draw_text(canvas, left, 6.5 * mm, label.code, 8, color=INK)
    ssize, sline = fit_line(station.name, 6, 5, width)
    draw_text(canvas, left, 3.2 * mm, sline, ssize, color=INK_SOFT)


def render_label_sheet(labels: Sequence[AssetLabel], *, station: StationInfo) -> bytes:
    """Labels on A4 sticker sheets (3 × 8 of 70 × 37 mm), filled row by row."""
    if not labels:
        raise ValueError("no labels to print")
    buffer = io.BytesIO()
    canvas = _canvas(buffer, "百宝箱资产标签", station, A4)
    per_sheet = SHEET_COLUMNS * SHEET_ROWS
    margin_x = (A4[0] - SHEET_COLUMNS * SHEET_LABEL_W) / 2
    margin_y = (A4[1] - SHEET_ROWS * SHEET_LABEL_H) / 2
    for start in range(0, len(labels), per_sheet):
        for slot, label in enumerate(labels[start : start + per_sheet]):
            row, col = divmod(slot, SHEET_COLUMNS)
            canvas.saveState()
            canvas.translate(
                margin_x + col * SHEET_LABEL_W, A4[1] - margin_y - (row + 1) * SHEET_LABEL_H
            )
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.3)
            canvas.setDash(1, 2)
            canvas.rect(0, 0, SHEET_LABEL_W, SHEET_LABEL_H, stroke=1, fill=0)
            canvas.setDash()
            _draw_sheet_label(canvas, label, station)
            canvas.restoreState()
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_label_roll(labels: Sequence[AssetLabel], *, station: StationInfo) -> bytes:
    """One 40 × 30 mm page per label, for a label printer."""
    if not labels:
        raise ValueError("no labels to print")
    buffer = io.BytesIO()
    canvas = _canvas(buffer, "百宝箱资产标签", station, (ROLL_LABEL_W, ROLL_LABEL_H))
    qr = 22 * mm
    for label in labels:
        draw_qr(canvas, label.qr_text, 1 * mm, ROLL_LABEL_H - qr - 1 * mm, qr)
        left = qr + 1.5 * mm
        width = ROLL_LABEL_W - left - 1 * mm
        draw_text(canvas, left, ROLL_LABEL_H - 4 * mm, "百宝箱", 6, color=RED, bold=True)
        size, lines = fit_lines(label.name, 8, 5.5, width, 4)
        y = ROLL_LABEL_H - 8 * mm
        for line in lines:
            draw_text(canvas, left, y, line, size, bold=True)
            y -= size * 1.2
        csize, code = fit_line(label.code, 7, 5, ROLL_LABEL_W - 2 * mm)
        draw_text(canvas, 1.5 * mm, 2.2 * mm, code, csize)
        nsize, name = fit_line(station.name, 5.5, 4.5, ROLL_LABEL_W - 16 * mm)
        draw_text(
            canvas, ROLL_LABEL_W - 1 * mm, 2.2 * mm, name, nsize, color=INK_SOFT, align="right"
        )
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# --- the loan slip ----------------------------------------------------------------------------


@dataclass(frozen=True)
class LoanSlip:
    number: str
    item_name: str
    resident_name: str
    resident_phone: str
    lent_at: datetime
    due_on: date
    deposit: int
    qr_text: str
    rules: str = ""


def loan_slip(slip: LoanSlip, station: StationInfo) -> Receipt:
    """The slip handed over with the item (58/80 mm, see receipt.render_receipt)."""
    details = [
        ReceiptField("单号", slip.number),
        ReceiptField("借用人", slip.resident_name),
        ReceiptField("电话", masked_phone(slip.resident_phone)),
        ReceiptField("物品", slip.item_name),
        ReceiptField("借出", f"{slip.lent_at.astimezone():%Y-%m-%d %H:%M}"),
        ReceiptField("应还", f"{slip.due_on:%Y-%m-%d}（周{WEEKDAYS[slip.due_on.weekday()]}）"),
    ]
    if slip.deposit:
        details.append(ReceiptField("押金", f"{slip.deposit} 元（已收，归还时退还）"))
    footer = ["请按时归还，爱惜公物。", "逾期未还期间不能再借其他物品。"]
    if slip.rules:
        footer.insert(0, slip.rules)
    if station.hotline:
        footer.append(f"咨询电话 {station.hotline}")
    return Receipt(
        station=station,
        title="百宝箱借用凭条",
        details=tuple(details),
        qr_text=slip.qr_text,
        qr_caption="归还时出示此码",
        footer=tuple(footer),
        printed_at=slip.lent_at.astimezone(),
        signatures=("借用人签字",),
    )


@dataclass(frozen=True)
class BookingSlip:
    number: str
    room: str
    day: date
    start: str
    end: str
    holder: str
    purpose: str
    status: str
    qr_text: str
    no_show_minutes: int = 15


def booking_slip(slip: BookingSlip, station: StationInfo) -> Receipt:
    """The confirmation handed to whoever booked a room (58/80 mm)."""
    details = [
        ReceiptField("单号", slip.number),
        ReceiptField("功能室", slip.room),
        ReceiptField("日期", f"{slip.day:%Y-%m-%d}（周{WEEKDAYS[slip.day.weekday()]}）"),
        ReceiptField("时间", f"{slip.start}–{slip.end}"),
        ReceiptField("预约方", slip.holder),
    ]
    if slip.purpose:
        details.append(ReceiptField("用途", slip.purpose))
    details.append(ReceiptField("状态", slip.status))
    footer = [
        f"请准时到服务台签到；开始 {slip.no_show_minutes} 分钟后未签到视为爽约，时段释放。",
        "用后请恢复桌椅、关灯关窗。",
    ]
    if station.hotline:
        footer.append(f"咨询电话 {station.hotline}")
    return Receipt(
        station=station,
        title="功能室预约凭条",
        details=tuple(details),
        qr_text=slip.qr_text,
        qr_caption="签到时出示此码",
        footer=tuple(footer),
    )


# --- the day's schedule for the door ---------------------------------------------------------


@dataclass(frozen=True)
class ScheduleEntry:
    start: str
    end: str
    holder: str
    purpose: str
    status: str
    """As printed: 已预约 / 待审批 / 使用中 ..."""


@dataclass(frozen=True)
class RoomDay:
    room: str
    hours: str
    """e.g. 08:00–21:00"""
    capacity: int
    entries: tuple[ScheduleEntry, ...]
    no_show_minutes: int = 15


def _header(canvas: Canvas, station: StationInfo, title: str, subtitle: str) -> float:
    width, height = A4
    canvas.setFillColor(RED)
    canvas.rect(0, height - 30 * mm, width, 30 * mm, stroke=0, fill=1)
    canvas.setFillColor(GOLD)
    canvas.rect(0, height - 31.2 * mm, width, 1.2 * mm, stroke=0, fill=1)
    draw_text(canvas, 20 * mm, height - 13 * mm, station.name, 11, color=RED_TINT)
    size, line = fit_line(title, 24, 14, width - 40 * mm)
    draw_text(canvas, 20 * mm, height - 24 * mm, line, size, color=RED_TINT, bold=True)
    draw_text(
        canvas, width - 20 * mm, height - 24 * mm, subtitle, 13, color=RED_TINT, align="right"
    )
    return height - 42 * mm


def render_day_schedule(days: Sequence[RoomDay], day: date, *, station: StationInfo) -> bytes:
    """One A4 page per room: the day's bookings in large type, to post on the door."""
    if not days:
        raise ValueError("no rooms to print")
    buffer = io.BytesIO()
    canvas = _canvas(buffer, "功能室今日安排", station, A4)
    width, _ = A4
    day_text = f"{day:%Y年%m月%d日} 星期{WEEKDAYS[day.weekday()]}"
    for room in days:
        y = _header(canvas, station, f"{room.room} 今日安排", day_text)
        draw_text(
            canvas,
            20 * mm,
            y,
            f"开放时间 {room.hours}　容纳 {room.capacity} 人",
            12,
            color=INK_SOFT,
        )
        y -= 12 * mm
        columns = (20 * mm, 58 * mm, 118 * mm, 170 * mm)
        for x, head in zip(columns, ("时间", "使用方", "事由", "状态"), strict=True):
            draw_text(canvas, x, y, head, 12, color=RED, bold=True)
        y -= 4 * mm
        canvas.setStrokeColor(RED)
        canvas.setLineWidth(1)
        canvas.line(20 * mm, y, width - 20 * mm, y)
        y -= 10 * mm
        if not room.entries:
            draw_text(
                canvas, 20 * mm, y, "今日暂无预约，欢迎到服务台登记使用。", 16, color=INK_SOFT
            )
        for entry in room.entries:
            if y < 30 * mm:
                draw_text(canvas, 20 * mm, y, "（更多预约见服务台）", 11, color=INK_SOFT)
                break
            draw_text(canvas, columns[0], y, f"{entry.start}–{entry.end}", 15, bold=True)
            hsize, holder = fit_line(entry.holder, 15, 10, columns[2] - columns[1] - 4 * mm)
            draw_text(canvas, columns[1], y, holder, hsize)
            psize, purpose = fit_line(entry.purpose, 14, 9, columns[3] - columns[2] - 4 * mm)
            draw_text(canvas, columns[2], y, purpose, psize)
            draw_text(canvas, columns[3], y, entry.status, 13, color=INK_SOFT)
            y -= 5 * mm
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.5)
            canvas.line(20 * mm, y, width - 20 * mm, y)
            y -= 9 * mm
        footer = "预约请到服务台或拨打 " + station.hotline if station.hotline else "预约请到服务台"
        draw_text(
            canvas,
            width / 2,
            14 * mm,
            footer + f"　·　预约开始 {room.no_show_minutes} 分钟未签到视为爽约，时段释放",
            10,
            color=INK_SOFT,
            align="center",
        )
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# --- the overdue list -------------------------------------------------------------------------


@dataclass(frozen=True)
class OverdueLine:
    resident: str
    phone: str
    address: str
    item: str
    number: str
    due_on: date
    days: int


def render_overdue_list(
    lines: Sequence[OverdueLine], today: date, *, station: StationInfo
) -> bytes:
    """The overdue loans with phone numbers, on A4 (to ring round)."""
    buffer = io.BytesIO()
    canvas = _canvas(buffer, "百宝箱逾期未还清单", station, A4)
    width, _ = A4
    columns = (20 * mm, 44 * mm, 76 * mm, 118 * mm, 150 * mm, 176 * mm)
    heads = ("借用人", "电话", "住址", "物品", "应还日期", "逾期")
    subtitle = f"截至 {today:%Y-%m-%d}　共 {len(lines)} 件"

    def page_top() -> float:
        y = _header(canvas, station, "百宝箱逾期未还清单", subtitle)
        for x, head in zip(columns, heads, strict=True):
            draw_text(canvas, x, y, head, 10.5, color=RED, bold=True)
        canvas.setStrokeColor(RED)
        canvas.line(20 * mm, y - 3 * mm, width - 20 * mm, y - 3 * mm)
        return y - 10 * mm

    y = page_top()
    if not lines:
        draw_text(canvas, 20 * mm, y, "没有逾期未还的物品。", 14, color=INK_SOFT)
    for line in lines:
        if y < 20 * mm:
            canvas.showPage()
            y = page_top()
        cells = (
            line.resident,
            format_phone(line.phone),
            line.address,
            line.item,
            f"{line.due_on:%Y-%m-%d}",
            f"{line.days} 天",
        )
        bounds = (*columns[1:], width - 20 * mm)
        for x, right, cell in zip(columns, bounds, cells, strict=True):
            size, text = fit_line(cell, 10.5, 7, right - x - 2 * mm)
            draw_text(canvas, x, y, text, size)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(20 * mm, y - 2.5 * mm, width - 20 * mm, y - 2.5 * mm)
        y -= 8 * mm
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# --- the thank-you note for a donor -----------------------------------------------------------


def render_donation_note(
    donor: str, item: str, donated_on: date | None, *, station: StationInfo, today: date
) -> bytes:
    """An A5 thank-you note for a resident who gave an item to the treasure box."""
    buffer = io.BytesIO()
    width, height = A5
    canvas = _canvas(buffer, "百宝箱捐赠感谢信", station, A5)
    canvas.setStrokeColor(RED)
    canvas.setLineWidth(2)
    canvas.rect(8 * mm, 8 * mm, width - 16 * mm, height - 16 * mm, stroke=1, fill=0)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.8)
    canvas.rect(10 * mm, 10 * mm, width - 20 * mm, height - 20 * mm, stroke=1, fill=0)
    draw_text(
        canvas, width / 2, height - 34 * mm, "感 谢 信", 28, color=RED, bold=True, align="center"
    )
    y = height - 54 * mm
    draw_text(canvas, 20 * mm, y, f"尊敬的 {donor}：", 14, bold=True)
    when = f"于 {donated_on:%Y年%m月%d日} " if donated_on else ""
    body = (
        f"感谢您{when}向社区“百宝箱”共享工具站捐赠“{item}”。"
        "您的爱心让邻里之间多了一份方便，也让闲置物品发挥了新的价值。"
        "我们将妥善保管、用心维护，让它服务更多居民。"
    )
    size, lines = fit_lines(body, 15, 10, width - 40 * mm, 10)
    y -= 12 * mm
    for i, line in enumerate(lines):
        x = 20 * mm + (2 * size if i == 0 else 0)  # a paragraph's first line is indented
        draw_text(canvas, x, y, line, size)
        y -= size * 2
    draw_text(canvas, 20 * mm + 2 * size, y - 4 * mm, "远亲不如近邻，共建共享美好家园！", size)
    draw_text(canvas, width - 20 * mm, 36 * mm, station.name, 12, align="right")
    draw_text(canvas, width - 20 * mm, 28 * mm, f"{today:%Y年%m月%d日}", 12, align="right")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def short_code(ident: str) -> str:
    """The id's tail, upper case, for reading aloud beside a QR code."""
    return ident.replace("-", "")[-8:].upper()


__all__ = [
    "AssetLabel",
    "BookingSlip",
    "LoanSlip",
    "OverdueLine",
    "RoomDay",
    "ScheduleEntry",
    "booking_slip",
    "loan_slip",
    "render_day_schedule",
    "render_donation_note",
    "render_label_roll",
    "render_label_sheet",
    "render_overdue_list",
    "short_code",
]
