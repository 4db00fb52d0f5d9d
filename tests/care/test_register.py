"""The care register's services: helpers and the card they print on, visits with goods, photos
and follow-ups, visit rhythms and who is overdue, the register as .xlsx, the papers."""

from __future__ import annotations

import io
import re
from datetime import timedelta

import pytest
from openpyxl import load_workbook
from PIL import Image

from gridesk import clock
from gridesk.core.actor import Role
from gridesk.core.cards.sources import CardKind, build_cards
from gridesk.core.care import helpers, papers, register, visits
from gridesk.core.care.helpers import HelperInput
from gridesk.core.care.visits import GoodsLine, VisitInput
from gridesk.core.requests.cases import get_case
from gridesk.core.requests.catalogue import save_category
from gridesk.errors import Conflict, PermissionDenied, ValidationError
from gridesk.exchange.care_io import REGISTER_COLUMNS, export_register


def _photo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (1200, 800), (200, 120, 90)).save(out, "PNG")
    return out.getvalue()


def test_the_care_card_names_the_register_helpers_and_is_flagged_when_they_change(
    store, admin, ward
):
    wang = ward.residents["王秀英"]
    # no helpers yet: the card names the grid's staff, as before
    card = build_cards(store, admin, CardKind.CARE, ids=[wang]).cards[0]
    assert [h.name for h in card.helpers] == ["张伟", "刘芳"]
    assert helpers.cards_to_reprint(store, admin) == []

    captain = helpers.add_helper(
        store, admin, wang, HelperInput("building_captain", "孙大妈", "139 0000 5555")
    )
    paired = helpers.add_helper(
        store,
        admin,
        wang,
        HelperInput("party_member", "赵志强", "13600007777", ward.residents["赵志强"]),
    )
    card = build_cards(store, admin, CardKind.CARE, ids=[wang]).cards[0]
    assert [(h.role, h.name, h.phone) for h in card.helpers] == [
        ("楼栋长", "孙大妈", "13900005555"),
        ("结对党员", "赵志强", "13600007777"),
    ]
    assert helpers.cards_to_reprint(store, admin) == [wang]
    assert helpers.cards_reprinted(store, admin, [wang]) == 1
    assert helpers.cards_to_reprint(store, admin) == []

    # a correction that changes nothing printed leaves the card alone; a new phone flags it
    helpers.update_helper(
        store, admin, captain.id, HelperInput("building_captain", "孙大妈", "13900005555")
    )
    assert helpers.cards_to_reprint(store, admin) == []
    helpers.update_helper(
        store, admin, captain.id, HelperInput("building_captain", "孙大妈", "13900006666")
    )
    assert helpers.cards_to_reprint(store, admin) == [wang]
    helpers.cards_reprinted(store, admin, [wang])
    ended = helpers.end_helper(store, admin, paired.id)
    assert not ended.active and ended.ended_on == clock.today()
    assert helpers.cards_to_reprint(store, admin) == [wang]
    assert [h.name for h in helpers.list_helpers(store, admin, wang)] == ["孙大妈"]
    assert len(helpers.list_helpers(store, admin, wang, include_ended=True)) == 2


def test_helpers_only_for_care_residents_and_with_a_phone(store, admin, ward):
    with pytest.raises(ValidationError, match="care tag"):
        helpers.add_helper(
            store, admin, ward.residents["张丽"], HelperInput("volunteer", "某某", "13600001111")
        )
    with pytest.raises(ValidationError, match="phone"):
        helpers.add_helper(
            store, admin, ward.residents["王秀英"], HelperInput("volunteer", "某某", "")
        )
    with pytest.raises(ValidationError, match="role"):
        helpers.add_helper(
            store, admin, ward.residents["王秀英"], HelperInput("boss", "某某", "13600001111")
        )


