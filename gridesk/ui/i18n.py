"""Languages: zh_CN by default, English complete; our .qm plus Qt's own qtbase translations."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from gridesk.core.labels import Label
from gridesk.errors import GrideskError
from gridesk.paths import resource_path

log = logging.getLogger(__name__)

LANGUAGES = {"zh_CN": "中文（简体）", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"
_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, language: str) -> str:
    """Replace the installed translators; returns the language in force."""
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    # The source strings are English; the _en files give English its plural forms
    # ("1 record", "2 records").
    for path in translation_files(language):
        ours = QTranslator(app)
        if ours.load(str(path)):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("translation %s could not be loaded", path)
    if not _installed:
        log.warning("no %s translation found; showing English", language)
    if language == "en":
        return language  # Qt's own strings are English already
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for bundled in (resource_path("translations"), qt_dir):
        qtbase = QTranslator(app)
        if qtbase.load(f"qtbase_{language}", str(bundled)):
            app.installTranslator(qtbase)
            _installed.append(qtbase)
            break
    return language


def translation_files(language: str) -> list[Path]:
    """gridesk_<lang>.qm, and one per window (requests_<lang>.qm, points_<lang>.qm, ...)."""
    return [
        path
        for path in sorted(resource_path("translations").glob(f"*_{language}.qm"))
        if not path.name.startswith("qtbase_")
    ]


def load_translations(language: str) -> Callable[[str, str], str]:
    """``translate(context, text)`` from our .qm files, without an application: for the
    command line, which shows the same translations as the windows."""
    translators = []
    for path in translation_files(language):
        translator = QTranslator()
        if translator.load(str(path)):
            translators.append(translator)
        else:
            log.warning("translation %s could not be loaded", path)

    def translate(context: str, text: str) -> str:
        for translator in translators:
            found = translator.translate(context, text)
            if found:
                return found
        return text

    return translate


def error_text(exc: GrideskError) -> str:
    """The error's message in the interface language, with its values filled in."""
    return exc.render(QCoreApplication.translate("errors", exc.message))


def translated(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def label_text(table: Mapping[str, Label], key: str) -> str:
    """What the screens show for ``key`` of a window's label table (``core/<window>/labels.py``),
    in the interface language; ``key`` itself when the table has none."""
    label = table.get(key)
    return QCoreApplication.translate(label.context, label.text) if label is not None else key
