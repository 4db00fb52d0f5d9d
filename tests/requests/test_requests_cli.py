"""`gridesk export requests` and `gridesk check` on cases, as a script would use them."""

from __future__ import annotations

import csv
from datetime import date

from gridesk.cli import main


def test_export_requests_between_two_days(store, admin, make_case, tmp_path, capsys):
    make_case(day=date(2026, 11, 2))
    wanted = make_case(day=date(2026, 11, 20))
    out = tmp_path / "cases.csv"
    code = main(
        ["export", "requests", str(out), "--from", "2026-11-10", "--to", "2026-11-30",
         "--data-dir", str(tmp_path)]
    )  # fmt: skip
    assert code == 0 and "exported 1 requests" in capsys.readouterr().out
    with out.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert [r["工单号"] for r in rows] == [wanted.number]
    assert rows[0]["状态"] == "已受理" and rows[0]["办理时限"] == "2026-11-25"
    assert main(["check", "--data-dir", str(tmp_path)]) == 0


def test_export_refuses_a_bad_date_in_one_line(store, admin, tmp_path, capsys):
    code = main(["export", "requests", str(tmp_path / "x.xlsx"), "--from", "2026-13-01",
                 "--data-dir", str(tmp_path)])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "YYYY-MM-DD" in err


def test_what_a_resident_said_never_runs_as_a_formula(store, admin, make_case, tmp_path):
    from openpyxl import load_workbook

    make_case(description='=HYPERLINK("http://example.com","点这里")')
    out = tmp_path / "cases.xlsx"
    assert main(["export", "requests", str(out), "--data-dir", str(tmp_path)]) == 0
    sheet = load_workbook(out).active
    cells = [c for row in sheet.iter_rows() for c in row if "HYPERLINK" in str(c.value)]
    assert len(cells) == 1 and cells[0].data_type == "s"
    assert (
        str(cells[0].value).startswith("=HYPERLINK") and cells[0].quotePrefix
    )  # no added character
