"""日结与报表: the day's closing by cashier (print on the roll, F9 shows it to print elsewhere
or save as PDF, export to Excel), points issued vs redeemed per month, and a resident's
statement printed on A4."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridesk import clock
from gridesk.core import printing
from gridesk.core.points import papers, reports
from gridesk.core.printing import FAMILY_PAGE, PrintJobView
from gridesk.errors import GrideskError
from gridesk.exchange.points_io import export_closing
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text
from gridesk.ui.messages import show_error
from gridesk.ui.points.printing import outcome_text, print_slip
from gridesk.ui.printing import preview_document, preview_job, print_document
from gridesk.ui.widgets.resident_picker import ResidentPicker


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    # each column as wide as its title and figures (an even share cut the English titles)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[object]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(str(value)))


class ReportsTab(QWidget):
    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.closing: reports.DailyClosing | None = None
        self.closing_slip: tuple[reports.DailyClosing, PrintJobView] | None = None
        """The last closing slip made here, with the figures it was made from (F9 shows it
        again while they have not changed)."""
        layout = QHBoxLayout(self)

        day_box = QGroupBox(self.tr("Daily closing"))
        dv = QVBoxLayout(day_box)
        bar = QHBoxLayout()
        self.day = QDateEdit(QDate(clock.today()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.print_button = QPushButton(self.tr("Print closing"))
        self.export_button = QPushButton(self.tr("Export…"))
        preview_key = QKeySequence(Qt.Key.Key_F9)
        key = preview_key.toString(QKeySequence.SequenceFormat.NativeText)
        self.preview_button = QPushButton(self.tr("Preview ({key})").format(key=key))
        self.preview_button.setObjectName("previewClosing")
        self.preview_button.setToolTip(
            self.tr("Show the closing slip, to print on any printer or save as PDF ({key})").format(
                key=key
            )
        )
        # as F9 at the counter shows the last receipt
        QShortcut(preview_key, self, activated=self.preview_closing)
        bar.addWidget(self.day)
        # a hall's desk closes its own till; rows name each cashier's desk either way
        self.own_desk = QCheckBox(
            self.tr("This desk only ({desk})").format(desk=desk.store.desk_name)
        )
        self.own_desk.setObjectName("ownDesk")
        self.own_desk.setVisible(bool(desk.store.desk_name))
        bar.addWidget(self.own_desk)
        bar.addStretch(1)
        bar.addWidget(self.preview_button)
        bar.addWidget(self.print_button)
        bar.addWidget(self.export_button)
        dv.addLayout(bar)
        self.cashiers = _table(
            [
                self.tr("Cashier"),
                self.tr("Desk"),
                self.tr("Redemptions"),
                self.tr("Refunds"),
                self.tr("Points spent"),
                self.tr("Points refunded"),
                self.tr("Goods out"),
            ]
        )
        self.cashiers.setObjectName("closingTable")
        dv.addWidget(self.cashiers, 2)
        self.goods = _table([self.tr("Goods"), self.tr("Quantity out")])
        dv.addWidget(self.goods, 2)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        dv.addWidget(self.summary)
        layout.addWidget(day_box, 3)

        side = QVBoxLayout()
        month_box = QGroupBox(self.tr("Points issued and redeemed this year"))
        mv = QVBoxLayout(month_box)
        self.months = _table(
            [self.tr("Month"), self.tr("Issued"), self.tr("Redeemed"), self.tr("Refunded")]
        )
        self.months.setObjectName("monthTable")
        mv.addWidget(self.months)
        side.addWidget(month_box, 3)
        statement_box = QGroupBox(self.tr("Resident statement (A4)"))
        sv = QVBoxLayout(statement_box)
        self.resident = QLineEdit()
        self.resident.setPlaceholderText(self.tr("Name or phone, Enter prints"))
        sv.addWidget(self.resident)
        self.statement_message = QLabel("")
        self.statement_message.setWordWrap(True)
        sv.addWidget(self.statement_message)
        side.addWidget(statement_box, 1)
        statement_box.setVisible(printing.may_print(desk.actor, FAMILY_PAGE))
        layout.addLayout(side, 2)

        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.own_desk.toggled.connect(lambda _on: self.refresh())
        self.print_button.clicked.connect(self.print_closing)
        self.preview_button.clicked.connect(self.preview_closing)
        self.export_button.clicked.connect(lambda: self.export())
        self.resident.returnPressed.connect(self.print_statement)
        self.refresh()

    def selected_day(self) -> date:
        d = self.day.date()
        return date(d.year(), d.month(), d.day())

    def refresh(self) -> None:
        own = self.own_desk.isChecked() and bool(self.desk.store.desk_name)
        self.closing = c = reports.daily_closing(
            self.desk.store,
            self.desk.actor,
            self.selected_day(),
            desk=self.desk.store.desk_name if own else None,
        )
        _fill(
            self.cashiers,
            [
                [
                    r.cashier,
                    r.desk,
                    r.redemptions,
                    r.refunds,
                    r.points_spent,
                    r.points_refunded,
                    r.goods_out,
                ]
                for r in c.rows
            ],
        )
        # the desk column where a hall's desks have names
        self.cashiers.setColumnHidden(1, not any(r.desk for r in c.rows))
        _fill(self.goods, [[name, n] for name, n in c.goods])
        self.summary.setText(
            self.tr("Net points spent: {points}").format(points=f"{c.net_points:,}")
        )
        year = self.selected_day().year
        _fill(
            self.months,
            [
                [m.month, m.issued, m.redeemed, m.refunded]
                for m in reports.monthly(self.desk.store, self.desk.actor, year)
            ],
        )

    def print_closing(self) -> None:
        if self.closing is None:
            return
        try:
            slip = papers.closing_receipt(self.desk.store, self.desk.actor, self.closing)
            result = print_slip(self, self.desk, slip)
        except GrideskError as exc:
            show_error(self, exc)
            return
        if result.job is not None:
            self.closing_slip = (self.closing, result.job)
        self.summary.setText(outcome_text(result, preview_key=Qt.Key.Key_F9))

    def preview_closing(self) -> None:
        """The closing slip's pages with Print… and Save as PDF…: the one printed last when
        the figures are the same, else one made now (kept in the print history, as a print)."""
        if self.closing is None:
            return
        if self.closing_slip is not None and self.closing_slip[0] == self.closing:
            preview_job(self, self.desk, self.closing_slip[1])
            return
        try:
            slip = papers.closing_receipt(self.desk.store, self.desk.actor, self.closing)
        except GrideskError as exc:
            show_error(self, exc)
            return
        result = preview_document(self, self.desk, slip)
        if result.job is not None:
            self.closing_slip = (self.closing, result.job)

    def export(self, path: Path | None = None) -> Path | None:
        if self.closing is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the daily closing"),
                str(Path.home() / f"积分超市日结-{self.closing.day:%Y%m%d}.xlsx"),
                self.tr("Excel workbook (*.xlsx)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        months = reports.monthly(self.desk.store, self.desk.actor, self.closing.day.year)
        try:
            export_closing(self.closing, months, path)
        except OSError as exc:
            self.summary.setText(
                self.tr("Could not write {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc
                )
            )
            return None
        self.summary.setText(self.tr("Saved {path}").format(path=path))
        return path

    def print_statement(self) -> None:
        text = self.resident.text().strip()
        resident, why_not = ResidentPicker.one(self.desk, text)
        if resident is None:
            self.statement_message.setText(why_not)
            return
        try:
            document = papers.statement(
                self.desk.store, self.desk.actor, resident.id, resident.address
            )
        except GrideskError as exc:
            self.statement_message.setText(error_text(exc))
            return
        result = print_document(self, self.desk, document)
        self.statement_message.setText(
            {
                "printed": self.tr("Statement printed."),
                "cancelled": "",
            }.get(result.outcome.value, self.tr("The statement did not print."))
        )
