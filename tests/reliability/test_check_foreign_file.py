"""`gridesk check` on a file that is not GriDesk's refuses it and writes nothing into it (nor
a WAL, a journal or a migration beside it): compared byte for byte, in a real process."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def gridesk(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GRIDESK_")}
    env["GRIDESK_NOW"] = os.environ["GRIDESK_NOW"]
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    return subprocess.run(
        [sys.executable, "-m", "gridesk", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env=env,
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of the folder (not the program's log folder) and its bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "logs" not in p.relative_to(folder).parts
    }


def foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE people (name TEXT, phone TEXT)")
    conn.execute("CREATE TABLE alembic_version (version_num TEXT)")  # another Alembic program
    conn.executemany("INSERT INTO people VALUES (?, ?)", [("王五", "13800138000")] * 50)
    conn.commit()
    conn.close()


@pytest.mark.parametrize("kind", ["foreign sqlite", "text", "empty", "pdf"])
def test_check_never_writes_into_a_file_that_is_not_gridesks(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "data #1"  # a character that breaks hand-built SQLite URIs
    folder.mkdir()
    db = folder / "gridesk.db"
    if kind == "foreign sqlite":
        foreign_sqlite(db)
    elif kind == "text":
        db.write_text("姓名,手机号\n王五,13800138000\n", encoding="utf-8")
    elif kind == "pdf":
        db.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40)
    else:
        db.write_bytes(b"")
    before = snapshot(folder)

    proc = gridesk("check", "--data-dir", str(folder))

    assert snapshot(folder) == before  # same files, same bytes: no -wal, -shm, no new tables
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    assert "not a GriDesk database" in proc.stderr


def test_check_by_url_never_writes_into_a_foreign_sqlite_file(tmp_path: Path) -> None:
    db = tmp_path / "other-program.sqlite"
    foreign_sqlite(db)
    before = snapshot(tmp_path)

    proc = gridesk("check", "--db-url", f"sqlite:///{db}", "--data-dir", str(tmp_path / "data"))

    assert snapshot(tmp_path) == before
    assert proc.returncode == 1
    assert "other-program.sqlite is not a GriDesk database" in proc.stderr
