"""Desks of a hall have names: kept on the computer (desk.json), stamped on every audit row
beside station and user, shown in the status bar and in a record's history; the audit chain
stays whole across rows written before and after desks had names."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from gridesk.clock import today
from gridesk.config import DESK_FILE, DeskConfig, Location, read_desk_config, write_desk_config
from gridesk.core.actor import Actor, Role
from gridesk.core.chains import verify_audit_chain
from gridesk.core.check import run_checks
from gridesk.core.desks import rename_desk
from gridesk.core.models import AuditEntry
from gridesk.core.residents.file import sections
from gridesk.core.residents.records import ResidentInput, create_resident, update_resident
from gridesk.core.store import Store, open_store
from gridesk.errors import PermissionDenied, ValidationError
from gridesk.ui.desk import Desk

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _desks(store: Store) -> list[tuple[str, str, str]]:
    with store.read() as s:
        return [
            tuple(row)
            for row in s.execute(
                select(AuditEntry.action, AuditEntry.entity, AuditEntry.desk).order_by(
                    AuditEntry.seq
                )
            )
        ]


def test_every_write_names_its_desk_and_the_chain_holds_old_and_new_rows(
    store: Store, admin: Actor
) -> None:
    before = create_resident(store, admin, ResidentInput(name="旧行"))
    assert store.desk_name == ""
    rename_desk(store, admin, "  窗口2 ")
    assert store.desk_name == "窗口2"
    assert read_desk_config(store.data_dir).name == "窗口2"
    create_resident(store, admin, ResidentInput(name="新行"))
    rows = _desks(store)
    renamed = rows.index(("rename", "desk", ""))  # stamped with the name it had
    assert all(desk == "" for _a, _e, desk in rows[: renamed + 1])
    after = rows[renamed + 1 :]
    assert after and all(desk == "窗口2" for _a, _e, desk in after)
    assert ("create", "residents", "窗口2") in after
    with store.read() as s:
        assert list(verify_audit_chain(s)) == []
    assert run_checks(store) == []
    # another store on the same data folder (the next start) knows its name
    again = open_store(store.url, store.data_dir)
    try:
        assert again.desk_name == "窗口2"
    finally:
        again.close()
    assert before.id


def test_a_changed_desk_name_on_an_audit_row_breaks_the_chain(store: Store, admin: Actor) -> None:
    """The desk is part of the row's hash: a row re-stamped with another desk is caught."""
    from gridesk.core.chains import audit_canonical

    rename_desk(store, admin, "窗口1")
    with store.read() as s:
        row = s.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).scalar_one()
    fields = (row.seq, row.id, row.at, row.station_id, row.user_id, row.username, row.action,
              row.entity, row.entity_id, row.detail, row.operation_id)  # fmt: skip
    assert audit_canonical(*fields, row.desk) != audit_canonical(*fields, "窗口2")
    assert audit_canonical(*fields, "") == audit_canonical(*fields)


def test_the_name_is_checked_and_only_the_admin_renames(store: Store, admin: Actor) -> None:
    from gridesk.core import auth

    with pytest.raises(ValidationError):
        rename_desk(store, admin, "   ")
    with pytest.raises(ValidationError):
        rename_desk(store, admin, "窗" * 31)
    auth.create_user(store, admin, "clerk", "前台", Role.FRONT_DESK, "secret12")
    clerk = auth.sign_in(store, "clerk", "secret12")
    with pytest.raises(PermissionDenied):
        rename_desk(store, clerk, "窗口9")
    assert store.desk_name == ""
    assert not (store.data_dir / DESK_FILE).exists()


def test_the_desk_file_keeps_the_hall_but_never_a_password(tmp_path: Path) -> None:
    from gridesk.config import HallServer

    hall = HallServer(host="192.168.1.10", port=5433, database="hall", user="desk")
    write_desk_config(tmp_path, DeskConfig(name="积分超市", hall=hall))
    assert read_desk_config(tmp_path) == DeskConfig(name="积分超市", hall=hall)
    raw = json.loads((tmp_path / DESK_FILE).read_text(encoding="utf-8"))
    assert "password" not in json.dumps(raw)
    (tmp_path / DESK_FILE).write_text("{not json", encoding="utf-8")
    assert read_desk_config(tmp_path) == DeskConfig()
    assert hall.url("p@ss") == "postgresql://desk:p%40ss@192.168.1.10:5433/hall"
    socket = dataclasses.replace(hall, host="/tmp/pg")
    assert socket.url() == "postgresql://desk@/hall?host=%2Ftmp%2Fpg&port=5433"


def test_the_history_of_a_record_says_who_and_at_which_desk(store: Store, admin: Actor) -> None:
    rename_desk(store, admin, "窗口2")
    made = create_resident(store, admin, ResidentInput(name="王大妈"))
    update_resident(store, admin, made.id, ResidentInput(name="王大妈", phone="13800138000"))
    [history] = [x for x in sections(store, admin, made.id, today()) if x.key == "history"]
    whats = [line.what for line in history.lines]
    assert whats and all(what.endswith(" · 窗口2") for what in whats)


