"""Database failures reach a person as one plain line saying what to do, never as the driver's
text (which holds the SQL and the values written: names, ID and phone numbers), and the log
never holds an ID number or a mobile number.

Real files and real processes: a read-only database file, a second process holding a write, a
damaged file, a missing folder, a full disk (a tiny tmpfs where this machine allows mounting,
and SQLite's page limit everywhere).
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, text

from gridesk.config import MaskingFormatter, setup_logging
from gridesk.core.actor import Actor
from gridesk.core.dialect import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseReadOnly,
    DatabaseUnreachable,
    DiskFull,
)
from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.core.store import Store, open_store

# SQLite's own errors: a read-only, damaged, locked or full file
pytestmark = pytest.mark.sqlite_only

ID_NUMBER = "110101195003012024"
PHONE = "13912345678"
RAW_WORDS = ("SQL", "sqlite3", "parameters", "OperationalError", "INSERT", "database is locked")


def _plain(line: str) -> None:
    """One line, none of the driver's words, no personal numbers."""
    assert line.count("\n") <= 1, line
    for word in (*RAW_WORDS, ID_NUMBER, PHONE):
        assert word not in line, f"{word!r} in {line!r}"


def _cli(
    data_dir: Path, *args: str, drop_root: bool = False, language: str = "en_US.UTF-8"
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "gridesk", "--data-dir", str(data_dir), *args]
    if drop_root and os.geteuid() == 0:
        # root writes read-only files anyway; without these capabilities it is refused like
        # anyone else
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", *command]
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    env["LANG"] = language
    return subprocess.run(command, capture_output=True, text=True, timeout=180, env=env)


def _roster(folder: Path) -> Path:
    path = folder / "roster.csv"
    path.write_text(f"姓名,身份证号,手机号\n赵六,{ID_NUMBER},{PHONE}\n", encoding="utf-8")
    return path


def _log_text(data_dir: Path) -> str:
    logs = data_dir / "logs"
    return "".join(p.read_text(encoding="utf-8") for p in logs.glob("gridesk.log*"))


@pytest.fixture
def station(tmp_path: Path, _initialised_template: tuple[Path, Actor]) -> Path:
    """A set-up station's data folder (the session's set-up database, copied)."""
    folder = tmp_path / "station"
    folder.mkdir()
    shutil.copyfile(_initialised_template[0], folder / "gridesk.db")
    return folder


def test_a_read_only_database_is_one_plain_line_and_the_log_keeps_no_numbers(station: Path):
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: a read-only file is writable to root")
    (station / "gridesk.db").chmod(0o444)
    done = _cli(station, "import", "residents", str(_roster(station)), drop_root=True)
    assert done.returncode == 1
    _plain(done.stderr)
    assert "read-only" in done.stderr
    log = _log_text(station)
    assert "readonly database" in log  # the details are kept for whoever fixes it ...
    assert ID_NUMBER not in log and PHONE not in log  # ... without the resident's numbers
    # in the user's language
    done = _cli(
        station,
        "import",
        "residents",
        str(_roster(station)),
        drop_root=True,
        language="zh_CN.UTF-8",
    )
    assert done.returncode == 1
    _plain(done.stderr)
    assert "只读" in done.stderr


def test_a_damaged_file_says_restore_a_backup(station: Path):
    db = station / "gridesk.db"
    with db.open("r+b") as f:  # overwrite pages past the header with rubbish
        f.seek(4096 * 3)
        f.write(os.urandom(4096 * 20))
    done = _cli(station, "export", "residents", str(station / "out.csv"))
    assert done.returncode == 1
    _plain(done.stderr)
    assert "damaged" in done.stderr and "restore" in done.stderr
    assert not (station / "out.csv").exists()


def test_a_file_that_is_not_a_database_says_so(tmp_path: Path):
    (tmp_path / "gridesk.db").write_bytes(b"this is not SQLite " * 500)
    done = _cli(tmp_path, "export", "residents", str(tmp_path / "out.xlsx"))
    assert done.returncode == 1
    _plain(done.stderr)
    assert "damaged or is not a GriDesk database" in done.stderr
    assert "file is not a database" not in done.stderr


