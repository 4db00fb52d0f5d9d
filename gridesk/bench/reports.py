"""`gridesk bench` for reports: a month's report over 500,000 cases (a million events) and
1,000,000 ledger entries, on screen (every section's figures) and to PDF, next to raw sqlite3
computing the requests' and points' figures with hand-written SQL.

The records are written straight to the driver: accept, resolve and call-back events over
some four years of cases, and a ledger of awards and redemptions over the same years."""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from gridesk import clock
from gridesk.bench import BenchRun, Figure
from gridesk.config import Location
from gridesk.paths import sqlite_uri, sqlite_url

CASES = 500_000
ENTRIES = 1_000_000
DAYS = 1460


def bench_reports_database(where: Location, cases: int, entries: int) -> Path:
    from gridesk.bench import cached_database

    return cached_database(
        where,
        f"bench-reports-{cases}-{entries}-v1.db",
        lambda partial: _build(partial, cases, entries),
    )


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def _build(partial: Path, cases: int, entries: int) -> None:
    from gridesk.bench import bench_store
    from gridesk.core.points import earning
    from gridesk.core.requests import catalogue
    from gridesk.core.residents import catalogue as core_catalogue

    store, actor = bench_store(partial)
    try:
        grids = [
            core_catalogue.save_grid(store, actor, None, name=f"第{i}网格").id for i in range(1, 9)
        ]
        categories = [
            catalogue.save_category(store, actor, None, name=f"类别{i}", deadline_days=3 + i % 5)
            for i in range(12)
        ]
        rules = [
            earning.save_rule(
                store, actor, f"规则{i}", 5 + i, scheme="pioneer" if i < 2 else "civility"
            ).id
            for i in range(8)
        ]
    finally:
        store.close()
    print(
        f"building a {cases:,}-case, {entries:,}-entry report benchmark database (once) …",
        flush=True,
    )
    start = time.perf_counter()
    rng = random.Random(17)
    today = clock.today()
    now = _stamp(clock.utcnow())
    conn = sqlite3.connect(partial, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("BEGIN")
        _cases(conn, rng, cases, today, now, grids, categories)
        _ledger(conn, rng, entries, now, rules)
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
    finally:
        conn.close()
    print(f"  built in {time.perf_counter() - start:.1f} s", flush=True)


_CASE = (
    "INSERT INTO requests (id, station_id, created_at, updated_at, created_by, number, "
    "resident_id, contact_name, phone, grid_id, category_id, description, channel, priority, "
    "status, open, accepted_day, deadline_days, deadline, days_left_on_hold, handler_kind, "
    "handler_id, handler_name, rating, event_count, search_text, resolved_day, resolved_on_time) "
    f"VALUES ({', '.join('?' * 28)})"
)
_EVENT = (
    "INSERT INTO request_events (id, station_id, created_at, updated_at, created_by, "
    "request_id, seq, day, username, action, from_status, to_status, note, reason, "
    "referred_to, handler_kind, handler_id, handler_name, rating, fixed, deadline, "
    f"days_left_on_hold) VALUES ({', '.join('?' * 22)})"
)
CHANNELS = ("walk_in", "walk_in", "walk_in", "phone", "phone", "grid_report", "secretary")
HANDLERS = ("城管执法中队", "物业公司", "第一网格", "志愿服务队", "民政科", "供暖公司")


def _cases(
    conn: sqlite3.Connection,
    rng: random.Random,
    cases: int,
    today: date,
    now: str,
    grids: list[uuid.UUID],
    categories: list[Any],
) -> None:
    for first in range(0, cases, 50_000):
        case_rows, event_rows = [], []
        for n in range(first, min(cases, first + 50_000)):
            day = today - timedelta(days=rng.randrange(DAYS))
            category = categories[n % len(categories)]
            deadline = day + timedelta(days=category.deadline_days + 2)
            case_id = uuid.uuid4().hex
            events: list[tuple[str, date, str, str, int | None]] = [
                ("accept", day, "", "accepted", None)
            ]
            status, is_open, rating = "accepted", 1, None
            done: date | None = None
            if rng.random() < 0.85 and day + timedelta(days=9) < today:
                done = day + timedelta(days=rng.randrange(10))
                events.append(("resolve", done, "accepted", "resolved", None))
                status, is_open = "resolved", 0
                if rng.random() < 0.6:
                    rating = rng.choice((5, 5, 5, 4, 4, 3, 2, 1))
                    status = "closed" if rating > 2 else "reopened"
                    events.append(
                        ("callback", done + timedelta(days=1), "resolved", status, rating)
                    )
            elif rng.random() < 0.05:
                events.append(("escalate", day + timedelta(days=2), "accepted", "dispatched", None))
            handler = rng.choice(HANDLERS)
            case_rows.append(
                (
                    case_id,
                    None,
                    now,
                    now,
                    None,
                    f"BR-{day:%Y%m%d}-{n:07d}",
                    None,
                    "居民",
                    f"13{rng.randrange(10**9):09d}",
                    rng.choice(grids).hex,
                    category.id.hex,
                    "路灯不亮",
                    rng.choice(CHANNELS),
                    "normal",
                    status,
                    is_open,
                    day.isoformat(),
                    category.deadline_days,
                    deadline.isoformat(),
                    None,
                    "department",
                    None,
                    handler,
                    rating,
                    len(events),
                    "",
                    None if done is None else done.isoformat(),
                    None if done is None else done <= deadline,
                )
            )
            for seq, (action, when, was, to, stars) in enumerate(events, 1):
                event_rows.append(
                    (
                        uuid.uuid4().hex,
                        None,
                        now,
                        now,
                        None,
                        case_id,
                        seq,
                        when.isoformat(),
                        "bench",
                        action,
                        was,
                        to,
                        "",
                        "",
                        "",
                        "secretary" if action == "escalate" else "",
                        None,
                        "",
                        stars,
                        None if stars is None else stars > 2,
                        deadline.isoformat(),
                        None,
                    )
                )
        conn.executemany(_CASE, case_rows)
        conn.executemany(_EVENT, event_rows)


def _ledger(
    conn: sqlite3.Connection, rng: random.Random, entries: int, now: str, rules: list[uuid.UUID]
) -> None:
    accounts = [uuid.uuid4().hex for _ in range(20_000)]
    conn.executemany(
        "INSERT INTO points_accounts (id, station_id, created_at, updated_at, created_by, "
        "resident_id, household_id, balance) VALUES (?, NULL, ?, ?, NULL, NULL, NULL, 0)",
        [(a, now, now) for a in accounts],
    )
    awards = []
    for i in range(2_000):
        rule = rules[i % len(rules)]
        awards.append(
            (uuid.uuid4().hex, now, now, uuid.uuid4().hex, rule.hex, f"规则{i % 8}", 5 + i % 8)
        )
    conn.executemany(
        "INSERT INTO points_awards (id, station_id, created_at, updated_at, created_by, "
        "operation_id, rule_id, rule_name, points_each, quantity, note, status) "
        "VALUES (?, NULL, ?, ?, NULL, ?, ?, ?, ?, 1, '', 'approved')",
        awards,
    )
    end = clock.utcnow()
    span = DAYS * 86400
    moments = sorted(end - timedelta(seconds=rng.randrange(span)) for _ in range(entries))
    rows = []
    for seq, moment in enumerate(moments, 1):
        earn = rng.random() < 0.6
        stamp = _stamp(moment)
        rows.append(
            (
                uuid.uuid4().hex,
                stamp,
                stamp,
                seq,
                rng.choice(accounts),
                "earn" if earn else "redeem",
                rng.randrange(5, 30) if earn else -rng.randrange(5, 60),
                100,
                uuid.uuid4().hex,
                rng.choice(awards)[0] if earn else uuid.uuid4().hex,
                f"{seq - 1:064x}",
                f"{seq:064x}",
            )
        )
        if len(rows) == 100_000:
            _write_entries(conn, rows)
            rows = []
    _write_entries(conn, rows)


def _write_entries(conn: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
    conn.executemany(
        "INSERT INTO points_entries (id, station_id, created_at, updated_at, created_by, seq, "
        "account_id, kind, points, balance_after, operation_id, ref_id, prev_hash, hash) "
        "VALUES (?, NULL, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


RAW_PERIOD = (
    "SELECT count(*) FROM requests WHERE accepted_day BETWEEN :first AND :last",
    "SELECT c.name, count(*) FROM requests r JOIN request_categories c ON c.id = r.category_id "
    "WHERE r.accepted_day BETWEEN :first AND :last GROUP BY c.name",
    "SELECT g.name, count(*) FROM requests r LEFT JOIN grids g ON g.id = r.grid_id "
    "WHERE r.accepted_day BETWEEN :first AND :last GROUP BY g.name",
    "SELECT channel, count(*) FROM requests WHERE accepted_day BETWEEN :first AND :last "
    "GROUP BY channel",
    "SELECT handler_name, count(*) FROM requests WHERE accepted_day BETWEEN :first AND :last "
    "GROUP BY handler_name",
    "SELECT accepted_day, resolved_day, count(*), sum(resolved_on_time) FROM requests WHERE "
    "resolved_day BETWEEN :first AND :last GROUP BY accepted_day, resolved_day",
    "SELECT e.request_id, e.seq, e.action, e.day FROM request_events e WHERE e.action IN "
    "('hold', 'resume') AND e.day BETWEEN :first AND :last ORDER BY e.request_id, e.seq",
    "SELECT count(*) FROM requests WHERE accepted_day BETWEEN :first AND :last AND status IN "
    "('accepted', 'dispatched', 'in_progress', 'reopened') AND deadline < :today",
    "SELECT count(*), sum(rating >= 4), sum(rating <= 2) FROM request_events WHERE action = "
    "'callback' AND rating IS NOT NULL AND day BETWEEN :first AND :last",
    "SELECT handler_kind, count(*) FROM request_events WHERE action IN ('escalate', 'callback', "
    "'dispatch') AND day BETWEEN :first AND :last AND (action = 'escalate' OR (action = 'callback' AND handler_kind IN ('escalation', "
    "'secretary')) OR (action = 'dispatch' AND handler_kind = 'department')) GROUP BY handler_kind",
    "SELECT kind, sum(points) FROM points_entries WHERE created_at >= :start AND created_at < "
    ":end GROUP BY kind",
    "SELECT count(DISTINCT account_id) FROM points_entries WHERE created_at >= :start AND "
    "created_at < :end",
    "SELECT a.rule_name, sum(e.points) FROM (SELECT ref_id, sum(points) AS points FROM "
    "points_entries WHERE kind = 'earn' AND created_at >= :start AND created_at < :end GROUP BY "
    "ref_id) AS e JOIN points_awards a ON a.id = e.ref_id GROUP BY a.rule_name",
)


def raw_figures(raw: sqlite3.Connection, report: Any, today: date) -> None:
    """The requests' and points' figures of a report's two periods and its trends, in SQL
    written by hand on a plain sqlite3 connection."""
    for p in (report.period, report.compared):
        start, end = p.utc_bounds()
        values = {
            "first": p.first.isoformat(),
            "last": p.last.isoformat(),
            "today": today.isoformat(),
            "start": _stamp(start),
            "end": _stamp(end),
        }
        for sql in RAW_PERIOD:
            raw.execute(sql, values).fetchall()
    buckets = report.period.trend()
    first, last = buckets[0].first.isoformat(), buckets[-1].last.isoformat()
    raw.execute(
        "SELECT accepted_day, count(*) FROM requests WHERE accepted_day BETWEEN ? AND ? "
        "GROUP BY accepted_day",
        (first, last),
    ).fetchall()
    raw.execute(
        "SELECT resolved_day, count(*) FROM requests WHERE resolved_day BETWEEN ? AND ? "
        "GROUP BY resolved_day",
        (first, last),
    ).fetchall()
    from gridesk.core.reports.period import local_midnight

    for b in buckets:
        raw.execute(
            "SELECT sum(CASE WHEN kind = 'earn' THEN points ELSE 0 END), sum(CASE WHEN kind = "
            "'earn' THEN 0 ELSE points END) FROM points_entries WHERE created_at >= ? AND "
            "created_at < ?",
            (_stamp(local_midnight(b.first)), _stamp(local_midnight(b.last + timedelta(days=1)))),
        ).fetchall()


def reports_figures(
    where: Location, runs: int, cases: int = CASES, entries: int = ENTRIES
) -> list[Figure]:
    from gridesk.bench import timed
    from gridesk.core.reports.paper import paper
    from gridesk.core.reports.period import Period
    from gridesk.core.reports.report import build_report
    from gridesk.core.setup import installation_admin
    from gridesk.core.store import open_store
    from gridesk.documents.reports import report_pdf

    db = bench_reports_database(where, cases, entries)
    store = open_store(sqlite_url(db), db.parent, backup_first=False)
    raw = sqlite3.connect(sqlite_uri(db), uri=True)
    today = clock.today()
    last_month = today.replace(day=1) - timedelta(days=1)
    period = Period.month(last_month.year, last_month.month)
    try:
        actor = installation_admin(store)
        report = build_report(store, actor, period)
        screen = timed(lambda: build_report(store, actor, period), runs)
        base = timed(lambda: raw_figures(raw, report, today), runs)
        to_pdf = timed(
            lambda: report_pdf(paper(build_report(store, actor, period), _words)), max(3, runs // 3)
        )
        only = timed(
            lambda: build_report(store, actor, period, sections=("requests", "points")), runs
        )
    finally:
        raw.close()
        store.close()
    label = f"({cases:,} cases, {entries:,} entries)"
    return [
        Figure(
            f"report of {period.text()} on screen, median {label}",
            statistics.median(screen) / 1000,
            "s",
            None,
            1.0,
        ),
        Figure(
            "  requests and points sections, median",
            statistics.median(only) / 1000,
            "s",
            statistics.median(base) / 1000,
        ),
        Figure(
            "report of a month to PDF, median", statistics.median(to_pdf) / 1000, "s", None, 3.0
        ),
    ]


def _words(context: str, text: str) -> str:
    return text


def section(run: BenchRun) -> list[Figure]:
    """This window's section of `gridesk bench` (gridesk.windows)."""
    if run.quick:
        return reports_figures(run.where, run.runs, 20_000, 40_000)
    return reports_figures(run.where, run.runs)
