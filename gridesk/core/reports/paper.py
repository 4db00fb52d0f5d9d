"""A report put in words for paper and spreadsheets: labels translated (the caller's
``translate(context, text)``; the printed report is in Chinese, the hall's language),
numbers formatted, codes named."""

from __future__ import annotations

from collections.abc import Callable

from gridesk.core.labels import zh
from gridesk.core.reports.report import Report
from gridesk.core.reports.results import Figure, Heatmap, Section, Series, Table
from gridesk.core.requests import labels as request_labels
from gridesk.documents.reports import PaperChart, PaperSection, PaperTable, ReportPaper
from gridesk.documents.requests import WEEKDAYS_ZH

Translate = Callable[[str, str], str]

HEADLINE = (
    ("requests", "accepted"),
    ("requests", "resolved"),
    ("requests", "on_time"),
    ("requests", "satisfied"),
    ("requests", "wishes_lit"),
    ("volunteers", "hours"),
    ("volunteers", "times"),
    ("treasure", "loans"),
    ("points", "issued"),
    ("points", "redeemed"),
    ("residents", "served_times"),
    ("residents", "served_people"),
)
"""The figures on the cover, where their sections are in the report."""


def format_number(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    if isinstance(value, float) and not value.is_integer():
        text = f"{value:,.1f}"
    else:
        text = f"{value:,.0f}"
    return text + ("%" if unit == "%" else "")


def format_change(figure: Figure, points_word: str) -> str:
    """The change against the compared period; a share's change in percentage points."""
    c = figure.change
    if c is None:
        return ""
    text = ("+" if c > 0 else "") + format_number(round(c, 1))
    return text + (points_word if figure.unit == "%" else "")


def code_name(vocabulary: str, name: str, translate: Translate) -> str:
    """A breakdown row's name for paper: codes in Chinese (as every document prints them)."""
    if vocabulary == "channel":
        return zh(request_labels.CHANNEL, name)
    if vocabulary == "handler_kind":
        if name == "department":
            return translate("reports", "Dispatched to departments (吹哨报到)")
        return zh(request_labels.HANDLER, name)
    if vocabulary == "weekday" and name.isdigit():
        return "周" + WEEKDAYS_ZH[int(name) - 1]
    return name or "—"


def _figures(section: Section, words: Translate) -> tuple[tuple[str, str, str, str], ...]:
    pp = words("reports", " pp")
    return tuple(
        (
            words("reports", f.label),
            format_number(f.value, f.unit),
            format_number(f.previous, f.unit),
            format_change(f, pp),
        )
        for f in section.figures
    )


def _series_chart(s: Series, words: Translate) -> PaperChart:
    return PaperChart(
        words("reports", s.label),
        "lines",
        s.buckets,
        tuple((words("reports", n), tuple(v)) for n, v in s.lines),
    )


def _table_chart(t: Table, words: Translate, this: str, before: str) -> PaperChart:
    rows = t.rows[:12]
    labels = tuple(code_name(t.vocabulary, r.name, words) for r in rows)
    now = tuple(float(r.value or 0) for r in rows)
    if t.chart == "pie":
        return PaperChart(words("reports", t.label), "pie", labels, ((this, now),))
    return PaperChart(
        words("reports", t.label),
        "bars",
        labels,
        ((this, now), (before, tuple(float(r.previous or 0) for r in rows))),
    )


def _heat_chart(h: Heatmap, words: Translate) -> PaperChart:
    return PaperChart(
        words("reports", h.label),
        "heat",
        h.columns,
        rows=tuple(code_name(h.vocabulary, r, words) for r in h.rows),
        cells=h.values,
    )


def table_rows(t: Table, words: Translate) -> tuple[tuple[str, ...], ...]:
    return tuple(
        (
            code_name(t.vocabulary, r.name, words),
            format_number(r.value, t.unit),
            format_number(r.previous, t.unit),
            *(format_number(x) for x in r.extra),
        )
        for r in t.rows
    )


def paper(report: Report, translate: Translate) -> ReportPaper:
    words = translate
    this, before = words("ReportsPage", "This period"), words("ReportsPage", "Compared")
    sections = []
    for s in report.sections:
        charts = [_series_chart(x, words) for x in s.series]
        charts += [
            _table_chart(t, words, this, before) for t in s.tables if t.chart != "none" and t.rows
        ]
        charts += [_heat_chart(h, words) for h in s.heatmaps]
        tables = tuple(
            PaperTable(
                words("reports", t.label),
                (
                    words("reports", t.label),
                    this,
                    before,
                    *(words("reports", c) for c in t.columns),
                ),
                table_rows(t, words),
            )
            for t in s.tables
        )
        sections.append(
            PaperSection(words("reports", s.title), _figures(s, words), tuple(charts), tables)
        )
    keys = {s.key: s for s in report.sections}
    headline = []
    for section, key in HEADLINE:
        if section in keys:
            f = keys[section].figure(key)
            headline.append((words("reports", f.label), format_number(f.value, f.unit)))
    return ReportPaper(
        centre=report.centre + (f"（{report.scope.name}）" if report.scope.name else ""),
        kind=report.period.kind,
        first=report.period.first,
        last=report.period.last,
        compared_first=report.compared.first,
        compared_last=report.compared.last,
        made_at=report.made_at,
        headline=tuple(headline),
        sections=tuple(sections),
        words={
            "figure": words("ReportsPage", "Figure"),
            "this": this,
            "compared": before,
            "change": words("ReportsPage", "Change"),
        },
    )
