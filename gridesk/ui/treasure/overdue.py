"""逾期: loans past their due date, with phone numbers; printed on A4 or saved as .xlsx."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gridesk import clock
from gridesk.core.treasure import lending, papers
from gridesk.core.treasure.lending import OverdueRow
from gridesk.errors import GrideskError
from gridesk.ui.desk import Desk
from gridesk.ui.lazy_model import Column, LazyTableModel, configure_big_table
from gridesk.ui.messages import show_error


class OverdueTab(QWidget):
    NAME, PHONE, ADDRESS, ITEM, DUE, DAYS = range(6)

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self._rows: list[OverdueRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        columns: list[Column[OverdueRow]] = [
            Column(self.tr("Borrower"), lambda r: r.resident_name, width=110),
            Column(self.tr("Phone"), lambda r: r.phone, width=130),
            Column(self.tr("Address"), lambda r: r.address, width=200),
            Column(self.tr("Item"), lambda r: r.item_name, width=160),
            Column(self.tr("Due"), lambda r: r.due_on.isoformat(), width=110),
            Column(self.tr("Days overdue"), lambda r: str(r.days_overdue), right, 110),
            Column(self.tr("Slip"), lambda r: r.number, width=160),
        ]
        self.model: LazyTableModel[OverdueRow] = LazyTableModel(
            columns, lambda: len(self._rows), lambda o, n: self._rows[o : o + n], self
        )
        self.table = QTableView()
        self.table.setObjectName("treasureOverdue")
        configure_big_table(self.table, self.model)
        layout.addWidget(self.table, 1)
        bar = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("subtle")
        bar.addWidget(self.count_label, 1)
        self.print_button = QPushButton(self.tr("Print…"))
        self.export_button = QPushButton(self.tr("Save as .xlsx…"))
        bar.addWidget(self.print_button)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.print_button.clicked.connect(self.print_list)
        self.export_button.clicked.connect(self.export)
        self.refresh()

    def refresh(self) -> None:
        self._rows = lending.overdue_list(self.desk.store, self.desk.actor)
        self.model.reload()
        self.count_label.setText(self.tr("%n item(s) overdue", "", len(self._rows)))

    def print_list(self) -> None:
        from gridesk.ui.printing import print_paper

        store, actor = self.desk.store, self.desk.actor
        print_paper(self, self.desk, lambda: papers.paper_overdue(store, actor))

    def export(self) -> None:
        from gridesk.exchange.treasure_io import export_overdue

        today = clock.today()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the overdue list"),
            self.tr("overdue-{day}.xlsx").format(day=today.isoformat()),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            count = export_overdue(self.desk.store, self.desk.actor, path, today)
        except (GrideskError, OSError) as exc:
            if isinstance(exc, GrideskError):
                show_error(self, exc)
            else:
                show_error(self, GrideskError(str(exc)))
            return
        self.count_label.setText(self.tr("Saved %n row(s) to the file.", "", count))
