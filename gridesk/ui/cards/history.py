"""打印记录: every document printed (or tried, or saved), newest first; print or save again."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gridesk.core import printing
from gridesk.core.printing import PrintJobView
from gridesk.errors import GrideskError
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text
from gridesk.ui.lazy_model import Column
from gridesk.ui.messages import show_error
from gridesk.ui.printing import Outcome, PdfPreview, PrintResult, print_document, save_document_as
from gridesk.ui.widgets.message_line import say
from gridesk.ui.widgets.row_table import RowTable, local_time

SEARCH_DELAY_MS = 200


class PrintHistoryTab(QWidget):
    TIME, WHAT, WHOM, BY, STATUS = range(5)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 10)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by what, for whom or by whom"))
        top.addWidget(self.search, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("subtle")
        top.addWidget(self.count_label)
        layout.addLayout(top)

        statuses = {
            printing.PENDING: self.tr("Not printed"),
            printing.PRINTED: self.tr("Printed"),
            printing.FAILED: self.tr("Failed"),
            printing.SAVED: self.tr("Saved as PDF"),
        }

        def status(job: PrintJobView) -> str:
            text = statuses.get(job.status, job.status)
            if job.status == printing.PRINTED and job.print_count > 1:
                text += self.tr(" (×{n})").format(n=job.print_count)
            return text

        self.table = RowTable(
            [
                Column(self.tr("Time"), lambda j: local_time(j.created_at), width=140),
                Column(self.tr("What"), lambda j: j.title, width=150),
                Column(self.tr("For whom"), lambda j: j.subject, width=200),
                Column(self.tr("By"), lambda j: j.created_by, width=80),
                Column(self.tr("Status"), status, width=100),
            ]
        )
        self.table.setObjectName("historyTable")
        self.preview = PdfPreview()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.table, 1)
        self.detail = QLabel()
        self.detail.setObjectName("subtle")
        self.detail.setWordWrap(True)
        left_box.addWidget(self.detail)
        buttons = QHBoxLayout()
        self.reprint_button = QPushButton(self.tr("Print again…"))
        self.reprint_button.setObjectName("primary")
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        left_box.addLayout(buttons)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 460])
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        self.table.current_changed.connect(self._show_current)
        self.reprint_button.clicked.connect(lambda _checked: self.print_again())
        self.save_button.clicked.connect(lambda _checked: self.save_again())
        self._shown: object = None
        self._show_current()

    def refresh(self) -> None:
        self._timer.stop()
        try:
            jobs = printing.list_jobs(
                self.desk.store, self.desk.actor, printing.HISTORY_LIMIT, 0, self.search.text()
            )
        except GrideskError as exc:
            say(self.count_label, error_text(exc), error=True)
            return
        self.table.set_rows(jobs)
        if jobs and self.table.current() is None:
            self.table.selectRow(0)
        say(self.count_label, self.tr("%n document(s)", "", len(jobs)))

    def current(self) -> PrintJobView | None:
        return self.table.current()

    def _show_current(self) -> None:
        job = self.current()
        self.reprint_button.setEnabled(job is not None)
        self.save_button.setEnabled(job is not None)
        if job is None:
            self._shown = None
            self.preview.set_pdf(None, self.tr("Choose a document to see it."))
            self.detail.setText("")
            return
        parts = (
            [job.subject, self.tr("%n page(s)", "", job.pages)]
            if job.subject
            else [self.tr("%n page(s)", "", job.pages)]
        )
        if job.printer:
            parts.append(self.tr("printer: {printer}").format(printer=job.printer))
        if job.printed_at:
            parts.append(self.tr("last printed {time}").format(time=local_time(job.printed_at)))
        if job.status == printing.FAILED and job.error:
            parts.append(self.tr("why it failed: {error}").format(error=job.error))
        self.detail.setText(" · ".join(parts))
        if self._shown != job.id:
            self._shown = job.id
            try:
                self.preview.set_pdf(printing.job_pdf(self.desk.store, self.desk.actor, job.id))
            except GrideskError as exc:
                self.preview.set_pdf(None, error_text(exc))

    def _after(self, result: PrintResult) -> None:
        if result.job is not None:
            self.refresh()
            self.table.select_key(result.job.id)

    def print_again(self) -> PrintResult | None:
        job = self.current()
        if job is None:
            return None
        result = print_document(self, self.desk, job)
        if result.outcome is not Outcome.CANCELLED or result.job is not None:
            self._after(result)
        return result

    def save_again(self) -> PrintResult | None:
        job = self.current()
        if job is None:
            return None
        try:
            result = save_document_as(self, self.desk, job, job.title.replace(" ", ""))
        except GrideskError as exc:
            show_error(self, exc)
            return None
        self._after(result)
        return result
