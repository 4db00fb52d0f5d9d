"""Tamper evidence that survives someone with the file: both hash chains (the points ledger
and the audit log) anchored outside the database, at every daily closing.

Each forgery here is made the way someone holding the file would: triggers dropped, rows
changed or removed, every hash after the change recomputed from the documented canonical form,
triggers put back. Such a forgery passes every check the database can make about itself; the
anchors (anchors.txt in the data folder, or the heads printed on a closing) name it.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import datetime, timedelta

import pytest
from openpyxl import load_workbook
from points_helpers import give, op
from raw_db import REFUSED, drop_trigger, raw, without_triggers
from sqlalchemy import select

from gridesk import clock
from gridesk.cli import main as cli_main
from gridesk.clock import utcnow
from gridesk.core import anchors
from gridesk.core.chains import GENESIS, audit_canonical, chain_hash
from gridesk.core.check import run_checks
from gridesk.core.models import AuditEntry
from gridesk.core.points import reports, shop
from gridesk.core.points.ledger import canonical
from gridesk.core.points.models import LedgerEntry
from gridesk.core.points.papers import head_words
from gridesk.core.printing import document_station
from gridesk.documents.points import closing_receipt
from gridesk.documents.receipt import render_receipt
from gridesk.exchange.points_io import export_closing

# --- what someone with the file does ---------------------------------------------------------


def _rehashed_ledger(store):
    """Every ledger entry's prev_hash and hash recomputed from its (changed) values."""
    with store.read() as s:
        entries = s.execute(select(LedgerEntry).order_by(LedgerEntry.seq)).scalars().all()
        prev, fixes = GENESIS, []
        for e in entries:
            text = canonical(
                e.seq, e.id, e.account_id, e.kind, e.points, e.balance_after,
                e.operation_id, e.ref_id, e.station_id, e.created_by, e.created_at,
            )  # fmt: skip
            digest = chain_hash(prev, text)
            fixes.append(
                ("UPDATE points_entries SET prev_hash = ?, hash = ? WHERE seq = ?",
                 (prev, digest, e.seq))
            )  # fmt: skip
            prev = digest
    return fixes


def _rehashed_audit(store):
    with store.read() as s:
        rows = s.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars().all()
        prev, fixes = GENESIS, []
        for r in rows:
            text = audit_canonical(
                r.seq, r.id, r.at, r.station_id, r.user_id, r.username, r.action, r.entity,
                r.entity_id, r.detail, r.operation_id,
            )  # fmt: skip
            digest = chain_hash(prev, text)
            fixes.append(
                ("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?",
                 (prev, digest, r.seq))
            )  # fmt: skip
            prev = digest
    return fixes


def _closing(p):
    return reports.daily_closing(p.store, p.cashier, clock.today())


def _anchor_problems(problems):
    return [line for line in problems if line.startswith("anchors:")]


def _check_cli(p, *extra):
    p.store.close()
    return subprocess.run(
        [sys.executable, "-m", "gridesk", "--data-dir", str(p.store.data_dir), "check", *extra],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "LC_ALL": "en_US.UTF-8"},  # the command line speaks the user's language
    )


# --- the clean case ---------------------------------------------------------------------------


