"""Printing records: the print history and the printer settings.

Invariant 6 (DESIGN.md): printing never loses or undoes business. The action a document
belongs to commits first, in its own unit of work; ``record_document`` then keeps the exact
PDF, and ``mark_printed`` / ``mark_failed`` only change the history row. A failed print stays
in the history and can be printed again, byte for byte.

Who may print what goes by the document's family: ``page`` documents (cards, A4 forms) need
``PRINT_CARDS``; ``receipt`` documents (the roll printer) need ``PRINT_RECEIPTS``. The history
shows each person the families they may print.
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from gridesk import clock
from gridesk.clock import utcnow
from gridesk.core.actor import Actor, Permission
from gridesk.core.desks import desk_setting_key
from gridesk.core.models import PrintJob, User
from gridesk.core.store import Store, set_setting
from gridesk.documents.pages import StationInfo as DocumentStation
from gridesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError

if TYPE_CHECKING:
    from gridesk.documents.receipt import Receipt

FAMILY_RECEIPT = "receipt"
FAMILY_PAGE = "page"
FAMILIES = (FAMILY_RECEIPT, FAMILY_PAGE)
FAMILY_PERMISSIONS = {
    FAMILY_PAGE: Permission.PRINT_CARDS,
    FAMILY_RECEIPT: Permission.PRINT_RECEIPTS,
}

PENDING, PRINTED, FAILED, SAVED = "pending", "printed", "failed", "saved"
STATUSES = (PENDING, PRINTED, FAILED, SAVED)

# Kinds used so far; later windows add theirs ("ticket", "loan" …) by simply using them.
KIND_CARE_CARD = "care_card"
KIND_GRID_CARD = "grid_card"
KIND_RESIDENT_CARD = "resident_card"
KIND_VOLUNTEER_CARD = "volunteer_card"
KIND_TEST_RECEIPT = "test_receipt"
KIND_RECEIPT = "receipt"
_KIND = re.compile(r"^[a-z][a-z0-9_]{0,29}$")

HISTORY_LIMIT = 500


@dataclass(frozen=True)
class Document:
    """A document not yet in the print history: what it is, for whom, and its PDF; what a
    window's ``papers.py`` makes of a business event, for the screens to print or save.

    ``title``: the history's title. With a ``context`` it is English source text marked
    ``QT_TRANSLATE_NOOP(context, ...)``, translated by the screen that keeps it and then filled
    with ``params``; without one it is kept as it is.

    ``receipt``: for a receipt, the layout it was rendered from, so an ESC/POS printer can
    print it as text (in the printer's own Chinese font); without it the PDF is sent as
    pictures.
    """

    kind: str
    title: str
    subject: str
    pdf: bytes
    family: str
    subject_id: str | None = None
    receipt: Receipt | None = None
    context: str = ""
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)


def receipt_document(
    store: Store,
    kind: str,
    title: str,
    subject: str,
    receipt: Receipt,
    subject_id: uuid.UUID | None = None,
    *,
    context: str = "",
    **params: object,
) -> Document:
    """A slip for the receipt roll, rendered for the roll of the printer settings; ``title``
    and ``params`` as in ``Document``."""
    from gridesk.documents.receipt import render_receipt

    return Document(
        kind=kind,
        title=title,
        subject=subject,
        pdf=render_receipt(receipt, printer_settings(store).receipt_page_kind),
        family=FAMILY_RECEIPT,
        subject_id=str(subject_id) if subject_id is not None else None,
        receipt=receipt,
        context=context,
        params=params,
    )


@dataclass(frozen=True)
class PrintJobView:
    """One row of the print history (without its PDF: ``job_pdf`` fetches that)."""

    id: uuid.UUID
    kind: str
    title: str
    subject: str
    subject_id: str | None
    family: str
    pages: int
    status: str
    printer: str
    error: str
    created_at: datetime
    printed_at: datetime | None
    print_count: int
    created_by: str
    """Who made the document (display name)."""
    size: int
    """The PDF's size in bytes."""


_JOB_COLUMNS = (
    PrintJob.id,
    PrintJob.kind,
    PrintJob.title,
    PrintJob.subject,
    PrintJob.subject_id,
    PrintJob.family,
    PrintJob.pages,
    PrintJob.status,
    PrintJob.printer,
    PrintJob.error,
    PrintJob.created_at,
    PrintJob.printed_at,
    PrintJob.print_count,
    func.coalesce(User.display_name, "").label("created_by_name"),
    func.length(PrintJob.pdf).label("size"),
)


def _view(row: Any) -> PrintJobView:
    return PrintJobView(
        id=row.id,
        kind=row.kind,
        title=row.title,
        subject=row.subject,
        subject_id=row.subject_id,
        family=row.family,
        pages=row.pages,
        status=row.status,
        printer=row.printer,
        error=row.error,
        created_at=row.created_at,
        printed_at=row.printed_at,
        print_count=row.print_count,
        created_by=row.created_by_name,
        size=row.size or 0,
    )


def _families(actor: Actor) -> list[str]:
    return [family for family, perm in FAMILY_PERMISSIONS.items() if actor.can(perm)]


def _require_family(actor: Actor, family: str) -> None:
    if family not in FAMILY_PERMISSIONS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown kind of printed document ({family})."),
            field="family",
            family=family,
        )
    actor.require(FAMILY_PERMISSIONS[family])


