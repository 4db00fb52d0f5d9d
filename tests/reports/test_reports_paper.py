"""The printed report (A4 PDF with reportlab's charts) and the workbook (a sheet per
section, native charts), from the command line, read back."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from gridesk.cli import main


def pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_month_report_as_a_pdf(store, admin, centre, tmp_path, capsys):
    out = tmp_path / "月报.pdf"
    code = main(["report", "--period", "2026-10", str(out), "--data-dir", str(tmp_path)])
    assert code == 0 and "2026-10" in capsys.readouterr().out
    text = pdftotext(out)
    assert "测试社区党群服务中心" in text
    assert "2026年10月月报" in text
    assert "统计期间：2026-10-01 至 2026-10-31" in text
    assert "对比期间：2026-09-01 至 2026-09-30" in text
    compact = " ".join(text.split())
    # the cover, then each section's figures and charts (their titles and labels are text)
    for words in (
        "受理诉求 5",
        "按时办结率 75%",
        "满意率 50%",
        "平均办结用时（工作日） 3.5 — ",
        "服务时长（小时） 5 3 +2",
        "服务人次 11 2 +9",
        "诉求受理与办结趋势",
        "功能室分时使用率",
        "先锋指数排行（前20名）",
        "路灯损坏",
        "书记直通车",
        "吹哨报到（派至职能部门）",
        "单田芳 40 0",
    ):
        assert words in compact, words
    assert "第2页" in text.split("\f")[1].replace(" ", "")
    shots = Path(os.environ.get("GRIDESK_SHOTS", tmp_path))
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(out), str(shots / "report")], check=True)
    assert list(shots.glob("report-*.png"))


def test_a_quarter_of_one_grid(store, admin, centre, tmp_path):
    out = tmp_path / "q.pdf"
    code = main(
        [
            "report",
            "--period",
            "2026-Q4",
            "--scope",
            "grid:第一网格",
            str(out),
            "--data-dir",
            str(tmp_path),
        ]
    )
    assert code == 0
    text = " ".join(pdftotext(out).split())
    assert (
        "测试社区党群服务中心（第一网格） 2026年第四季度季报" in text
        or "2026年第四季度季报" in text
    )
    assert "受理诉求 3" in text


def test_the_report_as_a_workbook_with_a_sheet_and_charts_per_section(
    store, admin, centre, tmp_path
):
    from openpyxl import load_workbook

    out = tmp_path / "report.xlsx"
    assert main(["report", "--period", "2026-10", str(out), "--data-dir", str(tmp_path)]) == 0
    book = load_workbook(out)
    assert book.sheetnames == ["诉求", "志愿者", "百宝箱", "积分", "居民", "共建单位"]
    rows = {r[0]: r[1:4] for r in book["诉求"].iter_rows(values_only=True) if r and r[0]}
    assert rows["受理诉求"] == (5, 1, 4)
    assert rows["平均办结用时（工作日）"][0] == 3.5
    assert rows["书记直通车"][:2] == (1, 0)
    assert book["志愿者"]._charts and book["百宝箱"]._charts  # native charts, not pictures
    kinds = {type(c).__name__ for s in book.worksheets for c in s._charts}
    assert {"LineChart", "BarChart", "PieChart"} <= kinds


@pytest.mark.parametrize(
    "bad", [["--period", "2026-13"], ["--period", "2026-10", "--scope", "grid:无"]]
)
def test_a_bad_period_or_scope_is_one_line(store, admin, tmp_path, capsys, bad):
    code = main(["report", *bad, str(tmp_path / "x.pdf"), "--data-dir", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1
