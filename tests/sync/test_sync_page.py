"""The 同步 page and the status bar's line at a station."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sync_helpers import Side, id_number, new_station

from gridesk import clock
from gridesk.config import Location
from gridesk.core.actor import Actor
from gridesk.core.residents.records import (
    ResidentInput,
    create_resident,
    get_resident,
    update_resident,
)
from gridesk.core.store import Store
from gridesk.core.sync.overview import overview
from gridesk.ui.desk import Desk
from gridesk.ui.fonts import install_fonts
from gridesk.ui.i18n import install_language
from gridesk.ui.sync.page import SyncPage, status_text

pytestmark = [
    pytest.mark.sqlite_only,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def test_the_page_lists_conflicts_packs_and_the_station_line(
    qtbot, store: Store, admin: Actor, _migrated_template: str, tmp_path: Path
) -> None:
    hub = Side("hub", store, admin, tmp_path)
    assert status_text(store) == ""  # the hub has no such line
    wang = create_resident(
        hub.store, hub.admin, ResidentInput("王秀英", phone="13800000001", id_number=id_number(1))
    )
    zx = new_station(hub, _migrated_template, tmp_path, "ZX")
    update_resident(
        zx.store,
        zx.admin,
        wang.id,
        ResidentInput("王秀英", phone="13700000003", id_number=id_number(1)),
    )
    hub_pack = hub.export(zx)
    update_resident(
        hub.store,
        hub.admin,
        wang.id,
        ResidentInput("王秀英", phone="13900000002", id_number=id_number(1)),
    )
    zx.take(hub_pack)  # heard from the centre now
    zx.take(hub.export(zx))  # the hub's change of the phone: a conflict here
    clock.set_now(clock.utcnow() + timedelta(days=3))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_fonts(app)
    install_language(app, "zh_CN")
    try:
        assert status_text(zx.store) == "离线 · 上次同步 3 天前 · 2 条操作待发送"
        page = SyncPage(Desk(zx.store, zx.admin, Location(zx.folder, zx.store.url)))
        qtbot.addWidget(page)
        page.resize(1166, 708)
        page.show()
        page.refresh()
        assert page.conflicts.rowCount() == 1
        cells = [page.conflicts.item(0, c).text() for c in range(5)]  # type: ignore[union-attr]
        assert cells == ["两边都改了", "王秀英", "电话", "13700000003", "13900000002"]
        assert page.packs.rowCount() == 2 and page.count() == 1
        shot = os.environ.get("GRIDESK_SHOTS")
        if shot:
            page.grab().save(str(Path(shot) / "sync_page.png"))
        page.conflicts.setFocus()
        qtbot.waitUntil(page.conflicts.hasFocus)
        key(qtbot, Qt.Key.Key_Space)  # the first conflict: what it asks, and its buttons
        assert "王秀英的电话" in page.explain.text()
        assert page.there_button.isEnabled() and not page.resolve_button.isEnabled()
        if shot:
            page.grab().save(str(Path(shot) / "sync_page_field.png"))
        key(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # the centre's value
        qtbot.waitUntil(lambda: page.conflicts.rowCount() == 0)  # (a mnemonic clicks late)
        assert get_resident(zx.store, zx.admin, wang.id).phone == "13900000002"
        # ZX's own change reaches the centre, listed there, and the decision behind it closes it
        hub.take(zx.export())
        assert overview(hub.store, hub.admin).conflicts == ()  # type: ignore[union-attr]
        assert get_resident(hub.store, hub.admin, wang.id).phone == "13900000002"
        page.take_pack(tmp_path / "missing.gdp")
        assert page.message.property("state") == "error"
    finally:
        from gridesk.ui import i18n

        for translator in i18n._installed:  # the other tests read the source strings
            app.removeTranslator(translator)
        i18n._installed.clear()


def test_a_held_redemption_is_applied_from_the_page(
    qtbot, store: Store, admin: Actor, _migrated_template: str, tmp_path: Path
) -> None:
    from sync_helpers import held_redemption

    from gridesk.core.models import new_id
    from gridesk.core.points import earning

    hub = Side("hub", store, admin, tmp_path)
    wang, rule, _, _, _ = held_redemption(hub, _migrated_template, tmp_path)
    page = SyncPage(Desk(hub.store, hub.admin, Location(hub.folder, hub.store.url)))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    assert page.conflicts.rowCount() == 1
    assert not page.apply_button.isEnabled() and not page.cancel_button.isEnabled()
    page.conflicts.selectRow(0)
    assert page.apply_button.isEnabled() and page.cancel_button.isEnabled()
    assert page.conflicts.item(0, 1).text() == "王秀英"  # type: ignore[union-attr]
    shot = os.environ.get("GRIDESK_SHOTS")
    if shot:
        page.grab().save(str(Path(shot) / "sync_page_held.png"))
    page.apply_button.click()  # 0 points left: not yet
    assert page.message.state == "error" and "still too low" in page.message.text()
    assert page.conflicts.rowCount() == 1
    earning.award(hub.store, hub.admin, rule.id, [wang.id], new_id())
    page.conflicts.selectRow(0)
    page.apply_button.click()
    assert (page.message.state, page.message.text()) == ("ok", "The redemption was entered.")
    assert page.conflicts.rowCount() == 0 and not page.apply_button.isEnabled()


def test_a_residents_own_offline_allowance_is_set_from_the_page_by_keyboard(
    qtbot, store: Store, admin: Actor, _migrated_template: str, tmp_path: Path
) -> None:
    hub = Side("hub", store, admin, tmp_path)
    create_resident(hub.store, hub.admin, ResidentInput("王秀英", id_number=id_number(71)))
    zx = new_station(hub, _migrated_template, tmp_path, "ZX")
    page = SyncPage(Desk(hub.store, hub.admin, Location(hub.folder, hub.store.url)))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    page.tabs.setCurrentWidget(page.allowances)
    tab = page.allowances
    assert "100" in tab.state.text() and tab.table.rowCount() == 0
    tab.search.setFocus()
    qtbot.waitUntil(tab.search.hasFocus)
    qtbot.keyClicks(tab.search, "wxy")  # her initials
    key(qtbot, Qt.Key.Key_Return)  # the matches: the first one current
    assert tab.found.count() == 1 and tab.found.hasFocus()
    key(qtbot, Qt.Key.Key_Return)  # picked: on to the points
    assert tab.points.hasFocus()
    tab.points.selectAll()
    qtbot.keyClicks(tab.points, "200")
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    assert page.message.text() == "王秀英: at most 200 points redeemed offline."
    assert [tab.table.item(0, c).text() for c in (0, 2)] == ["王秀英", "200"]  # type: ignore[union-attr]
    shot = os.environ.get("GRIDESK_SHOTS")
    if shot:
        page.grab().save(str(Path(shot) / "sync_page_allowances.png"))
    zx.take(hub.export(zx))  # the station shows it, and cannot change it
    station = SyncPage(Desk(zx.store, zx.admin, Location(zx.folder, zx.store.url)))
    qtbot.addWidget(station)
    station.refresh()
    assert station.allowances.table.rowCount() == 1
    assert not station.allowances.set_button.isEnabled()
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    key(qtbot, Qt.Key.Key_Space)  # her row: hers is the one to change
    assert tab.picker.current_id() is not None and tab.points.value() == 200
    key(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # back to the setting
    qtbot.waitUntil(lambda: tab.table.rowCount() == 0)
    assert page.message.text() == "王秀英: back to the allowance for everyone."
