"""Packs both ways, and the known failures of other systems (docs/SYNC.md)."""

from __future__ import annotations

import gzip
import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sync_helpers import Side, exchange, id_number, new_station, problems, shelve

from gridesk import clock
from gridesk.core.actor import Actor
from gridesk.core.models import Resident, new_id
from gridesk.core.points import earning, shop
from gridesk.core.points.errors import OutOfStock
from gridesk.core.points.holding import stock_by_station
from gridesk.core.points.models import LedgerEntry, PointsAccount
from gridesk.core.residents.records import ResidentInput, create_resident, update_resident
from gridesk.core.store import Store
from gridesk.core.sync import packs
from gridesk.core.sync.models import SyncConflict
from gridesk.core.sync.outbox import OfflineAllowance
from gridesk.core.volunteers import activities
from gridesk.core.volunteers.models import SignUp

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


def entries(side: Side) -> int:
    with side.store.read() as s:
        return int(s.execute(select(func.count()).select_from(LedgerEntry)).scalar_one())


def shop_with(side: Side, resident: object, points: int) -> shop.ProductView:
    rule = earning.save_rule(side.store, side.admin, f"测试 {points}", points)
    earning.award(side.store, side.admin, rule.id, [resident], new_id())
    soap = shop.create_product(side.store, side.admin, shop.ProductInput("SOAP", "肥皂", 30))
    shop.stock_in(side.store, side.admin, soap.id, 20, new_id())
    return soap


def test_a_station_redemption_reaches_the_hub_once_and_the_hub_answers(
    hub: Side, _migrated_template: str, tmp_path: Path
) -> None:
    wang = create_resident(hub.store, hub.admin, ResidentInput("王秀英", id_number=id_number(1)))
    shop_with(hub, wang.id, 100)
    zx = new_station(hub, _migrated_template, tmp_path, "ZX")
    shelve(zx)
    assert balance(zx, wang.id) == 100
    li = create_resident(zx.store, zx.admin, ResidentInput("李建国", id_number=id_number(2)))
    shop.redeem(zx.store, zx.admin, wang.id, [("SOAP", 2)], new_id())
    pack = zx.export()
    first = hub.take(pack)
    assert first.applied == 4 and first.conflicts == 0  # with the station's goods coming in
    assert balance(hub, wang.id) == 40  # the balance deducted after the offline sync
    # the station sold from its own shelf: the centre's stays as it was
    assert shop.find_product(hub.store, hub.admin, "SOAP").stock == 20
    assert shop.find_product(zx.store, zx.admin, "SOAP").stock == 18
    with hub.store.read() as s:
        assert s.get(Resident, li.id) is not None
    # retried: the same pack again changes nothing (points never doubled)
    again = hub.take(pack)
    assert again.applied == 0 and balance(hub, wang.id) == 40
    before = entries(hub)
    hub.take(pack)
    assert entries(hub) == before
    assert problems(hub) == [] and problems(zx) == []

    back = hub.export(zx)
    assert zx.take(back).applied == 0  # the hub sends a station's own operations back never
    assert zx.take(back).applied == 0
    assert json.loads(json.loads(gzip.decompress(zx.export()))["body"])["ops"] == []  # acknowledged
    assert balance(zx, wang.id) == 40


def test_an_older_pack_after_a_newer_one_and_a_lost_pack(
    hub: Side, _migrated_template: str, tmp_path: Path
) -> None:
    zx = new_station(hub, _migrated_template, tmp_path, "ZX")
    create_resident(zx.store, zx.admin, ResidentInput("甲", id_number=id_number(3)))
    older = zx.export()
    create_resident(zx.store, zx.admin, ResidentInput("乙", id_number=id_number(4)))
    newer = zx.export()  # holds both (nothing was acknowledged)
    assert hub.take(newer).applied == 3
    assert hub.take(older).applied == 0
    with hub.store.read() as s:
        names = set(s.execute(select(Resident.name)).scalars())
    assert {"甲", "乙"} <= names
    assert problems(hub) == []


