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
    zx.take(hub.export(zx))  # the other stations get it from the centre, once
    # HY had spent the 60 itself before ZX's redemption reached it: held there as well (it
    # came before the centre's award in the centre's pack), and entered by itself at the end
    # of that pack, once the award had brought the points
    pack = hub.export(hy)
    result = hy.take(pack)
    assert result.conflicts == 1 and result.applied >= 1
    with hy.store.read() as s:
        listed = s.execute(select(SyncConflict)).scalars().all()
        assert [(c.kind, c.resolved_by) for c in listed] == [("balance", hy.admin.username)]
        assert "reapply_held" in set(s.execute(select(AuditEntry.action)).scalars())
    hy.take(pack)  # the same pack again: charged once, by its operation id
    assert balance(hy, wang.id) == 0 and redemptions(hy, wang.id) == 2
    for station in (zx, hy):
        exchange(hub, station)
    for side in (hub, zx, hy):
        assert balance(side, wang.id) == 0, side.name
        assert redemptions(side, wang.id) == 2, side.name
        assert problems(side) == [], side.name


def test_a_station_keeps_holding_what_the_points_do_not_cover_yet(
    hub: Side, _migrated_template: str, tmp_path: Path
) -> None:
    wang, rule, _, hy, _ = held_redemption(hub, _migrated_template, tmp_path)
    hy.take(hub.export(hy))  # ZX's redemption reaches HY, which spent the 60 itself: held
    with hy.store.read() as s:
        waiting = s.execute(select(SyncConflict).where(SyncConflict.resolved_at.is_(None)))
        assert [c.kind for c in waiting.scalars()] == ["balance"]
    half = earning.save_rule(hub.store, hub.admin, "测试 30", 30)
    earning.award(hub.store, hub.admin, half.id, [wang.id], new_id())
    hy.take(hub.export(hy))
    assert balance(hy, wang.id) == 30  # 30 of the 60 it needs: still held and listed
    with hy.store.read() as s:
        assert s.execute(select(SyncConflict.resolved_at)).scalar_one() is None
    earning.award(hub.store, hub.admin, rule.id, [wang.id], new_id())
    hy.take(hub.export(hy))
    assert balance(hy, wang.id) == 30  # 60 more came: ZX's redemption entered, once
    assert redemptions(hy, wang.id) == 2
    with hy.store.read() as s:
        assert s.execute(select(SyncConflict.resolved_at)).scalar_one() is not None
    assert problems(hy) == []


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
