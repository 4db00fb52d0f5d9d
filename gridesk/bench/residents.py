"""Residents: search on the benchmark database next to the same SQL in raw sqlite3, and an
import of all its residents next to plain sqlite3 writing the same rows."""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from gridesk.bench import Figure, percentile, timed
from gridesk.paths import sqlite_uri, sqlite_url

PAGE = 100  # rows the residents list asks for at a time (LazyTableModel.PAGE)


SAMPLE_SQL = (
    "SELECT name, phone, id_number, building, unit, room FROM residents "
    "WHERE phone != '' AND id_number IS NOT NULL ORDER BY id LIMIT 1 OFFSET 777"
)
"""One resident of the benchmark database whose name, phone, ID and address are searched."""


def search_queries(
    name: str, phone: str, id_number: str, building: str, unit: str, room: str
) -> dict[str, str]:
    """What a desk types to find this resident, each way the search knows."""
    from gridesk.core.residents.keys import name_readings

    readings = name_readings(name)
    return {
        "汉字 substring": name[1:],
        "full pinyin": "".join(r[0] for r in readings),
        "pinyin initials": "".join(r[0][0] for r in readings),
        "polyphonic surname (shan)": "shan",
        "phone, full": phone.replace("-", ""),
        "phone, last four": phone[-4:],
        "ID number tail": id_number[-6:].lower(),
        "address 楼栋-单元-房号": f"{building}-{unit}-{room}",
    }


def search_figures(db: Path, runs: int) -> list[Figure]:
    from gridesk.core.residents.records import (
        ResidentFilter,
        count_residents,
        list_residents,
        page_sql,
    )
    from gridesk.core.setup import installation_admin
    from gridesk.core.store import open_store

    store = open_store(sqlite_url(db), db.parent, backup_first=False)
    raw = sqlite3.connect(sqlite_uri(db), uri=True)
    figures = []
    try:
        actor = installation_admin(store)
        sample = raw.execute(SAMPLE_SQL).fetchone()
        for label, query in search_queries(*sample).items():
            f = ResidentFilter(text=query)
            ours = timed(lambda f=f: list_residents(store, actor, f, 0, PAGE), runs)  # type: ignore[misc]
            sql, params = page_sql(f, 0, PAGE)
            theirs = timed(
                lambda sql=sql, params=params: raw.execute(sql, params).fetchall(),  # type: ignore[misc]
                runs,
            )
            keystroke = timed(
                lambda f=f: (  # type: ignore[misc]
                    count_residents(store, actor, f),
                    list_residents(store, actor, f, 0, PAGE),
                ),
                runs,
            )
            figures.append(
                Figure(
                    f"search p95, {label}", percentile(ours, 95), "ms", percentile(theirs, 95), 5, 2
                )
            )
            figures.append(
                Figure(f"  p50, {label}", statistics.median(ours), "ms", statistics.median(theirs))
            )
            figures.append(
                Figure(f"  count + first page p95, {label}", percentile(keystroke, 95), "ms")
            )
    finally:
        raw.close()
        store.close()
    return figures


def import_figures(db: Path, residents: int, runs: int = 3) -> list[Figure]:
    """Export the benchmark residents to CSV, then time importing them (read, check, write)
    into a fresh database, ``runs`` times: the median, as the other figures give medians and
    percentiles rather than one sample of a machine that has its slow moments."""
    from gridesk.core.residents.catalogue import list_grids
    from gridesk.core.residents.records import ResidentFilter
    from gridesk.core.setup import installation_admin
    from gridesk.core.store import open_store
    from gridesk.exchange import residents_io

    scratch = Path(tempfile.mkdtemp(prefix="gridesk-bench-import-"))
    try:
        source = open_store(sqlite_url(db), db.parent, backup_first=False)
        try:
            actor = installation_admin(source)
            file = scratch / "residents.csv"
            residents_io.export_residents(source, actor, ResidentFilter(), file)
            grid_names = [grid.name for grid in list_grids(source, actor)]
        finally:
            source.close()
        timings = [_import_once(file, grid_names, scratch / f"run{n}") for n in range(runs)]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    seconds = [ours for ours, _raw in timings]
    each = ", ".join(f"{s:.1f}" for s in seconds)
    name = f"import of {residents:,} residents with pinyin keys (median of {each} s)"
    raw = statistics.median(raw for _ours, raw in timings)
    return [Figure(name, statistics.median(seconds), "s", raw, 30)]


def _import_once(file: Path, grid_names: list[str], folder: Path) -> tuple[float, float]:
    """Seconds to import ``file`` into a new database in ``folder`` (which has the grids), and
    the raw baseline: the rows that import wrote, written again by plain sqlite3."""
    from gridesk.core.residents import imports
    from gridesk.core.residents.catalogue import save_grid
    from gridesk.core.setup import initialise
    from gridesk.core.store import open_store
    from gridesk.exchange import residents_io

    target = open_store(sqlite_url(folder / "import.db"), folder, backup_first=False)
    try:
        admin = initialise(
            target,
            station_name="导入测试",
            station_code="IM",
            admin_username="a",
            admin_password="secret1",
        )
        for name in grid_names:
            save_grid(target, admin, None, name=name)
        start = time.perf_counter()
        table = residents_io.read_table(file)
        plan = imports.plan_import(target, admin, table, residents_io.guess_mapping(table.headers))
        if plan.errors:
            raise RuntimeError(
                f"benchmark import found {len(plan.errors)} errors, first: {plan.errors[0]}"
            )
        imports.apply_import(target, admin, plan)
        ours = time.perf_counter() - start
    finally:
        target.close()
    try:
        return ours, _raw_write(folder / "import.db", folder / "raw.db")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# the tables an import writes, each with the order its rows were written in
_IMPORTED = {
    "households": "rowid",
    "residents": "rowid",
    "resident_keys": "resident_id",  # resident by resident, as an import has them
    "resident_tags": "rowid",
}


def _raw_write(imported: Path, raw: Path) -> float:
    """Seconds for plain sqlite3 to write the rows of an import into an empty copy of its
    database (same schema and indexes, same pragmas, one transaction): the database's own
    share of an import, with nothing read, checked or worked out."""
    source = sqlite3.connect(imported)
    try:
        rows = {
            table: source.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
            for table, order in _IMPORTED.items()
        }
    finally:
        source.close()
    shutil.copyfile(imported, raw)
    conn = sqlite3.connect(raw, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA cache_size=-262144")
        for table in reversed(list(_IMPORTED)):
            conn.execute(f"DELETE FROM {table}")
        conn.execute("VACUUM")
        conn.execute("PRAGMA foreign_keys=ON")
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        for table in _IMPORTED:
            if rows[table]:
                marks = ", ".join("?" * len(rows[table][0]))
                conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows[table])
        conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()
