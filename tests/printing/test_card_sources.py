"""Cards built from the registry: who gets which card, what it says, and what it costs."""

from __future__ import annotations

import uuid

import pytest
from print_readback import pdf_pages, pdf_qr_codes, pdf_text
from printing_helpers import make_user
from sqlalchemy import event, insert, select

from gridesk.core.actor import Role
from gridesk.core.cards import photos
from gridesk.core.cards.sources import (
    BATCH_LIMIT,
    BatchCancelled,
    CardKind,
    build_cards,
    card_address,
    list_candidates,
    render_batch,
    services_for,
)
from gridesk.core.models import Resident, ResidentTag, Tag
from gridesk.core.residents.records import ResidentFilter
from gridesk.core.volunteers.services import save_team
from gridesk.documents.cards import CareContactCard, GridContactCard, ResidentCard, VolunteerCard
from gridesk.documents.qr import verify_payload
from gridesk.errors import PermissionDenied


def names(batch) -> set[str]:
    return set(batch.names)


def test_care_cards_only_for_residents_with_a_care_tag(store, admin, registry):
    batch = build_cards(store, admin, CardKind.CARE, f=ResidentFilter())
    assert names(batch) == {"王秀英", "赵小明"}
    assert all(isinstance(card, CareContactCard) for card in batch.cards)
    # explicit ids that do not qualify are left out, not printed wrongly
    picked = build_cards(
        store, admin, CardKind.CARE, ids=[registry.member.id, registry.alone.id, registry.plain.id]
    )
    assert picked.names == ("王秀英",)
    assert picked.subject_id == str(registry.alone.id)


def test_a_care_card_names_the_helpers_services_and_address(store, admin, registry):
    batch = build_cards(store, admin, CardKind.CARE, ids=[registry.alone.id, registry.child.id])
    alone, child = batch.cards
    assert isinstance(alone, CareContactCard) and isinstance(child, CareContactCard)
    assert alone.resident_name == "王秀英"
    assert alone.address == "阳光花园 3号楼 2单元 301室"
    assert [(h.role, h.name, h.phone) for h in alone.helpers] == [
        ("网格员", "李娜", "13800138000"),
        ("网格长", "王建国", "13900139000"),
    ]
    assert alone.services == ("每周探访", "紧急联系")
    assert [h.name for h in child.helpers] == ["周敏"]  # the other grid has no leader
    assert child.services == ("关爱帮扶", "学业辅导", "亲情陪伴", "四点半课堂")


def test_candidates_follow_the_filter_and_the_card_kind(store, admin, registry):
    care = list_candidates(store, admin, CardKind.CARE)
    assert {c.name for c in care} == {"王秀英", "赵小明"}
    by_tag = list_candidates(
        store, admin, CardKind.CARE, ResidentFilter(tag_id=registry.tags["困境儿童"].id)
    )
    assert [c.name for c in by_tag] == ["赵小明"]
    assert by_tag[0].tags == "困境儿童、留守儿童" and by_tag[0].grid_name == "第二网格"
    by_grid = list_candidates(
        store, admin, CardKind.RESIDENT, ResidentFilter(grid_id=registry.grid.id)
    )
    assert {c.name for c in by_grid} == {"王秀英", "钱卫国", "孙志愿", "周平常"}
    by_text = list_candidates(store, admin, CardKind.RESIDENT, ResidentFilter(text="wxy"))
    assert [c.name for c in by_text] == ["王秀英"]
    volunteers = list_candidates(store, admin, CardKind.VOLUNTEER)
    assert [c.name for c in volunteers] == ["孙志愿"]
    grids = list_candidates(store, admin, CardKind.GRID)
    assert [c.name for c in grids] == ["第一网格", "第二网格"]


def test_resident_and_volunteer_cards_carry_signed_payloads(store, admin, registry, tmp_path):
    secret = store.qr_secret()
    residents = build_cards(store, admin, CardKind.RESIDENT, ids=[registry.volunteer.id])
    (card,) = residents.cards
    assert isinstance(card, ResidentCard)
    assert card.masked_id == "1101**********002X"
    payload = verify_payload(secret, card.qr_text)
    assert (payload.kind, payload.ident) == ("R", str(registry.volunteer.id))
    volunteers = build_cards(store, admin, CardKind.VOLUNTEER, f=ResidentFilter())
    (badge,) = volunteers.cards
    assert isinstance(badge, VolunteerCard) and badge.name == "孙志愿" and badge.team == ""
    assert verify_payload(secret, badge.qr_text).kind == "V"
    # in a volunteer team (志愿服务队), the card names it
    save_team(store, admin, None, "红马甲服务队", leader_id=registry.volunteer.id)
    save_team(store, admin, None, "敲门行动队", leader_id=registry.volunteer.id)
    volunteers = build_cards(store, admin, CardKind.VOLUNTEER, f=ResidentFilter())
    (badge,) = volunteers.cards
    assert isinstance(badge, VolunteerCard) and badge.team == "敲门行动队、红马甲服务队"

    pdf = tmp_path / "volunteers.pdf"
    pdf.write_bytes(render_batch(store, volunteers))
    assert "孙志愿" in pdf_text(pdf)
    codes = pdf_qr_codes(pdf)
    assert [verify_payload(secret, code).ident for code in codes] == [str(registry.volunteer.id)]


