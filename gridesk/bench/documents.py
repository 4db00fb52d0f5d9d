"""Benchmarks of the document engine, each next to a bare reportlab baseline in the same run.

Budgets (DESIGN.md): one receipt PDF <= 15 ms; 1,000 cards <= 5 s. The baselines draw the
same text on bare reportlab pages in the same font, without layout, QR codes or design, so
the ratio shows what the engine itself costs.
"""

from __future__ import annotations

import io
import statistics
import time
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from gridesk.bench import Figure
from gridesk.documents.cards import (
    CARD_HEIGHT,
    CARD_WIDTH,
    DEFAULT_RESIDENT_NOTES,
    CareContactCard,
    Helper,
    ResidentCard,
    render_cards,
)
from gridesk.documents.fonts import FONT_NAME, register_fonts
from gridesk.documents.pages import StationInfo, page_spec
from gridesk.documents.qr import make_payload
from gridesk.documents.receipt import (
    Receipt,
    ReceiptField,
    ReceiptLine,
    receipt_text_lines,
    render_receipt,
)

RECEIPT_BUDGET_MS = 15.0
CARDS_BUDGET_S = 5.0

_SECRET = b"gridesk-bench-secret"
_STATION = StationInfo(
    name="幸福里社区党群服务中心", address="杭州市拱墅区幸福里路 88 号", hotline="0571-88886666"
)


def sample_receipt(number: int = 7) -> Receipt:
    """A typical points-shop receipt: four goods, totals, a signed QR, footer."""
    ident = f"CY-20261123-{number:03d}"
    return Receipt(
        station=_STATION,
        title="积分兑换小票",
        details=(
            ReceiptField("单号", ident),
            ReceiptField("居民", "张桂兰（3号楼2单元501）"),
            ReceiptField("收银员", "李晓明"),
        ),
        lines=(
            ReceiptLine("东北长粒香大米 5kg 装", "500分"),
            ReceiptLine("金龙鱼食用调和油 1.8L", "380分"),
            ReceiptLine("蓝月亮洗衣液 2kg", "120分"),
            ReceiptLine("得力中性笔（10支装）", "×2  60分"),
        ),
        totals=(ReceiptField("合计", "1,060分"), ReceiptField("兑换后余额", "2,350分")),
        qr_text=make_payload(_SECRET, "X", ident),
        qr_caption="扫码核验小票",
        footer=("积分兑换商品，非质量问题恕不退换。", "谢谢您参与社区志愿服务！"),
        printed_at=datetime(2026, 11, 23, 14, 5),
    )


def _bare_receipt(lines: Sequence[str]) -> bytes:
    """The baseline: the receipt's text lines on one bare 80 mm page, same font and size."""
    spec = page_spec("roll80")
    leading = spec.body_size * 1.42
    height = len(lines) * leading + 7 * mm
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer, pagesize=(spec.width, height), pageCompression=1, initialFontName=FONT_NAME
    )
    canvas.setFont(FONT_NAME, spec.body_size)
    y = height - 3 * mm - spec.body_size
    for line in lines:
        canvas.drawString(spec.margin_x, y, line)
        y -= leading
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _paired_times_ms(
    runs: int, ours: Callable[[int], object], baseline: Callable[[int], object]
) -> tuple[list[float], list[float]]:
    """Time both, alternating run by run, so a busy machine weighs on both alike."""
    times: tuple[list[float], list[float]] = ([], [])
    for i in range(runs):
        for work, out in ((ours, times[0]), (baseline, times[1])):
            start = time.perf_counter()
            work(i)
            out.append((time.perf_counter() - start) * 1000)
    return times


