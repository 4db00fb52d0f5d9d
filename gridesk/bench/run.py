"""The runner of `gridesk bench`: every section in turn, its figures as they come, and exit 1
if any budget is missed."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from sqlalchemy.engine import make_url

from gridesk.bench import BenchRun, Figure, bench_database
from gridesk.bench.postgresql import postgresql_figures
from gridesk.bench.residents import import_figures, search_figures
from gridesk.bench.start import start_figures
from gridesk.config import Location
from gridesk.windows import WINDOWS, load


def document_figures() -> list[Figure]:
    try:
        from gridesk.bench.documents import bench_documents
    except ImportError:
        return []
    return bench_documents()


def run_bench(where: Location, residents: int = 200_000, quick: bool = False) -> int:
    if quick:
        residents = min(residents, 5_000)
    runs = 30 if quick else 200
    if make_url(where.db_url).get_backend_name() == "postgresql":
        return _report(
            f"GriDesk bench on a PostgreSQL server, {residents:,} residents",
            [("postgresql", lambda: postgresql_figures(where, residents, runs))],
        )
    db = bench_database(where, residents)
    print(f"GriDesk bench on {residents:,} residents ({db})")
    sections: list[tuple[str, Callable[[], list[Figure]]]] = [
        ("search", lambda: search_figures(db, runs)),
        ("start", lambda: start_figures(db, 3 if quick else 7)),
        ("import", lambda: import_figures(db, residents, 1 if quick else 3)),
        ("documents", document_figures),
    ]
    # then each window's own section (gridesk/windows.py)
    run = BenchRun(where, db, runs, quick)
    sections += [
        (window.key, partial(load(window.bench), run)) for window in WINDOWS if window.bench
    ]
    return _report(None, sections)


def _report(title: str | None, sections: list[tuple[str, Callable[[], list[Figure]]]]) -> int:
    if title:
        print(title)
    figures: list[Figure] = []
    for name, section in sections:
        print(f"\n[{name}]", flush=True)
        got = section()
        for figure in got:
            print(figure.line(), flush=True)
        figures += got
    missed = [f for f in figures if not f.ok]
    print(f"\n{len(figures)} figures, {len(missed)} budget(s) missed")
    return 1 if missed else 0
