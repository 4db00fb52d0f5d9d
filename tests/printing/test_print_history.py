"""The print history, printer settings and staff photos, as services on a real database."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from printing_helpers import make_user
from sqlalchemy import select

from gridesk.core import printing
from gridesk.core.actor import Role
from gridesk.core.cards import photos
from gridesk.core.models import AuditEntry, Resident
from gridesk.core.printing import (
    FAMILY_PAGE,
    FAMILY_RECEIPT,
    PrinterSettings,
    job_pdf,
    list_jobs,
    mark_failed,
    mark_printed,
    mark_saved,
    record_document,
)
from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.documents.receipt import render_receipt
from gridesk.errors import NotFound, PermissionDenied, ValidationError


@pytest.fixture
def receipt_pdf(store, admin) -> bytes:
    return render_receipt(printing.make_test_receipt(store), "roll58")


def test_a_failed_print_stays_in_the_history_and_prints_again_byte_for_byte(
    store, admin, receipt_pdf
):
    # the business action commits first, in its own unit of work
    resident = create_resident(store, admin, ResidentInput(name="王秀英"))
    job = record_document(
        store, admin, "receipt", "积分兑换小票", "王秀英", receipt_pdf, FAMILY_RECEIPT, resident.id
    )
    assert job.status == "pending" and job.pages == 1 and job.created_by == "admin"
    assert job.subject_id == str(resident.id)

    failed = mark_failed(store, admin, job.id, "XP-58", "The printer is out of paper.")
    assert failed.status == "failed" and failed.error == "The printer is out of paper."
    assert failed.printed_at is None
    with store.read() as s:  # the failure undid nothing
        assert s.get(Resident, resident.id) is not None

    history = list_jobs(store, admin)
    assert [j.id for j in history] == [job.id]
    assert history[0].status == "failed" and history[0].size == len(receipt_pdf)
    assert job_pdf(store, admin, job.id) == receipt_pdf

    printed = mark_printed(store, admin, job.id, "XP-58")
    assert printed.status == "printed" and printed.error == "" and printed.print_count == 1
    again = mark_printed(store, admin, job.id, "XP-80")
    assert again.print_count == 2 and again.printer == "XP-80"
    assert job_pdf(store, admin, job.id) == receipt_pdf


def test_every_change_of_a_print_job_is_audited(store, admin, receipt_pdf):
    job = record_document(store, admin, "receipt", "小票", "", receipt_pdf, FAMILY_RECEIPT)
    mark_failed(store, admin, job.id, "XP-58", "off")
    with store.read() as s:
        actions = [
            a.action
            for a in s.execute(
                select(AuditEntry)
                .where(AuditEntry.entity == "print_jobs", AuditEntry.entity_id == str(job.id))
                .order_by(AuditEntry.at)
            ).scalars()
        ]
    assert actions == ["create", "update"]


def test_saving_marks_a_document_not_yet_printed(store, admin, receipt_pdf):
    job = record_document(store, admin, "receipt", "小票", "", receipt_pdf, FAMILY_RECEIPT)
    assert mark_saved(store, admin, job.id).status == "saved"
    mark_printed(store, admin, job.id, "XP-58")
    assert mark_saved(store, admin, job.id).status == "printed"


def test_a_cashier_prints_receipts_but_not_cards(store, admin, receipt_pdf):
    cashier = make_user(store, admin, Role.CASHIER, "cashier")
    card_job = record_document(
        store, admin, "care_card", "爱心联系牌 ×1", "王秀英", receipt_pdf, FAMILY_PAGE
    )
    with pytest.raises(PermissionDenied):
        record_document(
            store, cashier, "care_card", "爱心联系牌", "王秀英", receipt_pdf, FAMILY_PAGE
        )
    with pytest.raises(PermissionDenied):
        job_pdf(store, cashier, card_job.id)
    with pytest.raises(PermissionDenied):
        mark_printed(store, cashier, card_job.id, "A4")
    mine = record_document(store, cashier, "receipt", "小票", "", receipt_pdf, FAMILY_RECEIPT)
    assert [j.id for j in list_jobs(store, cashier)] == [mine.id]
    assert {j.id for j in list_jobs(store, admin)} == {mine.id, card_job.id}


def test_a_coordinator_prints_cards_but_not_receipts(store, admin, receipt_pdf):
    coordinator = make_user(store, admin, Role.COORDINATOR, "coord")
    with pytest.raises(PermissionDenied):
        record_document(store, coordinator, "receipt", "小票", "", receipt_pdf, FAMILY_RECEIPT)
    job = record_document(
        store, coordinator, "volunteer_card", "志愿者证", "", receipt_pdf, FAMILY_PAGE
    )
    assert job.created_by == "coord"


def test_only_pdfs_and_known_families_are_kept(store, admin, receipt_pdf):
    with pytest.raises(ValidationError):
        record_document(store, admin, "receipt", "小票", "", b"not a pdf", FAMILY_RECEIPT)
    with pytest.raises(ValidationError):
        record_document(store, admin, "receipt", "小票", "", receipt_pdf, "poster")
    with pytest.raises(ValidationError):
        record_document(store, admin, "Receipt Kind!", "小票", "", receipt_pdf, FAMILY_RECEIPT)
    with pytest.raises(NotFound):
        job_pdf(store, admin, __import__("uuid").uuid4())


def test_history_is_newest_first_and_searchable(store, admin, receipt_pdf):
    first = record_document(
        store, admin, "care_card", "爱心联系牌 ×1", "王秀英", receipt_pdf, FAMILY_PAGE
    )
    second = record_document(
        store,
        admin,
        "grid_card",
        "网格连心服务卡 ×2",
        "第一网格、第二网格",
        receipt_pdf,
        FAMILY_PAGE,
    )
    assert [j.id for j in list_jobs(store, admin)] == [second.id, first.id]
    assert [j.id for j in list_jobs(store, admin, text="王秀英")] == [first.id]
    assert [j.id for j in list_jobs(store, admin, text="网格 第二")] == [second.id]
    assert printing.count_jobs(store, admin, text="100%") == 0
    assert [j.id for j in list_jobs(store, admin, limit=1, offset=1)] == [first.id]


# --- printer settings


def test_printer_settings_default_save_and_read_back(store, admin):
    assert printing.printer_settings(store) == PrinterSettings()
    saved = printing.save_printer_settings(
        store,
        admin,
        PrinterSettings(
            receipt_printer="",
            receipt_width=58,
            receipt_output="escpos",
            escpos_target=" network:192.168.1.50:9100 ",
            page_printer="HP LaserJet",
        ),
    )
    assert saved.escpos_target == "network:192.168.1.50:9100"
    read = printing.printer_settings(store)
    assert read == saved and read.receipt_page_kind == "roll58"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"receipt_width": 70}, "receipt_width"),
        ({"receipt_output": "fax"}, "receipt_output"),
        ({"receipt_output": "escpos", "escpos_target": ""}, "escpos_target"),
        ({"receipt_output": "escpos", "escpos_target": "lpt:1"}, "escpos_target"),
        ({"escpos_target": "usb:zz:11"}, "escpos_target"),
        ({"page_printer": "x" * 201}, "page_printer"),
    ],
)
def test_printer_settings_are_checked(store, admin, changes, field):
    settings = PrinterSettings(**changes)
    with pytest.raises(ValidationError) as refused:
        printing.save_printer_settings(store, admin, settings)
    assert refused.value.field == field


def test_only_an_administrator_changes_printer_settings(store, admin):
    desk = make_user(store, admin, Role.FRONT_DESK, "desk")
    with pytest.raises(PermissionDenied):
        printing.save_printer_settings(store, desk, PrinterSettings(receipt_width=58))


# --- staff photos


def _photo(size: tuple[int, int], mode: str = "RGBA", fmt: str = "PNG") -> bytes:
    image = Image.new(mode, size, (200, 30, 40, 128) if mode == "RGBA" else (200, 30, 40))
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


def test_staff_photos_are_kept_small_one_per_grid_and_role(store, admin, registry):
    grid = registry.grid.id
    saved = photos.save_staff_photo(store, admin, grid, "worker", _photo((3000, 4000)))
    with Image.open(io.BytesIO(saved.image)) as image:
        assert image.format == "JPEG" and max(image.size) == 600 and image.size == (450, 600)
    photos.save_staff_photo(store, admin, grid, "worker", _photo((800, 300), "RGB", "JPEG"))
    kept = photos.staff_photo(store, admin, grid, "worker")
    assert kept is not None
    with Image.open(io.BytesIO(kept.image)) as image:
        assert image.size == (600, 225)
    assert photos.staff_photo(store, admin, grid, "leader") is None
    photos.remove_staff_photo(store, admin, grid, "worker")
    assert photos.staff_photo(store, admin, grid, "worker") is None


def test_staff_photos_refuse_what_is_not_a_picture(store, admin, registry):
    with pytest.raises(ValidationError):
        photos.save_staff_photo(store, admin, registry.grid.id, "worker", b"GIF89a nonsense")
    with pytest.raises(ValidationError):
        photos.save_staff_photo(store, admin, registry.grid.id, "captain", _photo((10, 10)))
    desk = make_user(store, admin, Role.FRONT_DESK, "desk")
    with pytest.raises(PermissionDenied):
        photos.save_staff_photo(store, desk, registry.grid.id, "worker", _photo((10, 10)))
