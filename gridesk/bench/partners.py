"""`gridesk bench` [partners]: the annual evaluation (年度评议) of the partner units on the
residents' benchmark database (its demo's units, cases dispatched to them, wishes, bookings,
co-hosted activities and the volunteers they sent), next to raw sqlite3 collecting the same
figures with hand-written SQL."""

from __future__ import annotations

import sqlite3
import statistics
from datetime import date, datetime, time, timedelta

from gridesk import clock
from gridesk.bench import BenchRun, Figure, timed
from gridesk.core.dialect import stored_moment
from gridesk.paths import sqlite_uri, sqlite_url

# the same figures as core/partners/evaluation.py:collect_between, one statement each
RAW_SQL = (
    # cases dispatched to a unit and the moment of the next step (its answer)
    "SELECT u.id, e.request_id, e.created_at, (SELECT MIN(n.created_at) FROM request_events n "
    "WHERE n.request_id = e.request_id AND n.seq > e.seq) FROM request_events e "
    "JOIN partner_units u ON u.request_unit_id = e.handler_id WHERE e.action = 'dispatch' "
    "AND e.handler_kind = 'partner' AND e.day >= :first AND e.day <= :last",
    # wishes claimed, by link or by the unit's name
    "SELECT COALESCE(l.unit_id, u.id), COUNT(*) FROM wishes w "
    "LEFT JOIN partner_links l ON l.kind = 'wish' AND l.record_id = w.id "
    "LEFT JOIN partner_units u ON w.claimer_kind = 'partner' AND u.name = w.claimer_name "
    "WHERE w.status IN ('claimed', 'fulfilled') AND w.created_at >= :start "
    "AND w.created_at < :end AND COALESCE(l.unit_id, u.id) IS NOT NULL GROUP BY 1",
    # rooms booked, by link or by the unit's name
    "SELECT COALESCE(l.unit_id, u.id), COUNT(*) FROM treasure_bookings b "
    "LEFT JOIN partner_links l ON l.kind = 'booking' AND l.record_id = b.id "
    "LEFT JOIN partner_units u ON b.holder_kind = 'partner' AND u.name = b.holder_name "
    "WHERE b.status IN ('pending', 'confirmed', 'checked_in') AND b.starts_at >= :start "
    "AND b.starts_at < :end AND COALESCE(l.unit_id, u.id) IS NOT NULL GROUP BY 1",
    # activities co-hosted
    "SELECT l.unit_id, COUNT(*) FROM partner_links l JOIN volunteer_activities a "
    "ON a.id = l.record_id WHERE l.kind = 'activity' AND a.starts_at >= :start "
    "AND a.starts_at < :end GROUP BY l.unit_id",
    # service hours of the volunteers sent
    "SELECT l.unit_id, SUM(h.minutes) FROM partner_links l JOIN volunteer_hours h "
    "ON h.resident_id = l.record_id WHERE l.kind = 'volunteer' "
    "AND h.status IN ('approved', 'corrected') AND h.started_at >= :start "
    "AND h.started_at < :end GROUP BY l.unit_id",
    # projects done, members reporting
    "SELECT unit_id, COUNT(*) FROM partner_items WHERE list = 'project' AND status = 'done' "
    "AND done_on >= :first AND done_on <= :last GROUP BY unit_id",
    "SELECT unit_id, COUNT(*) FROM partner_members WHERE active = 1 GROUP BY unit_id",
)


def partners_figures(run: BenchRun) -> list[Figure]:
    from gridesk.core.partners.evaluation import evaluate
    from gridesk.core.setup import installation_admin
    from gridesk.core.store import open_store

    db = run.residents_db
    store = open_store(sqlite_url(db), db.parent, backup_first=False)
    raw = sqlite3.connect(sqlite_uri(db), uri=True)
    runs = max(3, min(run.runs, 7 if run.quick else 30))
    year = clock.today().year
    first, last = date(year, 1, 1), date(year, 12, 31)
    params = {
        "first": first.isoformat(),
        "last": last.isoformat(),
        "start": stored_moment(datetime.combine(first, time()).astimezone()),
        "end": stored_moment(datetime.combine(last + timedelta(days=1), time()).astimezone()),
    }

    def by_hand() -> None:
        for sql in RAW_SQL:
            raw.execute(sql, params).fetchall()

    try:
        actor = installation_admin(store)
        result = evaluate(store, actor, year)
        cases = sum(r.figures.cases for r in result.results)
        ours = timed(lambda: evaluate(store, actor, year), runs)
        theirs = timed(by_hand, runs)
    finally:
        raw.close()
        store.close()
    return [
        Figure(
            f"annual evaluation {year}: {len(result.results)} units, {cases:,} cases",
            statistics.median(ours),
            "ms",
            statistics.median(theirs),
        )
    ]


def section(run: BenchRun) -> list[Figure]:
    """This window's section of `gridesk bench` (gridesk.windows)."""
    return partners_figures(run)
