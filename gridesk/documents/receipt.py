"""The receipt builder every window shares: redemptions, tickets, loans, bookings, tests.

One layout, two renderings:

- ``render_receipt(receipt, page_kind)``: a PDF for a 58/80 mm roll (as long as its content, no
  blank tail) or an A5/A4 page (split over pages when long);
- ``receipt_text_lines(receipt, columns)`` / ``receipt_text_parts``: plain text lines of at most
  ``columns`` display columns, for a thermal printer's text mode (ESC/POS).

Lines wrap by display width: on a roll the body type is sized so that a Chinese character is
exactly two of the roll's 32 or 48 columns.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from gridesk import clock
from gridesk.documents.fonts import (
    FONT_NAME,
    display_width,
    pad_to,
    register_fonts,
    wrap_text,
)
from gridesk.documents.pages import (
    INK,
    INK_SOFT,
    PDF_MAX_SIDE,
    PageKind,
    PageSpec,
    StationInfo,
    draw_text,
    page_spec,
    prepared_image,
)
from gridesk.documents.qr import draw_qr

if TYPE_CHECKING:
    from reportlab.lib.utils import ImageReader


@dataclass(frozen=True)
class ReceiptLine:
    """A numbered line: what it is and, right-aligned, what it counts (``"200分"``, ``"×2"``)."""

    text: str
    amount: str = ""


@dataclass(frozen=True)
class ReceiptField:
    """A label and its value: details above the lines (单号, 居民), totals below (合计)."""

    label: str
    value: str


def _tuple(value: Sequence[object]) -> tuple[object, ...]:
    return value if isinstance(value, tuple) else tuple(value)


@dataclass(frozen=True)
class Receipt:
    """Everything a receipt says, top to bottom."""

    station: StationInfo
    title: str
    lines: tuple[ReceiptLine, ...] = ()
    details: tuple[ReceiptField, ...] = ()
    totals: tuple[ReceiptField, ...] = ()
    qr_text: str = ""
    """Printed as a QR code (usually a signed payload); empty for none."""
    qr_caption: str = ""
    footer: tuple[str, ...] = ()
    printed_at: datetime | None = None
    """None: the time of rendering."""
    printed_at_label: str = "打印时间"
    signatures: tuple[str, ...] = ()
    """Who signs on paper (``"借用人签字"``): a line each, with room above it for a hand."""

    def __post_init__(self) -> None:
        # Accept lists from callers; keep the dataclass hashable and immutable.
        for name in ("lines", "details", "totals", "footer", "signatures"):
            object.__setattr__(self, name, _tuple(getattr(self, name)))


# --- layout ----------------------------------------------------------------------------------

# Type styles: (size relative to the body, bold, soft ink).
_STYLES: dict[str, tuple[float, bool, bool]] = {
    "name": (1.35, True, False),
    "title": (1.2, True, False),
    "body": (1.0, False, False),
    "total": (1.05, True, False),
    "small": (0.9, False, True),
}
_LEADING = 1.42


@dataclass(frozen=True)
class _Row:
    """One printed line: ``prefix`` at the left margin, ``text`` at ``indent``, ``right``
    flush right; or ``text`` centred."""

    text: str
    style: str = "body"
    right: str = ""
    prefix: str = ""
    indent: float = 0.0
    centred: bool = False


@dataclass(frozen=True)
class _Rule:
    dashed: bool = True


@dataclass(frozen=True)
class _Qr:
    text: str


@dataclass(frozen=True)
class _Logo:
    image: ImageReader


_Element = _Row | _Rule | _Qr | _Logo


@dataclass
class _Measure:
    """How wide text is: display columns for text output, points for a PDF."""

    width: float
    measure: Callable[[str, str], float]
    gap: float  # the space kept between text and a right-aligned value

    def wrap(self, text: str, style: str, width: float | None = None) -> list[str]:
        limit = self.width if width is None else width
        return wrap_text(text, limit, lambda s: self.measure(s, style))


def _field_rows(fields: Sequence[ReceiptField], m: _Measure, style: str) -> list[_Element]:
    """Label left, value right; a long label wraps beside the value, a long value goes on
    lines of its own, right-aligned."""
    rows: list[_Element] = []
    for item in fields:
        value_w = m.measure(item.value, style)
        room = m.width - value_w - m.gap
        if room >= m.width * 0.3:
            labels = m.wrap(item.label, style, room)
            rows.append(_Row(labels[0], style, right=item.value))
            rows += [_Row(text, style) for text in labels[1:]]
        else:
            rows += [_Row(text, style) for text in m.wrap(item.label, style)]
            rows += [_Row("", style, right=text) for text in m.wrap(item.value, style)]
    return rows


def _detail_rows(fields: Sequence[ReceiptField], m: _Measure) -> list[_Element]:
    """``label：value`` with the value's continuation lines hanging under its first line."""
    rows: list[_Element] = []
    for item in fields:
        prefix = f"{item.label}："
        indent = m.measure(prefix, "body")
        if indent <= m.width * 0.45:
            values = m.wrap(item.value, "body", m.width - indent)
            rows.append(_Row(values[0], prefix=prefix, indent=indent))
            rows += [_Row(text, indent=indent) for text in values[1:]]
        else:
            rows += [_Row(text) for text in m.wrap(prefix + item.value, "body")]
    return rows


