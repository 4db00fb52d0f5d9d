"""Backups and restore (issue 12), on real SQLite files and real processes: any folder name,
every backup checked, restore refusing what it must, other desks, retention, free space,
leftovers, file modes, a read-only database."""

from __future__ import annotations

import logging.handlers
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from gridesk.config import Location, peek_station, setup_logging
from gridesk.core.actor import Actor
from gridesk.core.backup import backup_now, restore
from gridesk.core.backup_files import list_backups, make_backup
from gridesk.core.models import Resident
from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.core.setup import initialise
from gridesk.core.store import Store, open_store, set_setting
from gridesk.errors import GrideskError, StoreError

# SQLite files' backups and restore (a server's: test_server_backup.py)
pytestmark = pytest.mark.sqlite_only

ROOT = Path(__file__).resolve().parents[2]


def names(store: Store) -> set[str]:
    with store.read() as s:
        return set(s.execute(select(Resident.name)).scalars())


def residents_in(path: Path) -> int:
    conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM residents").fetchone()[0])
    finally:
        conn.close()


def station(folder: Path) -> tuple[Location, Store, Actor]:
    where = Location.resolve(str(folder))
    store = open_store(where.db_url, where.data_dir)
    actor = initialise(
        store,
        station_name="测试驿站",
        station_code="TS",
        admin_username="admin",
        admin_password="secret12",
    )
    return where, store, actor


def test_a_data_folder_named_with_hash_question_mark_and_percent_works(tmp_path: Path) -> None:
    """Old: the backup was an empty 4 KB file reported as written, and restoring it wiped the
    data (with an empty safety copy)."""
    folder = tmp_path / "数据 #1?a=%20b%"
    where, store, admin = station(folder)
    try:
        assert where.data_dir == folder
        assert peek_station(where.db_url) == ("测试驿站", "zh_CN")
        create_resident(store, admin, ResidentInput(name="赵一"))
        made = backup_now(store, admin)
        assert made.parent == folder / "backups"
        assert residents_in(made) == 1
        create_resident(store, admin, ResidentInput(name="钱二"))
        done = restore(store, made, admin)
        assert names(store) == {"赵一"}
        assert done.safety is not None and residents_in(done.safety) == 2
    finally:
        store.close()


def corrupt_an_index(db: Path) -> None:
    """An index that no longer matches its table: integrity_check names it, quick_check and
    the online backup API copy it as it is."""
    conn = sqlite3.connect(db)
    conn.executescript(
        """
        CREATE TABLE scratch (x INTEGER, y INTEGER);
        INSERT INTO scratch VALUES (1, 10), (2, 20), (3, 30);
        CREATE INDEX scratch_x ON scratch (x);
        """
    )
    conn.commit()
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX scratch_x ON scratch (y)' "
        "WHERE name = 'scratch_x'"
    )
    conn.commit()
    conn.close()


def test_a_backup_that_fails_its_check_is_removed_and_keeps_the_older_ones(
    tmp_path: Path, store: Store, admin: Actor
) -> None:
    """Old: the damaged copy was 'backup written', and rotation removed a good older one."""
    with store.write(admin) as s:
        set_setting(s, "backup_keep", 3)
    older = [make_backup(store.sqlite_path, tmp_path) for _ in range(3)]  # type: ignore[arg-type]
    store.close()
    corrupt_an_index(tmp_path / "gridesk.db")
    with pytest.raises(StoreError, match="failed its check and was removed"):
        make_backup(tmp_path / "gridesk.db", tmp_path, reason="daily")
    assert sorted(b.path for b in list_backups(tmp_path)) == sorted(older)
    assert not list((tmp_path / "backups").glob("*.partial"))


def future_backup(made: Path) -> None:
    conn = sqlite3.connect(made)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()


def no_active_admin(made: Path) -> None:
    conn = sqlite3.connect(made)
    conn.execute("UPDATE users SET active = 0")
    conn.commit()
    conn.close()


def never_set_up(made: Path) -> None:
    conn = sqlite3.connect(made)
    conn.executescript("PRAGMA foreign_keys = OFF; DELETE FROM installation;")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("spoil", "says"),
    [
        (future_backup, "made by a newer GriDesk"),
        (never_set_up, "never set up"),
        (no_active_admin, "no active administrator"),
    ],
)
def test_restore_refuses_a_backup_the_desk_could_not_work_on(
    tmp_path: Path, store: Store, admin: Actor, spoil: Any, says: str
) -> None:
    """Old: a newer or an uninitialised backup replaced the live database and left the desk
    dead. The live database is not touched: no safety copy, the same residents."""
    create_resident(store, admin, ResidentInput(name="赵一"))
    made = make_backup(store.sqlite_path, tmp_path, to=tmp_path / "outside" / "b.db")  # type: ignore[arg-type]
    spoil(made)
    create_resident(store, admin, ResidentInput(name="钱二"))
    with pytest.raises(StoreError, match=says):
        restore(store, made, admin)
    assert names(store) == {"赵一", "钱二"}
    assert list_backups(tmp_path) == []


