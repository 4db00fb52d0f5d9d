"""`gridesk bench` for requests: the overdue queue and a text search on many cases, next to raw
sqlite3 running the same SQL. The cases are written straight to the driver (no events): the
benchmark measures the list, not the intake."""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from gridesk import clock
from gridesk.bench import BenchRun, Figure
from gridesk.config import Location
from gridesk.paths import sqlite_uri, sqlite_url

CASES = 500_000
WORDS = (
    "楼道堆物有消防隐患",
    "路灯不亮老人出门不方便",
    "楼上装修噪音扰民",
    "卫生间天花板漏水",
    "暖气不热室温太低",
    "想咨询低保申请",
    "小区门口乱停车",
    "独居老人需要上门看望",
    "孩子上学开居住证明",
    "广场舞音响声音太大",
)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华"


def bench_requests_database(where: Location, cases: int) -> Path:
    """A database with ``cases`` cases, made once and kept for later runs."""
    from gridesk.bench import cached_database

    return cached_database(
        where, f"bench-requests-{cases}-v3.db", lambda partial: _build(partial, cases)
    )


def _build(partial: Path, cases: int) -> None:
    from gridesk.bench import bench_store
    from gridesk.core.requests import catalogue
    from gridesk.core.requests.cases import search_keys
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
    finally:
        store.close()
    print(f"building a {cases:,}-case benchmark database (once) …", flush=True)
    start = time.perf_counter()
    rng = random.Random(42)
    today = clock.today()
    now = clock.utcnow().replace(tzinfo=None).isoformat(sep=" ")
    conn = sqlite3.connect(partial, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("BEGIN")
        for first in range(0, cases, 50_000):
            rows = [
                _case_row(rng, n, today, now, grids, categories)
                for n in range(first, min(cases, first + 50_000))
            ]
            conn.executemany(_INSERT, _insert_rows(rows))
            keys = [
                (key, row[16], row[0])
                for row in rows
                for key in search_keys(row[5], row[7], row[8], row[26], row[11])
            ]
            keys.sort()
            conn.executemany(
                "INSERT INTO request_keys (key, accepted_day, request_id) VALUES (?, ?, ?)", keys
            )
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
    finally:
        conn.close()
    print(f"  built in {time.perf_counter() - start:.1f} s", flush=True)


_COLUMNS = (
    "id, station_id, created_at, updated_at, created_by, number, resident_id, contact_name, "
    "phone, grid_id, category_id, description, channel, priority, status, open, accepted_day, "
    "deadline_days, deadline, days_left_on_hold, handler_kind, handler_id, handler_name, rating, "
    "event_count, search_text"
)
_INSERT = f"INSERT INTO requests ({_COLUMNS}) VALUES ({', '.join('?' * 26)})"


def _insert_rows(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    return [row[:26] for row in rows]


def _case_row(
    rng: random.Random,
    n: int,
    today: date,
    now: str,
    grids: list[uuid.UUID],
    categories: list[Any],
) -> tuple[Any, ...]:
    age = int(rng.expovariate(1 / 300))
    day = today - timedelta(days=min(age, 1500))
    category = categories[n % len(categories)]
    deadline = day + timedelta(days=category.deadline_days + 2)
    r = rng.random()
    if age < 20 and r < 0.6:
        status, is_open = rng.choice(("accepted", "dispatched", "in_progress")), 1
    elif r < 0.03:
        status, is_open = "on_hold", 0
    else:
        status, is_open = rng.choice(("closed", "closed", "closed", "resolved", "not_ours")), 0
    name = rng.choice(SURNAMES) + rng.choice(GIVEN)
    phone = f"13{rng.randrange(10**9):09d}"
    words = rng.choice(WORDS)
    number = f"BM-{day:%Y%m%d}-{n % 1000:03d}{n // 1000:03d}"
    return (
        uuid.uuid4().hex,
        None,
        now,
        now,
        None,
        number,
        None,
        name,
        phone,
        rng.choice(grids).hex,
        category.id.hex,
        words,
        "walk_in",
        "normal",
        status,
        is_open,
        day.isoformat(),
        category.deadline_days,
        None if status == "on_hold" else deadline.isoformat(),
        2 if status == "on_hold" else None,
        "",
        None,
        "",
        None,
        1,
        f"{number} {name} {phone} {category.name} {words}".lower(),
        category.name,  # not a column: for the search keys
    )


def requests_figures(where: Location, runs: int, cases: int = CASES) -> list[Any]:
    from gridesk.bench import percentile, timed
    from gridesk.core.requests.cases import CaseFilter, case_sql, count_cases, list_cases
    from gridesk.core.setup import installation_admin
    from gridesk.core.store import open_store

    db = bench_requests_database(where, cases)
    store = open_store(sqlite_url(db), db.parent, backup_first=False)
    raw = sqlite3.connect(sqlite_uri(db), uri=True)
    figures = []
    today = clock.today()
    try:
        actor = installation_admin(store)
        for label, f in (
            ("overdue queue", CaseFilter(view="due")),
            ("text search 噪音", CaseFilter(view="all", text="噪音")),
            ("text search 老人出门", CaseFilter(view="all", text="老人出门")),
            ("phone tail", CaseFilter(view="all", text="5678")),
            ("ticket number", CaseFilter(view="all", text=f"BM-{today:%Y%m%d}-001000")),
        ):

            def ours(f: CaseFilter = f) -> object:
                return (
                    count_cases(store, actor, f, today),
                    list_cases(store, actor, f, 0, 100, today),
                )

            count_sql, count_values = case_sql(f, 0, 0, today, count=True)
            page_sql, page_values = case_sql(f, 0, 100, today)

            def theirs(
                count: tuple[str, dict[str, Any]] = (count_sql, count_values),
                page: tuple[str, dict[str, Any]] = (page_sql, page_values),
            ) -> object:
                return (raw.execute(*count).fetchone(), raw.execute(*page).fetchall())

            mine, base = timed(ours, runs), timed(theirs, runs)
            # the issue budgets the queue and the text search; a ticket number or a phone tail
            # answers in microseconds, where a ratio says nothing
            budgeted = label.startswith(("overdue", "text search"))
            figures.append(
                Figure(
                    f"{label}, count + first page p95 ({cases:,} cases)",
                    percentile(mine, 95),
                    "ms",
                    percentile(base, 95),
                    20 if budgeted else None,
                    2 if budgeted else None,
                )
            )
            figures.append(
                Figure(f"  p50, {label}", statistics.median(mine), "ms", statistics.median(base))
            )
    finally:
        raw.close()
        store.close()
    return figures


def section(run: BenchRun) -> list[Figure]:
    """This window's section of `gridesk bench` (gridesk.windows)."""
    return requests_figures(run.where, run.runs, 20_000 if run.quick else CASES)
