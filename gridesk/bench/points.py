"""`gridesk bench` [points]: one redemption committed with synchronous=FULL (budget p99 <= 20 ms),
next to the same guarded debit in raw sqlite3 on the same kind of file in the same run; and the
counter's resident lookup (a card scanned: name and balance) with 1,000,000 ledger entries on
file, next to the same read in raw sqlite3."""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
import statistics
import time
import uuid
from pathlib import Path
from typing import Any

from gridesk.bench import BenchRun, Figure, percentile, timed
from gridesk.paths import sqlite_uri, sqlite_url

LEDGER_ENTRIES = 1_000_000


def _prepared(folder: Path) -> tuple[Path, uuid.UUID, str]:
    """A fresh database with one resident holding plenty of points and a stocked product."""
    from gridesk.core.models import new_id
    from gridesk.core.points import accounts, earning, shop
    from gridesk.core.residents.records import ResidentInput, create_resident
    from gridesk.core.setup import initialise
    from gridesk.core.store import open_store

    for stale in folder.glob("redeem.db*"):
        stale.unlink()
    store = open_store(sqlite_url(folder / "redeem.db"), folder, backup_first=False)
    try:
        admin = initialise(
            store,
            station_name="基准测试社区",
            station_code="BM",
            admin_username="bench",
            admin_password="bench123",
        )
        accounts.set_approval_threshold(store, admin, 1_000_000)
        rule = earning.save_rule(store, admin, "基准积分", 100_000)
        resident = create_resident(store, admin, ResidentInput(name="王秀英")).id
        for _ in range(5):
            earning.award(store, admin, rule.id, [resident], new_id())
        product = shop.create_product(store, admin, shop.ProductInput("B1", "香皂", 5))
        shop.stock_in(store, admin, product.id, 1_000_000, new_id())
    finally:
        store.close()
    return folder / "redeem.db", resident, "B1"


