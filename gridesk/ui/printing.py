"""The one place GriDesk prints: to a Qt printer (with or without its dialog), to an ESC/POS
thermal printer, or to a PDF file; and the preview that shows the real pages.

Every document is a PDF made by ``gridesk.documents``. A printer gets each page rendered by
pdfium at the printer's resolution (at most ``MAX_PRINT_DPI``) and painted on a ``QPrinter``,
so what is printed is exactly what the preview showed and what the history keeps.

Invariant 6: the business action has committed before anything here runs. A document is
kept in the print history (``core.printing.record_document``) before it reaches the printer;
a failure shows a clear message and marks the job failed; it can be printed again from the
history.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPixmap,
    QShortcut,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gridesk.core import printing
from gridesk.core.printing import (
    FAMILY_PAGE,
    FAMILY_RECEIPT,
    OUTPUT_ESCPOS,
    Document,
    PrinterSettings,
    PrintJobView,
)
from gridesk.errors import QT_TRANSLATE_NOOP, GrideskError
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text
from gridesk.ui.messages import show_error
from gridesk.ui.widgets.screen_room import fit_to_screen

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)

MAX_PRINT_DPI = 600
"""Pages are rendered at the printer's resolution up to this: finer is invisible on paper."""
_BAND_PX = 1024  # pages are rendered and painted in bands of this many rows: bounded memory


class PrintFailed(GrideskError):
    """The printer could not be used; the document stays in the print history."""


class NoPrinter(PrintFailed):
    """No printer is installed (or the one named in the settings is not): the desk is offered
    the preview, to print through Qt's dialog or save a PDF, instead."""


class Outcome(enum.StrEnum):
    PRINTED = "printed"
    FAILED = "failed"
    CANCELLED = "cancelled"
    SAVED = "saved"


@dataclass(frozen=True)
class PrintResult:
    outcome: Outcome
    job: PrintJobView | None
    """The history row (None only when the person cancelled before anything was kept)."""
    error: GrideskError | None = None


# --- rendering pages -------------------------------------------------------------------------


def _image(bitmap: pdfium.PdfBitmap) -> QImage:
    """A pdfium bitmap (rendered with ``rev_byteorder`` and ``prefer_bgrx``) as a QImage that
    owns its pixels."""
    image = QImage(
        bytes(bitmap.buffer),
        bitmap.width,
        bitmap.height,
        bitmap.stride,
        QImage.Format.Format_RGBX8888,
    )
    return image.copy()


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Each page's (width, height) in points."""
    document = pdfium.PdfDocument(pdf)
    try:
        return [tuple(document[i].get_size()) for i in range(len(document))]  # type: ignore[misc]
    finally:
        document.close()


def render_page(document: pdfium.PdfDocument, index: int, scale: float) -> QImage:
    """Page ``index`` at ``scale`` pixels per point, as a QImage."""
    page = document[index]
    try:
        bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
        return _image(bitmap)
    finally:
        page.close()


def _page_layout(width: float, height: float) -> QPageLayout:
    landscape = width > height
    size = QSizeF(min(width, height), max(width, height))
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch),
        orientation,
        QMarginsF(0, 0, 0, 0),
    )


def _bands(height_px: int) -> Iterator[tuple[int, int]]:
    for top in range(0, height_px, _BAND_PX):
        yield top, min(_BAND_PX, height_px - top)


class PrintCancelled(GrideskError):
    """The person stopped a print part way; what reached the printer may be incomplete."""