def test_a_pack_from_an_unknown_station_or_changed_on_the_way_is_refused(
    hub: Side, _migrated_template: str, tmp_path: Path
) -> None:
    zx = new_station(hub, _migrated_template, tmp_path, "ZX")
    create_resident(zx.store, zx.admin, ResidentInput("甲", id_number=id_number(5)))
    pack = json.loads(gzip.decompress(zx.export()))
    forged = dict(pack, body=pack["body"].replace("甲", "丙"))
    with pytest.raises(packs.PackRefused, match="signature does not match"):
        hub.take(gzip.compress(json.dumps(forged).encode()))
    stranger = dict(pack, **{"from": str(new_id())})
    with pytest.raises(packs.PackRefused, match="not enrolled here"):
        hub.take(gzip.compress(json.dumps(stranger).encode()))
    with pytest.raises(packs.PackRefused, match="not a GriDesk sync pack"):
        hub.take(b"nonsense")
    with hub.store.write(hub.admin) as s:
        from gridesk.core.sync.models import SyncPeer

        s.execute(select(SyncPeer)).scalar_one().revoked = True
    with pytest.raises(packs.PackRefused, match="withdrawn"):
        hub.take(gzip.compress(json.dumps(pack).encode()))


def test_one_balance_spent_at_two_offline_stations_is_flagged_not_applied(
    hub: Side, _migrated_template: str, tmp_path: Path
) -> None:
    wang = create_resident(hub.store, hub.admin, ResidentInput("王秀英", id_number=id_number(6)))
    shop_with(hub, wang.id, 60)
    zx = new_station(hub, _migrated_template, tmp_path, "ZX")
    shelve(zx)
    hy = new_station(hub, _migrated_template, tmp_path, "HY")
    shelve(hy)
    shop.redeem(zx.store, zx.admin, wang.id, [("SOAP", 2)], new_id())  # 60 at each station
    shop.redeem(hy.store, hy.admin, wang.id, [("SOAP", 2)], new_id())
    hub.take(zx.export())
    result = hub.take(hy.export())
    assert result.conflicts == 1 and balance(hub, wang.id) == 0
    hub.take(hy.export())  # listed once however often it comes
    with hub.store.read() as s:
        flagged = s.execute(select(SyncConflict)).scalars().all()
    assert [(c.kind, c.local_value, c.remote_value) for c in flagged] == [("balance", "0", "-60")]
    assert problems(hub) == []
    for station in (zx, hy):
        exchange(hub, station)
        assert problems(station) == []


def test_capacity_overbooked_by_two_offline_stations_goes_by_time(
    hub: Side, _migrated_template: str, tmp_path: Path
) -> None:
    now = clock.utcnow()
    act = activities.save_activity(
        hub.store,
        hub.admin,
        None,
        activities.ActivityInput(
            "义剪", now + timedelta(days=2), now + timedelta(days=2, hours=2), 1
        ),
    )
    a = create_resident(hub.store, hub.admin, ResidentInput("甲", id_number=id_number(7)))
    b = create_resident(hub.store, hub.admin, ResidentInput("乙", id_number=id_number(8)))
    zx = new_station(hub, _migrated_template, tmp_path, "ZX")
    hy = new_station(hub, _migrated_template, tmp_path, "HY")
    activities.sign_up(zx.store, zx.admin, act.id, a.id)  # the last place, at each station
    clock.set_now(now + timedelta(minutes=5))
    activities.sign_up(hy.store, hy.admin, act.id, b.id)
    hub.take(hy.export())
    hub.take(zx.export())
    exchange(hub, zx)
    exchange(hub, hy)
    for side in (hub, zx, hy):
        with side.store.read() as s:
            got = dict(
                s.execute(
                    select(SignUp.resident_id, SignUp.status).where(SignUp.activity_id == act.id)
                ).all()
            )
            flagged = s.execute(select(SyncConflict.kind, SyncConflict.entity)).all()
        assert got == {a.id: "signed", b.id: "waitlisted"}, side.name
        assert flagged == [("capacity", "volunteer_signups")], side.name
        assert problems(side) == [], side.name


