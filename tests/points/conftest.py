"""Points-shop fixtures: a cashier, residents with points, products on the shelf."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import pytest
from points_helpers import give, make_user, op

from gridesk.core.actor import Actor, Role
from gridesk.core.points import shop
from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.core.store import Store


@dataclass
class Shop:
    store: Store
    admin: Actor
    cashier: Actor
    wang: uuid.UUID
    li: uuid.UUID
    soap: shop.ProductView
    oil: shop.ProductView


@pytest.fixture
def points_shop(store: Store, admin: Actor) -> Shop:
    cashier = make_user(store, admin, Role.CASHIER, "cashier")
    wang = create_resident(store, admin, ResidentInput(name="王秀英", phone="13912345678")).id
    li = create_resident(store, admin, ResidentInput(name="李建国", phone="13800001111")).id
    soap = shop.create_product(store, admin, shop.ProductInput("SOAP", "香皂", 20, "日用品"))
    oil = shop.create_product(store, admin, shop.ProductInput("6901234567890", "食用油 5L", 90))
    shop.stock_in(store, cashier, soap.id, 10, op())
    shop.stock_in(store, cashier, oil.id, 2, op())
    give(store, admin, wang, 100)
    return Shop(store, admin, cashier, wang, li, soap, oil)
