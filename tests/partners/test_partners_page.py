"""The partners window as the desk uses it: a new unit, its party members and lists; the
evaluation tab's scoring sheet typed in and the ranking worked out again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gridesk import clock
from gridesk.config import Location
from gridesk.core.partners import evaluation, registry
from gridesk.core.requests.catalogue import list_units as request_units
from gridesk.ui.desk import Desk
from gridesk.ui.partners.page import PartnersPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(qtbot, store, admin, tmp_path):
    widget = PartnersPage(Desk(store, admin, Location(tmp_path, store.url)))
    qtbot.addWidget(widget)
    widget.resize(1166, 708)
    widget.show()
    return widget


def test_a_unit_its_members_and_lists_from_the_page(qtbot, page, store, admin):
    tab = page.unit_tab
    tab.name.setText("幸福里小学")  # typed with an input method
    tab.kind.setCurrentIndex(2)  # school
    qtbot.keyClicks(tab.phone, "13905710007")
    tab.save_button.click()
    assert page.unit_list.count() == 1
    assert "幸福里小学" in page.unit_list.item(0).text()
    assert "dispatched" in page.message.text()
    (unit,) = registry.list_units(store, admin)
    assert unit.kind == "school" and unit.contact_phone == "13905710007"
    assert any(u.name == "幸福里小学" for u in request_units(store, admin, "partner"))
    tab.member_name.setText("周老师")
    tab.add_member_button.click()
    assert tab.members.count() == 1
    tab.item_list.setCurrentIndex(2)  # projects
    tab.item_title.setText("四点半课堂")
    tab.add_item_button.click()
    assert tab.item_table.rowCount() == 1
    assert tab.item_table.item(0, 2).text() == "Planned"
    tab.item_table.selectRow(0)
    tab.item_status.setCurrentIndex(2)  # done
    tab.status_button.click()
    assert tab.item_table.item(0, 2).text() == "Done"
    (item,) = registry.list_items(store, admin, unit.id)
    assert item.status == "done" and item.done_on == clock.today()


def test_the_scoring_sheet(qtbot, page, store, admin):
    from gridesk.core.partners.registry import UnitInput

    for name in ("幸福里小学", "锦绣物业公司"):
        registry.save_unit(store, admin, None, UnitInput(name, "school"))
    page.tabs.setCurrentWidget(page.evaluation_tab)
    tab = page.evaluation_tab
    assert tab.sheet.rowCount() == 2
    # only the two scores count this year: residents 50, centre 50
    for n in range(tab.weights.rowCount()):
        measure = tab.weights.item(n, 0).data(Qt.ItemDataRole.UserRole)
        tab.weights.item(n, 1).setText("50" if measure in ("residents", "centre") else "0")
    rows = {tab.sheet.item(n, 1).text(): n for n in range(2)}
    tab.sheet.item(rows["锦绣物业公司"], 3).setText("90")
    tab.sheet.item(rows["锦绣物业公司"], 4).setText("70")
    tab.sheet.item(rows["幸福里小学"], 3).setText("60")
    tab.save_button.click()
    assert "Saved" in page.message.text()
    assert [tab.sheet.item(n, 1).text() for n in range(2)] == ["锦绣物业公司", "幸福里小学"]
    assert tab.sheet.item(0, 5).text() == "80.00"  # (50·90 + 50·70) / 100
    assert tab.sheet.item(1, 5).text() == "30.00"  # (50·60 + 50·0) / 100
    result = evaluation.evaluate(store, admin, clock.today().year)
    assert result.weights["cases"] == 0 and result.results[0].manual["centre"] == 70