def test_a_closing_anchors_both_chains_and_a_clean_database_passes(points_shop):
    p = points_shop
    shop.redeem(p.store, p.cashier, p.wang, [("soap", 1)], op())
    closing = _closing(p)
    ledger, audit = closing.heads
    with p.store.read() as s:
        assert (
            ledger.count == s.execute(select(LedgerEntry.seq).order_by(-LedgerEntry.seq)).scalar()
        )
        assert audit.count == s.execute(select(AuditEntry.seq).order_by(-AuditEntry.seq)).scalar()
    assert closing.head_texts == (
        f"ledger:{ledger.count}:{ledger.hash[:16]}",
        f"audit:{audit.count}:{audit.hash[:16]}",
    )
    path = p.store.data_dir / "anchors.txt"
    lines = [line for line in path.read_text().splitlines() if not line.startswith("#")]
    assert [line.split(" ")[1:] for line in lines] == [
        ["ledger", str(ledger.count), ledger.hash],
        ["audit", str(audit.count), audit.hash],
    ]
    written = datetime.fromisoformat(lines[0].split(" ")[0])  # UTC, from the program's clock
    assert timedelta(0) <= utcnow() - written < timedelta(minutes=5)
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    _closing(p)  # nothing moved since: nothing appended
    assert len(path.read_text().splitlines()) == 2 + 2
    shop.redeem(p.store, p.cashier, p.wang, [("soap", 1)], op())
    later = _closing(p)
    assert len(path.read_text().splitlines()) == 2 + 4
    assert run_checks(p.store) == []
    run = _check_cli(p, "--anchor", closing.head_texts[0], "--anchor", later.head_texts[1])
    assert run.returncode == 0, run.stdout + run.stderr
    assert "all checks passed" in run.stdout


# --- forgeries ---------------------------------------------------------------------------------


def test_ten_thousand_points_added_and_re_hashed_are_named_by_the_anchor(points_shop):
    """The issue's forgery: drop the triggers, add 10,000 points to one account, re-hash,
    restore the triggers. The chain links and every balance adds up; the anchor does not."""
    p = points_shop
    for _ in range(2):
        shop.redeem(p.store, p.cashier, p.wang, [("soap", 1)], op())
    first = _closing(p)  # ledger: the award and 2 redemptions (3 entries)
    give(p.store, p.admin, p.li, 50)
    shop.redeem(p.store, p.cashier, p.li, [("soap", 1)], op())
    second = _closing(p)  # 5 entries
    assert (first.heads[0].count, second.heads[0].count) == (3, 5)
    # 李建国's award (#4) becomes 10,050 points: its line, his later entry and balance follow
    without_triggers(
        p.store,
        [
            ("UPDATE points_entries SET points = points + 10000 WHERE seq = 4",),
            ("UPDATE points_entries SET balance_after = balance_after + 10000 WHERE seq >= 4",),
            ("UPDATE points_award_lines SET points = points + 10000 WHERE award_id = "
             "(SELECT ref_id FROM points_entries WHERE seq = 4)",),
            ("UPDATE points_accounts SET balance = balance + 10000 WHERE id = "
             "(SELECT account_id FROM points_entries WHERE seq = 4)",),
        ],
    )  # fmt: skip
    without_triggers(p.store, _rehashed_ledger(p.store))

    # the database agrees with itself: without the anchors nothing is found (the old check)
    (p.store.data_dir / "anchors.txt").rename(p.store.data_dir / "aside.txt")
    assert run_checks(p.store) == []
    (p.store.data_dir / "aside.txt").rename(p.store.data_dir / "anchors.txt")

    found = _anchor_problems(run_checks(p.store))
    assert len(found) == 1, found
    assert "the points ledger entry #5 does not match the anchor ledger:5:" in found[0]
    assert "anchors.txt line 5" in found[0]
    assert "still matches the anchor ledger:3:" in found[0]
    assert "the first changed entry is #4 to #5" in found[0]

    # read off the printed closing, with no anchors file at all
    (p.store.data_dir / "anchors.txt").unlink()
    run = _check_cli(p, "--anchor", second.head_texts[0].removeprefix("ledger:"))
    assert run.returncode == 1
    assert "anchors: the points ledger entry #5 does not match the anchor ledger:5:" in run.stdout
    assert "(--anchor)" in run.stdout and "the first changed entry is #1 to #5" in run.stdout


