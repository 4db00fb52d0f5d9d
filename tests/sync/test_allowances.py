"""A resident's own offline allowance, set at the centre, reaching the stations."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sync_helpers import Side, exchange, id_number, new_station, shelve

from gridesk import clock
from gridesk.cli import main
from gridesk.core.actor import Actor
from gridesk.core.models import new_id
from gridesk.core.points import earning, shop
from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.core.store import Store
from gridesk.core.sync.allowances import set_allowance
from gridesk.core.sync.outbox import OfflineAllowance
from gridesk.errors import Conflict, NotFound

pytestmark = pytest.mark.sqlite_only


def test_a_residents_own_allowance_caps_offline_redemptions_instead_of_the_setting(
    store: Store,
    admin: Actor,
    _migrated_template: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    hub = Side("hub", store, admin, tmp_path)
    wang = create_resident(hub.store, hub.admin, ResidentInput("王秀英", id_number=id_number(51)))
    li = create_resident(hub.store, hub.admin, ResidentInput("李建国", id_number=id_number(52)))
    rule = earning.save_rule(hub.store, hub.admin, "测试 100", 100)
    for _ in range(3):  # 300 each (one award that large would wait for a second person)
        earning.award(hub.store, hub.admin, rule.id, [wang.id, li.id], new_id())
    soap = shop.create_product(hub.store, hub.admin, shop.ProductInput("SOAP", "肥皂", 30))
    shop.stock_in(hub.store, hub.admin, soap.id, 50, new_id())
    zx = new_station(hub, _migrated_template, tmp_path, "ZX")
    shelve(zx)
    with pytest.raises(Conflict, match="set at the centre"):
        set_allowance(zx.store, zx.admin, id_number(51), 200)
    with pytest.raises(NotFound, match="No resident"):
        set_allowance(hub.store, hub.admin, id_number(53), 200)
    hub.store.close()
    data = ["--data-dir", str(hub.folder)]
    assert main([*data, "sync", "allowance", "--resident", id_number(51), "--points", "200"]) == 0
    assert "王秀英: at most 200 points redeemed offline" in capsys.readouterr().out
    assert main([*data, "sync", "allowance", "--resident", id_number(51), "--points", "x"]) == 1
    exchange(hub, zx)  # the centre's allowance reaches the station
    clock.set_now(clock.utcnow() + timedelta(minutes=5))
    shop.redeem(zx.store, zx.admin, wang.id, [("SOAP", 6)], new_id())  # 180 of her 200
    with pytest.raises(OfflineAllowance, match="at most 200 points"):
        shop.redeem(zx.store, zx.admin, wang.id, [("SOAP", 1)], new_id())
    with pytest.raises(OfflineAllowance, match="at most 100 points"):  # the setting, for him
        shop.redeem(zx.store, zx.admin, li.id, [("SOAP", 4)], new_id())
    set_allowance(hub.store, hub.admin, id_number(51), None)  # back to the setting
    exchange(hub, zx)
    clock.set_now(clock.utcnow() + timedelta(minutes=5))
    shop.redeem(zx.store, zx.admin, wang.id, [("SOAP", 3)], new_id())  # heard: starts again
    with pytest.raises(OfflineAllowance, match="at most 100 points"):
        shop.redeem(zx.store, zx.admin, wang.id, [("SOAP", 1)], new_id())
