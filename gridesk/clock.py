"""The program's one clock: every "now" and "today" in GriDesk comes from here.

Below every layer (no Qt, no database), so core, documents, exchange, the command line and the
windows all read the same time. A test sets it (`set_now`) to a chosen moment and it runs on from
there at the real pace, so nothing a test checks depends on the real date or the time of day;
`faketime` can move the real clock underneath without changing what the program sees.

`GRIDESK_NOW` (an ISO date and time, local unless it names a zone) starts the clock at that moment
when the program starts: to try the desk on another day, and how the tests hand their clock to
the processes they start.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta

_offset = timedelta(0)


def utcnow() -> datetime:
    """Now, as an aware UTC datetime (what the records store)."""
    return datetime.now(UTC) + _offset


def local_now() -> datetime:
    """Now in the desk's time zone, aware."""
    return utcnow().astimezone()


def local_day(moment: datetime | None = None) -> date:
    """The desk's calendar day of an aware moment (of now, without one)."""
    return (moment or utcnow()).astimezone().date()


def today() -> date:
    """The desk's calendar day now."""
    return local_now().date()


def set_now(moment: datetime | None) -> None:
    """From this instant on, the clock reads `moment` and runs on from it; None gives back the
    real time. A naive `moment` is read as the desk's local time."""
    global _offset
    if moment is None:
        _offset = timedelta(0)
        return
    if moment.tzinfo is None:
        moment = moment.astimezone()
    _offset = moment - datetime.now(UTC)


def _from_environment() -> None:
    value = os.environ.get("GRIDESK_NOW", "").strip()
    if value:
        try:
            set_now(datetime.fromisoformat(value))
        except ValueError:
            message = f"GRIDESK_NOW={value!r} is not a date and time (2026-11-25T10:00)"
            raise SystemExit(message) from None


_from_environment()
