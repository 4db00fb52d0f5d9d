"""Partner units: the registry and its lists, links from other windows, and the annual
evaluation with its figures computed by hand on a small fixture."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook

from gridesk import clock
from gridesk.cli import main
from gridesk.core.actor import Actor, Role
from gridesk.core.partners import evaluation, papers, registry
from gridesk.core.partners.registry import UnitInput
from gridesk.core.requests.cases import IntakeInput, StepRequest, move_case, take_request
from gridesk.core.requests.catalogue import list_units as request_units
from gridesk.core.requests.catalogue import save_category
from gridesk.core.requests.machine import Action
from gridesk.core.requests.wishes import claim_wish, publish_wish
from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.core.treasure.rooms import BookingRequest, RoomInput, book_room, save_room
from gridesk.errors import PermissionDenied, ValidationError
from gridesk.exchange.partners_io import export_evaluation


def _text(tmp_path, name, pdf):
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    args = ["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def year(store, admin):
    """The fixture of the hand computation (see test_the_evaluation_computed_by_hand)."""
    today = clock.today()
    school = registry.save_unit(
        store, admin, None, UnitInput("实验小学", "school", contact_name="王老师")
    )
    hospital = registry.save_unit(store, admin, None, UnitInput("人民医院", "hospital"))
    estate = registry.save_unit(store, admin, None, UnitInput("阳光物业", "property"))
    category = save_category(store, admin, None, name="环境卫生").id
    resident = create_resident(store, admin, ResidentInput(name="刘大爷", phone="13700001111")).id

    def case(unit, hours):
        """A case dispatched to the unit and answered ``hours`` later."""
        taken = take_request(store, admin, IntakeInput(category, "楼道堆物", resident_id=resident))
        move_case(
            store,
            admin,
            taken.id,
            StepRequest(Action.DISPATCH, handler_kind="partner", handler_id=unit.request_unit_id),
        )
        clock.set_now(clock.utcnow() + timedelta(hours=hours))
        move_case(store, admin, taken.id, StepRequest(Action.START))

    case(school, 2)
    case(school, 4)
    case(hospital, 1)
    for claimer_kind, claimer in (
        ("partner", "实验小学"),
        ("partner", "人民医院"),
        ("volunteer", "李医生"),
    ):
        wish = publish_wish(store, admin, what="一件冬衣", resident_id=resident)
        claim_wish(store, admin, wish.id, claimer_kind=claimer_kind, claimer_name=claimer)
        if claimer == "李医生":  # a doctor of the hospital, claimed in her own name
            registry.link(store, admin, hospital.id, "wish", [wish.id])
    room = save_room(store, admin, None, RoomInput(name="议事厅", capacity=30)).id
    book_room(
        store,
        admin,
        BookingRequest(
            room,
            today + timedelta(days=1),
            10 * 60,
            11 * 60,
            holder_kind="partner",
            holder_name="阳光物业",
            purpose="业主大会",
        ),
    )
    project = registry.add_item(store, admin, school.id, "project", "四点半课堂")
    registry.set_item_status(store, admin, project.id, "done", today)
    registry.add_item(store, admin, school.id, "resource", "操场周末开放")
    registry.add_member(store, admin, hospital.id, "赵医生", "13900002222", reported_on=today)
    evaluation.set_weights(
        store,
        admin,
        today.year,
        {"cases": 40, "response": 20, "wishes": 20, "residents": 10, "centre": 10},
    )
    for unit, residents, centre in ((school, 90, 80), (hospital, 80, 90), (estate, 70, 60)):
        evaluation.set_score(store, admin, today.year, unit.id, "residents", residents)
        evaluation.set_score(store, admin, today.year, unit.id, "centre", centre)
    return today.year, {"school": school.id, "hospital": hospital.id, "estate": estate.id}


def test_the_evaluation_computed_by_hand(store, admin, year):
    number, units = year
    result = evaluation.evaluate(store, admin, number)
    school, hospital, estate = (result.result(units[k]) for k in ("school", "hospital", "estate"))
    # the figures, collected from the records
    assert (school.figures.cases, school.figures.acknowledged) == (2, 2)
    assert school.figures.response_hours == pytest.approx(3.0, abs=0.01)  # (2 h + 4 h) / 2
    assert hospital.figures.cases == 1 and hospital.figures.response_hours == pytest.approx(
        1.0, abs=0.01
    )
    assert estate.figures.cases == 0 and estate.figures.response_hours is None
    assert (school.figures.wishes, hospital.figures.wishes, estate.figures.wishes) == (1, 2, 0)
    assert estate.figures.bookings == 1 and school.figures.bookings == 0
    assert school.figures.projects == 1 and hospital.figures.members == 1
    # scores against the best of the year: cases 2 is best, response 1 h is best, wishes 2
    assert school.scores["cases"] == 100 and hospital.scores["cases"] == 50
    assert school.scores["response"] == pytest.approx(33.33, abs=0.02)
    assert hospital.scores["response"] == 100 and estate.scores["response"] == 0
    assert school.scores["wishes"] == 50 and hospital.scores["wishes"] == 100
    # totals: (40·100 + 20·33.33 + 20·50 + 10·90 + 10·80) / 100 = 73.67
    #         (40·50 + 20·100 + 20·100 + 10·80 + 10·90) / 100 = 77.00
    #         (10·70 + 10·60) / 100 = 13.00
    assert school.total == pytest.approx(73.67, abs=0.01)
    assert hospital.total == pytest.approx(77.0, abs=0.01)
    assert estate.total == pytest.approx(13.0, abs=0.01)
    assert [(r.name, r.rank) for r in result.results] == [
        ("人民医院", 1),
        ("实验小学", 2),
        ("阳光物业", 3),
    ]


def test_the_evaluation_papers_and_the_command_line(
    store, admin, year, tmp_path, capsys, monkeypatch
):
    number, _units = year
    text = _text(tmp_path, "evaluation", papers.evaluation_pdf(store, admin, number))
    assert f"{number} 年度共建单位评议排名" in text
    first = text.index("人民医院")
    assert first < text.index("实验小学") < text.index("阳光物业")
    assert "77.00" in text and "73.67" in text and "13.00" in text
    assert "第 2 名（共 3 家）" in text or "第2名（共3家）" in text.replace(" ", "")
    assert "四点半课堂" in text and "已完成" in text
    assert text.count("\f") == 4  # the ranking and one page a unit
    path = tmp_path / "evaluation.xlsx"
    assert export_evaluation(store, admin, number, path) == 3
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[1], r[3]) for r in rows] == [
        (1, "人民医院", 77.0),
        (2, "实验小学", 73.67),
        (3, "阳光物业", 13.0),
    ]
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    args = ["--data-dir", str(tmp_path)]
    out = tmp_path / "评议.pdf"
    assert main(["partners", "evaluation", "--year", str(number), str(out), *args]) == 0
    assert out.read_bytes().startswith(b"%PDF-")
    assert f"Wrote the {number} evaluation of 3 units" in capsys.readouterr().out
    assert (
        main(["partners", "evaluation", "--year", str(number), str(tmp_path / "x.doc"), *args]) == 1
    )


def test_registry_lists_links_and_the_dispatch_target(store, admin):
    unit = registry.save_unit(
        store, admin, None, UnitInput("区税务局", "agency", contact_phone="0531-88881234")
    )
    # the unit is a dispatch target of the requests window, under the same name
    targets = {u.name: u for u in request_units(store, admin) if u.kind == "partner"}
    assert targets["区税务局"].id == unit.request_unit_id
    renamed = registry.save_unit(store, admin, unit.id, UnitInput("区税务局第一分局", "agency"))
    targets = {u.name: u for u in request_units(store, admin) if u.kind == "partner"}
    assert targets["区税务局第一分局"].id == renamed.request_unit_id
    need = registry.add_item(store, admin, unit.id, "need", "政策宣讲进社区")
    assert need.status == "open"
    with pytest.raises(ValidationError):
        registry.set_item_status(store, admin, need.id, "done")  # a need is met, not done
    met = registry.set_item_status(store, admin, need.id, "met", date(2026, 5, 1))
    assert met.done_on == date(2026, 5, 1)
    member = registry.add_member(store, admin, unit.id, "孙主任", "13600003333")
    assert registry.get_unit(store, admin, unit.id).members == 1
    registry.end_member(store, admin, member.id)
    assert registry.get_unit(store, admin, unit.id).members == 0
    other = registry.save_unit(store, admin, None, UnitInput("第二中学", "school"))
    some = create_resident(store, admin, ResidentInput(name="志愿者甲")).id
    assert registry.link(store, admin, unit.id, "volunteer", [some, some]) == 1
    assert registry.link(store, admin, other.id, "volunteer", [some]) == 1  # moved
    assert registry.linked(store, admin, unit.id, "volunteer") == []
    assert registry.linked(store, admin, other.id, "volunteer") == [some]
    with pytest.raises(ValidationError):
        registry.save_unit(store, admin, None, UnitInput("", "school"))


def test_permissions(store, admin, year):
    number, units = year
    cashier = Actor(admin.user_id, "shouyin", "收银", Role.CASHIER, admin.station_id)
    desk = Actor(admin.user_id, "qiantai", "前台", Role.FRONT_DESK, admin.station_id)
    with pytest.raises(PermissionDenied):
        registry.list_units(store, cashier)
    assert [u.name for u in registry.list_units(store, desk)]
    registry.add_item(store, desk, units["estate"], "resource", "保洁工具")
    with pytest.raises(PermissionDenied):  # the evaluation is the admin's
        evaluation.set_score(store, desk, number, units["estate"], "centre", 100)
    with pytest.raises(PermissionDenied):
        evaluation.set_weights(store, desk, number, {"cases": 100})
    with pytest.raises(ValidationError):
        evaluation.set_score(store, admin, number, units["estate"], "centre", 101)
    with pytest.raises(ValidationError):
        evaluation.set_weights(store, admin, number, {"cases": 0})
