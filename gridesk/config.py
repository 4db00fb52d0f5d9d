"""Where this run keeps its data: command-line flags, then environment, then defaults."""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import re
import unicodedata
from dataclasses import dataclass, replace
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
DESK_FILE = "desk.json"
DEMO_ADMIN = ("admin", "demo123")
KEYRING_SERVICE = "GriDesk"
DESK_NAME_MAX = 30


@dataclass(frozen=True)
class HallServer:
    """The hall's shared PostgreSQL database, as this desk joins it (never its password)."""

    host: str
    port: int = 5432
    database: str = "gridesk"
    user: str = "gridesk"

    def url(self, password: str | None = None) -> str:
        from sqlalchemy.engine import URL

        if self.host.startswith("/"):  # a socket folder on this computer (libpq's host=)
            where: dict[str, object] = {"query": {"host": self.host, "port": str(self.port)}}
        else:
            where = {"host": self.host, "port": self.port}
        return URL.create(
            "postgresql",
            username=self.user,
            password=password or None,
            database=self.database,
            **where,  # type: ignore[arg-type]
        ).render_as_string(hide_password=False)

    @property
    def keyring_user(self) -> str:
        """The name the password is kept under in the system's keyring."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


@dataclass(frozen=True)
class DeskConfig:
    """What belongs to this computer, not to the database several desks may share: the desk's
    name (stamped on every write beside station and user) and, for a desk of a hall, where the
    hall's database is. Kept in ``desk.json`` in the data folder; never a password."""

    name: str = ""
    hall: HallServer | None = None


def read_desk_config(data_dir: Path) -> DeskConfig:
    """This computer's desk settings; the defaults when there is no file or it is unreadable
    (a desk with no name, working alone)."""
    try:
        raw = json.loads((data_dir / DESK_FILE).read_text(encoding="utf-8"))
        hall = raw.get("hall")
        return DeskConfig(
            name=str(raw.get("name", "")),
            hall=HallServer(
                host=str(hall["host"]),
                port=int(hall.get("port", 5432)),
                database=str(hall.get("database", "gridesk")),
                user=str(hall.get("user", "gridesk")),
            )
            if isinstance(hall, dict)
            else None,
        )
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return DeskConfig()


def write_desk_config(data_dir: Path, config: DeskConfig) -> None:
    """Written whole and then put in place, so a crash never leaves half a file."""
    private_folder(data_dir)
    values: dict[str, object] = {"name": config.name}
    if config.hall is not None:
        values["hall"] = {
            "host": config.hall.host,
            "port": config.hall.port,
            "database": config.hall.database,
            "user": config.hall.user,
        }
    path = data_dir / DESK_FILE
    staging = path.with_name(DESK_FILE + ".new")
    staging.write_text(json.dumps(values, ensure_ascii=False, indent=2), encoding="utf-8")
    private_file(staging)
    os.replace(staging, path)


def clean_desk_name(name: str) -> str:
    """A desk's name as kept: trimmed, 1 to 30 printable characters (e.g. 窗口2, 积分超市)."""
    from gridesk.errors import QT_TRANSLATE_NOOP, ValidationError

    name = " ".join(name.split())
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give this desk a name, e.g. Window 2."), field="desk"
        )
    if len(name) > DESK_NAME_MAX or any(unicodedata.category(c).startswith("C") for c in name):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A desk's name is at most {count} letters, without special characters."
            ),
            field="desk",
            count=DESK_NAME_MAX,
        )
    return name


def _keyring():  # type: ignore[no-untyped-def]
    """The system's keyring, or None where there is none that keeps secrets safely (no
    Secret Service on a bare Linux desk, the package missing): then the password is asked at
    each start, never written beside the app."""
    try:
        import keyring
        import keyring.errors
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring set-up is no keyring
        return None
    module = type(backend).__module__
    if getattr(backend, "priority", 0) <= 0 or module.startswith(
        ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
    ):
        return None
    return keyring


def keyring_usable() -> bool:
    return _keyring() is not None


def save_hall_password(hall: HallServer, password: str) -> bool:
    """Kept in the system's keyring; False where there is none (or it refused)."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, hall.keyring_user, password)
    except Exception:
        logging.getLogger(__name__).warning("the keyring refused the password", exc_info=True)
        return False
    return True


def hall_password(hall: HallServer) -> str | None:
    """The password kept in the keyring for this hall, or None."""
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        value = keyring.get_password(KEYRING_SERVICE, hall.keyring_user)
    except Exception:
        logging.getLogger(__name__).warning("the keyring could not be read", exc_info=True)
        return None
    return value or None


@dataclass(frozen=True)
class Location:
    data_dir: Path
    db_url: str
    hall: HallServer | None = None
    """Set when the URL comes from this desk's own settings (it joined a hall)."""

    @classmethod
    def resolve(
        cls, data_dir: str | None = None, db_url: str | None = None, demo: bool = False
    ) -> Location:
        folder = Path(data_dir).expanduser() if data_dir else default_data_dir()
        if demo:
            folder = folder / "demo"
        folder = folder.resolve()
        url = db_url or os.environ.get("GRIDESK_DB_URL")
        if url:
            return cls(folder, url)
        hall = read_desk_config(folder).hall if not demo else None
        if hall is not None:
            return cls(folder, hall.url(hall_password(hall)), hall)
        return cls(folder, sqlite_url(folder / DB_FILE))

    @property
    def needs_password(self) -> bool:
        """A hall's database whose password is not in the keyring: asked at each start."""
        if self.hall is None:
            return False
        from sqlalchemy.engine import make_url

        return not make_url(self.db_url).password

    def with_password(self, password: str) -> Location:
        assert self.hall is not None
        return replace(self, db_url=self.hall.url(password))


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