def print_to_printer(
    pdf: bytes, printer: QPrinter, progress: Callable[[int, int], bool] | None = None
) -> int:
    """Paint every page of ``pdf`` on ``printer``, each page on paper of its own size, without
    any dialog; returns the number of pages. Raises PrintFailed when the printer cannot start.

    ``progress(pages_done, pages)`` is called before each page; returning False stops the
    print (``PrintCancelled``).

    Public on purpose: the print dialog path ends here too, and tests print to a QPrinter
    set to PDF output.
    """
    document = pdfium.PdfDocument(pdf)
    painter = QPainter()
    try:
        count = len(document)
        printer.setFullPage(True)
        for index in range(count):
            if progress is not None and not progress(index, count):
                printer.abort()
                raise PrintCancelled(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Printing was stopped after {done} of {count} pages. The document is "
                        "kept in the print history.",
                    ),
                    done=index,
                    count=count,
                )
            page = document[index]
            width, height = page.get_size()
            printer.setPageLayout(_page_layout(width, height))
            if index == 0:
                if not painter.begin(printer):
                    raise PrintFailed(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "The printer “{printer}” cannot start printing. Check that it is "
                            "switched on and connected, then print again from the print history.",
                        ),
                        printer=printer_label(printer),
                    )
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            elif not printer.newPage():
                raise PrintFailed(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The printer “{printer}” stopped taking pages. Check it, then print "
                        "again from the print history.",
                    ),
                    printer=printer_label(printer),
                )
            dpi_x, dpi_y = printer.logicalDpiX(), printer.logicalDpiY()
            render_dpi = min(max(dpi_x, dpi_y), MAX_PRINT_DPI)
            scale = render_dpi / 72
            height_px = max(1, round(height * scale))
            for top, rows in _bands(height_px):
                top_pt = top / scale
                bottom_pt = max(0.0, height - (top + rows) / scale)
                bitmap = page.render(
                    scale=scale,
                    crop=(0, bottom_pt, 0, top_pt),
                    rev_byteorder=True,
                    prefer_bgrx=True,
                )
                target = QRectF(
                    0,
                    top * dpi_y / render_dpi,
                    bitmap.width * dpi_x / render_dpi,
                    bitmap.height * dpi_y / render_dpi,
                )
                painter.drawImage(target, _image(bitmap))
            page.close()
        return count
    finally:
        if painter.isActive():
            painter.end()
        document.close()


def printer_label(printer: QPrinter) -> str:
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return printer.outputFileName() or "PDF"
    return printer.printerName() or QPrinterInfo.defaultPrinterName() or "?"


def available_printers() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


def _named_printer(name: str) -> QPrinter:
    """A system printer by name ("" for the default) or PrintFailed when there is none."""
    info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo.defaultPrinter()
    if info.isNull():
        if name:
            raise NoPrinter(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The printer “{printer}” is not installed on this computer. Check the "
                    "printer settings (Admin → Printers), then print again from the print "
                    "history.",
                ),
                printer=name,
            )
        raise NoPrinter(
            QT_TRANSLATE_NOOP(
                "errors",
                "No printer is installed on this computer. Install the printer, or choose one "
                "in Admin → Printers, then print again from the print history.",
            )
        )
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


# --- printing a document ---------------------------------------------------------------------


def document_title(document: Document) -> str:
    """The document's title in the interface language (see ``Document``)."""
    if not document.context:
        return document.title
    return QCoreApplication.translate(document.context, document.title).format(**document.params)


def _keep(desk: Desk, document: Document) -> PrintJobView:
    return printing.record_document(
        desk.store,
        desk.actor,
        document.kind,
        document_title(document),
        document.subject,
        document.pdf,
        document.family,
        document.subject_id,
    )


