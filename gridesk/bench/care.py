"""`gridesk bench` [care]: the care residents not visited in time (the home page's tile and
`gridesk care overdue`) and the whole register, on the residents' benchmark database (its
demo's care residents, helpers and a year of visits), each next to raw sqlite3 answering the
same question with one statement."""

from __future__ import annotations

import sqlite3
import statistics

from gridesk import clock
from gridesk.bench import BenchRun, Figure, timed
from gridesk.paths import sqlite_uri, sqlite_url

# who is overdue: the strictest rhythm of a resident's care groups, the last visit, and the
# day the next one was due, with what the list shows of each
OVERDUE_SQL = """
SELECT r.id, r.name, r.phone, r.estate, r.building, r.unit, r.room, g.name,
       MIN(f.every_days) AS every,
       (SELECT MAX(v.day) FROM care_visits v WHERE v.resident_id = r.id) AS last
FROM residents r
JOIN resident_tags rt ON rt.resident_id = r.id
JOIN tags t ON t.id = rt.tag_id
JOIN care_frequencies f ON f.tag_id = t.id
LEFT JOIN grids g ON g.id = r.grid_id
WHERE t.care = 1 AND t.archived = 0 AND r.archived = 0
GROUP BY r.id
HAVING last IS NULL OR date(last, '+' || every || ' days') < ?
"""
REGISTER_SQL = """
SELECT r.id, r.name, r.phone, r.estate, r.building, r.unit, r.room,
       (SELECT MAX(v.day) FROM care_visits v WHERE v.resident_id = r.id),
       (SELECT COUNT(*) FROM care_visits v WHERE v.resident_id = r.id AND v.day >= ?),
       (SELECT group_concat(h.name, '、') FROM care_helpers h
        WHERE h.resident_id = r.id AND h.active = 1)
FROM residents r
WHERE r.archived = 0 AND r.id IN (
    SELECT rt.resident_id FROM resident_tags rt JOIN tags t ON t.id = rt.tag_id
    WHERE t.care = 1 AND t.archived = 0)
ORDER BY r.sort_key, r.id
"""


def care_figures(run: BenchRun) -> list[Figure]:
    from gridesk.core.care.register import overdue_visits, register
    from gridesk.core.setup import installation_admin
    from gridesk.core.store import open_store

    db = run.residents_db
    store = open_store(sqlite_url(db), db.parent, backup_first=False)
    raw = sqlite3.connect(sqlite_uri(db), uri=True)
    runs = max(3, min(run.runs, 7 if run.quick else 15))
    today = clock.today()
    try:
        actor = installation_admin(store)
        found = len(overdue_visits(store, actor, today))
        ours = timed(lambda: overdue_visits(store, actor, today), runs)
        theirs = timed(lambda: raw.execute(OVERDUE_SQL, (today.isoformat(),)).fetchall(), runs)
        same = len(raw.execute(OVERDUE_SQL, (today.isoformat(),)).fetchall())
        listed = len(register(store, actor, today=today))
        year = today.replace(month=1, day=1).isoformat()
        whole = timed(lambda: register(store, actor, today=today), runs)
        plain = timed(lambda: raw.execute(REGISTER_SQL, (year,)).fetchall(), runs)
    finally:
        raw.close()
        store.close()
    agree = "" if same == found else f", raw finds {same:,}"
    return [
        Figure(
            f"overdue visits: {found:,} of {listed:,} care residents{agree}",
            statistics.median(ours),
            "ms",
            statistics.median(theirs),
        ),
        Figure(
            f"the whole register ({listed:,} residents)",
            statistics.median(whole),
            "ms",
            statistics.median(plain),
        ),
    ]


def section(run: BenchRun) -> list[Figure]:
    """This window's section of `gridesk bench` (gridesk.windows)."""
    return care_figures(run)