def test_the_status_bar_shows_the_desk_and_the_admin_renames_it(
    qtbot: Any, store: Store, admin: Actor, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from gridesk.ui.main_window import MainWindow

    rename_desk(store, admin, "窗口2")
    window = MainWindow(Desk(store, admin, Location(tmp_path, store.url)), lambda: None)
    qtbot.addWidget(window)
    window.show()
    assert window.desk_label.text() == "Desk: 窗口2"
    assert window.desk_label.isVisible()
    page = window.show_page("admin")
    settings = page.settings  # type: ignore[attr-defined]
    page.tabs.setCurrentWidget(settings)  # type: ignore[attr-defined]
    assert settings.desk_name.text() == "窗口2"
    settings.desk_name.selectAll()
    qtbot.keyClicks(settings.desk_name, "Reception")
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    assert "now called Reception" in settings.message.text()
    assert window.desk_label.text() == "Desk: Reception"
    assert read_desk_config(tmp_path).name == "Reception"
    assert _desks(store)[-1] == ("rename", "desk", "窗口2")


def test_each_desk_of_a_hall_has_its_own_printers(store: Store, admin: Actor) -> None:
    """On a hall's database a named desk's printers are its own; a desk alone (a SQLite file,
    one computer) keeps the installation's."""
    from gridesk.core import printing
    from gridesk.core.printing import PrinterSettings

    rename_desk(store, admin, "积分超市")
    other = open_store(store.url, store.data_dir / "window-1")
    try:
        rename_desk(other, admin, "窗口1")
        printing.save_printer_settings(store, admin, PrinterSettings(receipt_width=58))
        assert printing.printer_settings(store).receipt_width == 58
        at_the_other = printing.printer_settings(other).receipt_width
        if store.sqlite_path is None:
            assert at_the_other == 80
            assert store.setting("printer.receipt.width@积分超市") == 58
        else:
            assert at_the_other == 58
    finally:
        other.close()


def test_down_and_up_again_rows_without_a_desk_keep_their_hashes(
    store: Store, admin: Actor
) -> None:
    """Migration 0021 adds the desk to audit rows without touching a row, so rows written
    before it keep their hashes; taken back, the append-only triggers are still in place."""
    from alembic import command
    from sqlalchemy import text

    from gridesk.core import migrations

    create_resident(store, admin, ResidentInput(name="旧行"))
    store.close()
    cfg = migrations.alembic_config(store.url)
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0020_offline_allowances")
    with pytest.raises(Exception), store.engine.begin() as conn:  # noqa: B017
        conn.execute(text("DELETE FROM audit_log"))
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    store.close()
    rename_desk(store, admin, "窗口2")
    create_resident(store, admin, ResidentInput(name="新行"))
    assert {desk for _a, _e, desk in _desks(store)} == {"", "窗口2"}
    assert run_checks(store) == []


def test_a_renamed_desk_keeps_its_own_printers(store: Store, admin: Actor) -> None:
    """Issue 14: a desk's printers are kept under its name (``key@desk``); renamed, they go
    with it in the rename's unit of work (audited, stamped with the old name), and another
    desk's stay where they are."""
    from gridesk.core import printing
    from gridesk.core.desks import desk_setting_key
    from gridesk.core.models import Setting
    from gridesk.core.printing import PrinterSettings
    from gridesk.core.store import set_setting

    rename_desk(store, admin, "窗口1")
    receipt = PrinterSettings(receipt_printer="XP-80 窗口1", receipt_width=58, page_printer="HP")
    if store.sqlite_path is None:  # a hall: the desk's own, as the printers tab saves them
        printing.save_printer_settings(store, admin, receipt)
    else:  # a desk alone keeps the installation's; its own keys written as a hall's would be
        with store.write(admin) as s:
            for field, key in printing.SETTING_KEYS.items():
                set_setting(s, desk_setting_key(key, "窗口1"), getattr(receipt, field))
    with store.write(admin) as s:  # a desk whose name ends like this one's
        set_setting(s, desk_setting_key("printer.receipt.width", "大窗口1"), 80)
        set_setting(s, desk_setting_key("printer.receipt.width", "前@窗口1"), 80)
    before = len(_desks(store))

    rename_desk(store, admin, "积分超市")
    with store.read() as s:
        keys = {row.key: row.value for row in s.scalars(select(Setting))}
    assert not [
        k for k in keys if k.endswith("@窗口1") and not k.startswith("printer.receipt.width@前")
    ]
    assert keys[desk_setting_key("printer.receipt.width", "积分超市")] == "58"
    assert keys[desk_setting_key("printer.receipt.name", "积分超市")] == '"XP-80 窗口1"'
    assert keys[desk_setting_key("printer.receipt.width", "大窗口1")] == "80"
    assert keys[desk_setting_key("printer.receipt.width", "前@窗口1")] == "80"
    if store.sqlite_path is None:
        assert printing.printer_settings(store) == printing.validate_printer_settings(receipt)
    rows = _desks(store)[before:]
    assert rows[0] == ("rename", "desk", "窗口1")
    assert ("create", "settings", "窗口1") in rows and ("delete", "settings", "窗口1") in rows
    assert {desk for _a, _e, desk in rows} == {"窗口1"}  # the unit of work, as the old desk
    with store.read() as s:
        assert list(verify_audit_chain(s)) == []


def test_a_rename_whose_file_cannot_be_written_changes_nothing(
    store: Store, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gridesk.core import desks
    from gridesk.core.desks import desk_setting_key
    from gridesk.core.store import set_setting
    from gridesk.errors import StoreError

    rename_desk(store, admin, "窗口1")
    with store.write(admin) as s:
        set_setting(s, desk_setting_key("printer.receipt.width", "窗口1"), 58)

    def full_disk(*_a: Any, **_k: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(desks, "write_desk_config", full_disk)
    with pytest.raises(StoreError):
        rename_desk(store, admin, "积分超市")
    assert store.desk_name == "窗口1" and read_desk_config(store.data_dir).name == "窗口1"
    assert store.setting(desk_setting_key("printer.receipt.width", "窗口1")) == 58
    assert store.setting(desk_setting_key("printer.receipt.width", "积分超市")) is None
