"""Volunteers fixtures: a few residents made volunteers, on the shared store/admin fixtures."""

from __future__ import annotations

import uuid

import pytest

from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.core.volunteers.services import ProfileInput, save_profile

PEOPLE = [
    ("单田芳", "13912345678", "急救、电工"),
    ("曾小贤", "13812345678", "电工"),
    ("王秀英", "13700001234", "文艺"),
    ("李建国", "13600002345", ""),
]


@pytest.fixture
def people(store, admin) -> dict[str, uuid.UUID]:
    """Four residents with volunteer profiles, by name."""
    out = {}
    for i, (name, phone, skills) in enumerate(PEOPLE):
        r = create_resident(
            store, admin, ResidentInput(name=name, phone=phone, building="5", room=f"30{i}")
        )
        save_profile(store, admin, r.id, ProfileInput(skills=skills, party_member=i == 0))
        out[name] = r.id
    return out
