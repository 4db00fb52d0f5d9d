"""Ownership (docs/SYNC.md): a case belongs to the station that accepted it, an item and a
room to the station that made them; only the owner changes them, at the desk and in the merge."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sync_helpers import Side, exchange, id_number, new_station, problems

from gridesk.core.actor import Actor
from gridesk.core.requests import catalogue
from gridesk.core.requests.cases import IntakeInput, StepRequest, get_case, move_case, take_request
from gridesk.core.requests.machine import Action
from gridesk.core.requests.models import RequestEvent
from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.core.store import Store
from gridesk.core.sync import owners
from gridesk.core.sync.models import SyncConflict
from gridesk.core.sync.overview import overview
from gridesk.core.treasure import lending
from gridesk.core.treasure.models import Loan

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def hub(store: Store, admin: Actor, tmp_path: Path) -> Side:
    return Side("hub", store, admin, tmp_path)


def events_of(side: Side, case_id: object) -> list[str]:
    with side.store.read() as s:
        return list(
            s.execute(
                select(RequestEvent.action)
                .where(RequestEvent.request_id == case_id)
                .order_by(RequestEvent.seq)
            ).scalars()
        )


def owner_conflicts(side: Side) -> list[SyncConflict]:
    with side.store.read() as s:
        return list(s.execute(select(SyncConflict).where(SyncConflict.kind == "owner")).scalars())


def test_only_the_station_that_accepted_a_case_changes_it(
    hub: Side, _migrated_template: str, tmp_path: Path
) -> None:
    category = catalogue.save_category(hub.store, hub.admin, None, name="路灯损坏")
    zx = new_station(hub, _migrated_template, tmp_path, "ZX")
    hy = new_station(hub, _migrated_template, tmp_path, "HY")
    case = take_request(
        zx.store, zx.admin, IntakeInput(category.id, "5号楼门口路灯不亮", phone="13905710007")
    )
    exchange(hub, zx)
    exchange(hub, hy)
    for other in (hub, hy):  # the centre and another station read it, and cannot change it
        with pytest.raises(owners.NotTheOwner, match="ZX网格驿站"):
            move_case(other.store, other.admin, case.id, StepRequest(Action.START))
        with pytest.raises(owners.NotTheOwner):
            move_case(other.store, other.admin, case.id, StepRequest(Action.NOTE, note="催办"))
        assert events_of(other, case.id) == ["accept"]
        assert get_case(other.store, other.admin, case.id).status == "accepted"
    move_case(zx.store, zx.admin, case.id, StepRequest(Action.START))  # the owner moves it on
    exchange(hub, zx)
    exchange(hub, hy)
    for side in (hub, zx, hy):
        assert events_of(side, case.id) == ["accept", "start"], side.name
        assert problems(side) == [], side.name
    # the centre's own cases stay the centre's to change
    own = take_request(
        hub.store, hub.admin, IntakeInput(category.id, "小区东门积水", phone="13905710008")
    )
    move_case(hub.store, hub.admin, own.id, StepRequest(Action.NOTE, note="已联系物业"))


def test_an_item_is_lent_only_at_its_station(
    hub: Side, _migrated_template: str, tmp_path: Path
) -> None:
    wang = create_resident(hub.store, hub.admin, ResidentInput("王秀英", id_number=id_number(31)))
    drill = lending.save_item(hub.store, hub.admin, None, lending.ItemInput("电钻"))
    zx = new_station(hub, _migrated_template, tmp_path, "ZX")
    with pytest.raises(owners.NotTheOwner, match="lent, returned and changed only there"):
        lending.lend(zx.store, zx.admin, drill.id, wang.id)
    ladder = lending.save_item(zx.store, zx.admin, None, lending.ItemInput("人字梯"))
    loan = lending.lend(zx.store, zx.admin, ladder.id, wang.id)
    exchange(hub, zx)
    with pytest.raises(owners.NotTheOwner):  # returned where it was lent, not at the centre
        lending.take_back(hub.store, hub.admin, ladder.id)
    lending.take_back(zx.store, zx.admin, ladder.id)
    lending.lend(zx.store, zx.admin, ladder.id, wang.id)  # its second loan: a row of its own
    exchange(hub, zx)
    with hub.store.read() as s:
        loans = s.execute(select(Loan).where(Loan.item_id == ladder.id)).scalars().all()
    assert len(loans) == 2 and {x.id for x in loans} >= {loan.id}
    assert sum(x.returned_at is None for x in loans) == 1
    for side in (hub, zx):
        assert problems(side) == [], side.name


def test_a_pack_changing_another_stations_case_is_refused_and_listed_once(
    hub: Side, _migrated_template: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As a pack made before this rule (or by an older GriDesk) would carry it."""
    category = catalogue.save_category(hub.store, hub.admin, None, name="路灯损坏")
    zx = new_station(hub, _migrated_template, tmp_path, "ZX")
    hy = new_station(hub, _migrated_template, tmp_path, "HY")
    case = take_request(
        zx.store, zx.admin, IntakeInput(category.id, "5号楼门口路灯不亮", phone="13905710007")
    )
    exchange(hub, zx)
    exchange(hub, hy)
    with monkeypatch.context() as older:  # HY's desk without the rule
        older.setattr(owners, "changes_of_others", lambda *_: None)
        move_case(hy.store, hy.admin, case.id, StepRequest(Action.START))
    pack = hy.export()
    result = hub.take(pack)
    assert result.conflicts >= 2  # the case's fields, and its step
    hub.take(pack)  # again: nothing more, listed once
    listed = owner_conflicts(hub)
    assert len(listed) == result.conflicts
    assert {c.entity for c in listed} == {"requests", "request_events"}
    # the refused step is listed with the case's number, as the desk finds the case
    steps = [c for c in overview(hub.store, hub.admin).conflicts if c.entity == "request_events"]
    assert [(c.resident, c.remote_value) for c in steps] == [(case.number, "start")]
    assert ("status", "accepted", "in_progress") in {
        (c.field, c.local_value, c.remote_value) for c in listed
    }
    assert events_of(hub, case.id) == ["accept"]
    assert get_case(hub.store, hub.admin, case.id).status == "accepted"
    assert problems(hub) == []
    zx.take(hub.export(zx))  # relayed to the owner: refused there too, its case intact
    assert events_of(zx, case.id) == ["accept"] and len(owner_conflicts(zx)) >= 1
    move_case(zx.store, zx.admin, case.id, StepRequest(Action.NOTE, note="已派人查看"))
    exchange(hub, zx)
    assert events_of(hub, case.id) == ["accept", "note"]
    assert problems(hub) == [] and problems(zx) == []
    with hub.store.read() as s:
        assert s.execute(select(func.count()).select_from(SyncConflict)).scalar_one() == len(listed)
