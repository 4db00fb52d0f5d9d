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
