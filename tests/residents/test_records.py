"""The resident registry service: rules, duplicates, search keys, the paged list."""

from __future__ import annotations

from datetime import date

import pytest

from gridesk.core.actor import Role
from gridesk.core.auth import create_user, sign_in
from gridesk.core.residents import catalogue
from gridesk.core.residents.records import (
    PossibleDuplicate,
    ResidentFilter,
    ResidentInput,
    count_residents,
    create_resident,
    get_resident,
    list_residents,
    set_archived,
    update_resident,
)
from gridesk.core.residents.validation import id_check_char
from gridesk.errors import ValidationError

ID_BODY = "11010519491231001"  # born 1949-12-31, male (odd 17th digit)
ID = ID_BODY + id_check_char(ID_BODY)


def names(store, actor, text="", **kw):
    f = ResidentFilter(text=text, **kw)
    return [r.name for r in list_residents(store, actor, f, 0, 100)]


@pytest.fixture
def people(store, admin):
    grid = catalogue.save_grid(
        store, admin, None, name="第一网格", worker_name="李娜", worker_phone="13800138000"
    )
    tags = {t.name: t.id for t in catalogue.list_tags(store, admin)}
    made = {}
    for name, phone, room, tag in [
        ("单田芳", "13912345678", "301", "独居老人"),
        ("曾国华", "13812340000", "302", "党员"),
        ("解晓东", "0531-88886666", "501", None),
        ("仇建国", "", "101", None),
        ("朴美玲", "13700001111", "102", None),
        ("区志强", "13600002222", "201", None),
        ("张三丰", "13500003333", "202", None),
    ]:
        made[name] = create_resident(
            store,
            admin,
            ResidentInput(
                name=name,
                phone=phone,
                estate="阳光花园",
                building="3",
                unit="2",
                room=room,
                grid_id=grid.id,
                tag_ids=frozenset({tags[tag]}) if tag else frozenset(),
            ),
        )
    return made


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("单", "单田芳"),
        ("田芳", "单田芳"),
        ("shan", "单田芳"),
        ("dan", "单田芳"),
        ("stf", "单田芳"),
        ("dtf", "单田芳"),
        ("zeng", "曾国华"),
        ("ceng", "曾国华"),
        ("xie", "解晓东"),
        ("jiexiao", "解晓东"),
        ("qiu", "仇建国"),
        ("chou", "仇建国"),
        ("piao", "朴美玲"),
        ("pu", "朴美玲"),
        ("ou", "区志强"),
        ("qzq", "区志强"),
        ("ZSF", "张三丰"),
        ("sanfeng", "张三丰"),
        ("5678", "单田芳"),
        ("13912345678", "单田芳"),
        ("88886666", "解晓东"),
        ("053188886666", "解晓东"),
        ("1391234", "单田芳"),
        ("3-2-501", "解晓东"),
        ("3栋2单元501", "解晓东"),
    ],
)
def test_search_finds_by_every_key(store, admin, people, query, expected):
    assert expected in names(store, admin, query)


def test_search_by_id_tail(store, admin):
    create_resident(store, admin, ResidentInput(name="王建军", id_number=ID))
    assert names(store, admin, ID[-4:]) == ["王建军"]
    assert names(store, admin, ID[-6:]) == ["王建军"]
    assert names(store, admin, ID) == ["王建军"]  # whole number, through its own index
    assert names(store, admin, ID[:10]) == ["王建军"]


def test_filters(store, admin, people):
    tags = {t.name: t.id for t in catalogue.list_tags(store, admin)}
    assert names(store, admin, tag_id=tags["独居老人"]) == ["单田芳"]
    assert len(names(store, admin, estate="阳光花园")) == 7
    assert names(store, admin, estate="别的小区") == []


def test_id_number_is_checked_against_birth_date_and_gender(store, admin):
    wrong_digit = ID_BODY + ("0" if ID[-1] != "0" else "1")
    with pytest.raises(ValidationError) as err:
        create_resident(store, admin, ResidentInput(name="王一", id_number=wrong_digit))
    assert err.value.field == "id_number"
    with pytest.raises(ValidationError):
        create_resident(store, admin, ResidentInput(name="王一", id_number=ID, gender="F"))
    with pytest.raises(ValidationError):
        create_resident(
            store, admin, ResidentInput(name="王一", id_number=ID, birth_date=date(1950, 1, 1))
        )
    saved = create_resident(store, admin, ResidentInput(name="王一", id_number=ID.lower()))
    assert saved.birth_date == date(1949, 12, 31) and saved.gender == "M"  # filled from the number


