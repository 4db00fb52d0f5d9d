"""The points ledger (积分流水): append-only, hash-chained, never below zero.

Every change of a balance is one ``LedgerEntry`` written by :func:`append` inside the caller's
unit of work (``store.write``: ``BEGIN IMMEDIATE`` on SQLite, so the head of the chain and the
balance read here cannot change before the commit).

The chain (one for the installation, ordered by ``seq``)::

    hash = sha256_hex(prev_hash + canonical(entry))     prev_hash of seq 1 = "0" * 64

``canonical(entry)`` is UTF-8 text, fields joined by ``|`` in this fixed order::

    GDL1|seq|id|account_id|kind|points|balance_after|operation_id|ref_id|station_id|created_by|created_at

- integers in decimal without padding or ``+`` (``-200``);
- UUIDs in the canonical lowercase hyphenated form (``str(uuid.UUID)``); a missing one as "";
- ``kind`` as stored (``earn``, ``redeem``, ``refund``);
- ``created_at`` in UTC as ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` (always six fraction digits).

No field can contain ``|``, so the form is unambiguous. ``GDL1`` names this version of the form.
``gridesk check`` recomputes every hash and names the first entry that does not match.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from gridesk.clock import utcnow
from gridesk.core.actor import Actor
from gridesk.core.chains import GENESIS, chain_hash, time_text, utc_text, uuid_text
from gridesk.core.models import new_id
from gridesk.core.points import rows
from gridesk.core.points.errors import NotEnoughPoints
from gridesk.core.points.models import LedgerEntry, PointsAccount
from gridesk.core.points.rows import stamped

FORM = "GDL1"
EARN, REDEEM, REFUND = "earn", "redeem", "refund"
KINDS = (EARN, REDEEM, REFUND)


def canonical(
    seq: int,
    entry_id: uuid.UUID,
    account_id: uuid.UUID,
    kind: str,
    points: int,
    balance_after: int,
    operation_id: uuid.UUID,
    ref_id: uuid.UUID,
    station_id: uuid.UUID | None,
    created_by: uuid.UUID | None,
    created_at: datetime,
) -> str:
    """The canonical text of one entry (see the module's docstring)."""
    return "|".join(
        (
            FORM,
            str(int(seq)),
            uuid_text(entry_id),
            uuid_text(account_id),
            kind,
            str(int(points)),
            str(int(balance_after)),
            uuid_text(operation_id),
            uuid_text(ref_id),
            uuid_text(station_id),
            uuid_text(created_by),
            utc_text(created_at),
        )
    )


_HEAD = "points_chain_head"
ENTRIES = cast(Table, LedgerEntry.__table__)
ACCOUNTS = cast(Table, PointsAccount.__table__)


@dataclass
class AccountRef:
    """An account as this unit of work sees it; ``balance`` follows every append."""

    id: uuid.UUID
    balance: int
    household: bool = False


def _head(s: Session) -> tuple[int, str]:
    head: tuple[int, str] | None = s.info.get(_HEAD)
    if head is None:
        row = s.execute(
            select(LedgerEntry.seq, LedgerEntry.hash).order_by(LedgerEntry.seq.desc()).limit(1)
        ).first()
        head = (row.seq, row.hash) if row else (0, GENESIS)
    return head


def append(
    s: Session,
    actor: Actor,
    account: AccountRef,
    kind: str,
    points: int,
    operation_id: uuid.UUID,
    ref_id: uuid.UUID,
) -> uuid.UUID:
    """Add one entry and move the account's balance; refuses to go below zero.

    The balance update is guarded by the balance this unit of work read (``WHERE balance =
    :before``), so a balance changed behind its back fails loudly instead of being lost; the
    CHECK constraint refuses a negative one in the database itself."""
    if kind not in KINDS or points == 0:
        raise ValueError(f"bad ledger entry: {kind} {points}")
    before = account.balance
    balance = before + points
    if balance < 0:
        raise NotEnoughPoints(before, -points)
    seq, prev = _head(s)
    seq += 1
    now = utcnow()
    entry_id = new_id()
    digest = chain_hash(
        prev,
        canonical(
            seq,
            entry_id,
            account.id,
            kind,
            points,
            balance,
            operation_id,
            ref_id,
            actor.station_id,
            actor.user_id,
            now,
        ),
    )
    moved = s.execute(
        update(ACCOUNTS)
        .where(ACCOUNTS.c.id == account.id, ACCOUNTS.c.balance == before)
        .values(balance=balance, updated_at=now)
    )
    if moved.rowcount != 1:  # type: ignore[attr-defined]
        raise RuntimeError(f"points account {account.id} changed during the unit of work")
    s.execute(
        insert(ENTRIES),
        stamped(
            actor,
            now,
            id=entry_id,
            seq=seq,
            account_id=account.id,
            kind=kind,
            points=points,
            balance_after=balance,
            operation_id=operation_id,
            ref_id=ref_id,
            prev_hash=prev,
            hash=digest,
        ),
    )
    rows.audit(
        s,
        actor,
        now,
        [
            ("create", "points_entries", entry_id, ""),
            ("update", "points_accounts", account.id, "balance"),
        ],
    )
    account.balance = balance
    s.info[_HEAD] = (seq, digest)
    return entry_id


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    entry_id: uuid.UUID
    what: str

    def sentence(self) -> str:
        return f"ledger entry #{self.seq} ({self.entry_id}) {self.what}"


_COLUMNS = (
    LedgerEntry.seq,
    LedgerEntry.id,
    LedgerEntry.account_id,
    LedgerEntry.kind,
    LedgerEntry.points,
    LedgerEntry.balance_after,
    LedgerEntry.operation_id,
    LedgerEntry.ref_id,
    LedgerEntry.station_id,
    LedgerEntry.created_by,
    LedgerEntry.created_at,
    LedgerEntry.prev_hash,
    LedgerEntry.hash,
)


_RAW_SQL = (
    "SELECT seq, id, account_id, kind, points, balance_after, operation_id, ref_id, "
    "station_id, created_by, created_at, prev_hash, hash FROM points_entries ORDER BY seq"
)


def _raw_rows(s: Session) -> Iterator[tuple[object, ...]]:
    """Every entry as (seq, id, account, canonical text, points, balance_after, kind,
    prev_hash, hash), read without per-value conversion (a million entries in seconds)."""
    if s.get_bind().dialect.name == "sqlite":
        cursor = s.connection().exec_driver_sql(_RAW_SQL)
        while batch := cursor.fetchmany(10_000):
            for seq, eid, acc, kind, points, after, op, ref, st, by, at, prev, digest in batch:
                text = "|".join(
                    (
                        FORM,
                        str(int(seq)),
                        uuid_text(eid),
                        uuid_text(acc),
                        kind,
                        str(int(points)),
                        str(int(after)),
                        uuid_text(op),
                        uuid_text(ref),
                        uuid_text(st),
                        uuid_text(by),
                        time_text(at),
                    )
                )
                yield seq, eid, acc, text, points, after, kind, prev, digest
        return
    rows = s.execute(select(*_COLUMNS).order_by(LedgerEntry.seq).execution_options(yield_per=5000))
    for r in rows:
        text = canonical(
            r.seq,
            r.id,
            r.account_id,
            r.kind,
            r.points,
            r.balance_after,
            r.operation_id,
            r.ref_id,
            r.station_id,
            r.created_by,
            r.created_at,
        )
        yield (
            r.seq,
            r.id,
            r.account_id,
            text,
            r.points,
            r.balance_after,
            r.kind,
            r.prev_hash,
            r.hash,
        )


def verify_chain(s: Session) -> Iterator[ChainProblem]:
    """Walk the ledger in ``seq`` order; yield the first break of the chain (an edited,
    inserted or removed entry), and every entry whose running balance is wrong."""
    prev = GENESIS
    expected_seq = 1
    running: dict[object, int] = {}
    broken = False
    for seq, eid, account, text, points, after, kind, prev_hash, digest in _raw_rows(s):
        assert isinstance(seq, int) and isinstance(points, int) and isinstance(after, int)
        if not broken:
            problem = None
            if seq != expected_seq:
                problem = f"follows #{expected_seq - 1}: an entry is missing or was inserted"
            elif prev_hash != prev:
                problem = "does not follow the previous entry's hash: an entry was changed"
            elif chain_hash(prev, str(text)) != digest:
                problem = "does not match its hash: it was changed outside GriDesk"
            if problem is not None:
                broken = True  # what follows a break cannot be trusted further; one report
                yield ChainProblem(seq, uuid.UUID(str(eid)), problem)
        balance = running.get(account, 0) + points
        running[account] = balance
        if balance != after or balance < 0 or kind not in KINDS:
            yield ChainProblem(
                seq,
                uuid.UUID(str(eid)),
                f"says the balance is {after}, the entries before it make {balance}",
            )
            running[account] = after  # one report per break, not a cascade
        prev = str(digest)
        expected_seq = seq + 1
