"""Where this run keeps its data: command-line flags, then environment, then defaults."""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from dataclasses import dataclass
from pathlib import Path

from gridesk.paths import (
    default_data_dir,
    private_file,
    private_folder,
    sqlite_file,
    sqlite_uri,
    sqlite_url,
)

DB_FILE = "gridesk.db"
DEMO_ADMIN = ("admin", "demo123")


@dataclass(frozen=True)
class Location:
    data_dir: Path
    db_url: str

    @classmethod
    def resolve(
        cls, data_dir: str | None = None, db_url: str | None = None, demo: bool = False
    ) -> Location:
        folder = Path(data_dir).expanduser() if data_dir else default_data_dir()
        if demo:
            folder = folder / "demo"
        folder = folder.resolve()
        url = db_url or os.environ.get("GRIDESK_DB_URL") or sqlite_url(folder / DB_FILE)
        return cls(folder, url)


def peek_station(db_url: str) -> tuple[str, str] | None:
    """The station's name and interface language, read straight from a SQLite file.

    Cheap enough to run before SQLAlchemy is loaded, so the sign-in window shows at once.
    None when there is no such file yet, it is not set up, or it is not SQLite.
    """
    import json
    import sqlite3

    path = sqlite_file(db_url)
    if path is None or not path.is_file():
        return None
    try:
        conn = sqlite3.connect(sqlite_uri(path), uri=True, timeout=5)
        try:
            row = conn.execute(
                "SELECT s.name FROM stations s JOIN installation i ON i.station_id = s.id"
            ).fetchone()
            lang = conn.execute("SELECT value FROM settings WHERE key = 'language'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    if row is None:
        return None
    return row[0], json.loads(lang[0]) if lang else "zh_CN"


# An ID number (17 digits and a check character) or a mainland mobile number (11 digits from
# 1[3-9]), not inside a longer run of letters or digits (ids, hashes, times stay whole).
_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])(\d{4})\d{10}(\d{3}[\dXx])(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<![0-9A-Za-z])(1[3-9]\d)\d{4}(\d{4})(?![0-9A-Za-z])")


def mask_personal_numbers(text: str) -> str:
    """``text`` with ID numbers and mobile numbers masked (``1101**********1234``,
    ``138****5678``): what may be written to a log."""
    text = _ID_NUMBER.sub(lambda m: f"{m[1]}**********{m[2]}", text)
    return _MOBILE.sub(lambda m: f"{m[1]}****{m[2]}", text)


class MaskingFormatter(logging.Formatter):
    """Formats a record whole (message, values, traceback) and masks what it must not keep:
    a log file is read by whoever fixes the computer, and sent along with questions."""

    def format(self, record: logging.LogRecord) -> str:
        return mask_personal_numbers(super().format(record))


def setup_logging(data_dir: Path, *, console: bool = False) -> Path:
    """Details go to a rotating log file in the data folder, never to the user's screen; no
    line holds an ID number or a mobile number (:class:`MaskingFormatter`)."""
    private_folder(data_dir)
    logs = private_folder(data_dir / "logs")
    path = logs / "gridesk.log"
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = _PrivateLog(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(MaskingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    if console:
        stream = logging.StreamHandler()
        stream.setFormatter(MaskingFormatter())
        logging.getLogger().addHandler(stream)
    return path


class _PrivateLog(logging.handlers.RotatingFileHandler):
    """The log file, and each one it rotates to, readable by its owner only."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        private_file(Path(self.baseFilename))
        return stream