def test_id_number_masked_except_for_admins(store, admin):
    saved = create_resident(store, admin, ResidentInput(name="王一", id_number=ID))
    assert get_resident(store, admin, saved.id).id_number == ID
    create_user(store, admin, "qiantai", "前台", Role.FRONT_DESK, "desk123")
    desk = sign_in(store, "qiantai", "desk123")
    shown = get_resident(store, desk, saved.id)
    assert shown.id_number == ID[:4] + "*" * 10 + ID[-4:]
    assert list_residents(store, desk, ResidentFilter(), 0, 10)[0].id_number == shown.id_number
    # saving the form unchanged keeps the real number
    update_resident(
        store,
        desk,
        saved.id,
        ResidentInput(name="王一", id_number=shown.id_number, phone="13900000000"),
    )
    assert get_resident(store, admin, saved.id).id_number == ID


def test_same_id_number_blocks(store, admin):
    create_resident(store, admin, ResidentInput(name="王一", id_number=ID))
    with pytest.raises(PossibleDuplicate) as err:
        create_resident(store, admin, ResidentInput(name="王一一", id_number=ID))
    assert err.value.blocking and err.value.matches[0].name == "王一"


def test_same_name_and_phone_asks(store, admin):
    create_resident(store, admin, ResidentInput(name="李梅", phone="13911112222"))
    with pytest.raises(PossibleDuplicate) as err:
        create_resident(store, admin, ResidentInput(name="李梅", phone="139-1111-2222"))
    assert not err.value.blocking
    create_resident(
        store, admin, ResidentInput(name="李梅", phone="13911112222"), confirm_duplicate=True
    )
    assert count_residents(store, admin, ResidentFilter(text="李梅")) == 2


def test_bad_phone_refused(store, admin):
    with pytest.raises(ValidationError) as err:
        create_resident(store, admin, ResidentInput(name="王一", phone="12345"))
    assert err.value.field == "phone"


def test_archive_hides_but_keeps(store, admin, people):
    who = people["张三丰"]
    set_archived(store, admin, who.id, True)
    assert "张三丰" not in names(store, admin, "zsf")
    assert "张三丰" in names(store, admin, "zsf", include_archived=True)
    assert get_resident(store, admin, who.id).archived


def test_household_is_shared_by_address(store, admin):
    a = create_resident(
        store,
        admin,
        ResidentInput(name="刘大", estate="幸福里", building="1", unit="1", room="101"),
    )
    b = create_resident(
        store,
        admin,
        ResidentInput(name="刘二", estate="幸福里", building="1", unit="1", room="101"),
    )
    assert a.household_id == b.household_id
    assert get_resident(store, admin, a.id).household_members[0][1] == "刘二"


def test_edit_updates_search_keys(store, admin, people):
    who = people["张三丰"]
    update_resident(store, admin, who.id, ResidentInput(name="张无忌", phone="13500003333"))
    assert names(store, admin, "zsf") == []
    assert names(store, admin, "zwj") == ["张无忌"]


def stored_keys(store, resident_id) -> tuple[set[str], set[str]]:
    """The resident's rows in resident_keys, and the keys its row lists."""
    from sqlalchemy import select

    from gridesk.core.models import Resident, ResidentKey

    with store.read() as s:
        rows = set(
            s.execute(select(ResidentKey.key).where(ResidentKey.resident_id == resident_id))
            .scalars()
            .all()
        )
        listed = s.get(Resident, resident_id).search_keys
    return rows, set(listed.split())


def test_each_edit_leaves_exactly_the_keys_of_the_record_and_its_list(store, admin, people):
    from gridesk.core.check import run_checks
    from gridesk.core.residents.records import search_keys

    who = people["单田芳"]
    edits = [
        ResidentInput(
            name="单田芳", phone="13912345678", estate="阳光花园", building="3", room="301"
        ),
        ResidentInput(name="曾小贤", phone="0531-88881234", id_number=ID),
        ResidentInput(name="曾小贤", phone="0531-88881234", id_number=ID),  # nothing changes
        ResidentInput(name="欧阳娜娜"),
    ]
    for data in edits:
        update_resident(store, admin, who.id, data)
        rows, listed = stored_keys(store, who.id)
        expected = search_keys(
            data.name, data.phone, data.id_number, data.building, data.unit, data.room
        )
        assert rows == listed == expected, data.name
    assert names(store, admin, "zxx") == [] and names(store, admin, "88881234") == []
    assert names(store, admin, "oynn") == ["欧阳娜娜"]
    assert run_checks(store) == []


