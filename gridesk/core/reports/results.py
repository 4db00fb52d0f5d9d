"""What a report is made of, as plain frozen data for the window, the PDF and the workbook.

Labels are English source text in the ``"reports"`` translation context (QT_TRANSLATE_NOOP);
the row names of a breakdown are data (category names, grids, people), except where the
table's ``vocabulary`` says they are codes the presenter names (channels, handler kinds).
"""

from __future__ import annotations

from dataclasses import dataclass, field

Number = int | float | None


@dataclass(frozen=True)
class Drill:
    """Where a figure's records are listed: a window's key (``gridesk.windows``) and the
    filter its list understands, as plain text pairs."""

    window: str
    filter: tuple[tuple[str, str], ...] = ()

    def as_dict(self) -> dict[str, str]:
        return dict(self.filter)


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    value: Number
    previous: Number
    unit: str = ""
    """"" (a count), "%" (a share, 0-100), "h" (hours), "d" (working days), "pts" (points)."""
    drill: Drill | None = None

    @property
    def change(self) -> Number:
        if self.value is None or self.previous is None:
            return None
        return self.value - self.previous


@dataclass(frozen=True)
class Row:
    name: str
    value: Number
    previous: Number = None
    extra: tuple[Number, ...] = ()
    drill: Drill | None = None


@dataclass(frozen=True)
class Table:
    """A breakdown: rows of a name, this period's value and the compared period's."""

    key: str
    label: str
    rows: tuple[Row, ...]
    columns: tuple[str, ...] = ()
    """Labels of ``extra`` values, after the name, value and previous."""
    chart: str = "bars"
    """bars | pie | none: how the window and the PDF draw it."""
    vocabulary: str = ""
    """"" (names are data), "channel", "handler_kind", "tag": codes the presenter names."""
    unit: str = ""


@dataclass(frozen=True)
class Series:
    """A trend: one value per bucket for each line."""

    key: str
    label: str
    buckets: tuple[str, ...]
    lines: tuple[tuple[str, tuple[float, ...]], ...]
    unit: str = ""


@dataclass(frozen=True)
class Heatmap:
    """Shares (0-100) by row and column: rooms (or weekdays) by hour of the day."""

    key: str
    label: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    values: tuple[tuple[float | None, ...], ...]
    """None where the room is closed at that hour."""
    vocabulary: str = ""
    """"weekday": rows are 1-7 (Monday first)."""


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    figures: tuple[Figure, ...] = ()
    tables: tuple[Table, ...] = ()
    series: tuple[Series, ...] = ()
    heatmaps: tuple[Heatmap, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)

    def figure(self, key: str) -> Figure:
        return next(f for f in self.figures if f.key == key)

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)
