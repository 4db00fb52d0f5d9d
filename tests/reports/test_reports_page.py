"""The reports window: pick October 2026, show it, read the figures; cancel; save settings;
a figure opens its window; the leader's role sees the window and changes nothing."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QInputDialog, QTableWidget

from gridesk.config import Location
from gridesk.core.actor import Actor, Permission, Role
from gridesk.core.reports.report import saved_reports
from gridesk.ui.desk import Desk
from gridesk.ui.main_window import MainWindow
from gridesk.ui.reports.page import ReportsPage


@pytest.fixture
def page(qtbot, store, admin, centre, tmp_path):
    widget = ReportsPage(Desk(store, admin, Location(tmp_path, store.url)))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.day.setDate(QDate(2026, 10, 15))
    return widget


def cells(table: QTableWidget) -> dict[str, list[str]]:
    return {
        table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, table.columnCount())]
        for r in range(table.rowCount())
    }


def show(qtbot, page):
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report is not None and page.show_button.isEnabled(), timeout=20000)


def test_october_is_shown_with_the_month_before(qtbot, page, tmp_path):
    show(qtbot, page)
    assert page.tabs.count() == 6
    assert page.tabs.tabText(0) == "Requests"
    figures = page.tabs.widget(0).widget().findChildren(QTableWidget)[0]
    shown = cells(figures)
    assert shown["Requests accepted"] == ["5", "1", "+4"]
    assert shown["Resolved on time"] == ["75%", "—", ""]
    assert shown["Working days to resolve (average)"] == ["3.5", "—", ""]
    assert "2026-10-01 to 2026-10-31" in page.message.text()
    page.tabs.setCurrentIndex(2)
    shot = Path(os.environ.get("GRIDESK_SHOTS", tmp_path)) / "reports_treasure.png"
    page.grab().save(str(shot))
    page.tabs.setCurrentIndex(0)
    page.grab().save(str(shot.with_name("reports_requests.png")))


def test_a_figure_opens_the_window_of_its_records(qtbot, page):
    show(qtbot, page)
    figures = page.tabs.widget(0).widget().findChildren(QTableWidget)[0]
    with qtbot.waitSignal(page.open_records) as opened:
        figures.itemDoubleClicked.emit(figures.item(0, 0))
    window, wanted = opened.args
    assert window == "requests"
    assert (wanted["day_from"], wanted["day_to"]) == ("2026-10-01", "2026-10-31")


def test_a_category_opens_the_requests_list_filtered_to_it(qtbot, store, admin, centre, tmp_path):
    main = MainWindow(Desk(store, admin, Location(tmp_path, store.url)), lambda: None)
    qtbot.addWidget(main)
    reports = main.show_page("reports")
    assert isinstance(reports, ReportsPage)
    reports.day.setDate(QDate(2026, 10, 15))
    show(qtbot, reports)
    tables = reports.tabs.widget(0).widget().findChildren(QTableWidget)
    by_category = next(
        t for t in tables if t.horizontalHeaderItem(0).text() == "Requests by category"
    )
    row = next(
        r for r in range(by_category.rowCount()) if by_category.item(r, 0).text() == "邻里纠纷"
    )
    by_category.itemDoubleClicked.emit(by_category.item(row, 1))
    requests = main.pages["requests"]
    assert main.stack.currentWidget() is requests
    queue = requests.queue
    assert queue.category_filter.currentText() == "邻里纠纷"
    assert queue.view.currentData() == "all"
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1)


def test_cancel_stops_the_report(qtbot, page):
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.show_button.isEnabled, timeout=20000)
    # cancelled before its last section, or finished first: either way the page is usable
    assert page.report is not None or "cancelled" in page.message.text()


def test_settings_are_saved_by_name_and_opened_again(qtbot, page, store, admin, monkeypatch):
    page.kind.setCurrentIndex(page.kind.findData("quarter"))
    page.scope.setCurrentIndex(page.scope.findText("Grid: 第一网格"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("每月民情报表", True))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    (saved,) = saved_reports(store, admin)
    assert (saved.name, saved.kind, saved.scope_kind) == ("每月民情报表", "quarter", "grid")
    page.kind.setCurrentIndex(0)
    page.saved.setCurrentIndex(1)
    page.saved.activated.emit(1)
    qtbot.waitUntil(lambda: page.report is not None and page.show_button.isEnabled(), timeout=20000)
    assert page.report.scope.name == "第一网格"
    assert page.report.period.kind == "quarter"
    assert page.report.period.first == date(2026, 10, 1)


def test_the_leader_reads_and_changes_nothing():
    leader = Actor(None, "leader", "Leader", Role.LEADER, None)
    assert leader.can(Permission.REPORTS_VIEW) and leader.can(Permission.REQUESTS_VIEW)
    changing = {
        p for p in Permission if not p.value.endswith(".view") and p is not Permission.REPORTS_VIEW
    }
    assert not any(leader.can(p) for p in changing)


def test_the_report_shown_is_saved_as_pdf_and_workbook(qtbot, page, tmp_path, monkeypatch):
    import subprocess

    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    show(qtbot, page)
    for kind in ("pdf", "xlsx"):
        target = tmp_path / f"report.{kind}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target: (str(t), ""))
        qtbot.mouseClick(getattr(page, f"{kind}_button"), Qt.MouseButton.LeftButton)
        assert target.exists()
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "report.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "2026年10月月报" in text and "受理诉求" in text
    assert load_workbook(tmp_path / "report.xlsx").sheetnames[0] == "诉求"
