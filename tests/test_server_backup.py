"""`gridesk backup` on the hall's PostgreSQL server: pg_dump's custom format, read back, audited;
a plain line when the client programs are missing."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from pg_databases import ON_POSTGRESQL

from gridesk.core.backup import backup_now
from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.errors import StoreError

pytestmark = pytest.mark.skipif(not ON_POSTGRESQL, reason="a server's backup (GRIDESK_TEST_DB)")


@pytest.mark.skipif(shutil.which("pg_restore") is None, reason="PostgreSQL's client programs")
def test_a_server_backup_is_a_custom_dump_holding_every_table(store, admin, tmp_path):
    create_resident(store, admin, ResidentInput(name="赵一"))
    made = backup_now(store, admin, to=tmp_path / "hall.dump")
    listed = subprocess.run(
        ["pg_restore", "--list", str(made)], capture_output=True, text=True, check=True
    ).stdout
    assert " TABLE DATA public residents " in listed
    assert " TABLE DATA public points_entries " in listed
    assert not list(tmp_path.glob("*.partial"))


def test_without_pg_dump_the_desk_is_told_what_to_install(store, admin, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(StoreError, match="pg_dump is not installed") as caught:
        backup_now(store, admin, to=tmp_path / "hall.dump")
    assert "postgresql-client" in str(caught.value)
    assert not (tmp_path / "hall.dump").exists()


needs_tools = pytest.mark.skipif(
    shutil.which("pg_restore") is None, reason="PostgreSQL's client programs"
)


def _names(store, actor) -> set[str]:
    from sqlalchemy import select

    from gridesk.core.models import Resident

    with store.read() as s:
        return set(s.execute(select(Resident.name)).scalars())


@needs_tools
def test_a_server_backup_restored_with_pg_restore_brings_the_data_back(store, admin, tmp_path):
    """`gridesk restore` of a server's dump: the database as it was is dumped first, the backup
    takes its place whole, the restore is audited, and the desk works on."""
    from sqlalchemy import select

    from gridesk.core.backup import restore
    from gridesk.core.backup_files import backup_dir
    from gridesk.core.models import AuditEntry

    create_resident(store, admin, ResidentInput(name="赵一"))
    made = backup_now(store, admin, to=tmp_path / "hall.dump")
    create_resident(store, admin, ResidentInput(name="钱二"))
    assert _names(store, admin) == {"赵一", "钱二"}

    done = restore(store, made)
    assert done.audited and done.safety is not None and done.safety.parent == backup_dir(tmp_path)
    assert _names(store, admin) == {"赵一"}
    with store.read() as s:
        actions = s.execute(select(AuditEntry.action, AuditEntry.entity_id)).all()
    assert ("restore", "hall.dump") in actions
    # the safety dump holds the database as it was: restoring it brings 钱二 back
    restore(store, done.safety)
    assert _names(store, admin) == {"赵一", "钱二"}
    create_resident(store, admin, ResidentInput(name="孙三"))


@needs_tools
def test_a_server_restore_is_refused_while_another_desk_is_connected(store, admin, tmp_path):
    from gridesk.core.backup import restore
    from gridesk.core.store import open_store

    made = backup_now(store, admin, to=tmp_path / "hall.dump")
    create_resident(store, admin, ResidentInput(name="钱二"))
    other = open_store(store.url, tmp_path / "other-desk")
    try:
        with other.read() as s:  # the other desk holds a connection (its pool keeps it)
            s.connection()
        with pytest.raises(StoreError, match="Other desks are still working"):
            restore(store, made)
    finally:
        other.close()
    assert "钱二" in _names(store, admin)


@needs_tools
def test_a_server_restore_refuses_what_could_not_stand_in(store, admin, tmp_path):
    """The same checks as a file's, before the hall's database is touched: a file that is not a
    dump, and a dump of a database never set up (no one could sign in)."""
    from gridesk.core.backup import check_backup_file, restore
    from gridesk.core.dialect import scratch_database
    from gridesk.core.store import open_store

    create_resident(store, admin, ResidentInput(name="钱二"))
    text = tmp_path / "notes.dump"
    text.write_text("not a backup")
    with pytest.raises(StoreError, match="not a GriDesk backup"):
        restore(store, text)
    with scratch_database(store.url, tmp_path) as empty_url:
        empty = open_store(empty_url, tmp_path / "empty")  # migrated, never set up
        try:
            never_set_up = backup_now_unchecked(empty_url, tmp_path / "empty.dump")
        finally:
            empty.close()
    check_backup_file(never_set_up)  # a server's archive: checked once restored beside
    with pytest.raises(StoreError, match="never set up"):
        restore(store, never_set_up)
    assert "钱二" in _names(store, admin)


def backup_now_unchecked(url: str, target):
    from gridesk.core.dialect import dump_server

    dump_server(url, target, ["alembic_version", "installation", "users"])
    return target
