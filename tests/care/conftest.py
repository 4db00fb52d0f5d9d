"""Fixtures for the care register: a grid, three care residents (two groups with a visit
rhythm), a resident without a care tag, and a volunteer who helps."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from gridesk.core.actor import Actor, Role
from gridesk.core.care.visits import set_frequency
from gridesk.core.residents.catalogue import list_tags, save_grid
from gridesk.core.residents.records import ResidentInput, create_resident


@dataclass
class Ward:
    residents: dict
    tags: dict
    grid: object


@pytest.fixture
def ward(store, admin) -> Ward:
    tags = {t.name: t.id for t in list_tags(store, admin)}
    grid = save_grid(
        store,
        admin,
        None,
        name="第一网格",
        worker_name="张伟",
        worker_phone="13800001111",
        leader_name="刘芳",
        leader_phone="13800002222",
    ).id
    residents = {}
    for name, phone, room, groups in [
        ("王秀英", "13700001234", "301", ("独居老人",)),
        ("李建国", "13800005678", "302", ("独居老人", "残疾人")),
        ("陈桂兰", "13900003456", "401", ("残疾人",)),
        ("张丽", "13900009012", "303", ()),
        ("赵志强", "13600007777", "101", ("志愿者", "党员")),
    ]:
        residents[name] = create_resident(
            store,
            admin,
            ResidentInput(
                name=name,
                gender="F" if name == "王秀英" else "",
                phone=phone,
                estate="锦绣家园",
                building="5",
                unit="1",
                room=room,
                grid_id=grid,
                tag_ids=frozenset(tags[g] for g in groups),
            ),
        ).id
    set_frequency(store, admin, tags["独居老人"], 7)
    set_frequency(store, admin, tags["残疾人"], 30)
    return Ward(residents, tags, grid)


@pytest.fixture
def as_role(admin: Actor):
    """Someone of another role at the same station."""

    def make(role: Role) -> Actor:
        return Actor(admin.user_id, "someone", "某人", role, admin.station_id)

    return make


@pytest.fixture
def read_pdf(tmp_path: Path):
    """A PDF's text as pdftotext reads it (layout kept), the file left in tmp_path."""

    def read(name: str, pdf: bytes) -> str:
        assert pdf.startswith(b"%PDF-")
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(pdf)
        args = ["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"]
        return subprocess.run(args, check=True, capture_output=True, text=True).stdout

    return read
