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
from gridesk.core.printing import FAMILY_PAGE
from gridesk.core.volunteers.activities import ActivityInfo
from gridesk.core.volunteers.documents import certificate_pdf, notice_activity, roster_pdf
from gridesk.errors import GrideskError
from gridesk.ui.desk import Desk
from gridesk.ui.messages import show_error
from gridesk.ui.printing import Document, print_document


def print_roster(parent: QWidget, desk: Desk, monday: date) -> None:
    try:
        pdf = roster_pdf(desk.store, desk.actor, monday)
    except GrideskError as exc:
        show_error(parent, exc)
        return
    title = parent.tr("Duty roster, week of {day}").format(day=f"{monday:%Y-%m-%d}")
    print_document(
        parent, desk, Document("volunteer_roster", title, f"{monday:%Y-%m-%d}", pdf, FAMILY_PAGE)
    )


def print_notice(parent: QWidget, desk: Desk, activities: list[ActivityInfo]) -> None:
    from gridesk.core.printing import document_station
    from gridesk.documents.volunteers import render_notice

    pdf = render_notice([notice_activity(a) for a in activities], document_station(desk.store))
    title = parent.tr("Upcoming activities")
    print_document(parent, desk, Document("activity_notice", title, "", pdf, FAMILY_PAGE))


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
    try:
        data, pdf = certificate_pdf(desk.store, desk.actor, resident_id, start, end)
    except GrideskError as exc:
        show_error(parent, exc)
        return
    title = parent.tr("Service certificate: {name}").format(name=data.name)
    print_document(
        parent,
        desk,
        Document("volunteer_certificate", title, data.name, pdf, FAMILY_PAGE, str(resident_id)),
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
