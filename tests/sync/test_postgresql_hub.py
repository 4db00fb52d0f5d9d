"""The centre's database on PostgreSQL, its stations on SQLite files: enrolment from a
PostgreSQL snapshot, packs both ways and the direct sync (run with GRIDESK_TEST_DB; skipped
without it, like every PostgreSQL test)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pg_databases import ON_POSTGRESQL
from sqlalchemy import select
from sync_helpers import PASSWORD, Side, exchange, id_number, problems, shelve

from gridesk.core.actor import Actor
from gridesk.core.models import Resident, new_id
from gridesk.core.points import earning, shop
from gridesk.core.points.holding import stock_by_station
from gridesk.core.points.models import PointsAccount
from gridesk.core.requests import catalogue
from gridesk.core.requests.cases import IntakeInput, take_request
from gridesk.core.residents.records import (
    ResidentInput,
    create_resident,
    get_resident,
    update_resident,
)
from gridesk.core.setup import installation_admin
from gridesk.core.store import Store, open_store
from gridesk.core.sync import decide, packs
from gridesk.core.sync.enrol import add_station, enrol
from gridesk.core.sync.models import SyncConflict

pytestmark = pytest.mark.skipif(not ON_POSTGRESQL, reason="needs GRIDESK_TEST_DB (PostgreSQL)")


def sqlite_station(hub: Side, base: Path, code: str) -> Side:
    """A station on a SQLite file of its own, enrolled from the PostgreSQL hub's file."""
    folder = base / code
    folder.mkdir()
    file = base / f"{code}.gde"
    add_station(hub.store, hub.admin, code, f"{code}网格驿站", file)
    store = open_store(f"sqlite:///{folder}/gridesk.db", folder)
    enrol(store, file, PASSWORD)
    return Side(code, store, installation_admin(store), folder)


def balance(side: Side, resident_id: object) -> int:
    with side.store.read() as s:
        return int(
            s.execute(
                select(PointsAccount.balance).where(PointsAccount.resident_id == resident_id)
            ).scalar_one()
        )


def test_a_postgresql_centre_enrols_syncs_by_file_and_directly(
    store: Store, admin: Actor, tmp_path: Path
) -> None:
    hub = Side("hub", store, admin, tmp_path)
    wang = create_resident(
        hub.store, hub.admin, ResidentInput("王秀英", phone="13800000001", id_number=id_number(41))
    )
    rule = earning.save_rule(hub.store, hub.admin, "志愿服务", 100)
    earning.award(hub.store, hub.admin, rule.id, [wang.id], new_id())
    soap = shop.create_product(hub.store, hub.admin, shop.ProductInput("SOAP", "肥皂", 30))
    shop.stock_in(hub.store, hub.admin, soap.id, 20, new_id())
    category = catalogue.save_category(hub.store, hub.admin, None, name="路灯损坏")
    zx = sqlite_station(hub, tmp_path, "ZX")
    shelve(zx)
    hy = sqlite_station(hub, tmp_path, "HY")
    shelve(hy)
    assert balance(zx, wang.id) == 100  # the snapshot carried the balance
    assert problems(zx) == []

    shop.redeem(zx.store, zx.admin, wang.id, [("SOAP", 2)], new_id())
    li = create_resident(zx.store, zx.admin, ResidentInput("李建国", id_number=id_number(42)))
    case = take_request(
        zx.store, zx.admin, IntakeInput(category.id, "5号楼门口路灯不亮", phone="13905710007")
    )
    shop.redeem(hy.store, hy.admin, wang.id, [("SOAP", 2)], new_id())  # 60 more: held
    update_resident(  # a field changed on both sides
        hy.store,
        hy.admin,
        wang.id,
        ResidentInput("王秀英", phone="13700000003", id_number=id_number(41)),
    )
    update_resident(
        hub.store,
        hub.admin,
        wang.id,
        ResidentInput("王秀英", phone="13900000002", id_number=id_number(41)),
    )
    pack = zx.export()
    first = hub.take(pack)
    assert first.conflicts == 0 and hub.take(pack).applied == 0  # idempotent
    sent, received = packs.exchange_direct(hy.store, hy.admin, hub.store, hub.admin)
    assert sent.conflicts == 2 and received.applied >= 1  # the phone, and the held redemption
    assert balance(hub, wang.id) == 40
    with hub.store.read() as s:
        kinds = sorted(c.kind for c in s.execute(select(SyncConflict)).scalars())
        assert s.get(Resident, li.id) is not None
    assert kinds == ["balance", "field"]
    for station in (zx, hy, zx):
        exchange(hub, station)
    for side in (zx, hy):
        with side.store.read() as s:
            assert s.get(Resident, li.id) is not None
        assert problems(side) == [], side.name
    from gridesk.core.requests.cases import get_case

    assert get_case(hub.store, hub.admin, case.id).number.startswith("T-ZX-")
    assert problems(hub) == []
    # each shelf its own: the centre's 20 stay, ZX's sale shows on ZX's (HY's is held here)
    assert shop.find_product(hub.store, hub.admin, "SOAP").stock == 20
    shelves = {(x.station, x.stock) for x in stock_by_station(hub.store, hub.admin)}
    assert {("ZX网格驿站", 18), ("HY网格驿站", 20)} <= shelves
    assert shop.find_product(hy.store, hy.admin, "SOAP").stock == 18
    # the phone decided at the centre (HY's value), and every side takes it
    with hub.store.read() as s:
        field = s.execute(select(SyncConflict.id).where(SyncConflict.kind == "field")).scalar_one()
    decide.take_value(hub.store, hub.admin, field, decide.THERE)
    for station in (zx, hy):
        exchange(hub, station)
    for side in (hub, zx, hy):
        assert get_resident(side.store, side.admin, wang.id).phone == "13700000003", side.name
        with side.store.read() as s:
            open_fields = s.execute(
                select(SyncConflict).where(
                    SyncConflict.kind == "field", SyncConflict.resolved_at.is_(None)
                )
            ).all()
        assert open_fields == [], side.name
        assert problems(side) == [], side.name
    for side in (zx, hy):
        side.store.close()
