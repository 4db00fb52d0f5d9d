"""Reading documents back the way a person (or a scanner) would: text, fonts, QR codes.

Imported by the document tests (their folder is on sys.path under pytest's default import mode).
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import zxingcpp
from PIL import Image

SECRET = b"test-installation-secret"
OTHER_SECRET = b"another-installation-secret"

for _tool in ("pdftotext", "pdftoppm", "pdffonts"):
    if shutil.which(_tool) is None:  # pragma: no cover - a machine without poppler-utils
        raise RuntimeError(f"{_tool} (poppler-utils) is needed by the document tests")


def write_pdf(tmp_path: Path, name: str, data: bytes) -> Path:
    assert data.startswith(b"%PDF-"), "not a PDF"
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(data)
    return path


def pdf_text(pdf: Path, *, layout: bool = False) -> str:
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(pdf), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pdf_fonts(pdf: Path) -> list[dict[str, str]]:
    """pdffonts' table as dicts: name, type, emb, sub."""
    out = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True)
    rows = []
    for line in out.stdout.splitlines()[2:]:
        parts = line.split()
        # name type... encoding emb sub uni object ID: read from the right, types have spaces
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "line": line})
    return rows


def pdf_page_sizes(pdf: Path) -> list[tuple[float, float]]:
    """Page sizes in points, read with pdfinfo."""
    out = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "9999", str(pdf)], check=True, capture_output=True, text=True
    ).stdout
    sizes = []
    for line in out.splitlines():
        if line.startswith("Page") and "size:" in line:
            fields = line.split("size:")[1].split()
            sizes.append((float(fields[0]), float(fields[2])))
    return sizes


def rasterise(pdf: Path, dpi: int = 200) -> list[Path]:
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    return sorted(pdf.parent.glob(f"{prefix.name}-*.png"))


@dataclass(frozen=True)
class Decoded:
    text: str
    page: int
    box: tuple[float, float, float, float]
    """x_min, y_min, x_max, y_max in points, y down from the top (as ``pdf_words``)."""


def decode_qr_codes(pdf: Path, dpi: int = 200) -> list[Decoded]:
    """Every QR code on every page, decoded by zxing-cpp from a pdftoppm raster."""
    found = []
    for page, png in enumerate(rasterise(pdf, dpi), start=1):
        with Image.open(png) as image:
            for barcode in zxingcpp.read_barcodes(
                image.convert("L"),
                formats=zxingcpp.BarcodeFormat.QRCode,
                text_mode=zxingcpp.TextMode.Plain,
            ):
                corners = barcode.position
                points = [
                    corners.top_left,
                    corners.top_right,
                    corners.bottom_left,
                    corners.bottom_right,
                ]
                xs = [pt.x * 72 / dpi for pt in points]
                ys = [pt.y * 72 / dpi for pt in points]
                found.append(Decoded(barcode.text, page, (min(xs), min(ys), max(xs), max(ys))))
    return found


@dataclass(frozen=True)
class Word:
    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float
    page: int


def pdf_words(pdf: Path) -> list[Word]:
    """Words with their boxes (points, y down from the top), from ``pdftotext -bbox``."""
    import html
    import re

    out = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    words = []
    page = 0
    for line in out.splitlines():
        if "<page " in line:
            page += 1
        match = re.search(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>',
            line,
        )
        if match:
            x0, y0, x1, y1 = (float(v) for v in match.groups()[:4])
            words.append(Word(html.unescape(match.group(5)), x0, y0, x1, y1, page))
    return words
