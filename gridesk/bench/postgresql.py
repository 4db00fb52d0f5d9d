"""`gridesk bench --db-url postgresql://…`: the hall's server, next to raw psycopg on the same
server in the same run. On a scratch database of its own beside the one named (made and
dropped here; the desk's records are never touched): resident search at the wanted size
(p95 <= 10 ms and <= 2x raw psycopg running the same SQL) and one redemption committed
(p99 <= 30 ms)."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gridesk.bench import Figure, percentile, timed
from gridesk.bench.residents import PAGE, SAMPLE_SQL, search_queries
from gridesk.config import Location

if TYPE_CHECKING:
    from gridesk.core.actor import Actor
    from gridesk.core.store import Store

SEARCH_BUDGET_MS = 10
REDEMPTION_BUDGET_MS = 30


def postgresql_figures(where: Location, residents: int, runs: int) -> list[Figure]:
    import psycopg

    from gridesk.core.dialect import scratch_database
    from gridesk.core.setup import initialise
    from gridesk.core.store import open_store
    from gridesk.demo import fill_demo

    with (
        tempfile.TemporaryDirectory(prefix="gridesk-bench-pg-") as scratch,
        scratch_database(where.db_url, Path(scratch)) as url,
    ):
        store = open_store(url, Path(scratch), backup_first=False)
        try:
            actor = initialise(
                store,
                station_name="基准测试社区",
                station_code="BM",
                admin_username="bench",
                admin_password="bench123",
            )
            print(f"filling {residents:,} residents on the server …", flush=True)
            start = time.perf_counter()
            fill_demo(store, actor, residents=residents, seed=42)
            print(f"  filled in {time.perf_counter() - start:.1f} s", flush=True)
            with store.engine.connect() as conn:
                conn.exec_driver_sql("ANALYZE")
                conn.commit()
            # the same server and database through the driver alone (libpq's URL form)
            plain = store.engine.url.set(drivername="postgresql")
            with psycopg.connect(plain.render_as_string(hide_password=False)) as raw:
                figures = _search(store, actor, raw, runs)
                figures += _redemption(store, actor, runs)
        finally:
            store.close()
    return figures


def _search(store: Store, actor: Actor, raw: Any, runs: int) -> list[Figure]:
    from gridesk.core.dialect import ServerReader
    from gridesk.core.residents.records import ResidentFilter, list_residents, page_sql

    figures = []
    sample = raw.execute(SAMPLE_SQL).fetchone()
    for label, query in search_queries(*sample).items():
        f = ResidentFilter(text=query)
        # the statement and values list_residents sends (a text search reads all its hits)
        sql, params = page_sql(f, 0, PAGE, ServerReader)
        ours = timed(lambda f=f: list_residents(store, actor, f, 0, PAGE), runs)  # type: ignore[misc]
        theirs = timed(
            lambda: raw.execute(sql, params).fetchall(),  # noqa: B023 - used at once
            runs,
        )
        figures.append(
            Figure(
                f"PostgreSQL search p95, {label}",
                percentile(ours, 95),
                "ms",
                percentile(theirs, 95),
                SEARCH_BUDGET_MS,
                2,
            )
        )
        figures.append(
            Figure(f"  p50, {label}", statistics.median(ours), "ms", statistics.median(theirs))
        )
    return figures


def _redemption(store: Store, actor: Actor, runs: int) -> list[Figure]:
    from sqlalchemy import select

    from gridesk.core.models import Resident, new_id
    from gridesk.core.points import earning, shop

    with store.read() as s:
        people = list(s.execute(select(Resident.id).limit(runs + 1)).scalars())
    product = shop.create_product(store, actor, shop.ProductInput("BENCHPG", "基准肥皂", 5))
    shop.stock_in(store, actor, product.id, 10 * (runs + 1), new_id())
    rule = earning.save_rule(store, actor, "基准积分", 50)
    earning.award(store, actor, rule.id, people, new_id())
    samples = []
    for resident in people:
        start = time.perf_counter()
        shop.redeem(store, actor, resident, [("BENCHPG", 1)], new_id())
        samples.append((time.perf_counter() - start) * 1000)
    samples = samples[1:]  # the first warms the caches
    return [
        Figure(
            "PostgreSQL redemption committed p99",
            percentile(samples, 99),
            "ms",
            budget=REDEMPTION_BUDGET_MS,
        ),
        Figure("  p50", statistics.median(samples), "ms"),
    ]
