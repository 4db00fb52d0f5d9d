"""The proof: a hub and three stations on real SQLite files doing random work offline, synced
in a random order with packs duplicated, lost and replayed. At the end every side agrees,
every operation was applied once, and `gridesk check` holds everywhere.

Seeded (GRIDESK_SYNC_SEED, default 15); GRIDESK_SYNC_OPS operations (default 300; thousands
for a long run)."""

from __future__ import annotations

import os
import random
import uuid
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sync_helpers import Side, exchange, id_number, new_station, problems, shelve

from gridesk import clock
from gridesk.core.actor import Actor
from gridesk.core.models import Resident, new_id
from gridesk.core.points import earning, shop
from gridesk.core.points.holding import stock_by_station
from gridesk.core.points.models import LedgerEntry, PointsAccount
from gridesk.core.residents.records import ResidentInput, create_resident, update_resident
from gridesk.core.store import Store
from gridesk.core.sync import decide
from gridesk.core.sync.held import apply_held
from gridesk.core.sync.models import AppliedOp, OutboxOp, SyncConflict
from gridesk.core.volunteers import activities
from gridesk.core.volunteers.models import SignUp
from gridesk.errors import GrideskError

pytestmark = pytest.mark.sqlite_only

OPS = int(os.environ.get("GRIDESK_SYNC_OPS", "300"))
SEED = int(os.environ.get("GRIDESK_SYNC_SEED", "15"))
PEOPLE = 40


def residents_by_number(side: Side) -> dict[str, Resident]:
    with side.store.read() as s:
        return {r.id_number: r for r in s.execute(select(Resident)).scalars() if r.id_number}


def open_fields(side: Side) -> list[uuid.UUID]:
    with side.store.read() as s:
        return list(
            s.execute(
                select(SyncConflict.id)
                .where(SyncConflict.kind == "field", SyncConflict.resolved_at.is_(None))
                .order_by(SyncConflict.found_at, SyncConflict.id)
            ).scalars()
        )


def phones(side: Side) -> dict[str, str]:
    with side.store.read() as s:
        return {r.id_number: r.phone for r in s.execute(select(Resident)).scalars() if r.id_number}


def balances(side: Side) -> dict[str, int]:
    with side.store.read() as s:
        return {
            number: int(balance)
            for number, balance in s.execute(
                select(Resident.id_number, PointsAccount.balance).join(
                    PointsAccount, PointsAccount.resident_id == Resident.id
                )
            )
        }