HOLDER = """
import sys
from pathlib import Path
from gridesk.core.store import open_store
folder = Path(sys.argv[1])
store = open_store(sys.argv[2], folder)
store.station()
from gridesk.core.open_desks import signed_in  # noqa: E402
signed_in("front1")
print("ready", flush=True)
sys.stdin.readline()
"""


def test_restore_is_refused_while_another_process_has_the_database_open(
    tmp_path: Path, store: Store, admin: Actor
) -> None:
    """Old: the restore went ahead and the other desk's later work vanished. Refused naming
    who; once that program has ended (even killed), the restore goes ahead."""
    create_resident(store, admin, ResidentInput(name="赵一"))
    made = make_backup(store.sqlite_path, tmp_path)  # type: ignore[arg-type]
    create_resident(store, admin, ResidentInput(name="钱二"))
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path), f"sqlite:///{tmp_path / 'gridesk.db'}"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as other:
        try:
            assert other.stdout is not None and other.stdout.readline().strip() == "ready"
            with pytest.raises(StoreError) as refused:
                restore(store, made, admin)
            said = str(refused.value)
            assert "open elsewhere" in said and "front1" in said and f"pid {other.pid}" in said
            assert names(store) == {"赵一", "钱二"}
            assert [b.reason for b in list_backups(tmp_path)] == ["manual"]
        finally:
            other.send_signal(signal.SIGKILL)  # killed: its mark beside the file stays behind
            other.wait(timeout=30)
    done = restore(store, made, admin)
    assert done.audited and names(store) == {"赵一"}


def test_safety_copies_follow_the_admins_retention(
    tmp_path: Path, store: Store, admin: Actor
) -> None:
    """Old: the copy made before a restore kept 20, removing backups the admin asked to keep."""
    with store.write(admin) as s:
        set_setting(s, "backup_keep", 30)
    made = [backup_now(store, admin) for _ in range(25)]
    done = restore(store, made[0], admin)
    kept = {b.path for b in list_backups(tmp_path)}
    assert kept == {*made, done.safety}


