"""Cards: every kind rendered and read back; large type; nothing leaves the card; sheets."""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

import pytest
from docs_readback import (
    SECRET,
    Word,
    decode_qr_codes,
    pdf_fonts,
    pdf_page_sizes,
    pdf_text,
    pdf_words,
    rasterise,
    write_pdf,
)
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from gridesk.documents.cards import (
    CARD_HEIGHT,
    CARD_WIDTH,
    FRAME,
    SHEET_MARGIN_X,
    SHEET_MARGIN_Y,
    SHEET_WIDTH,
    CardData,
    CareContactCard,
    GridContactCard,
    GridStaff,
    Helper,
    ResidentCard,
    VolunteerCard,
    card_has_back,
    card_origin,
    render_card,
    render_cards,
)
from gridesk.documents.pages import StationInfo
from gridesk.documents.qr import Payload, make_payload, verify_payload

RESIDENT_ID = "0f8fad5b-d9cb-469f-a165-70867728950e"
VOLUNTEER_ID = "3b1e7c1e-6a8e-4f3e-9d1a-2b7c5e0f9a11"
MM = 72 / 25.4


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    """A 12-megapixel 'phone photo', to check it is scaled down before it is embedded."""
    path = tmp_path / "worker.jpg"
    image = Image.new("RGB", (3000, 4000), (90, 130, 180))
    draw = ImageDraw.Draw(image)
    draw.ellipse((1000, 800, 2000, 1900), fill=(240, 200, 170))
    draw.rectangle((600, 2100, 2400, 4000), fill=(40, 60, 90))
    image.save(path, quality=92)
    return path


def care_card() -> CareContactCard:
    return CareContactCard(
        resident_name="张桂兰",
        address="幸福里小区 3号楼 2单元 501室",
        helpers=(
            Helper("网格员", "王芳", "13800001234"),
            Helper("楼栋长", "李建国", "13912345678"),
            Helper("志愿者", "陈小雨", "15088889999"),
        ),
        services=("助餐服务", "上门理发", "每周电话问候"),
        note="有困难，请随时打电话给我们。",
    )


def grid_card(photo: Path | None) -> GridContactCard:
    return GridContactCard(
        grid_name="第三网格",
        building="12号楼",
        grid_worker=GridStaff("网格员", "王芳", "13800001234", photo),
        grid_leader=GridStaff("网格长", "刘德明", "13912345678"),
        duties=("人口信息采集", "矛盾纠纷排查", "安全隐患巡查"),
        service_hours="周一至周五 8:30-17:30",
    )


def resident_card() -> ResidentCard:
    return ResidentCard(
        resident_name="张桂兰",
        masked_id="3301**********1234",
        qr_text=make_payload(SECRET, "R", RESIDENT_ID),
        number="CY-20261123-007",
    )


def volunteer_card() -> VolunteerCard:
    return VolunteerCard(
        name="陈小雨",
        team="银发先锋志愿服务队",
        qr_text=make_payload(SECRET, "V", VOLUNTEER_ID),
        number="V-0042",
    )


def _inside_the_frame(words: list[Word], *, slack: float = 0.6) -> None:
    for word in words:
        assert word.x_min >= FRAME - slack and word.x_max <= CARD_WIDTH - FRAME + slack, word
        assert word.y_min >= FRAME - slack and word.y_max <= CARD_HEIGHT - FRAME + slack, word


def _no_overlaps(words: list[Word], *, slack: float = 0.8) -> None:
    for i, a in enumerate(words):
        for b in words[i + 1 :]:
            if a.page != b.page:
                continue
            overlap_x = min(a.x_max, b.x_max) - max(a.x_min, b.x_min)
            overlap_y = min(a.y_max, b.y_max) - max(a.y_min, b.y_min)
            assert overlap_x <= slack or overlap_y <= slack, (a, b)


def _no_text_on_qr_codes(pdf: Path, words: list[Word]) -> None:
    for code in decode_qr_codes(pdf):
        x0, y0, x1, y1 = code.box
        for word in words:
            if word.page == code.page:
                apart = word.x_max <= x0 or word.x_min >= x1 or word.y_max <= y0 or word.y_min >= y1
                assert apart, (word, code.box)


