"""A redemption held back by a merge, applied or cancelled from the 同步 page's service."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sync_helpers import Side, exchange, held_redemption, problems

from gridesk.core.actor import Actor
from gridesk.core.models import AuditEntry, new_id
from gridesk.core.points import earning
from gridesk.core.points.models import LedgerEntry, PointsAccount
from gridesk.core.store import Store
from gridesk.core.sync import held
from gridesk.core.sync.models import SyncConflict
from gridesk.errors import Conflict

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def hub(store: Store, admin: Actor, tmp_path: Path) -> Side:
    return Side("hub", store, admin, tmp_path)


def balance(side: Side, resident_id: object) -> int:
    with side.store.read() as s:
        return int(
            s.execute(
                select(PointsAccount.balance).where(PointsAccount.resident_id == resident_id)
            ).scalar_one()
        )


def redemptions(side: Side, resident_id: object) -> int:
    with side.store.read() as s:
        account = s.execute(
            select(PointsAccount.id).where(PointsAccount.resident_id == resident_id)
        ).scalar_one()
        return len(
            s.execute(
                select(LedgerEntry.id).where(
                    LedgerEntry.account_id == account, LedgerEntry.kind == "redeem"
                )
            ).all()
        )


def test_a_held_redemption_is_applied_once_when_the_balance_allows_it(
    hub: Side, _migrated_template: str, tmp_path: Path
) -> None:
    wang, rule, zx, hy, conflict = held_redemption(hub, _migrated_template, tmp_path)
    with pytest.raises(held.StillTooLow, match="60 points"):
        held.apply_held(hub.store, hub.admin, conflict)
    assert balance(hub, wang.id) == 0
    earning.award(hub.store, hub.admin, rule.id, [wang.id], new_id())  # 60 more
    held.apply_held(hub.store, hub.admin, conflict)
    assert balance(hub, wang.id) == 0 and redemptions(hub, wang.id) == 2
    with pytest.raises(Conflict, match="decided already"):  # a second click charges nothing
        held.apply_held(hub.store, hub.admin, conflict)
    hub.take(hy.export())  # nor the pack again
    assert balance(hub, wang.id) == 0 and redemptions(hub, wang.id) == 2
    with hub.store.read() as s:
        c = s.get(SyncConflict, conflict)
        assert c is not None and c.resolved_by == hub.admin.username
        actions = set(s.execute(select(AuditEntry.action)).scalars())
    assert "apply_held" in actions
    for station in (zx, hy):  # the other stations get it from the centre, once
        exchange(hub, station)
    # HY had spent the 60 itself before ZX's redemption reached it: held there as well, and
    # applied there the same way once the centre's award has arrived
    open_at = {}
    for station in (zx, hy):
        with station.store.read() as s:
            open_at[station.name] = list(
                s.execute(
                    select(SyncConflict.id).where(SyncConflict.resolved_at.is_(None))
                ).scalars()
            )
    assert (len(open_at["ZX"]), len(open_at["HY"])) == (0, 1)
    held.apply_held(hy.store, hy.admin, open_at["HY"][0])
    for station in (zx, hy):
        exchange(hub, station)
    for side in (hub, zx, hy):
        assert balance(side, wang.id) == 0, side.name
        assert redemptions(side, wang.id) == 2, side.name
        assert problems(side) == [], side.name


def test_a_held_redemption_can_be_cancelled(
    hub: Side, _migrated_template: str, tmp_path: Path
) -> None:
    wang, _, _, _, conflict = held_redemption(hub, _migrated_template, tmp_path)
    held.cancel_held(hub.store, hub.admin, conflict)
    assert balance(hub, wang.id) == 0 and redemptions(hub, wang.id) == 1
    with pytest.raises(Conflict, match="decided already"):
        held.apply_held(hub.store, hub.admin, conflict)
    with hub.store.read() as s:
        assert "cancel_held" in set(s.execute(select(AuditEntry.action)).scalars())
    assert problems(hub) == []
