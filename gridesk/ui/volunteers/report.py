"""Hours report on screen: approved hours by person, by team and by month, for a date range."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridesk import clock
from gridesk.core.volunteers.hours import HoursTotal, hours_report
from gridesk.errors import GrideskError
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text


class ReportView(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        today = clock.today()
        self.start = QDateEdit(QDate(today.year, 1, 1))
        self.end = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.export_button = QPushButton(self.tr("Export (.xlsx)…"))
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.start)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.end)
        self.total = QLabel()
        self.total.setObjectName("dialogTitle")
        bar.addWidget(self.total, 1)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        tables = QHBoxLayout()
        self.by_person = self._table(self.tr("Person"))
        self.by_team = self._table(self.tr("Team"))
        self.by_month = self._table(self.tr("Month"))
        for title, table in (
            (self.tr("By person"), self.by_person),
            (self.tr("By team"), self.by_team),
            (self.tr("By month"), self.by_month),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(table, 1)
            tables.addLayout(column, 1)
        layout.addLayout(tables, 1)
        self.start.dateChanged.connect(lambda _d: self.refresh())
        self.end.dateChanged.connect(lambda _d: self.refresh())
        self.export_button.clicked.connect(self.export)

    def _table(self, first: str) -> QTableWidget:
        table = QTableWidget(0, 3)
        table.setHorizontalHeaderLabels([first, self.tr("Hours"), self.tr("Times")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def dates(self) -> tuple[date, date]:
        a, b = self.start.date(), self.end.date()
        return date(a.year(), a.month(), a.day()), date(b.year(), b.month(), b.day())

    def refresh(self) -> None:
        from datetime import timedelta

        start, end = self.dates()
        try:
            report = hours_report(self.desk.store, self.desk.actor, start, end + timedelta(days=1))
        except GrideskError as exc:
            self.total.setText(error_text(exc))
            return
        for table, rows in (
            (self.by_person, report.by_person),
            (self.by_team, report.by_team),
            (self.by_month, report.by_month),
        ):
            self._fill(table, rows)
        minutes = sum(t.minutes for t in report.by_person)
        self.total.setText(
            self.tr("{hours} approved hours by {people} volunteers").format(
                hours=f"{minutes / 60:.1f}", people=len(report.by_person)
            )
        )

    def _fill(self, table: QTableWidget, rows: tuple[HoursTotal, ...]) -> None:
        table.setRowCount(len(rows))
        for r, t in enumerate(rows):
            for c, text in enumerate((t.key, f"{t.minutes / 60:.1f}", str(t.records))):
                table.setItem(r, c, QTableWidgetItem(text))

    def export(self) -> None:
        from gridesk.ui.volunteers.documents import export_report

        start, end = self.dates()
        try:
            export_report(self, self.desk, start, end)
        except GrideskError as exc:
            self.total.setText(error_text(exc))