def may_print(actor: Actor, family: str) -> bool:
    perm = FAMILY_PERMISSIONS.get(family)
    return perm is not None and actor.can(perm)


def count_pages(pdf: bytes) -> int:
    """Pages in a PDF; raises ValidationError when the bytes are not a readable PDF."""
    import pypdfium2 as pdfium

    if not pdf.startswith(b"%PDF-"):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This document is not a PDF."))
    try:
        document = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as exc:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This document is not a PDF.")) from exc
    try:
        return len(document)
    finally:
        document.close()


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def record_document(
    store: Store,
    actor: Actor,
    kind: str,
    title: str,
    subject: str,
    pdf: bytes,
    family: str,
    subject_id: str | uuid.UUID | None = None,
) -> PrintJobView:
    """Keep a document in the print history, before it is printed (status ``pending``).

    ``title`` says what it is (in the hall's words, e.g. 爱心联系牌 ×12), ``subject`` for whom.
    Call it after the business action has committed: this is a separate unit of work.
    """
    _require_family(actor, family)
    if not _KIND.match(kind):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown kind of printed document ({family})."),
            field="kind",
            family=kind,
        )
    pages = count_pages(pdf)
    with store.write(actor) as s:
        job = PrintJob(
            kind=kind,
            title=_clip(title, 200) or kind,
            subject=_clip(subject, 200),
            subject_id=str(subject_id) if subject_id is not None else None,
            family=family,
            pdf=pdf,
            pages=pages,
            status=PENDING,
            printer="",
            error="",
            print_count=0,
        )
        s.add(job)
        s.flush()
        return _one(s, job.id)


def _one(s: Session, job_id: uuid.UUID) -> PrintJobView:
    row = s.execute(
        select(*_JOB_COLUMNS)
        .outerjoin(User, User.id == PrintJob.created_by)
        .where(PrintJob.id == job_id)
    ).one_or_none()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such document in the print history."))
    return _view(row)


def _job_for_update(s: Session, actor: Actor, job_id: uuid.UUID) -> PrintJob:
    job = s.get(PrintJob, job_id)
    if job is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such document in the print history."))
    _require_family(actor, job.family)
    return job


def mark_printed(store: Store, actor: Actor, job_id: uuid.UUID, printer: str) -> PrintJobView:
    """The printer took the document (a reprint counts again)."""
    with store.write(actor) as s:
        job = _job_for_update(s, actor, job_id)
        job.status = PRINTED
        job.printer = _clip(printer, 200)
        job.error = ""
        job.printed_at = utcnow()
        job.print_count = (job.print_count or 0) + 1
        s.flush()
        return _one(s, job.id)


