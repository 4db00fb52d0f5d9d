"""The points-for-hours dialog, used as the desk would: open it, read it, press award."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gridesk.config import Location
from gridesk.core.points import accounts, earning
from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.core.volunteers.hours import approve_hours, claim_task, complete_task, publish_task
from gridesk.ui.desk import Desk
from gridesk.ui.points.hours_dialog import HoursAwardDialog


def test_the_desk_awards_volunteer_hours_once(qtbot, store, admin, tmp_path) -> None:
    wang = create_resident(store, admin, ResidentInput(name="王秀英", phone="13912345678")).id
    earning.save_rule(store, admin, "垃圾分类", 5)
    earning.save_rule(store, admin, "志愿服务", 10, unit="小时")
    task = publish_task(store, admin, "助老送餐")
    claim_task(store, admin, task, wang)
    approve_hours(store, admin, [complete_task(store, admin, task, 90)])

    dialog = HoursAwardDialog(Desk(store, admin, Location(tmp_path, store.url)))
    qtbot.addWidget(dialog)
    assert "志愿服务" in dialog.rule.currentText()  # the rule counted by the hour is chosen
    assert dialog.table.rowCount() == 1
    assert [dialog.table.item(0, c).text() for c in (0, 3, 4)] == ["王秀英", "90", "15"]
    qtbot.mouseClick(dialog.award_button, Qt.MouseButton.LeftButton)
    assert accounts.account_view(store, admin, wang).balance == 15
    assert dialog.table.rowCount() == 0 and not dialog.award_button.isEnabled()
    assert dialog.summary.text() == dialog.tr("Awarded %n record(s).", "", 1)
