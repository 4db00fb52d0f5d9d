"""民情周会审: pick a week, see its cases by category, grid and status, overdue first; save as
.xlsx or print on A4."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridesk import clock
from gridesk.core.printing import Document
from gridesk.core.requests import papers
from gridesk.core.requests.review import Review, week_of, weekly_review
from gridesk.exchange.requests_io import export_review
from gridesk.ui.desk import Desk
from gridesk.ui.lazy_model import widen_to_titles
from gridesk.ui.printing import PrintResult, print_document
from gridesk.ui.requests.labels import status_label
from gridesk.ui.requests.queue import OVERDUE


class ReviewTab(QWidget):
    open_case = Signal(object)  # uuid

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        monday, _ = week_of(clock.today())
        self.week = QDateEdit(QDate(monday.year, monday.month, monday.day))
        self.week.setCalendarPopup(True)
        self.week.setDisplayFormat("yyyy-MM-dd")
        self.previous = QPushButton(self.tr("◀ Previous week"))
        self.next = QPushButton(self.tr("Next week ▶"))
        self.save_button = QPushButton(self.tr("Save as Excel…"))
        self.print_button = QPushButton(self.tr("Print (A4)…"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Week from")))
        bar.addWidget(self.week)
        bar.addWidget(self.previous)
        bar.addWidget(self.next)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        self.summary = QLabel()
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 9)
        self.table.setObjectName("reviewTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Ticket"),
                self.tr("Resident"),
                self.tr("Category"),
                self.tr("Grid"),
                self.tr("Status"),
                self.tr("Deadline"),
                self.tr("Rating"),
                self.tr("Handler"),
                self.tr("What they said"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemActivated.connect(
            lambda item: self.open_case.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        for i, w in enumerate((150, 90, 100, 110, 90, 95, 50, 120, 200)):
            self.table.setColumnWidth(i, w)
        widen_to_titles(self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.review: Review | None = None
        self.week.dateChanged.connect(lambda _d: self.refresh())
        self.previous.clicked.connect(lambda: self.week.setDate(self.week.date().addDays(-7)))
        self.next.clicked.connect(lambda: self.week.setDate(self.week.date().addDays(7)))
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(lambda: self.print_review())
        self.refresh()

    def refresh(self) -> None:
        first, _ = week_of(self.week.date().toPython())  # type: ignore[arg-type]
        review = weekly_review(self.desk.store, self.desk.actor, first, first + timedelta(days=6))
        self.review = review
        avg = f"{review.average_rating:.1f}" if review.average_rating is not None else "—"
        share = f"{review.satisfied_share:.0%}" if review.satisfied_share is not None else "—"
        categories = "；".join(f"{k} {n}" for k, n in review.by_category[:6])
        grids = "；".join(f"{k} {n}" for k, n in review.by_grid[:6])
        self.summary.setText(
            self.tr(
                "{n} cases, {overdue} overdue; {rated} rated, average {avg}, satisfied {share}."
            ).format(
                n=len(review.cases),
                overdue=review.overdue,
                rated=review.rated,
                avg=avg,
                share=share,
            )
            + ("\n" + categories if categories else "")
            + ("\n" + grids if grids else "")
        )
        self.table.setRowCount(len(review.cases))
        for i, r in enumerate(review.cases):
            cells = [
                r.number,
                r.contact_name,
                r.category,
                r.grid_name,
                status_label(r.status),
                r.deadline.isoformat() if r.deadline else "",
                str(r.rating or ""),
                r.handler_name,
                " ".join(r.description.split()),
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                if review.is_overdue(r):
                    item.setBackground(OVERDUE)
                self.table.setItem(i, j, item)

    def save_as(self, path: Path | None = None) -> Path | None:
        if self.review is None:
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the weekly review"),
                str(Path.home() / f"民情周会审-{self.review.first_day}.xlsx"),
                self.tr("Excel workbook (*.xlsx)"),
            )
            if not name:
                return None
            path = Path(name)
        export_review(self.review, path)
        return path

    def review_document(self) -> Document:
        assert self.review is not None
        return papers.weekly_review(self.desk.store, self.desk.actor, self.review)

    def review_pdf(self) -> bytes:
        return self.review_document().pdf

    def print_review(self, printer=None) -> PrintResult:  # type: ignore[no-untyped-def]
        document = self.review_document()
        return print_document(self, self.desk, document, printer=printer)
