"""Fixtures for the treasure box: a few residents, items (one donated) and rooms."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.core.treasure.lending import ItemInput, save_item
from gridesk.core.treasure.rooms import RoomInput, at_local, save_room

DAY = date(2030, 3, 4)  # a Monday, well in the future
NOW = at_local(DAY, 7 * 60)


@dataclass
class Shelf:
    residents: dict
    items: dict
    rooms: dict


@pytest.fixture
def shelf(store, admin) -> Shelf:
    residents = {}
    for name, phone, room in [
        ("王秀英", "13700001234", "301"),
        ("李建国", "13800005678", "302"),
        ("张丽", "13900009012", "303"),
    ]:
        residents[name] = create_resident(
            store,
            admin,
            ResidentInput(
                name=name, phone=phone, estate="锦绣家园", building="5", unit="1", room=room
            ),
        ).id
    items = {}
    for name, days, donor in [("电钻", 7, "李建国"), ("折叠梯", 3, None), ("轮椅", 30, None)]:
        items[name] = save_item(
            store,
            admin,
            None,
            ItemInput(
                name=name,
                category="工具",
                donor_id=residents[donor] if donor else None,
                max_loan_days=days,
                location="A-1",
            ),
        ).id
    rooms = {
        "棋牌室": save_room(store, admin, None, RoomInput(name="棋牌室", capacity=12)).id,
        "议事厅": save_room(
            store,
            admin,
            None,
            RoomInput(
                name="议事厅",
                capacity=40,
                opens_at=9 * 60,
                closes_at=18 * 60,
                slot_minutes=60,
                min_minutes=60,
                max_minutes=180,
                buffer_minutes=30,
                needs_approval=True,
            ),
        ).id,
    }
    return Shelf(residents, items, rooms)
