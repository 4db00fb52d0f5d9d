"""Enrolment, the outbox and a copied station (docs/SYNC.md)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sync_helpers import PASSWORD, Side, id_number, new_station, problems

from gridesk.cli import main
from gridesk.core.actor import Actor
from gridesk.core.models import Resident, ResidentKey, Station
from gridesk.core.points.models import PointsAccount
from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.core.setup import installation_admin
from gridesk.core.store import Store, open_store
from gridesk.core.sync.enrol import add_station, enrol
from gridesk.core.sync.models import OutboxOp, SyncIdentity
from gridesk.core.sync.outbox import StationCopy
from gridesk.errors import Conflict, ValidationError

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def hub(store: Store, admin: Actor, tmp_path: Path) -> Side:
    return Side("hub", store, admin, tmp_path)


def test_a_station_starts_from_the_hubs_snapshot_and_writes_its_outbox(
    hub: Side, _migrated_template: str, tmp_path: Path
) -> None:
    wang = create_resident(hub.store, hub.admin, ResidentInput("王秀英", id_number=id_number(1)))
    zx = new_station(hub, _migrated_template, tmp_path, "ZX")
    with zx.store.read() as s:
        assert s.get(Resident, wang.id) is not None
        me = s.execute(select(SyncIdentity)).scalar_one()
        assert me.role == "station"
        codes = set(s.execute(select(Station.code)).scalars())
    assert codes == {"CS", "ZX"}
    assert zx.store.station() is not None and zx.store.station().code == "ZX"  # type: ignore[union-attr]
    assert zx.admin.username == "admin-zx (cli)" and zx.admin.station_id == me.station_id
    with zx.store.read() as s:  # the search keys rebuilt from the snapshot
        keys = set(
            s.execute(select(ResidentKey.key).where(ResidentKey.resident_id == wang.id)).scalars()
        )
        assert keys and keys == set(s.get(Resident, wang.id).search_keys.split())  # type: ignore[union-attr]
    assert problems(zx) == []

    li = create_resident(zx.store, zx.admin, ResidentInput("李建国", id_number=id_number(2)))
    with zx.store.read() as s:
        ops = s.execute(select(OutboxOp).order_by(OutboxOp.seq)).scalars().all()
    assert [(o.seq, o.kind) for o in ops] == [(1, "users.create"), (2, "residents.create")]
    assert str(li.id) in ops[1].payload
    with zx.store.read() as s, pytest.raises(DBAPIError):  # append-only
        s.execute(text("UPDATE sync_outbox SET kind = 'x'"))


def test_station_codes_are_unique_and_only_the_hub_enrols(
    hub: Side, _migrated_template: str, tmp_path: Path
) -> None:
    zx = new_station(hub, _migrated_template, tmp_path, "ZX")
    with pytest.raises(Conflict):
        add_station(hub.store, hub.admin, "ZX", "again", tmp_path / "again.gde")
    with pytest.raises(ValidationError):
        add_station(hub.store, hub.admin, "z", "bad code", tmp_path / "bad.gde")
    with pytest.raises(Conflict):
        add_station(zx.store, zx.admin, "QQ", "from a station", tmp_path / "qq.gde")


def test_a_copied_station_file_refuses_to_work_until_enrolled(
    hub: Side, _migrated_template: str, tmp_path: Path
) -> None:
    zx = new_station(hub, _migrated_template, tmp_path, "ZX")
    zx.store.close()
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copyfile(zx.folder / "gridesk.db", copy / "gridesk.db")
    twin = open_store(f"sqlite:///{copy}/gridesk.db", copy)
    try:
        with pytest.raises(StationCopy, match="copy of an enrolled station"):
            create_resident(twin, installation_admin(twin), ResidentInput("赵六"))
    finally:
        twin.close()
    original = open_store(f"sqlite:///{zx.folder}/gridesk.db", zx.folder)
    try:  # the enrolled file itself works on
        create_resident(original, installation_admin(original), ResidentInput("赵六"))
    finally:
        original.close()


def test_enrolment_from_the_command_line(
    hub: Side,
    _migrated_template: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    hub.store.close()
    file = tmp_path / "zx.gde"
    assert (
        main(
            [
                "--data-dir",
                str(tmp_path),
                "station",
                "add",
                "ZX",
                "--name",
                "朝霞驿站",
                "--to",
                str(file),
            ]
        )
        == 0
    )
    station = tmp_path / "station"
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["--data-dir", str(station), "init", "--enrolment", str(file)]) == 0
    out = capsys.readouterr().out
    assert "ZX" in out and "admin-zx" in out
    st = open_store(f"sqlite:///{station}/gridesk.db", station)
    try:
        with st.read() as s:
            assert s.execute(select(PointsAccount.id)).first() is None
            assert s.execute(select(SyncIdentity.role)).scalar_one() == "station"
    finally:
        st.close()
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["--data-dir", str(station), "init", "--enrolment", str(file)]) == 1
    assert "already set up" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path), "station", "revoke", "ZX"]) == 0
    assert "朝霞驿站's enrolment withdrawn" in capsys.readouterr().out
    assert main(["--data-dir", str(tmp_path), "station", "revoke", "QQ"]) == 1


def test_a_file_that_is_not_an_enrolment_is_refused(store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "x.gde"
    bad.write_bytes(b"hello")
    with pytest.raises(ValidationError, match="not a GriDesk enrolment file"):
        enrol(store, bad, PASSWORD)