def test_erased_redemptions_below_an_anchored_count_are_named(points_shop):
    """The last redemptions erased with everything they wrote (entries, lines, stock moves),
    balance and stock put back: every invariant holds, but the anchored count is gone."""
    p = points_shop
    kept = shop.redeem(p.store, p.cashier, p.wang, [("soap", 1)], op())
    gone = [shop.redeem(p.store, p.cashier, p.wang, [("soap", 1)], op()) for _ in range(2)]
    closing = _closing(p)
    assert closing.heads[0].count == 4
    ids = ", ".join(f"'{r.id.hex}'" for r in gone)
    without_triggers(
        p.store,
        [
            (f"DELETE FROM points_entries WHERE ref_id IN ({ids})",),
            (f"DELETE FROM points_stock_moves WHERE ref_id IN ({ids})",),
            (f"DELETE FROM points_redemption_lines WHERE redemption_id IN ({ids})",),
            (f"DELETE FROM points_redemptions WHERE id IN ({ids})",),
            ("UPDATE points_accounts SET balance = balance + 40",),
            ("UPDATE points_products SET stock = stock + 2 WHERE code = 'SOAP'",),
        ],
    )
    assert kept.number
    (p.store.data_dir / "anchors.txt").rename(p.store.data_dir / "aside.txt")
    assert run_checks(p.store) == []  # the old check: nothing to see
    (p.store.data_dir / "aside.txt").rename(p.store.data_dir / "anchors.txt")
    found = _anchor_problems(run_checks(p.store))
    assert len(found) == 1
    assert found[0].startswith(
        f"anchors: the points ledger holds 2 entries, but the anchor {closing.head_texts[0]} of "
    )
    assert found[0].endswith(
        " UTC (anchors.txt line 3) counted 4: entries #3 to #4 were removed (or an older "
        "backup was restored after that anchor)"
    )
    (p.store.data_dir / "anchors.txt").unlink()
    run = _check_cli(p, "--anchor", closing.head_texts[0])
    assert run.returncode == 1 and "counted 4" in run.stdout and "(--anchor)" in run.stdout


def test_an_edited_audit_row_re_hashed_is_named_by_the_anchor(points_shop):
    p = points_shop
    shop.redeem(p.store, p.cashier, p.wang, [("soap", 1)], op())
    closing = _closing(p)
    audit = closing.heads[1]
    with p.store.read() as s:
        target = s.execute(
            select(AuditEntry.seq).where(AuditEntry.username == "cashier").order_by(AuditEntry.seq)
        ).scalar()
    without_triggers(
        p.store,
        [("UPDATE audit_log SET username = 'admin' WHERE seq = ?", (target,))],
    )
    problems = run_checks(p.store)
    assert any(
        line.startswith(f"audit log: audit row #{target} ") and "does not match its hash" in line
        for line in problems
    ), problems
    without_triggers(p.store, _rehashed_audit(p.store))
    (p.store.data_dir / "anchors.txt").rename(p.store.data_dir / "aside.txt")
    assert run_checks(p.store) == []
    run = _check_cli(p, "--anchor", closing.head_texts[1])
    assert run.returncode == 1
    assert (
        f"anchors: the audit log entry #{audit.count} does not match the anchor "
        f"{closing.head_texts[1]} (--anchor)" in run.stdout
    )


def test_the_audit_log_refuses_update_and_delete_and_check_sees_a_missing_trigger(points_shop):
    p = points_shop
    with raw(p.store) as conn:
        for sql in ("UPDATE audit_log SET username = 'x'", "DELETE FROM audit_log"):
            with pytest.raises(REFUSED, match="audit_log is append-only"):
                conn.execute(sql)
    drop_trigger(p.store, "audit_log", "audit_log_no_delete")
    assert run_checks(p.store) == [
        "audit log: audit_log is not protected against DELETE (trigger missing)"
    ]


def test_an_edited_anchors_file_is_reported(points_shop):
    p = points_shop
    _closing(p)
    path = p.store.data_dir / "anchors.txt"
    with path.open("a") as f:
        f.write("2026-11-25T02:00:00Z ledger 2 not-a-hash\n")
    assert _anchor_problems(run_checks(p.store)) == [
        "anchors: anchors.txt line 5 is not an anchor: the file was edited"
    ]