def _check_fonts(pdf: Path) -> None:
    fonts = pdf_fonts(pdf)
    assert fonts and all(f["emb"] == "yes" and f["sub"] == "yes" for f in fonts), fonts
    assert all("WenQuanYiMicroHei" in f["name"] for f in fonts), fonts


def test_care_card_reads_back_in_large_type_with_a_contact_qr(
    tmp_path: Path, station: StationInfo
) -> None:
    pdf = write_pdf(tmp_path, "care", render_card(care_card(), station=station))
    assert len(pdf_page_sizes(pdf)) == 2  # front and back
    text = pdf_text(pdf)
    for expected in ("爱心联系牌", "张桂兰", "3号楼", "网格员", "王芳", "李建国", "陈小雨"):
        assert expected in text, expected
    for expected in ("138 0000 1234", "139 1234 5678", "150 8888 9999", "0571-88886666"):
        assert expected in text, expected
    assert "助餐服务" in text and "每周电话问候" in text and "有困难" in text
    _check_fonts(pdf)
    words = pdf_words(pdf)
    name = next(w for w in words if w.text == "张桂兰")
    assert name.y_max - name.y_min >= 16, "the resident's name must be at least 16 pt"
    phones = [w for w in words if w.text in ("138", "0000", "1234", "139", "5678")]
    assert phones and all(w.y_max - w.y_min >= 14 for w in phones), "phones at least 14 pt"
    _inside_the_frame(words)
    _no_overlaps(words)
    _no_text_on_qr_codes(pdf, words)
    (code,) = decode_qr_codes(pdf)
    assert code.page == 2
    assert code.text.startswith("BEGIN:VCARD") and "FN:王芳" in code.text
    assert "TEL;TYPE=CELL:13800001234" in code.text


def test_care_card_can_carry_the_signed_resident_payload(
    tmp_path: Path, station: StationInfo
) -> None:
    payload = make_payload(SECRET, "R", RESIDENT_ID)
    card = CareContactCard(
        "张桂兰", "3号楼", (Helper("网格员", "王芳", "13800001234"),), qr_text=payload
    )
    pdf = write_pdf(tmp_path, "care-r", render_card(card, station=station))
    (code,) = decode_qr_codes(pdf)
    assert verify_payload(SECRET, code.text) == Payload("R", RESIDENT_ID)


