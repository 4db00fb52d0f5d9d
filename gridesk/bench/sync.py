"""`gridesk bench` for the sync: a station's pack of 10,000 operations (new residents)
imported at the hub, next to inserting the same rows raw with sqlite3; and the pack's size."""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
from pathlib import Path

from gridesk.bench import BenchRun, Figure
from gridesk.paths import sqlite_url

OPERATIONS = 10_000


def sync_figures(folder: Path, operations: int) -> list[Figure]:
    from gridesk.bench import bench_store
    from gridesk.core.residents.records import ResidentInput, create_resident
    from gridesk.core.setup import installation_admin
    from gridesk.core.store import open_store
    from gridesk.core.sync.enrol import add_station, enrol
    from gridesk.core.sync.packs import apply_pack, export_pack

    shutil.rmtree(folder, ignore_errors=True)
    (folder / "station").mkdir(parents=True)
    hub, admin = bench_store(folder / "hub.db")
    station = open_store(sqlite_url(folder / "station" / "gridesk.db"), folder / "station")
    try:
        add_station(hub, admin, "BS", "基准驿站", folder / "bs.gde")
        enrol(station, folder / "bs.gde", "bench123")
        clerk = installation_admin(station)
        for i in range(operations):
            create_resident(station, clerk, ResidentInput(f"居民{i}", phone=f"139{i:08d}"))
        export_pack(station, clerk, folder / "bs.gdp")
        data = (folder / "bs.gdp").read_bytes()
        hub.close()
        shutil.copyfile(folder / "hub.db", folder / "raw.db")
        hub = open_store(sqlite_url(folder / "hub.db"), folder, backup_first=False)
        started = time.perf_counter()
        result = apply_pack(hub, admin, data)
        seconds = time.perf_counter() - started
        assert result.applied > operations, result  # and the station's administrator
        raw = _raw_insert(folder / "raw.db", data)
    finally:
        hub.close()
        station.close()
    return [
        Figure(
            f"sync: import a pack of {operations:,} operations at the hub",
            seconds,
            "s",
            baseline=raw,
            budget=10.0 * operations / OPERATIONS,
        ),
        Figure("sync: the pack's size", len(data) / 1_000_000, "MB"),
        Figure("sync: bytes per operation in the pack", len(data) / operations, "B"),
    ]


def _raw_insert(database: Path, data: bytes) -> float:
    """The same resident rows inserted with sqlite3's executemany, in one transaction."""
    import gzip

    from gridesk.core.dialect import reader_value
    from gridesk.core.sync import rows

    ops = json.loads(json.loads(gzip.decompress(data))["body"])["ops"]
    images = [item["v"] for op in ops for item in op["payload"] if item["t"] == "residents"]
    columns = list(images[0])
    table = rows.table("residents")
    flat = [
        tuple(reader_value(v[c]) for c in columns) for v in (rows.values(table, i) for i in images)
    ]
    sql = f"INSERT INTO residents ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    conn = sqlite3.connect(database, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous=FULL")
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(sql, flat)
        conn.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        conn.close()


def section(run: BenchRun) -> list[Figure]:
    """This window's section of `gridesk bench` (gridesk.windows)."""
    folder = run.where.data_dir / "bench-sync"
    return sync_figures(folder, 1_000 if run.quick else OPERATIONS)
