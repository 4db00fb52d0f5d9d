"""Human-facing numbers: ``<prefix>-<station code>-<yyyymmdd>-<seq>`` (e.g. ``T-CY-20261123-007``).

The records' keys are UUIDs; these numbers are what a resident reads on a ticket or receipt and
says at the desk. Each series (tickets, receipts, loan slips, ...) counts from 1 every local day
at each station, and starts with a letter of its own (``PREFIXES``), so a number read out at the
desk says what it is: a ticket is never taken for a receipt. Numbers made before the prefixes
(``CY-20261123-007``) stay as they were: they are stored, printed and found as they are. Call
inside the unit of work that makes the record, so the number and the record commit together (a
rolled-back action gives its number back).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from gridesk.core.models import Installation, Station

PREFIXES = {
    "ticket": "T",  # a request's ticket (and a wish: it is a kind of ticket)
    "receipt": "X",  # a points-shop redemption (the X of its receipt's QR code)
    "refund": "F",  # a points-shop refund
    "loan": "L",  # a treasure-box loan slip
    "booking": "B",  # a room booking
}
"""Each series' letter, in front of the number (a series not named here has none)."""

NUMBER_PATTERN = r"(?:[A-Z]{1,2}-)?[A-Z0-9]{1,12}-\d{8}-\d{3,}"
"""A human number, old (no prefix) or new, upper case: for telling one from other typed text."""


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
    prefix = PREFIXES.get(series)
    number = f"{station_code(session)}-{day:%Y%m%d}-{value:03d}"
    return f"{prefix}-{number}" if prefix else number
