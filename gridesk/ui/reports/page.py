"""报表: a period's figures beside the compared period, with charts, for the centre's leaders.

The report is worked out off the UI thread (the shared job runner) with progress and Cancel.
A figure with records behind it opens their window (through the main window, by the key in
gridesk.windows) when its row is double-clicked.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gridesk import clock
from gridesk.core.reports.paper import format_change, format_number
from gridesk.core.reports.period import Period, Scope
from gridesk.core.reports.report import (
    SECTIONS,
    Report,
    ReportCancelled,
    ReportSettings,
    build_report,
    save_report,
    saved_reports,
    scopes,
)
from gridesk.core.reports.results import Drill, Figure, Section, Table
from gridesk.core.requests.labels import CHANNEL, HANDLER
from gridesk.errors import QT_TRANSLATE_NOOP, GrideskError
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text, label_text
from gridesk.ui.page import Page
from gridesk.ui.reports.charts import Chart
from gridesk.ui.widgets.jobs import BackgroundJob
from gridesk.ui.widgets.message_line import MessageLine

log = logging.getLogger(__name__)

WEEKDAYS = (
    QT_TRANSLATE_NOOP("reports", "Mon"),
    QT_TRANSLATE_NOOP("reports", "Tue"),
    QT_TRANSLATE_NOOP("reports", "Wed"),
    QT_TRANSLATE_NOOP("reports", "Thu"),
    QT_TRANSLATE_NOOP("reports", "Fri"),
    QT_TRANSLATE_NOOP("reports", "Sat"),
    QT_TRANSLATE_NOOP("reports", "Sun"),
)
PERCENTAGE_POINTS = QT_TRANSLATE_NOOP("reports", " pp")
DRILL_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("reports", text)


def name_of(table_vocabulary: str, name: str) -> str:
    """A breakdown row's name as shown: codes named in the interface language."""
    if table_vocabulary == "channel" and name in CHANNEL:
        return label_text(CHANNEL, name)
    if table_vocabulary == "handler_kind":
        if name == "department":
            return _tr("Dispatched to departments (吹哨报到)")
        if name in HANDLER:
            return label_text(HANDLER, name)
    if table_vocabulary == "weekday" and name.isdigit():
        return _tr(WEEKDAYS[int(name) - 1])
    return name


def number(value: Any, unit: str = "") -> str:
    return format_number(value, unit)


def change(f: Figure) -> str:
    return format_change(f, _tr(PERCENTAGE_POINTS))