def _signature_rows(labels: Sequence[str], m: _Measure) -> list[_Element]:
    """``label：______`` to the right margin, each after two empty lines (room for a hand)."""
    rows: list[_Element] = []
    for label in labels:
        prefix = f"{label}："
        indent = m.measure(prefix, "body")
        blank = max(4, int((m.width - indent) / m.measure("_", "body")))
        rows += [_Row(""), _Row(""), _Row("_" * blank, prefix=prefix, indent=indent)]
    return rows


def masked_phone(phone: str) -> str:
    """A mobile number as printed for a resident to carry: ``138****5678`` (other numbers,
    such as a landline, as they are)."""
    digits = phone.replace(" ", "")
    return f"{digits[:3]}****{digits[-4:]}" if len(digits) == 11 else digits


def _line_rows(lines: Sequence[ReceiptLine], m: _Measure) -> list[_Element]:
    rows: list[_Element] = []
    indent = m.measure(f"{len(lines)}. ", "body")
    for number, line in enumerate(lines, start=1):
        room = m.width - indent
        amount_w = m.measure(line.amount, "body") if line.amount else 0.0
        amount_beside = bool(line.amount) and room - amount_w - m.gap >= m.width * 0.3
        if amount_beside:
            room -= amount_w + m.gap
        texts = m.wrap(line.text, "body", room)
        for i, text in enumerate(texts):
            rows.append(
                _Row(
                    text,
                    prefix=f"{number}." if i == 0 else "",
                    indent=indent,
                    right=line.amount if amount_beside and i == 0 else "",
                )
            )
        if line.amount and not amount_beside:
            rows += [_Row("", right=text) for text in m.wrap(line.amount, "body")]
    return rows


def _layout(receipt: Receipt, m: _Measure, logo: ImageReader | None) -> list[_Element]:
    station = receipt.station
    out: list[_Element] = []
    if logo is not None:
        out.append(_Logo(logo))

    def centred(text: str, style: str) -> None:
        out.extend(_Row(t, style, centred=True) for t in m.wrap(text, style))

    if station.name:
        centred(station.name, "name")
    if station.address:
        centred(f"地址：{station.address}", "small")
    if station.hotline:
        centred(f"服务热线：{station.hotline}", "small")
    out.append(_Rule(dashed=False))
    if receipt.title:
        centred(receipt.title, "title")
    out += _detail_rows(receipt.details, m)
    if receipt.lines:
        out.append(_Rule())
        out += _line_rows(receipt.lines, m)
    if receipt.totals:
        out.append(_Rule())
        out += _field_rows(receipt.totals, m, "total")
    if receipt.signatures:
        out += _signature_rows(receipt.signatures, m)
    out.append(_Rule())
    if receipt.qr_text:
        out.append(_Qr(receipt.qr_text))
        if receipt.qr_caption:
            centred(receipt.qr_caption, "small")
    for line in receipt.footer:
        centred(line, "small")
    printed_at = receipt.printed_at or clock.local_now()
    centred(f"{receipt.printed_at_label}：{printed_at:%Y-%m-%d %H:%M}", "small")
    return out


# --- plain text ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReceiptTextParts:
    """A receipt as text lines around its QR code, for a printer that prints the QR itself."""

    before_qr: list[str]
    qr_text: str
    after_qr: list[str] = field(default_factory=list)


def _text_line(row: _Row, columns: int) -> str:
    if row.centred:
        return pad_to(row.text, columns, "center")
    left = pad_to(row.prefix, int(row.indent)) + row.text if row.indent else row.text
    if not row.right:
        return left
    if not left:
        return pad_to(row.right, columns, "right")
    gap = columns - display_width(left) - display_width(row.right)
    return left + " " * max(gap, 1) + row.right


def receipt_text_parts(receipt: Receipt, columns: int) -> ReceiptTextParts:
    """The receipt as lines of at most ``columns`` display columns, split where its QR goes."""
    if columns < 16:
        raise ValueError("a receipt needs at least 16 columns")
    m = _Measure(width=columns, measure=lambda s, _style: display_width(s), gap=2)
    before: list[str] = []
    after: list[str] = []
    current = before
    for element in _layout(receipt, m, None):
        if isinstance(element, _Qr):
            current = after
        elif isinstance(element, _Rule):
            current.append(("-" if element.dashed else "=") * columns)
        elif isinstance(element, _Row):
            current.append(_text_line(element, columns))
    return ReceiptTextParts(before_qr=before, qr_text=receipt.qr_text, after_qr=after)


