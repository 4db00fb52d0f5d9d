"""困难群众台账: the care register's window. The register on the left (all, not visited in
time, cards to print again), the chosen resident's helpers and visits on the right."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridesk import clock
from gridesk.core.actor import Permission
from gridesk.core.cards.sources import CardKind, batch_document, build_cards, render_batch
from gridesk.core.care import helpers as care_helpers
from gridesk.core.care import papers, register, visits
from gridesk.core.care.helpers import HelperView
from gridesk.core.care.labels import KIND, ROLE
from gridesk.core.care.register import RegisterRow
from gridesk.core.care.visits import VisitView
from gridesk.core.printing import Document
from gridesk.core.residents.records import ResidentFilter
from gridesk.errors import GrideskError
from gridesk.ui.care.dialogs import FrequencyDialog, HelperDialog, VisitDialog
from gridesk.ui.care.labels import status_text
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text, label_text
from gridesk.ui.messages import confirm
from gridesk.ui.page import Page
from gridesk.ui.printing import Outcome, PrintResult, print_paper
from gridesk.ui.widgets.message_line import MessageLine

ALL, OVERDUE, REPRINT = "all", "overdue", "reprint"
ID_ROLE = Qt.ItemDataRole.UserRole


class CarePage(Page):
    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.rows: list[RegisterRow] = []
        self.current: RegisterRow | None = None
        self.helpers: list[HelperView] = []
        self.visits: list[VisitView] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        title = QLabel(self.tr("Care register"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, pinyin, phone or address"))
        self.search.setClearButtonEnabled(True)
        self.show_which = QComboBox()
        self.show_which.addItem(self.tr("All care residents"), ALL)
        self.show_which.addItem(self.tr("Not visited in time"), OVERDUE)
        self.show_which.addItem(self.tr("Cards to print again"), REPRINT)
        self.export_button = QPushButton(self.tr("Export register…"))
        self.overdue_button = QPushButton(self.tr("Print overdue list…"))
        self.cards_button = QPushButton(self.tr("Print changed cards…"))
        self.rhythm_button = QPushButton(self.tr("Visit rhythm…"))
        bar.addWidget(self.search, 2)
        bar.addWidget(self.show_which, 1)
        for button in (
            self.export_button,
            self.overdue_button,
            self.cards_button,
            self.rhythm_button,
        ):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.rhythm_button.setVisible(desk.actor.can(Permission.CARE_MANAGE))
        self.cards_button.setVisible(desk.actor.can(Permission.PRINT_CARDS))

        split = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Address"),
                self.tr("Care groups"),
                self.tr("Last visit"),
                self.tr("Visit status"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 72), (2, 110), (3, 96), (4, 130)):
            self.table.setColumnWidth(column, width)
        split.addWidget(self.table)

        side = QWidget()
        right = QVBoxLayout(side)
        right.setContentsMargins(8, 0, 0, 0)
        self.who = QLabel()
        self.who.setObjectName("sectionTitle")
        self.who.setWordWrap(True)
        right.addWidget(self.who)
        helpers_box = QGroupBox(self.tr("Helpers"))
        hb = QVBoxLayout(helpers_box)
        self.helper_list = QListWidget()
        self.helper_list.setFixedHeight(96)
        hb.addWidget(self.helper_list)
        row = QHBoxLayout()
        self.add_helper_button = QPushButton(self.tr("Add…"))
        self.edit_helper_button = QPushButton(self.tr("Change…"))
        self.end_helper_button = QPushButton(self.tr("No longer helps"))
        for button in (self.add_helper_button, self.edit_helper_button, self.end_helper_button):
            row.addWidget(button)
        row.addStretch(1)
        hb.addLayout(row)
        right.addWidget(helpers_box)
        visits_box = QGroupBox(self.tr("Visits"))
        vb = QVBoxLayout(visits_box)
        self.visit_table = QTableWidget(0, 4)
        self.visit_table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("Visited by"), self.tr("Findings")]
        )
        self.visit_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.visit_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.visit_table.verticalHeader().setVisible(False)
        self.visit_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.visit_table.setColumnWidth(0, 92)
        self.visit_table.setColumnWidth(1, 80)
        self.visit_table.setColumnWidth(2, 110)
        vb.addWidget(self.visit_table, 1)
        self.visit_detail = QLabel()
        self.visit_detail.setWordWrap(True)
        vb.addWidget(self.visit_detail)
        row = QHBoxLayout()
        self.visit_button = QPushButton(self.tr("Record a visit…"))
        self.request_button = QPushButton(self.tr("Make follow-up a request"))
        self.record_button = QPushButton(self.tr("Print visit record…"))
        for button in (self.visit_button, self.request_button, self.record_button):
            row.addWidget(button)
        row.addStretch(1)
        vb.addLayout(row)
        right.addWidget(visits_box, 1)
        split.addWidget(side)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([610, 530])
        layout.addWidget(split, 1)
        self.message = MessageLine()
        layout.addWidget(self.message)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.show_which.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.itemSelectionChanged.connect(self._chosen)
        self.visit_table.itemSelectionChanged.connect(self._visit_chosen)
        self.helper_list.currentRowChanged.connect(lambda _r: self._enable())
        self.add_helper_button.clicked.connect(self.add_helper)
        self.edit_helper_button.clicked.connect(self.edit_helper)
        self.end_helper_button.clicked.connect(self.end_helper)
        self.visit_button.clicked.connect(self.record_visit)
        self.request_button.clicked.connect(self.make_request)
        self.record_button.clicked.connect(self.print_record)
        self.export_button.clicked.connect(lambda: self.export_register())
        self.overdue_button.clicked.connect(self.print_overdue)
        self.cards_button.clicked.connect(self.print_changed_cards)
        self.rhythm_button.clicked.connect(self.edit_rhythm)
        self._loaded = False
        self._show_resident(None)

    # -- the register

    def showEvent(self, event):  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    def refresh(self) -> None:
        self._loaded = True
        self.reload()

    def count(self) -> int:
        return register.overdue_count(self.desk.store, self.desk.actor)

    def show_records(self, wanted: dict[str, str]) -> None:
        """overdue: the register narrowed to the residents not visited in time."""
        view = wanted.get("view", "")
        if view == OVERDUE:
            self.search.clear()
            self.show_which.setCurrentIndex(self.show_which.findData(OVERDUE))
            self.refresh()
            if self.rows:
                self.table.selectRow(0)
            self.table.setFocus()

    def reload(self) -> None:
        keep = self.current.id if self.current else None
        which = self.show_which.currentData()
        text = self.search.text().strip()
        f = ResidentFilter(text=text) if text else None
        try:
            rows = register.register(self.desk.store, self.desk.actor, f)
        except GrideskError as exc:
            self.message.say(error_text(exc), "error")
            return
        today = clock.today()
        if which == OVERDUE:
            late = {
                o.resident_id: n
                for n, o in enumerate(
                    register.overdue_visits(self.desk.store, self.desk.actor, today, f)
                )
            }
            rows = sorted((r for r in rows if r.id in late), key=lambda r: late[r.id])
        elif which == REPRINT:
            rows = [r for r in rows if r.card_to_reprint]
        self.rows = rows
        self.table.setRowCount(len(rows))
        for n, r in enumerate(rows):
            status = status_text(r, today)
            cells = (
                r.name,
                r.address,
                "、".join(r.groups),
                f"{r.last_visit:%Y-%m-%d}" if r.last_visit else "—",
                status,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, r.id)
                if column == 4 and r.visit_status(today) in ("overdue", "never"):
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(n, column, item)
        self.message.say(self.tr("%n care resident(s)", "", len(rows)), "")
        self.count_changed.emit(self.count())
        if keep is not None:
            self.open_resident(keep)

    def open_resident(self, resident_id: uuid.UUID) -> bool:
        """Select a resident of the register (the home page's work list opens them here)."""
        for n, r in enumerate(self.rows):
            if r.id == resident_id:
                self.table.selectRow(n)
                self._show_resident(r)
                return True
        return False

    def _chosen(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return
        n = selected[0].row()
        if 0 <= n < len(self.rows):
            self._show_resident(self.rows[n])

    def _show_resident(self, row: RegisterRow | None) -> None:
        self.current = row
        self.helper_list.clear()
        self.visit_table.setRowCount(0)
        self.visit_detail.clear()
        self.helpers, self.visits = [], []
        if row is None:
            self.who.setText(self.tr("Choose a care resident on the left."))
            self._enable()
            return
        flag = self.tr(" · card to print again") if row.card_to_reprint else ""
        self.who.setText(
            f"{row.name}　{row.address}　{row.phone}\n{status_text(row, clock.today())}{flag}"
        )
        store, actor = self.desk.store, self.desk.actor
        self.helpers = care_helpers.list_helpers(store, actor, row.id)
        for h in self.helpers:
            item = QListWidgetItem(f"{label_text(ROLE, h.role)}　{h.name}　{h.phone}")
            item.setData(ID_ROLE, h.id)
            self.helper_list.addItem(item)
        self.visits = visits.list_visits(store, actor, row.id)
        self.visit_table.setRowCount(len(self.visits))
        for n, v in enumerate(self.visits):
            cells = (f"{v.day:%Y-%m-%d}", label_text(KIND, v.kind), v.visitors, v.findings)
            for column, text in enumerate(cells):
                self.visit_table.setItem(n, column, QTableWidgetItem(text))
        if self.visits:
            self.visit_table.selectRow(0)
        self._enable()

    def _visit(self) -> VisitView | None:
        selected = self.visit_table.selectionModel().selectedRows()
        if not selected or not 0 <= selected[0].row() < len(self.visits):
            return None
        return self.visits[selected[0].row()]

    def _visit_chosen(self) -> None:
        v = self._visit()
        if v is None:
            self.visit_detail.clear()
        else:
            lines = (
                [
                    self.tr("Goods: {goods}").format(
                        goods="、".join(papers.goods_words(g) for g in v.goods)
                    )
                ]
                if v.goods
                else []
            )
            for f in v.follow_ups:
                if f.request_number:
                    lines.append(
                        self.tr("Follow-up: {action} (request {number})").format(
                            action=f.action, number=f.request_number
                        )
                    )
                else:
                    lines.append(self.tr("Follow-up: {action}").format(action=f.action))
            if v.photo_ids:
                lines.append(self.tr("%n photo(s)", "", len(v.photo_ids)))
            self.visit_detail.setText("\n".join(lines))
        self._enable()

    def _enable(self) -> None:
        actor = self.desk.actor
        chosen = self.current is not None
        may_visit = actor.can(Permission.CARE_VISIT)
        self.add_helper_button.setEnabled(chosen and may_visit)
        has_helper = self.helper_list.currentRow() >= 0
        self.edit_helper_button.setEnabled(chosen and may_visit and has_helper)
        self.end_helper_button.setEnabled(chosen and may_visit and has_helper)
        self.visit_button.setEnabled(chosen and may_visit)
        self.record_button.setEnabled(chosen and actor.can(Permission.PRINT_CARDS))
        v = self._visit()
        open_follow = v is not None and any(f.request_id is None for f in v.follow_ups)
        self.request_button.setEnabled(
            open_follow and may_visit and actor.can(Permission.REQUESTS_HANDLE)
        )

    # -- actions

    def _done(self, text: str) -> None:
        self.reload()
        self.message.say(text, "ok")

    def _failed(self, exc: GrideskError) -> None:
        self.message.say(error_text(exc), "error")

    def add_helper(self) -> None:
        if self.current is None:
            return
        dialog = HelperDialog(None, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                care_helpers.add_helper(
                    self.desk.store, self.desk.actor, self.current.id, dialog.value()
                )
            except GrideskError as exc:
                self._failed(exc)
                continue
            self._done(self.tr("Helper added. The care card is marked to print again."))
            return

    def _helper(self) -> HelperView | None:
        n = self.helper_list.currentRow()
        return self.helpers[n] if 0 <= n < len(self.helpers) else None

    def edit_helper(self) -> None:
        helper = self._helper()
        if helper is None:
            return
        dialog = HelperDialog(helper, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                care_helpers.update_helper(
                    self.desk.store, self.desk.actor, helper.id, dialog.value()
                )
            except GrideskError as exc:
                self._failed(exc)
                continue
            self._done(self.tr("Helper changed."))
            return

    def end_helper(self) -> None:
        helper = self._helper()
        if helper is None or not confirm(
            self, self.tr("{name} no longer helps this resident?").format(name=helper.name)
        ):
            return
        try:
            care_helpers.end_helper(self.desk.store, self.desk.actor, helper.id)
        except GrideskError as exc:
            self._failed(exc)
            return
        self._done(self.tr("Helper ended. The care card is marked to print again."))

    def record_visit(self, dialog: VisitDialog | None = None) -> None:
        if self.current is None:
            return
        dialog = dialog or VisitDialog(self.helpers, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                visits.record_visit(
                    self.desk.store, self.desk.actor, self.current.id, dialog.value()
                )
            except GrideskError as exc:
                dialog.message.say(error_text(exc), "error")
                continue
            self._done(self.tr("Visit recorded."))
            return

    def make_request(self) -> None:
        v = self._visit()
        follow = next((f for f in v.follow_ups if f.request_id is None), None) if v else None
        if follow is None:
            return
        try:
            made = visits.follow_up_request(self.desk.store, self.desk.actor, follow.id)
        except GrideskError as exc:
            self._failed(exc)
            return
        self._done(self.tr("Request {number} taken in.").format(number=made.request_number))

    # -- papers

    def _said(self, result: PrintResult) -> bool:
        if result.outcome is Outcome.PRINTED:
            self.message.say(self.tr("Sent to the printer. It is kept in the print history."))
        elif result.outcome is Outcome.SAVED:
            self.message.say(self.tr("Saved. It is kept in the print history."))
        elif result.outcome is Outcome.FAILED:
            self.message.say(self.tr("Not printed."), "error")
        return result.outcome in (Outcome.PRINTED, Outcome.SAVED)

    def _print(self, make: Callable[[], Document], path: Path | None) -> bool:
        """Make the document and print it, or save it to ``path``; True when done."""
        result = print_paper(self, self.desk, make, path, self._failed)
        return result is not None and self._said(result)

    def print_record(self, path: Path | None = None) -> None:
        if self.current is None:
            return
        store, actor, resident = self.desk.store, self.desk.actor, self.current.id
        self._print(lambda: papers.paper_visit_record(store, actor, resident), path)

    def print_overdue(self, path: Path | None = None) -> None:
        store, actor = self.desk.store, self.desk.actor
        self._print(lambda: papers.paper_overdue(store, actor), path)

    def print_changed_cards(self, path: Path | None = None) -> None:
        """The care cards whose helpers changed, all at once; printing clears their flags."""
        store, actor = self.desk.store, self.desk.actor
        try:
            ids = care_helpers.cards_to_reprint(store, actor)
            batch = build_cards(store, actor, CardKind.CARE, ids=ids) if ids else None
        except GrideskError as exc:
            self._failed(exc)
            return
        if batch is None:
            self.message.say(self.tr("No care card waits to be printed again."))
            return
        if self._print(lambda: batch_document(batch, render_batch(store, batch)), path):
            care_helpers.cards_reprinted(store, actor, [uuid.UUID(i) for i in batch.subject_ids])
            self.reload()

    def export_register(self, path: Path | None = None) -> None:
        from gridesk.exchange.care_io import export_register

        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the care register"),
                str(Path.home() / "困难群众台账.xlsx"),
                "Excel (*.xlsx)",
            )
            if not chosen:
                return
            path = Path(chosen)
        try:
            n = export_register(self.desk.store, self.desk.actor, path)
        except GrideskError as exc:
            self._failed(exc)
            return
        self.message.say(self.tr("%n care resident(s) written.", "", n), "ok")

    def edit_rhythm(self) -> None:
        if FrequencyDialog(self.desk, self).exec() == QDialog.DialogCode.Accepted:
            self._done(self.tr("Visit rhythm saved."))
