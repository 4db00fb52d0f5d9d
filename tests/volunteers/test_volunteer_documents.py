"""The volunteers' documents read back: the certificate's text and total, the roster on A4
landscape, the notice's QR per activity; and the hours report workbook."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime, timedelta

import zxingcpp
from openpyxl import load_workbook
from PIL import Image

from gridesk import clock
from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.core.volunteers.activities import ActivityInput, save_activity
from gridesk.core.volunteers.hours import (
    Target,
    approve_hours,
    check_in_out,
    correct_hours,
)
from gridesk.core.volunteers.papers import certificate_pdf, notice_pdf, roster_pdf
from gridesk.core.volunteers.services import (
    ProfileInput,
    TemplateInput,
    assign,
    make_week,
    save_profile,
    save_team,
    save_template,
    week_view,
)
from gridesk.exchange.volunteers_io import export_hours_report


def text_of(tmp_path, name, pdf, layout=False):
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def page_size(tmp_path, name):
    out = subprocess.run(
        ["pdfinfo", str(tmp_path / f"{name}.pdf")], check=True, capture_output=True, text=True
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("Page size:"))
    fields = line.split(":")[1].split()
    return float(fields[0]), float(fields[2])


def served(store, admin, resident_id, day, minutes, label="前台值守"):
    """A shift on ``day`` worked for ``minutes`` and approved."""
    from gridesk.core.volunteers.services import add_shift, local_dt

    start = local_dt(day, 9 * 60)
    shift = add_shift(store, admin, label, start, start + timedelta(minutes=minutes))
    check_in_out(store, admin, resident_id, Target("shift", shift), now=start)
    out = check_in_out(store, admin, resident_id, now=start + timedelta(minutes=minutes))
    approve_hours(store, admin, [out.record.id])
    return out.record.id


def test_certificate_reads_back_with_the_total_of_approved_hours(tmp_path, store, admin):
    who = create_resident(
        store,
        admin,
        ResidentInput(name="王秀英", phone="13700001234", id_number="11010519491231002X"),
    )
    team = save_team(store, admin, None, "巾帼志愿服务队")
    save_profile(store, admin, who.id, ProfileInput(team_ids=frozenset({team.id})))
    served(store, admin, who.id, date(2026, 3, 2), 150)
    served(store, admin, who.id, date(2026, 5, 9), 90, "垃圾分类督导")
    served(store, admin, who.id, date(2025, 12, 30), 60)  # before the range: not counted
    # a corrected record counts too; a pending one does not
    start = datetime(2026, 6, 1, 1, 0, tzinfo=UTC)
    check_in_out(store, admin, who.id, Target("shift", week_shift(store, admin)), now=start)
    pending = check_in_out(store, admin, who.id, now=start + timedelta(hours=1))
    assert pending.record.status == "pending"
    data, pdf = certificate_pdf(store, admin, who.id, date(2026, 1, 1), date(2026, 12, 31))
    assert data.minutes == 240 and len(data.lines) == 2
    correct_hours(store, admin, pending.record.id, 30, "签退时间补录")
    data, pdf = certificate_pdf(store, admin, who.id, date(2026, 1, 1), date(2026, 12, 31))
    text = text_of(tmp_path, "certificate", pdf).replace("\n", "")
    assert "志愿服务证明" in text
    assert "兹证明王秀英同志（身份证号后四位 002X）于2026年01月01日至2026年12月31日" in text
    assert "参加志愿服务3次，经审核累计服务时长4.5小时" in text
    assert "巾帼志愿服务队" in text and "垃圾分类督导" in text
    assert "合计 4.5 小时" in text
    assert "2025-12-30" not in text


def week_shift(store, admin):
    from gridesk.core.volunteers.services import add_shift

    start = datetime(2026, 6, 1, 0, 30, tzinfo=UTC)
    return add_shift(store, admin, "巡逻", start, start + timedelta(hours=3))


def test_roster_prints_the_week_on_a4_landscape_with_gaps_marked(tmp_path, store, admin, people):
    monday = date(2027, 3, 1)
    save_template(store, admin, None, TemplateInput("前台引导", 1, "08:30", "11:30", 2, "大厅"))
    save_template(store, admin, None, TemplateInput("平安巡逻", 3, "19:00", "21:00", 1, "主干道"))
    make_week(store, admin, monday)
    first, second = week_view(store, admin, monday)
    assign(store, admin, first.id, people["单田芳"])
    assign(store, admin, second.id, people["曾小贤"])
    text = text_of(tmp_path, "roster", roster_pdf(store, admin, monday))
    width, height = page_size(tmp_path, "roster")
    assert width > height  # landscape
    assert round(width) == 842 and round(height) == 595
    for expected in ("志愿者值班表", "周一 3/1", "08:30-11:30", "前台引导", "单田芳", "1/2 缺人"):
        assert expected in text
    assert "1/1" in text and "曾小贤" in text


def test_notice_has_a_readable_qr_per_activity(tmp_path, store, admin):
    start = clock.utcnow() + timedelta(days=3)
    for title in ("社区义诊进楼栋", "智能手机培训班"):
        save_activity(
            store,
            admin,
            None,
            ActivityInput(title, start, start + timedelta(hours=2), capacity=10, place="议事厅"),
        )
    pdf = notice_pdf(store, admin)
    text = text_of(tmp_path, "notice", pdf)
    assert "活动预告" in text and "社区义诊进楼栋" in text and "名额 10 人，尚余 10 人" in text
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", str(tmp_path / "notice.pdf"), str(tmp_path / "n")],
        check=True,
    )
    image = Image.open(next(tmp_path.glob("n*.png")))
    decoded = sorted(r.text for r in zxingcpp.read_barcodes(image))
    assert len(decoded) == 2
    assert decoded[0].startswith("活动：")
    assert any("智能手机培训班" in d for d in decoded)
    assert all("地点：议事厅" in d for d in decoded)


def test_hours_report_workbook(tmp_path, store, admin, people):
    team = save_team(store, admin, None, "平安巡逻队", people["李建国"])
    served(store, admin, people["李建国"], date(2026, 3, 2), 120)
    served(store, admin, people["李建国"], date(2026, 4, 2), 60)
    served(store, admin, people["王秀英"], date(2026, 4, 3), 30)
    file = tmp_path / "report.xlsx"
    assert export_hours_report(store, admin, file, date(2026, 1, 1), date(2026, 12, 31)) == 3
    book = load_workbook(file)
    assert book.sheetnames == ["按人员", "按队伍", "按月份", "明细"]
    people_rows = list(book["按人员"].iter_rows(min_row=2, values_only=True))
    assert people_rows[0] == ("李建国", 3.0, 2, 1)
    assert list(book["按队伍"].iter_rows(min_row=2, values_only=True)) == [(team.name, 3.0, 2, 1)]
    months = [r[0] for r in book["按月份"].iter_rows(min_row=2, values_only=True)]
    assert months == ["2026-03", "2026-04"]
