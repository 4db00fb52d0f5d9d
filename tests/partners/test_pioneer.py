"""先锋指数: the party members' own index, computed by hand on a small fixture, ranked and
printed for the 党员积分 board."""

from __future__ import annotations

import subprocess
from datetime import timedelta

import pytest

from gridesk import clock
from gridesk.cli import main
from gridesk.core.partners import papers
from gridesk.core.partners.pioneer import pioneer_index, pioneer_weights, set_pioneer_weights
from gridesk.core.requests.cases import IntakeInput, StepRequest, move_case, take_request
from gridesk.core.requests.catalogue import save_category
from gridesk.core.requests.machine import Action
from gridesk.core.requests.wishes import claim_wish, fulfil_wish, publish_wish
from gridesk.core.residents.catalogue import list_tags
from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.core.volunteers.activities import ActivityInput, save_activity
from gridesk.core.volunteers.hours import Target, approve_hours, check_in_out
from gridesk.core.volunteers.services import (
    ProfileInput,
    add_shift,
    local_dt,
    save_profile,
    save_team,
)
from gridesk.errors import PermissionDenied, ValidationError


@pytest.fixture
def members(store, admin):
    tags = {t.name: t.id for t in list_tags(store, admin)}
    people = {}
    for name, phone, tagged, party_profile in (
        ("张红军", "13700001111", True, False),  # tagged 党员
        ("李卫东", "13700002222", False, True),  # a volunteer whose profile says 党员
        ("王群众", "13700003333", False, False),  # not a party member
    ):
        rid = create_resident(
            store,
            admin,
            ResidentInput(
                name=name,
                phone=phone,
                tag_ids=frozenset({tags["党员"]}) if tagged else frozenset(),
            ),
        ).id
        save_profile(store, admin, rid, ProfileInput(party_member=party_profile))
        people[name] = rid
    yesterday = clock.today() - timedelta(days=1)
    start = local_dt(yesterday, 8 * 60)
    shift = add_shift(store, admin, "前台引导", start, start + timedelta(hours=3))
    for name, minutes in (("张红军", 120), ("李卫东", 60), ("王群众", 180)):
        check_in_out(store, admin, people[name], Target("shift", shift), now=start)
        done = check_in_out(store, admin, people[name], now=start + timedelta(minutes=minutes))
        approve_hours(store, admin, [done.record.id])
    category = save_category(store, admin, None, name="邻里互助").id
    case = take_request(store, admin, IntakeInput(category, "帮忙搬家具", phone="13700009999"))
    move_case(
        store,
        admin,
        case.id,
        StepRequest(Action.DISPATCH, handler_kind="volunteer", handler_id=people["张红军"]),
    )
    wish = publish_wish(store, admin, what="一台收音机", wisher_name="刘奶奶")
    claim_wish(store, admin, wish.id, claimer_kind="party_member", claimer_name="张红军")
    fulfil_wish(store, admin, wish.id, note="已送到")
    team = save_team(store, admin, None, "党员先锋队", leader_id=people["张红军"])
    tomorrow = clock.today() + timedelta(days=1)
    save_activity(
        store,
        admin,
        None,
        ActivityInput(
            "义务理发",
            local_dt(tomorrow, 9 * 60),
            local_dt(tomorrow, 11 * 60),
            20,
            eligibility="team",
            team_id=team.id,
        ),
    )
    set_pioneer_weights(store, admin, {"hours": 2, "cases": 5, "wishes": 5, "activities": 10})
    return people


def test_the_index_computed_by_hand(store, admin, members):
    rows = pioneer_index(store, admin, clock.today().year)
    assert [r.name for r in rows] == ["张红军", "李卫东"]  # 王群众 is not a party member
    zhang, li = rows
    assert (zhang.hours, zhang.cases, zhang.wishes, zhang.activities) == (2.0, 1, 1, 1)
    assert zhang.index == 24.0  # 2 × 2 h + 5 × 1 case + 5 × 1 wish + 10 × 1 activity
    assert (li.hours, li.cases, li.wishes, li.activities) == (1.0, 0, 0, 0)
    assert li.index == 2.0  # 2 × 1 h
    assert (zhang.rank, li.rank) == (1, 2)
    # the admin's weights decide: hours alone rank them by hours
    rows = pioneer_index(store, admin, clock.today().year, {"hours": 1.0})
    assert [(r.name, r.index) for r in rows] == [("张红军", 2.0), ("李卫东", 1.0)]
    # another year has none of it: a tie at 0, both first
    rows = pioneer_index(store, admin, clock.today().year - 1)
    assert [(r.index, r.rank) for r in rows] == [(0.0, 1), (0.0, 1)]


def test_the_board_and_the_weights(store, admin, members, tmp_path, as_desk, capsys, monkeypatch):
    year = clock.today().year
    path = tmp_path / "board.pdf"
    path.write_bytes(papers.pioneer_pdf(store, admin, year))
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert f"{year} 年度党员先锋指数" in text
    assert text.index("张红军") < text.index("李卫东") and "王群众" not in text
    assert "24" in text and "服务时长（每小时 2 分）" in text
    with pytest.raises(PermissionDenied):
        set_pioneer_weights(store, as_desk, {"hours": 3})
    with pytest.raises(ValidationError):
        set_pioneer_weights(store, admin, {"hours": 300})
    assert pioneer_weights(store, as_desk)["activities"] == 10
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    args = ["--data-dir", str(tmp_path)]
    out = tmp_path / "先锋指数.pdf"
    assert main(["partners", "pioneer", "--year", str(year), str(out), *args]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t") == ["1", "张红军", "2", "1", "1", "1", "24"]
    assert out.read_bytes().startswith(b"%PDF-")


@pytest.fixture
def as_desk(admin):
    from gridesk.core.actor import Actor, Role

    return Actor(admin.user_id, "qiantai", "前台", Role.FRONT_DESK, admin.station_id)
