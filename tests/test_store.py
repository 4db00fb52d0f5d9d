"""The store on a real SQLite file: pragmas, migrations, audit, backups, newer-schema refusal."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
import sqlalchemy
from sqlalchemy import select, text

from gridesk.core import migrations
from gridesk.core.backup import restore, restore_backup
from gridesk.core.backup_files import list_backups, make_backup
from gridesk.core.models import AuditEntry, Resident
from gridesk.core.residents.records import (
    ResidentFilter,
    ResidentInput,
    create_resident,
    list_residents,
)
from gridesk.core.setup import initialise
from gridesk.core.store import open_store
from gridesk.errors import StoreError


@pytest.mark.sqlite_only
def test_sqlite_pragmas(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_every_row_is_stamped_and_audited(store, admin):
    detail = create_resident(store, admin, ResidentInput(name="王秀英", phone="13912345678"))
    with store.read() as s:
        row = s.get(Resident, detail.id)
        assert isinstance(row.id, uuid.UUID) and row.id.version == 7
        assert row.station_id == admin.station_id
        assert row.created_by == admin.user_id
        assert row.created_at.tzinfo is not None
        audit = s.execute(
            select(AuditEntry).where(
                AuditEntry.entity == "residents", AuditEntry.entity_id == str(detail.id)
            )
        ).scalar_one()
        assert audit.action == "create" and audit.username == "admin"


def test_write_without_actor_is_refused(store, admin):
    with pytest.raises(StoreError), store.write(None) as s:
        s.add(Resident(name="无名", sort_key="wuming"))


def _set_up_then_taken_back_to(url, tmp_path, revision):
    """An installation set up by this GriDesk, its schema then taken back to ``revision``
    (today's services write columns an old schema lacks, e.g. the audit chain's)."""
    from alembic import command

    store = open_store(url, tmp_path, backup_first=False)
    actor = initialise(
        store,
        station_name="老站",
        station_code="OLD",
        admin_username="boss",
        admin_password="secret1",
    )
    cfg = migrations.alembic_config(url)
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
    assert migrations.current_revision(store.engine) == revision
    return store, actor


def test_old_schema_upgrades_with_data_intact(tmp_path):
    """A database at the first revision, holding data, comes up to head with its rows kept."""
    url = f"sqlite:///{tmp_path}/old.db"
    store, actor = _set_up_then_taken_back_to(url, tmp_path, "0001_core")
    store.close()

    store = open_store(url, tmp_path)  # start-up upgrades, after an automatic backup
    try:
        assert migrations.current_revision(store.engine) == migrations.head_revision()
        assert store.station().name == "老站"
        assert any(
            b.reason == "before" or "before_upgrade" in b.path.name for b in list_backups(tmp_path)
        )
        create_resident(store, actor, ResidentInput(name="李四"))
    finally:
        store.close()


def test_residents_keep_their_search_keys_through_the_key_list_migration(tmp_path):
    """0009 lists each resident's keys on its row, then drops the keys' resident index."""
    url = f"sqlite:///{tmp_path}/old.db"
    store, actor = _set_up_then_taken_back_to(url, tmp_path, "0008_activity_rooms")
    with store.engine.begin() as conn:
        for n, (name, keys) in enumerate(
            [("单田芳", ["tianfang", "单田芳", "5678"]), ("无键", [])]
        ):
            ident = f"{n + 1:032x}"
            conn.exec_driver_sql(
                "INSERT INTO residents (id, name, sort_key, gender, phone, estate, building, "
                "unit, room, notes, archived, created_at, updated_at) "
                "VALUES (?, ?, ?, '', '', '', '', '', '', '', 0, '2026-01-01', '2026-01-01')",
                (ident, name, name),
            )
            for key in keys:
                conn.exec_driver_sql("INSERT INTO resident_keys VALUES (?, ?)", (key, ident))
    store.close()

    store = open_store(url, tmp_path)
    try:
        with store.engine.connect() as conn:
            listed = dict(conn.exec_driver_sql("SELECT name, search_keys FROM residents").all())
            indexes = {i["name"] for i in sqlalchemy.inspect(conn).get_indexes("resident_keys")}
        assert set(listed["单田芳"].split()) == {"tianfang", "单田芳", "5678"}
        assert listed["无键"] == ""
        assert "ix_resident_keys_resident_id" not in indexes
        found = list_residents(store, actor, ResidentFilter(text="tianfang"), 0, 10)
        assert [r.name for r in found] == ["单田芳"]
    finally:
        store.close()


def test_newer_database_is_refused(tmp_path, store, admin):
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    store.close()
    with pytest.raises(StoreError, match="newer GriDesk"):
        open_store(store.url, tmp_path)


def test_not_a_database_is_refused(tmp_path):
    bad = tmp_path / "gridesk.db"
    bad.write_bytes(b"this is a spreadsheet, honest" * 100)
    with pytest.raises(StoreError):
        open_store(f"sqlite:///{bad}", tmp_path)


@pytest.mark.sqlite_only
def test_backup_and_restore(tmp_path, store, admin):
    create_resident(store, admin, ResidentInput(name="赵一"))
    backup = make_backup(store.sqlite_path, tmp_path, reason="manual")
    create_resident(store, admin, ResidentInput(name="钱二"))
    path = store.sqlite_path
    store.close()
    safety = restore_backup(backup, path, tmp_path)
    assert safety is not None and safety.exists()
    reopened = open_store(f"sqlite:///{path}", tmp_path)
    try:
        with reopened.read() as s:
            names = set(s.execute(select(Resident.name)).scalars())
        assert names == {"赵一"}
    finally:
        reopened.close()


@pytest.mark.sqlite_only
def test_one_restore_for_the_command_line(tmp_path, store, admin):
    """Signed in as no one (the command line), the restore is recorded by the installation's
    administrator in the restored database; the store works on the restored file."""
    create_resident(store, admin, ResidentInput(name="赵一"))
    backup = make_backup(store.sqlite_path, tmp_path, reason="manual")
    create_resident(store, admin, ResidentInput(name="钱二"))
    done = restore(store, backup)
    assert done.audited and done.safety is not None and done.safety.exists()
    assert {b.reason for b in list_backups(tmp_path)} == {"manual", "before_restore"}
    with store.read() as s:
        assert set(s.execute(select(Resident.name)).scalars()) == {"赵一"}
        audit = s.execute(select(AuditEntry).where(AuditEntry.action == "restore")).scalar_one()
    assert (audit.entity_id, audit.username) == (backup.name, "admin (cli)")


@pytest.mark.sqlite_only
def test_backups_rotate(tmp_path, store, admin):
    for _ in range(25):
        make_backup(store.sqlite_path, tmp_path)
    assert len(list_backups(tmp_path)) == 20


@pytest.mark.sqlite_only
def test_restore_refuses_a_non_backup(tmp_path, store, admin):
    junk = tmp_path / "junk.db"
    junk.write_text("no")
    with pytest.raises(StoreError):
        restore_backup(junk, store.sqlite_path, tmp_path)


def test_models_and_migrations_agree(store):
    """Autogenerate finds nothing to do: the migrations build exactly what the models say."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from gridesk.core.models import Base

    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


@pytest.mark.sqlite_only
def test_quick_check_passes(store, admin):
    assert store.quick_check() == []


def test_data_dir_moves_everything(tmp_path: Path):
    from gridesk.config import Location
    from gridesk.paths import sqlite_file

    where = Location.resolve(str(tmp_path / "elsewhere"))
    assert sqlite_file(where.db_url) == tmp_path / "elsewhere" / "gridesk.db"


def test_schema_head_constant_matches_the_migrations(store):
    assert migrations.head_revision() == migrations.SCHEMA_HEAD
    assert migrations.is_current(store.engine)