def test_grid_cards_with_photos_and_a_vcard(store, admin, registry, tmp_path):
    import io

    from PIL import Image

    photo = io.BytesIO()
    Image.new("RGB", (900, 1200), (90, 120, 200)).save(photo, "JPEG")
    photos.save_staff_photo(store, admin, registry.grid.id, "worker", photo.getvalue())
    batch = build_cards(store, admin, CardKind.GRID, ids=[registry.grid.id])
    (card,) = batch.cards
    assert isinstance(card, GridContactCard)
    assert card.grid_worker.name == "李娜" and card.grid_leader is not None
    assert card.grid_worker.photo is not None and card.grid_leader.photo is None
    assert card.duties == ("入户走访", "政策宣传", "矛盾调解")
    assert batch.title == "网格连心服务卡 ×1"

    pdf = tmp_path / "grid.pdf"
    pdf.write_bytes(render_batch(store, batch))
    text = pdf_text(pdf)
    assert "李娜" in text and "王建国" in text and "第一网格" in text
    (vcard,) = pdf_qr_codes(pdf)
    assert vcard.startswith("BEGIN:VCARD") and "13800138000" in vcard


def test_a_cashier_cannot_build_cards(store, admin, registry):
    cashier = make_user(store, admin, Role.CASHIER, "cashier")
    with pytest.raises(PermissionDenied):
        list_candidates(store, cashier, CardKind.RESIDENT)
    with pytest.raises(PermissionDenied):
        build_cards(store, cashier, CardKind.RESIDENT, ids=[registry.plain.id])


def test_small_helpers():
    assert card_address("阳光花园", "3", "2", "301") == "阳光花园 3号楼 2单元 301室"
    assert card_address("阳光花园", "A座", "", "1201") == "阳光花园 A座-1201"
    assert card_address("阳光花园", "", "", "") == "阳光花园"
    assert services_for(["独居老人", "空巢老人", "独居老人"]) == (
        "每周探访",
        "紧急联系",
        "定期探访",
        "代办服务",
    )
    assert services_for(["某新标签"]) == ("定期探访",)


def _many_residents(store, admin, count: int, tag_name: str | None = None) -> list[uuid.UUID]:
    """Residents written in bulk (the registry's own rules are tested elsewhere)."""
    ids = [uuid.uuid4() for _ in range(count)]
    rows = [
        {
            "id": rid,
            "name": f"居民{i:04d}",
            "sort_key": f"ju min {i:04d}",
            "gender": "",
            "phone": "",
            "estate": "大批小区",
            "building": str(i % 30 + 1),
            "unit": "1",
            "room": str(100 + i % 50),
            "notes": "",
            "archived": False,
            "id_number": f"110105194912{i:04d}",
            "station_id": admin.station_id,
            "created_by": admin.user_id,
        }
        for i, rid in enumerate(ids)
    ]
    with store.write(admin) as s:
        s.execute(insert(Resident), rows)
        if tag_name:
            tag = s.execute(select(Tag.id).where(Tag.name == tag_name)).scalar_one()
            s.execute(insert(ResidentTag), [{"resident_id": r, "tag_id": tag} for r in ids])
    return ids


class QueryCounter:
    def __init__(self, engine) -> None:
        self.engine = engine
        self.count = 0

    def __enter__(self):
        event.listen(self.engine, "before_cursor_execute", self._seen)
        return self

    def __exit__(self, *exc) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)

    def _seen(self, *args) -> None:
        self.count += 1


@pytest.mark.slow
def test_a_thousand_cards_take_a_handful_of_queries(store, admin, tmp_path):
    ids = _many_residents(store, admin, 1000, tag_name="独居老人")
    with QueryCounter(store.engine) as by_filter:
        batch = build_cards(store, admin, CardKind.RESIDENT, f=ResidentFilter(estate="大批小区"))
    assert len(batch.cards) == 1000
    assert by_filter.count <= 10, by_filter.count
    with QueryCounter(store.engine) as by_ids:
        care = build_cards(store, admin, CardKind.CARE, ids=ids)
    assert len(care.cards) == 1000 and care.subject.endswith("等 1000 人")
    assert by_ids.count <= 10, by_ids.count
    pdf = tmp_path / "thousand.pdf"
    pdf.write_bytes(render_batch(store, batch))
    assert pdf_pages(pdf) == 200  # 100 sheets of fronts, each followed by its backs


def test_a_batch_can_be_cancelled_and_reports_progress(store, admin):
    _many_residents(store, admin, 1200)
    seen: list[tuple[int, int]] = []
    batch = build_cards(
        store,
        admin,
        CardKind.RESIDENT,
        f=ResidentFilter(),
        progress=lambda d, t: seen.append((d, t)),
    )
    assert len(batch.cards) == 1200
    assert seen == [(0, 1200), (500, 1200), (1000, 1200), (1200, 1200)]
    asked = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 1

    with pytest.raises(BatchCancelled):
        build_cards(store, admin, CardKind.RESIDENT, f=ResidentFilter(), cancelled=cancel)
    assert BATCH_LIMIT >= 1000
