"""`gridesk bench`: the budgets of DESIGN.md measured next to raw baselines in the same run.

Figures, not assertions: each line prints the measured value, the baseline, their ratio and
the budget, and says whether the budget is met. Exit 1 if any budget is missed.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from gridesk.config import Location
from gridesk.core.volunteers import bench as _volunteers


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    baseline: float | None = None
    budget: float | None = None
    max_ratio: float | None = None

    @property
    def ratio(self) -> float | None:
        return None if not self.baseline else self.value / self.baseline

    @property
    def ok(self) -> bool:
        if self.budget is not None and self.value > self.budget:
            return False
        return not (
            self.max_ratio is not None and self.ratio is not None and self.ratio > self.max_ratio
        )

    def line(self) -> str:
        parts = [f"{self.name:<46} {self.value:9.2f} {self.unit}"]
        if self.baseline is not None:
            parts.append(f"raw {self.baseline:8.2f} {self.unit}  ratio {self.ratio:5.2f}x")
        limits = []
        if self.budget is not None:
            limits.append(f"<= {self.budget:g} {self.unit}")
        if self.max_ratio is not None:
            limits.append(f"<= {self.max_ratio:g}x raw")
        if limits:
            parts.append(f"budget {' and '.join(limits)}: {'ok' if self.ok else 'MISSED'}")
        return "  ".join(parts)


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    fn()  # warm caches the way a desk that has been open a while has them
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def cached_database(where: Location, name: str, build: Callable[[Path], None]) -> Path:
    """``<data dir>/bench/<name>``, made once by ``build(partial_path)`` and kept for later
    runs; a build that did not finish leaves no file under the final name."""
    folder = where.data_dir / "bench"
    path = folder / name
    if path.exists():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / f"partial-{name}"
    for stale in folder.glob(f"partial-{name}*"):
        stale.unlink()
    build(partial)
    partial.rename(path)
    return path


def bench_store(path: Path):  # type: ignore[no-untyped-def]
    """A store on a new benchmark file and its administrator."""
    from gridesk.core.setup import initialise
    from gridesk.core.store import open_store

    store = open_store(f"sqlite:///{path}", path.parent, backup_first=False)
    actor = initialise(
        store,
        station_name="基准测试社区",
        station_code="BM",
        admin_username="bench",
        admin_password="bench123",
    )
    return store, actor


def bench_database(where: Location, residents: int) -> Path:
    """A demo database of the wanted size, made once and kept for later runs."""

    def build(partial: Path) -> None:
        from gridesk.core.demo import fill_demo

        store, actor = bench_store(partial)
        try:
            print(f"building a {residents:,}-resident benchmark database (once) …", flush=True)
            start = time.perf_counter()
            fill_demo(store, actor, residents=residents, seed=42)
            print(f"  built in {time.perf_counter() - start:.1f} s", flush=True)
        finally:
            store.close()

    return cached_database(where, f"bench-{residents}.db", build)


PAGE = 100  # rows the residents list asks for at a time (LazyTableModel.PAGE)


def search_figures(db: Path, runs: int) -> list[Figure]:
    from gridesk.core.residents import ResidentFilter, count_residents, list_residents, page_sql
    from gridesk.core.setup import installation_admin
    from gridesk.core.store import open_store

    store = open_store(f"sqlite:///{db}", db.parent, backup_first=False)
    raw = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    figures = []
    try:
        actor = installation_admin(store)
        sample = raw.execute(
            "SELECT name, phone, id_number, building, unit, room FROM residents "
            "WHERE phone != '' AND id_number IS NOT NULL ORDER BY id LIMIT 1 OFFSET 777"
        ).fetchone()
        name, phone, id_number, building, unit, room = sample
        from gridesk.core.pinyin_keys import name_readings

        readings = name_readings(name)
        queries = {
            "汉字 substring": name[1:],
            "full pinyin": "".join(r[0] for r in readings),
            "pinyin initials": "".join(r[0][0] for r in readings),
            "polyphonic surname (shan)": "shan",
            "phone, full": phone.replace("-", ""),
            "phone, last four": phone[-4:],
            "ID number tail": id_number[-6:].lower(),
            "address 楼栋-单元-房号": f"{building}-{unit}-{room}",
        }
        for label, query in queries.items():
            f = ResidentFilter(text=query)
            ours = timed(lambda f=f: list_residents(store, actor, f, 0, PAGE), runs)
            sql, params = page_sql(f, 0, PAGE)
            theirs = timed(lambda sql=sql, params=params: raw.execute(sql, params).fetchall(), runs)
            keystroke = timed(
                lambda f=f: (
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


_START_OURS = """
import time, sys
t0 = float(sys.argv[1])
from pathlib import Path
from gridesk.config import Location, peek_station
from gridesk.ui.app import make_application, open_store_with_message
from gridesk.ui.sign_in import SignInDialog
app = make_application()
where = Location(Path(sys.argv[2]), "sqlite:///" + sys.argv[3])
dialog = SignInDialog(None, peek_station(where.db_url)[0])
dialog.show()
app.processEvents()
shown = time.time() - t0
store = open_store_with_message(where)
dialog.set_store(store)
app.processEvents()
print(shown, time.time() - t0)
store.close()
"""

_START_BARE = """
import time, sys
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget()
w.show()
app.processEvents()
print(time.time() - t0)
"""


def start_figures(db: Path, runs: int) -> list[Figure]:
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"

    def once(script: str, *args: str) -> list[float]:
        out = subprocess.run(
            [sys.executable, "-c", script, repr(time.time()), *args],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        return [float(v) * 1000 for v in out.stdout.strip().splitlines()[-1].split()]

    scratch = Path(tempfile.mkdtemp(prefix="gridesk-bench-"))
    try:
        ours = [once(_START_OURS, str(scratch), str(db)) for _ in range(runs)]
        bare = [once(_START_BARE)[0] for _ in range(runs)]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    bare_median = statistics.median(bare)
    return [
        Figure(
            "start to the sign-in window (median)",
            statistics.median(o[0] for o in ours),
            "ms",
            bare_median,
            1000,
            3,
        ),
        Figure(
            "  … and the database open, sign-in enabled",
            statistics.median(o[1] for o in ours),
            "ms",
            bare_median,
        ),
    ]


def import_figures(db: Path, residents: int, runs: int = 3) -> list[Figure]:
    """Export the benchmark residents to CSV, then time importing them (read, check, write)
    into a fresh database, ``runs`` times: the median, as the other figures give medians and
    percentiles rather than one sample of a machine that has its slow moments."""
    from gridesk.core.catalogue import list_grids
    from gridesk.core.residents import ResidentFilter
    from gridesk.core.setup import installation_admin
    from gridesk.core.store import open_store
    from gridesk.exchange import residents_io

    scratch = Path(tempfile.mkdtemp(prefix="gridesk-bench-import-"))
    try:
        source = open_store(f"sqlite:///{db}", db.parent, backup_first=False)
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
    from gridesk.core.catalogue import save_grid
    from gridesk.core.setup import initialise
    from gridesk.core.store import open_store
    from gridesk.exchange import residents_io

    target = open_store(f"sqlite:///{folder / 'import.db'}", folder, backup_first=False)
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
        plan = residents_io.plan_import(
            target, admin, table, residents_io.guess_mapping(table.headers)
        )
        if plan.errors:
            raise RuntimeError(
                f"benchmark import found {len(plan.errors)} errors, first: {plan.errors[0]}"
            )
        residents_io.apply_import(target, admin, plan)
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


def document_figures() -> list[Figure]:
    try:
        from gridesk.documents.bench import bench_documents
    except ImportError:
        return []
    return [
        Figure(f.name, f.value, f.unit, f.baseline, f.budget)  # type: ignore[attr-defined]
        for f in bench_documents()
    ]


def run_bench(where: Location, residents: int = 200_000, quick: bool = False) -> int:
    from gridesk.core.points.bench import figures as points_figures
    from gridesk.core.requests.bench import requests_figures
    from gridesk.core.treasure.bench import booking_figures

    if quick:
        residents = min(residents, 5_000)
    runs = 30 if quick else 200
    db = bench_database(where, residents)
    print(f"GriDesk bench on {residents:,} residents ({db})")
    figures: list[Figure] = []
    sections: list[tuple[str, Callable[[], list[Figure]]]] = [
        ("search", lambda: search_figures(db, runs)),
        ("start", lambda: start_figures(db, 3 if quick else 7)),
        ("import", lambda: import_figures(db, residents, 1 if quick else 3)),
        ("documents", document_figures),
        ("requests", lambda: requests_figures(where, runs, 20_000 if quick else 500_000)),
        ("volunteers", lambda: _volunteers.volunteer_figures(30 if quick else 100)),
        ("points", lambda: points_figures(db, runs, quick)),
        ("rooms", lambda: booking_figures(runs, 10_000 if quick else 100_000)),
    ]
    for title, section in sections:
        print(f"\n[{title}]", flush=True)
        got = section()
        for figure in got:
            print(figure.line(), flush=True)
        figures += got
    missed = [f for f in figures if not f.ok]
    print(f"\n{len(figures)} figures, {len(missed)} budget(s) missed")
    return 1 if missed else 0
