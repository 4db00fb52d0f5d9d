"""Five desks of a hall at work on one database for a while: the load proof of issue 14.

    uv run python -m gridesk.bench.desks --db-url postgresql://gridesk:…@SERVER/scratch \
        [--desks 5] [--seconds 120] [--residents 2000]

The database must be new and empty (it is initialised and filled here). Each desk is its own
process doing a front desk's mix: searching residents (half of all actions), registering one,
awarding points, redeeming at the till (sometimes sending the same operation again, as a
retry does), signing up for activities and noting cases. Prints each desk's throughput, the
p50/p99 of every kind of action, every error a person would have seen (there should be none:
"not enough points" and "full" are answers, not errors), and `gridesk check` afterwards.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from datetime import timedelta
from pathlib import Path
from typing import Any


def prepare(url: str, residents: int) -> dict[str, Any]:
    from gridesk import clock
    from gridesk.core import auth
    from gridesk.core.actor import Role
    from gridesk.core.models import new_id
    from gridesk.core.points import earning, shop
    from gridesk.core.residents.records import ResidentInput, create_resident
    from gridesk.core.setup import initialise
    from gridesk.core.store import open_store
    from gridesk.core.volunteers.activities import ActivityInput, save_activity

    store = open_store(url, Path(tempfile.mkdtemp(prefix="gridesk-load-")))
    admin = initialise(
        store, station_name="负载测试大厅", station_code="LD", admin_username="admin",
        admin_password="secret12",
    )  # fmt: skip
    auth.create_user(
        store, admin, username="desk", display_name="窗口", role=Role.ADMIN, password="secret12"
    )
    print(f"registering {residents:,} residents …", flush=True)
    people = [
        create_resident(store, admin, ResidentInput(name=f"居民{i:05d}", phone=f"139{i:08d}")).id
        for i in range(residents)
    ]
    rule = earning.save_rule(store, admin, "志愿服务", 50)
    earning.award(store, admin, rule.id, people, new_id())
    product = shop.create_product(store, admin, shop.ProductInput("LOAD1", "毛巾", 20))
    shop.stock_in(store, admin, product.id, 100_000, new_id())
    starts = clock.utcnow() + timedelta(days=7)
    activities = [
        save_activity(
            store, admin, None,
            ActivityInput(f"活动{i}", starts, starts + timedelta(hours=2), capacity=5),
        ).id
        for i in range(40)
    ]  # fmt: skip
    store.close()
    return {"people": people, "rule": rule.id, "activities": activities}


def desk(url: str, number: int, seconds: float, world: dict[str, Any], out: Any) -> None:
    from gridesk.core.auth import sign_in
    from gridesk.core.models import new_id
    from gridesk.core.points import earning, shop
    from gridesk.core.residents.records import (
        ResidentFilter,
        ResidentInput,
        create_resident,
        list_residents,
    )
    from gridesk.core.store import open_store
    from gridesk.core.volunteers.activities import sign_up
    from gridesk.errors import Conflict, GrideskError

    rng = random.Random(number)
    store = open_store(url, Path(tempfile.mkdtemp(prefix=f"gridesk-desk{number}-")))
    actor = sign_in(store, "desk", "secret12")
    people = world["people"]
    timings: dict[str, list[float]] = defaultdict(list)
    answers: dict[str, int] = defaultdict(int)
    errors: list[str] = []
    last_redemption: tuple[Any, Any] | None = None
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        roll = rng.random()
        who = rng.choice(people)
        start = time.perf_counter()
        try:
            if roll < 0.5:
                kind = "search"
                list_residents(
                    store, actor, ResidentFilter(text=f"139{rng.randrange(10**4):04d}"), 0, 100
                )
            elif roll < 0.6:
                kind = "register"
                create_resident(
                    store, actor, ResidentInput(name=f"新居民{number}{rng.randrange(10**6)}")
                )
            elif roll < 0.7:
                kind = "award"
                earning.award(store, actor, world["rule"], [who], new_id())
            elif roll < 0.85:
                kind = "redeem"
                if last_redemption is not None and rng.random() < 0.2:
                    who, operation = last_redemption  # a retry: the same operation again
                else:
                    operation = new_id()
                shop.redeem(store, actor, who, [("LOAD1", 1)], operation)
                last_redemption = (who, operation)
            else:
                kind = "sign up"
                sign_up(store, actor, rng.choice(world["activities"]), who)
        except GrideskError as exc:
            if isinstance(exc, Conflict):  # "not enough points", "already signed up": answers
                answers[type(exc).__name__] += 1
            else:
                errors.append(f"{kind}: {type(exc).__name__}: {exc}")
        except Exception as exc:  # a crash a person would see
            errors.append(f"{kind}: CRASH {type(exc).__name__}: {exc}"[:300])
        timings[kind].append((time.perf_counter() - start) * 1000)
    store.close()
    out.put((number, dict(timings), dict(answers), errors))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db-url", required=True)
    parser.add_argument("--desks", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--residents", type=int, default=2000)
    args = parser.parse_args()
    world = prepare(args.db_url, args.residents)
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    desks = [
        ctx.Process(target=desk, args=(args.db_url, n, args.seconds, world, out))
        for n in range(args.desks)
    ]
    print(f"{args.desks} desks for {args.seconds:.0f} s …", flush=True)
    for d in desks:
        d.start()
    results = [out.get(timeout=args.seconds + 600) for _ in desks]
    for d in desks:
        d.join(timeout=60)
    merged: dict[str, list[float]] = defaultdict(list)
    all_errors: list[str] = []
    for number, timings, answers, errors in sorted(results):
        done = sum(len(v) for v in timings.values())
        print(f"desk {number}: {done} actions, {done / args.seconds:.1f}/s, answers {answers}")
        for kind, samples in timings.items():
            merged[kind] += samples
        all_errors += errors
    total = sum(len(v) for v in merged.values())
    print(f"all desks: {total} actions, {total / args.seconds:.1f}/s")
    for kind, samples in sorted(merged.items()):
        ordered = sorted(samples)
        p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
        print(
            f"  {kind:<10} {len(samples):6d}  p50 {statistics.median(samples):7.1f} ms  p99 {p99:7.1f} ms"
        )
    print(f"errors shown to people: {len(all_errors)}")
    for line in all_errors[:20]:
        print("  " + line)
    from gridesk.core.check import run_checks
    from gridesk.core.store import open_store

    store = open_store(args.db_url, Path(tempfile.mkdtemp(prefix="gridesk-load-check-")))
    problems = run_checks(store)
    store.close()
    print("check: " + ("clean" if not problems else f"{len(problems)} problem(s)"))
    for line in problems[:20]:
        print("  " + line)
    return 0 if not all_errors and not problems else 1


if __name__ == "__main__":
    sys.exit(main())
