"""Labels, loan slips, the door schedule, the overdue list and the thank-you note: rendered,
read back as text, and their QR codes decoded (zxing-cpp) and verified."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import DAY, NOW

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "documents"))
from docs_readback import decode_qr_codes, pdf_page_sizes, pdf_text, write_pdf

from gridesk.core.treasure import lending, papers, rooms
from gridesk.core.treasure.lending import ItemInput
from gridesk.core.treasure.rooms import BookingRequest
from gridesk.documents.qr import verify_payload
from gridesk.documents.receipt import render_receipt

MM = 72 / 25.4


def test_label_sheet_qrs_name_each_item(store, admin, shelf, tmp_path):
    ids = list(shelf.items.values())
    pdf = write_pdf(tmp_path, "sheet", papers.label_pdf(store, admin, ids, roll=False))
    assert pdf_page_sizes(pdf) == [(pytest.approx(595.28, abs=0.1), pytest.approx(841.89, abs=0.1))]
    text = pdf_text(pdf)
    assert "电钻" in text and "折叠梯" in text and "百宝箱" in text
    decoded = decode_qr_codes(pdf)
    secret = store.qr_secret()
    payloads = sorted((verify_payload(secret, d.text).kind, d.text.split("|")[2]) for d in decoded)
    assert payloads == sorted(("A", str(i)) for i in ids)


def test_label_printer_pages_are_40_by_30_mm(store, admin, shelf, tmp_path):
    long = lending.save_item(
        store, admin, None, ItemInput(name="多功能家用缝纫机（含脚踏板与针线盒）")
    ).id
    pdf = write_pdf(tmp_path, "roll", papers.label_pdf(store, admin, [long], roll=True))
    [(w, h)] = pdf_page_sizes(pdf)
    assert (round(w / MM), round(h / MM)) == (40, 30)
    [code] = decode_qr_codes(pdf, dpi=300)
    assert verify_payload(store.qr_secret(), code.text).ident == str(long)
    assert "缝纫机" in pdf_text(pdf).replace("\n", "")


@pytest.mark.parametrize("roll", ["roll58", "roll80"])
def test_loan_slip_says_what_and_when_and_its_qr_names_the_loan(
    store, admin, shelf, tmp_path, roll
):
    loan = lending.lend(store, admin, shelf.items["电钻"], shelf.residents["王秀英"], now=NOW)
    receipt = papers.loan_slip(store, admin, loan.id)
    pdf = write_pdf(tmp_path, roll, render_receipt(receipt, roll))
    text = pdf_text(pdf)
    for expected in (
        "百宝箱借用凭条",
        loan.number,
        "王秀英",
        "137****1234",
        "电钻",
        f"{loan.due_on:%Y-%m-%d}",
        "借用人签字",
    ):
        assert expected in text
    assert "13700001234" not in text  # the phone masked, as on every paper a resident carries
    signature = next(line for line in text.splitlines() if "借用人签字" in line)
    assert signature.count("_") >= 8  # a line to sign on, not just the word
    [code] = decode_qr_codes(pdf)
    payload = verify_payload(store.qr_secret(), code.text)
    assert (payload.kind, payload.ident) == ("L", str(loan.id))


def test_door_schedule_one_page_per_room(store, admin, shelf, tmp_path):
    rooms.book_room(
        store,
        admin,
        BookingRequest(
            room_id=shelf.rooms["棋牌室"],
            day=DAY,
            start=14 * 60,
            end=16 * 60,
            holder_kind="team",
            holder_name="象棋兴趣小组",
            purpose="周赛",
        ),
        now=NOW,
    )
    pdf = write_pdf(tmp_path, "door", papers.schedule_pdf(store, admin, DAY))
    assert len(pdf_page_sizes(pdf)) == 2
    text = pdf_text(pdf)
    assert "棋牌室 今日安排" in text and "14:00–16:00" in text and "象棋兴趣小组" in text
    assert "议事厅 今日安排" in text and "今日暂无预约" in text


def test_overdue_list_and_thank_you_note(store, admin, shelf, tmp_path):
    lending.lend(store, admin, shelf.items["折叠梯"], shelf.residents["张丽"], now=NOW)
    pdf = write_pdf(tmp_path, "overdue", papers.overdue_pdf(store, admin, DAY + timedelta(days=10)))
    text = pdf_text(pdf)
    assert "张丽" in text and "139 0000 9012" in text and "折叠梯" in text and "7天" in text
    note = write_pdf(
        tmp_path, "thanks", papers.donation_note_pdf(store, admin, shelf.items["电钻"])
    )
    text = pdf_text(note).replace("\n", "")
    assert "感谢信" in text and "李建国" in text and "电钻" in text


def test_overdue_list_exports_to_xlsx(store, admin, shelf, tmp_path):
    from openpyxl import load_workbook

    from gridesk.exchange.treasure_io import OVERDUE_COLUMNS, export_overdue

    lending.lend(store, admin, shelf.items["折叠梯"], shelf.residents["张丽"], now=NOW)
    lending.lend(store, admin, shelf.items["电钻"], shelf.residents["王秀英"], now=NOW)
    path = tmp_path / "逾期.xlsx"
    assert export_overdue(store, admin, path, today=DAY + timedelta(days=9)) == 2
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0] == OVERDUE_COLUMNS
    assert [(r[0], r[1], r[3], r[7]) for r in rows[1:]] == [
        ("张丽", "13900009012", "折叠梯", 6),
        ("王秀英", "13700001234", "电钻", 2),
    ]


def test_booking_slip_qr_names_the_booking(store, admin, shelf, tmp_path):
    [booking] = rooms.book_room(
        store,
        admin,
        BookingRequest(
            room_id=shelf.rooms["议事厅"],
            day=DAY,
            start=9 * 60,
            end=11 * 60,
            holder_kind="partner",
            holder_name="街道卫生院",
            purpose="义诊",
        ),
        now=NOW,
    )
    pdf = write_pdf(
        tmp_path, "booking", render_receipt(papers.booking_slip(store, admin, booking.id), "roll58")
    )
    text = pdf_text(pdf)
    for expected in (
        "功能室预约凭条",
        booking.number,
        "议事厅",
        "09:00–11:00",
        "街道卫生院",
        "待审批",
    ):
        assert expected in text
    [code] = decode_qr_codes(pdf)
    payload = verify_payload(store.qr_secret(), code.text)
    assert (payload.kind, payload.ident) == ("B", str(booking.id))
