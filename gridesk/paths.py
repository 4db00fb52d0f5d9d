"""Where GriDesk finds its shipped resources and keeps its data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "GriDesk"


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
