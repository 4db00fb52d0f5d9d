"""A hub and its stations on real SQLite files, for the sync tests (their folder is on
sys.path)."""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from gridesk.core.actor import Actor
from gridesk.core.check import run_checks
from gridesk.core.models import new_id
from gridesk.core.points import earning, shop
from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.core.setup import installation_admin
from gridesk.core.store import Store, open_store
from gridesk.core.sync import packs
from gridesk.core.sync.enrol import add_station, enrol
from gridesk.core.sync.models import SyncConflict

PASSWORD = "secret1"


@dataclass
class Side:
    name: str
    store: Store
    admin: Actor
    folder: Path

    def export(self, to: Side | None = None) -> bytes:
        """A pack for ``to`` (at the hub) or for the hub (at a station), as bytes."""
        target = self.folder / f"pack-{new_id().hex}.gdp"
        packs.export_pack(self.store, self.admin, target, to.name if to is not None else None)
        return target.read_bytes()

    def take(self, data: bytes) -> packs.PackResult:
        return packs.apply_pack(self.store, self.admin, data)


def new_station(hub: Side, template: str, base: Path, code: str) -> Side:
    """Enrol station ``code`` at the hub and set it up from the file, in a folder of its own."""
    folder = base / code
    folder.mkdir()
    file = base / f"{code}.gde"
    add_station(hub.store, hub.admin, code, f"{code}网格驿站", file)
    shutil.copyfile(template, folder / "gridesk.db")
    store = open_store(f"sqlite:///{folder}/gridesk.db", folder)
    enrol(store, file, PASSWORD)
    return Side(code, store, installation_admin(store), folder)


def exchange(hub: Side, station: Side) -> None:
    """Both ways: the station's pack to the hub, then the hub's back."""
    hub.take(station.export())
    station.take(hub.export(station))


def problems(side: Side) -> list[str]:
    return run_checks(side.store)


def an_id(text: str) -> uuid.UUID:
    return uuid.uuid5(uuid.NAMESPACE_URL, text)


def id_number(n: int) -> str:
    """A valid ID number (Beijing, born 1950 + n % 50), different for each ``n``."""
    from gridesk.core.residents.validation import id_check_char

    first = f"110101{1950 + n % 50}0101{n % 1000:03d}"
    return first + id_check_char(first)


def held_redemption(
    hub: Side, template: str, tmp_path: Path
) -> tuple[Any, Any, Side, Side, uuid.UUID]:
    """王秀英's 60 points spent at two offline stations: HY's redemption held at the hub."""
    wang = create_resident(hub.store, hub.admin, ResidentInput("王秀英", id_number=id_number(21)))
    rule = earning.save_rule(hub.store, hub.admin, "测试 60", 60)
    earning.award(hub.store, hub.admin, rule.id, [wang.id], new_id())
    soap = shop.create_product(hub.store, hub.admin, shop.ProductInput("SOAP", "肥皂", 30))
    shop.stock_in(hub.store, hub.admin, soap.id, 20, new_id())
    zx = new_station(hub, template, tmp_path, "ZX")
    hy = new_station(hub, template, tmp_path, "HY")
    shelve(zx)
    shelve(hy)
    shop.redeem(zx.store, zx.admin, wang.id, [("SOAP", 2)], new_id())
    shop.redeem(hy.store, hy.admin, wang.id, [("SOAP", 2)], new_id())
    hub.take(zx.export())
    assert hub.take(hy.export()).conflicts == 1
    with hub.store.read() as s:
        conflict = s.execute(select(SyncConflict.id)).scalar_one()
    return wang, rule, zx, hy, conflict


def shelve(side: Side, code: str = "SOAP", quantity: int = 20) -> None:
    """Goods arrive on this side's own shelf (each station sells only its own, docs/SYNC.md)."""
    product = shop.find_product(side.store, side.admin, code)
    shop.stock_in(side.store, side.admin, product.id, quantity, new_id())
