"""A report: every section's figures for a period and scope, beside the compared period, and
the report settings kept by name (每月民情报表)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridesk import clock
from gridesk.core.actor import Actor, Permission
from gridesk.core.models import Grid, Setting, Station
from gridesk.core.reports import partners, points, requests, residents, treasure, volunteers
from gridesk.core.reports.context import Context
from gridesk.core.reports.period import COMPARE, KINDS, Period, Scope
from gridesk.core.reports.results import Section
from gridesk.core.requests.workdays import load_calendar
from gridesk.core.store import Store, set_setting
from gridesk.errors import QT_TRANSLATE_NOOP, GrideskError, NotFound, ValidationError


class ReportCancelled(GrideskError):
    """The report was stopped before it was finished (the window's Cancel)."""


SECTIONS: dict[str, Callable[[Context], Section]] = {
    "requests": requests.section,
    "volunteers": volunteers.section,
    "treasure": treasure.section,
    "points": points.section,
    "residents": residents.section,
    "partners": partners.section,
}
"""The sections, in the order they are shown and printed."""


@dataclass(frozen=True)
class Report:
    period: Period
    compared: Period
    scope: Scope
    centre: str
    """The station's name, as printed on the cover."""
    made_at: datetime
    sections: tuple[Section, ...]

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)


def build_report(
    store: Store,
    actor: Actor,
    period: Period,
    scope: Scope | None = None,
    sections: Sequence[str] = tuple(SECTIONS),
    compare: str = "previous",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Report:
    """The report, one section after another (``progress(done, total)`` after each; a
    ``cancelled()`` that turns true stops it with :class:`Cancelled`)."""
    actor.require(Permission.REPORTS_VIEW)
    scope = scope or Scope()
    chosen = [k for k in SECTIONS if k in sections]
    station = store.station()
    out = []
    with store.read() as s:
        ctx = Context(
            s, period, period.compared(compare), _named(s, scope), clock.today(), load_calendar(s)
        )
        for i, key in enumerate(chosen):
            if cancelled is not None and cancelled():
                raise ReportCancelled(QT_TRANSLATE_NOOP("errors", "The report was cancelled."))
            out.append(SECTIONS[key](ctx))
            if progress is not None:
                progress(i + 1, len(chosen))
        scope = ctx.scope
    return Report(
        period, ctx.compared, scope, station.name if station else "", clock.utcnow(), tuple(out)
    )


def _named(s: Session, scope: Scope) -> Scope:
    """The scope with its station's or grid's name."""
    if scope.kind == "centre" or scope.id is None:
        return Scope()
    row = s.get(Station if scope.kind == "station" else Grid, scope.id)
    if not isinstance(row, Station | Grid):
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such station or grid."))
    return Scope(scope.kind, scope.id, row.name)


def scopes(store: Store, actor: Actor) -> list[Scope]:
    """What a report can cover: the centre, each station, each grid in use."""
    actor.require(Permission.REPORTS_VIEW)
    with store.read() as s:
        stations = s.execute(select(Station.id, Station.name).order_by(Station.name)).all()
        grids = s.execute(
            select(Grid.id, Grid.name).where(Grid.archived.is_(False)).order_by(Grid.name)
        ).all()
    return [
        Scope(),
        *(Scope("station", i, n) for i, n in stations if len(stations) > 1),
        *(Scope("grid", i, n) for i, n in grids),
    ]


# ------------------------------------------------------------------ saved settings

SAVED_KEY = "reports.saved"


@dataclass(frozen=True)
class ReportSettings:
    """What a saved report remembers: the kind of period (the current one of that kind is
    shown when opened), the scope, the sections and what it is compared with."""

    name: str
    kind: str = "month"
    scope_kind: str = "centre"
    scope_id: str = ""
    sections: tuple[str, ...] = tuple(SECTIONS)
    compare: str = "previous"
    first: str = ""
    last: str = ""
    """The days of a saved range (kind "range")."""

    def scope(self) -> Scope:
        if self.scope_kind == "centre" or not self.scope_id:
            return Scope()
        return Scope(self.scope_kind, uuid.UUID(self.scope_id))

    def period(self, today: date | None = None) -> Period:
        if self.kind == "range" and self.first and self.last:
            return Period.range(date.fromisoformat(self.first), date.fromisoformat(self.last))
        return Period.of_kind(self.kind, today or clock.today())


def saved_reports(store: Store, actor: Actor) -> list[ReportSettings]:
    actor.require(Permission.REPORTS_VIEW)
    found = store.setting(SAVED_KEY, {}) or {}
    out = []
    for name, values in sorted(found.items()):
        values = {k: v for k, v in values.items() if k in ReportSettings.__dataclass_fields__}
        values["sections"] = tuple(values.get("sections", SECTIONS))
        out.append(ReportSettings(**{**values, "name": name}))
    return out


def save_report(store: Store, actor: Actor, settings: ReportSettings) -> None:
    """Keep the settings under their name (replacing settings of that name)."""
    actor.require(Permission.REPORTS_VIEW)
    name = settings.name.strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the report a name."), field="name")
    if settings.kind not in KINDS or settings.compare not in COMPARE:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a period."), field="period")
    with store.write(actor) as s:
        row = s.get(Setting, SAVED_KEY)
        found = json.loads(row.value) if row is not None else {}
        values = asdict(settings)
        values.pop("name")
        values["sections"] = list(settings.sections)
        found[name[:60]] = values
        set_setting(s, SAVED_KEY, found)


def forget_report(store: Store, actor: Actor, name: str) -> None:
    actor.require(Permission.REPORTS_VIEW)
    with store.write(actor) as s:
        row = s.get(Setting, SAVED_KEY)
        found = json.loads(row.value) if row is not None else {}
        if found.pop(name, None) is not None:
            set_setting(s, SAVED_KEY, found)
