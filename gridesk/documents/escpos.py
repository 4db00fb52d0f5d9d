"""Receipts straight to an ESC/POS thermal printer (python-escpos), for stations whose roll
printer has no system driver. No Qt here.

A job is composed first, whole, as bytes (python-escpos's ``Dummy`` printer collects the
commands), then delivered to the printer in one go with short timeouts, so a printer that is
off, unplugged or out of paper gives a clear ``PrinterUnavailable`` within seconds instead of
hanging the desk.

- ``write_receipt(printer, receipt, width_mm)``: a ``Receipt`` as text in the printer's
  Chinese mode (``FS &``, GB18030 bytes), its QR code as a raster image, then a cut;
- ``write_raster(printer, images, width_mm)``: ready-made pictures (a kept PDF rendered for
  the roll), for reprints of documents whose text is no longer at hand;
- ``send(target, data)``: deliver to ``usb:0x0416:0x5011``, ``network:192.168.1.50:9100`` or
  ``file:/dev/usb/lp0``.
"""

from __future__ import annotations

import contextlib
import os
import re
import select
import socket
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from gridesk.documents.qr import QUIET_ZONE, qr_matrix
from gridesk.errors import QT_TRANSLATE_NOOP, GrideskError, ValidationError

if TYPE_CHECKING:
    from escpos.escpos import Escpos
    from PIL.Image import Image

    from gridesk.documents.receipt import Receipt

ROLL_WIDTHS = (58, 80)
ROLL_DOTS = {58: 384, 80: 576}
"""Printable dots across the roll at 203 dpi (48 mm and 72 mm)."""
ROLL_COLUMNS = {58: 32, 80: 48}
"""Characters of the printer's font A (12 dots) across the roll; a Chinese one takes two."""
QR_DOTS = {58: 240, 80: 288}
"""The QR code's width on paper, quiet zone included (about 30 and 36 mm)."""
DEFAULT_TIMEOUT = 4.0
"""Seconds to wait for a printer to connect or to take data before saying it is unavailable."""

ESC = b"\x1b"
GS = b"\x1d"
FS = b"\x1c"
INIT = ESC + b"@"
CHINESE_ON = FS + b"&"
"""FS &: Chinese character mode; double-byte text (GB2312/GBK/GB18030) prints as Chinese."""
CHINESE_OFF = FS + b"."
ALIGN_LEFT = ESC + b"a\x00"
ALIGN_CENTER = ESC + b"a\x01"
PAPER_STATUS = b"\x10\x04\x04"
"""DLE EOT 4: the roll paper sensor, answered at once even while the printer is busy."""
_PAPER_END = 0x60
_INK_LEVEL = 170  # grey levels below this print black in a raster reprint
_RASTER_STRIP = 256  # lines per GS v 0 command: small enough for any printer's buffer


class PrinterUnavailable(GrideskError):
    """The printer is off, unplugged, unreachable or out of paper; nothing was printed."""


@dataclass(frozen=True)
class EscposTarget:
    """Where an ESC/POS printer is: a USB device, a network socket (port 9100) or a device
    file (``/dev/usb/lp0``, ``LPT1``)."""

    kind: str
    vendor: int = 0
    product: int = 0
    host: str = ""
    port: int = 9100
    path: str = ""

    def __str__(self) -> str:
        if self.kind == "usb":
            return f"usb:0x{self.vendor:04x}:0x{self.product:04x}"
        if self.kind == "network":
            return f"network:{self.host}:{self.port}"
        return f"file:{self.path}"


_HOST = re.compile(r"^[A-Za-z0-9.\-]{1,253}$")


def _bad_target(text: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{target}” is not a printer address GriDesk understands. Write usb:VENDOR:PRODUCT "
            "(e.g. usb:0x0416:0x5011), network:HOST:PORT (e.g. network:192.168.1.50:9100) "
            "or file:DEVICE (e.g. file:/dev/usb/lp0).",
        ),
        field="escpos_target",
        target=text,
    )


def _usb_id(text: str) -> int:
    value = int(text.strip(), 16)
    if not 0 <= value <= 0xFFFF:
        raise ValueError(text)
    return value


def parse_target(text: str) -> EscposTarget:
    """Read a printer address as the settings write it; raises ValidationError."""
    raw = text.strip()
    kind, _, rest = raw.partition(":")
    kind = kind.lower()
    try:
        if kind == "usb":
            vendor, _, product = rest.partition(":")
            return EscposTarget("usb", vendor=_usb_id(vendor), product=_usb_id(product))
        if kind == "network":
            host, _, port = rest.rpartition(":")
            if not host:
                host, port = rest, "9100"
            number = int(port)
            if not _HOST.match(host) or not 0 < number < 65536:
                raise ValueError(raw)
            return EscposTarget("network", host=host, port=number)
        if kind == "file" and rest.strip():
            return EscposTarget("file", path=rest.strip())
    except ValueError:
        pass
    raise _bad_target(raw)


# --- composing a job -------------------------------------------------------------------------


