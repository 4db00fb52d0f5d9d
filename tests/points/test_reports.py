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
from gridesk.core.points import papers, reports, shop
from gridesk.core.points.papers import head_words
from gridesk.core.printing import document_station
from gridesk.core.store import open_store
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


def test_a_halls_closing_splits_each_cashier_by_desk_and_closes_one_desk_alone(
    points_shop, tmp_path, capsys
):
    """Two desks of a hall on one database (the second a store of its own, as another
    computer's): the same cashier works at both; each row names its desk, a desk closes its own
    till, and a redemption's desk is where it was made, whatever this desk is called now."""
    p = points_shop
    second = make_user(p.store, p.admin, Role.CASHIER, "cashier2")
    p.store.desk_name = "窗口1"
    a = shop.redeem(p.store, p.cashier, p.wang, [("soap", 2)], op())
    other = open_store(p.store.url, tmp_path / "desk2")
    try:
        other.desk_name = "窗口2"
        shop.redeem(other, p.cashier, p.wang, [("soap", 1)], op())
        shop.redeem(other, second, p.wang, [("soap", 1)], op())
        shop.refund(other, p.cashier, a.id, op(), {a.lines[0].id: 1})  # refunded at desk 2
    finally:
        other.close()
    closing = reports.daily_closing(p.store, p.cashier, clock.today())
    got = {
        (r.cashier, r.desk): (r.redemptions, r.refunds, r.points_spent, r.points_refunded)
        for r in closing.rows
    }
    assert got == {
        ("cashier", "窗口1"): (1, 0, 40, 0),
        ("cashier", "窗口2"): (1, 1, 20, 20),
        ("cashier2", "窗口2"): (1, 0, 20, 0),
    }
    assert closing.goods == (("香皂", 3),) and closing.net_points == 60
    mine = reports.daily_closing(p.store, p.cashier, clock.today(), desk="窗口1")
    assert [(r.cashier, r.desk, r.goods_out) for r in mine.rows] == [("cashier", "窗口1", 2)]
    assert mine.goods == (("香皂", 2),) and mine.net_points == 40
    p.store.desk_name = "收银台"  # renamed later: the day's rows keep the desk they were made at
    again = reports.daily_closing(p.store, p.cashier, clock.today(), desk="窗口2")
    assert {r.cashier for r in again.rows} == {"cashier", "cashier2"}
    assert again.goods == (("香皂", 1),) and again.net_points == 20
    slip = tmp_path / "closing.pdf"
    slip.write_bytes(papers.closing_receipt(p.store, p.cashier, again).pdf)
    text = pdf_text(slip)
    assert "积分超市日结" in text and "窗口2" in text and "cashier · 窗口2" in text
    assert "窗口1" not in text
    p.store.close()
    args = ["--data-dir", str(p.store.data_dir), "points", "closing", "--desk", "窗口1"]
    assert cli_main(args) == 0
    out = capsys.readouterr().out
    assert "cashier · 窗口1: 兑换 1 笔" in out and "净耗积分 40" in out and "窗口2" not in out


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
    assert rows[-1] == ("合计", None, 2, 1, 60, 20, 40, 2)
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
