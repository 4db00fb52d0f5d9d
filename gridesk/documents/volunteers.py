"""Volunteers' documents: the week's duty roster (A4 landscape, to pin on the wall), the notice
of upcoming activities (A4, a QR per activity) and the service certificate (志愿服务证明, A4).

Plain data in, PDF bytes out; printed in Chinese like the cards. The activity QR is plain
text a resident's phone shows (title, time, place, how to sign up), not a signed GriDesk code.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from gridesk.documents.fonts import FONT_NAME, register_fonts, string_width, wrap_points
from gridesk.documents.pages import (
    GOLD,
    INK,
    INK_SOFT,
    RED,
    RED_TINT,
    RULE,
    StationInfo,
    draw_text,
)
from gridesk.documents.qr import draw_qr

WEEKDAYS_ZH = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")


@dataclass(frozen=True)
class RosterEntry:
    day: int  # 0 = Monday
    time: str  # "08:30-11:30"
    post: str
    place: str
    needed: int
    names: tuple[str, ...]


@dataclass(frozen=True)
class NoticeActivity:
    title: str
    when: str  # "11月28日（周六）09:00-11:00"
    place: str
    description: str
    capacity: int
    signed: int
    points: str  # "每小时 10 积分"
    who: str  # "所有居民"


@dataclass(frozen=True)
class CertificateLine:
    day: date
    what: str
    minutes: int


@dataclass(frozen=True)
class Certificate:
    name: str
    id_tail: str  # last four digits of the ID number, or ""
    start: date
    end: date  # inclusive
    minutes: int
    lines: tuple[CertificateLine, ...]
    issued: date
    teams: tuple[str, ...] = ()


def _canvas(
    buffer: io.BytesIO, title: str, station: StationInfo, size: tuple[float, float]
) -> Canvas:
    register_fonts()
    canvas = Canvas(buffer, pagesize=size, pageCompression=1, initialFontName=FONT_NAME)
    canvas.setTitle(title)
    canvas.setAuthor(station.name)
    canvas.setCreator("GriDesk")
    return canvas


def _fit(text: str, size: float, width: float) -> str:
    if string_width(text, size) <= width:
        return text
    while text and string_width(text + "…", size) > width:
        text = text[:-1]
    return text + "…"


def zh_date(day: date) -> str:
    """2026年03月01日, without strftime (which chokes on Chinese in the format on Windows)."""
    return f"{day.year}年{day.month:02d}月{day.day:02d}日"


def hours_text(minutes: int) -> str:
    return f"{minutes / 60:.1f}".rstrip("0").rstrip(".")


# -- the roster ------------------------------------------------------------------------------


def render_roster(monday: date, entries: Sequence[RosterEntry], station: StationInfo) -> bytes:
    """The week on one A4 landscape page per 14 duty rows: days across, duties down."""
    width, height = landscape(A4)
    buffer = io.BytesIO()
    canvas = _canvas(buffer, "志愿者值班表", station, (width, height))
    keys = sorted({(e.time, e.post) for e in entries})
    cells = {(keys.index((e.time, e.post)), e.day): e for e in entries}
    left, right, top = 12 * mm, width - 12 * mm, height - 14 * mm
    label_w = 42 * mm
    day_w = (right - left - label_w) / 7
    row_h = 12.5 * mm
    per_page = max(1, int((top - 30 * mm - 18 * mm) // row_h))
    pages = [keys[i : i + per_page] for i in range(0, len(keys), per_page)] or [[]]
    end = monday + timedelta(days=6)
    for number, page in enumerate(pages, start=1):
        draw_text(canvas, left, top, f"{station.name} 志愿者值班表", 18, color=RED, bold=True)
        draw_text(
            canvas,
            right,
            top,
            f"{zh_date(monday)} — {end.month:02d}月{end.day:02d}日",
            12,
            color=INK_SOFT,
            align="right",
        )
        y = top - 12 * mm
        canvas.setFillColor(RED_TINT)
        canvas.rect(left, y - 8 * mm, right - left, 8 * mm, stroke=0, fill=1)
        draw_text(canvas, left + 2 * mm, y - 5.5 * mm, "时间 / 岗位", 10, bold=True)
        for d in range(7):
            day = monday + timedelta(days=d)
            draw_text(
                canvas,
                left + label_w + d * day_w + day_w / 2,
                y - 5.5 * mm,
                f"{WEEKDAYS_ZH[d]} {day.month}/{day.day}",
                10,
                bold=True,
                align="center",
            )
        y -= 8 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        for key in page:
            row = keys.index(key)
            draw_text(canvas, left + 2 * mm, y - 5 * mm, key[0], 9.5, bold=True)
            draw_text(canvas, left + 2 * mm, y - 10 * mm, _fit(key[1], 9, label_w - 4 * mm), 9)
            for d in range(7):
                e = cells.get((row, d))
                x = left + label_w + d * day_w
                if e is None:
                    continue
                short = len(e.names) < e.needed
                if short:
                    canvas.setFillColor(RED_TINT)
                    canvas.rect(x, y - row_h, day_w, row_h, stroke=0, fill=1)
                names = "、".join(e.names)
                lines = wrap_points(names, 8.5, day_w - 3 * mm)[:2] if names else []
                status = f"{len(e.names)}/{e.needed}" + (" 缺人" if short else "")
                draw_text(
                    canvas, x + 1.5 * mm, y - 4.5 * mm, status, 8, color=RED if short else INK_SOFT
                )
                for i, line in enumerate(lines):
                    draw_text(canvas, x + 1.5 * mm, y - 8.2 * mm - i * 3.6 * mm, line, 8.5)
            canvas.line(left, y - row_h, right, y - row_h)
            y -= row_h
        for d in range(8):
            x = left + label_w + d * day_w
            canvas.line(x, top - 12 * mm, x, y)
        canvas.line(left, top - 12 * mm, left, y)
        draw_text(
            canvas,
            left,
            12 * mm,
            "签到请扫志愿者证；不能到岗请提前告知协调人。红色格子为缺人班次。",
            9,
            color=INK_SOFT,
        )
        draw_text(
            canvas, right, 12 * mm, f"第 {number}/{len(pages)} 页", 9, color=INK_SOFT, align="right"
        )
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# -- the notice of upcoming activities ---------------------------------------------------------


def activity_qr_text(a: NoticeActivity, station: StationInfo) -> str:
    lines = [f"活动：{a.title}", f"时间：{a.when}", f"地点：{a.place}"]
    contact = " ".join(p for p in (station.name, station.hotline) if p)
    lines.append(f"报名：{contact}（前台报名或刷卡报名）")
    return "\n".join(lines)


def render_notice(activities: Sequence[NoticeActivity], station: StationInfo) -> bytes:
    """活动预告: each upcoming activity with a QR a resident can scan with a phone."""
    width, height = A4
    buffer = io.BytesIO()
    canvas = _canvas(buffer, "活动预告", station, (width, height))
    left, right = 16 * mm, width - 16 * mm
    block = 46 * mm
    qr = 34 * mm

    def header() -> float:
        top = height - 18 * mm
        draw_text(canvas, width / 2, top, "活动预告", 24, color=RED, bold=True, align="center")
        draw_text(canvas, width / 2, top - 9 * mm, station.name, 12, color=INK_SOFT, align="center")
        canvas.setStrokeColor(GOLD)
        canvas.setLineWidth(1.5)
        canvas.line(left, top - 13 * mm, right, top - 13 * mm)
        return top - 18 * mm

    y = header()
    for a in activities:
        if y - block < 20 * mm:
            canvas.showPage()
            y = header()
        draw_qr(canvas, activity_qr_text(a, station), right - qr, y - qr - 2 * mm, qr)
        text_w = right - qr - left - 6 * mm
        draw_text(canvas, left, y - 7 * mm, _fit(a.title, 15, text_w), 15, bold=True)
        draw_text(canvas, left, y - 14 * mm, f"时间：{a.when}", 11)
        draw_text(canvas, left, y - 20 * mm, _fit(f"地点：{a.place}", 11, text_w), 11)
        spaces = max(0, a.capacity - a.signed)
        state = (
            f"名额 {a.capacity} 人，尚余 {spaces} 人"
            if spaces
            else f"名额 {a.capacity} 人，已满（可候补）"
        )
        draw_text(canvas, left, y - 26 * mm, f"{state} · {a.who} · {a.points}", 10, color=INK_SOFT)
        for i, line in enumerate(wrap_points(a.description, 10, text_w)[:2]):
            draw_text(canvas, left, y - 32 * mm - i * 5 * mm, line, 10, color=INK)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, y - block + 2 * mm, right, y - block + 2 * mm)
        y -= block
    if not activities:
        draw_text(
            canvas, width / 2, y - 20 * mm, "近期暂无活动", 14, color=INK_SOFT, align="center"
        )
    draw_text(
        canvas,
        width / 2,
        12 * mm,
        "扫码查看活动信息；到服务大厅前台报名，或刷志愿者证、居民卡报名。",
        9,
        color=INK_SOFT,
        align="center",
    )
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# -- the service certificate -------------------------------------------------------------------


def certificate_text(c: Certificate, station: StationInfo) -> str:
    who = f"{c.name}同志" + (f"（身份证号后四位 {c.id_tail}）" if c.id_tail else "")
    return (
        f"兹证明{who}于{zh_date(c.start)}至{zh_date(c.end)}期间，在{station.name}"
        f"参加志愿服务{len(c.lines)}次，经审核累计服务时长{hours_text(c.minutes)}小时。"
        "\n特此证明。"
    )


def render_certificate(c: Certificate, station: StationInfo) -> bytes:
    """志愿服务证明 for one person and a date range: total approved hours and the record."""
    width, height = A4
    buffer = io.BytesIO()
    canvas = _canvas(buffer, "志愿服务证明", station, (width, height))
    left, right = 25 * mm, width - 25 * mm
    canvas.setStrokeColor(RED)
    canvas.setLineWidth(2)
    canvas.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.8)
    canvas.rect(15 * mm, 15 * mm, width - 30 * mm, height - 30 * mm)
    y = height - 42 * mm
    draw_text(canvas, width / 2, y, "志愿服务证明", 28, color=RED, bold=True, align="center")
    y -= 22 * mm
    for paragraph in certificate_text(c, station).split("\n"):
        for line in wrap_points("　　" + paragraph, 14, right - left):
            draw_text(canvas, left, y, line, 14)
            y -= 9 * mm
    if c.teams:
        draw_text(canvas, left, y, "所属队伍：" + "、".join(c.teams), 11, color=INK_SOFT)
        y -= 8 * mm
    y -= 4 * mm
    col = (left, left + 35 * mm, right)
    draw_text(canvas, col[0], y, "日期", 10.5, bold=True)
    draw_text(canvas, col[1], y, "服务内容", 10.5, bold=True)
    draw_text(canvas, col[2], y, "时长（小时）", 10.5, bold=True, align="right")
    y -= 3 * mm
    canvas.setStrokeColor(RULE)
    canvas.line(left, y, right, y)
    y -= 6 * mm
    bottom_limit = 80 * mm
    shown = 0
    for entry in c.lines:
        if y < bottom_limit:
            break
        draw_text(canvas, col[0], y, f"{entry.day:%Y-%m-%d}", 10, color=INK)
        draw_text(canvas, col[1], y, _fit(entry.what, 10, col[2] - col[1] - 30 * mm), 10)
        draw_text(canvas, col[2], y, hours_text(entry.minutes), 10, align="right")
        y -= 6 * mm
        shown += 1
    if shown < len(c.lines):
        rest = c.lines[shown:]
        draw_text(
            canvas,
            col[0],
            y,
            f"另有 {len(rest)} 次服务，共 {hours_text(sum(x.minutes for x in rest))} 小时",
            10,
            color=INK_SOFT,
        )
        y -= 6 * mm
    canvas.line(left, y + 2 * mm, right, y + 2 * mm)
    draw_text(
        canvas,
        right,
        y - 4 * mm,
        f"合计 {hours_text(c.minutes)} 小时",
        11,
        bold=True,
        align="right",
    )
    draw_text(canvas, right, 50 * mm, station.name, 13, align="right")
    draw_text(canvas, right, 42 * mm, zh_date(c.issued), 12, align="right")
    draw_text(canvas, right - 60 * mm, 50 * mm, "（盖章）", 11, color=INK_SOFT, align="right")
    draw_text(
        canvas,
        width / 2,
        20 * mm,
        "时长以协调人审核的签到签退记录为准。",
        8.5,
        color=INK_SOFT,
        align="center",
    )
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


__all__ = [
    "Certificate",
    "CertificateLine",
    "NoticeActivity",
    "RosterEntry",
    "activity_qr_text",
    "certificate_text",
    "render_certificate",
    "render_notice",
    "render_roster",
]
