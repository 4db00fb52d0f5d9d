"""Closing and reports: the daily closing by cashier, months, a resident's statement, their
documents read back, the xlsx export and the command line."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

from openpyxl import load_workbook
from points_helpers import make_user, op

from gridesk import clock
from gridesk.cli import main as cli_main
from gridesk.clock import utcnow
from gridesk.core.actor import Role
from gridesk.core.points import reports, shop
from gridesk.core.points.papers import head_words
from gridesk.core.printing import document_station
from gridesk.documents.points import closing_receipt, statement_pdf
from gridesk.documents.receipt import render_receipt
from gridesk.exchange.points_io import export_closing


def pdf_text(path) -> str:
    args = ["pdftotext", "-enc", "UTF-8", str(path), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def _day(p):
    second = make_user(p.store, p.admin, Role.CASHIER, "cashier2")
    a = shop.redeem(p.store, p.cashier, p.wang, [("soap", 2)], op())
    shop.redeem(p.store, second, p.wang, [("soap", 1)], op())
    shop.refund(p.store, p.cashier, a.id, op(), {a.lines[0].id: 1})
    return reports.daily_closing(p.store, p.cashier, clock.today())


def test_daily_closing_by_cashier(points_shop):
    closing = _day(points_shop)
    rows = {r.cashier: r for r in closing.rows}
    assert (rows["cashier"].redemptions, rows["cashier"].refunds) == (1, 1)
    assert (rows["cashier"].points_spent, rows["cashier"].points_refunded) == (40, 20)
    assert rows["cashier"].goods_out == 1
    assert (rows["cashier2"].redemptions, rows["cashier2"].points_spent) == (1, 20)
    assert closing.goods == (("香皂", 2),) and closing.net_points == 40
    other_day = reports.daily_closing(points_shop.store, points_shop.cashier, date(2020, 1, 1))
    assert other_day.rows == () and other_day.goods == ()


def test_months_and_statement(points_shop):
    p = points_shop
    _day(p)
    year = clock.today().year
    month = next(m for m in reports.monthly(p.store, p.cashier, year) if m.issued)
    assert (month.issued, month.redeemed, month.refunded) == (100, 60, 20)
    st = reports.statement(p.store, p.cashier, p.wang)
    assert st.balance == 60
    assert [line.points for line in st.lines] == [100, -40, -20, 20]
    assert [line.balance for line in st.lines] == [100, 60, 40, 60]
    assert st.lines[1].what.startswith("兑换 X-CS-")
    assert (st.lines[1].kind, st.lines[1].detail) == ("redeem", st.lines[1].what[3:])


def test_closing_and_statement_documents(points_shop, tmp_path):
    p = points_shop
    closing = _day(p)
    station = document_station(p.store)
    slip = tmp_path / "closing.pdf"
    slip.write_bytes(
        render_receipt(
            closing_receipt(
                station,
                closing.day,
                closing.rows,
                closing.goods,
                utcnow(),
                heads=head_words(closing),
            ),
            "roll58",
        )
    )
    text = pdf_text(slip)
    for expected in ("积分超市日结", "cashier2", "净耗积分", "40分", "出库 香皂"):
        assert expected in text
    st = reports.statement(p.store, p.cashier, p.wang)
    a4 = tmp_path / "statement.pdf"
    a4.write_bytes(statement_pdf(station, st.name, "", st.lines, st.balance, utcnow()))
    text = pdf_text(a4)
    assert "王秀英" in text and "积分流水" in text and "当前积分：60" in text


def test_export_and_command_line(points_shop, tmp_path, capsys):
    p = points_shop
    closing = _day(p)
    path = export_closing(
        closing, reports.monthly(p.store, p.admin, closing.day.year), tmp_path / "c.xlsx"
    )
    book = load_workbook(path, read_only=True)
    rows = list(book["日结"].iter_rows(values_only=True))
    assert rows[-1] == ("合计", 2, 1, 60, 20, 40, 2)
    book.close()
    p.store.close()
    args = [
        "--data-dir",
        str(p.store.data_dir),
        "points",
        "closing",
        "--to",
        str(tmp_path / "d.xlsx"),
    ]
    assert cli_main(args) == 0
    out = capsys.readouterr().out
    assert "cashier2: 兑换 1 笔" in out and "净耗积分 40" in out
    assert (tmp_path / "d.xlsx").exists()
    assert cli_main(["--data-dir", str(p.store.data_dir), "check"]) == 0


def test_check_on_the_command_line_names_the_edited_entry(points_shop):
    p = points_shop
    shop.redeem(p.store, p.cashier, p.wang, [("soap", 1)], op())
    p.store.close()
    from raw_db import drop_trigger, raw

    drop_trigger(p.store, "points_entries", "points_entries_no_update")
    with raw(p.store) as conn:
        conn.execute("UPDATE points_entries SET points = 500, balance_after = 600 WHERE seq = 1")
    run = subprocess.run(
        [sys.executable, "-m", "gridesk", "--data-dir", str(p.store.data_dir), "check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1
    assert "ledger entry #1" in run.stdout and "does not match its hash" in run.stdout
