"""`gridesk bench` [volunteers]: the week view for 100 shifts and 2,000 volunteers (budget
100 ms), and the candidate list for one shift, each next to the raw sqlite3 queries it needs.

Built on a database of its own (2,000 volunteers, a week of 100 shifts two-thirds filled), so
the figure does not depend on the size of the residents' benchmark database.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from gridesk.bench import BenchRun, Figure
from gridesk.core.dialect import stored_moment
from gridesk.core.volunteers import rules
from gridesk.core.volunteers.services import CANDIDATE_SQL
from gridesk.paths import sqlite_url

VOLUNTEERS = 2_000
SHIFTS = 100
BUDGET_MS = 100.0

WEEK_SQL = (
    "SELECT id, post, place, skill, starts_at, ends_at, needed FROM volunteer_shifts "
    "WHERE starts_at >= ? AND starts_at < ? ORDER BY starts_at, post",
    "SELECT a.shift_id, a.resident_id, r.name, a.id FROM volunteer_assignments a "
    "JOIN volunteer_shifts s ON s.id = a.shift_id JOIN residents r ON r.id = a.resident_id "
    "WHERE a.active = 1 AND s.starts_at >= ? AND s.starts_at < ? ORDER BY a.created_at",
)


def _build(folder: Path, monday: date) -> Path:
    from gridesk.core.models import Resident
    from gridesk.core.residents.keys import sort_key
    from gridesk.core.setup import initialise
    from gridesk.core.store import open_store
    from gridesk.core.volunteers.models import Shift, ShiftAssignment, VolunteerProfile
    from gridesk.core.volunteers.services import local_dt
    from gridesk.demo.volunteers import SKILLS, random_availability

    store = open_store(sqlite_url(folder / "volunteers.db"), folder, backup_first=False)
    rng = random.Random("gridesk-bench-volunteers")
    try:
        actor = initialise(
            store,
            station_name="基准测试社区",
            station_code="BV",
            admin_username="bench",
            admin_password="bench123",
        )
        surnames, given = (
            "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗",
            "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华",
        )
        with store.write(actor) as s:
            people = []
            for i in range(VOLUNTEERS):
                name = rng.choice(surnames) + rng.choice(given) + rng.choice(given)
                r = Resident(name=name, sort_key=sort_key(name), phone=f"139{i:08d}")
                s.add(r)
                people.append(r)
            s.flush()
            skills = [name for name, _ in SKILLS]
            for r in people:
                s.add(
                    VolunteerProfile(
                        resident_id=r.id,
                        skills="、".join(rng.sample(skills, rng.randint(0, 2))),
                        availability=random_availability(rng),
                    )
                )
            taken: dict[object, list[rules.Interval]] = {}
            for n in range(SHIFTS):
                day = monday + timedelta(days=n % 7)
                start = 7 * 60 + 45 * (n // 7)
                shift = Shift(
                    post=f"岗位{n // 7 + 1}",
                    place="服务大厅",
                    starts_at=local_dt(day, start),
                    ends_at=local_dt(day, start + 120),
                    needed=3,
                )
                s.add(shift)
                s.flush()
                for _ in range(2):
                    r = rng.choice(people)
                    interval = (shift.starts_at, shift.ends_at)
                    if rules.assignment_problem(taken.setdefault(r.id, []), interval, 2):
                        continue
                    taken[r.id].append(interval)
                    s.add(
                        ShiftAssignment(
                            shift_id=shift.id,
                            resident_id=r.id,
                            starts_at=shift.starts_at,
                            ends_at=shift.ends_at,
                        )
                    )
    finally:
        store.close()
    return folder / "volunteers.db"


def _p95(samples: list[float]) -> float:
    from gridesk.bench import percentile

    return percentile(samples, 95)


def volunteer_figures(runs: int) -> list[Figure]:
    from gridesk.core.auth import sign_in
    from gridesk.core.store import open_store
    from gridesk.core.volunteers.services import candidates, local_dt, week_view

    monday = date(2027, 3, 1)
    with tempfile.TemporaryDirectory(prefix="gridesk-bench-volunteers-") as tmp:
        folder = Path(tmp)
        path = _build(folder, monday)
        store = open_store(sqlite_url(path), folder, backup_first=False)
        raw = sqlite3.connect(path)
        try:
            actor = sign_in(store, "bench", "bench123")
            start, end = local_dt(monday, 0), local_dt(monday + timedelta(days=7), 0)
            week = week_view(store, actor, monday)
            assert len(week) == SHIFTS
            shift = week[len(week) // 2]
            lo = shift.starts_at - timedelta(days=7)
            hi = shift.ends_at + timedelta(days=7)

            def raw_week() -> None:
                for sql in WEEK_SQL:
                    raw.execute(sql, (stored_moment(start), stored_moment(end))).fetchall()

            def raw_candidates() -> None:
                raw.execute(CANDIDATE_SQL[0], (stored_moment(hi), stored_moment(lo))).fetchall()
                raw.execute(CANDIDATE_SQL[1]).fetchall()

            pairs = [
                (
                    f"week view, {SHIFTS} shifts, {VOLUNTEERS:,} volunteers",
                    lambda: week_view(store, actor, monday),
                    raw_week,
                ),
                (
                    f"free and qualified for a shift ({VOLUNTEERS:,})",
                    lambda: candidates(store, actor, shift.id),
                    raw_candidates,
                ),
            ]
            figures = []
            for name, ours, theirs in pairs:
                ours()
                theirs()
                mine: list[float] = []
                base: list[float] = []
                for _ in range(runs):
                    for work, out in ((ours, mine), (theirs, base)):
                        t = time.perf_counter()
                        work()
                        out.append((time.perf_counter() - t) * 1000)
                figures.append(Figure(f"{name} p95", _p95(mine), "ms", _p95(base), BUDGET_MS))
                figures.append(
                    Figure(
                        f"  median, {name}", statistics.median(mine), "ms", statistics.median(base)
                    )
                )
            return figures
        finally:
            raw.close()
            store.close()


def section(run: BenchRun) -> list[Figure]:
    """This window's section of `gridesk bench` (gridesk.windows)."""
    return volunteer_figures(30 if run.quick else 100)