def test_a_missing_folder_says_check_the_folder(tmp_path: Path):
    gone = tmp_path / "usb-drive" / "gridesk" / "gridesk.db"
    done = _cli(
        tmp_path / "here", "--db-url", f"sqlite:///{gone}", "export", "residents", "out.xlsx"
    )
    assert done.returncode == 1
    _plain(done.stderr)
    assert "folder is missing" in done.stderr
    assert "unable to open database file" not in done.stderr


def test_a_missing_folder_in_the_window_is_a_plain_message(qapp, tmp_path: Path):
    """What the windows' one error display (messages.show_error, also the excepthook's) shows
    for what the driver really raises when the data folder has gone: the plain message in the
    interface language, not the driver's text. (The box itself is not opened here: opening a
    modal box from this test aborted Qt once in a long random-order run.)"""
    from gridesk.ui.i18n import error_text
    from gridesk.ui.messages import as_gridesk_error

    engine = create_engine(f"sqlite:///{tmp_path / 'gone' / 'gridesk.db'}")
    try:
        with pytest.raises(Exception) as raised, engine.connect() as conn:
            conn.execute(text("SELECT :v"), {"v": ID_NUMBER})
    finally:
        engine.dispose()
    plain = as_gridesk_error(raised.value)
    assert isinstance(plain, DatabaseUnreachable)
    shown = error_text(plain)
    _plain(shown)
    assert "folder is missing" in shown


# -- a desk waits for another's write ------------------------------------------------------


_HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from gridesk.core.store import open_store
    from gridesk.core.setup import installation_admin
    from gridesk.core.models import Setting

    folder = Path(sys.argv[1])
    store = open_store(f"sqlite:///{folder / 'gridesk.db'}", folder)
    admin = installation_admin(store)
    with store.write(admin) as s:       # a big import's one transaction
        s.add(Setting(key="held", value="1"))
        s.flush()
        print("holding", flush=True)
        sys.stdin.readline()            # until the test lets go
    print("done", flush=True)
    """
)


@pytest.fixture
def held(station: Path) -> Iterator[subprocess.Popen[str]]:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(station)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdin is not None
    assert holder.stdout.readline().strip() == "holding"
    yield holder
    holder.stdin.close()
    assert holder.stdout.read().strip() == "done"  # its write was kept, untouched
    holder.stdout.close()
    holder.wait(timeout=60)


@pytest.mark.slow
def test_a_save_while_another_process_writes_names_who_holds_the_database(
    station: Path, held: subprocess.Popen[str], _initialised_template: tuple[Path, Actor]
):
    store = open_store(f"sqlite:///{station / 'gridesk.db'}", station, backup_first=False)
    try:
        with pytest.raises(DatabaseBusy) as refused:
            create_resident(
                store,
                _initialised_template[1],
                ResidentInput(name="赵六", id_number=ID_NUMBER, phone=PHONE),
            )
    finally:
        store.close()
    message = str(refused.value)
    _plain(message)
    assert "admin (cli)" in message  # who: the holder's account
    assert refused.value.params["seconds"] >= 0  # and for how long
    assert " s " in message


@pytest.mark.slow
def test_a_save_while_a_plain_connection_writes_says_busy(store: Store, admin: Actor):
    path = store.sqlite_path
    assert path is not None
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusy) as refused:
            create_resident(store, admin, ResidentInput(name="赵六", phone=PHONE))
    finally:
        other.execute("ROLLBACK")
        other.close()
    _plain(str(refused.value))
    assert "busy" in str(refused.value)
    # and once the other desk is done, the same save goes through
    assert create_resident(store, admin, ResidentInput(name="赵六", phone=PHONE)).name == "赵六"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names programs from /proc")
def test_a_database_held_by_another_program_names_that_program(store: Store, admin: Actor):
    """Another program (here a plain Python, as DB Browser for SQLite would be) holds the
    write lock: the refusal names it, so the desk knows what to close (old: "busy with another
    desk's work", and no desk was)."""
    path = store.sqlite_path
    assert path is not None
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\n"
            "print('holding', flush=True)\n"
            "time.sleep(120)\n",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        name = Path(f"/proc/{holder.pid}/comm").read_text().strip()
        with pytest.raises(DatabaseBusy) as refused:
            create_resident(store, admin, ResidentInput(name="赵六", phone=PHONE))
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    _plain(str(refused.value))
    assert f"another program ({name})" in str(refused.value)


# -- a full disk -----------------------------------------------------------------------------


def test_a_full_database_says_free_some_space(store: Store, admin: Actor):
    """SQLite's page limit: the same SQLITE_FULL a full disk gives."""
    with store.read() as s:
        pages = s.execute(text("PRAGMA page_count")).scalar_one()
    store.close()
    event.listen(
        store.engine,
        "connect",
        lambda conn, _rec: conn.execute(f"PRAGMA max_page_count = {int(pages) + 1}"),
    )
    with pytest.raises(DiskFull) as refused:
        for n in range(500):
            create_resident(store, admin, ResidentInput(name=f"居民{n}", notes="备注" * 2000))
    _plain(str(refused.value))
    assert "full" in str(refused.value)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "tiny"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tiny tmpfs needs root")
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], capture_output=True
    )
    if made.returncode != 0:
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.mark.slow
def test_a_full_disk_is_one_plain_line(tiny_disk: Path, station: Path):
    shutil.copyfile(station / "gridesk.db", tiny_disk / "gridesk.db")
    rows = ["姓名,手机号,备注"]
    rows += [f"居民{n},{PHONE},{'长' * 3000}{n}" for n in range(2000)]
    big = station / "big.csv"
    big.write_text("\n".join(rows) + "\n", encoding="utf-8")
    done = _cli(
        station,
        "--db-url",
        f"sqlite:///{tiny_disk / 'gridesk.db'}",
        "import",
        "residents",
        str(big),
    )
    assert done.returncode == 1
    _plain(done.stderr)
    assert "full" in done.stderr