def test_visit_rhythm_and_who_is_overdue(store, admin, ward):
    today = clock.today()
    wang, li, chen = (ward.residents[n] for n in ("王秀英", "李建国", "陈桂兰"))
    # nobody visited yet: all three are overdue, never visited
    assert {o.name for o in register.overdue_visits(store, admin)} == {"王秀英", "李建国", "陈桂兰"}
    visits.record_visit(
        store, admin, wang, VisitInput(today - timedelta(days=8), visitors="孙大妈")
    )
    # 李建国 is both 独居老人 (7 days) and 残疾人 (30 days): the stricter rhythm holds
    visits.record_visit(store, admin, li, VisitInput(today - timedelta(days=10), visitors="张伟"))
    visits.record_visit(store, admin, chen, VisitInput(today - timedelta(days=10), visitors="张伟"))
    overdue = {o.name: o for o in register.overdue_visits(store, admin)}
    assert set(overdue) == {"王秀英", "李建国"}
    assert overdue["王秀英"].days_overdue == 1
    assert overdue["李建国"].days_overdue == 3 and overdue["李建国"].every_days == 7
    assert [o.name for o in register.overdue_visits(store, admin)] == ["李建国", "王秀英"]
    # visited today: no longer overdue; due exactly today is not yet late
    visits.record_visit(store, admin, li, VisitInput(today, visitors="张伟"))
    visits.record_visit(
        store, admin, wang, VisitInput(today - timedelta(days=7), visitors="孙大妈")
    )
    assert register.overdue_visits(store, admin) == []
    assert register.overdue_count(store, admin) == 0
    # the rhythm is the admin's: tighten 残疾人 to 7 days and 陈桂兰 is 3 days late
    visits.set_frequency(store, admin, ward.tags["残疾人"], 7)
    work = register.overdue_work(store, admin)
    assert [(w.name, w.days_overdue, w.window) for w in work] == [("陈桂兰", 3, "care")]
    # a group without a rhythm is never overdue
    visits.set_frequency(store, admin, ward.tags["残疾人"], None)
    assert register.overdue_visits(store, admin) == []


def test_a_visit_with_goods_photos_and_a_follow_up_that_becomes_a_request(store, admin, ward):
    save_category(store, admin, None, name="居家维修", deadline_days=3)
    wang = ward.residents["王秀英"]
    visit = visits.record_visit(
        store,
        admin,
        wang,
        VisitInput(
            clock.today(),
            kind="relief",
            visitors="张伟、孙大妈",
            findings="身体尚好，厨房水管漏水。",
            goods=(GoodsLine("大米", 1, "袋", 6000), GoodsLine("食用油", 2, "桶", 9800)),
            photos=(_photo(),),
            follow_ups=("请物业修理厨房水管",),
        ),
    )
    assert visit.goods_cents == 15800
    assert len(visit.photo_ids) == 1
    image = Image.open(io.BytesIO(visits.visit_photo(store, admin, visit.photo_ids[0])))
    assert max(image.size) == 600  # kept as core/pictures.py keeps every photo
    (follow,) = visit.follow_ups
    made = visits.follow_up_request(store, admin, follow.id)
    case = get_case(store, admin, made.request_id)
    assert case.resident_id == wang and "请物业修理厨房水管" in case.description
    assert case.category == "居家维修" and case.channel == "grid_report"
    with pytest.raises(Conflict):
        visits.follow_up_request(store, admin, follow.id)  # a double click takes it in once
    (again,) = visits.list_visits(store, admin, wang)
    assert again.follow_ups[0].request_number == case.number


def test_visits_are_checked(store, admin, ward):
    wang = ward.residents["王秀英"]
    with pytest.raises(ValidationError, match="who visited"):
        visits.record_visit(store, admin, wang, VisitInput(clock.today()))
    with pytest.raises(ValidationError, match="still to come"):
        visits.record_visit(
            store, admin, wang, VisitInput(clock.today() + timedelta(days=1), visitors="张伟")
        )
    with pytest.raises(ValidationError, match="quantity"):
        visits.record_visit(
            store,
            admin,
            wang,
            VisitInput(clock.today(), visitors="张伟", goods=(GoodsLine("米", 0),)),
        )
    with pytest.raises(ValidationError, match="care tag"):
        visits.record_visit(
            store, admin, ward.residents["张丽"], VisitInput(clock.today(), visitors="张伟")
        )
    with pytest.raises(ValidationError, match="Only care tags"):
        visits.set_frequency(store, admin, ward.tags["党员"], 30)