def mark_failed(
    store: Store, actor: Actor, job_id: uuid.UUID, printer: str, error: str
) -> PrintJobView:
    """The printer did not take it. The document stays in the history, ready to print again;
    a document printed before keeps its ``printed_at``."""
    with store.write(actor) as s:
        job = _job_for_update(s, actor, job_id)
        job.status = FAILED
        job.printer = _clip(printer, 200)
        job.error = error.strip()[:2000]
        s.flush()
        return _one(s, job.id)


def mark_saved(store: Store, actor: Actor, job_id: uuid.UUID) -> PrintJobView:
    """Saved as a PDF file. A document not yet printed shows as ``saved``; a printed or a
    failed one keeps what the printer did."""
    with store.write(actor) as s:
        job = _job_for_update(s, actor, job_id)
        if job.status == PENDING:
            job.status = SAVED
        s.flush()
        return _one(s, job.id)


def _history(actor: Actor, text: str) -> Any:
    families = _families(actor)
    if not families:
        actor.require(Permission.PRINT_CARDS)
    stmt = (
        select(*_JOB_COLUMNS)
        .outerjoin(User, User.id == PrintJob.created_by)
        .where(PrintJob.family.in_(families))
    )
    words = text.split()
    for word in words:
        stmt = stmt.where(
            or_(
                PrintJob.title.contains(word, autoescape=True),
                PrintJob.subject.contains(word, autoescape=True),
                User.display_name.contains(word, autoescape=True),
            )
        )
    return stmt


def list_jobs(
    store: Store, actor: Actor, limit: int = 200, offset: int = 0, text: str = ""
) -> list[PrintJobView]:
    """The print history, newest first, of the families the actor may print."""
    stmt = (
        _history(actor, text)
        .order_by(PrintJob.created_at.desc(), PrintJob.id.desc())
        .offset(max(0, offset))
        .limit(max(0, min(limit, HISTORY_LIMIT)))
    )
    with store.read() as s:
        return [_view(row) for row in s.execute(stmt)]


def count_jobs(store: Store, actor: Actor, text: str = "") -> int:
    stmt = _history(actor, text).subquery()
    with store.read() as s:
        return s.execute(select(func.count()).select_from(stmt)).scalar_one()


def job_pdf(store: Store, actor: Actor, job_id: uuid.UUID) -> bytes:
    """The document exactly as it was kept, to print or save again."""
    with store.read() as s:
        row = s.execute(
            select(PrintJob.family, PrintJob.pdf).where(PrintJob.id == job_id)
        ).one_or_none()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such document in the print history."))
    _require_family(actor, row.family)
    return bytes(row.pdf)


# --- printer settings ------------------------------------------------------------------------

OUTPUT_SYSTEM = "system"
OUTPUT_ESCPOS = "escpos"
RECEIPT_WIDTHS = (58, 80)


@dataclass(frozen=True)
class PrinterSettings:
    """Where each family of documents goes. Names are system printer names; "" means the
    system's default printer."""

    receipt_printer: str = ""
    receipt_width: int = 80
    receipt_output: str = OUTPUT_SYSTEM
    """``system``: the receipt printer's system driver; ``escpos``: raw ESC/POS commands."""
    escpos_target: str = ""
    """``usb:0x0416:0x5011``, ``network:192.168.1.50:9100`` or ``file:/dev/usb/lp0``."""
    page_printer: str = ""

    @property
    def receipt_page_kind(self) -> str:
        """The page kind receipts are rendered for (``roll58`` or ``roll80``)."""
        return f"roll{self.receipt_width}"


SETTING_KEYS: dict[str, str] = {
    "receipt_printer": "printer.receipt.name",
    "receipt_width": "printer.receipt.width",
    "receipt_output": "printer.receipt.output",
    "escpos_target": "printer.receipt.escpos_target",
    "page_printer": "printer.page.name",
}