def _check_width(width_mm: int) -> int:
    if width_mm not in ROLL_WIDTHS:
        raise ValueError(f"a receipt roll is 58 or 80 mm wide, not {width_mm}")
    return width_mm


def _low_high(number: int) -> bytes:
    return number.to_bytes(2, "little")


def write_image(printer: Escpos, image: Image) -> None:
    """A picture as raster bit images (GS v 0), in strips, black where the picture is dark."""
    from escpos.image import EscposImage

    for top in range(0, image.height, _RASTER_STRIP):
        strip = EscposImage(
            image.crop((0, top, image.width, min(image.height, top + _RASTER_STRIP)))
        )
        header = GS + b"v0\x00" + _low_high(strip.width_bytes) + _low_high(strip.height)
        printer._raw(header + strip.to_raster_format())


def qr_image(text: str, width_dots: int, paper_dots: int) -> Image:
    """The QR code as a 1-bit picture the width of the paper, the code centred, whole dots
    per module so every module prints the same size."""
    from PIL import Image, ImageDraw

    matrix = qr_matrix(text)
    modules = matrix.size + 2 * QUIET_ZONE
    module = max(2, width_dots // modules)
    side = modules * module
    image = Image.new("L", (paper_dots, side), 255)
    draw = ImageDraw.Draw(image)
    left = (paper_dots - side) // 2 + QUIET_ZONE * module
    top = QUIET_ZONE * module
    for r in range(matrix.size):
        for c in range(matrix.size):
            if matrix.is_dark(r, c):
                x, y = left + c * module, top + r * module
                draw.rectangle((x, y, x + module - 1, y + module - 1), fill=0)
    return image


def _text(printer: Escpos, line: str) -> None:
    # Raw bytes: python-escpos's own encoder knows single-byte code pages only and would turn
    # every Chinese character into "?".
    printer._raw(line.rstrip().encode("gb18030") + b"\n")


def write_receipt(printer: Escpos, receipt: Receipt, width_mm: int) -> None:
    """The receipt as text lines in the printer's Chinese mode, the QR as a picture, a cut."""
    from gridesk.documents.receipt import receipt_text_parts

    width_mm = _check_width(width_mm)
    parts = receipt_text_parts(receipt, ROLL_COLUMNS[width_mm])
    printer._raw(INIT + CHINESE_ON + ALIGN_LEFT)
    for line in parts.before_qr:
        _text(printer, line)
    if parts.qr_text:
        write_image(printer, qr_image(parts.qr_text, QR_DOTS[width_mm], ROLL_DOTS[width_mm]))
    for line in parts.after_qr:
        _text(printer, line)
    printer._raw(CHINESE_OFF)
    printer.cut()


def write_raster(printer: Escpos, images: Sequence[Image], width_mm: int) -> None:
    """Pictures (pages of a kept receipt), each scaled to the roll's width, then a cut."""
    from PIL import Image as PILImage

    dots = ROLL_DOTS[_check_width(width_mm)]
    printer._raw(INIT + ALIGN_LEFT)
    for picture in images:
        if picture.width != dots:
            height = max(1, round(picture.height * dots / picture.width))
            picture = picture.resize((dots, height), PILImage.Resampling.LANCZOS)
        # a clean threshold, not dithering: the grey edges of anti-aliased text would
        # otherwise print as speckles on a thermal head
        write_image(printer, picture.convert("L").point(lambda v: 0 if v < _INK_LEVEL else 255))
    printer.cut()


def receipt_commands(receipt: Receipt, width_mm: int) -> bytes:
    """The whole ESC/POS job for a receipt, as bytes."""
    from escpos.printer import Dummy

    printer = Dummy()
    write_receipt(printer, receipt, width_mm)
    return printer.output


def raster_commands(images: Sequence[Image], width_mm: int) -> bytes:
    from escpos.printer import Dummy

    printer = Dummy()
    write_raster(printer, images, width_mm)
    return printer.output


def pdf_roll_images(pdf: bytes, width_mm: int) -> list[Image]:
    """A kept roll receipt (PDF) as pictures for the thermal printer: the page's printable
    width (its side margins cut off) scaled to the roll's dots."""
    import pypdfium2 as pdfium
    from PIL import Image as PILImage
    from reportlab.lib.units import mm

    from gridesk.documents.pages import PageKind, page_spec

    dots = ROLL_DOTS[_check_width(width_mm)]
    images: list[Image] = []
    document = pdfium.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            page = document[index]
            width, _height = page.get_size()
            margin = 0.0
            for kind in (PageKind.ROLL58, PageKind.ROLL80):
                spec = page_spec(kind)
                if abs(width - spec.width) < 1 * mm:
                    margin = spec.margin_x
            scale = dots / (width - 2 * margin)
            bitmap = page.render(scale=scale, crop=(margin, 0, margin, 0), grayscale=True)
            image = bitmap.to_pil().convert("L")
            if image.width != dots:  # rounding: a dot more or less
                height = max(1, round(image.height * dots / image.width))
                image = image.resize((dots, height), PILImage.Resampling.LANCZOS)
            images.append(image)
            page.close()
    finally:
        document.close()
    return images


# --- delivering it ---------------------------------------------------------------------------


def _unavailable(target: EscposTarget, reason: str) -> PrinterUnavailable:
    if target.kind == "network":
        message = QT_TRANSLATE_NOOP(
            "errors",
            "The receipt printer at {target} does not answer ({reason}). Check that it is "
            "switched on, has paper and is connected to the network, then print again from "
            "the print history.",
        )
    elif target.kind == "usb":
        message = QT_TRANSLATE_NOOP(
            "errors",
            "The USB receipt printer {target} cannot be used ({reason}). Check that it is "
            "switched on, plugged in and has paper, then print again from the print history.",
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "errors",
            "The receipt printer at {target} cannot be used ({reason}). Check that it is "
            "switched on, plugged in and has paper, then print again from the print history.",
        )
    return PrinterUnavailable(message, target=str(target), reason=reason)


def _out_of_paper(target: EscposTarget) -> PrinterUnavailable:
    return PrinterUnavailable(
        QT_TRANSLATE_NOOP(
            "errors",
            "The receipt printer {target} is out of paper. Put in a new roll, then print "
            "again from the print history.",
        ),
        target=str(target),
    )


def _send_network(target: EscposTarget, data: bytes, timeout: float) -> None:
    try:
        sock = socket.create_connection((target.host, target.port), timeout=timeout)
    except OSError as exc:
        raise _unavailable(target, exc.strerror or type(exc).__name__) from exc
    with sock:
        # Ask the paper sensor first; a printer that does not answer quickly is not asked.
        try:
            sock.settimeout(min(timeout, 1.0))
            sock.sendall(PAPER_STATUS)
            status = sock.recv(1)
        except OSError:
            status = b""
        if status and status[0] & _PAPER_END:
            raise _out_of_paper(target)
        try:
            sock.settimeout(timeout)
            sock.sendall(data)
        except OSError as exc:
            raise _unavailable(target, exc.strerror or type(exc).__name__) from exc


def _send_file(target: EscposTarget, data: bytes, timeout: float) -> None:
    blocking = sys.platform == "win32"  # no non-blocking files there: LPT1, \\host\printer
    if not blocking and not os.path.exists(target.path):
        # never create it: a missing device node means the printer is unplugged or off
        raise _unavailable(target, "not found")
    flags = os.O_WRONLY | os.O_APPEND | getattr(os, "O_BINARY", 0)
    if not blocking:
        flags |= os.O_NONBLOCK
    try:
        fd = os.open(target.path, flags)
    except OSError as exc:
        raise _unavailable(target, exc.strerror or type(exc).__name__) from exc
    try:
        view = memoryview(data)
        deadline = time.monotonic() + timeout
        while view:
            try:
                written = os.write(fd, view)
            except BlockingIOError:
                written = 0
            except OSError as exc:
                raise _unavailable(target, exc.strerror or type(exc).__name__) from exc
            view = view[written:]
            if view and not blocking:
                # A printer without paper stops taking data: wait a little, not forever.
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not select.select([], [fd], [], remaining)[1]:
                    raise _unavailable(target, "timed out")
    finally:
        os.close(fd)


def _send_usb(target: EscposTarget, data: bytes, timeout: float) -> None:
    from escpos.printer import Usb

    if not Usb.is_usable():
        raise PrinterUnavailable(
            QT_TRANSLATE_NOOP(
                "errors",
                "Printing to a USB receipt printer directly needs the pyusb package, which this "
                "installation lacks. Install the printer as a system printer, or use its device "
                "file (e.g. file:/dev/usb/lp0).",
            )
        )
    printer = Usb(target.vendor, target.product, timeout=int(timeout * 1000))
    try:
        printer.open()
        printer._raw(data)
    except Exception as exc:  # pyusb raises its own USBError/USBTimeoutError and more
        raise _unavailable(target, str(exc).splitlines()[0] if str(exc) else "USB") from exc
    finally:
        with contextlib.suppress(Exception):
            printer.close()


def send(target: EscposTarget | str, data: bytes, *, timeout: float = DEFAULT_TIMEOUT) -> None:
    """Deliver a composed job; raises PrinterUnavailable when the printer cannot take it."""
    where = parse_target(target) if isinstance(target, str) else target
    if where.kind == "network":
        _send_network(where, data, timeout)
    elif where.kind == "usb":
        _send_usb(where, data, timeout)
    else:
        _send_file(where, data, timeout)


def print_receipt(
    target: EscposTarget | str,
    receipt: Receipt,
    width_mm: int,
    *,
    timeout: float = DEFAULT_TIMEOUT,
) -> None:
    send(target, receipt_commands(receipt, width_mm), timeout=timeout)


def print_pdf(
    target: EscposTarget | str,
    pdf: bytes,
    width_mm: int,
    *,
    timeout: float = DEFAULT_TIMEOUT,
) -> None:
    """A kept receipt PDF, printed as pictures (reprints from the history)."""
    send(target, raster_commands(pdf_roll_images(pdf, width_mm), width_mm), timeout=timeout)
