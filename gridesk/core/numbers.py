"""Human-facing numbers: ``<station code>-<yyyymmdd>-<seq>`` (e.g. ``CY-20261123-007``).

The records' keys are UUIDs; these numbers are what a resident reads on a ticket or receipt and
says at the desk. Each series (tickets, receipts, loan slips, ...) counts from 1 every local day
at each station. Call inside the unit of work that makes the record, so the number and the record
commit together (a rolled-back action gives its number back).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from gridesk.core.models import Installation, Station


def station_code(session: Session) -> str:
    code = session.execute(
        select(Station.code).join(Installation, Installation.station_id == Station.id)
    ).scalar_one()
    return str(code)


def next_number(session: Session, series: str, day: date) -> str:
    """The next number of ``series`` for ``day`` (the local date) at this station."""
    name = f"{series}:{day:%Y%m%d}"
    # one statement that both SQLite (>= 3.35) and PostgreSQL run as an atomic increment
    value = session.execute(
        text(
            "INSERT INTO sequences (name, value) VALUES (:name, 1) "
            "ON CONFLICT (name) DO UPDATE SET value = sequences.value + 1 RETURNING value"
        ),
        {"name": name},
    ).scalar_one()
    return f"{station_code(session)}-{day:%Y%m%d}-{value:03d}"
