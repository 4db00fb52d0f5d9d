"""ESC/POS output: Chinese as GB18030 in the printer's Chinese mode, the QR as a picture, a
cut; delivery that says clearly when the printer is off, absent or out of paper."""

from __future__ import annotations

import os
import socket
import sys
import threading
import time

import pytest
from escpos.printer import Dummy
from PIL import Image

from gridesk.documents import escpos
from gridesk.documents.escpos import (
    CHINESE_ON,
    EscposTarget,
    PrinterUnavailable,
    parse_target,
    pdf_roll_images,
    qr_image,
    receipt_commands,
    write_receipt,
)
from gridesk.documents.pages import StationInfo
from gridesk.documents.receipt import Receipt, ReceiptField, ReceiptLine, render_receipt
from gridesk.errors import ValidationError

CUT = b"\x1dV"


@pytest.fixture
def receipt() -> Receipt:
    return Receipt(
        station=StationInfo(name="阳光社区党群服务中心", hotline="0571-88886666"),
        title="积分兑换小票",
        lines=(ReceiptLine("洗衣液 1 瓶", "200分"), ReceiptLine("大米 5 公斤", "300分")),
        totals=(ReceiptField("合计", "500分"),),
        qr_text="GD1|X|CS-20261123-007|ABCDEFGHIJ",
        qr_caption="扫码查验",
    )


@pytest.mark.parametrize("width", [58, 80])
def test_chinese_lines_go_out_as_gb18030_in_chinese_mode(receipt, width):
    printer = Dummy()
    write_receipt(printer, receipt, width)
    out = printer.output
    assert out.startswith(b"\x1b@" + CHINESE_ON)
    for text in ("阳光社区党群服务中心", "积分兑换小票", "洗衣液 1 瓶", "合计", "扫码查验"):
        assert text.encode("gb18030") in out, text
    assert "洗衣液".encode() not in out  # not UTF-8
    assert b"\x1dv0\x00" in out  # the QR as a raster picture
    assert CUT in out[-8:]


def test_the_qr_picture_scans(receipt):
    import zxingcpp

    picture = qr_image(receipt.qr_text, 240, 384)
    assert picture.width == 384
    (code,) = zxingcpp.read_barcodes(picture, formats=zxingcpp.BarcodeFormat.QRCode)
    assert code.text == receipt.qr_text


def test_a_file_target_gets_the_whole_job(receipt, tmp_path):
    device = tmp_path / "lp0"
    device.write_bytes(b"")  # the device node exists when the printer is plugged in
    escpos.print_receipt(f"file:{device}", receipt, 58)
    assert device.read_bytes() == receipt_commands(receipt, 58)


def test_an_absent_device_is_a_clear_refusal(receipt, tmp_path):
    missing = tmp_path / "usb" / "lp0"
    with pytest.raises(PrinterUnavailable) as refused:
        escpos.print_receipt(f"file:{missing}", receipt, 80)
    assert str(missing) in str(refused.value) and "switched on" in str(refused.value)


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_device_that_takes_nothing_times_out_quickly(receipt, tmp_path):
    fifo = tmp_path / "stuck"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a printer that never reads
    try:
        started = time.monotonic()
        with pytest.raises(PrinterUnavailable, match="timed out"):
            escpos.send(EscposTarget("file", path=str(fifo)), b"x" * 2_000_000, timeout=0.3)
        assert time.monotonic() - started < 3
    finally:
        os.close(reader)
    # and with nobody at the other end at all (a printer switched off)
    with pytest.raises(PrinterUnavailable):
        escpos.send(EscposTarget("file", path=str(fifo)), b"x", timeout=0.3)


class FakeNetworkPrinter:
    """A socket that answers the paper-status query with ``status`` and keeps what it gets."""

    def __init__(self, status: bytes) -> None:
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(1)
        self.port = self.server.getsockname()[1]
        self.status = status
        self.received = b""
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.server.accept()
        with conn:
            conn.settimeout(5)
            query = conn.recv(3)
            assert query == escpos.PAPER_STATUS
            conn.sendall(self.status)
            while chunk := conn.recv(65536):
                self.received += chunk

    def close(self) -> None:
        self.thread.join(5)
        self.server.close()


def test_a_network_printer_gets_the_job(receipt):
    fake = FakeNetworkPrinter(b"\x12")  # paper adequate
    try:
        escpos.print_receipt(f"network:127.0.0.1:{fake.port}", receipt, 80)
    finally:
        fake.close()
    assert fake.received == receipt_commands(receipt, 80)


def test_a_network_printer_out_of_paper_says_so(receipt):
    fake = FakeNetworkPrinter(b"\x72")  # paper end sensor
    try:
        with pytest.raises(PrinterUnavailable, match="out of paper"):
            escpos.print_receipt(f"network:127.0.0.1:{fake.port}", receipt, 80)
    finally:
        fake.close()
    assert fake.received == b""


def test_a_network_printer_that_is_off_says_so_quickly(receipt):
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there now
    started = time.monotonic()
    with pytest.raises(PrinterUnavailable, match="does not answer"):
        escpos.print_receipt(f"network:127.0.0.1:{port}", receipt, 58, timeout=1.0)
    assert time.monotonic() - started < 3


def test_usb_without_pyusb_explains_what_to_do(receipt, monkeypatch):
    from escpos.printer import Usb

    monkeypatch.setattr(Usb, "is_usable", staticmethod(lambda: False))
    with pytest.raises(PrinterUnavailable, match="pyusb"):
        escpos.print_receipt("usb:0x0416:0x5011", receipt, 58)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("usb:0x0416:0x5011", EscposTarget("usb", vendor=0x0416, product=0x5011)),
        ("USB:0416:5011", EscposTarget("usb", vendor=0x0416, product=0x5011)),
        ("network:192.168.1.50:9100", EscposTarget("network", host="192.168.1.50", port=9100)),
        ("network:printer.local", EscposTarget("network", host="printer.local", port=9100)),
        ("file:/dev/usb/lp0", EscposTarget("file", path="/dev/usb/lp0")),
        ("file:LPT1", EscposTarget("file", path="LPT1")),
    ],
)
def test_printer_addresses(text, expected):
    assert parse_target(text) == expected
    assert parse_target(str(expected)) == expected


@pytest.mark.parametrize(
    "text",
    ["", "usb:", "usb:0x0416", "usb:zz:11", "network::9100", "network:h:99999", "lpt:1", "file:"],
)
def test_bad_printer_addresses(text):
    with pytest.raises(ValidationError) as refused:
        parse_target(text)
    assert refused.value.field == "escpos_target"


@pytest.mark.parametrize(("kind", "width"), [("roll58", 58), ("roll80", 80)])
def test_a_kept_receipt_pdf_reprints_as_pictures(receipt, kind, width):
    pdf = render_receipt(receipt, kind)
    (page,) = pdf_roll_images(pdf, width)
    assert page.width == escpos.ROLL_DOTS[width]
    assert isinstance(page, Image.Image) and page.height > page.width
    data = escpos.raster_commands([page], width)
    assert data.count(b"\x1dv0\x00") >= 2 and CUT in data[-8:]
