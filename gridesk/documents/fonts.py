"""The shipped CJK font, and text measured and wrapped the way receipts and cards need it.

Two ways to measure a line:

- in **columns** (``display_width``): a Chinese character takes two columns, Latin letters and
  digits one, as on a thermal printer's text mode (32 columns on a 58 mm roll, 48 on 80 mm);
- in **points** (``string_width``): the real advance widths of the shipped font, for PDFs.

Both feed one wrapping routine (``wrap_text``), so a line breaks by the same rules everywhere:
never inside a Latin word when that can be avoided, anywhere between Chinese characters, at
explicit newlines, and with basic kinsoku (no line starts with ，。、；：！？）」』】…, no line
ends with （「『【《…).
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable

from reportlab.pdfbase import pdfmetrics

from gridesk.errors import QT_TRANSLATE_NOOP, GrideskError
from gridesk.paths import cjk_font_path

FONT_NAME = "GrideskCJK"
"""The name the shipped font (WenQuanYi Micro Hei, face 0 of the TTC) is registered under."""

_register_lock = threading.Lock()
_registered = False


class FontError(GrideskError):
    """The font GriDesk prints with is missing or unreadable."""


def register_fonts() -> str:
    """Register the shipped CJK TrueType font with reportlab once; return its name.

    Parsing the font takes about 0.4 s, so this runs on first use rather than at import.
    reportlab embeds a TrueType font as a subset of the glyphs a document uses.
    """
    global _registered
    if _registered:
        return FONT_NAME
    with _register_lock:
        if not _registered:
            from reportlab import rl_config

            # ASCII85 around compressed streams only made PDFs 7-bit clean for mail in the
            # 1990s; reportlab encodes it in pure Python, the slowest step of a card batch.
            rl_config.useA85 = 0
            if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
                from reportlab.pdfbase.ttfonts import TTFont

                path = cjk_font_path()
                try:
                    font = TTFont(FONT_NAME, str(path), subfontIndex=0)
                except Exception as exc:  # reportlab raises TTFError, OSError, struct errors
                    raise FontError(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "The font GriDesk prints with cannot be read ({path}). "
                            "Reinstall GriDesk.",
                        ),
                        path=str(path),
                    ) from exc
                pdfmetrics.registerFont(font)
            _registered = True
    return FONT_NAME


def string_width(text: str, size: float) -> float:
    """Width in points of ``text`` set in the shipped font at ``size`` points."""
    register_fonts()
    return float(pdfmetrics.stringWidth(text, FONT_NAME, size))


# --- columns ---------------------------------------------------------------------------------


def display_width(text: str) -> int:
    """Columns ``text`` takes on a fixed-pitch device (a Chinese character counts two)."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def pad_to(text: str, columns: int, align: str = "left") -> str:
    """``text`` padded with spaces to ``columns`` by display width (left, right or center).

    Centred text gets only leading spaces: trailing blanks would only cost paper feed.
    """
    gap = max(0, columns - display_width(text))
    if align == "right":
        return " " * gap + text
    if align == "center":
        return " " * (gap // 2) + text
    return text + " " * gap


# --- wrapping --------------------------------------------------------------------------------

NO_LINE_START = frozenset(
    "，。、；：！？）」』】〉》〕］｝〗〙〛”’…‥—～·・％‰℃°"
    ",.;:!?)]}>%"
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー々"
)
"""Characters that must not begin a line (closing punctuation, small kana)."""

NO_LINE_END = frozenset("（「『【〈《〔［｛〖〘〚“‘([{<")
"""Characters that must not end a line (opening brackets and quotes)."""


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _units(paragraph: str) -> list[tuple[str, bool]]:
    """Split a paragraph into unbreakable units: (text, is_space).

    A Latin word (a run of narrow, non-space characters) is one unit; each wide character is
    one unit; each space is its own unit and a place to break. Closing punctuation is glued
    to the unit before it and opening brackets to the unit after, so no break falls there.
    """
    raw: list[tuple[str, bool]] = []
    i, n = 0, len(paragraph)
    while i < n:
        ch = paragraph[i]
        if ch.isspace():
            raw.append((ch, True))
            i += 1
        elif _is_wide(ch):
            raw.append((ch, False))
            i += 1
        else:
            j = i + 1
            while j < n and not paragraph[j].isspace() and not _is_wide(paragraph[j]):
                j += 1
            raw.append((paragraph[i:j], False))
            i = j
    units: list[tuple[str, bool]] = []
    for text, is_space in raw:
        if (
            not is_space
            and units
            and not units[-1][1]
            and (text[0] in NO_LINE_START or units[-1][0][-1] in NO_LINE_END)
        ):
            units[-1] = (units[-1][0] + text, False)
        else:
            units.append((text, is_space))
    return units


def _split_long(unit: str, limit: float, measure: Callable[[str], float]) -> list[str]:
    """Break a unit wider than the line between any two characters (the unavoidable case)."""
    pieces: list[str] = []
    current, width = "", 0.0
    for ch in unit:
        w = measure(ch)
        if current and width + w > limit + 1e-9:
            pieces.append(current)
            current, width = "", 0.0
        current += ch
        width += w
    pieces.append(current)
    return pieces


def _wrap_paragraph(paragraph: str, limit: float, measure: Callable[[str], float]) -> list[str]:
    lines: list[str] = []
    current, width = "", 0.0
    spaces = ""  # spaces seen since the last unit; kept only if a unit follows on this line
    for text, is_space in _units(paragraph):
        if is_space:
            if current or not lines:
                spaces += text
            continue
        w = measure(text)
        sw = measure(spaces) if spaces else 0.0
        if width + sw + w <= limit + 1e-9:
            current += spaces + text
            width += sw + w
            spaces = ""
            continue
        if current:
            lines.append(current)
        current, width, spaces = "", 0.0, ""
        if w <= limit + 1e-9:
            current, width = text, w
        else:
            pieces = _split_long(text, limit, measure)
            lines.extend(pieces[:-1])
            current = pieces[-1]
            width = measure(current)
    if current or not lines:
        lines.append(current)
    return lines


def wrap_text(text: str, limit: float, measure: Callable[[str], float]) -> list[str]:
    """Wrap ``text`` into lines no wider than ``limit`` as measured by ``measure``.

    Explicit newlines start new lines (an empty paragraph gives an empty line); spaces at a
    break are dropped; every other character is kept, in order. A single character wider than
    ``limit`` gets a line of its own, the only case where a line can exceed the limit.
    """
    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        lines.extend(_wrap_paragraph(paragraph, limit, measure))
    return lines


def wrap_columns(text: str, columns: int) -> list[str]:
    """Wrap ``text`` to ``columns`` display columns (a Chinese character counts two)."""
    if columns < 2:
        raise ValueError("wrap_columns needs at least 2 columns (one Chinese character)")
    return wrap_text(text, columns, display_width)


def wrap_points(text: str, size: float, width: float) -> list[str]:
    """Wrap ``text`` set in the shipped font at ``size`` points to ``width`` points."""
    register_fonts()

    def measure(s: str) -> float:
        return float(pdfmetrics.stringWidth(s, FONT_NAME, size))

    return wrap_text(text, width, measure)