def _raw_debit(path: Path, runs: int) -> list[float]:
    """The same guarded debit without GriDesk: check and lower the balance and the stock,
    append one ledger row, commit (synchronous=FULL, WAL)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    account = conn.execute("SELECT id FROM points_accounts LIMIT 1").fetchone()[0]
    product = conn.execute("SELECT id FROM points_products LIMIT 1").fetchone()[0]
    seq, prev = conn.execute(
        "SELECT seq, hash FROM points_entries ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    state = {"seq": seq, "prev": prev}

    def debit() -> None:
        conn.execute("BEGIN IMMEDIATE")
        have = conn.execute(
            "SELECT balance FROM points_accounts WHERE id = ?", (account,)
        ).fetchone()[0]
        stock = conn.execute(
            "SELECT stock FROM points_products WHERE id = ?", (product,)
        ).fetchone()[0]
        if have < 5 or stock < 1:
            conn.execute("ROLLBACK")
            raise RuntimeError("bench ran out")
        conn.execute("UPDATE points_accounts SET balance = balance - 5 WHERE id = ?", (account,))
        conn.execute("UPDATE points_products SET stock = stock - 1 WHERE id = ?", (product,))
        state["seq"] += 1
        entry = uuid.uuid4().hex
        digest = hashlib.sha256(f"{state['prev']}|{state['seq']}|{entry}".encode()).hexdigest()
        conn.execute(
            "INSERT INTO points_entries (seq, account_id, kind, points, balance_after, "
            "operation_id, ref_id, prev_hash, hash, id, created_at, updated_at) "
            "VALUES (?, ?, 'redeem', -5, ?, ?, ?, ?, ?, ?, datetime('now'), datetime('now'))",
            (state["seq"], account, have - 5, entry, entry, state["prev"], digest, entry),
        )
        state["prev"] = digest
        conn.execute("COMMIT")

    try:
        return timed(debit, runs)
    finally:
        conn.close()


def redemption_figures(folder: Path, runs: int) -> list[Figure]:
    from gridesk.core.models import new_id
    from gridesk.core.points import shop
    from gridesk.core.setup import installation_admin
    from gridesk.core.store import open_store

    folder.mkdir(parents=True, exist_ok=True)
    path, resident, code = _prepared(folder)
    raw_copy = folder / "redeem-raw.db"
    for stale in folder.glob("redeem-raw.db*"):
        stale.unlink()
    shutil.copyfile(path, raw_copy)
    store = open_store(sqlite_url(path), folder, migrate=False, backup_first=False)
    try:
        actor = installation_admin(store)
        ours = timed(lambda: shop.redeem(store, actor, resident, [(code, 1)], new_id()), runs)
    finally:
        store.close()
    theirs = _raw_debit(raw_copy, runs)
    return [
        Figure(
            "one redemption, synchronous=FULL, p99",
            percentile(ours, 99),
            "ms",
            percentile(theirs, 99),
            budget=20,
        ),
        Figure(
            "  p50",
            statistics.median(ours),
            "ms",
            statistics.median(theirs),
        ),
    ]


def _fill_ledger(path: Path, entries: int) -> None:
    """Spread ``entries`` earn entries over the residents (a valid chain), fast: one raw
    transaction, synchronous OFF while building."""
    from gridesk.core.chains import GENESIS, chain_hash
    from gridesk.core.points.ledger import canonical

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous=OFF")
    residents = [r[0] for r in conn.execute("SELECT id FROM residents")]
    rng = random.Random(7)
    conn.execute("BEGIN")
    # carry on from what is there (the demo data has a ledger of its own)
    existing = {
        rid: (aid, balance)
        for rid, aid, balance in conn.execute(
            "SELECT resident_id, id, balance FROM points_accounts WHERE resident_id IS NOT NULL"
        )
    }
    accounts: dict[str, tuple[str, int]] = {
        rid: existing.get(rid, (uuid.uuid4().hex, 0)) for rid in residents
    }
    head = conn.execute("SELECT seq, hash FROM points_entries ORDER BY seq DESC LIMIT 1").fetchone()
    first, prev = (head[0] + 1, head[1]) if head else (1, GENESIS)
    at_base = time.time() - 365 * 86400
    from datetime import UTC, datetime

    batch: list[tuple[Any, ...]] = []
    op = uuid.uuid4()
    for seq in range(first, first + entries):
        rid = residents[rng.randrange(len(residents))]
        aid, balance = accounts[rid]
        points = rng.choice((5, 10, 10, 20, 30))
        balance += points
        accounts[rid] = (aid, balance)
        eid = uuid.uuid4()
        at = datetime.fromtimestamp(at_base + seq * 30, UTC)
        digest = chain_hash(
            prev,
            canonical(seq, eid, uuid.UUID(aid), "earn", points, balance, op, op, None, None, at),
        )
        batch.append(
            (
                seq,
                aid,
                points,
                balance,
                op.hex,
                op.hex,
                prev,
                digest,
                eid.hex,
                at.replace(tzinfo=None).isoformat(" "),
            )
        )
        prev = digest
        if len(batch) == 50_000:
            _insert(conn, batch)
            batch.clear()
    _insert(conn, batch)
    conn.executemany(
        "INSERT INTO points_accounts (resident_id, balance, id, created_at, updated_at) "
        "VALUES (?, ?, ?, datetime('now'), datetime('now'))",
        [(rid, balance, aid) for rid, (aid, balance) in accounts.items() if rid not in existing],
    )
    conn.executemany(
        "UPDATE points_accounts SET balance = ? WHERE id = ?",
        [(balance, aid) for rid, (aid, balance) in accounts.items() if rid in existing],
    )
    conn.execute("COMMIT")
    conn.execute("PRAGMA optimize")
    conn.close()


def _insert(conn: sqlite3.Connection, batch: list[tuple[Any, ...]]) -> None:
    conn.executemany(
        "INSERT INTO points_entries (seq, account_id, kind, points, balance_after, "
        "operation_id, ref_id, prev_hash, hash, id, created_at, updated_at) "
        "VALUES (?, ?, 'earn', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(*row, row[-1]) for row in batch],
    )


def lookup_figures(residents_db: Path, runs: int, entries: int = LEDGER_ENTRIES) -> list[Figure]:
    """The counter's lookup (name, address and balance after a card scan) on the residents
    benchmark database with ``entries`` ledger entries added (made once, kept)."""
    from gridesk.core.points.accounts import LOOKUP_SQL, account_view
    from gridesk.core.setup import installation_admin
    from gridesk.core.store import open_store

    path = residents_db.with_name(f"{residents_db.stem}-points-{entries}.db")
    if not path.exists():
        print(f"  adding {entries:,} ledger entries (once) …", flush=True)
        partial = path.with_suffix(".partial")
        for stale in path.parent.glob(partial.name + "*"):
            stale.unlink()
        shutil.copyfile(residents_db, partial)
        store = open_store(sqlite_url(partial), partial.parent, backup_first=False)
        store.close()  # brings the copy's schema up to date
        _fill_ledger(partial, entries)
        partial.rename(path)
    store = open_store(sqlite_url(path), path.parent, migrate=False, backup_first=False)
    raw = sqlite3.connect(sqlite_uri(path), uri=True)
    try:
        actor = installation_admin(store)
        ids = [
            uuid.UUID(r[0])
            for r in raw.execute("SELECT resident_id FROM points_accounts LIMIT 200")
        ]
        picks = iter(ids * (runs // len(ids) + 2))
        ours = timed(lambda: account_view(store, actor, next(picks)), runs)
        picks = iter(ids * (runs // len(ids) + 2))
        sql = LOOKUP_SQL  # the same statement, without GriDesk around it
        theirs = timed(lambda: raw.execute(sql, (next(picks).hex,)).fetchone(), runs)
        count = raw.execute("SELECT COUNT(*) FROM points_entries").fetchone()[0]
    finally:
        raw.close()
        store.close()
    return [
        Figure(
            f"counter lookup p95 ({count:,} ledger entries)",
            percentile(ours, 95),
            "ms",
            percentile(theirs, 95),
        ),
        Figure("  p50", statistics.median(ours), "ms", statistics.median(theirs)),
    ]


def figures(residents_db: Path, runs: int, quick: bool) -> list[Figure]:
    """The [points] section of `gridesk bench`."""
    folder = residents_db.parent / "points"
    entries = 100_000 if quick else LEDGER_ENTRIES
    return redemption_figures(folder, runs) + lookup_figures(residents_db, runs, entries)


def section(run: BenchRun) -> list[Figure]:
    """This window's section of `gridesk bench` (gridesk.windows)."""
    return figures(run.residents_db, run.runs, run.quick)