def test_check_finds_search_keys_their_resident_does_not_list(store, admin, people):
    from sqlalchemy import delete

    from gridesk.core.check import run_checks
    from gridesk.core.models import ResidentKey

    assert run_checks(store) == []
    with store.write(admin) as s:
        s.execute(delete(ResidentKey).where(ResidentKey.key == "tianfang"))
    assert any("search keys are stored" in problem for problem in run_checks(store))


def test_paging_is_stable(store, admin, people):
    everyone = names(store, admin)
    pages = [
        r.name
        for off in range(0, 7, 3)
        for r in list_residents(store, admin, ResidentFilter(), off, 3)
    ]
    assert pages == everyone and len(everyone) == 7


@pytest.mark.parametrize(
    "text", ["", "shan", "田芳", "5678", "13912345678", "3-2-501", "3栋2单元501", "zz", "0531"]
)
@pytest.mark.parametrize("archived", [False, True])
def test_fast_search_path_agrees_with_the_statements(store, admin, people, text, archived):
    """list/count run precompiled SQL straight on the driver (the plain reader, on SQLite and
    on a server alike); it must answer as the SQLAlchemy statements do."""
    from gridesk.core.residents.records import count_query, page_query

    grid = catalogue.list_grids(store, admin)[0]
    tags = {t.name: t.id for t in catalogue.list_tags(store, admin)}
    set_archived(store, admin, people["张三丰"].id, True)
    for f in (
        ResidentFilter(text=text, include_archived=archived),
        ResidentFilter(text=text, grid_id=grid.id, include_archived=archived),
        ResidentFilter(
            text=text, estate="阳光花园", tag_id=tags["独居老人"], include_archived=archived
        ),
    ):
        with store.read() as s:
            expected_count = s.execute(count_query(f)).scalar_one()
            expected_ids = [row.id for row in s.execute(page_query(f, 0, 100))]
        assert count_residents(store, admin, f) == expected_count
        assert [r.id for r in list_residents(store, admin, f, 0, 100)] == expected_ids


@pytest.mark.sqlite_only  # SQLite's EXPLAIN QUERY PLAN
def test_search_plan_reads_ids_by_primary_key(store, admin, people):
    """A text search never scans the residents table, whatever filter is set."""
    from gridesk.core.residents.records import page_sql

    grid = catalogue.list_grids(store, admin)[0]
    for f in (
        ResidentFilter(text="shan"),
        ResidentFilter(text="13912345678", grid_id=grid.id, estate="阳光花园"),
    ):
        sql, values = page_sql(f, 0, 100)
        with store.engine.connect() as conn:
            plan = " | ".join(
                str(r[3]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, values)
            )
        assert "SCAN residents" not in plan and "SCAN resident_keys" not in plan, plan


def test_a_search_lists_the_best_fit_first_the_rest_in_pinyin_order(store, admin):
    # zw found 董立新 first (董 zhong, 立 wei) and zhangwei 张立军: Enter opened the wrong person
    for name in ["董立新", "李张伟", "张立军", "张伟民", "赵文武", "张伟", "单伟"]:
        create_resident(store, admin, ResidentInput(name=name))
    assert names(store, admin, "zw") == ["张伟", "张伟民", "赵文武", "李张伟"]
    assert names(store, admin, "zhangwei") == ["张伟", "张伟民", "李张伟"]
    assert names(store, admin, "伟") == ["李张伟", "单伟", "张伟", "张伟民"]  # inside: pinyin
    assert names(store, admin, "dw") == ["单伟"]
    assert names(store, admin, "shanw") == ["单伟"]  # the surname reading still finds him
    # pages are cut from the ranked list
    page = [r.name for r in list_residents(store, admin, ResidentFilter(text="zw"), 1, 2)]
    assert page == ["张伟民", "赵文武"]
