"""Reading printed documents back as a person or a scanner would (the printing tests' helpers).

Its folder is on sys.path under pytest's default import mode, like tests/documents'.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import zxingcpp
from PIL import Image


def pdf_text(pdf: Path) -> str:
    args = ["pdftotext", "-enc", "UTF-8", str(pdf), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pdf_qr_codes(pdf: Path, dpi: int = 200) -> list[str]:
    """Every QR code on every page, from ``pdftoppm -r 200`` images, decoded by zxing-cpp."""
    prefix = pdf.with_name(pdf.stem + "-page")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    found = []
    for png in sorted(pdf.parent.glob(f"{prefix.name}-*.png")):
        with Image.open(png) as image:
            found += [
                code.text
                for code in zxingcpp.read_barcodes(
                    image.convert("L"),
                    formats=zxingcpp.BarcodeFormat.QRCode,
                    text_mode=zxingcpp.TextMode.Plain,
                )
            ]
    return found


def pdf_pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError("pdfinfo gave no page count")
