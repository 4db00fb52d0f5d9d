"""Deciding a 同步冲突: a resident's field changed on both sides takes the value a person
chooses, which every side then holds; the other kinds leave the list once done."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sync_helpers import Side, exchange, id_number, new_station, problems

from gridesk.core.actor import Actor
from gridesk.core.models import AuditEntry, Resident
from gridesk.core.residents.records import ResidentInput, create_resident, update_resident
from gridesk.core.store import Store
from gridesk.core.sync import decide
from gridesk.core.sync.models import SyncConflict
from gridesk.errors import Conflict

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def hub(store: Store, admin: Actor, tmp_path: Path) -> Side:
    return Side("hub", store, admin, tmp_path)


def phone(side: Side, number: str) -> str:
    with side.store.read() as s:
        return s.execute(select(Resident.phone).where(Resident.id_number == number)).scalar_one()


def listed(side: Side) -> list[SyncConflict]:
    with side.store.read() as s:
        return list(s.execute(select(SyncConflict).order_by(SyncConflict.found_at)).scalars())


def open_ones(side: Side) -> list[SyncConflict]:
    return [c for c in listed(side) if c.resolved_at is None]


def both_changed(hub: Side, template: str, tmp_path: Path) -> tuple[Side, Side, str]:
    """王秀英's phone changed at the centre and at ZX while ZX was offline; HY hears both."""
    number = id_number(61)
    wang = create_resident(
        hub.store, hub.admin, ResidentInput("王秀英", phone="13800000001", id_number=number)
    )
    zx = new_station(hub, template, tmp_path, "ZX")
    hy = new_station(hub, template, tmp_path, "HY")
    update_resident(
        zx.store, zx.admin, wang.id, ResidentInput("王秀英", phone="13700000003", id_number=number)
    )
    update_resident(
        hub.store,
        hub.admin,
        wang.id,
        ResidentInput("王秀英", phone="13900000002", id_number=number),
    )
    exchange(hub, zx)
    exchange(hub, hy)
    assert [(c.kind, c.field) for c in open_ones(hub)] == [("field", "phone")]
    assert [(c.kind, c.field) for c in open_ones(zx)] == [("field", "phone")]
    # HY took the centre's change, then ZX's arrived through the centre: listed there too
    assert [(c.kind, c.field) for c in open_ones(hy)] == [("field", "phone")]
    assert phone(hy, number) == "13900000002"
    return zx, hy, number


def converged(hub: Side, zx: Side, hy: Side, number: str, value: str) -> None:
    for _ in range(2):
        exchange(hub, zx)
        exchange(hub, hy)
    for side in (hub, zx, hy):
        assert phone(side, number) == value, side.name
        assert open_ones(side) == [], side.name
        assert len([c for c in listed(side) if c.kind == "field"]) <= 1, side.name
        assert problems(side) == [], side.name


def test_the_centre_keeps_its_value_and_every_side_takes_it(
    hub: Side, _migrated_template: str, tmp_path: Path
) -> None:
    zx, hy, number = both_changed(hub, _migrated_template, tmp_path)
    conflict = open_ones(hub)[0].id
    assert decide.take_value(hub.store, hub.admin, conflict, decide.HERE) == "王秀英"
    with pytest.raises(Conflict, match="decided already"):
        decide.take_value(hub.store, hub.admin, conflict, decide.THERE)
    assert phone(hub, number) == "13900000002"
    with hub.store.read() as s:
        assert "take_here" in set(s.execute(select(AuditEntry.action)).scalars())
    converged(hub, zx, hy, number, "13900000002")  # ZX's own listing closes as it arrives


def test_a_station_takes_the_centres_value(
    hub: Side, _migrated_template: str, tmp_path: Path
) -> None:
    zx, hy, number = both_changed(hub, _migrated_template, tmp_path)
    decide.take_value(zx.store, zx.admin, open_ones(zx)[0].id, decide.THERE)
    assert phone(zx, number) == "13900000002"
    converged(hub, zx, hy, number, "13900000002")


def test_a_station_keeps_its_value_and_the_centre_and_others_take_it(
    hub: Side, _migrated_template: str, tmp_path: Path
) -> None:
    zx, hy, number = both_changed(hub, _migrated_template, tmp_path)
    decide.take_value(zx.store, zx.admin, open_ones(zx)[0].id, decide.HERE)
    converged(hub, zx, hy, number, "13700000003")
    with hub.store.read() as s:
        resident = s.execute(select(Resident).where(Resident.id_number == number)).scalar_one()
        assert "0003" in resident.search_keys.split()  # found by the phone it now has