# --- where the heads show ----------------------------------------------------------------------


def test_the_closing_receipt_workbook_and_command_line_show_both_heads(points_shop, tmp_path):
    from test_reports import pdf_text

    p = points_shop
    shop.redeem(p.store, p.cashier, p.wang, [("soap", 1)], op())
    closing = _closing(p)
    ledger_text, audit_text = closing.head_texts
    slip = tmp_path / "closing.pdf"
    receipt = closing_receipt(
        document_station(p.store), closing.day, closing.rows, closing.goods, utcnow(),
        heads=head_words(closing),
    )  # fmt: skip
    slip.write_bytes(render_receipt(receipt, "roll58"))
    text = pdf_text(slip)
    assert ledger_text in text and audit_text in text
    assert "积分流水链头" in text and "审计日志链头" in text

    book = load_workbook(export_closing(closing, [], tmp_path / "c.xlsx"), read_only=True)
    rows = list(book["链头"].iter_rows(values_only=True))
    book.close()
    assert [row[:4] for row in rows[1:]] == [
        ("积分流水链头", closing.heads[0].count, closing.heads[0].hash, ledger_text),
        ("审计日志链头", closing.heads[1].count, closing.heads[1].hash, audit_text),
    ]


def test_the_command_line_closing_prints_the_heads_and_takes_them_back(points_shop, capsys):
    p = points_shop
    shop.redeem(p.store, p.cashier, p.wang, [("soap", 1)], op())
    p.store.close()
    where = ["--data-dir", str(p.store.data_dir)]
    assert cli_main([*where, "points", "closing"]) == 0
    printed = capsys.readouterr().out
    heads = [line.split(" ")[-1] for line in printed.splitlines() if "链头" in line]
    assert [h.split(":")[0] for h in heads] == ["ledger", "audit"]
    assert cli_main([*where, "check", *(f"--anchor={h}" for h in heads)]) == 0
    forged = heads[0][:-4] + ("0000" if not heads[0].endswith("0000") else "1111")
    assert cli_main([*where, "check", "--anchor", forged]) == 1
    assert "does not match the anchor" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("ledger:12", "not CHAIN:COUNT:HASH"),
        ("points:3:3f9a0c1d2e", "not a chain"),
        ("ledger:0:3f9a0c1d2e", "not an entry count"),
        ("ledger:-3:3f9a0c1d2e", "not an entry count"),
        ("3:3f9a0c", "not a hash"),
        ("3:3f9a0c1x2e", "not a hash"),
    ],
)
def test_a_mistyped_anchor_is_refused_in_one_line(store, admin, capsys, text, why):
    with pytest.raises(ValueError, match=why):
        anchors.parse(text)
    store.close()
    with pytest.raises(SystemExit) as stop:
        cli_main(["--data-dir", str(store.data_dir), "check", "--anchor", text])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert why in err and "Traceback" not in err


def test_an_anchor_accepts_either_form_and_any_case():
    assert anchors.parse("12:3F9A0C1D") == anchors.Anchor(
        "ledger", 12, "3f9a0c1d", source="--anchor"
    )
    assert anchors.parse(" audit:7:3f9a0c1d2e4b5a69 ").chain == "audit"


