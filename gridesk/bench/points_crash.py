"""Crash safety of the points shop: kill the writer with SIGKILL at random moments.

    python scripts/points_crash.py [--cycles 100] [--seed S] [--dir D]
    (or: python -m gridesk.bench.points_crash ...)

A writer process redeems goods in a loop (one redemption = one unit of work, synchronous=FULL)
and, only after ``redeem`` has returned (the commit is done), appends the receipt number to
``receipts.txt`` and fsyncs it: a receipt that was "issued" is one written there. The parent
kills the writer with SIGKILL at a random moment, starts it again, ``--cycles`` times. Then it opens the database and requires that:

- ``gridesk check`` finds nothing (chain, balances, stock, triggers, SQLite integrity);
- every receipt number in ``receipts.txt`` is a redemption in the database.

(The database may hold a redemption or two more than the file: killed after the commit,
before the fsync of the file. That is the safe direction.) Exit 0 when all of it holds.
POSIX only (SIGKILL).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from gridesk.paths import sqlite_url

RESIDENTS = 20
PRODUCTS = (("C1", "香皂", 5), ("C2", "毛巾", 8), ("C3", "牙膏", 12))


def _url(folder: Path) -> str:
    return sqlite_url(folder / "gridesk.db")


def prepare(folder: Path) -> None:
    from gridesk.core.models import new_id
    from gridesk.core.points import accounts, earning, shop
    from gridesk.core.residents.records import ResidentInput, create_resident
    from gridesk.core.setup import initialise
    from gridesk.core.store import open_store

    store = open_store(_url(folder), folder, backup_first=False)
    try:
        admin = initialise(
            store,
            station_name="断电测试站",
            station_code="KL",
            admin_username="admin",
            admin_password="secret1",
        )
        accounts.set_approval_threshold(store, admin, 1_000_000)
        rule = earning.save_rule(store, admin, "测试积分", 10_000)
        ids = [
            create_resident(store, admin, ResidentInput(name=f"居民{i:02d}")).id
            for i in range(RESIDENTS)
        ]
        earning.award(store, admin, rule.id, ids, new_id())
        for code, name, price in PRODUCTS:
            p = shop.create_product(store, admin, shop.ProductInput(code, name, price))
            shop.stock_in(store, admin, p.id, 100_000, new_id())
    finally:
        store.close()


def writer(folder: Path, seed: int) -> None:
    """Redeem forever; record each receipt number durably after its commit returned."""
    from sqlalchemy import select

    from gridesk.core.models import Resident, new_id
    from gridesk.core.points import shop
    from gridesk.core.setup import installation_admin
    from gridesk.core.store import open_store

    store = open_store(_url(folder), folder, migrate=False, backup_first=False)
    actor = installation_admin(store)
    with store.read() as s:
        residents = list(s.execute(select(Resident.id).order_by(Resident.sort_key)).scalars())
    rng = random.Random(seed)
    fd = os.open(folder / "receipts.txt", os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    print("ready", flush=True)
    while True:
        lines = [
            (code, rng.randint(1, 3)) for code, _, _ in rng.sample(PRODUCTS, rng.randint(1, 3))
        ]
        done = shop.redeem(store, actor, rng.choice(residents), lines, new_id())
        os.write(fd, f"{done.number}\n".encode())
        os.fsync(fd)


def verify(folder: Path) -> list[str]:
    from sqlalchemy import select

    from gridesk.core.check import run_checks
    from gridesk.core.points.models import Redemption
    from gridesk.core.store import open_store

    store = open_store(_url(folder), folder, migrate=False, backup_first=False)
    try:
        problems = run_checks(store)
        with store.read() as s:
            numbers = set(s.execute(select(Redemption.number)).scalars())
    finally:
        store.close()
    issued = _issued(folder)
    problems += [f"receipt {n} was issued but its redemption is missing" for n in issued - numbers]
    return problems


def _issued(folder: Path) -> set[str]:
    path = folder / "receipts.txt"
    if not path.exists():
        return set()
    # a kill between write and fsync can leave a last line cut short: it was never "issued"
    text = path.read_text()
    lines = text.split("\n")
    return {line for line in lines[:-1] if line}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cycles", type=int, default=100, help="start-redeem-kill cycles")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--dir", type=Path, default=None, help="work folder (default: a temp one)")
    parser.add_argument("--writer", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.writer is not None:
        writer(args.writer, args.seed or 0)
        return 0
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    folder = args.dir or Path(tempfile.mkdtemp(prefix="gridesk-crash-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"points crash test: seed {seed}, folder {folder}", flush=True)
    prepare(folder)
    kills = 0
    for _ in range(args.cycles):
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",  # not the file: its folder on sys.path would shadow modules by name
                "gridesk.bench.points_crash",
                "--writer",
                str(folder),
                "--seed",
                str(rng.randrange(1 << 30)),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        if child.stdout.readline().strip() != "ready":
            child.wait()
            print("the writer did not start", file=sys.stderr)
            return 2
        # every other cycle lets the writer issue a receipt first (on a loaded machine one
        # redemption can take longer than the whole random wait), so the kills land both
        # before a cycle's first redemption and among later ones
        if kills % 2:
            before = len(_issued(folder))
            deadline = time.monotonic() + 60
            while len(_issued(folder)) == before and time.monotonic() < deadline:
                time.sleep(0.01)
        # a few redemptions take ~0.1 s: the kill lands inside a unit of work, inside a
        # commit, between the commit and the receipt file's fsync, or between two
        time.sleep(rng.uniform(0.0, 0.15))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        kills += 1
        print(f"  kill {kills}: {len(_issued(folder))} receipts issued so far", flush=True)
    problems = verify(folder)
    for p in problems:
        print(p)
    print(
        f"{kills} kills, {len(_issued(folder))} receipts issued: "
        + ("all there, check passed" if not problems else f"{len(problems)} problem(s)")
    )
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