def ask_for_printer(parent: QWidget | None, desk: Desk, title: str = "") -> QPrinter | None:
    """Qt's print dialog for a page document, starting on the A4 printer of the settings."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    wanted = printing.printer_settings(desk.store).page_printer
    if wanted and wanted in available_printers():
        printer.setPrinterName(wanted)
    if title:
        printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, False)
    accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
    dialog.deleteLater()
    return printer if accepted else None


def print_document(
    parent: QWidget | None,
    desk: Desk,
    job_or_document: PrintJobView | Document,
    family: str | None = None,
    *,
    printer: QPrinter | None = None,
    settings: PrinterSettings | None = None,
    show_errors: bool = True,
    preview_without_printer: bool = True,
) -> PrintResult:
    """Print a new document (kept in the history first) or a kept one again.

    Page documents go through Qt's print dialog unless ``printer`` is given; receipts go to
    the receipt printer of the settings without a dialog: a system printer by name, or an
    ESC/POS printer. A failure is shown (``show_errors``) and marks the job failed.

    With no printer set up for receipts, the preview opens instead (``preview_without_printer``),
    with Print… and Save as PDF…: a front-desk user is never sent to settings they cannot open.
    """
    document = job_or_document if isinstance(job_or_document, Document) else None
    kept = job_or_document if isinstance(job_or_document, PrintJobView) else None
    family = family or job_or_document.family
    settings = settings or printing.printer_settings(desk.store)
    raw_escpos = (
        family == FAMILY_RECEIPT and printer is None and settings.receipt_output == OUTPUT_ESCPOS
    )
    if family == FAMILY_PAGE and printer is None:
        title = (
            document_title(job_or_document)
            if isinstance(job_or_document, Document)
            else job_or_document.title
        )
        printer = ask_for_printer(parent, desk, title)
        if printer is None:
            return PrintResult(Outcome.CANCELLED, kept)
    try:
        job = _keep(desk, document) if document is not None else kept
    except GrideskError as exc:
        if show_errors:
            show_error(parent, exc)
        return PrintResult(Outcome.FAILED, None, exc)
    assert job is not None
    if not raw_escpos and printer is None and preview_without_printer:
        try:
            printer = _named_printer(settings.receipt_printer)
        except NoPrinter:
            return preview_job(parent, desk, job, document.pdf if document else None)
    where = settings.escpos_target if raw_escpos else ""
    failure: BaseException | None = None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        pdf = (
            document.pdf
            if document is not None
            else printing.job_pdf(desk.store, desk.actor, job.id)
        )
        if raw_escpos:
            from gridesk.documents import escpos

            if document is not None and document.receipt is not None:
                escpos.print_receipt(where, document.receipt, settings.receipt_width)
            else:
                escpos.print_pdf(where, pdf, settings.receipt_width)
        else:
            if printer is None:
                printer = _named_printer(settings.receipt_printer)
            where = printer_label(printer)
            with _PageProgress(parent, job.pages) as progress:
                print_to_printer(pdf, printer, progress)
    except GrideskError as exc:
        log.info("printing %s on %s failed: %s", job.id, where, exc)
        failure = exc
    except Exception as exc:  # a driver's own error: logged, and said plainly
        log.exception("printing %s on %s failed", job.id, where)
        failure = exc
    finally:
        QGuiApplication.restoreOverrideCursor()
    if failure is None:
        try:
            job = printing.mark_printed(desk.store, desk.actor, job.id, where)
        except GrideskError:  # printed all the same; the history just says "not printed"
            log.exception("could not mark print job %s printed", job.id)
        return PrintResult(Outcome.PRINTED, job)
    known = failure if isinstance(failure, GrideskError) else None
    reason = error_text(known) if known else str(failure) or type(failure).__name__
    job = _mark_failed(desk, job, where, reason)
    if isinstance(failure, PrintCancelled):
        return PrintResult(Outcome.CANCELLED, job, known)
    if show_errors:
        show_error(parent, failure)
    return PrintResult(Outcome.FAILED, job, known)


def print_paper(
    parent: QWidget | None,
    desk: Desk,
    make: Callable[[], Document],
    path: Path | None = None,
    failed: Callable[[GrideskError], None] | None = None,
) -> PrintResult | None:
    """Make a window's document (its ``papers.paper_*`` function) and print it, or save it to
    ``path``. A refusal while making it is shown (in a box, or by ``failed``: a page's message
    line) and nothing is printed (None)."""
    try:
        document = make()
    except GrideskError as exc:
        (failed or (lambda e: show_error(parent, e)))(exc)
        return None
    if path is not None:
        return save_document_as(parent, desk, document, document_title(document), path=path)
    return print_document(parent, desk, document)


class _PageProgress:
    """A progress window for documents of several pages, so the desk sees the print moving
    and can stop it; single pages print without one."""

    def __init__(self, parent: QWidget | None, pages: int) -> None:
        self.dialog: QProgressDialog | None = None
        if pages > 2:
            self.dialog = QProgressDialog(
                QCoreApplication.translate("printing", "Sending the pages to the printer…"),
                QCoreApplication.translate("printing", "Stop"),
                0,
                pages,
                parent,
            )
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)

    def __enter__(self) -> Callable[[int, int], bool]:
        return self

    def __call__(self, done: int, pages: int) -> bool:
        if self.dialog is None:
            return True
        self.dialog.setValue(done)
        QCoreApplication.processEvents()
        return not self.dialog.wasCanceled()

    def __exit__(self, *exc: object) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()


def _mark_failed(desk: Desk, job: PrintJobView, where: str, error: str) -> PrintJobView:
    try:
        return printing.mark_failed(desk.store, desk.actor, job.id, where, error)
    except GrideskError:
        log.exception("could not mark print job %s failed", job.id)
        return job


def save_document_as(
    parent: QWidget | None,
    desk: Desk,
    job_or_document: PrintJobView | Document,
    suggested_name: str,
    *,
    path: Path | None = None,
) -> PrintResult:
    """Save the PDF to a file the person chooses (or ``path``), keeping a new document in
    the history with status ``saved``."""
    if path is None:
        start = str(Path.home() / f"{suggested_name}.pdf")
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("printing", "Save as PDF"),
            start,
            "PDF (*.pdf)",
        )
        if not chosen:
            return PrintResult(
                Outcome.CANCELLED,
                None if isinstance(job_or_document, Document) else job_or_document,
            )
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
    try:
        if isinstance(job_or_document, Document):
            job = _keep(desk, job_or_document)
            pdf = job_or_document.pdf
        else:
            job = job_or_document
            pdf = printing.job_pdf(desk.store, desk.actor, job.id)
    except GrideskError as exc:
        show_error(parent, exc)
        return PrintResult(Outcome.FAILED, None, exc)
    try:
        partial = path.with_name(path.name + ".part")
        partial.write_bytes(pdf)
        partial.replace(path)
    except OSError as exc:
        error = PrintFailed(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file {path} cannot be written ({reason}). Choose another folder.",
            ),
            path=str(path),
            reason=exc.strerror or type(exc).__name__,
        )
        show_error(parent, error)
        return PrintResult(Outcome.FAILED, job, error)
    try:
        job = printing.mark_saved(desk.store, desk.actor, job.id)
    except GrideskError:
        log.exception("could not mark print job %s saved", job.id)
    return PrintResult(Outcome.SAVED, job)


# --- the preview -----------------------------------------------------------------------------


def preview_document(parent: QWidget | None, desk: Desk, document: Document) -> PrintResult:
    """Keep a new document in the print history and show it (``preview_job``)."""
    try:
        job = _keep(desk, document)
    except GrideskError as exc:
        show_error(parent, exc)
        return PrintResult(Outcome.FAILED, None, exc)
    return preview_job(parent, desk, job, document.pdf)


def preview_job(
    parent: QWidget | None, desk: Desk, job: PrintJobView, pdf: bytes | None = None
) -> PrintResult:
    """A kept document's pages, with Print… and Save as PDF… (Esc closes): where no printer is
    set up, and wherever a desk wants to see again what it made. CANCELLED when closed."""
    if pdf is None:
        try:
            pdf = printing.job_pdf(desk.store, desk.actor, job.id)
        except GrideskError as exc:
            show_error(parent, exc)
            return PrintResult(Outcome.FAILED, job, exc)
    dialog = PrintPreviewDialog(parent, desk, job, pdf)
    try:
        dialog.exec()
        return dialog.outcome
    finally:
        dialog.deleteLater()


class PdfPreview(QWidget):
    """The real pages of a PDF, one at a time: previous/next, and zoom (whole page, page
    width, or a fixed size). Pages are rendered by pdfium at the screen's resolution."""

    page_changed = Signal(int)

    FIT_PAGE, FIT_WIDTH = "page", "width"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document: pdfium.PdfDocument | None = None
        self._pdf: bytes | None = None
        self._sizes: list[tuple[float, float]] = []
        self._page = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("previewArea")
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setWidgetResizable(False)
        self.scroll.setStyleSheet("QScrollArea#previewArea { background: #8A817A; border: none; }")
        self.canvas = QLabel()
        self.canvas.setObjectName("previewPage")
        self.canvas.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.canvas.setStyleSheet("background: transparent; color: #FFFFFF;")
        self.scroll.setWidget(self.canvas)
        layout.addWidget(self.scroll, 1)

        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.page_label = QLabel()
        self.page_label.setObjectName("subtle")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setMinimumWidth(110)
        self.zoom = QComboBox()
        self.zoom.addItem(self.tr("Whole page"), self.FIT_PAGE)
        self.zoom.addItem(self.tr("Page width"), self.FIT_WIDTH)
        for percent in (50, 100, 150, 200):
            self.zoom.addItem(f"{percent}%", percent)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.page_label, 1)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.zoom)
        layout.addLayout(bar)

        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(80)
        self._resize_timer.timeout.connect(self._render)
        self.previous_button.clicked.connect(lambda: self.show_page(self._page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self._page + 1))
        self.zoom.currentIndexChanged.connect(lambda _i: self._render())
        self.set_message(self.tr("Nothing to preview yet."))

    # -- what is shown

    def set_pdf(self, pdf: bytes | None, message: str = "") -> None:
        """Show ``pdf`` from its first page; None shows ``message`` instead."""
        self._close()
        self._pdf = pdf
        if pdf is None:
            self.set_message(message or self.tr("Nothing to preview yet."))
            return
        self._document = pdfium.PdfDocument(pdf)
        self._sizes = [
            tuple(self._document[i].get_size())  # type: ignore[misc]
            for i in range(len(self._document))
        ]
        self._page = 0
        self._render()
        self.page_changed.emit(self._page)

    def set_message(self, text: str) -> None:
        self._close()
        self.canvas.setPixmap(QPixmap())
        self.canvas.setText(text)
        self.canvas.setWordWrap(True)
        self.canvas.resize(self.scroll.viewport().size())
        self._update_bar()

    def pdf(self) -> bytes | None:
        return self._pdf

    def page_count(self) -> int:
        return len(self._sizes)

    def current_page(self) -> int:
        return self._page

    def show_page(self, index: int) -> None:
        if not self._sizes:
            return
        index = max(0, min(index, len(self._sizes) - 1))
        if index != self._page:
            self._page = index
            self._render()
            self.page_changed.emit(index)

    def _close(self) -> None:
        if self._document is not None:
            self._document.close()
        self._document = None
        self._pdf = None
        self._sizes = []
        self._page = 0

    # -- drawing

    def _scale(self, width: float, height: float) -> float:
        """Screen pixels (device-independent) per point."""
        mode = self.zoom.currentData()
        viewport = self.scroll.viewport().size()
        room_w = max(50, viewport.width() - 24)
        room_h = max(50, viewport.height() - 24)
        if mode == self.FIT_PAGE:
            return min(room_w / width, room_h / height)
        if mode == self.FIT_WIDTH:
            return (room_w - self.scroll.verticalScrollBar().sizeHint().width()) / width
        return self.logicalDpiX() / 72 * int(mode) / 100

    def _render(self) -> None:
        if self._document is None or not self._sizes:
            self._update_bar()
            return
        width, height = self._sizes[self._page]
        scale = self._scale(width, height)
        ratio = self.devicePixelRatioF()
        image = render_page(self._document, self._page, scale * ratio)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.canvas.setText("")
        self.canvas.setPixmap(pixmap)
        self.canvas.resize(
            max(pixmap.width() / ratio + 24, self.scroll.viewport().width()),
            max(pixmap.height() / ratio + 24, self.scroll.viewport().height()),
        )
        self._update_bar()

    def _update_bar(self) -> None:
        count = len(self._sizes)
        self.previous_button.setEnabled(count > 0 and self._page > 0)
        self.next_button.setEnabled(count > 0 and self._page < count - 1)
        self.zoom.setEnabled(count > 0)
        self.page_label.setText(
            self.tr("Page {page} of {count}").format(page=self._page + 1, count=count)
            if count
            else ""
        )

    def resizeEvent(self, event):  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self._document is not None:
            self._resize_timer.start()
        else:
            self.canvas.resize(self.scroll.viewport().size())

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(QSize(360, 420))