def test_a_field_changed_on_both_sides_goes_to_a_person(
    hub: Side, _migrated_template: str, tmp_path: Path
) -> None:
    wang = create_resident(
        hub.store, hub.admin, ResidentInput("王秀英", phone="13800000001", id_number=id_number(9))
    )
    zx = new_station(hub, _migrated_template, tmp_path, "ZX")
    update_resident(
        hub.store,
        hub.admin,
        wang.id,
        ResidentInput("王秀英", phone="13900000002", id_number=id_number(9)),
    )
    update_resident(
        zx.store,
        zx.admin,
        wang.id,
        ResidentInput("王秀英", phone="13700000003", notes="腿脚不便", id_number=id_number(9)),
    )
    result = hub.take(zx.export())
    assert result.conflicts == 1
    with hub.store.read() as s:
        r = s.get(Resident, wang.id)
        assert r is not None and r.phone == "13900000002" and r.notes == "腿脚不便"
        c = s.execute(select(SyncConflict)).scalar_one()
    assert (c.field, c.local_value, c.remote_value) == ("phone", "13900000002", "13700000003")
    assert c.remote_by.startswith("admin-zx")
    hub.take(zx.export())
    with hub.store.read() as s:
        assert s.execute(select(func.count()).select_from(SyncConflict)).scalar_one() == 1


def test_the_same_person_registered_at_two_stations_is_one_resident(
    hub: Side, _migrated_template: str, tmp_path: Path
) -> None:
    zx = new_station(hub, _migrated_template, tmp_path, "ZX")
    hy = new_station(hub, _migrated_template, tmp_path, "HY")
    create_resident(zx.store, zx.admin, ResidentInput("赵敏", id_number=id_number(10)))
    create_resident(hy.store, hy.admin, ResidentInput("赵敏", id_number=id_number(10)))
    for station in (zx, hy, zx, hy):
        exchange(hub, station)
    for side in (hub, zx, hy):
        with side.store.read() as s:
            assert (
                s.execute(
                    select(func.count())
                    .select_from(Resident)
                    .where(Resident.id_number == id_number(10))
                ).scalar_one()
                == 1
            )
        assert problems(side) == []


def test_offline_redemptions_are_capped_until_the_station_syncs(
    hub: Side, _migrated_template: str, tmp_path: Path
) -> None:
    wang = create_resident(hub.store, hub.admin, ResidentInput("王秀英", id_number=id_number(11)))
    shop_with(hub, wang.id, 100)
    more = earning.save_rule(hub.store, hub.admin, "测试 加分", 100)
    for _ in range(2):
        earning.award(hub.store, hub.admin, more.id, [wang.id], new_id())
    zx = new_station(hub, _migrated_template, tmp_path, "ZX")
    shelve(zx)
    shop.redeem(zx.store, zx.admin, wang.id, [("SOAP", 3)], new_id())  # 90 of the 100 allowed
    with pytest.raises(OfflineAllowance, match="at most 100 points"):
        shop.redeem(zx.store, zx.admin, wang.id, [("SOAP", 1)], new_id())
    assert balance(zx, wang.id) == 210
    exchange(hub, zx)  # heard from the centre: the allowance starts again
    shop.redeem(zx.store, zx.admin, wang.id, [("SOAP", 1)], new_id())
    assert balance(zx, wang.id) == 180
    assert problems(zx) == []


