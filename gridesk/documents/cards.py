"""Cards: 90×54 mm, ten to an A4 sheet with crop marks, backs mirrored for duplex printing.

Four kinds (GLOSSARY.md, "Cards"), each made from a frozen dataclass:

- ``CareContactCard`` 爱心联系牌: for an elderly or vulnerable resident; large type;
- ``GridContactCard`` 网格连心服务卡: a grid's worker and leader, photos, duties, hours;
- ``ResidentCard`` 居民卡/积分卡: identifies a resident at the counter by its signed QR;
- ``VolunteerCard`` 志愿者证: identifies a volunteer at check-in.

Text never leaves its box: it shrinks to a floor size, then wraps, and only then is cut with
an ellipsis (or, for a care card's extra helpers, carried over to the back).

Sheets: two columns by five rows centred on A4, crop marks in the margins. A sheet holding a
card with a back is followed by a back sheet on which each back sits at the horizontally
mirrored place, so fronts and backs align when the printer flips on the long edge.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from gridesk.documents.fonts import FONT_NAME, register_fonts, string_width, wrap_text
from gridesk.documents.pages import (
    GOLD,
    INK,
    INK_SOFT,
    PLACEHOLDER,
    PLACEHOLDER_INK,
    RED,
    RED_DARK,
    RED_TINT,
    RULE,
    StationInfo,
    draw_text,
    format_phone,
    prepared_image,
)
from gridesk.documents.qr import draw_qr, vcard

CARD_WIDTH = 90 * mm
CARD_HEIGHT = 54 * mm
SHEET_COLUMNS = 2
SHEET_ROWS = 5
CARDS_PER_SHEET = SHEET_COLUMNS * SHEET_ROWS
SHEET_WIDTH, SHEET_HEIGHT = A4
SHEET_MARGIN_X = (SHEET_WIDTH - SHEET_COLUMNS * CARD_WIDTH) / 2
SHEET_MARGIN_Y = (SHEET_HEIGHT - SHEET_ROWS * CARD_HEIGHT) / 2

# Lettering on cards: the words are the hall's, in Chinese, as printed in the community.
SCAN_TO_SAVE = "扫码保存联系人"
DEFAULT_RESIDENT_NOTES = (
    "本卡仅限本人使用，请妥善保管。",
    "参加活动、兑换积分时请出示本卡。",
    "积分只能兑换商品，不能兑换现金。",
    "遗失请及时到服务中心挂失补办。",
)


# --- what a card says ------------------------------------------------------------------------


@dataclass(frozen=True)
class Helper:
    """Someone a cared-for resident can call: 网格员, 楼栋长, 志愿者, 党员中心户 …"""

    role: str
    name: str
    phone: str


@dataclass(frozen=True)
class CareContactCard:
    """爱心联系牌: who helps this resident, and how to reach them. Printed in large type.

    The front is for the resident: name, address and the helpers' phone numbers, large. The
    back is for the family and the rest: a QR code, the services received, helpers the front
    had no room for, the note, the station's address.

    ``qr_text``: None prints a vCard of the first helper (a family member's phone saves it);
    pass a string to print something else (e.g. the signed resident payload), "" for no QR.
    """

    resident_name: str
    address: str
    helpers: tuple[Helper, ...]
    services: tuple[str, ...] = ()
    hotline: str = ""
    """Empty: the station's hotline."""
    qr_text: str | None = None
    qr_caption: str = "家属扫码保存联系人"
    note: str = ""
    title: str = "爱心联系牌"

    def __post_init__(self) -> None:
        object.__setattr__(self, "helpers", tuple(self.helpers))
        object.__setattr__(self, "services", tuple(self.services))


@dataclass(frozen=True)
class GridStaff:
    """A grid's worker or leader as the grid contact card shows them."""

    role: str
    name: str
    phone: str
    photo: str | Path | None = None
    """A JPEG/PNG file; None, missing or unreadable: a neat placeholder silhouette."""


@dataclass(frozen=True)
class GridContactCard:
    """网格连心服务卡: a grid's (or one building's) worker and leader, for the building.

    ``qr_text``: None prints a vCard of the grid worker; "" for no QR.
    """

    grid_name: str
    grid_worker: GridStaff
    grid_leader: GridStaff | None = None
    building: str = ""
    duties: tuple[str, ...] = ()
    service_hours: str = ""
    qr_text: str | None = None
    qr_caption: str = SCAN_TO_SAVE
    title: str = "网格连心服务卡"

    def __post_init__(self) -> None:
        object.__setattr__(self, "duties", tuple(self.duties))


@dataclass(frozen=True)
class ResidentCard:
    """居民卡/积分卡: the resident's name, masked ID and signed QR (kind ``R``); notes on the
    back."""

    resident_name: str
    masked_id: str
    """Already masked by the caller, e.g. ``3301**********1234``."""
    qr_text: str
    """The signed payload, ``make_payload(secret, "R", resident_id)``."""
    number: str = ""
    notes: tuple[str, ...] = DEFAULT_RESIDENT_NOTES
    title: str = "居民积分卡"
    qr_caption: str = "窗口扫码识别"

    def __post_init__(self) -> None:
        object.__setattr__(self, "notes", tuple(self.notes))


@dataclass(frozen=True)
class VolunteerCard:
    """志愿者证: name, team and signed QR (kind ``V``) for check-in."""

    name: str
    team: str
    qr_text: str
    """The signed payload, ``make_payload(secret, "V", volunteer_id)``."""
    number: str = ""
    photo: str | Path | None = None
    """Optional; without one the card has no photo box."""
    motto: str = "奉献  友爱  互助  进步"
    title: str = "志愿者证"
    qr_caption: str = "签到扫码"


CardData = CareContactCard | GridContactCard | ResidentCard | VolunteerCard


def card_has_back(card: CardData) -> bool:
    """Whether the card is printed double-sided."""
    return isinstance(card, CareContactCard | ResidentCard)


# --- geometry (points; ``t`` values are measured down from the card's top edge) --------------

FRAME = 1.5 * mm  # the rounded frame sits inside the cut line, forgiving an uneven cut
RADIUS = 2.8 * mm
BAND = 8.5 * mm
GOLD_LINE = 0.6 * mm
FOOTER = 6.5 * mm
LEFT = FRAME + 3 * mm
RIGHT = CARD_WIDTH - FRAME - 3 * mm
BODY_TOP = FRAME + BAND + GOLD_LINE + 1.4 * mm
BODY_BOTTOM = CARD_HEIGHT - FRAME - FOOTER - 1.0 * mm


def _y(t: float) -> float:
    return CARD_HEIGHT - t


def _width(text: str, size: float) -> float:
    return string_width(text, size)


def _wrap_at(text: str, size: float, width: float) -> list[str]:
    def measure(s: str) -> float:
        return _width(s, size)

    return wrap_text(text, width, measure)


def _ellipsize(text: str, size: float, width: float) -> str:
    if _width(text, size) <= width:
        return text
    while text and _width(text + "…", size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def fit_line(text: str, max_size: float, min_size: float, width: float) -> tuple[float, str]:
    """The largest size from ``max_size`` down to ``min_size`` at which ``text`` fits
    ``width`` on one line; at the floor, the text is cut with an ellipsis."""
    natural = _width(text, 1.0)
    if natural <= 0:
        return max_size, text
    size = min(max_size, width / natural)
    if size >= min_size:
        return size, text
    return min_size, _ellipsize(text, min_size, width)


def fit_phone(phone: str, max_size: float, min_size: float, width: float) -> tuple[float, str]:
    """A phone number grouped for reading and fitted like ``fit_line``, except that it is
    never cut: past the floor it shrinks further (only an absurdly long one ever does)."""
    text = format_phone(phone)
    size, fitted = fit_line(text, max_size, min_size, width)
    if fitted != text:
        size = min(size, width / _width(text, 1.0))
    return size, text


def fit_lines(
    text: str, max_size: float, min_size: float, width: float, max_lines: int
) -> tuple[float, list[str]]:
    """Fit ``text`` in ``width`` and at most ``max_lines``: one line shrunk down to the floor
    if it can; else wrapped at the largest size (half-point steps) that fits the lines; else
    wrapped at the floor with the last line cut by an ellipsis."""
    if "\n" not in text:
        size, line = fit_line(text, max_size, min_size, width)
        if line == text or max_lines <= 1:
            return size, [line]
    size = max_size
    while size >= min_size:
        lines = _wrap_at(text, size, width)
        if len(lines) <= max_lines:
            return size, lines
        size -= 0.5
    lines = _wrap_at(text, min_size, width)
    kept = lines[:max_lines]
    kept[-1] = _ellipsize(kept[-1] + "…", min_size, width)
    return min_size, kept


# --- drawing pieces --------------------------------------------------------------------------


def _round_rect_path(
    canvas: Canvas, x: float, y: float, w: float, h: float, r: float
) -> PDFPathObject:
    path = canvas.beginPath()
    path.roundRect(x, y, w, h, r)
    return path


class _Painter:
    """Draws cards on one canvas; parts shared by many cards (frames and bands, photos) are
    drawn once as PDF forms and placed by reference, which keeps a 1,000-card batch fast and
    its file small."""

    def __init__(self, canvas: Canvas, station: StationInfo) -> None:
        self.canvas = canvas
        self.station = station
        self._forms: dict[tuple[object, ...], str] = {}

    # -- shared parts

    def shared(self, key: tuple[object, ...], draw: Callable[[], None]) -> None:
        name = self._forms.get(key)
        if name is None:
            name = f"gdcard{len(self._forms)}"
            self._forms[key] = name
            self.canvas.beginForm(name, 0, 0, CARD_WIDTH, CARD_HEIGHT)
            draw()
            self.canvas.endForm()
        self.canvas.doForm(name)

    def pill(self, x: float, baseline: float, text: str, size: float) -> float:
        """A small red label with white text, its baseline at ``baseline``; returns its width.
        Role labels repeat on every card, so each is drawn once and placed by reference."""
        pad = size * 0.45
        w = _width(text, size) + 2 * pad
        h = size * 1.45
        key = ("pill", text, round(size, 2))
        name = self._forms.get(key)
        c = self.canvas
        if name is None:
            name = f"gdpill{len(self._forms)}"
            self._forms[key] = name
            c.beginForm(name, 0, -size * 0.4, w, h)
            c.setFillColor(RED)
            c.roundRect(0, -size * 0.36, w, h, h / 2, stroke=0, fill=1)
            draw_text(c, pad, 0, text, size, color=white)
            c.endForm()
        c.saveState()
        c.translate(x, baseline)
        c.doForm(name)
        c.restoreState()
        return w

    def chrome(self, title: str, subtitle: str, footer: Callable[[], None], key: object) -> None:
        """Frame, red band with title, gold line, tinted footer strip."""

        def draw() -> None:
            c = self.canvas
            inner_w = CARD_WIDTH - 2 * FRAME
            c.saveState()
            c.clipPath(
                _round_rect_path(c, FRAME, FRAME, inner_w, CARD_HEIGHT - 2 * FRAME, RADIUS),
                stroke=0,
                fill=0,
            )
            c.setFillColor(RED)
            c.rect(FRAME, _y(FRAME + BAND), inner_w, BAND, stroke=0, fill=1)
            c.setFillColor(GOLD)
            c.rect(FRAME, _y(FRAME + BAND + GOLD_LINE), inner_w, GOLD_LINE, stroke=0, fill=1)
            c.setFillColor(RED_TINT)
            c.rect(FRAME, FRAME, inner_w, FOOTER, stroke=0, fill=1)
            c.restoreState()
            c.setStrokeColor(RULE)
            c.setLineWidth(0.6)
            c.roundRect(FRAME, FRAME, inner_w, CARD_HEIGHT - 2 * FRAME, RADIUS, stroke=1, fill=0)
            title_size, title_text = fit_line(title, 13, 9, (RIGHT - LEFT) * 0.6)
            baseline = _y(FRAME + BAND / 2) - title_size * 0.36
            draw_text(c, LEFT, baseline, title_text, title_size, color=white, bold=True)
            if subtitle:
                room = RIGHT - LEFT - _width(title_text, title_size) - 4 * mm
                sub_size, sub_text = fit_line(subtitle, 8.5, 6, room)
                draw_text(
                    c,
                    RIGHT,
                    _y(FRAME + BAND / 2) - sub_size * 0.36,
                    sub_text,
                    sub_size,
                    color=white,
                    align="right",
                )
            footer()

        self.shared(("chrome", key, title, subtitle), draw)

    def footer_centred(self, parts: Sequence[tuple[str, float, bool]]) -> Callable[[], None]:
        """A footer line of (text, size, bold) pieces, centred in the footer strip."""

        def draw() -> None:
            gap = 1.5 * mm
            total = sum(_width(t, s) for t, s, _ in parts) + gap * (len(parts) - 1)
            scale = min(1.0, (RIGHT - LEFT) / total) if total else 1.0
            x = CARD_WIDTH / 2 - total * scale / 2
            baseline = FRAME + FOOTER / 2 - max(s for _, s, _ in parts) * scale * 0.36
            for text, size, bold in parts:
                draw_text(self.canvas, x, baseline, text, size * scale, color=RED_DARK, bold=bold)
                x += _width(text, size * scale) + gap * scale

        return draw

    def hotline_footer(self, hotline: str) -> Callable[[], None]:
        if hotline:
            return self.footer_centred([("服务热线", 9, False), (format_phone(hotline), 14, True)])
        return self.footer_centred([(self.station.name, 9, False)])

    def qr(self, text: str, x: float, t: float, size: float, caption: str) -> None:
        draw_qr(self.canvas, text, x, _y(t + size), size)
        if caption:
            cap_size, cap = fit_line(caption, 7, 5.5, size + 2 * mm)
            draw_text(
                self.canvas,
                x + size / 2,
                _y(t + size + 2.6 * mm),
                cap,
                cap_size,
                color=INK_SOFT,
                align="center",
            )

    def photo(self, path: str | Path | None, x: float, t: float, w: float, h: float) -> None:
        """A portrait in a rounded box, or a placeholder silhouette when there is none.
        Each photo is embedded once per document, however many cards show it."""
        c = self.canvas
        y = _y(t + h)
        key = ("photo", str(path), round(w, 2), round(h, 2))
        name = self._forms.get(key)
        if name is None and path:
            image = prepared_image(path, w, h, crop=True)
            name = "" if image is None else f"gdphoto{len(self._forms)}"
            self._forms[key] = name  # "" remembers a bad file: one log line, not one a card
            if image is not None:
                c.beginForm(name, 0, 0, w, h)
                c.drawImage(image, 0, 0, w, h)
                c.endForm()
        c.saveState()
        c.clipPath(_round_rect_path(c, x, y, w, h, 1.2 * mm), stroke=0, fill=0)
        if not name:
            c.setFillColor(PLACEHOLDER)
            c.rect(x, y, w, h, stroke=0, fill=1)
            c.setFillColor(PLACEHOLDER_INK)
            c.circle(x + w / 2, y + h * 0.62, w * 0.2, stroke=0, fill=1)
            c.ellipse(x + w * 0.14, y - h * 0.22, x + w * 0.86, y + h * 0.42, stroke=0, fill=1)
        else:
            c.translate(x, y)
            c.doForm(name)
        c.restoreState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.roundRect(x, y, w, h, 1.2 * mm, stroke=1, fill=0)

    def helper_row(
        self,
        helper: Helper,
        t: float,
        height: float,
        left: float,
        right: float,
        *,
        phone_size: float = 15,
        name_size: float = 13,
        pill_size: float = 8,
    ) -> None:
        """Role label, name, and the phone number in large type flush right; when they
        cannot share a line the number goes on a second line. A number is never cut: below
        its 14 pt floor it would rather shrink (only an absurdly long one ever does)."""
        c = self.canvas
        width = right - left
        two_lines = _helper_two_lines(helper, width, pill_size)
        role_size, role = fit_line(helper.role, pill_size, 6, width * 0.3)
        phone_room = width if two_lines else width - _min_name_room(helper, role, role_size)
        phone_size, phone = fit_phone(helper.phone, phone_size, PHONE_FLOOR, phone_room)
        name_line = name_size * 1.25 if two_lines else 0.0
        top = t + max(0.0, (height - name_line - phone_size * 1.22) / 2)
        phone_baseline = _y(top + name_line + phone_size * 0.95)
        name_baseline = _y(top + name_size * 0.95) if two_lines else phone_baseline
        x = left + self.pill(left, name_baseline + 0.5, role, role_size) + 1.5 * mm
        draw_text(
            c, right, phone_baseline, phone, phone_size, color=RED_DARK, bold=True, align="right"
        )
        room = right - x if two_lines else right - _width(phone, phone_size) - 2 * mm - x
        fitted_size, name = fit_line(helper.name, name_size, 8, room)
        draw_text(c, x, name_baseline, name, fitted_size, color=INK, bold=True)


PHONE_FLOOR = 14.0
"""Phone numbers on cards for elderly readers are never smaller than this (points)."""


def _pill_width(role: str, size: float) -> float:
    return _width(role, size) + 2 * size * 0.45


def _min_name_room(helper: Helper, role: str, role_size: float) -> float:
    """The label, the gaps, and the first two characters of the name at 9 pt."""
    return _pill_width(role, role_size) + 3.5 * mm + _width(helper.name[:2], 9)


def _helper_two_lines(helper: Helper, width: float, pill_size: float) -> bool:
    """Whether the number at its floor size leaves no room for the name beside the label."""
    role_size, role = fit_line(helper.role, pill_size, 6, width * 0.3)
    phone = _width(format_phone(helper.phone), PHONE_FLOOR)
    return _min_name_room(helper, role, role_size) + phone > width


# --- the four kinds --------------------------------------------------------------------------

_CARE_ROW_MIN = 6.2 * mm
_CARE_ROW_MAX = 8.2 * mm
_CARE_BACK_ROW = 6.0 * mm
_CARE_QR = 21 * mm


def _care_qr_text(card: CareContactCard, station: StationInfo) -> str:
    if card.qr_text is not None:
        return card.qr_text
    if not card.helpers:
        return ""
    first = card.helpers[0]
    return vcard(first.name, [first.phone], org=station.name, title=first.role)


@dataclass(frozen=True)
class _CareFront:
    """How a care card's front is filled: the helpers' phones come first; the name gets one
    line (two only if room remains), the address what is left; helpers that do not fit go on
    the back."""

    name_size: float
    names: list[str]
    address_size: float
    addresses: list[str]
    helpers: int
    scale: float
    """Rows grow by this factor (at most ``_CARE_ROW_MAX``) when there is room to spare."""


def _care_row_min(helper: Helper, width: float, pill_size: float = 8) -> float:
    if _helper_two_lines(helper, width, pill_size):
        return _CARE_ROW_MIN + 13 * 1.25
    return _CARE_ROW_MIN


def _care_front_plan(card: CareContactCard) -> _CareFront:
    width = RIGHT - LEFT
    room = BODY_BOTTOM - BODY_TOP
    gap = 1.2 * mm if card.helpers else 0.0
    reserved = min(len(card.helpers), 2) * _CARE_ROW_MIN + gap
    name_size, names = fit_lines(card.resident_name, 18, 16, width, 1)
    if names[0] != card.resident_name:
        two_size, two = fit_lines(card.resident_name, 18, 16, width, 2)
        if room - reserved - two_size * 1.2 * len(two) - 8.5 * 1.3 >= 0:
            name_size, names = two_size, two
    used = name_size * 1.2 * len(names)
    address_size, addresses = 0.0, list[str]()
    if card.address:
        lines_room = int((room - reserved - used) // (8.5 * 1.3))
        address_size, addresses = fit_lines(
            card.address, 10.5, 8.5, width, max(1, min(2, lines_room))
        )
        used += address_size * 1.3 * len(addresses)
    left = room - used - gap
    heights = [_care_row_min(h, width) for h in card.helpers]
    count, needed = 0, 0.0
    while count < len(heights) and needed + heights[count] <= left + 0.5:
        needed += heights[count]
        count += 1
    scale = min(_CARE_ROW_MAX / _CARE_ROW_MIN, left / needed) if count else 1.0
    return _CareFront(name_size, names, address_size, addresses, count, scale)


def _care_chrome(p: _Painter, card: CareContactCard) -> None:
    hotline = card.hotline or p.station.hotline
    p.chrome(card.title, p.station.name, p.hotline_footer(hotline), ("care", hotline))


def _draw_care_front(p: _Painter, card: CareContactCard) -> None:
    c = p.canvas
    _care_chrome(p, card)
    plan = _care_front_plan(card)
    t = BODY_TOP
    for line in plan.names:
        draw_text(c, LEFT, _y(t + plan.name_size * 0.92), line, plan.name_size, bold=True)
        t += plan.name_size * 1.2
    for line in plan.addresses:
        draw_text(c, LEFT, _y(t + plan.address_size * 1.0), line, plan.address_size, color=INK_SOFT)
        t += plan.address_size * 1.3
    if plan.helpers:
        shown = card.helpers[: plan.helpers]
        heights = [_care_row_min(h, RIGHT - LEFT) * plan.scale for h in shown]
        # Under the address; with room to spare the rows grow rather than drift apart.
        t = min(t + 1.2 * mm, BODY_BOTTOM - sum(heights))
        phone = min(17.0, max(PHONE_FLOOR, _CARE_ROW_MIN * plan.scale / 1.3))
        for helper, height in zip(shown, heights, strict=True):
            p.helper_row(helper, t, height, LEFT, RIGHT, phone_size=phone)
            t += height


def _draw_care_back(p: _Painter, card: CareContactCard) -> None:
    """The back: QR for the family, services received, helpers the front had no room for,
    the note, the station's address."""
    c = p.canvas
    _care_chrome(p, card)
    qr_text = _care_qr_text(card, p.station)
    column_right = RIGHT - (_CARE_QR + 2.5 * mm if qr_text else 0)
    width = column_right - LEFT
    if qr_text:
        p.qr(qr_text, RIGHT - _CARE_QR, BODY_TOP - 0.6 * mm, _CARE_QR, card.qr_caption)
    bottom = BODY_BOTTOM
    if p.station.address:
        address_width = (column_right if qr_text else RIGHT) - LEFT
        size, address = fit_line(f"地址：{p.station.address}", 8, 6.5, address_width)
        draw_text(c, LEFT, _y(bottom - 0.4 * mm), address, size, color=INK_SOFT)
        bottom -= size * 1.7
    t = BODY_TOP
    extra = list(card.helpers[_care_front_plan(card).helpers :])
    # Helpers the front had no room for come first: a phone number matters more than the
    # list of services. Whoever does not fit is counted, never silently dropped.
    heights = [
        _CARE_BACK_ROW + (12 * 1.25 if _helper_two_lines(h, width, 7.5) else 0) for h in extra
    ]
    shown_helpers: list[Helper] = []
    more_line = 9 * 1.4
    for i, (helper, height) in enumerate(zip(extra, heights, strict=True)):
        last = i == len(extra) - 1
        if t + height + (0 if last else more_line) > bottom + 0.5:
            break
        p.helper_row(
            helper, t, height, LEFT, column_right, phone_size=14, name_size=12, pill_size=7.5
        )
        shown_helpers.append(helper)
        t += height
    if len(shown_helpers) < len(extra):
        more = f"另有 {len(extra) - len(shown_helpers)} 位联系人，请致电服务热线"
        size, text = fit_line(more, 9, 6.5, width)
        draw_text(c, LEFT, _y(t + size), text, size, color=RED_DARK)
        t += 9 * 1.4
    if extra and (card.services or card.note):
        t += 1.2 * mm
    if card.services:
        t = _care_services(p, card.services, t, bottom, width)
    if card.note and t + 8 * 1.3 <= bottom:
        lines_room = int((bottom - t) // (10 * 1.3))
        size, notes = fit_lines(card.note, 10, 8, width, max(1, min(2, lines_room)))
        t += 0.6 * mm
        for line in notes:
            draw_text(c, LEFT, _y(t + size), line, size)
            t += size * 1.3


def _care_services(
    p: _Painter, services: Sequence[str], t: float, bottom: float, width: float
) -> float:
    """The services a resident receives, as bullets in one or two columns, or as one line
    beside the label when space is short; returns where the next section may start."""
    c = p.canvas
    label, size, row = 8.0, 11.0, 11.0 * 1.32
    label_h = label * 1.9
    n = len(services)
    rows_room = int((bottom - t - label_h + 0.5) // row)
    if rows_room < 1:
        if t + label * 1.5 > bottom + 0.5:
            return t
        pill_w = p.pill(LEFT, _y(t + label * 1.15), "享受服务", label)
        room = width - pill_w - 1.5 * mm
        inline_size, text = fit_line("、".join(services), 9, 7, room)
        if text.endswith("…") and n > 1:
            count = f"等 {n} 项"
            inline_size = 7
            _, text = fit_line("、".join(services), 7, 7, room - _width(count, 7))
            text += count
        draw_text(c, LEFT + pill_w + 1.5 * mm, _y(t + label * 1.15), text, inline_size)
        return t + label * 1.7
    p.pill(LEFT, _y(t + label * 1.15), "享受服务", label)
    t += label_h
    columns = 1 if n <= rows_room and width < 60 * mm else 2
    per_column = max(1, min(rows_room, math.ceil(n / columns)))
    shown = list(services)
    if n > per_column * columns:
        shown = [*shown[: per_column * columns - 1], f"等 {n} 项服务"]
    col_w = (width - (columns - 1) * 2.5 * mm) / columns
    for i, service in enumerate(shown):
        col, r = divmod(i, per_column)
        x = LEFT + col * (col_w + 2.5 * mm)
        fitted, text = fit_line(service, size, 8, col_w - 3 * mm)
        baseline = _y(t + r * row + size * 0.95)
        c.setFillColor(RED)
        c.circle(x + 1.0 * mm, baseline + fitted * 0.33, 0.7 * mm, stroke=0, fill=1)
        draw_text(c, x + 3 * mm, baseline, text, fitted)
    return t + min(per_column, len(shown)) * row


def _grid_qr_text(card: GridContactCard, station: StationInfo) -> str:
    if card.qr_text is not None:
        return card.qr_text
    worker = card.grid_worker
    return vcard(
        worker.name, [worker.phone], org=station.name, title=f"{card.grid_name} {worker.role}"
    )


def _draw_staff(p: _Painter, staff: GridStaff, x: float, t: float, width: float) -> None:
    c = p.canvas
    photo_w, photo_h = 10.5 * mm, 14 * mm
    p.photo(staff.photo, x, t, photo_w, photo_h)
    text_x = x + photo_w + 1.8 * mm
    room = x + width - text_x
    role_size, role = fit_line(staff.role, 7.5, 6, room - 2 * mm)
    p.pill(text_x, _y(t + 3.4 * mm), role, role_size)
    name_size, name = fit_line(staff.name, 13, 9, room)
    draw_text(c, text_x, _y(t + 10.2 * mm), name, name_size, bold=True)
    phone_size, phone = fit_phone(staff.phone, 11.5, 9, width)
    draw_text(c, x, _y(t + photo_h + 4.6 * mm), phone, phone_size, color=RED_DARK, bold=True)


def _draw_grid_front(p: _Painter, card: GridContactCard) -> None:
    c = p.canvas
    subtitle = " · ".join(part for part in (card.grid_name, card.building) if part)
    hours = f"服务时间：{card.service_hours}" if card.service_hours else ""
    hotline = f"服务热线 {p.station.hotline}" if p.station.hotline else ""

    def footer() -> None:
        baseline = FRAME + FOOTER / 2 - 9 * 0.36
        middle = FRAME + FOOTER / 2
        if hours and hotline:
            # one line, hours left and hotline right, at one size, while it stays readable;
            # else two centred lines (long hours, "…（节假日轮流值守）", are never cut)
            gap = 3 * mm
            size = min(8.5, (RIGHT - LEFT - gap) / (_width(hours, 1.0) + _width(hotline, 1.0)))
            if size >= 6:
                baseline = middle - size * 0.36
                draw_text(c, LEFT, baseline, hours, size, color=RED_DARK)
                draw_text(c, RIGHT, baseline, hotline, size, color=RED_DARK, align="right")
                return
            size = min(
                fit_line(hours, 7, 5, RIGHT - LEFT)[0], fit_line(hotline, 7, 5, RIGHT - LEFT)[0]
            )
            for text, line_baseline in ((hours, middle + size * 0.25), (hotline, middle - size)):
                fitted = fit_line(text, size, size, RIGHT - LEFT)[1]
                draw_text(
                    c, CARD_WIDTH / 2, line_baseline, fitted, size, color=RED_DARK, align="center"
                )
        elif hours or hotline:
            size, text = fit_line(hours or hotline, 9, 6, RIGHT - LEFT)
            draw_text(c, CARD_WIDTH / 2, baseline, text, size, color=RED_DARK, align="center")

    p.chrome(card.title, subtitle, footer, ("grid", hours, hotline))
    qr_text = _grid_qr_text(card, p.station)
    qr_size = 20 * mm
    column_right = RIGHT - (qr_size + 2.5 * mm if qr_text else 0)
    staff = [s for s in (card.grid_worker, card.grid_leader) if s is not None]
    gap = 3.5 * mm
    block_w = (column_right - LEFT - gap * (len(staff) - 1)) / len(staff)
    for i, person in enumerate(staff):
        _draw_staff(p, person, LEFT + i * (block_w + gap), BODY_TOP, min(block_w, 40 * mm))
    t = BODY_TOP + 14 * mm + 6.6 * mm
    if card.duties:
        label = 7.5
        pill_w = p.pill(LEFT, _y(t + label * 1.05), "职责", label)
        text_x = LEFT + pill_w + 1.5 * mm
        max_lines = max(1, int((BODY_BOTTOM - t + 0.5) // (7.5 * 1.3)))
        size, lines = fit_lines("、".join(card.duties), 8.5, 7, column_right - text_x, max_lines)
        for line in lines:
            draw_text(c, text_x, _y(t + size * 1.05), line, size, color=INK)
            t += size * 1.3
    if qr_text:
        p.qr(qr_text, RIGHT - qr_size, BODY_TOP - 0.6 * mm, qr_size, card.qr_caption)


def _label_value(
    p: _Painter,
    label: str,
    value: str,
    t: float,
    value_x: float,
    right: float,
    size: float,
    floor: float,
    *,
    bold: bool = False,
) -> None:
    size, text = fit_line(value, size, floor, right - value_x)
    baseline = _y(t)
    draw_text(p.canvas, LEFT, baseline, label, 7.5, color=INK_SOFT)
    draw_text(p.canvas, value_x, baseline, text, size, bold=bold)


def _draw_resident_front(p: _Painter, card: ResidentCard) -> None:
    hotline = p.station.hotline
    p.chrome(card.title, p.station.name, p.hotline_footer(hotline), ("resident", hotline))
    qr_size = 25 * mm
    column_right = RIGHT - qr_size - 2.5 * mm
    value_x = LEFT + 10 * mm
    _label_value(
        p,
        "姓　名",
        card.resident_name,
        BODY_TOP + 7.4 * mm,
        value_x,
        column_right,
        20,
        13,
        bold=True,
    )
    _label_value(p, "证件号", card.masked_id, BODY_TOP + 15.2 * mm, value_x, column_right, 11, 7.5)
    if card.number:
        _label_value(p, "卡　号", card.number, BODY_TOP + 21.6 * mm, value_x, column_right, 11, 7.5)
    p.qr(card.qr_text, RIGHT - qr_size, BODY_TOP - 0.6 * mm, qr_size, card.qr_caption)


def _draw_resident_back(p: _Painter, card: ResidentCard) -> None:
    # The same for every resident of the station: drawn once, placed by reference.
    p.shared(("resident-back", card.notes), lambda: _draw_resident_notes(p, card))


def _draw_resident_notes(p: _Painter, card: ResidentCard) -> None:
    c = p.canvas
    hotline = p.station.hotline
    p.chrome("使用须知", p.station.name, p.hotline_footer(hotline), ("resident", hotline))
    t = BODY_TOP
    bottom = BODY_BOTTOM
    if p.station.address:
        size, addr = fit_line(f"地址：{p.station.address}", 7.5, 6, RIGHT - LEFT)
        draw_text(c, LEFT, _y(bottom - 0.3 * mm), addr, size, color=INK_SOFT)
        bottom -= size * 1.6
    size = 8.5
    for floor_try in (10.0, 9.5, 9.0, 8.5, 8.0, 7.5, 7.0):
        size = floor_try
        needed = (
            sum(len(_wrap_at(note, size, RIGHT - LEFT - 4 * mm)) for note in card.notes)
            * size
            * 1.38
        )
        if t + needed <= bottom:
            break
    for i, note in enumerate(card.notes, start=1):
        lines = _wrap_at(note, size, RIGHT - LEFT - 4 * mm)
        for j, line in enumerate(lines):
            if t + size * 1.38 > bottom + 0.5:
                return
            baseline = _y(t + size * 1.05)
            if j == 0:
                draw_text(c, LEFT, baseline, f"{i}.", size, color=RED_DARK, bold=True)
            draw_text(c, LEFT + 4 * mm, baseline, line, size)
            t += size * 1.38


def _draw_volunteer_front(p: _Painter, card: VolunteerCard) -> None:
    c = p.canvas
    motto = card.motto
    p.chrome(
        card.title,
        p.station.name,
        p.footer_centred([(motto, 9.5, True)]) if motto else (lambda: None),
        ("volunteer", motto),
    )
    qr_size = 23 * mm
    column_right = RIGHT - qr_size - 2.5 * mm
    x = LEFT
    if card.photo:
        p.photo(card.photo, LEFT, BODY_TOP + 0.4 * mm, 15 * mm, 20 * mm)
        x = LEFT + 15 * mm + 3 * mm
    width = column_right - x
    size, name = fit_line(card.name, 20, 13, width)
    draw_text(c, x, _y(BODY_TOP + 7.2 * mm), name, size, bold=True)
    t = BODY_TOP + 11 * mm
    draw_text(c, x, _y(t + 2.6 * mm), "服务队", 7.5, color=INK_SOFT)
    team_size, teams = fit_lines(card.team, 11, 8, width, 2)
    t += 3.4 * mm
    for line in teams:
        draw_text(c, x, _y(t + team_size * 0.95), line, team_size, color=RED_DARK, bold=True)
        t += team_size * 1.25
    if card.number:
        num_size, number = fit_line(f"编号 {card.number}", 9, 7, width)
        draw_text(
            c, x, _y(min(t + 1.6 * mm + num_size, BODY_BOTTOM)), number, num_size, color=INK_SOFT
        )
    p.qr(card.qr_text, RIGHT - qr_size, BODY_TOP - 0.6 * mm, qr_size, card.qr_caption)


def _draw_front(p: _Painter, card: CardData) -> None:
    if isinstance(card, CareContactCard):
        _draw_care_front(p, card)
    elif isinstance(card, GridContactCard):
        _draw_grid_front(p, card)
    elif isinstance(card, ResidentCard):
        _draw_resident_front(p, card)
    else:
        _draw_volunteer_front(p, card)


def _draw_back(p: _Painter, card: CardData) -> None:
    if isinstance(card, CareContactCard):
        _draw_care_back(p, card)
    elif isinstance(card, ResidentCard):
        _draw_resident_back(p, card)


# --- sheets ----------------------------------------------------------------------------------


def card_origin(slot: int, *, back: bool = False) -> tuple[float, float]:
    """Lower-left corner on the A4 sheet of the card in ``slot`` (0-9, row by row); on a back
    sheet the column is mirrored so the back lands behind its front (long-edge duplex)."""
    column, row = slot % SHEET_COLUMNS, slot // SHEET_COLUMNS
    if back:
        column = SHEET_COLUMNS - 1 - column
    x = SHEET_MARGIN_X + column * CARD_WIDTH
    y = SHEET_HEIGHT - SHEET_MARGIN_Y - (row + 1) * CARD_HEIGHT
    return x, y


def _crop_marks(canvas: Canvas) -> None:
    """Hairline marks in the margins, on the line of every cut, clear of the cards."""
    canvas.saveState()
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.25)
    gap, length = 2 * mm, 5 * mm
    top = SHEET_HEIGHT - SHEET_MARGIN_Y
    bottom = SHEET_MARGIN_Y
    left = SHEET_MARGIN_X
    right = SHEET_WIDTH - SHEET_MARGIN_X
    for i in range(SHEET_COLUMNS + 1):
        x = left + i * CARD_WIDTH
        canvas.line(x, top + gap, x, top + gap + length)
        canvas.line(x, bottom - gap, x, bottom - gap - length)
    for j in range(SHEET_ROWS + 1):
        y = bottom + j * CARD_HEIGHT
        canvas.line(left - gap, y, left - gap - length, y)
        canvas.line(right + gap, y, right + gap + length, y)
    canvas.restoreState()


def _sheet_note(canvas: Canvas, text: str) -> None:
    draw_text(canvas, SHEET_WIDTH / 2, 4.5 * mm, text, 6.5, color=INK_SOFT, align="center")


def _new_canvas(buffer: io.BytesIO, title: str, station: StationInfo) -> Canvas:
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=FONT_NAME)
    canvas.setTitle(title)
    canvas.setAuthor(station.name)
    canvas.setCreator("GriDesk")
    return canvas


def render_cards(cards: Sequence[CardData], *, station: StationInfo) -> bytes:
    """A batch of cards as one PDF of A4 sheets, ten cards to a sheet, in the given order.

    A sheet with any double-sided card is followed by its back sheet: print the file
    double-sided, flipping on the long edge, and cut along the crop marks.
    """
    if not cards:
        raise ValueError("render_cards needs at least one card")
    register_fonts()
    buffer = io.BytesIO()
    canvas = _new_canvas(buffer, "GriDesk cards", station)
    painter = _Painter(canvas, station)
    sheets = [cards[i : i + CARDS_PER_SHEET] for i in range(0, len(cards), CARDS_PER_SHEET)]
    for number, sheet in enumerate(sheets, start=1):
        for slot, card in enumerate(sheet):
            x, y = card_origin(slot)
            canvas.saveState()
            canvas.translate(x, y)
            _draw_front(painter, card)
            canvas.restoreState()
        _crop_marks(canvas)
        _sheet_note(canvas, f"第 {number}/{len(sheets)} 张 · 正面 · {len(sheet)} 张卡片")
        canvas.showPage()
        if any(card_has_back(card) for card in sheet):
            for slot, card in enumerate(sheet):
                if card_has_back(card):
                    x, y = card_origin(slot, back=True)
                    canvas.saveState()
                    canvas.translate(x, y)
                    _draw_back(painter, card)
                    canvas.restoreState()
            _crop_marks(canvas)
            _sheet_note(canvas, f"第 {number}/{len(sheets)} 张 · 背面 · 双面打印请选“长边翻转”")
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_card(card: CardData, *, station: StationInfo) -> bytes:
    """One card as a card-sized PDF: its front, then its back if it has one (for previews
    and for printers that take cards)."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = _new_canvas(buffer, "GriDesk card", station)
    canvas.setPageSize((CARD_WIDTH, CARD_HEIGHT))
    painter = _Painter(canvas, station)
    _draw_front(painter, card)
    canvas.showPage()
    if card_has_back(card):
        canvas.setPageSize((CARD_WIDTH, CARD_HEIGHT))
        _draw_back(painter, card)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