def receipt_text_lines(receipt: Receipt, columns: int) -> list[str]:
    """The receipt as plain text lines of at most ``columns`` display columns (the QR code
    itself left out; see ``receipt_text_parts`` for where it goes)."""
    parts = receipt_text_parts(receipt, columns)
    return parts.before_qr + parts.after_qr


# --- PDF -------------------------------------------------------------------------------------


def _style_size(spec: PageSpec, style: str) -> float:
    return spec.body_size * _STYLES[style][0]


def _height(element: _Element, spec: PageSpec) -> float:
    if isinstance(element, _Row):
        return _style_size(spec, element.style) * _LEADING
    if isinstance(element, _Rule):
        return spec.body_size * 0.9
    if isinstance(element, _Qr):
        return spec.qr_size + spec.body_size * 0.2
    width, height = element.image.getSize()
    scale = min(spec.printable_width / width, spec.logo_height / height)
    return height * scale + spec.body_size * 0.4


def _draw(canvas: Canvas, element: _Element, spec: PageSpec, top: float) -> None:
    left = spec.margin_x
    right = spec.width - spec.margin_x
    centre = spec.width / 2
    if isinstance(element, _Row):
        ratio, bold, soft = _STYLES[element.style]
        size = spec.body_size * ratio
        baseline = top - (size * _LEADING - size) / 2 - size * 0.82
        color = INK_SOFT if soft else INK
        if element.centred:
            draw_text(
                canvas, centre, baseline, element.text, size, color=color, bold=bold, align="center"
            )
            return
        if element.prefix:
            draw_text(canvas, left, baseline, element.prefix, size, color=color, bold=bold)
        if element.text:
            draw_text(
                canvas, left + element.indent, baseline, element.text, size, color=color, bold=bold
            )
        if element.right:
            draw_text(
                canvas, right, baseline, element.right, size, color=color, bold=bold, align="right"
            )
    elif isinstance(element, _Rule):
        y = top - spec.body_size * 0.45
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.6 if element.dashed else 1.0)
        if element.dashed:
            canvas.setDash(2, 1.6)
        canvas.line(left, y, right, y)
        canvas.restoreState()
    elif isinstance(element, _Qr):
        draw_qr(canvas, element.text, centre - spec.qr_size / 2, top - spec.qr_size, spec.qr_size)
    else:
        width, height = element.image.getSize()
        scale = min(spec.printable_width / width, spec.logo_height / height)
        w, h = width * scale, height * scale
        canvas.drawImage(element.image, centre - w / 2, top - h, w, h)


def _paginate(elements: list[_Element], spec: PageSpec) -> list[list[_Element]]:
    if spec.height is None:
        room = PDF_MAX_SIDE - spec.margin_top - spec.margin_bottom
    else:
        room = spec.height - spec.margin_top - spec.margin_bottom
    pages: list[list[_Element]] = [[]]
    used = 0.0
    for element in elements:
        h = _height(element, spec)
        if pages[-1] and used + h > room:
            pages.append([])
            used = 0.0
        pages[-1].append(element)
        used += h
    return pages


def render_receipt(receipt: Receipt, page_kind: PageKind | str) -> bytes:
    """The receipt as a PDF for a roll (``roll58``, ``roll80``: one page exactly as long as
    the content) or a page (``a5``, ``a4``: as many pages as it takes)."""
    register_fonts()
    spec = page_spec(page_kind)

    def measure(text: str, style: str) -> float:
        return float(pdfmetrics.stringWidth(text, FONT_NAME, _style_size(spec, style)))

    m = _Measure(width=spec.printable_width, measure=measure, gap=spec.body_size)
    logo = None
    if receipt.station.logo:
        logo = prepared_image(
            receipt.station.logo, spec.printable_width, spec.logo_height, crop=False
        )
    pages = _paginate(_layout(receipt, m, logo), spec)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=1, initialFontName=FONT_NAME)
    canvas.setTitle(receipt.title or "GriDesk")
    canvas.setAuthor(receipt.station.name)
    canvas.setCreator("GriDesk")
    for number, page in enumerate(pages, start=1):
        content = sum(_height(e, spec) for e in page)
        height = spec.height or content + spec.margin_top + spec.margin_bottom
        canvas.setPageSize((spec.width, height))
        top = height - spec.margin_top
        for element in page:
            _draw(canvas, element, spec, top)
            top -= _height(element, spec)
        if len(pages) > 1:
            draw_text(
                canvas,
                spec.width - spec.margin_x,
                spec.margin_bottom / 2,
                f"{number}/{len(pages)}",
                spec.body_size * 0.8,
                color=INK_SOFT,
                align="right",
            )
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
