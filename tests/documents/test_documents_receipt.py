"""Receipts: rendered for every page kind and read back as text, fonts and QR codes."""

from __future__ import annotations

import logging
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from docs_readback import (
    SECRET,
    decode_qr_codes,
    pdf_fonts,
    pdf_page_sizes,
    pdf_text,
    rasterise,
    write_pdf,
)
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageOps

from gridesk import clock
from gridesk.documents.fonts import display_width
from gridesk.documents.pages import PageKind, StationInfo, page_spec
from gridesk.documents.qr import Payload, make_payload, verify_payload
from gridesk.documents.receipt import (
    Receipt,
    ReceiptField,
    ReceiptLine,
    receipt_text_lines,
    receipt_text_parts,
    render_receipt,
)

MM = 72 / 25.4
NUMBER = "CY-20261123-007"


def _receipt(station: StationInfo, lines: int = 4, **changes: object) -> Receipt:
    goods = [
        ReceiptLine("东北长粒香大米 5kg 装", "500分"),
        ReceiptLine("金龙鱼食用调和油 1.8L（限兑一桶）", "380分"),
        ReceiptLine("蓝月亮洗衣液", "120分"),
        ReceiptLine("A very long English product name that has to wrap somewhere", "×2"),
    ]
    fields: dict[str, object] = {
        "station": station,
        "title": "积分兑换小票",
        "details": (ReceiptField("单号", NUMBER), ReceiptField("居民", "张桂兰")),
        "lines": tuple(goods[i % len(goods)] for i in range(lines)),
        "totals": (ReceiptField("合计", "1,000分"), ReceiptField("兑换后余额", "2,350分")),
        "qr_text": make_payload(SECRET, "X", NUMBER),
        "qr_caption": "扫码核验小票",
        "footer": ("积分兑换商品，非质量问题恕不退换。",),
        "printed_at": datetime(2026, 11, 23, 14, 5),
    }
    fields.update(changes)
    return Receipt(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", list(PageKind))
def test_every_page_kind_reads_back_with_chinese_digits_font_and_qr(
    tmp_path: Path, station: StationInfo, kind: PageKind
) -> None:
    pdf = write_pdf(tmp_path, f"receipt-{kind}", render_receipt(_receipt(station), kind))
    text = pdf_text(pdf)
    for expected in (
        "幸福里社区党群服务中心",
        "积分兑换小票",
        NUMBER,
        "东北长粒香大米",
        "500分",
        "2,350分",
        "0571-88886666",
        "扫码核验小票",
        "2026-11-23 14:05",
    ):
        assert expected in text, expected
    fonts = pdf_fonts(pdf)
    assert fonts, "no fonts in the PDF"
    for font in fonts:
        assert "WenQuanYiMicroHei" in font["name"], font["line"]
        assert font["name"][6] == "+", "not a subset: " + font["line"]
        assert (font["emb"], font["sub"]) == ("yes", "yes"), font["line"]
    codes = decode_qr_codes(pdf)
    assert [verify_payload(SECRET, c.text) for c in codes] == [Payload("X", NUMBER)]
    width, _ = pdf_page_sizes(pdf)[0]
    assert width == pytest.approx(page_spec(kind).width, abs=0.01)


@pytest.mark.parametrize("kind", [PageKind.ROLL58, PageKind.ROLL80])
def test_roll_height_follows_the_content_with_no_blank_tail(
    tmp_path: Path, station: StationInfo, kind: PageKind
) -> None:
    short = write_pdf(tmp_path, "short", render_receipt(_receipt(station, lines=3), kind))
    long = write_pdf(tmp_path, "long", render_receipt(_receipt(station, lines=30), kind))
    (short_size,) = pdf_page_sizes(short)
    (long_size,) = pdf_page_sizes(long)
    assert short_size[1] < long_size[1] - 27 * 8  # 27 more lines, each at least 8 points
    for pdf in (short, long):
        (png,) = rasterise(pdf, dpi=100)
        with Image.open(png) as image:
            ink = ImageOps.invert(image.convert("L")).point(lambda v: 255 if v > 127 else 0)
            box = ink.getbbox()
            assert box is not None
            blank_tail_mm = (ink.height - box[3]) / 100 * 25.4
        assert blank_tail_mm < 7, f"{blank_tail_mm:.1f} mm of blank paper at the end"


def test_a_long_receipt_on_a5_continues_on_further_pages(
    tmp_path: Path, station: StationInfo
) -> None:
    pdf = write_pdf(tmp_path, "a5", render_receipt(_receipt(station, lines=60), PageKind.A5))
    sizes = pdf_page_sizes(pdf)
    assert len(sizes) >= 2
    assert all(size == pytest.approx((419.53, 595.28), abs=0.1) for size in sizes)
    text = pdf_text(pdf)
    assert "60." in text and f"1/{len(sizes)}" in text
    assert [c.text for c in decode_qr_codes(pdf, dpi=150)] == [make_payload(SECRET, "X", NUMBER)]


def test_a_roll_longer_than_a_pdf_page_may_be_is_split(
    tmp_path: Path, station: StationInfo
) -> None:
    pdf = write_pdf(
        tmp_path, "huge", render_receipt(_receipt(station, lines=1500, qr_text=""), "roll80")
    )
    sizes = pdf_page_sizes(pdf)
    assert len(sizes) >= 2
    assert all(height <= 14_400 for _, height in sizes)


@pytest.mark.parametrize("columns", [32, 48])
def test_text_lines_fit_the_roll_and_align_amounts(station: StationInfo, columns: int) -> None:
    receipt = _receipt(station)
    lines = receipt_text_lines(receipt, columns)
    assert all(display_width(line) <= columns for line in lines), lines
    assert lines[0].strip() == "幸福里社区党群服务中心"
    item = next(line for line in lines if line.startswith("1. "))
    assert item.endswith("500分") and display_width(item) == columns
    assert any(line.startswith("合计") and line.endswith("1,000分") for line in lines)
    assert any("A very long English" in line for line in lines)
    assert "---" in "".join(lines)


def test_text_parts_put_the_qr_between_the_totals_and_the_footer(station: StationInfo) -> None:
    parts = receipt_text_parts(_receipt(station), 32)
    assert parts.qr_text == make_payload(SECRET, "X", NUMBER)
    assert any("合计" in line for line in parts.before_qr)
    assert parts.after_qr[0].strip() == "扫码核验小票"
    assert parts.after_qr[-1].strip() == "打印时间：2026-11-23 14:05"


_WORDS = st.text(
    alphabet=st.one_of(
        st.sampled_from("积分兑换社区服务中心大米油，。（）《》"), st.sampled_from("abcXYZ019 -.,")
    ),
    max_size=60,
)


@settings(max_examples=30, deadline=None)
@given(
    title=_WORDS,
    items=st.lists(st.tuples(_WORDS, _WORDS), max_size=6),
    totals=st.lists(st.tuples(_WORDS, _WORDS), max_size=3),
    footer=st.lists(_WORDS, max_size=3),
    columns=st.sampled_from([32, 48]),
)
def test_any_receipt_fits_its_columns(
    title: str,
    items: list[tuple[str, str]],
    totals: list[tuple[str, str]],
    footer: list[str],
    columns: int,
) -> None:
    receipt = Receipt(
        station=StationInfo(name=title * 2, address=title, hotline="0571-88886666"),
        title=title,
        lines=tuple(ReceiptLine(t, a) for t, a in items),
        totals=tuple(ReceiptField(label, value) for label, value in totals),
        details=tuple(ReceiptField(label, value) for label, value in totals),
        footer=tuple(footer),
        printed_at=datetime(2026, 1, 2, 3, 4),
    )
    for line in receipt_text_lines(receipt, columns):
        assert display_width(line) <= columns, (line, columns)


def test_a_logo_is_printed_and_a_missing_one_is_skipped(
    tmp_path: Path, station: StationInfo, caplog: pytest.LogCaptureFixture
) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGBA", (600, 200), (200, 16, 46, 255)).save(logo)
    with_logo = StationInfo(station.name, station.address, station.hotline, logo=logo)
    pdf = write_pdf(tmp_path, "logo", render_receipt(_receipt(with_logo), "roll80"))
    listing = subprocess.run(
        ["pdfimages", "-list", str(pdf)], check=True, capture_output=True, text=True
    ).stdout
    assert len(listing.splitlines()) == 3  # header, rule, one image
    missing = StationInfo(station.name, logo=tmp_path / "missing.png")
    with caplog.at_level(logging.WARNING):
        data = render_receipt(_receipt(missing), "roll58")
    assert "幸福里社区党群服务中心" in pdf_text(write_pdf(tmp_path, "nologo", data))
    assert "missing.png" in caplog.text


def test_printed_at_defaults_to_now_and_lists_are_accepted(station: StationInfo) -> None:
    receipt = Receipt(
        station=station,
        title="借用凭条",
        lines=[ReceiptLine("电钻")],  # type: ignore[arg-type]
        footer=["请按时归还"],  # type: ignore[arg-type]
    )
    assert isinstance(receipt.lines, tuple) and hash(receipt)
    lines = receipt_text_lines(receipt, 48)
    assert any(f"{clock.today():%Y-%m-%d}" in line for line in lines)
    assert any(line.startswith("1. 电钻") for line in lines)
