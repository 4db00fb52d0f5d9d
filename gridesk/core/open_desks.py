"""Who has a SQLite database open: every running GriDesk says so beside the file, so that a
restore can refuse while another desk or process works on it (and name who).

Beside ``gridesk.db`` a folder ``gridesk.db-open`` holds, for each open store, a lock file held
for as long as the store is open and a small JSON file saying who it is (user, GriDesk user
once signed in, program, computer, process, since when). A restore takes ``restore.lock`` there,
then tries every other lock: one it can take belongs to a program that ended (even killed), and
is cleared; one it cannot take is a live desk, and the restore is refused naming it. A store
opening while a restore holds ``restore.lock`` waits a moment for it, or is refused.

Only exclusive, non-blocking locks of whole files are used (``filelock``: ``flock`` on Linux,
``msvcrt.locking`` on Windows), one file per holder, so it works alike on both, between
processes and between two stores of one process. The order (a desk locks its own file before
looking at ``restore.lock``; a restore locks ``restore.lock`` before looking at the desks)
means one of the two always sees the other.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import socket
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from gridesk import clock
from gridesk.errors import QT_TRANSLATE_NOOP, StoreError
from gridesk.paths import private_folder

log = logging.getLogger(__name__)

RESTORE_LOCK = "restore.lock"
WAIT_FOR_RESTORE = 30.0
"""Seconds a store being opened waits for a restore under way to finish."""

_live: set[Presence] = set()
_live_guard = threading.Lock()
_signed_in = ""


def folder_of(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + "-open")


def _lock(path: Path) -> FileLock:
    return FileLock(
        path,
        timeout=0,
        blocking=False,
        thread_local=False,
        is_singleton=False,
        fallback_to_soft=False,  # a mark left by a killed program must not look alive
        preserve_lock_file=path.name == RESTORE_LOCK,
    )


@dataclass(frozen=True)
class Holder:
    """Someone with the database open, as it said of itself."""

    user: str
    gridesk_user: str
    program: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        who = self.gridesk_user or self.user
        return f"{who} ({self.program}, {self.host}, pid {self.pid}, since {self.since})"


class Presence:
    """This store's mark beside the database: held from the first connection to ``leave``."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._guard = threading.Lock()
        self._lock: FileLock | None = None
        self._info: Path | None = None

    def enter(self) -> None:
        """Mark the database as open here (again, after ``leave``); idempotent."""
        with self._guard:
            if self._lock is not None:
                return
            folder = private_folder(folder_of(self.db_path))
            deadline = time.monotonic() + WAIT_FOR_RESTORE
            while True:
                token = f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
                info = folder / f"{token}.json"
                info.write_text(json.dumps(_describe_self()), encoding="utf-8")
                lock = _lock(folder / f"{token}.lock")
                lock.acquire()
                if not _restore_under_way(folder):
                    break
                lock.release()
                _remove(folder, token)
                if time.monotonic() > deadline:
                    raise StoreError(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "A backup is being restored into this database. Try again in a minute.",
                        )
                    )
                time.sleep(0.2)
            self._lock, self._info = lock, info
        with _live_guard:
            _live.add(self)

    def leave(self) -> None:
        with self._guard:
            lock, info = self._lock, self._info
            self._lock = self._info = None
        with _live_guard:
            _live.discard(self)
        if lock is None or info is None:
            return
        lock.release()
        _remove(info.parent, info.stem)

    def refresh(self) -> None:
        with self._guard:
            if self._info is not None:
                with suppress(OSError):
                    self._info.write_text(json.dumps(_describe_self()), encoding="utf-8")


def signed_in(username: str) -> None:
    """Name the GriDesk user of this program in every database it has open."""
    global _signed_in
    _signed_in = username
    with _live_guard:
        live = list(_live)
    for presence in live:
        presence.refresh()


@contextmanager
def alone(db_path: Path) -> Iterator[None]:
    """Hold the database for a restore: refused (naming who) while anyone else has it open;
    while held, no store opens it."""
    folder = private_folder(folder_of(db_path))
    restore_lock = _lock(folder / RESTORE_LOCK)
    try:
        restore_lock.acquire()
    except Timeout:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "Another restore of this database is under way.")
        ) from None
    try:
        holders = _holders(folder)
        if holders:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The database is open elsewhere: {holders}. Close GriDesk there first, "
                    "then restore.",
                ),
                holders="; ".join(h.describe() for h in holders),
            )
        yield
    finally:
        restore_lock.release()


def nobody_else(db_path: Path) -> bool:
    """True when no other live store has the database open (stale marks are cleared)."""
    folder = folder_of(db_path)
    return not folder.is_dir() or not _holders(folder)


def _holders(folder: Path) -> list[Holder]:
    """Every other live holder; marks left by programs that ended are removed."""
    with _live_guard:
        mine = {p._info.stem for p in _live if p._info is not None and p._info.parent == folder}
    found = []
    for path in sorted(folder.glob("*.lock")):
        token = path.stem
        if path.name == RESTORE_LOCK or token in mine:
            continue
        probe = _lock(path)
        try:
            probe.acquire()
        except Timeout:
            found.append(_read_holder(folder / f"{token}.json"))
            continue
        probe.release()
        _remove(folder, token)
    return found


def _restore_under_way(folder: Path) -> bool:
    probe = _lock(folder / RESTORE_LOCK)
    try:
        probe.acquire()
    except Timeout:
        return True
    probe.release()
    return False


def _describe_self() -> dict[str, object]:
    try:
        user = getpass.getuser()
    except Exception:  # no login name (a service account): the process still counts
        user = "?"
    return {
        "user": user,
        "gridesk_user": _signed_in,
        "program": " ".join(Path(a).name for a in sys.argv[:2]) or "python",
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "since": clock.local_now().strftime("%Y-%m-%d %H:%M"),
    }


def _read_holder(info: Path) -> Holder:
    try:
        data = json.loads(info.read_text(encoding="utf-8"))
        return Holder(
            str(data["user"]),
            str(data.get("gridesk_user", "")),
            str(data["program"]),
            str(data["host"]),
            int(data["pid"]),
            str(data["since"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return Holder("?", "", "?", "?", 0, "?")


def _remove(folder: Path, token: str) -> None:
    for suffix in (".json", ".lock"):
        with suppress(OSError):
            (folder / f"{token}{suffix}").unlink()
