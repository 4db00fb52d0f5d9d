"""Page kinds, the station every document is printed for, and drawing shared by documents."""

from __future__ import annotations

import enum
import io
import logging
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm

from gridesk.documents.fonts import FONT_NAME, register_fonts, string_width

if TYPE_CHECKING:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

log = logging.getLogger(__name__)

# The palette: the red of party-and-masses service centres, a warm gold accent, soft inks.
RED = HexColor("#C8102E")
RED_DARK = HexColor("#9E0B22")
RED_TINT = HexColor("#FBEDEF")
GOLD = HexColor("#E0B252")
INK = HexColor("#1F1F1F")
INK_SOFT = HexColor("#5A5A5A")
RULE = HexColor("#D8D2CC")
PAPER = HexColor("#FFFFFF")
PLACEHOLDER = HexColor("#EFEBE7")
PLACEHOLDER_INK = HexColor("#B9B0A8")

PDF_MAX_SIDE = 14_400.0
"""The largest page side a PDF allows (200 inches): a longer roll receipt is split."""


class PageKind(enum.StrEnum):
    """The paper GriDesk prints on."""

    ROLL58 = "roll58"
    """58 mm thermal roll: 48 mm printable, 32 columns; height follows the content."""
    ROLL80 = "roll80"
    """80 mm thermal roll: 72 mm printable, 48 columns; height follows the content."""
    A5 = "a5"
    A4 = "a4"


@dataclass(frozen=True)
class PageSpec:
    """Geometry of a page kind, in points."""

    kind: PageKind
    width: float
    height: float | None
    """None for rolls: the page is as long as its content."""
    margin_x: float
    margin_top: float
    margin_bottom: float
    columns: int
    """Text columns across the printable width (a Chinese character takes two)."""
    qr_size: float
    logo_height: float

    @property
    def is_roll(self) -> bool:
        return self.height is None

    @property
    def printable_width(self) -> float:
        return self.width - 2 * self.margin_x

    @property
    def body_size(self) -> float:
        """Body type size: a Chinese character is exactly two columns wide."""
        return self.printable_width / (self.columns / 2)


PAGE_SPECS: dict[PageKind, PageSpec] = {
    PageKind.ROLL58: PageSpec(
        kind=PageKind.ROLL58,
        width=58 * mm,
        height=None,
        margin_x=5 * mm,
        margin_top=3 * mm,
        margin_bottom=4 * mm,
        columns=32,
        qr_size=30 * mm,
        logo_height=10 * mm,
    ),
    PageKind.ROLL80: PageSpec(
        kind=PageKind.ROLL80,
        width=80 * mm,
        height=None,
        margin_x=4 * mm,
        margin_top=3 * mm,
        margin_bottom=4 * mm,
        columns=48,
        qr_size=34 * mm,
        logo_height=12 * mm,
    ),
    PageKind.A5: PageSpec(
        kind=PageKind.A5,
        width=A5[0],
        height=A5[1],
        margin_x=14 * mm,
        margin_top=14 * mm,
        margin_bottom=14 * mm,
        columns=64,
        qr_size=34 * mm,
        logo_height=14 * mm,
    ),
    PageKind.A4: PageSpec(
        kind=PageKind.A4,
        width=A4[0],
        height=A4[1],
        margin_x=20 * mm,
        margin_top=18 * mm,
        margin_bottom=18 * mm,
        columns=80,
        qr_size=40 * mm,
        logo_height=16 * mm,
    ),
}


def page_spec(kind: PageKind | str) -> PageSpec:
    """The geometry of a page kind (``PageKind`` or its value, e.g. ``"roll80"``)."""
    return PAGE_SPECS[PageKind(kind)]


@dataclass(frozen=True)
class StationInfo:
    """The centre or station a document is printed for: the header of receipts, the footer
    of cards."""

    name: str
    address: str = ""
    hotline: str = ""
    logo: str | Path | None = None
    """A JPEG/PNG file; a missing or unreadable file is skipped, never an error."""


# --- drawing ---------------------------------------------------------------------------------


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    color: Color = INK,
    bold: bool = False,
    align: str = "left",
) -> None:
    """Draw one line of text with its baseline at ``y``; ``x`` is the left edge, the centre
    or the right edge by ``align``.

    The shipped font has one weight; ``bold`` strokes the outlines as well as filling them,
    which prints as a clean semibold and still reads back as text.
    """
    register_fonts()
    canvas.setFont(FONT_NAME, size)
    canvas.setFillColor(color)
    mode = None
    if bold:
        canvas.setStrokeColor(color)
        canvas.setLineWidth(size * 0.04)
        mode = 2
    if align == "center":
        canvas.drawCentredString(x, y, text, mode=mode)
    elif align == "right":
        canvas.drawRightString(x, y, text, mode=mode)
    else:
        canvas.drawString(x, y, text, mode=mode)