def test_gridesk_sync_exchanges_directly_with_the_hubs_database(
    hub: Side,
    _migrated_template: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from gridesk.cli import main

    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")

    zx = new_station(hub, _migrated_template, tmp_path, "ZX")
    li = create_resident(zx.store, zx.admin, ResidentInput("李建国", id_number=id_number(12)))
    wang = create_resident(hub.store, hub.admin, ResidentInput("王秀英", id_number=id_number(13)))
    zx.store.close()
    data = ["--data-dir", str(zx.folder)]
    assert main([*data, "sync", "--hub-url", hub.store.url]) == 0
    assert (
        "synced with 测试社区党群服务中心: 2 operations sent, 1 received" in capsys.readouterr().out
    )
    assert main([*data, "sync"]) == 0  # the hub remembered; nothing new either way
    assert "0 operations sent, 0 received" in capsys.readouterr().out
    with hub.store.read() as s:
        assert s.get(Resident, li.id) is not None
    with zx.store.read() as s:
        assert s.get(Resident, wang.id) is not None
    assert main([*data, "sync", "status"]) == 0
    out = capsys.readouterr().out
    assert "CS 测试社区党群服务中心: 0 operations wait to go" in out and "(同步冲突): 0" in out
    assert main(["--data-dir", str(hub.folder), "sync", "export", str(tmp_path / "p.gdp")]) == 1
    assert "name the station" in capsys.readouterr().err


def test_a_case_taken_at_a_station_is_found_at_the_hub_and_its_events_merge(
    hub: Side, _migrated_template: str, tmp_path: Path
) -> None:
    from gridesk.core.requests import catalogue
    from gridesk.core.requests.cases import IntakeInput, get_case, take_request
    from gridesk.core.requests.models import RequestEvent, RequestKey

    category = catalogue.save_category(hub.store, hub.admin, None, name="路灯损坏")
    zx = new_station(hub, _migrated_template, tmp_path, "ZX")
    case = take_request(
        zx.store, zx.admin, IntakeInput(category.id, "5号楼门口路灯不亮", phone="13905710007")
    )
    assert case.number.startswith("T-ZX-")  # the station's own numbers
    exchange(hub, zx)
    at_hub = get_case(hub.store, hub.admin, case.id)
    assert at_hub.number == case.number
    with hub.store.read() as s:
        keys = set(
            s.execute(select(RequestKey.key).where(RequestKey.request_id == case.id)).scalars()
        )
        events = s.execute(
            select(RequestEvent.action)
            .where(RequestEvent.request_id == case.id)
            .order_by(RequestEvent.seq)
        ).all()
    assert {"路灯", "#0007"} <= keys and len(events) == 1
    assert problems(hub) == []


def test_two_offline_stations_each_sell_their_own_last_piece(
    hub: Side, _migrated_template: str, tmp_path: Path
) -> None:
    wang = create_resident(hub.store, hub.admin, ResidentInput("王秀英", id_number=id_number(31)))
    li = create_resident(hub.store, hub.admin, ResidentInput("李建国", id_number=id_number(32)))
    rule = earning.save_rule(hub.store, hub.admin, "测试 90", 90)
    earning.award(hub.store, hub.admin, rule.id, [wang.id, li.id], new_id())
    soap = shop.create_product(hub.store, hub.admin, shop.ProductInput("SOAP", "肥皂", 30))
    shop.stock_in(hub.store, hub.admin, soap.id, 1, new_id())  # the centre's shelf
    zx = new_station(hub, _migrated_template, tmp_path, "ZX")
    hy = new_station(hub, _migrated_template, tmp_path, "HY")
    with pytest.raises(OutOfStock):  # the centre's piece is not on the station's shelf
        shop.redeem(zx.store, zx.admin, wang.id, [("SOAP", 1)], new_id())
    shelve(zx, quantity=1)
    shelve(hy, quantity=1)
    shop.redeem(zx.store, zx.admin, wang.id, [("SOAP", 1)], new_id())  # each its last piece
    shop.redeem(hy.store, hy.admin, li.id, [("SOAP", 1)], new_id())
    with pytest.raises(OutOfStock):
        shop.redeem(zx.store, zx.admin, li.id, [("SOAP", 1)], new_id())
    for _ in range(2):
        for station in (zx, hy):
            assert hub.take(station.export()).conflicts == 0
            assert station.take(hub.export(station)).conflicts == 0
    stock = {
        side.name: shop.find_product(side.store, side.admin, "SOAP").stock for side in (hub, zx, hy)
    }
    assert stock == {"hub": 1, "ZX": 0, "HY": 0}
    shelves = {(x.station, x.stock) for x in stock_by_station(hub.store, hub.admin)}
    assert {("ZX网格驿站", 0), ("HY网格驿站", 0)} <= shelves
    for side in (hub, zx, hy):
        assert problems(side) == [], side.name
        assert balance(side, wang.id) == balance(side, li.id) == 60, side.name
