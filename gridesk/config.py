"""Where this run keeps its data: command-line flags, then environment, then defaults."""

from __future__ import annotations

import logging
import logging.handlers
import os
from dataclasses import dataclass
from pathlib import Path

from gridesk.paths import default_data_dir

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
        url = db_url or os.environ.get("GRIDESK_DB_URL") or f"sqlite:///{folder / DB_FILE}"
        return cls(folder.resolve(), url)


def peek_station(db_url: str) -> tuple[str, str] | None:
    """The station's name and interface language, read straight from a SQLite file.

    Cheap enough to run before SQLAlchemy is loaded, so the sign-in window shows at once.
    None when there is no such file yet, it is not set up, or it is not SQLite.
    """
    import json
    import sqlite3

    prefix = "sqlite:///"
    if not db_url.startswith(prefix):
        return None
    path = Path(db_url[len(prefix) :])
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
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


def setup_logging(data_dir: Path, *, console: bool = False) -> Path:
    """Details go to a rotating log file in the data folder, never to the user's screen."""
    logs = data_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    path = logs / "gridesk.log"
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    if console:
        logging.getLogger().addHandler(logging.StreamHandler())
    return path
