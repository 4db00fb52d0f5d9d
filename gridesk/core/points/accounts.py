"""Points accounts: one per resident, or one per household when the admin pools them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from gridesk.clock import utcnow
from gridesk.core.actor import Actor, Permission
from gridesk.core.models import Resident, Setting
from gridesk.core.points import errors as E
from gridesk.core.points.ledger import ACCOUNTS, AccountRef
from gridesk.core.points.models import LedgerEntry
from gridesk.core.points.rows import audit, stamped
from gridesk.core.residents.records import format_address
from gridesk.core.store import Store, set_setting
from gridesk.errors import NotFound, ValidationError

POOL_SETTING = "points.pool_households"
THRESHOLD_SETTING = "points.approval_threshold"
DEFAULT_THRESHOLD = 100


def _pooled(s: Session) -> bool:
    pooled: bool | None = s.info.get(POOL_SETTING)
    if pooled is None:  # once per unit of work: an award to 200 residents asks 200 times
        row = s.get(Setting, POOL_SETTING)
        pooled = s.info[POOL_SETTING] = row is not None and row.value == "true"
    return pooled


def resident_row(s: Session, resident_id: uuid.UUID) -> Resident:
    resident = s.get(Resident, resident_id)
    if resident is None:
        raise NotFound(E.UNKNOWN_RESIDENT)
    if resident.archived:
        raise ValidationError(E.ARCHIVED_RESIDENT, name=resident.name)
    return resident


def account_for(
    s: Session, actor: Actor | None, resident: Resident, create: bool = True
) -> AccountRef | None:
    """The account a resident earns into and spends from, as this unit of work sees it."""
    if _pooled(s) and resident.household_id is not None:
        where = ACCOUNTS.c.household_id == resident.household_id
        fields: dict[str, uuid.UUID] = {"household_id": resident.household_id}
    else:
        where = ACCOUNTS.c.resident_id == resident.id
        fields = {"resident_id": resident.id}
    row = s.execute(select(ACCOUNTS.c.id, ACCOUNTS.c.balance).where(where)).first()
    if row is not None:
        return AccountRef(row.id, row.balance, "household_id" in fields)
    if not create:
        return None
    assert actor is not None
    now = utcnow()
    values = stamped(actor, now, balance=0, **fields)
    s.execute(insert(ACCOUNTS), values)
    audit(s, actor, now, [("create", "points_accounts", values["id"], "")])
    return AccountRef(values["id"], 0, "household_id" in fields)


@dataclass(frozen=True)
class AccountView:
    resident_id: uuid.UUID
    name: str
    phone_tail: str
    address: str
    balance: int
    pooled: bool
    """The balance is the household's (pooled by the admin)."""


# One statement on the plain reader connection (the counter's hot read, as search is): the
# resident, the pooling setting and both possible accounts' balances.
LOOKUP_SQL = (
    "SELECT r.name, r.phone, r.estate, r.building, r.unit, r.room, r.archived, "
    "r.household_id, (SELECT value FROM settings WHERE key = 'points.pool_households'), "
    "(SELECT balance FROM points_accounts WHERE resident_id = r.id), "
    "(SELECT balance FROM points_accounts WHERE household_id = r.household_id) "
    "FROM residents r WHERE r.id = ?"
)


def account_view(store: Store, actor: Actor, resident_id: uuid.UUID) -> AccountView:
    """What the counter shows after a card is scanned: who, and the balance (the cached
    balance, one indexed read however long the ledger is)."""
    if not (actor.can(Permission.POINTS_REDEEM) or actor.can(Permission.POINTS_AWARD)):
        actor.require(Permission.POINTS_REDEEM)
    reader = store.reader()
    if reader is not None:
        row = reader.execute(LOOKUP_SQL, (resident_id.hex,)).fetchone()
        if row is None:
            raise NotFound(E.UNKNOWN_RESIDENT)
        name, phone, estate, building, unit, room, archived, household, pool, own, shared = row
        if archived:
            raise ValidationError(E.ARCHIVED_RESIDENT, name=name)
        pooled = pool == "true" and household is not None
        return AccountView(
            resident_id=resident_id,
            name=name,
            phone_tail=phone[-4:] if phone else "",
            address=format_address(estate, building, unit, room),
            balance=(shared if pooled else own) or 0,
            pooled=pooled and shared is not None,
        )
    with store.read() as s:
        resident = resident_row(s, resident_id)
        account = account_for(s, None, resident, create=False)
        return AccountView(
            resident_id=resident.id,
            name=resident.name,
            phone_tail=resident.phone[-4:] if resident.phone else "",
            address=format_address(
                resident.estate, resident.building, resident.unit, resident.room
            ),
            balance=account.balance if account else 0,
            pooled=account is not None and account.household,
        )


def pooling(store: Store) -> bool:
    return bool(store.setting(POOL_SETTING, False))


def set_pooling(store: Store, actor: Actor, pooled: bool) -> None:
    """Pool a household's points in one account. Only before the first entry: moving
    balances between accounts afterwards would rewrite history."""
    actor.require(Permission.POINTS_MANAGE)
    with store.write(actor) as s:
        if _pooled(s) == pooled:
            return
        if s.execute(select(func.count()).select_from(LedgerEntry)).scalar_one():
            raise ValidationError(E.POOLING_LOCKED)
        set_setting(s, POOL_SETTING, pooled)


def approval_threshold(store: Store) -> int:
    """Awards of more points than this per resident wait for a second person's approval
    (0: every award does)."""
    return int(store.setting(THRESHOLD_SETTING, DEFAULT_THRESHOLD))


def set_approval_threshold(store: Store, actor: Actor, points: int) -> None:
    actor.require(Permission.POINTS_MANAGE)
    if not 0 <= points <= 1_000_000:
        raise ValidationError(E.BAD_POINTS, field="threshold", limit=1_000_000)
    with store.write(actor) as s:
        set_setting(s, THRESHOLD_SETTING, points)
