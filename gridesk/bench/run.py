"""The runner of `gridesk bench`: every section in turn, its figures as they come, and exit 1
if any budget is missed."""

from __future__ import annotations

from collections.abc import Callable

from gridesk.bench import Figure, bench_database
from gridesk.bench.residents import import_figures, search_figures
from gridesk.bench.start import start_figures
from gridesk.config import Location


def document_figures() -> list[Figure]:
    try:
        from gridesk.bench.documents import bench_documents
    except ImportError:
        return []
    return [Figure(f.name, f.value, f.unit, f.baseline, f.budget) for f in bench_documents()]


def run_bench(where: Location, residents: int = 200_000, quick: bool = False) -> int:
    from gridesk.bench.points import figures as points_figures
    from gridesk.bench.requests import requests_figures
    from gridesk.bench.treasure import booking_figures
    from gridesk.bench.volunteers import volunteer_figures

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
        ("volunteers", lambda: volunteer_figures(30 if quick else 100)),
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
