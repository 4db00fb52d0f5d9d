"""The document benchmarks return plain figures for ``gridesk bench`` (timings not asserted)."""

from __future__ import annotations

from gridesk.bench import Figure
from gridesk.bench.documents import (
    CARDS_BUDGET_S,
    RECEIPT_BUDGET_MS,
    bench_documents,
    sample_care_cards,
    sample_resident_cards,
)


def test_bench_reports_each_figure_with_baseline_ratio_and_budget() -> None:
    figures = bench_documents(receipt_runs=3, cards=12)
    names = [f.name for f in figures]
    assert names == [
        "receipt_pdf_80mm_median",
        "receipt_pdf_80mm_p95",
        "resident_cards_12_pdf",
        "care_cards_12_pdf",
    ]
    for figure in figures:
        assert isinstance(figure, Figure)
        assert figure.value > 0 and figure.baseline is not None and figure.baseline > 0
        assert figure.ratio is not None and figure.ratio > 0
        assert figure.ok == (figure.value <= (figure.budget or 0))
        assert figure.name in figure.line() and "raw" in figure.line()
    assert [f.unit for f in figures] == ["ms", "ms", "s", "s"]
    assert [f.budget for f in figures] == [RECEIPT_BUDGET_MS] * 2 + [CARDS_BUDGET_S] * 2


def test_bench_samples_are_distinct_where_it_matters() -> None:
    residents = sample_resident_cards(50)
    assert len({c.qr_text for c in residents}) == 50  # no QR served from a cache
    care = sample_care_cards(50)
    assert all(len(c.helpers) == 3 for c in care)
