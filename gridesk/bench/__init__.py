"""`gridesk bench`: the budgets of DESIGN.md measured next to raw baselines in the same run.

Figures, not assertions: each line prints the measured value, the baseline, their ratio and
the budget, and says whether the budget is met. Exit 1 if any budget is missed.

This package holds the harness, outside the rules and records it measures: the shared pieces
here (a figure, percentiles, cached benchmark databases), one module per section (residents'
search and import, start-up, documents, requests, volunteers, points, rooms), the runner in
``run.py``, and the points shop's crash proof in ``points_crash.py``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from gridesk.config import Location
from gridesk.paths import sqlite_url

if TYPE_CHECKING:
    from gridesk.core.actor import Actor
    from gridesk.core.store import Store


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


@dataclass(frozen=True)
class BenchRun:
    """What every section of a run shares: where its scratch databases go, the residents'
    database, how many timed runs, and whether this is a --quick run (small sizes)."""

    where: Location
    residents_db: Path
    runs: int
    quick: bool


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


def bench_store(path: Path) -> tuple[Store, Actor]:
    """A store on a new benchmark file and its administrator."""
    from gridesk.core.setup import initialise
    from gridesk.core.store import open_store

    store = open_store(sqlite_url(path), path.parent, backup_first=False)
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
        from gridesk.demo import fill_demo

        store, actor = bench_store(partial)
        try:
            print(f"building a {residents:,}-resident benchmark database (once) …", flush=True)
            start = time.perf_counter()
            fill_demo(store, actor, residents=residents, seed=42)
            print(f"  built in {time.perf_counter() - start:.1f} s", flush=True)
        finally:
            store.close()

    return cached_database(where, f"bench-{residents}.db", build)
