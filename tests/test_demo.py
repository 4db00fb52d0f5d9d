"""Demo data: realistic, deterministic per seed, consistent with the registry's own rules."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Literal

import pytest
from sqlalchemy import func, select

from gridesk import demo
from gridesk.core.actor import Actor, Role
from gridesk.core.auth import list_users, sign_in
from gridesk.core.models import AuditEntry, Grid, Household, Resident, ResidentKey, ResidentTag, Tag
from gridesk.core.residents.keys import name_readings
from gridesk.core.residents.records import (
    ResidentFilter,
    age_on,
    count_residents,
    list_residents,
    search_keys,
)
from gridesk.core.residents.validation import check_id_number, check_phone
from gridesk.core.setup import initialise
from gridesk.core.store import Store, open_store
from gridesk.errors import PermissionDenied

TODAY = date(2025, 6, 1)

POLYPHONIC = {
    "单": ("shan", "dan"),
    "曾": ("zeng", "ceng"),
    "解": ("xie", "jie"),
    "仇": ("qiu", "chou"),
    "朴": ("piao", "pu"),
    "区": ("ou", "qu"),
    "查": ("zha", "cha"),
    "盖": ("ge", "gai"),
    "乐": ("yue", "le"),
    "缪": ("miao", "mou"),
    "尉": ("yu", "wei"),
    "覃": ("qin", "tan"),
    "翟": ("zhai", "di"),
}


def fill(store: Store, actor: Actor, residents: int, seed: int = 1, **kw) -> demo.DemoSummary:
    return demo.fill_demo(store, actor, residents=residents, seed=seed, today=TODAY, **kw)


def age(r: Resident) -> int:
    years = age_on(r.birth_date, TODAY)
    assert years is not None, r.name
    return years


def people(store: Store) -> list[Resident]:
    with store.read() as s:
        return list(s.execute(select(Resident)).scalars())


def tagged(store: Store) -> dict[str, set]:
    with store.read() as s:
        rows = s.execute(
            select(Tag.name, ResidentTag.resident_id).join(
                ResidentTag, ResidentTag.tag_id == Tag.id
            )
        )
        found: dict[str, set] = defaultdict(set)
        for name, resident_id in rows:
            found[name].add(resident_id)
        return found


@pytest.fixture(scope="module")
def filled(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Store, Actor, demo.DemoSummary]]:
    """One demo database of 3,000 residents shared by the read-only checks below."""
    folder = tmp_path_factory.mktemp("demo")
    store = open_store(f"sqlite:///{folder}/g.db", folder)
    admin = initialise(
        store,
        station_name="测试社区",
        station_code="CS",
        admin_username="admin",
        admin_password="secret1",
    )
    summary = fill(store, admin, 3000, seed=3)
    yield store, admin, summary
    store.close()


def snapshot(store: Store) -> list[tuple]:
    return sorted(
        (r.name, r.gender, r.birth_date, r.id_number, r.phone, r.estate, r.building, r.unit, r.room)
        for r in people(store)
    )


def test_the_same_seed_makes_the_same_people(store: Store, admin: Actor, tmp_path: Path) -> None:
    first = fill(store, admin, 300, seed=7)
    other = open_store(f"sqlite:///{tmp_path}/other.db", tmp_path)
    try:
        other_admin = initialise(
            other,
            station_name="测试社区",
            station_code="CS",
            admin_username="admin",
            admin_password="secret1",
        )
        second = fill(other, other_admin, 300, seed=7)
        assert snapshot(store) == snapshot(other)
        assert first.tagged == second.tagged
        third = open_store(f"sqlite:///{tmp_path}/third.db", tmp_path)
        try:
            third_admin = initialise(
                third,
                station_name="测试社区",
                station_code="CS",
                admin_username="admin",
                admin_password="secret1",
            )
            fill(third, third_admin, 300, seed=8)
            assert [p[0] for p in snapshot(third)] != [p[0] for p in snapshot(store)]
        finally:
            third.close()
    finally:
        other.close()


def test_summary_matches_the_database(filled) -> None:
    store, _admin, summary = filled
    with store.read() as s:
        assert s.execute(select(func.count()).select_from(Resident)).scalar_one() == 3000
        assert s.execute(select(func.count()).select_from(Household)).scalar_one() == (
            summary.households
        )
        assert s.execute(select(func.count()).select_from(Grid)).scalar_one() == summary.grids
    assert summary.residents == 3000
    assert not summary.cancelled
    assert {name: len(ids) for name, ids in tagged(store).items()} == {
        name: n for name, n in summary.tagged.items() if n
    }
    assert "3000 residents" in str(summary)


def test_every_id_number_agrees_with_birth_date_and_gender(filled) -> None:
    store, _admin, _summary = filled
    adults_with = adults = children_with = children = 0
    for r in people(store):
        assert r.gender in ("M", "F")
        assert r.birth_date is not None and r.birth_date <= TODAY
        if r.id_number:
            gender: Literal["M", "F"] = "M" if r.gender == "M" else "F"
            checked = check_id_number(r.id_number, r.birth_date, gender, today=TODAY)
            assert checked.value == r.id_number
        adult = age(r) >= 18
        adults += adult
        children += not adult
        adults_with += adult and bool(r.id_number)
        children_with += not adult and bool(r.id_number)
    assert adults_with > 0.9 * adults  # most adults
    assert children_with < children  # some children have none on record


def test_phones_are_valid_and_most_adults_have_one(filled) -> None:
    store, _admin, _summary = filled
    adults = with_mobile = landlines = 0
    for r in people(store):
        if r.phone:
            assert check_phone(r.phone) == r.phone
            landlines += r.phone.startswith("0")
        if age(r) >= 18:
            adults += 1
            with_mobile += r.phone.startswith("1")
    assert with_mobile > 0.8 * adults
    assert landlines > 0


def test_names_look_real(filled) -> None:
    store, _admin, _summary = filled
    names = [r.name for r in people(store)]
    surnames = Counter(name[0] for name in names if "·" not in name)
    assert surnames.most_common(5)[0][0] in "王李张"
    assert {name for name in names if "·" in name}  # a few minority names
    plain = [name for name in names if "·" not in name]
    assert all(2 <= len(name) <= 3 for name in plain[:500])
    polyphonic = sum(n for surname, n in surnames.items() if surname in POLYPHONIC)
    assert 0.01 * len(names) < polyphonic < 0.1 * len(names)


def test_polyphonic_surnames_are_found_by_every_reading(filled) -> None:
    store, admin, _summary = filled
    by_surname: dict[str, Resident] = {}
    for r in people(store):
        if r.name[0] in POLYPHONIC and "·" not in r.name:
            by_surname.setdefault(r.name[0], r)
    assert len(by_surname) >= 8
    for surname, r in by_surname.items():
        rest = "".join(readings[0] for readings in name_readings(r.name)[1:])
        for reading in POLYPHONIC[surname]:
            assert count_residents(store, admin, ResidentFilter(text=reading)) > 0
            found = list_residents(store, admin, ResidentFilter(text=reading + rest), 0, 500)
            assert r.id in {row.id for row in found}, (r.name, reading + rest)
    assert count_residents(store, admin, ResidentFilter(text="shan")) > 0
    assert count_residents(store, admin, ResidentFilter(text="dan")) > 0


def test_search_keys_are_those_of_the_whole_record(filled) -> None:
    store, _admin, _summary = filled
    keys: dict[object, set[str]] = defaultdict(set)
    with store.read() as s:
        for key, resident_id in s.execute(select(ResidentKey.key, ResidentKey.resident_id)):
            keys[resident_id].add(key)
    for r in people(store)[::7]:
        expected = search_keys(r.name, r.phone, r.id_number or "", r.building, r.unit, r.room)
        assert keys[r.id] == expected, r.name


def test_lonely_and_empty_nest_elderly_only_where_they_fit(filled) -> None:
    store, _admin, _summary = filled
    residents = people(store)
    by_household: dict[object, list[Resident]] = defaultdict(list)
    for r in residents:
        by_household[r.household_id].append(r)
    tags = tagged(store)
    assert tags["独居老人"]
    for r in residents:
        household = by_household[r.household_id]
        years = age(r)
        alone_and_old = len(household) == 1 and years >= 65
        assert (r.id in tags["独居老人"]) == alone_and_old, r.name
        if r.id in tags["空巢老人"]:
            assert len(household) == 2
            assert all(age(m) >= 60 for m in household)
        if r.id in tags["困境儿童"] | tags["留守儿童"]:
            assert years < 18


def test_tags_come_in_plausible_proportions(filled) -> None:
    store, _admin, _summary = filled
    residents = people(store)
    tags = tagged(store)
    adults = [r for r in residents if age(r) >= 18]
    young_workers = [r for r in residents if 20 <= age(r) <= 45]
    children = [r for r in residents if age(r) < 18]

    def share(tag: str, group: list[Resident]) -> float:
        return sum(r.id in tags[tag] for r in group) / len(group)

    assert 0.05 < share("党员", adults) < 0.11
    assert 0.015 < share("残疾人", residents) < 0.05
    assert 0.005 < share("低保户", residents) < 0.03
    assert 0.01 < share("退役军人", residents) < 0.04
    assert 0.015 < share("新就业群体", young_workers) < 0.05
    assert 0.03 < share("志愿者", residents) < 0.08
    assert share("困境儿童", children) + share("留守儿童", children) < 0.1
    veterans = [r for r in residents if r.id in tags["退役军人"]]
    assert sum(r.gender == "M" for r in veterans) > 0.8 * len(veterans)
    # 低保户 is a household's: everyone in it has it
    with store.read() as s:
        dibao_households = {r.household_id for r in residents if r.id in tags["低保户"]}
        members = s.execute(
            select(Resident.id).where(Resident.household_id.in_(dibao_households))
        ).scalars()
        assert set(members) == tags["低保户"]
    assert any(r.notes for r in residents)


def test_households_share_their_address_and_grid(filled) -> None:
    store, _admin, _summary = filled
    with store.read() as s:
        households = {h.id: h for h in s.execute(select(Household)).scalars()}
        grids = {g.id: g for g in s.execute(select(Grid)).scalars()}
    for r in people(store):
        h = households[r.household_id]
        assert r.grid_id is not None and r.grid_id == h.grid_id
        assert (r.estate, r.building, r.unit, r.room) == (h.estate, h.building, h.unit, h.room)
        assert 1 <= int(h.building) <= 30 and 1 <= int(h.unit) <= 4
        assert grids[h.grid_id].name.startswith(h.estate)
    sizes = Counter(r.household_id for r in people(store))
    assert set(sizes.values()) <= {1, 2, 3, 4, 5}
    for g in grids.values():
        assert g.name.endswith("网格")
        assert g.worker_name and g.leader_name and g.duties and g.service_hours
        assert check_phone(g.worker_phone) == g.worker_phone
        assert check_phone(g.leader_phone) == g.leader_phone


def test_demo_accounts_for_each_role(filled) -> None:
    store, admin, summary = filled
    assert summary.users == ("qiantai", "shouyin", "zhiyuan")
    roles = {u.username: u.role for u in list_users(store, admin)}
    assert roles["qiantai"] == Role.FRONT_DESK
    assert roles["shouyin"] == Role.CASHIER
    assert roles["zhiyuan"] == Role.COORDINATOR
    assert sign_in(store, "shouyin", demo.DEMO_PASSWORD).role == Role.CASHIER


def test_chunks_with_progress_audit_and_a_second_run(
    store: Store, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "CHUNK_RESIDENTS", 100)
    seen: list[tuple[int, int]] = []
    first = fill(store, admin, 250, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 250) and seen[-1] == (250, 250)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    with store.read() as s:
        audited = s.execute(
            select(AuditEntry.entity_id).where(AuditEntry.action == "demo")
        ).scalars()
        assert sum(int(n) for n in audited) == 250
    # again with the same seed: new flats and new ID numbers, the accounts left alone
    second = fill(store, admin, 250)
    assert second.users == () and first.users
    assert len(people(store)) == 500


def test_a_small_demo_reports_progress_often(store: Store, admin: Actor) -> None:
    seen: list[int] = []
    fill(store, admin, 2000, progress=lambda done, total: seen.append(done))
    assert len(seen) >= 4 and seen[-1] == 2000


def test_cancel_stops_between_chunks(
    store: Store, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "CHUNK_RESIDENTS", 100)
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 1

    summary = fill(store, admin, 1000, cancel=cancel)
    assert summary.cancelled
    assert 100 <= summary.residents < 1000
    assert len(people(store)) == summary.residents


def test_zero_residents_and_permissions(store: Store, admin: Actor) -> None:
    summary = fill(store, admin, 0)
    assert (summary.residents, summary.households, summary.grids) == (0, 0, 0)
    cashier = Actor(admin.user_id, "shouyin", "收银", Role.CASHIER, admin.station_id)
    with pytest.raises(PermissionDenied):
        fill(store, cashier, 10)