def format_phone(phone: str) -> str:
    """A phone number grouped for reading aloud: mobiles as ``138 0000 1234``; others as given."""
    digits = phone.replace(" ", "").replace("-", "")
    if len(digits) == 11 and digits.isdigit() and digits.startswith("1"):
        return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
    return phone.strip()


# --- A4 lists and reports -------------------------------------------------------------------

A4_LEFT = 18 * mm
A4_RIGHT = A4[0] - 18 * mm


def a4_canvas(buffer: io.BytesIO, title: str, station: StationInfo) -> Canvas:
    """A canvas for an A4 list or report, its title and author set, the shipped font ready."""
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=FONT_NAME)
    canvas.setTitle(title)
    canvas.setAuthor(station.name)
    canvas.setCreator("GriDesk")
    return canvas


def draw_band(canvas: Canvas, station: StationInfo, title: str, subtitle: str) -> float:
    """The red band across the top of an A4 page: the station, the title (shrunk to fit) and
    a subtitle on the right. Returns the first baseline below it."""
    width, height = A4
    canvas.setFillColor(RED)
    canvas.rect(0, height - 26 * mm, width, 26 * mm, stroke=0, fill=1)
    canvas.setFillColor(GOLD)
    canvas.rect(0, height - 27 * mm, width, 1 * mm, stroke=0, fill=1)
    draw_text(canvas, A4_LEFT, height - 11 * mm, station.name, 10.5, color=RED_TINT)
    room = A4_RIGHT - A4_LEFT - 60 * mm
    size = min(20.0, room / max(string_width(title, 1.0), 1e-6))
    draw_text(canvas, A4_LEFT, height - 21 * mm, title, max(size, 12.0), color=RED_TINT, bold=True)
    draw_text(canvas, A4_RIGHT, height - 21 * mm, subtitle, 11, color=RED_TINT, align="right")
    return height - 36 * mm


def draw_page_footer(canvas: Canvas, text: str) -> None:
    """What a page is, at its foot on the left, and its number on the right."""
    draw_text(canvas, A4_LEFT, 10 * mm, text, 8.5, color=INK_SOFT)
    page = canvas.getPageNumber()
    draw_text(canvas, A4_RIGHT, 10 * mm, f"第 {page} 页", 8.5, color=INK_SOFT, align="right")


# --- images ----------------------------------------------------------------------------------

_image_lock = threading.Lock()
_image_cache: OrderedDict[tuple[str, int, int, int, int, bool], bytes | None] = OrderedDict()
_IMAGE_CACHE_SIZE = 256


def _prepare_image(path: Path, width_px: int, height_px: int, crop: bool) -> bytes | None:
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(path) as opened:
            image = ImageOps.exif_transpose(opened)
            if image.mode in ("RGBA", "LA", "P"):
                image = image.convert("RGBA")
                background = Image.new("RGBA", image.size, (255, 255, 255, 255))
                image = Image.alpha_composite(background, image)
            image = image.convert("RGB")
            if crop:
                image = ImageOps.fit(image, (width_px, height_px), Image.Resampling.LANCZOS)
            else:
                image.thumbnail((width_px, height_px), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            image.save(out, "JPEG", quality=88, optimize=False)
            return out.getvalue()
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError) as exc:
        log.warning("image %s cannot be used in a document: %s", path, exc)
        return None


def prepared_image(
    path: str | Path, width: float, height: float, *, crop: bool, dpi: int = 300
) -> ImageReader | None:
    """A photo or logo ready to draw in a ``width`` x ``height`` point box, or None when the
    file is missing or unreadable (a document is never refused for a bad picture).

    The image is turned upright (EXIF), flattened on white, cropped to the box (``crop``) or
    fitted inside it, and scaled down to ``dpi``: a 12-megapixel phone photo becomes a few
    kilobytes of JPEG. Results are cached by path, modification time and size.
    """
    from reportlab.lib.utils import ImageReader

    file = Path(path)
    try:
        stat = file.stat()
    except OSError:
        log.warning("image %s not found for a document", file)
        return None
    width_px = max(1, round(width / 72 * dpi))
    height_px = max(1, round(height / 72 * dpi))
    key = (os.fspath(file), stat.st_mtime_ns, stat.st_size, width_px, height_px, crop)
    with _image_lock:
        if key in _image_cache:
            _image_cache.move_to_end(key)
            data = _image_cache[key]
        else:
            data = _prepare_image(file, width_px, height_px, crop)
            _image_cache[key] = data
            while len(_image_cache) > _IMAGE_CACHE_SIZE:
                _image_cache.popitem(last=False)
    return None if data is None else ImageReader(io.BytesIO(data))
