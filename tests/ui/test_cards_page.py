"""卡片打印 used as the desk would: choose a kind, filter, see the real pages, print, save,
and print again from the history."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from qt_modal import poll_until
from sqlalchemy import insert, select

from gridesk.config import Location
from gridesk.core import printing
from gridesk.core.cards.sources import CardKind
from gridesk.core.models import Resident, ResidentTag, Tag
from gridesk.core.residents import catalogue
from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.documents.qr import verify_payload
from gridesk.ui.cards.candidates import CandidateModel
from gridesk.ui.cards.page import PREVIEW_LIMIT, CardsPage
from gridesk.ui.desk import Desk
from gridesk.ui.printing import Outcome

LEFT = Qt.MouseButton.LeftButton
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


# --- reading back what was printed


def pdf_text(pdf: Path) -> str:
    args = ["pdftotext", "-enc", "UTF-8", str(pdf), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def qr_codes(pdf: Path) -> list[str]:
    """QR codes decoded by zxing-cpp from ``pdftoppm -r 200`` images of every page."""
    prefix = pdf.with_name(pdf.stem + "-scan")
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(pdf), str(prefix)], check=True)
    found: list[str] = []
    for png in sorted(pdf.parent.glob(f"{prefix.name}-*.png")):
        with Image.open(png) as image:
            found += [
                code.text
                for code in zxingcpp.read_barcodes(
                    image.convert("L"), formats=zxingcpp.BarcodeFormat.QRCode
                )
            ]
    return found


def pdf_printer(path: Path, dpi: int = 300) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    return printer


def close_boxes() -> list[str]:
    """Press OK on the message boxes that the next action opens; returns what they said."""
    said: list[str] = []

    def step() -> bool:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            said.append(box.text())
            box.accept()
        return False  # every box the action opens, for as long as this test runs

    poll_until(step, tries=500)
    return said


def save_dialog_answers(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    def answer(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        return str(path), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))


# --- the page


@pytest.fixture
def desk(store, admin, tmp_path):
    grid = catalogue.save_grid(
        store,
        admin,
        None,
        name="第一网格",
        worker_name="李娜",
        worker_phone="13800138000",
        leader_name="王建国",
        leader_phone="13900139000",
    )
    tags = {t.name: t.id for t in catalogue.list_tags(store, admin)}
    for name, room, tag in [
        ("王秀英", "301", "独居老人"),
        ("赵桂兰", "302", "独居老人"),
        ("钱小宝", "303", "困境儿童"),
        ("孙卫国", "304", "党员"),
        ("周平常", "305", None),
    ]:
        create_resident(
            store,
            admin,
            ResidentInput(
                name=name,
                estate="阳光花园",
                building="3",
                unit="2",
                room=room,
                grid_id=grid.id,
                tag_ids=frozenset({tags[tag]}) if tag else frozenset(),
            ),
        )
    return Desk(store, admin, Location(tmp_path, store.url))


@pytest.fixture
def page(qtbot, desk):
    widget = CardsPage(desk)
    qtbot.addWidget(widget)
    widget.resize(1216, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def listed(page: CardsPage) -> list[str]:
    model = page.model
    return [model.data(model.index(r, CandidateModel.NAME)) for r in range(model.rowCount())]


def choose_kind(qtbot, page: CardsPage, kind: CardKind) -> None:
    qtbot.mouseClick(page.kind_buttons[kind], LEFT)
    assert page.kind() is kind


def choose_tag(page: CardsPage, name: str) -> None:
    combo = page.tag_filter
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(name))
    combo.setCurrentIndex(index)


def wait_preview(qtbot, page: CardsPage, pages: int) -> None:
    qtbot.waitUntil(lambda: page.preview.page_count() == pages, timeout=5000)


def test_care_cards_list_only_the_cared_for_and_preview_the_real_pages(qtbot, page):
    assert page.kind() is CardKind.CARE
    assert sorted(listed(page)) == sorted(["王秀英", "赵桂兰", "钱小宝"])
    wait_preview(qtbot, page, 2)  # a sheet of fronts and the sheet of their backs
    assert page.count_label.text() == "3 of 3 chosen"
    assert page.select_all.isChecked()

    choose_tag(page, "独居老人")
    assert sorted(listed(page)) == sorted(["王秀英", "赵桂兰"])
    page.model.set_checked(listed(page).index("王秀英"), False)
    assert page.count_label.text() == "1 of 2 chosen" and not page.select_all.isChecked()
    qtbot.waitUntil(lambda: page.chosen_ids() and page.preview.pdf() is not None)
    qtbot.mouseClick(page.preview.next_button, LEFT)
    assert page.preview.current_page() == 1 and page.preview.page_label.text() == "Page 2 of 2"

    choose_kind(qtbot, page, CardKind.GRID)
    assert listed(page) == ["第一网格"]
    wait_preview(qtbot, page, 1)  # grid cards have no backs
    choose_kind(qtbot, page, CardKind.VOLUNTEER)
    assert listed(page) == []
    assert page.count_label.text() == "Nobody matches. Change the filters."
    assert not page.print_button.isEnabled() and not page.save_button.isEnabled()


def test_typing_pinyin_narrows_the_list(qtbot, page):
    choose_kind(qtbot, page, CardKind.RESIDENT)
    assert len(listed(page)) == 5
    qtbot.keyClicks(page.search, "zgl")
    qtbot.waitUntil(lambda: listed(page) == ["赵桂兰"])
    page.search.clear()
    page.search.insert("孙卫")
    qtbot.waitUntil(lambda: listed(page) == ["孙卫国"])
    qtbot.mouseClick(page.select_all, LEFT)
    assert page.chosen_ids() == [] and page.count_label.text().startswith("0 of 1 chosen")
    qtbot.mouseClick(page.select_all, LEFT)
    assert len(page.chosen_ids()) == 1


def test_a_long_list_comes_with_nobody_ticked(qtbot, desk, store, admin):
    """More than a sheet of residents: Print does not send them all at a press; the desk
    ticks who gets a card (Space on a row), or Select all."""
    for n in range(12):
        create_resident(store, admin, ResidentInput(name=f"测试居民{n:02d}"))
    widget = CardsPage(desk)
    qtbot.addWidget(widget)
    widget.resize(1216, 700)
    widget.show()
    choose_kind(qtbot, widget, CardKind.RESIDENT)
    assert len(listed(widget)) == 17
    assert widget.chosen_ids() == [] and not widget.print_button.isEnabled()
    assert widget.count_label.text().startswith("0 of 17 chosen")
    widget.candidates.setFocus()
    widget.candidates.setCurrentIndex(widget.model.index(0, 0))
    qtbot.keyClick(widget.candidates, Qt.Key.Key_Space)
    assert widget.count_label.text() == "1 of 17 chosen" and widget.print_button.isEnabled()
    qtbot.mouseClick(widget.select_all, LEFT)
    assert len(widget.chosen_ids()) == 17


def test_save_as_pdf_writes_the_cards_and_keeps_them(qtbot, page, desk, tmp_path, monkeypatch):
    target = tmp_path / "care cards.pdf"
    save_dialog_answers(monkeypatch, target)
    qtbot.mouseClick(page.save_button, LEFT)
    assert target.exists()
    text = pdf_text(target)
    for name in ("王秀英", "赵桂兰", "钱小宝", "李娜", "138 0013 8000"):
        assert name in text
    assert page.message.text() == "Saved. It is kept in the print history."
    (job,) = printing.list_jobs(desk.store, desk.actor)
    assert job.kind == "care_card" and job.title == "爱心联系牌 ×3" and job.status == "saved"
    assert printing.job_pdf(desk.store, desk.actor, job.id) == target.read_bytes()

    page.tabs.setCurrentWidget(page.history)
    history = page.history
    assert history.table.text_at(0, history.WHAT) == "爱心联系牌 ×3"
    assert history.table.text_at(0, history.STATUS) == "Saved as PDF"
    assert history.preview.page_count() == 2


def test_printing_resident_cards_prints_scannable_codes(qtbot, page, desk, tmp_path):
    choose_kind(qtbot, page, CardKind.RESIDENT)
    page.search.insert("王秀英")
    qtbot.waitUntil(lambda: listed(page) == ["王秀英"])
    out = tmp_path / "printed.pdf"
    page.print_to(pdf_printer(out))
    assert page.last_result is not None and page.last_result.outcome is Outcome.PRINTED
    assert out.exists()
    (code,) = qr_codes(out)
    payload = verify_payload(desk.store.qr_secret(), code)
    with desk.store.read() as s:
        wang = s.execute(select(Resident.id).where(Resident.name == "王秀英")).scalar_one()
    assert (payload.kind, payload.ident) == ("R", str(wang))
    (job,) = printing.list_jobs(desk.store, desk.actor)
    assert job.status == "printed" and job.printer == str(out) and job.subject == "王秀英"
    assert job.subject_id == str(wang)


@pytest.mark.qt_log_ignore(r"QPdfWriter|QPainter::begin|QPdfEngine|QPrinter")
def test_a_failed_print_is_kept_and_prints_again_from_the_history(qtbot, page, desk, tmp_path):
    said = close_boxes()
    page.print_to(pdf_printer(tmp_path / "no such folder" / "out.pdf"))
    assert page.last_result is not None and page.last_result.outcome is Outcome.FAILED
    assert said and "cannot start printing" in said[0]
    (job,) = printing.list_jobs(desk.store, desk.actor)
    assert job.status == "failed" and "cannot start printing" in job.error
    assert "print it again there" in page.message.text()

    history = page.history
    page.tabs.setCurrentWidget(history)
    assert history.table.text_at(0, history.STATUS) == "Failed"
    assert "why it failed" in history.detail.text()
    again = tmp_path / "again.pdf"
    from gridesk.ui.printing import print_document

    result = print_document(history, desk, history.current(), printer=pdf_printer(again, 150))
    assert result.outcome is Outcome.PRINTED and result.job.print_count == 1
    assert again.exists()
    history.refresh()
    assert history.table.text_at(0, history.STATUS) == "Printed"


def _many_cared_for(desk, count: int) -> None:
    store, admin = desk.store, desk.actor
    with store.write(admin) as s:
        tag = s.execute(select(Tag.id).where(Tag.name == "空巢老人")).scalar_one()
        rows = [
            {
                "id": __import__("uuid").uuid4(),
                "name": f"居民{i:03d}",
                "sort_key": f"ju min {i:03d}",
                "gender": "",
                "phone": "",
                "estate": "大批小区",
                "building": "1",
                "unit": "1",
                "room": str(100 + i),
                "notes": "",
                "archived": False,
                "station_id": admin.station_id,
                "created_by": admin.user_id,
            }
            for i in range(count)
        ]
        s.execute(insert(Resident), rows)
        s.execute(insert(ResidentTag), [{"resident_id": r["id"], "tag_id": tag} for r in rows])


def test_a_big_batch_is_built_off_the_ui_thread(qtbot, page, desk, tmp_path):
    _many_cared_for(desk, PREVIEW_LIMIT + 15)
    page.refresh()
    choose_tag(page, "空巢老人")
    assert len(listed(page)) == PREVIEW_LIMIT + 15
    assert page.chosen_ids() == []  # more than a sheet: nobody ticked until asked
    qtbot.mouseClick(page.select_all, LEFT)
    qtbot.waitUntil(lambda: page.preview_note.text().startswith("The preview shows the first"))
    assert page.preview.page_count() == 2  # the first sheet only
    target = tmp_path / "many.pdf"
    page.save_as_pdf(target)
    assert page.is_building()
    qtbot.waitUntil(lambda: not page.is_building(), timeout=30000)
    assert page.last_result is not None and page.last_result.outcome is Outcome.SAVED
    text = pdf_text(target)
    assert "居民000" in text and f"居民{PREVIEW_LIMIT + 14:03d}" in text
    (job,) = printing.list_jobs(desk.store, desk.actor)
    assert job.pages == 14 and job.title == f"爱心联系牌 ×{PREVIEW_LIMIT + 15}"


def test_the_candidate_model_is_a_good_model(page, qtmodeltester):
    qtmodeltester.check(page.model)


def test_a_big_batch_can_be_cancelled(qtbot, page, desk, tmp_path):
    _many_cared_for(desk, PREVIEW_LIMIT + 5)
    page.refresh()
    choose_tag(page, "空巢老人")
    qtbot.mouseClick(page.select_all, LEFT)
    target = tmp_path / "never.pdf"
    page.save_as_pdf(target)
    assert page.is_building()
    page.progress_dialog.cancel()
    qtbot.waitUntil(lambda: not page.is_building(), timeout=30000)
    assert page.message.text() == "Cancelled: nothing was printed."
    assert not target.exists()
    assert printing.list_jobs(desk.store, desk.actor) == []