class PrintPreviewDialog(QDialog):
    """A kept document's pages with Print… (Qt's print dialog: any printer, or a file) and
    Save as PDF…. ``outcome`` says what became of it (CANCELLED when closed)."""

    def __init__(self, parent: QWidget | None, desk: Desk, job: PrintJobView, pdf: bytes) -> None:
        super().__init__(parent)
        self.desk = desk
        self.job = job
        self.outcome = PrintResult(Outcome.CANCELLED, job)
        self.setWindowTitle(job.title)
        layout = QVBoxLayout(self)
        self.note = QLabel(
            self.tr(
                "This is what was made; it is kept in the print history. Print it (Ctrl+P) on "
                "any printer or to a file, or save it as a PDF (Ctrl+S)."
            )
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.preview = PdfPreview()
        layout.addWidget(self.preview, 1)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.close_button = QPushButton(self.tr("Close (Esc)"))
        for button in (self.print_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_it)
        self.save_button.clicked.connect(self.save_it)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_it)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_it)
        fit_to_screen(self, 720, 860)
        self.preview.set_pdf(pdf)

    def print_it(self) -> None:
        printer = ask_for_printer(self, self.desk, self.job.title)
        if printer is None:
            return
        result = print_document(self, self.desk, self.job, printer=printer)
        if result.outcome is Outcome.PRINTED:
            self.outcome = result
            self.accept()

    def save_it(self) -> None:
        result = save_document_as(self, self.desk, self.job, self.job.title)
        if result.outcome is Outcome.SAVED:
            self.outcome = result
            self.accept()
