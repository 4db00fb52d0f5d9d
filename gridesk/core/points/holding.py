"""Whose goods a product's stock counts: the shelf of the station this installation is
(docs/SYNC.md, "Goods' stock"). Every stock movement is stamped with the station that made it;
a product's ``stock`` here is the sum of the movements made here, so a station sells only what
is on its own shelf and two offline stations can never both sell the same last piece. The
movements of other stations arrive with their packs (for their records and the centre's
overview, ``stock_by_station``) and never change the count here.

A movement with no station (none is written today) counts as here.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, or_, select, update
from sqlalchemy.orm import Session

from gridesk.core.actor import Actor, Permission
from gridesk.core.models import Installation, Station
from gridesk.core.points.models import Product, StockMove
from gridesk.core.store import Store

CHUNK = 500


def here(s: Session) -> uuid.UUID | None:
    """This installation's station (None before it is set up)."""
    return s.execute(select(Installation.station_id)).scalar_one_or_none()


def made_here(s: Session, station: uuid.UUID | None = None) -> ColumnElement[bool]:
    """The stock movements that count on this shelf."""
    station = station if station is not None else here(s)
    return or_(StockMove.station_id == station, StockMove.station_id.is_(None))


def recount(s: Session, products: Iterable[uuid.UUID] | None = None) -> None:
    """Set these products' stock (None: every product's) to the sum of their movements made
    here."""
    own = made_here(s)
    total = (
        select(func.coalesce(func.sum(StockMove.delta), 0))
        .where(StockMove.product_id == Product.id, own)
        .scalar_subquery()
    )
    if products is None:
        s.connection().execute(update(Product).values(stock=total))
        return
    ordered = sorted(set(products), key=str)
    for start in range(0, len(ordered), CHUNK):
        s.connection().execute(
            update(Product)
            .where(Product.id.in_(ordered[start : start + CHUNK]))
            .values(stock=total)
        )


@dataclass(frozen=True)
class StationStock:
    """One product on one station's shelf, as far as this side has heard."""

    station: str
    code: str
    name: str
    stock: int


def stock_by_station(store: Store, actor: Actor) -> list[StationStock]:
    """Every station's goods, summed from the movements this side holds (at the centre: as
    of each station's last pack)."""
    actor.require(Permission.POINTS_STOCK)
    with store.read() as s:
        total = func.sum(StockMove.delta)
        found = s.execute(
            select(Station.name, Product.code, Product.name, total)
            .join(Product, Product.id == StockMove.product_id)
            .join(Station, Station.id == StockMove.station_id)
            .group_by(Station.name, Product.code, Product.name)
            .order_by(Station.name, Product.code)
        ).all()
        return [StationStock(st, code, name, int(n)) for st, code, name, n in found]
