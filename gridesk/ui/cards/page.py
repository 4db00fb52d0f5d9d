"""卡片打印: choose the kind of card and who gets one, see the real pages, print or save.

Small batches (up to ``PREVIEW_LIMIT`` cards) are built on the spot and the preview is the
very PDF that prints. Bigger ones are previewed by their first sheet; printing or saving
them builds the whole batch off the UI thread, with progress and cancel.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gridesk.core.actor import Permission
from gridesk.core.cards.sources import (
    CANDIDATE_LIMIT,
    BatchCancelled,
    CardBatch,
    CardKind,
    batch_document,
    build_cards,
    list_candidates,
    render_batch,
)
from gridesk.core.residents.catalogue import list_grids, list_tags
from gridesk.core.residents.records import ResidentFilter, estates
from gridesk.documents.cards import CARDS_PER_SHEET
from gridesk.errors import GrideskError
from gridesk.ui.cards.candidates import CandidateModel
from gridesk.ui.cards.history import PrintHistoryTab
from gridesk.ui.combo import select_data
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text
from gridesk.ui.messages import show_error
from gridesk.ui.page import Page
from gridesk.ui.printing import (
    Document,
    Outcome,
    PdfPreview,
    PrintResult,
    print_document,
    save_document_as,
)
from gridesk.ui.widgets.jobs import BackgroundJob, CancelCheck, Progress
from gridesk.ui.widgets.message_line import say

PREVIEW_LIMIT = 50
AUTO_CHECK_LIMIT = CARDS_PER_SHEET
"""A list this short (one sheet) comes all ticked; a longer one comes with nobody ticked, so
that Print never sends 2,000 cards at a press: the desk ticks them, or Select all."""
"""Up to this many cards are built on the UI thread (the preview is then the whole batch)."""
PREVIEW_DELAY_MS = 250
SEARCH_DELAY_MS = 200


class CardsPage(Page):
    """The page the main window shows as 卡片打印."""

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self._kind = CardKind.CARE
        self._pdf: bytes | None = None  # the whole selection, when it is small
        self._batch: CardBatch | None = None
        self._previewed: tuple[CardKind, tuple[uuid.UUID, ...]] | None = None
        self._job: BackgroundJob | None = None
        self._more = False
        self.last_result: PrintResult | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        title = QLabel(self.tr("Card printing"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("cardTabs")
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._build_cards_tab(), self.tr("Print cards"))
        self.history = PrintHistoryTab(desk)
        self.tabs.addTab(self.history, self.tr("Print history"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_tab())

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload_candidates)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self.search.textChanged.connect(self._search_timer.start)
        for combo in (self.grid_filter, self.estate_filter, self.tag_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload_candidates())
        self.kind_group.idClicked.connect(self._kind_clicked)
        self.model.checks_changed.connect(self._checks_changed)
        self.select_all.clicked.connect(self._select_all_clicked)
        self.print_button.clicked.connect(lambda _checked: self.print_cards())
        self.save_button.clicked.connect(lambda _checked: self.save_as_pdf())

        can_print = desk.actor.can(Permission.PRINT_CARDS)
        self.print_button.setEnabled(can_print)
        self.save_button.setEnabled(can_print)
        # the registry is read when the page is first shown, not when the window is built
        self._loaded = False
        self.set_kind(CardKind.CARE)

    # -- building the page

    def _build_cards_tab(self) -> QWidget:
        tab = QWidget()
        outer = QHBoxLayout(tab)
        outer.setContentsMargins(14, 12, 14, 10)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter)

        left = QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 8, 0)
        box.setSpacing(8)
        kinds = QHBoxLayout()
        kinds.setSpacing(6)
        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        self.kind_buttons: dict[CardKind, QPushButton] = {}
        labels = {
            CardKind.CARE: self.tr("Care contact card"),
            CardKind.GRID: self.tr("Grid contact card"),
            CardKind.RESIDENT: self.tr("Resident card"),
            CardKind.VOLUNTEER: self.tr("Volunteer card"),
        }
        for number, kind in enumerate(CardKind):
            button = QPushButton(labels[kind])
            button.setObjectName("kindButton")
            button.setCheckable(True)
            button.setStyleSheet(
                "QPushButton#kindButton { padding: 7px 8px; }"
                "QPushButton#kindButton:checked { background: #C8102E; color: #FFFFFF;"
                " border: none; }"
            )
            self.kind_group.addButton(button, number)
            self.kind_buttons[kind] = button
            kinds.addWidget(button, 1)
        box.addLayout(kinds)
        self.kind_hint = QLabel()
        self.kind_hint.setObjectName("subtle")
        self.kind_hint.setWordWrap(True)
        box.addWidget(self.kind_hint)

        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        box.addWidget(self.search)
        filters = QHBoxLayout()
        filters.setSpacing(6)
        self.grid_filter = QComboBox()
        self.estate_filter = QComboBox()
        self.tag_filter = QComboBox()
        for combo in (self.grid_filter, self.estate_filter, self.tag_filter):
            combo.setMinimumWidth(90)
            filters.addWidget(combo, 1)
        box.addLayout(filters)

        self.model = CandidateModel(self)
        self.candidates = QTableView()
        self.candidates.setObjectName("candidateTable")
        self.candidates.setModel(self.model)
        self.candidates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.candidates.setAlternatingRowColors(True)
        self.candidates.setWordWrap(False)
        vertical = self.candidates.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.candidates.fontMetrics().height() + 14)
        vertical.hide()
        header = self.candidates.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((120, 170, 90, 90)):
            self.candidates.setColumnWidth(column, width)
        box.addWidget(self.candidates, 1)

        chosen = QHBoxLayout()
        self.select_all = QCheckBox(self.tr("Select all"))
        self.select_all.setTristate(False)
        chosen.addWidget(self.select_all)
        self.count_label = QLabel()
        self.count_label.setObjectName("subtle")
        self.count_label.setWordWrap(True)
        chosen.addWidget(self.count_label, 1)
        box.addLayout(chosen)
        splitter.addWidget(left)

        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(8, 0, 0, 0)
        side.setSpacing(6)
        self.preview = PdfPreview()
        side.addWidget(self.preview, 1)
        self.preview_note = QLabel()
        self.preview_note.setObjectName("subtle")
        self.preview_note.setWordWrap(True)
        side.addWidget(self.preview_note)
        actions = QHBoxLayout()
        self.message = QLabel()
        self.message.setObjectName("subtle")
        self.message.setWordWrap(True)
        actions.addWidget(self.message, 1)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("primary")
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)
        side.addLayout(actions)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([520, 620])
        return tab

    def _load_filters(self) -> None:
        store, actor = self.desk.store, self.desk.actor
        wanted = {
            combo: combo.currentData()
            for combo in (self.grid_filter, self.estate_filter, self.tag_filter)
        }
        for combo in wanted:
            combo.blockSignals(True)
            combo.clear()
        try:
            self.grid_filter.addItem(self.tr("All grids"), None)
            for grid in list_grids(store, actor):
                self.grid_filter.addItem(grid.name, grid.id)
            self.estate_filter.addItem(self.tr("All estates"), "")
            for estate in estates(store, actor):
                self.estate_filter.addItem(estate, estate)
            self.tag_filter.addItem(self.tr("All tags"), None)
            for tag in list_tags(store, actor):
                self.tag_filter.addItem(tag.name + (" ♥" if tag.care else ""), tag.id)
        except GrideskError as exc:
            say(self.message, error_text(exc), error=True)
        for combo, data in wanted.items():
            select_data(combo, data)
            combo.blockSignals(False)

    # -- choosing

    def kind(self) -> CardKind:
        return self._kind

    def set_kind(self, kind: CardKind) -> None:
        self._kind = kind
        self.kind_buttons[kind].setChecked(True)
        grid_kind = kind is CardKind.GRID
        self.estate_filter.setVisible(not grid_kind)
        self.tag_filter.setVisible(not grid_kind)
        hints = {
            CardKind.CARE: self.tr(
                "For residents with a care tag (♥): their helpers' phone numbers, the services "
                "they receive and the hotline, in large type. Printed on both sides."
            ),
            CardKind.GRID: self.tr(
                "For a grid's buildings: its worker and leader with photos, phones, duties and "
                "service hours. Photos are added in Admin → Grids."
            ),
            CardKind.RESIDENT: self.tr(
                "Identifies a resident at the counter by its QR code. Printed on both sides."
            ),
            CardKind.VOLUNTEER: self.tr(
                "For residents tagged 志愿者: their name and QR code for check-in."
            ),
        }
        self.kind_hint.setText(hints[kind])
        self.search.setPlaceholderText(
            self.tr("Grid name")
            if grid_kind
            else self.tr("Name, pinyin, phone, ID tail or address such as 3-2-301")
        )
        headers = (
            [self.tr("Grid"), self.tr("Grid worker"), "", self.tr("Grid leader")]
            if grid_kind
            else [self.tr("Name"), self.tr("Address"), self.tr("Grid"), self.tr("Tags")]
        )
        self.model.set_headers(headers)
        self.candidates.setColumnHidden(CandidateModel.GRID, grid_kind)
        if self._loaded:
            self.reload_candidates()

    def _kind_clicked(self, number: int) -> None:
        kind = list(CardKind)[number]
        if kind is not self._kind:
            self.set_kind(kind)

    def current_filter(self) -> ResidentFilter:
        grid_kind = self._kind is CardKind.GRID
        return ResidentFilter(
            text=self.search.text(),
            grid_id=self.grid_filter.currentData(),
            estate="" if grid_kind else self.estate_filter.currentData() or "",
            tag_id=None if grid_kind else self.tag_filter.currentData(),
        )

    def start_for(self, resident_id: uuid.UUID) -> None:
        """居民档案's key: this resident's card, shown to print or save as a PDF."""
        from gridesk.ui.printing import preview_document

        if self._kind is not CardKind.RESIDENT:
            self.set_kind(CardKind.RESIDENT)
        try:
            batch = build_cards(
                self.desk.store, self.desk.actor, CardKind.RESIDENT, ids=[resident_id]
            )
            document = batch_document(batch, render_batch(self.desk.store, batch))
        except GrideskError as exc:
            say(self.message, error_text(exc), error=True)
            return
        result = preview_document(self, self.desk, document)
        if result.outcome is Outcome.CANCELLED:
            say(self.message, self.tr("Not printed. It is kept in the print history."))
            self.history.refresh()
        else:
            self._printed(result)

    def reload_candidates(self, keep_checks: bool = False) -> None:
        """List who the chosen kind and filters select: all of them checked when they fit one
        sheet, none when more (or, with ``keep_checks``, as they were)."""
        self._search_timer.stop()
        before = {row.id for row in self.model.rows()}
        kept = set(self.model.checked_ids())
        try:
            rows = list_candidates(
                self.desk.store, self.desk.actor, self._kind, self.current_filter()
            )
        except GrideskError as exc:
            rows = []
            say(self.message, error_text(exc), error=True)
        self._more = len(rows) > CANDIDATE_LIMIT
        rows = rows[:CANDIDATE_LIMIT]
        checked = None if len(rows) <= AUTO_CHECK_LIMIT else set()  # None: all
        if keep_checks:  # who was unchecked stays unchecked; newcomers come checked
            checked = kept | ({row.id for row in rows} - before)
        self.model.set_rows(rows, checked)

    def chosen_ids(self) -> list[uuid.UUID]:
        return self.model.checked_ids()

    def _select_all_clicked(self, checked: bool) -> None:
        self.model.set_all_checked(checked)

    def _checks_changed(self) -> None:
        total = self.model.rowCount()
        chosen = self.model.checked_count()
        self.select_all.setChecked(total > 0 and chosen == total)
        self.select_all.setEnabled(total > 0)
        if total == 0:
            text = self.tr("Nobody matches. Change the filters.")
        else:
            text = self.tr("{chosen} of {total} chosen").format(chosen=chosen, total=total)
            if chosen == 0:
                text += self.tr(": tick who gets a card (Space), or Select all")
            if self._more:
                text += self.tr(" (only the first {n} are listed; narrow the filters)").format(
                    n=CANDIDATE_LIMIT
                )
        self.count_label.setText(text)
        self.print_button.setEnabled(chosen > 0 and self.desk.actor.can(Permission.PRINT_CARDS))
        self.save_button.setEnabled(chosen > 0 and self.desk.actor.can(Permission.PRINT_CARDS))
        self._preview_timer.start()

    # -- the preview

    def update_preview(self) -> None:
        """Show the real pages of what is chosen (its first sheet when it is big)."""
        self._preview_timer.stop()
        ids = tuple(self.chosen_ids())
        key = (self._kind, ids)
        if key == self._previewed:
            return
        self._previewed = key
        self._pdf = None
        self._batch = None
        say(self.message, "")
        if not ids:
            self.preview.set_pdf(None, self.tr("Choose who gets a card."))
            self.preview_note.setText("")
            return
        shown = ids if len(ids) <= PREVIEW_LIMIT else ids[:CARDS_PER_SHEET]
        try:
            batch = build_cards(self.desk.store, self.desk.actor, self._kind, ids=list(shown))
            pdf = render_batch(self.desk.store, batch) if batch.cards else None
        except GrideskError as exc:
            self.preview.set_pdf(None, error_text(exc))
            self.preview_note.setText("")
            return
        if pdf is None:
            self.preview.set_pdf(None, self.tr("None of those chosen can get this card."))
            self.preview_note.setText("")
            return
        self.preview.set_pdf(pdf)
        if len(ids) <= PREVIEW_LIMIT:
            self._pdf, self._batch = pdf, batch
            self.preview_note.setText(
                self.tr(
                    "%n card(s) on {pages} A4 page(s), exactly as they will print.",
                    "",
                    len(batch.cards),
                ).format(pages=self.preview.page_count())
            )
        else:
            self.preview_note.setText(
                self.tr(
                    "The preview shows the first sheet; all {n} cards are drawn when you print "
                    "or save."
                ).format(n=len(ids))
            )

    # -- printing and saving

    def _with_document(self, then: Callable[[Document], None]) -> None:
        """Call ``then(document)`` with the whole batch, built here or in a worker thread."""
        self.update_preview()
        if self._pdf is not None and self._batch is not None:
            then(batch_document(self._batch, self._pdf))
            return
        ids = self.chosen_ids()
        if not ids:
            return
        self._build_in_thread(ids, then)

    def _build_in_thread(self, ids: list[uuid.UUID], then: Callable[[Document], None]) -> None:
        if self._job is not None:
            return
        progress = QProgressDialog(
            self.tr("Reading the registry…"), self.tr("Cancel"), 0, len(ids), self
        )
        progress.setWindowTitle(self.tr("Preparing the cards"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        self.progress_dialog = progress
        desk, kind = self.desk, self._kind

        def work(report: Progress, cancelled: CancelCheck) -> tuple[CardBatch, bytes]:
            batch = build_cards(
                desk.store, desk.actor, kind, ids=ids, progress=report, cancelled=cancelled
            )
            if cancelled():
                raise BatchCancelled()
            report(len(batch.cards), 0)  # a total of 0: reading is over, drawing now
            pdf = render_batch(desk.store, batch)
            if cancelled():
                raise BatchCancelled()
            return batch, pdf

        def moved(done: int, total: int) -> None:
            if total == 0:  # reading is over: drawing has no steps to count
                progress.setLabelText(self.tr("Drawing {n} cards…").format(n=done))
                progress.setRange(0, 0)
            else:
                progress.setValue(done)

        def finish() -> None:
            progress.close()
            progress.deleteLater()
            self._job = None

        def built(result: tuple[CardBatch, bytes]) -> None:
            cancelled = progress.wasCanceled()
            finish()
            if cancelled:  # the drawing finished just as the person cancelled
                say(self.message, self.tr("Cancelled: nothing was printed."))
            else:
                then(batch_document(*result))

        def failed(exc: BaseException) -> None:
            finish()
            if isinstance(exc, BatchCancelled):
                say(self.message, self.tr("Cancelled: nothing was printed."))
            else:
                show_error(self, exc)

        job = BackgroundJob(work, built, failed, moved, self)
        progress.canceled.connect(job.cancel)
        self._job = job
        job.start_work()

    def is_building(self) -> bool:
        """A big batch is being built in its thread."""
        return self._job is not None

    def print_cards(self) -> None:
        """打印…: Qt's print dialog, then the printer."""
        self._with_document(
            lambda document: self._printed(print_document(self, self.desk, document))
        )

    def print_to(self, printer: QPrinter) -> None:
        """Print what is chosen on ``printer`` without asking (the dialog path ends the same
        way); the result shows in the message line and the history."""
        self._with_document(
            lambda document: self._printed(
                print_document(self, self.desk, document, printer=printer)
            )
        )

    def save_as_pdf(self, path: Path | None = None) -> None:
        """另存为 PDF…: a file dialog unless ``path`` is given."""

        def save(document: Document) -> None:
            result = save_document_as(
                self, self.desk, document, document.title.replace(" ", ""), path=path
            )
            self._printed(result)

        self._with_document(save)

    def _printed(self, result: PrintResult) -> None:
        self.last_result = result
        if result.outcome is Outcome.PRINTED:
            say(self.message, self.tr("Sent to the printer. It is kept in the print history."))
        elif result.outcome is Outcome.SAVED:
            say(self.message, self.tr("Saved. It is kept in the print history."))
        elif result.outcome is Outcome.FAILED:
            say(
                self.message,
                self.tr("Not printed. It is kept in the print history: print it again there.")
                if result.job is not None
                else self.tr("Not printed."),
                error=True,
            )
        elif result.job is not None:
            say(self.message, self.tr("Printing was stopped. It is kept in the print history."))
        if result.job is not None:
            self.history.refresh()

    # -- showing the page

    def showEvent(self, event):  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    def refresh(self) -> None:
        """The main window calls this when the page is shown: catalogues may have changed."""
        self._loaded = True
        self._load_filters()
        self.reload_candidates(keep_checks=True)
        self._refresh_tab()

    def _refresh_tab(self) -> None:
        if self.tabs.currentWidget() is self.history:
            self.history.refresh()