class ReportsPage(Page):
    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.report: Report | None = None
        self._job: BackgroundJob | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.kind = QComboBox()
        for key, text in (
            ("week", self.tr("Week")),
            ("month", self.tr("Month")),
            ("quarter", self.tr("Quarter")),
            ("year", self.tr("Year")),
        ):
            self.kind.addItem(text, key)
        self.kind.setCurrentIndex(1)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        today = clock.today()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.scope = QComboBox()
        self.compare = QComboBox()
        self.compare.addItem(self.tr("against the period before"), "previous")
        self.compare.addItem(self.tr("against a year earlier"), "year_ago")
        self.show_button = QPushButton(self.tr("Show"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.pdf_button = QPushButton(self.tr("PDF…"))
        self.xlsx_button = QPushButton(self.tr("Excel…"))
        for b in (self.pdf_button, self.xlsx_button):
            b.setEnabled(False)
        self.saved = QComboBox()
        self.save_button = QPushButton(self.tr("Save as…"))
        for w in (
            QLabel(self.tr("Period")),
            self.kind,
            self.day,
            QLabel(self.tr("Scope")),
            self.scope,
            self.compare,
            self.show_button,
            self.cancel_button,
        ):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Saved")))
        bar.addWidget(self.saved)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.message = MessageLine(variant="note")
        layout.addWidget(self.message)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.show_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self.save)
        self.pdf_button.clicked.connect(lambda: self.write_file("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.write_file("xlsx"))
        self.saved.activated.connect(self._open_saved)
        self._fill_scopes()
        self._fill_saved()

    # ------------------------------------------------------------------ settings
    def _fill_scopes(self) -> None:
        self.scope.clear()
        for s in scopes(self.desk.store, self.desk.actor):
            if s.kind == "centre":
                self.scope.addItem(self.tr("Whole centre"), s)
            elif s.kind == "station":
                self.scope.addItem(self.tr("Station: %1").replace("%1", s.name), s)
            else:
                self.scope.addItem(self.tr("Grid: %1").replace("%1", s.name), s)

    def _fill_saved(self) -> None:
        self.saved.clear()
        self.saved.addItem(self.tr("(choose)"), None)
        for s in saved_reports(self.desk.store, self.desk.actor):
            self.saved.addItem(s.name, s)
        # wide enough for its longest name, "（请选择）" too, with the arrow beside it
        fm = self.saved.fontMetrics()
        widest = max(
            fm.horizontalAdvance(self.saved.itemText(i)) for i in range(self.saved.count())
        )
        self.saved.setMinimumWidth(min(320, widest + 56))

    def period(self) -> Period:
        d = self.day.date()
        return Period.of_kind(self.kind.currentData(), date(d.year(), d.month(), d.day()))

    def settings(self, name: str) -> ReportSettings:
        scope: Scope = self.scope.currentData() or Scope()
        return ReportSettings(
            name=name,
            kind=self.kind.currentData(),
            scope_kind=scope.kind,
            scope_id=str(scope.id) if scope.id else "",
            compare=self.compare.currentData(),
        )

    def save(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save report"), self.tr("Name"))
        if not ok or not name.strip():
            return
        try:
            save_report(self.desk.store, self.desk.actor, self.settings(name))
        except GrideskError as exc:
            self.message.say(error_text(exc), "error")
            return
        self._fill_saved()
        self.saved.setCurrentIndex(self.saved.findText(name.strip()))
        self.message.say(self.tr("Saved."), "ok")

    def _open_saved(self, index: int) -> None:
        s: ReportSettings | None = self.saved.itemData(index)
        if s is None:
            return
        self.kind.setCurrentIndex(max(0, self.kind.findData(s.kind)))
        self.compare.setCurrentIndex(max(0, self.compare.findData(s.compare)))
        wanted = s.scope()
        for i in range(self.scope.count()):
            item: Scope = self.scope.itemData(i)
            if item.kind == wanted.kind and item.id == wanted.id:
                self.scope.setCurrentIndex(i)
        self.run()

    # ------------------------------------------------------------------ running
    def run(self) -> None:
        if self._job is not None:
            return
        store, actor = self.desk.store, self.desk.actor
        period, scope, compare = self.period(), self.scope.currentData(), self.compare.currentData()

        def work(progress: Any, cancelled: Any) -> Report:
            return build_report(
                store, actor, period, scope, tuple(SECTIONS), compare, progress, cancelled
            )

        self.progress.setRange(0, len(SECTIONS))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.show_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.message.say(self.tr("Working out the report…"))
        self._job = BackgroundJob(work, self._done, self._failed, self._progressed, self)
        self._job.start_work()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finish(self) -> None:
        self._job = None
        self.progress.setVisible(False)
        self.show_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, ReportCancelled):
            self.message.say(self.tr("The report was cancelled."), "warning")
        elif isinstance(exc, GrideskError):
            self.message.say(error_text(exc), "error")
        else:
            log.error("report failed", exc_info=exc)
            self.message.say(self.tr("The report could not be worked out; see the log."), "error")

    def _done(self, report: Report) -> None:
        self._finish()
        self.show_report(report)

    # ------------------------------------------------------------------ showing
    def show_report(self, report: Report) -> None:
        self.report = report
        self.pdf_button.setEnabled(True)
        self.xlsx_button.setEnabled(True)
        p, q = report.period, report.compared
        self.message.say(
            self.tr("%1 to %2, compared with %3 to %4")
            .replace("%1", p.first.isoformat())
            .replace("%2", p.last.isoformat())
            .replace("%3", q.first.isoformat())
            .replace("%4", q.last.isoformat())
        )
        current = self.tabs.currentIndex()
        self.tabs.clear()
        for section in report.sections:
            self.tabs.addTab(self._section_widget(section), _tr(section.title))
        self.tabs.setCurrentIndex(max(0, current))

    def write_file(self, kind: str) -> None:
        """The report shown, as the printed A4 report (PDF) or the workbook, in Chinese."""
        report = self.report
        if report is None:
            return
        name = f"{report.centre}{report.period.text()}.{kind}"
        caption = (
            self.tr("Save the report as PDF")
            if kind == "pdf"
            else self.tr("Save the report as an Excel workbook")
        )
        pattern = "PDF (*.pdf)" if kind == "pdf" else "Excel (*.xlsx)"
        path, _ = QFileDialog.getSaveFileName(self, caption, name, pattern)
        if not path:
            return
        from gridesk.core.reports.paper import paper
        from gridesk.ui.i18n import load_translations

        chinese = load_translations("zh_CN")
        try:
            if kind == "pdf":
                from gridesk.documents.reports import report_pdf

                Path(path).write_bytes(report_pdf(paper(report, chinese)))
            else:
                from gridesk.exchange.reports_io import write_report_workbook

                write_report_workbook(report, chinese, Path(path))
        except GrideskError as exc:
            self.message.say(error_text(exc), "error")
            return
        except OSError:
            log.warning("could not write the report to %s", path, exc_info=True)
            self.message.say(self.tr("The file could not be written there."), "error")
            return
        self.message.say(self.tr("Saved to %1.").replace("%1", path), "ok")

    def _section_widget(self, section: Section) -> QWidget:
        inner = QWidget()
        box = QVBoxLayout(inner)
        box.addWidget(self._figures(section))
        for series in section.series:
            chart = Chart(_tr(series.label), "lines")
            chart.set_series(series.buckets, [(_tr(n), v) for n, v in series.lines])
            box.addWidget(chart)
        for table in section.tables:
            if table.chart != "none" and table.rows:
                chart = Chart(_tr(table.label), "pie" if table.chart == "pie" else "bars")
                rows = table.rows[:12]
                chart.set_series(
                    [name_of(table.vocabulary, r.name) for r in rows],
                    [
                        (self.tr("This period"), [float(r.value or 0) for r in rows]),
                        *(
                            []
                            if table.chart == "pie"
                            else [(self.tr("Compared"), [float(r.previous or 0) for r in rows])]
                        ),
                    ],
                )
                box.addWidget(chart)
            box.addWidget(self._table(table))
        for heat in section.heatmaps:
            chart = Chart(_tr(heat.label), "heat")
            chart.set_heat(
                [name_of(heat.vocabulary, r) for r in heat.rows], heat.columns, heat.values
            )
            box.addWidget(chart)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    def _grid(self, headers: list[str], n: int) -> QTableWidget:
        t = QTableWidget(n, len(headers))
        t.setHorizontalHeaderLabels(headers)
        t.verticalHeader().setVisible(False)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        t.setFixedHeight(t.horizontalHeader().sizeHint().height() + 30 * n + 4)
        t.verticalHeader().setDefaultSectionSize(30)
        t.itemDoubleClicked.connect(self._drill)
        return t

    def _figures(self, section: Section) -> QTableWidget:
        t = self._grid(
            [self.tr("Figure"), self.tr("This period"), self.tr("Compared"), self.tr("Change")],
            len(section.figures),
        )
        for i, f in enumerate(section.figures):
            cells = (_tr(f.label), number(f.value, f.unit), number(f.previous, f.unit), change(f))
            self._row(t, i, cells, f.drill)
        return t

    def _table(self, table: Table) -> QTableWidget:
        headers = [
            _tr(table.label),
            self.tr("This period"),
            self.tr("Compared"),
            *(_tr(c) for c in table.columns),
        ]
        t = self._grid(headers, len(table.rows))
        for i, r in enumerate(table.rows):
            cells = (
                name_of(table.vocabulary, r.name),
                number(r.value, table.unit),
                number(r.previous, table.unit),
                *(number(x) for x in r.extra),
            )
            self._row(t, i, cells, r.drill)
        return t

    def _row(self, t: QTableWidget, i: int, cells: tuple[str, ...], drill: Drill | None) -> None:
        for j, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if j:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if drill is not None:
                item.setData(DRILL_ROLE, (drill.window, drill.as_dict()))
                item.setToolTip(self.tr("Double-click to open the records"))
            t.setItem(i, j, item)

    def _drill(self, item: QTableWidgetItem) -> None:
        """The figure's records in their window's list, filtered where it can be."""
        target = item.data(DRILL_ROLE)
        if target:
            window, wanted = target
            self.open_records.emit(window, wanted)