def _p95(values: Sequence[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def sample_resident_cards(count: int) -> list[ResidentCard]:
    """Resident cards with distinct signed QR codes, as a batch for a whole estate."""
    surnames = "张王李赵刘陈杨黄周吴"
    given = ["桂兰", "建国", "小燕", "德明", "淑芬", "志强", "秀英", "海涛"]
    return [
        ResidentCard(
            resident_name=surnames[i % 10] + given[i % 8],
            masked_id=f"3301**********{i % 10000:04d}",
            qr_text=make_payload(_SECRET, "R", str(uuid.UUID(int=i + 1))),
            number=f"CY-20261123-{i:04d}",
        )
        for i in range(count)
    ]


def sample_care_cards(count: int) -> list[CareContactCard]:
    """Care cards for a district: forty grid workers, each caring for many residents."""
    workers = [Helper("网格员", f"王{'芳敏静丽'[g % 4]}{g}", f"1380000{g:04d}") for g in range(40)]
    return [
        CareContactCard(
            resident_name=f"{'张王李赵刘'[i % 5]}{'桂兰建国秀英'[i % 3 * 2 : i % 3 * 2 + 2]}",
            address=f"幸福里小区 {i % 30 + 1}号楼 {i % 4 + 1}单元 {i % 20 + 101}室",
            helpers=(
                workers[i % 40],
                Helper("楼栋长", "李建国", "13912345678"),
                Helper("志愿者", "陈小雨", "15088889999"),
            ),
            services=("助餐服务", "上门理发", "每周电话问候"),
        )
        for i in range(count)
    ]


def _bare_cards(pages: Sequence[Sequence[str]]) -> bytes:
    """The baseline: one bare card-sized page per card with the same text."""
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer, pagesize=(CARD_WIDTH, CARD_HEIGHT), pageCompression=1, initialFontName=FONT_NAME
    )
    for texts in pages:
        canvas.setFont(FONT_NAME, 9)
        y = CARD_HEIGHT - 12
        for text in texts:
            canvas.drawString(10, y, text)
            y -= 11
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _resident_texts(card: ResidentCard) -> list[str]:
    return [
        card.title,
        _STATION.name,
        card.resident_name,
        card.masked_id,
        card.number,
        card.qr_caption,
        _STATION.hotline,
        *DEFAULT_RESIDENT_NOTES,
    ]


def _care_texts(card: CareContactCard) -> list[str]:
    texts = [card.title, _STATION.name, card.resident_name, card.address, _STATION.hotline]
    texts += [f"{h.role} {h.name} {h.phone}" for h in card.helpers]
    return texts + list(card.services)


def _seconds(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def bench_documents(*, receipt_runs: int = 50, cards: int = 1000) -> list[Figure]:
    """Measure the document budgets; returns plain figures for ``gridesk bench``.

    Takes about 10 s with the defaults. The first use of the font (about 0.4 s) is paid
    before timing: it is a start-up cost, not a per-document one.
    """
    register_fonts()
    render_receipt(sample_receipt(0), "roll80")  # warm up: font, QR tables, imports
    text = receipt_text_lines(sample_receipt(0), 48)
    _bare_receipt(text)

    # Every run prints a different receipt number, so no QR code is reused from a cache.
    ours, bare = _paired_times_ms(
        receipt_runs,
        lambda i: render_receipt(sample_receipt(i + 1), "roll80"),
        lambda i: _bare_receipt(text),
    )
    figures = [
        Figure(
            name="receipt_pdf_80mm_median",
            value=round(statistics.median(ours), 2),
            unit="ms",
            baseline=round(statistics.median(bare), 2),
            budget=RECEIPT_BUDGET_MS,
        ),
        Figure(
            name="receipt_pdf_80mm_p95",
            value=round(_p95(ours), 2),
            unit="ms",
            baseline=round(_p95(bare), 2),
            budget=RECEIPT_BUDGET_MS,
        ),
    ]

    # double-sided cards, every one with its own signed QR; baseline: a bare page per card
    residents = sample_resident_cards(cards)
    render_cards(residents[:10], station=_STATION)  # warm up
    ours_s = _seconds(lambda: render_cards(residents, station=_STATION))
    bare_s = _seconds(lambda: _bare_cards([_resident_texts(c) for c in residents]))
    figures.append(
        Figure(
            name=f"resident_cards_{cards}_pdf",
            value=round(ours_s, 3),
            unit="s",
            baseline=round(bare_s, 3),
            budget=CARDS_BUDGET_S,
        )
    )
    care = sample_care_cards(cards)  # large type, a vCard QR of each one's grid worker
    ours_s = _seconds(lambda: render_cards(care, station=_STATION))
    bare_s = _seconds(lambda: _bare_cards([_care_texts(c) for c in care]))
    figures.append(
        Figure(
            name=f"care_cards_{cards}_pdf",
            value=round(ours_s, 3),
            unit="s",
            baseline=round(bare_s, 3),
            budget=CARDS_BUDGET_S,
        )
    )
    return figures


if __name__ == "__main__":  # pragma: no cover - a quick look without the CLI
    for figure in bench_documents():
        print(figure.line())
