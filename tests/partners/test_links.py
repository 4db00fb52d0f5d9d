"""Linking wishes, bookings, activities and volunteers to a partner unit by hand: the candidates
a unit is offered, the links made and undone by keys on the 关联记录 tab, what the evaluation
then counts, and the partners' and care register's entries of `gridesk check`."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from gridesk import clock
from gridesk.config import Location
from gridesk.core.actor import Actor, Role
from gridesk.core.care.helpers import HelperInput, add_helper
from gridesk.core.care.models import CareCardReprint, CareGoods, CareHelper
from gridesk.core.care.visits import GoodsLine, VisitInput, record_visit
from gridesk.core.check import run_checks
from gridesk.core.models import Tag
from gridesk.core.partners import evaluation, registry
from gridesk.core.partners.links import link_candidates
from gridesk.core.partners.models import PartnerLink
from gridesk.core.partners.registry import UnitInput
from gridesk.core.requests.wishes import claim_wish, publish_wish
from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.core.treasure.rooms import BookingRequest, RoomInput, book_room, save_room
from gridesk.core.volunteers.activities import ActivityInput, save_activity
from gridesk.core.volunteers.services import ProfileInput, local_dt, save_profile
from gridesk.errors import PermissionDenied
from gridesk.ui.desk import Desk
from gridesk.ui.partners.page import PartnersPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def records(store, admin):
    """国网供电所 and 幸福里小学; wishes claimed as 国网供电所 (exactly), as 供电所 (loosely) and
    by a volunteer; a room booked under the unit's name and one under 供电所; an activity
    named after the unit and one not; a volunteer who is the unit's 双报到 member."""
    today = clock.today()
    unit = registry.save_unit(store, admin, None, UnitInput("国网供电所", "enterprise"))
    school = registry.save_unit(store, admin, None, UnitInput("幸福里小学", "school"))
    elder = create_resident(store, admin, ResidentInput(name="刘大爷", phone="13700001111")).id
    wishes = {}
    for claimer_kind, claimer in (
        ("partner", "国网供电所"),
        ("partner", "供电所"),
        ("volunteer", "张志强"),
    ):
        wish = publish_wish(store, admin, what=f"一件冬衣（{claimer}）", resident_id=elder)
        claim_wish(store, admin, wish.id, claimer_kind=claimer_kind, claimer_name=claimer)
        wishes[claimer] = wish.id
    publish_wish(store, admin, what="一副老花镜", resident_id=elder)  # nobody claimed it
    room = save_room(store, admin, None, RoomInput(name="议事厅", capacity=30)).id
    bookings = {}
    for hour, holder in ((10, "国网供电所"), (14, "供电所")):
        (booking,) = book_room(
            store,
            admin,
            BookingRequest(
                room,
                today + timedelta(days=1),
                hour * 60,
                (hour + 1) * 60,
                holder_kind="partner",
                holder_name=holder,
                purpose="安全用电讲座",
            ),
        )
        bookings[holder] = booking.id
    day = today + timedelta(days=2)
    talk = save_activity(
        store,
        admin,
        None,
        ActivityInput(
            "国网供电所安全用电进社区", local_dt(day, 9 * 60), local_dt(day, 11 * 60), 20
        ),
    ).id
    save_activity(
        store,
        admin,
        None,
        ActivityInput("垃圾分类宣传", local_dt(day, 14 * 60), local_dt(day, 16 * 60), 20),
    )
    worker = create_resident(store, admin, ResidentInput(name="王电工", phone="13900003333")).id
    save_profile(store, admin, worker, ProfileInput())
    registry.add_member(store, admin, unit.id, "王电工", resident_id=worker)
    return {
        "unit": unit.id,
        "school": school.id,
        "wishes": wishes,
        "bookings": bookings,
        "talk": talk,
        "worker": worker,
    }


def states(store, admin, unit_id, kind, text=""):
    return {
        (c.named or c.title): c.state for c in link_candidates(store, admin, unit_id, kind, text)
    }


def test_the_candidates_of_a_unit(store, admin, records):
    unit = records["unit"]
    assert states(store, admin, unit, "wish") == {"国网供电所": "by_name", "供电所": "candidate"}
    assert states(store, admin, unit, "booking") == {
        "国网供电所": "by_name",
        "供电所": "candidate",
    }
    assert states(store, admin, unit, "activity") == {"国网供电所安全用电进社区": "candidate"}
    assert states(store, admin, unit, "volunteer") == {"王电工": "candidate"}
    # a search text finds what names the unit in no way
    assert states(store, admin, unit, "wish", "张志强") == {
        "国网供电所": "by_name",
        "供电所": "candidate",
        "张志强": "candidate",
    }
    # a record linked to another unit says so, and is offered to this one last
    registry.link(store, admin, records["school"], "wish", [records["wishes"]["张志强"]])
    (last,) = [c for c in link_candidates(store, admin, unit, "wish", "张志强")][-1:]
    assert (last.named, last.state, last.other_unit) == ("张志强", "elsewhere", "幸福里小学")