# -- the log ---------------------------------------------------------------------------------


def test_the_log_masks_id_and_mobile_numbers_in_messages_and_tracebacks(tmp_path: Path):
    root = logging.getLogger()
    before = list(root.handlers)
    setup_logging(tmp_path)  # adds the file handler unless an earlier test did
    try:
        handler = next(h for h in root.handlers if isinstance(h, RotatingFileHandler))
        assert isinstance(handler.formatter, MaskingFormatter)
        path = Path(handler.baseFilename)
        log = logging.getLogger("gridesk.test")
        log.warning("resident %s, phone %s", ID_NUMBER, PHONE)
        try:
            raise ValueError(f"bad row {ID_NUMBER.lower()[:-1]}x {PHONE}")
        except ValueError:
            log.exception("import failed")
        handler.flush()
    finally:
        for h in root.handlers[:]:
            if h not in before:
                root.removeHandler(h)
                h.close()
    written = path.read_text(encoding="utf-8")
    assert ID_NUMBER not in written and PHONE not in written
    assert ID_NUMBER[:-1] not in written
    assert "1101**********2024" in written and "139****5678" in written
    assert "Traceback" in written  # the traceback is kept, masked
    # ids, times and other long numbers stay as they are
    ident = uuid.uuid4().hex
    assert (
        MaskingFormatter().format(logging.makeLogRecord({"msg": f"{ident} 20261125100000123"}))
        == f"{ident} 20261125100000123"
    )


def test_open_refuses_a_damaged_store_in_process(tmp_path: Path, _migrated_template: Path):
    shutil.copyfile(_migrated_template, tmp_path / "gridesk.db")
    with (tmp_path / "gridesk.db").open("r+b") as f:
        f.seek(4096 * 2)
        f.write(b"\xff" * 4096 * 10)
    with pytest.raises(DatabaseDamaged):
        open_store(f"sqlite:///{tmp_path / 'gridesk.db'}", tmp_path)


def test_classes_are_store_errors():
    from gridesk.errors import StoreError

    for kind in (DatabaseBusy, DatabaseDamaged, DatabaseReadOnly, DatabaseUnreachable, DiskFull):
        assert issubclass(kind, StoreError)
