"""The signed payload contract, contact cards for phones, and the QR encoder."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import qrcode
from docs_readback import OTHER_SECRET, SECRET, decode_qr_codes, write_pdf
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from qrcode import util as qr_util
from qrcode.constants import ERROR_CORRECT_M
from reportlab.graphics import renderPDF
from reportlab.pdfgen.canvas import Canvas

from gridesk.documents.qr import (
    KINDS,
    Payload,
    PayloadError,
    PayloadProblem,
    draw_qr,
    make_payload,
    mecard,
    qr_drawing,
    qr_matrix,
    vcard,
    verify_payload,
)
from gridesk.errors import GrideskError

UUID = "0f8fad5b-d9cb-469f-a165-70867728950e"


# --- the payload contract --------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("ident", [UUID, "CY-20261123-007"])
def test_every_kind_round_trips(kind: str, ident: str) -> None:
    text = make_payload(SECRET, kind, ident)
    prefix, got_kind, got_ident, sig = text.split("|")
    assert (prefix, got_kind, got_ident) == ("GD1", kind, ident)
    assert len(sig) == 10 and sig.isupper()
    assert verify_payload(SECRET, text) == Payload(kind, ident)


def test_signature_is_the_contract_base32_hmac_sha256() -> None:
    import base64
    import hashlib
    import hmac

    text = make_payload(SECRET, "R", UUID)
    signed = f"GD1|R|{UUID}"
    digest = hmac.new(SECRET, signed.encode(), hashlib.sha256).digest()
    assert text == f"{signed}|{base64.b32encode(digest).decode()[:10]}"


def test_scanner_artifacts_are_tolerated_but_still_verified() -> None:
    text = make_payload(SECRET, "T", "CY-20261123-007")
    assert verify_payload(SECRET, f"  {text}\r\n").ident == "CY-20261123-007"
    # A keyboard-wedge scanner with Caps Lock on inverts the case of every letter.
    assert verify_payload(SECRET, text.swapcase()) == Payload("T", "CY-20261123-007")
    resident = make_payload(SECRET, "R", UUID)
    assert verify_payload(SECRET, resident.swapcase()).ident == UUID


def _problem(text: str, secret: bytes = SECRET) -> PayloadProblem:
    with pytest.raises(PayloadError) as caught:
        verify_payload(secret, text)
    assert isinstance(caught.value, GrideskError)
    return caught.value.problem


def test_each_refusal_has_its_own_clear_message() -> None:
    good = make_payload(SECRET, "R", UUID)
    cases = {
        PayloadProblem.NOT_GRIDESK: "6901234567890",
        PayloadProblem.VERSION: "GD2|R|abc|AAAAAAAAAA",
        PayloadProblem.UNKNOWN_KIND: "GD1|Q|abc|AAAAAAAAAA",
        PayloadProblem.MALFORMED: "GD1|R|abc",
        PayloadProblem.SIGNATURE: good[:-1] + ("A" if good[-1] != "A" else "B"),
    }
    messages = set()
    for problem, text in cases.items():
        with pytest.raises(PayloadError) as caught:
            verify_payload(SECRET, text)
        assert caught.value.problem is problem
        messages.add(str(caught.value))
    assert len(messages) == len(cases)
    with pytest.raises(PayloadError, match="GD2"):
        verify_payload(SECRET, "GD2|R|abc|AAAAAAAAAA")
    with pytest.raises(PayloadError, match=r"\(Q\)"):
        verify_payload(SECRET, "GD1|Q|abc|AAAAAAAAAA")


@pytest.mark.parametrize(
    "text",
    ["", " ", "https://example.org/x", "GD", "GDX|R|a|b", "gd", "CY-20261123-007", "GD1"],
)
def test_foreign_codes_are_not_gridesk_codes(text: str) -> None:
    assert _problem(text) is PayloadProblem.NOT_GRIDESK


@pytest.mark.parametrize(
    "text",
    [
        "GD1|",
        "GD1|R",
        "GD1|R|abc|AAAAAAAAAA|extra",
        "GD1|R||AAAAAAAAAA",
        "GD1||abc|AAAAAAAAAA",
        "GD1|RR|abc|AAAAAAAAAA",
        "GD1|r|abc|AAAAAAAAAA",
        "GD1|R|abc|AAAAAAAAA",
        "GD1|R|abc|aaaaaaaaaa",
        "GD1|R|abc|AAAAAAAAA1",
        "GD1|R|a b|AAAAAAAAAA",
        "GD1|R|积分|AAAAAAAAAA",
        "GD1|R|" + "x" * 65 + "|AAAAAAAAAA",
    ],
)
def test_damaged_codes_are_malformed(text: str) -> None:
    assert _problem(text) is PayloadProblem.MALFORMED


def test_a_code_from_another_installation_is_refused() -> None:
    foreign = make_payload(OTHER_SECRET, "R", UUID)
    assert _problem(foreign) is PayloadProblem.SIGNATURE


@pytest.mark.parametrize(
    ("kind", "ident"),
    [("R", "a|b"), ("R", ""), ("R", "a b"), ("R", "积分"), ("R", "x" * 65), ("Z", "abc")],
)
def test_make_payload_refuses_what_cannot_travel(kind: str, ident: str) -> None:
    with pytest.raises(ValueError):
        make_payload(SECRET, kind, ident)


def test_an_empty_secret_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        make_payload(b"", "R", UUID)
    with pytest.raises(ValueError):
        verify_payload(b"", "GD1|R|abc|AAAAAAAAAA")


_IDENTS = st.one_of(
    st.uuids().map(str),
    st.builds(
        lambda code, day, seq: f"{code}-{day}-{seq:03d}",
        st.sampled_from(["CY", "XFL", "HF"]),
        st.integers(20200101, 20991231),
        st.integers(1, 999),
    ),
)
_KINDS = st.sampled_from(sorted(KINDS))


@given(kind=_KINDS, ident=_IDENTS, data=st.data())
def test_changing_any_character_of_kind_id_or_sig_is_refused(
    kind: str, ident: str, data: st.DataObject
) -> None:
    text = make_payload(SECRET, kind, ident)
    start = len("GD1|")  # kind, id and sig follow
    position = data.draw(st.integers(min_value=start, max_value=len(text) - 1))
    replacement = data.draw(st.characters(codec="utf-8").filter(lambda c: c != text[position]))
    assume(text[position] != "|")  # moving a separator is covered by the malformed cases
    tampered = text[:position] + replacement + text[position + 1 :]
    with pytest.raises(PayloadError):
        verify_payload(SECRET, tampered)


@given(kind=_KINDS, ident=_IDENTS, data=st.data())
def test_inserting_or_deleting_a_character_is_refused(
    kind: str, ident: str, data: st.DataObject
) -> None:
    text = make_payload(SECRET, kind, ident)
    position = data.draw(st.integers(min_value=len("GD1|"), max_value=len(text) - 1))
    if data.draw(st.booleans()):
        tampered = text[:position] + text[position + 1 :]
    else:
        tampered = text[:position] + data.draw(st.characters(codec="utf-8")) + text[position:]
    assume(tampered.strip() != text)
    with pytest.raises(PayloadError):
        verify_payload(SECRET, tampered)


@given(kind=_KINDS, ident=_IDENTS, secret=st.binary(min_size=1, max_size=64))
def test_a_payload_signed_with_another_secret_is_refused(
    kind: str, ident: str, secret: bytes
) -> None:
    assume(secret != SECRET)
    with pytest.raises(PayloadError) as caught:
        verify_payload(SECRET, make_payload(secret, kind, ident))
    assert caught.value.problem is PayloadProblem.SIGNATURE


@given(text=st.one_of(st.text(), st.text().map(lambda s: "GD1|" + s), st.from_regex(r"GD\d\|.*")))
def test_random_text_raises_nothing_but_payload_error(text: str) -> None:
    with contextlib.suppress(PayloadError):
        verify_payload(SECRET, text)


# --- contact cards ---------------------------------------------------------------------------


def test_vcard_escapes_special_characters_and_uses_crlf() -> None:
    card = vcard(
        "王芳",
        ["138 0000 1234", "0571-88886666"],
        org="幸福里社区党群服务中心",
        title="网格员; 楼栋长",
        address="幸福里小区3号楼, 2单元",
        note="第一行\n第二行 \\ 反斜杠",
    )
    lines = card.split("\r\n")
    assert lines[0] == "BEGIN:VCARD" and lines[1] == "VERSION:3.0" and lines[-2] == "END:VCARD"
    assert "\n" not in card.replace("\r\n", "")
    assert "FN:王芳" in lines
    assert "TEL;TYPE=CELL:13800001234" in lines
    assert "TEL;TYPE=WORK,VOICE:0571-88886666" in lines
    assert "TITLE:网格员\\; 楼栋长" in lines
    assert "ADR;TYPE=WORK:;;幸福里小区3号楼\\, 2单元;;;;" in lines
    assert "NOTE:第一行\\n第二行 \\\\ 反斜杠" in lines


def test_mecard_escapes_special_characters() -> None:
    card = mecard("王芳", ["138 0000 1234"], org="A;B", title="网格员", note="x:y")
    assert card == "MECARD:N:王芳;TEL:13800001234;ORG:A\\;B;NOTE:网格员 x\\:y;;"


# --- the QR encoder --------------------------------------------------------------------------


def _qrcode_rows(text: str, mask: int) -> tuple[int, ...]:
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=mask)
    code.add_data(qr_util.QRData(text.encode("utf-8"), mode=qr_util.MODE_8BIT_BYTE))
    code.make(fit=True)
    return tuple(int("".join("1" if m else "0" for m in reversed(row)), 2) for row in code.modules)


def _qrcode_penalties(text: str) -> list[int]:
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(qr_util.QRData(text.encode("utf-8"), mode=qr_util.MODE_8BIT_BYTE))
    code.make(fit=True)
    penalties = []
    for mask in range(8):
        code.makeImpl(False, mask)
        penalties.append(qr_util.lost_point(code.modules))
    return penalties


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=180))
def test_the_encoder_makes_the_symbol_qrcode_makes_with_the_best_mask(text: str) -> None:
    matrix = qr_matrix(text)
    assert matrix.rows == _qrcode_rows(text, matrix.mask)
    penalties = _qrcode_penalties(text)
    assert penalties[matrix.mask] == min(penalties)


@pytest.mark.parametrize(
    "text", ["", "1", "积分GD1|" * 15, "积分GD1|" * 70, ("GD1|CY-20261123-007|" * 120)[:2331]]
)
def test_the_encoder_matches_qrcode_across_versions(text: str) -> None:
    matrix = qr_matrix(text)
    assert matrix.rows == _qrcode_rows(text, matrix.mask)


def test_text_too_long_for_any_qr_code_is_refused() -> None:
    with pytest.raises(ValueError, match="too many"):
        qr_matrix("x" * 2400)


def test_drawn_codes_decode_back(tmp_path: Path, station: object) -> None:
    payload = make_payload(SECRET, "A", "CY-20261123-042")
    contact = vcard("王芳", ["13800001234"], org="幸福里社区党群服务中心", title="网格员")
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(300, 160))
    draw_qr(canvas, payload, 10, 10, 120)
    canvas.setFillColorRGB(0.98, 0.9, 0.9)  # a tinted background: the quiet zone stays white
    canvas.rect(150, 0, 150, 160, stroke=0, fill=1)
    renderPDF.draw(qr_drawing(contact, 130), canvas, 160, 15)
    canvas.showPage()
    canvas.save()
    decoded = {d.text for d in decode_qr_codes(write_pdf(tmp_path, "qr", buffer.getvalue()))}
    assert payload in decoded
    assert contact in decoded
    assert verify_payload(SECRET, payload) == Payload("A", "CY-20261123-042")


def test_scanning_needs_neither_reportlab_nor_qt() -> None:
    code = (
        "import sys; from gridesk.documents.qr import verify_payload, make_payload;"
        "verify_payload(b's', make_payload(b's', 'R', 'x'));"
        "bad = [m for m in ('reportlab', 'qrcode', 'PySide6', 'PIL') if m in sys.modules];"
        "sys.exit(str(bad) if bad else 0)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_no_document_module_imports_qt() -> None:
    code = (
        "import sys\n"
        "import gridesk.bench.documents, gridesk.documents.cards, gridesk.documents.receipt\n"
        "sys.exit('PySide6 imported' if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_uuid_payload_fits_a_small_symbol() -> None:
    matrix = qr_matrix(make_payload(SECRET, "R", str(uuid.uuid4())))
    assert matrix.version <= 4  # 33 modules: large modules, easy scanning