def test_permissions(store, admin, ward, as_role):
    cashier, desk = as_role(Role.CASHIER), as_role(Role.FRONT_DESK)
    wang = ward.residents["王秀英"]
    with pytest.raises(PermissionDenied):
        register.register(store, cashier)
    with pytest.raises(PermissionDenied):
        visits.record_visit(store, cashier, wang, VisitInput(clock.today(), visitors="张伟"))
    assert register.overdue_work(store, cashier) == []  # the home page shows them nothing
    # the front desk records visits and helpers, but the rhythm is the admin's
    visits.record_visit(store, desk, wang, VisitInput(clock.today(), visitors="张伟"))
    helpers.add_helper(store, desk, wang, HelperInput("grid_worker", "张伟", "13800001111"))
    with pytest.raises(PermissionDenied):
        visits.set_frequency(store, desk, ward.tags["独居老人"], 3)


def test_the_register_as_a_street_office_sheet(store, admin, ward, tmp_path):
    wang, li = ward.residents["王秀英"], ward.residents["李建国"]
    helpers.add_helper(store, admin, wang, HelperInput("building_captain", "孙大妈", "13900005555"))
    helpers.add_helper(store, admin, wang, HelperInput("grid_worker", "张伟", "13800001111"))
    day = clock.today() - timedelta(days=2)
    visits.record_visit(
        store,
        admin,
        wang,
        VisitInput(
            day,
            visitors="孙大妈",
            findings="=SUM(A1) 一切安好",
            goods=(GoodsLine("牛奶", 1, "箱", 4550),),
        ),
    )
    path = tmp_path / "register.xlsx"
    assert export_register(store, admin, path) == 3
    sheet = load_workbook(path).active
    assert sheet["A1"].value == "测试社区党群服务中心困难群众台账"
    assert [c.value for c in sheet[3]] == list(REGISTER_COLUMNS)
    rows = {r[1]: r for r in sheet.iter_rows(min_row=4, values_only=True)}
    assert set(rows) == {"王秀英", "李建国", "陈桂兰"}
    row = dict(zip(REGISTER_COLUMNS, rows["王秀英"], strict=True))
    assert row["帮扶责任人"] == "孙大妈（楼栋长）\n张伟（网格员）"
    assert row["责任人电话"] == "13900005555\n13800001111"
    assert row["困难类别"] == "独居老人" and row["走访频次"] == "每7天"
    assert row["最近走访日期"].date() == day
    assert row["最近走访情况"] == "=SUM(A1) 一切安好"  # as text, never run as a formula
    assert row["本年慰问金额（元）"] == 45.5
    assert (
        dict(zip(REGISTER_COLUMNS, rows["李建国"], strict=True))["困难类别"] == "独居老人、残疾人"
    )
    assert li in {r.id for r in register.register(store, admin)}


def test_the_visit_record_and_the_overdue_list_read_back(store, admin, ward, read_pdf):
    wang = ward.residents["王秀英"]
    helpers.add_helper(store, admin, wang, HelperInput("building_captain", "孙大妈", "13900005555"))
    today = clock.today()
    for n in range(30):  # enough visits for a second page
        visits.record_visit(
            store,
            admin,
            wang,
            VisitInput(
                today - timedelta(days=3 * n),
                kind="relief" if n % 10 == 0 else "visit",
                visitors="孙大妈、张伟",
                findings=f"第{30 - n}次：老人身体状况良好，精神不错，家中整洁，叮嘱注意防寒保暖。",
                goods=(GoodsLine("大米", 1, "袋", 6000),) if n % 10 == 0 else (),
                follow_ups=("联系社区医生上门测血压",) if n == 0 else (),
            ),
        )
    start = today - timedelta(days=120)
    text = read_pdf("record", papers.visit_record_pdf(store, admin, wang, start, today))
    assert "困难群众走访记录" in text and "王秀英" in text
    assert re.search(r"性别\s*女", text), "the gender is printed as 男/女, not the stored code"
    assert "孙大妈" in text and "139 0000 5555" in text
    assert "第1次：老人身体状况良好" in text and "第30次" in text
    assert "联系社区医生上门测血压" in text
    assert "本期走访 30 次，慰问物资合计 ¥180.00" in text
    assert "第2页" in text.replace(" ", "")
    text = read_pdf("overdue", papers.overdue_pdf(store, admin))
    assert "逾期未走访名单" in text
    assert "李建国" in text and "陈桂兰" in text and "从未走访" in text
    assert "王秀英" not in text
    assert "共2人" in text.replace(" ", "")