def test_linking_is_what_the_evaluation_counts(store, admin, records):
    unit, year = records["unit"], clock.today().year

    def figures():
        return evaluation.evaluate(store, admin, year).result(unit).figures

    before = figures()
    assert (before.wishes, before.bookings, before.activities) == (1, 1, 0)  # exact names
    registry.link(store, admin, unit, "wish", [records["wishes"]["供电所"]])
    registry.link(store, admin, unit, "booking", [records["bookings"]["供电所"]])
    registry.link(store, admin, unit, "activity", [records["talk"]])
    after = figures()
    assert (after.wishes, after.bookings, after.activities) == (2, 2, 1)
    # a name-matched record linked to another unit counts for that one instead
    registry.link(store, admin, records["school"], "wish", [records["wishes"]["国网供电所"]])
    assert figures().wishes == 1


def test_only_the_partners_editors_link(store, admin, records):
    leader = Actor(admin.user_id, "lingdao", "领导", Role.LEADER, admin.station_id)
    with pytest.raises(PermissionDenied):
        registry.link(store, leader, records["unit"], "activity", [records["talk"]])
    # a leader reads the candidates
    assert link_candidates(store, leader, records["unit"], "activity")


@pytest.fixture
def page(qtbot, store, admin, tmp_path, records):
    widget = PartnersPage(Desk(store, admin, Location(tmp_path, store.url)))
    qtbot.addWidget(widget)
    widget.resize(1166, 708)
    widget.show()
    return widget


def rows(tab):
    return [
        (tab.table.item(n, 3).text() or tab.table.item(n, 2).text(), tab.table.item(n, 0).text())
        for n in range(tab.table.rowCount())
    ]


def test_linking_and_unlinking_by_keys(qtbot, page, store, admin, records):
    units = [page.unit_list.item(n).text() for n in range(page.unit_list.count())]
    page.unit_list.setCurrentRow(next(n for n, t in enumerate(units) if "国网供电所" in t))
    page.tabs.setCurrentWidget(page.links_tab)
    tab = page.links_tab
    assert tab.unit.currentText() == "国网供电所"
    assert rows(tab) == [("国网供电所", "Counted by its name"), ("供电所", "Not linked")]
    # down to 供电所 and Enter: linked
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert ("供电所", "Linked to this unit") in rows(tab)
    assert "Linked to 国网供电所" in page.message.text()
    assert registry.linked(store, admin, records["unit"], "wish") == [records["wishes"]["供电所"]]
    # the linked record comes first now; Delete on it unlinks it
    assert rows(tab)[0] == ("供电所", "Linked to this unit")
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert registry.linked(store, admin, records["unit"], "wish") == []
    assert rows(tab) == [("国网供电所", "Counted by its name"), ("供电所", "Not linked")]
    # Delete on a record counted by its name: nothing to undo here, and the desk is told
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert "Only records linked" in page.message.text()
    # the volunteers they sent: the unit's member, found and linked with two keys
    tab.kind.setCurrentIndex(tab.kind.findData("volunteer"))
    assert rows(tab) == [("王电工", "Not linked")]
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert registry.linked(store, admin, records["unit"], "volunteer") == [records["worker"]]
    # another kind and a search typed in the box
    tab.kind.setCurrentIndex(tab.kind.findData("wish"))
    tab.search.setText("张志强")  # typed with an input method
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert ("张志强", "Not linked") in rows(tab)


def test_check_finds_links_to_records_gone_and_care_records_out_of_line(store, admin, records):
    assert [p for p in run_checks(store) if p.startswith(("partners", "care"))] == []
    with store.write(admin) as s:
        s.add(PartnerLink(unit_id=records["unit"], kind="activity", record_id=uuid.uuid4()))
    # a care resident with a helper, a visit with goods; then a helper ended without a day,
    # a goods line worth a fortune and a card flagged for someone with no helper
    with store.read() as s:
        care_tag = s.execute(select(Tag.id).where(Tag.care.is_(True))).scalars().first()
    elder = create_resident(
        store,
        admin,
        ResidentInput(name="孙奶奶", phone="13700002222", tag_ids=frozenset({care_tag})),
    ).id
    lonely = create_resident(
        store,
        admin,
        ResidentInput(name="钱爷爷", phone="13700003333", tag_ids=frozenset({care_tag})),
    ).id
    add_helper(store, admin, elder, HelperInput("building_captain", "周国强", "13900001111"))
    record_visit(
        store,
        admin,
        elder,
        VisitInput(clock.today(), "relief", "周国强", goods=(GoodsLine("大米", 1, "袋", 6000),)),
    )
    assert [p for p in run_checks(store) if p.startswith("care")] == []
    with store.write(admin) as s:
        helper = s.execute(select(CareHelper)).scalars().one()
        helper.active = False
        goods = s.execute(select(CareGoods)).scalars().one()
        goods.value_cents = 999_999_999
        s.add(CareCardReprint(resident_id=lonely))
    found = [p for p in run_checks(store) if p.startswith(("partners", "care"))]
    assert sorted(found) == sorted(
        [
            "partners: unit 国网供电所: 1 linked activity record(s) no longer exist",
            "care: 孙奶奶: helper 周国强 is ended but ended on no day",
            "care: 钱爷爷: the care card is flagged for reprinting but no helper was ever named",
            "care: 孙奶奶: 1 goods line(s) of the visit of "
            f"{clock.today()} are not plausible (999999999)",
        ]
    )
