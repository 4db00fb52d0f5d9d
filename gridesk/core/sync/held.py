"""A redemption a merge held back (it would have taken a balance below zero, docs/SYNC.md):
from the 同步 page a person applies it once the balance allows it, or cancels it. Both are
audited and close the 同步冲突."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridesk.core.actor import Actor, Permission
from gridesk.core.points.models import PointsAccount
from gridesk.core.store import Store
from gridesk.core.sync import decide, merge
from gridesk.core.sync.enrol import identity
from gridesk.core.sync.models import HUB, SyncConflict, SyncPeer
from gridesk.core.sync.outbox import APPLYING
from gridesk.errors import QT_TRANSLATE_NOOP, Conflict, NotFound

BALANCE = "balance"


class StillTooLow(Conflict):
    """The held redemption still needs more points than the balance holds."""


def _held(s: Session, conflict_id: uuid.UUID) -> SyncConflict:
    conflict = decide.open_conflict(s, conflict_id)
    if conflict.kind != BALANCE or not conflict.payload:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This is not a held redemption."))
    return conflict


def apply_held(store: Store, actor: Actor, conflict_id: uuid.UUID) -> None:
    """Enter the held operation whole (its redemption, lines and stock) now that the balance
    allows it. Its operation id makes it count once; at the centre it then goes on to the
    other stations like any station's operation."""
    actor.require(Permission.SETTINGS_MANAGE)
    from gridesk.core.sync.packs import relay  # packs applies through merge, as this does

    with store.write(actor) as s:
        conflict = _held(s, conflict_id)
        op = json.loads(conflict.payload)
        me = identity(s)
        assert me is not None  # a conflict is only ever found by a sync
        at_hub = me.role == HUB
        sender_id = conflict.station_id if at_hub else me.hub_id
        sender = s.execute(select(SyncPeer).where(SyncPeer.station_id == sender_id)).scalar_one()
        m = merge.Merge(sender, merge.load_idmap(s))
        s.info[APPLYING] = (sender.station_id, None, at_hub)
        entered = merge.apply_op(s, m, op)
        m.applied_rows.clear()  # noted as applied when it was held
        if not entered:
            raise StillTooLow(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The balance is still too low for this redemption of {points} points. "
                    "Apply it when the resident has them, or cancel it.",
                ),
                points=abs(int(conflict.remote_value or 0)),
            )
        merge.settle(s, m)
        if at_hub:
            relay(s, me, [op])
        decide.close(store, s, conflict, actor, "apply_held", str(conflict.op_id))


def reapply_held(store: Store, s: Session, actor: Actor, hub: SyncPeer) -> int:
    """At a station, at the end of a pack from the centre: every redemption it holds whose
    balance now allows it is entered (the centre applied it, so the points were there: the
    station only heard of them late). Its operation id makes it count once; each one closes
    its 同步冲突 with an audit row (``reapply_held``). The others stay held and listed.
    Returns how many were entered."""
    held = (
        s.execute(
            select(SyncConflict)
            .where(
                SyncConflict.kind == BALANCE,
                SyncConflict.resolved_at.is_(None),
                SyncConflict.payload != "",
            )
            .order_by(SyncConflict.remote_at, SyncConflict.id)
        )
        .scalars()
        .all()
    )
    entered = 0
    for conflict in held:
        balance = s.execute(
            select(PointsAccount.balance).where(PointsAccount.id == uuid.UUID(conflict.entity_id))
        ).scalar_one_or_none()
        if balance is None or balance < abs(int(conflict.remote_value or 0)):
            continue
        m = merge.Merge(hub, merge.load_idmap(s))
        if not merge.apply_op(s, m, json.loads(conflict.payload)):
            continue
        m.applied_rows.clear()  # noted as applied when it was held
        merge.settle(s, m)
        decide.close(store, s, conflict, actor, "reapply_held", str(conflict.op_id))
        entered += 1
    return entered


def cancel_held(store: Store, actor: Actor, conflict_id: uuid.UUID) -> None:
    """Do not enter it here. The station that made it still has it: refund it there (积分超市)
    so both balances agree (docs/SYNC.md)."""
    actor.require(Permission.SETTINGS_MANAGE)
    with store.write(actor) as s:
        conflict = _held(s, conflict_id)
        decide.close(store, s, conflict, actor, "cancel_held", str(conflict.op_id))