@pytest.mark.timeout(max(300, OPS // 4))
def test_random_offline_work_converges(
    store: Store, admin: Actor, _migrated_template: str, tmp_path: Path
) -> None:
    rng = random.Random(SEED)
    hub = Side("hub", store, admin, tmp_path)
    rule = earning.save_rule(hub.store, hub.admin, "志愿服务", 20)
    soap = shop.create_product(hub.store, hub.admin, shop.ProductInput("SOAP", "肥皂", 10))
    shop.stock_in(hub.store, hub.admin, soap.id, 3, new_id())
    now = clock.utcnow()
    act = activities.save_activity(
        hub.store,
        hub.admin,
        None,
        activities.ActivityInput(
            "义剪", now + timedelta(days=9), now + timedelta(days=9, hours=2), 5
        ),
    )
    stations = [new_station(hub, _migrated_template, tmp_path, code) for code in ("ZX", "HY", "QS")]
    sides = [hub, *stations]
    for station in stations:  # a few pieces on each shelf: the last one often goes offline
        shelve(station, quantity=3)
    in_flight: list[tuple[Side, bytes]] = []  # (where it goes, the pack)
    done: Counter[str] = Counter()

    for step in range(OPS):
        clock.set_now(now + timedelta(seconds=step))
        side = rng.choice(sides)
        kind = rng.choice(
            (
                "resident",
                "resident",
                "edit",
                "award",
                "award",
                "redeem",
                "redeem",
                "stock",
                "signup",
                "sync",
                "sync",
            )
        )
        known = list(residents_by_number(side).values())
        try:
            if kind == "resident":
                n = rng.randrange(PEOPLE)
                create_resident(
                    side.store, side.admin, ResidentInput(f"居民{n}", id_number=id_number(n))
                )
            elif kind == "edit" and known:
                r = rng.choice(known)
                update_resident(
                    side.store,
                    side.admin,
                    r.id,
                    ResidentInput(
                        r.name, id_number=r.id_number or "", phone=f"139{rng.randrange(10**8):08d}"
                    ),
                )
            elif kind == "award" and known:
                earning.award(side.store, side.admin, rule.id, [rng.choice(known).id], new_id())
            elif kind == "redeem" and known:
                shop.redeem(side.store, side.admin, rng.choice(known).id, [("SOAP", 1)], new_id())
            elif kind == "stock":
                shelve(side, quantity=rng.randint(1, 2))
            elif kind == "signup" and known:
                activities.sign_up(side.store, side.admin, act.id, rng.choice(known).id)
            elif kind == "sync":
                station = rng.choice(stations)
                if rng.random() < 0.5:
                    in_flight.append((hub, station.export()))
                else:
                    in_flight.append((station, hub.export(station)))
            else:
                continue
            done[kind] += 1
        except GrideskError:
            done[f"{kind} refused"] += 1
        # deliver some packs: in any order, some twice, some lost
        while in_flight and rng.random() < 0.6:
            where, pack = in_flight.pop(rng.randrange(len(in_flight)))
            fate = rng.random()
            if fate < 0.15:
                done["pack lost"] += 1
                continue
            try:
                where.take(pack)
                done["pack in"] += 1
                if fate > 0.8:
                    where.take(pack)
                    done["pack twice"] += 1
            except GrideskError:
                done["pack refused"] += 1  # (one after a lost one: the next covers it)
            if fate > 0.9:
                in_flight.append((where, pack))  # replayed later

    for _ in range(3):  # everyone meets the hub until nothing is left to send
        for station in stations:
            exchange(hub, station)
    # what the centre held (one balance spent at two stations), a person decides: the resident
    # earns the points again and the redemption is applied; the stations enter what they held
    # by themselves once those points reach them
    with hub.store.read() as s:
        owners = dict(s.execute(select(PointsAccount.id, PointsAccount.resident_id)).all())
        held = [
            (c.id, owners[uuid.UUID(c.entity_id)])
            for c in s.execute(
                select(SyncConflict).where(
                    SyncConflict.kind == "balance", SyncConflict.resolved_at.is_(None)
                )
            ).scalars()
        ]
    for conflict, resident in held:
        earning.award(hub.store, hub.admin, rule.id, [resident], new_id())
        apply_held(hub.store, hub.admin, conflict)
        done["held at the centre, applied"] += 1
    for _ in range(2):
        for station in stations:
            exchange(hub, station)
    # the phones changed on two sides: a person at the centre keeps one of the two values each
    # time (any), a station's takes the one that arrived; until no side lists one
    for _ in range(6):
        deciding = 0
        for side in sides:
            for conflict in open_fields(side):
                choice = rng.choice((decide.HERE, decide.THERE)) if side is hub else decide.THERE
                decide.take_value(side.store, side.admin, conflict, choice)
                done[f"field decided at {'the centre' if side is hub else 'a station'}"] += 1
                deciding += 1
            for station in stations:
                exchange(hub, station)
        if not deciding:
            break
    print(f"\nsync simulation: seed {SEED}, {OPS} steps, {dict(sorted(done.items()))}")

    reference = residents_by_number(hub)
    for side in sides:
        assert problems(side) == [], side.name
        assert set(residents_by_number(side)) == set(reference), side.name
        assert balances(side) == balances(hub), side.name
        assert phones(side) == phones(hub) and open_fields(side) == [], side.name
        with side.store.read() as s:
            assert (
                s.execute(
                    select(func.count())
                    .select_from(SyncConflict)
                    .where(SyncConflict.kind == "balance", SyncConflict.resolved_at.is_(None))
                ).scalar_one()
                == 0
            ), side.name
    # each shelf counted once: the centre's view of a station's goods is the station's own
    at_hub = {(st.station, st.code): st.stock for st in stock_by_station(hub.store, hub.admin)}
    for station in stations:
        mine = shop.find_product(station.store, station.admin, "SOAP").stock
        assert at_hub.get((f"{station.name}网格驿站", "SOAP"), 0) == mine >= 0, station.name
    # every operation of every station applied once at the hub and at each other station
    with hub.store.read() as s:
        applied_at_hub = Counter(s.execute(select(AppliedOp.op_id)).scalars())
    assert max(applied_at_hub.values(), default=1) == 1
    for station in stations:
        with station.store.read() as s:
            own = set(s.execute(select(OutboxOp.origin_op_id)).scalars())
            assert (
                s.execute(
                    select(func.count())
                    .select_from(OutboxOp)
                    .where(OutboxOp.station_id != OutboxOp.origin_station_id)
                ).scalar_one()
                == 0
            )
        assert own <= set(applied_at_hub), station.name
        for other in stations:
            if other is station:
                continue
            with other.store.read() as s:
                got = set(s.execute(select(AppliedOp.op_id)).scalars())
            with hub.store.read() as s:
                held = {
                    str(c.op_id)
                    for c in s.execute(
                        select(SyncConflict).where(SyncConflict.kind == "balance")
                    ).scalars()
                }
            assert {o for o in own if str(o) not in held} <= got, (station.name, other.name)
    with hub.store.read() as s:
        signed = s.execute(
            select(func.count())
            .select_from(SignUp)
            .where(SignUp.activity_id == act.id, SignUp.status == "signed")
        ).scalar_one()
        entries = s.execute(select(func.count()).select_from(LedgerEntry)).scalar_one()
    assert signed <= 5
    print(
        f"hub: {len(reference)} residents, {entries} ledger entries, {len(applied_at_hub)} operations applied"
    )