def test_the_command_line_restore_says_where_the_safety_copy_is(
    tmp_path: Path, store: Store, admin: Actor
) -> None:
    made = make_backup(store.sqlite_path, tmp_path)  # type: ignore[arg-type]
    store.close()
    proc = subprocess.run(
        [sys.executable, "-m", "gridesk", "restore", str(made), "--data-dir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    [safety] = [b.path for b in list_backups(tmp_path) if b.reason == "before_restore"]
    assert str(safety) in proc.stdout


SMALL_DISK = """
import sys
from pathlib import Path
from gridesk.core.backup_files import make_backup
from gridesk.errors import StoreError
try:
    make_backup(Path(sys.argv[1]), Path(sys.argv[2]), to=Path(sys.argv[3]) / "b.db")
except StoreError as exc:
    print("refused:", exc)
"""


def test_not_enough_free_space_is_said_before_writing(
    tmp_path: Path, store: Store, admin: Actor
) -> None:
    """A 2 MB file system (a tmpfs of a mount namespace of its own) and a 3 MB database.
    Old: SQLite's 'database or disk is full' and a .partial file left behind."""
    if shutil.which("unshare") is None or sys.platform != "linux":
        pytest.skip("needs unshare (Linux) for a small file system of its own")
    with store.write(admin) as s:
        set_setting(s, "padding", "x" * 3_000_000)
    small = tmp_path / "small"
    small.mkdir()
    script = (
        f"mount -t tmpfs -o size=2m none {small} && "
        f'"{sys.executable}" -c "$0" "$1" "$2" "$3" && ls -A {small}'
    )
    proc = subprocess.run(
        [
            *("unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script),
            *(SMALL_DISK, str(store.sqlite_path), str(tmp_path), str(small)),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if "mount" in proc.stderr and proc.returncode != 0:
        pytest.skip(f"no mount namespace here: {proc.stderr.strip()}")
    lines = proc.stdout.splitlines()
    assert lines and lines[0].startswith("refused: Not enough free space"), proc.stdout
    assert "MB is free" in lines[0]
    assert lines[1:] == []  # nothing at all on the small disk, not even a .partial


def test_data_folder_database_backups_and_logs_are_private_on_linux(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("file modes are Linux's")
    root = logging.getLogger()
    handlers = list(root.handlers)
    old = os.umask(0o022)
    try:
        folder = tmp_path / "data"
        _, store, admin = station(folder)
        made = backup_now(store, admin)
        for h in [h for h in handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
            root.removeHandler(h)  # so this test's log is made here
        log = setup_logging(folder)
        store.close()
    finally:
        os.umask(old)
        for h in root.handlers[:]:
            if h not in handlers:
                root.removeHandler(h)
                h.close()
        for h in handlers:
            if h not in root.handlers:
                root.addHandler(h)

    def mode(p: Path) -> int:
        return stat.S_IMODE(p.stat().st_mode)

    assert mode(folder) == 0o700
    assert mode(folder / "gridesk.db") == 0o600
    assert mode(folder / "backups") == 0o700
    assert mode(made) == 0o600
    assert mode(log.parent) == 0o700
    assert mode(log) == 0o600


def test_a_read_only_database_gets_no_backup_file(
    tmp_path: Path, store: Store, admin: Actor
) -> None:
    """Opened read-only, the backup cannot be recorded: old, the file was written and then the
    audit failed; now nothing is written."""
    store.close()
    url = f"sqlite:///{(tmp_path / 'gridesk.db').as_uri()}?mode=ro&uri=true"
    read_only = open_store(url, tmp_path)
    try:
        out = tmp_path / "out"
        with pytest.raises(Exception) as failed:
            backup_now(read_only, admin, to=out / "b.db")
        assert "INSERT" not in str(failed.value)
        assert not out.exists() or list(out.iterdir()) == []
        assert list_backups(tmp_path) == []
    finally:
        read_only.close()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_read_only_database_gets_no_export_file(
    tmp_path: Path, store: Store, admin: Actor, suffix: str
) -> None:
    """An export of residents is audited; opened read-only, the audit cannot be written. Old:
    the file was written and then the command failed; now the file never appears."""
    from gridesk.core.residents.records import ResidentFilter
    from gridesk.exchange.residents_io import export_residents

    store.close()
    url = f"sqlite:///{(tmp_path / 'gridesk.db').as_uri()}?mode=ro&uri=true"
    read_only = open_store(url, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    try:
        with pytest.raises(GrideskError):
            export_residents(read_only, admin, ResidentFilter(), out / f"residents{suffix}")
        assert list(out.iterdir()) == []
    finally:
        read_only.close()


def signed_in_session(qtbot: Any, folder: Path) -> Any:
    from PySide6.QtWidgets import QApplication

    from gridesk.ui.app import Session
    from gridesk.ui.desk import Desk

    where, store, admin = station(folder)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    session = Session(app, store, where, demo=False)
    session.desk = Desk(store, admin, where)
    return session


def test_the_daily_backup_after_sign_in_in_a_folder_named_with_percent(
    qtbot: Any, tmp_path: Path
) -> None:
    """Old: the daily backup opened ``file:…%25…`` as another file, its error escaped
    show_main, and GriDesk ended right after sign-in."""
    session = signed_in_session(qtbot, tmp_path / "数据%25")
    try:
        session.show_main()
        assert session.window is not None and session.window.isVisible()
        [daily] = list_backups(session.where.data_dir)
        assert daily.reason == "daily" and residents_in(daily.path) == 0
    finally:
        if session.window is not None:
            session.window.close()
        session.store.close()


def test_a_failing_daily_backup_never_closes_the_app_and_leaves_no_partial_file(
    qtbot: Any, tmp_path: Path
) -> None:
    """A backup that fails its check is logged and removed; the desk goes on. A .partial left
    by a backup killed earlier is cleaned at start."""
    session = signed_in_session(qtbot, tmp_path)
    session.store.close()
    corrupt_an_index(tmp_path / "gridesk.db")
    folder = tmp_path / "backups"
    folder.mkdir(exist_ok=True)
    (folder / "gridesk-20261124-230000-000000-daily.db.partial").write_bytes(b"half")
    try:
        session.show_main()
        assert session.window is not None and session.window.isVisible()
        assert list_backups(tmp_path) == []
        assert list(folder.glob("*.partial")) == []
    finally:
        if session.window is not None:
            session.window.close()
        session.store.close()


def test_restore_counts_every_resident(tmp_path: Path, store: Store, admin: Actor) -> None:
    """The restored database holds what the backup held, row for row."""
    for i in range(5):
        create_resident(store, admin, ResidentInput(name=f"居民{i}"))
    made = backup_now(store, admin)
    create_resident(store, admin, ResidentInput(name="后来的"))
    restore(store, made, admin)
    with store.read() as s:
        assert s.execute(select(func.count()).select_from(Resident)).scalar_one() == 5
