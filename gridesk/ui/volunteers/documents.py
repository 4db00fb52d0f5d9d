"""Printing the volunteers' documents from the page (kept in the print history first)."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QWidget,
)

from gridesk import clock
from gridesk.core.volunteers import papers
from gridesk.core.volunteers.activities import ActivityInfo
from gridesk.ui.desk import Desk
from gridesk.ui.printing import print_paper


def print_roster(parent: QWidget, desk: Desk, monday: date) -> None:
    print_paper(parent, desk, lambda: papers.paper_roster(desk.store, desk.actor, monday))


def print_notice(parent: QWidget, desk: Desk, activities: list[ActivityInfo]) -> None:
    print_paper(parent, desk, lambda: papers.paper_notice(desk.store, desk.actor, activities))


class RangeDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        today = clock.today()
        self.start = QDateEdit(QDate(today.year, 1, 1))
        self.end = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def dates(self) -> tuple[date, date]:
        a, b = self.start.date(), self.end.date()
        return date(a.year(), a.month(), a.day()), date(b.year(), b.month(), b.day())


def print_certificate(parent: QWidget, desk: Desk, resident_id: uuid.UUID) -> None:
    dialog = RangeDialog(parent, parent.tr("Service certificate"))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    start, end = dialog.dates()
    dialog.deleteLater()
    if not accepted:
        return
    print_paper(
        parent,
        desk,
        lambda: papers.paper_certificate(desk.store, desk.actor, resident_id, start, end),
    )


def export_report(parent: QWidget, desk: Desk, start: date, end: date) -> None:
    from gridesk.exchange.volunteers_io import export_hours_report

    dialog = RangeDialog(parent, parent.tr("Hours report"))
    dialog.start.setDate(QDate(start.year, start.month, start.day))
    dialog.end.setDate(QDate(end.year, end.month, end.day))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    start, end = dialog.dates()
    dialog.deleteLater()
    if not accepted:
        return
    name, _ = QFileDialog.getSaveFileName(
        parent,
        parent.tr("Save the hours report"),
        f"志愿服务时长_{start:%Y%m%d}-{end:%Y%m%d}.xlsx",
        parent.tr("Excel workbook (*.xlsx)"),
    )
    if not name:
        return
    export_hours_report(desk.store, desk.actor, Path(name), start, end)