def test_audit_rows_written_before_the_chain_join_it_in_order(tmp_path):
    """Migration 0010 chains the rows an older GriDesk wrote (time, then id), then refuses
    UPDATE and DELETE; later writes follow on, and check passes."""
    from alembic import command

    from gridesk.core import migrations
    from gridesk.core.residents.records import ResidentInput, create_resident
    from gridesk.core.setup import initialise
    from gridesk.core.store import open_store

    url = f"sqlite:///{tmp_path}/old.db"
    store = open_store(url, tmp_path, backup_first=False)
    admin = initialise(
        store, station_name="老站", station_code="OLD", admin_username="boss",
        admin_password="secret1",
    )  # fmt: skip
    create_resident(store, admin, ResidentInput(name="李四"))
    cfg = migrations.alembic_config(url)
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0009_resident_key_list")
    with store.engine.connect() as conn:
        before = conn.exec_driver_sql("SELECT id FROM audit_log ORDER BY at, id").scalars().all()
    store.close()

    store = open_store(url, tmp_path)
    try:
        with store.engine.connect() as conn:
            chained = conn.exec_driver_sql("SELECT id FROM audit_log ORDER BY seq").scalars().all()
        assert chained == before and len(before) > 5
        create_resident(store, admin, ResidentInput(name="王五"))
        assert run_checks(store) == []
        with raw(store) as conn, pytest.raises(REFUSED, match="append-only"):
            conn.execute("DELETE FROM audit_log")
    finally:
        store.close()


@pytest.mark.sqlite_only  # a SQLite file's backups carry the anchors
def test_every_backup_carries_the_anchors_so_a_deleted_file_still_names_a_forgery(points_shop):
    """Someone with the data folder deletes anchors.txt along with re-hashing: the copy each
    backup carries still holds the anchors (and rotation takes the copy with its backup)."""
    from gridesk.core.backup_files import anchors_copies, make_backup, rotate

    p = points_shop
    shop.redeem(p.store, p.cashier, p.wang, [("soap", 1)], op())
    _closing(p)
    backup = make_backup(p.store.sqlite_path, p.store.data_dir, "manual")
    (copy,) = anchors_copies(p.store.data_dir)
    assert copy.name == backup.name + ".anchors.txt"
    assert copy.read_text(encoding="utf-8") == (p.store.data_dir / "anchors.txt").read_text(
        encoding="utf-8"
    )
    without_triggers(
        p.store,
        [("UPDATE points_entries SET points = points + 10000 WHERE seq = 1",)],
    )
    without_triggers(p.store, _rehashed_ledger(p.store))
    (p.store.data_dir / "anchors.txt").unlink()
    found = _anchor_problems(run_checks(p.store))
    assert found and "does not match the anchor ledger:" in found[0], found
    assert f"backups/{copy.name} line" in found[0]
    rotate(p.store.data_dir, keep=0)
    assert anchors_copies(p.store.data_dir) == [] and not backup.exists()


# --- a restore ----------------------------------------------------------------------------------


def test_restoring_an_older_backup_is_not_taken_for_entries_removed(points_shop):
    """The anchors of the database a restore replaced count entries the restored one never
    had: the restore writes the heads it left as ``restored`` lines, and check no longer
    compares those older anchors (old: "entries #3 to #4 were removed"). Every anchor the
    restored chains still reach is checked as before, and a later deletion is still named."""
    from gridesk.core.backup import backup_now, restore

    p = points_shop
    shop.redeem(p.store, p.cashier, p.wang, [("soap", 1)], op())
    _closing(p)
    older = backup_now(p.store, p.admin)
    clock.set_now(utcnow() + timedelta(minutes=5))
    for _ in range(2):
        shop.redeem(p.store, p.cashier, p.wang, [("soap", 1)], op())
    newer = _closing(p).heads
    clock.set_now(utcnow() + timedelta(minutes=5))
    restore(p.store, older, p.admin)
    assert _anchor_problems(run_checks(p.store)) == []
    text = (p.store.data_dir / "anchors.txt").read_text(encoding="utf-8")
    assert " restored ledger " in text and " restored audit " in text
    # business goes on from the restored heads: new entries at the counts the old ones had
    clock.set_now(utcnow() + timedelta(minutes=5))
    for _ in range(3):
        shop.redeem(p.store, p.cashier, p.wang, [("soap", 1)], op())
    _closing(p)
    assert _anchor_problems(run_checks(p.store)) == []
    # the newer anchors are still evidence when given by hand (read off the printed closing)
    run = _check_cli(p, "--anchor", newer[0].text())
    assert run.returncode == 1 and "(--anchor)" in run.stdout