def _desk_key(store: Store, key: str) -> str | None:
    """On a hall's shared database each named desk has its own printers (``key@desk``); a
    desk alone keeps the installation's (None: no key of its own)."""
    if store.sqlite_path is None and store.desk_name:
        return desk_setting_key(key, store.desk_name)
    return None


def printer_settings(store: Store) -> PrinterSettings:
    """The printer settings as saved (defaults where none are): this desk's own on a hall's
    database, else the installation's."""
    defaults = PrinterSettings()
    values: dict[str, Any] = {}
    for field, key in SETTING_KEYS.items():
        values[field] = store.setting(key, getattr(defaults, field))
        own = _desk_key(store, key)
        if own is not None:
            values[field] = store.setting(own, values[field])
    try:
        return validate_printer_settings(PrinterSettings(**values))
    except ValidationError:
        return defaults  # a hand-edited database: fall back to what always works


def validate_printer_settings(settings: PrinterSettings) -> PrinterSettings:
    from gridesk.documents.escpos import parse_target

    if settings.receipt_width not in RECEIPT_WIDTHS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A receipt roll is 58 or 80 mm wide."),
            field="receipt_width",
        )
    if settings.receipt_output not in (OUTPUT_SYSTEM, OUTPUT_ESCPOS):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose how receipts reach the printer."),
            field="receipt_output",
        )
    for field in ("receipt_printer", "page_printer"):
        if len(getattr(settings, field)) > 200:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A printer name can have at most 200 characters."),
                field=field,
            )
    target = settings.escpos_target.strip()
    if settings.receipt_output == OUTPUT_ESCPOS and not target:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Enter the ESC/POS printer's address, e.g. usb:0x0416:0x5011, "
                "network:192.168.1.50:9100 or file:/dev/usb/lp0.",
            ),
            field="escpos_target",
        )
    if target:
        target = str(parse_target(target))
    return replace(
        settings,
        receipt_printer=settings.receipt_printer.strip(),
        page_printer=settings.page_printer.strip(),
        escpos_target=target,
    )


def save_printer_settings(store: Store, actor: Actor, settings: PrinterSettings) -> PrinterSettings:
    actor.require(Permission.SETTINGS_MANAGE)
    settings = validate_printer_settings(settings)
    with store.write(actor) as s:
        for field, key in SETTING_KEYS.items():
            set_setting(s, _desk_key(store, key) or key, getattr(settings, field))
    return settings


# --- what documents say about the station ----------------------------------------------------


def document_station(store: Store) -> DocumentStation:
    """The centre or station as printed on receipts and cards."""
    station = store.station()
    if station is None:
        return DocumentStation(name="")
    return DocumentStation(name=station.name, address=station.address, hotline=station.hotline)


def make_test_receipt(store: Store, settings: PrinterSettings | None = None) -> Receipt:
    """A receipt to try the receipt printer with: the station's header, a few Chinese lines of
    every width, a QR code to scan."""
    from gridesk.documents.receipt import Receipt, ReceiptField, ReceiptLine

    settings = settings or printer_settings(store)
    station = document_station(store)
    now = clock.local_now()
    return Receipt(
        station=station,
        title="打印测试",
        details=(
            ReceiptField("纸宽", f"{settings.receipt_width} mm"),
            ReceiptField(
                "方式", "ESC/POS" if settings.receipt_output == OUTPUT_ESCPOS else "系统打印机"
            ),
        ),
        lines=(
            ReceiptLine("中文：社区党群服务中心欢迎您", ""),
            ReceiptLine("数字与字母 0123456789 ABCxyz", ""),
            ReceiptLine("一行很长的文字会按纸宽自动换行，中文字符占两个字符宽度。", ""),
            ReceiptLine("洗衣液 1 瓶", "200分"),
        ),
        totals=(ReceiptField("合计", "200分"),),
        qr_text=f"GriDesk 打印测试 {now:%Y-%m-%d %H:%M:%S}",
        qr_caption="扫一扫：二维码应能识别",
        footer=("如能看清以上文字和二维码，打印机设置正确。",),
        printed_at=now,
    )
