"""Each case keeps the day of its first resolution and whether it was on time (what the
reports count by): filled by the requests service as it happens, filled for older cases by
migration 0016 from their events, and checked by `gridesk check` against the events."""

from __future__ import annotations

from datetime import date

from sqlalchemy import update

from gridesk.core import migrations
from gridesk.core.check import run_checks
from gridesk.core.requests.cases import StepRequest, move_case
from gridesk.core.requests.machine import Action
from gridesk.core.requests.models import Request

KEPT = {
    "A": (date(2026, 10, 9), True),  # after the National Day holiday, within its deadline
    "B": (date(2026, 11, 3), True),  # accepted on 31 October, resolved in November
    "C": (date(2026, 10, 21), True),  # on time only because the hold paused the clock
    "D": (date(2026, 10, 22), False),  # late, then reopened by a low rating
    "E": (None, None),  # dispatched and escalated, never resolved
    "F": (date(2026, 10, 12), True),
}


def kept(store, cases) -> dict[str, tuple[date | None, bool | None]]:
    with store.read() as s:
        return {
            name: (row.resolved_day, row.resolved_on_time)
            for name, ident in cases.items()
            for row in [s.get(Request, ident)]
        }


def test_a_case_keeps_its_first_resolution(store, admin, centre):
    assert kept(store, centre.cases) == KEPT
    # D, reopened, is resolved again: the first resolution stays
    move_case(
        store, admin, centre.cases["D"], StepRequest(Action.RESOLVE_PARTLY), day=date(2026, 11, 2)
    )
    assert kept(store, centre.cases)["D"] == (date(2026, 10, 22), False)
    assert not [p for p in run_checks(store) if "first resolution" in p]


def test_check_finds_a_first_resolution_its_events_do_not_give(store, admin, centre):
    with store.engine.begin() as conn:
        conn.execute(
            update(Request)
            .where(Request.id == centre.cases["A"])
            .values(resolved_day=date(2026, 10, 8))
        )
    problems = [p for p in run_checks(store) if "first resolution" in p]
    assert len(problems) == 1 and "2026-10-08" in problems[0]


def test_the_migration_fills_the_cases_resolved_before_it(store, admin, centre):
    from alembic import command

    cfg = migrations.alembic_config(store.url)
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0015_sync")
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    assert kept(store, centre.cases) == KEPT
