"""Fixtures for the requests tests: a catalogue, a resident, and a case-making helper."""

from __future__ import annotations

from datetime import date

import pytest

from gridesk.core.requests import catalogue
from gridesk.core.requests.cases import IntakeInput, take_request
from gridesk.core.residents import catalogue as core_catalogue
from gridesk.core.residents.records import ResidentInput, create_resident


@pytest.fixture
def grid(store, admin):
    return core_catalogue.save_grid(
        store, admin, None, name="第一网格", worker_name="周敏", worker_phone="13800001111"
    )


@pytest.fixture
def unit(store, admin):
    return catalogue.save_unit(
        store,
        admin,
        None,
        kind="department",
        name="城管执法中队",
        contact_name="李队",
        phone="13900002222",
    )


@pytest.fixture
def category(store, admin, unit):
    return catalogue.save_category(
        store,
        admin,
        None,
        name="路灯损坏",
        group_name="市政设施",
        handler_kind="department",
        handler_id=unit.id,
        deadline_days=3,
        checklist="现场照片\n具体位置（楼栋号）",
    )


@pytest.fixture
def resident(store, admin, grid):
    return create_resident(
        store,
        admin,
        ResidentInput(
            name="单田芳",
            phone="13912345678",
            estate="锦绣家园",
            building="5",
            unit="1",
            room="301",
            grid_id=grid.id,
        ),
    )


@pytest.fixture
def make_case(store, admin, category, resident):
    def make(day: date = date(2026, 11, 23), **changes):
        data = IntakeInput(
            category_id=category.id,
            description=changes.pop("description", "5号楼门口路灯不亮两天了"),
            resident_id=changes.pop("resident_id", resident.id),
            **changes,
        )
        return take_request(store, admin, data, day=day)

    return make
