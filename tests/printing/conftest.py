"""A registry to print cards from: grids with staff, care and other tags, residents."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from gridesk.core.actor import Actor
from gridesk.core.residents import catalogue
from gridesk.core.residents.records import ResidentDetail, ResidentInput, create_resident
from gridesk.core.store import Store


@dataclass
class Registry:
    grid: catalogue.GridView
    other_grid: catalogue.GridView
    tags: dict[str, catalogue.TagView]
    alone: ResidentDetail  # 独居老人 (care)
    child: ResidentDetail  # 困境儿童 (care) and 留守儿童 (care)
    member: ResidentDetail  # 党员 (not care)
    volunteer: ResidentDetail  # 志愿者
    plain: ResidentDetail  # no tags


@pytest.fixture
def registry(store: Store, admin: Actor) -> Registry:
    grid = catalogue.save_grid(
        store,
        admin,
        None,
        name="第一网格",
        worker_name="李娜",
        worker_phone="13800138000",
        leader_name="王建国",
        leader_phone="13900139000",
        duties="入户走访、政策宣传\n矛盾调解",
        service_hours="周一至周五 8:30-17:30",
    )
    other = catalogue.save_grid(
        store, admin, None, name="第二网格", worker_name="周敏", worker_phone="13700137000"
    )
    tags = {t.name: t for t in catalogue.list_tags(store, admin)}

    def resident(
        name: str, room: str, *tag_names: str, grid_id=grid.id, id_number=""
    ) -> ResidentDetail:
        return create_resident(
            store,
            admin,
            ResidentInput(
                name=name,
                phone="",
                estate="阳光花园",
                building="3",
                unit="2",
                room=room,
                grid_id=grid_id,
                id_number=id_number,
                tag_ids=frozenset(tags[t].id for t in tag_names),
            ),
        )

    return Registry(
        grid=grid,
        other_grid=other,
        tags=tags,
        alone=resident("王秀英", "301", "独居老人"),
        child=resident("赵小明", "302", "困境儿童", "留守儿童", grid_id=other.id),
        member=resident("钱卫国", "303", "党员"),
        volunteer=resident("孙志愿", "304", "志愿者", id_number="11010519491231002X"),
        plain=resident("周平常", "305"),
    )
