"""Where GriDesk finds its shipped resources and keeps its data."""

from __future__ import annotations

import os
import stat
import sys
from contextlib import suppress
from pathlib import Path

APP_NAME = "GriDesk"
ANCHORS_FILE = "anchors.txt"  # the chain heads, kept outside the database (core/anchors.py)


def resources_dir() -> Path:
    """The shipped resources: fonts, translations, icons.

    In a checkout they sit beside the package; in a wheel they are inside it; in a
    PyInstaller bundle they are under ``sys._MEIPASS``.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = []
    if bundle:
        candidates.append(Path(bundle) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here.parent / "resources", here / "resources"]
    for path in candidates:
        if path.is_dir():
            return path
    raise FileNotFoundError("GriDesk resources folder not found")


def resource_path(relative: str) -> Path:
    return resources_dir() / relative


def cjk_font_path() -> Path:
    """The CJK TrueType font GriDesk ships (WenQuanYi Micro Hei, Apache-2.0)."""
    return resource_path("fonts/wqy-microhei.ttc")


def default_data_dir() -> Path:
    env = os.environ.get("GRIDESK_DATA_DIR")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


# SQLite files are named by URIs in two places: SQLAlchemy's URL (``sqlite:///…``) and
# sqlite3's own ``file:`` URI (read-only opening). A folder may be called anything (``#``,
# ``?``, ``%``, spaces, Chinese): both are built here, percent-encoded, and read back here.


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of a SQLite file, whatever characters its path holds."""
    return f"sqlite:///{Path(path).absolute().as_uri()}?uri=true"


def sqlite_uri(path: Path, mode: str = "ro") -> str:
    """sqlite3's ``file:`` URI of a file, opened in ``mode`` (``ro``, ``rw``, ``rwc``); for
    ``sqlite3.connect(uri, uri=True)``."""
    return f"{Path(path).absolute().as_uri()}?mode={mode}"


def sqlite_file(url: str) -> Path | None:
    """The file a SQLite URL names (plain ``sqlite:///PATH`` or the ``file:`` URI form of
    :func:`sqlite_url`); None for another database or one in memory. Standard library only:
    the sign-in window reads the station's name before SQLAlchemy is loaded."""
    from urllib.parse import parse_qs, urlsplit
    from urllib.request import url2pathname

    scheme, sep, rest = url.partition("://")
    if not sep or scheme.split("+")[0] != "sqlite" or not rest.startswith("/"):
        return None
    database, _, query = rest[1:].partition("?")
    if database.startswith("file:") and parse_qs(query).get("uri", [""])[0].lower() in (
        "true",
        "1",
    ):
        database = url2pathname(urlsplit(database).path)
    if not database or database == ":memory:":
        return None
    return Path(database)


# The data folder holds residents' ID and phone numbers: on Linux only its owner may enter it,
# and the database, its backups and the logs are readable by their owner only (Windows keeps
# a user's application data private by itself).
FOLDER_MODE = 0o700
FILE_MODE = 0o600


def private_folder(folder: Path) -> Path:
    """Make ``folder`` (and its parents) if missing, entered by its owner only.

    A shared folder (sticky, as /tmp) or one owned by another user is left as it is: a data
    folder pointed at /tmp must not lock every other user out of it.
    """
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    if os.name == "posix":
        st = folder.stat()
        if not st.st_mode & stat.S_ISVTX and st.st_uid == os.getuid():
            os.chmod(folder, stat.S_IMODE(st.st_mode) & ~0o077)
    return folder


def private_file(path: Path) -> None:
    """Make ``path`` readable (and writable) by its owner only; created empty if missing."""
    if not path.exists():
        with suppress(FileExistsError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    if os.name == "posix":  # a file made read-only stays so: only others' bits are taken away
        os.chmod(path, stat.S_IMODE(path.stat().st_mode) & ~0o077)