def test_grid_card_shows_both_staff_photo_or_placeholder_and_a_vcard(
    tmp_path: Path, station: StationInfo, photo: Path
) -> None:
    pdf = write_pdf(tmp_path, "grid", render_card(grid_card(photo), station=station))
    assert len(pdf_page_sizes(pdf)) == 1
    text = pdf_text(pdf)
    for expected in ("网格连心服务卡", "第三网格", "12号楼", "王芳", "刘德明", "网格长"):
        assert expected in text, expected
    assert "138 0000 1234" in text and "139 1234 5678" in text
    assert "矛盾纠纷排查" in text and "8:30-17:30" in text
    _check_fonts(pdf)
    images = subprocess.run(
        ["pdfimages", "-list", str(pdf)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    assert len(images) == 1  # the worker's photo; the leader gets the drawn placeholder
    width_px = int(images[0].split()[3])
    assert width_px < 300, "the photo is embedded scaled down, not at 3000 px"
    assert pdf.stat().st_size < 200_000
    words = pdf_words(pdf)
    _inside_the_frame(words)
    _no_overlaps(words)
    (code,) = decode_qr_codes(pdf)
    assert "FN:王芳" in code.text and "第三网格" in code.text


def test_long_service_hours_are_not_cut_in_the_grid_cards_footer(
    tmp_path: Path, station: StationInfo
) -> None:
    """The demo's hours, "…（节假日轮流值守）", beside the hotline: two lines, nothing cut."""
    from dataclasses import replace

    card = replace(grid_card(None), service_hours="周一至周五 8:30-17:30（节假日轮流值守）")
    pdf = write_pdf(tmp_path, "grid-long-hours", render_card(card, station=station))
    text = pdf_text(pdf).replace(" ", "")
    assert "（节假日轮流值守）" in text and "…" not in text
    assert "服务热线0571-88886666" in text
    words = pdf_words(pdf)
    _inside_the_frame(words)
    _no_overlaps(words)


def test_resident_card_front_and_back(tmp_path: Path, station: StationInfo) -> None:
    pdf = write_pdf(tmp_path, "resident", render_card(resident_card(), station=station))
    assert len(pdf_page_sizes(pdf)) == 2
    text = pdf_text(pdf)
    for expected in ("居民积分卡", "张桂兰", "3301**********1234", "CY-20261123-007", "使用须知"):
        assert expected in text, expected
    assert "本卡仅限本人使用" in text and "0571-88886666" in text
    _check_fonts(pdf)
    words = pdf_words(pdf)
    _inside_the_frame(words)
    _no_overlaps(words)
    (code,) = decode_qr_codes(pdf)
    assert code.page == 1
    assert verify_payload(SECRET, code.text) == Payload("R", RESIDENT_ID)


def test_volunteer_card_with_and_without_photo(
    tmp_path: Path, station: StationInfo, photo: Path
) -> None:
    for name, card in (
        ("plain", volunteer_card()),
        ("photo", VolunteerCard("王大锤", "平安巡逻队", volunteer_card().qr_text, photo=photo)),
    ):
        pdf = write_pdf(tmp_path, f"volunteer-{name}", render_card(card, station=station))
        assert len(pdf_page_sizes(pdf)) == 1
        text = pdf_text(pdf)
        assert "志愿者证" in text and card.name in text and card.team in text
        _check_fonts(pdf)
        words = pdf_words(pdf)
        _inside_the_frame(words)
        _no_overlaps(words)
        (code,) = decode_qr_codes(pdf)
        assert verify_payload(SECRET, code.text) == Payload("V", VOLUNTEER_ID)
    assert "V-0042" in pdf_text(tmp_path / "volunteer-plain.pdf")


def test_a_missing_photo_gets_the_placeholder_and_a_log_line(
    tmp_path: Path, station: StationInfo, caplog: pytest.LogCaptureFixture
) -> None:
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not a picture")
    card = GridContactCard(
        "第五网格",
        GridStaff("网格员", "赵小燕", "13800005678", tmp_path / "gone.jpg"),
        GridStaff("网格长", "刘德明", "13912345678", broken),
    )
    with caplog.at_level(logging.WARNING):
        pdf = write_pdf(tmp_path, "placeholder", render_card(card, station=station))
    assert "赵小燕" in pdf_text(pdf)
    assert "gone.jpg" in caplog.text and "broken.jpg" in caplog.text


_NAMES = st.text(
    alphabet=st.one_of(
        st.sampled_from("阿卜杜热合曼买提江艾尼瓦尔欧阳娜张桂兰李建国·"), st.sampled_from("ABCxyz ")
    ),
    min_size=1,
    max_size=30,
).filter(str.strip)
_PHONES = st.sampled_from(["13800001234", "0571-88886666", "400-123-4567 转 8888", "110"])
_ROLES = st.sampled_from(["网格员", "楼栋长", "志愿者", "党员中心户", "社区卫生服务站家庭医生"])


# Each example renders and reads back a PDF (~0.2 s): shrinking a failure could take minutes,
# so these report the failing example as found.
_RENDERING = settings(
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@settings(_RENDERING, max_examples=15)
@given(
    name=_NAMES,
    address=_NAMES,
    helpers=st.lists(st.builds(Helper, _ROLES, _NAMES, _PHONES), min_size=0, max_size=6),
    services=st.lists(_NAMES, max_size=14),
    note=_NAMES,
)
def test_no_care_card_text_leaves_the_card(
    tmp_path_factory: pytest.TempPathFactory,
    station: StationInfo,
    name: str,
    address: str,
    helpers: list[Helper],
    services: list[str],
    note: str,
) -> None:
    card = CareContactCard(name, address, tuple(helpers), tuple(services), note=note)
    pdf = write_pdf(tmp_path_factory.mktemp("care"), "care", render_card(card, station=station))
    words = pdf_words(pdf)
    _inside_the_frame(words)
    _no_overlaps(words)
    # Every helper's number is on the card, front or back, or counted in a "more" line.
    text = pdf_text(pdf).replace(" ", "")
    missing = [h for h in helpers if "".join(h.phone.split()) not in text]
    assert not missing or "另有" in text


@settings(_RENDERING, max_examples=10)
@given(
    grid=_NAMES,
    building=_NAMES,
    staff=st.builds(GridStaff, _ROLES, _NAMES, _PHONES),
    duties=st.lists(_NAMES, max_size=8),
    hours=_NAMES,
    resident=_NAMES,
    team=_NAMES,
)
def test_no_other_card_text_leaves_the_card(
    tmp_path_factory: pytest.TempPathFactory,
    station: StationInfo,
    grid: str,
    building: str,
    staff: GridStaff,
    duties: list[str],
    hours: str,
    resident: str,
    team: str,
) -> None:
    folder = tmp_path_factory.mktemp("cards")
    cards: list[CardData] = [
        GridContactCard(grid, staff, staff, building, tuple(duties), hours),
        ResidentCard(resident, resident, make_payload(SECRET, "R", "x"), number=team),
        VolunteerCard(resident, team, make_payload(SECRET, "V", "y"), number=team),
    ]
    for i, card in enumerate(cards):
        words = pdf_words(write_pdf(folder, f"card{i}", render_card(card, station=station)))
        _inside_the_frame(words)
        _no_overlaps(words)


def test_a_batch_prints_ten_to_a_sheet_with_mirrored_backs(
    tmp_path: Path, station: StationInfo
) -> None:
    residents = [
        ResidentCard(f"居民{i:02d}", "3301**********1234", make_payload(SECRET, "R", f"R-{i:02d}"))
        for i in range(12)
    ]
    volunteers = [
        VolunteerCard(f"志愿者{i}", "平安巡逻队", make_payload(SECRET, "V", f"V-{i}"))
        for i in range(3)
    ]
    cards: list[CardData] = [*residents[:10], *volunteers, *residents[10:]]
    pdf = write_pdf(tmp_path, "batch", render_cards(cards, station=station))
    sizes = pdf_page_sizes(pdf)
    assert len(sizes) == 4  # sheet 1 front and back, sheet 2 front and back
    assert all(size == pytest.approx((595.28, 841.89), abs=0.1) for size in sizes)
    codes = decode_qr_codes(pdf)
    assert {c.page for c in codes} == {1, 3}, "QR codes are on the fronts only"
    idents = sorted(verify_payload(SECRET, c.text).ident for c in codes)
    assert idents == sorted([f"R-{i:02d}" for i in range(12)] + [f"V-{i}" for i in range(3)])
    words = pdf_words(pdf)
    # Card 0 sits top left on the front; its back sits top right on the back sheet.
    front = next(w for w in words if w.page == 1 and w.text == "居民00")
    assert front.x_min < 595.28 / 2 and front.y_min < 841.89 / 5
    backs = [w for w in words if w.page == 2 and w.text == "使用须知"]
    assert len(backs) == 10
    top_backs = sorted((w for w in backs if w.y_min < 841.89 / 5), key=lambda w: w.x_min)
    assert len(top_backs) == 2
    # Sheet 2: volunteers in slots 0-2 (no back); residents in slot 3 (row 1, right) and
    # slot 4 (row 2, left), so their backs sit at row 1 left and row 2 right.
    back_words = [w for w in words if w.page == 4 and w.text == "使用须知"]
    assert len(back_words) == 2
    places = sorted((int(w.y_min // CARD_HEIGHT), w.x_min < SHEET_WIDTH / 2) for w in back_words)
    row_of = [int((SHEET_MARGIN_Y + r * CARD_HEIGHT + 5 * MM) // CARD_HEIGHT) for r in (1, 2)]
    assert places == [(row_of[0], True), (row_of[1], False)]
    _check_fonts(pdf)


def test_backs_are_mirrored_for_long_edge_duplex() -> None:
    for slot in range(10):
        fx, fy = card_origin(slot)
        bx, by = card_origin(slot, back=True)
        assert fy == by
        # Flipped on the long edge, a point at x on the back lies behind 595.28 - x.
        assert bx == pytest.approx(SHEET_WIDTH - (fx + CARD_WIDTH))
    assert pytest.approx(15 * MM) == SHEET_MARGIN_X
    assert pytest.approx(13.5 * MM) == SHEET_MARGIN_Y


def test_crop_marks_sit_in_the_margins_on_every_cut_line(
    tmp_path: Path, station: StationInfo
) -> None:
    pdf = write_pdf(tmp_path, "marks", render_cards([volunteer_card()], station=station))
    (png,) = rasterise(pdf, dpi=150)
    scale = 150 / 72
    with Image.open(png) as image:
        gray = image.convert("L")

        def dark_near(x: float, y_from_top: float) -> bool:
            px, py = round(x * scale), round(y_from_top * scale)
            box = gray.crop((px - 2, py - 2, px + 3, py + 3))
            return min(box.getextrema()) < 160

        top_mark_y = SHEET_MARGIN_Y - 4.5 * MM
        for column in range(3):
            x = SHEET_MARGIN_X + column * CARD_WIDTH
            assert dark_near(x, top_mark_y), f"no mark above cut {column}"
            assert dark_near(x, 841.89 - top_mark_y), f"no mark below cut {column}"
        for row in range(6):
            y = SHEET_MARGIN_Y + row * CARD_HEIGHT
            assert dark_near(SHEET_MARGIN_X - 4.5 * MM, y), f"no mark left of cut {row}"
            assert dark_near(595.28 - SHEET_MARGIN_X + 4.5 * MM, y), f"no mark right of cut {row}"
        # ... and not inside a card: the white body of the top-left card away from its text.
        assert not dark_near(SHEET_MARGIN_X + 45 * MM, SHEET_MARGIN_Y + 51 * MM - 8 * MM)


def test_overlong_content_stays_in_its_place(tmp_path: Path, station: StationInfo) -> None:
    long = "阿卜杜热合曼·买买提江·艾尼瓦尔·" * 3
    phone = "400-123-4567 转 8888"
    helpers = tuple(Helper(role, long, phone) for role in ("社区卫生服务站家庭医生", "网格员") * 3)
    cards: list[CardData] = [
        CareContactCard(long, long, helpers, (long,) * 12, hotline=phone, note=long),
        GridContactCard(
            long,
            GridStaff(long, long, phone),
            GridStaff(long, long, phone),
            long,
            (long,) * 5,
            long,
        ),
        ResidentCard(long, long, make_payload(SECRET, "R", RESIDENT_ID), long, (long,) * 8),
        VolunteerCard(long, long, make_payload(SECRET, "V", VOLUNTEER_ID), long),
    ]
    for i, card in enumerate(cards):
        pdf = write_pdf(tmp_path, f"long{i}", render_card(card, station=station))
        words = pdf_words(pdf)
        _inside_the_frame(words)
        _no_overlaps(words)
        _no_text_on_qr_codes(pdf, words)
    care_text = pdf_text(tmp_path / "long0.pdf").replace(" ", "")
    assert "400-123-4567转8888" in care_text, "a phone number is never cut"
    assert "另有" in care_text, "helpers that fit nowhere are counted"


def test_which_cards_have_backs() -> None:
    assert card_has_back(care_card()) and card_has_back(resident_card())
    assert not card_has_back(volunteer_card()) and not card_has_back(grid_card(None))


def test_an_empty_batch_is_refused(station: StationInfo) -> None:
    with pytest.raises(ValueError):
        render_cards([], station=station)
