"""What every command shares: its one-line error, the user's language, and the one way to
open the store and act as the installation's administrator (commands are audited as such).

Language. The command line speaks Chinese under a Chinese locale (LC_ALL, LC_MESSAGES or
LANG, the first one set, beginning with zh) and English under any other language's locale;
where the locale names no language (unset, as on Windows, or C/POSIX) it follows the
installation's language setting (read straight from the database file, read-only). Its
messages come from the same .qm translations the windows load, through QTranslator: the .qm
files are what the bundle ships (the .ts sources are not in it), and QTranslator looks them
up exactly as the windows do. Qt is loaded through gridesk.ui, and only when the language is
not English (the source texts are English), so importing the command line loads no Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from gridesk.config import Location, peek_station
from gridesk.errors import QT_TRANSLATE_NOOP, GrideskError

if TYPE_CHECKING:
    from gridesk.core.actor import Actor
    from gridesk.core.store import Store

EXIT_ERROR = 1
EXIT_USAGE = 2

Command = Callable[[argparse.Namespace, Location], int]
"""What runs a command: its parsed arguments and where the data is; returns the exit code.
Each module of gridesk.cli has `add_parsers(sub, common)` and a COMMANDS table of these."""


class CliError(Exception):
    """A one-line failure for the command line: English source text in the ``"cli"``
    translation context (QT_TRANSLATE_NOOP), with named parameters filled in after it is
    translated."""

    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        self.params = params
        super().__init__(message.format(**params) if params else message)


def _untranslated(context: str, text: str) -> str:
    return text


_translate: Callable[[str, str], str] = _untranslated


def chosen_language(where: Location) -> str:
    """zh_CN or en, as the module's docstring says."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            if value.lower().startswith("zh"):
                return "zh_CN"
            if value.split(".")[0].upper() not in ("C", "POSIX"):
                return "en"
            break
    station = peek_station(where.db_url)
    return "zh_CN" if station is not None and station[1] == "zh_CN" else "en"


# argparse's own words, in the "cli" context with ours (Python's gettext has no Chinese).
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("cli", "usage: "),
    QT_TRANSLATE_NOOP("cli", "positional arguments"),
    QT_TRANSLATE_NOOP("cli", "options"),
    QT_TRANSLATE_NOOP("cli", "show this help message and exit"),
    QT_TRANSLATE_NOOP("cli", "show program's version number and exit"),
)


class HelpFormatter(argparse.HelpFormatter):
    """Help in this run's language: every help and description text is marked
    ``QT_TRANSLATE_NOOP("cli", ...)`` where it is declared and translated here, as it is shown."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return _translate("cli", action.help) if action.help else action.help

    def add_text(self, text: str | None) -> None:
        super().add_text(_translate("cli", text) if text else text)

    def start_section(self, heading: str | None) -> None:
        super().start_section(_translate("cli", heading) if heading else heading)

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        if prefix is None:  # "" is how argparse asks for the usage line without one
            prefix = _translate("cli", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class ArgumentParser(argparse.ArgumentParser):
    """The command line's parser (its sub-commands' too): help through ``HelpFormatter``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)


def use_language(where: Location) -> str:
    """Choose the language of this run's messages; returns it."""
    global _translate
    language = chosen_language(where)
    if language == "en":
        _translate = _untranslated
    else:
        from gridesk.ui.i18n import load_translations

        _translate = load_translations(language)
    return language


def tr(text: str, **params: Any) -> str:
    """A message of the ``"cli"`` context in this run's language, its values filled in."""
    translated = _translate("cli", text)
    return translated.format(**params) if params else translated


def error_message(exc: GrideskError | CliError) -> str:
    """An error's one line in this run's language."""
    if isinstance(exc, GrideskError):
        return exc.render(_translate("errors", exc.message))
    return tr(exc.message, **exc.params)


def translate_errors(text: str) -> str:
    """Text of the ``"errors"`` context in this run's language."""
    return _translate("errors", text)


def fail_line(exc: GrideskError | CliError) -> str:
    return tr(QT_TRANSLATE_NOOP("cli", "gridesk: error: {message}"), message=error_message(exc))


def open_database(where: Location, *, initialised: bool = True) -> Store:
    """The store at ``where``; unless ``initialised`` is False, refused when not set up yet."""
    from gridesk.core.store import open_store

    store = open_store(where.db_url, where.data_dir)
    if initialised and not store.is_initialised():
        store.close()
        raise CliError(
            QT_TRANSLATE_NOOP(
                "cli", "the database at {folder} is not set up yet: run `gridesk init` first"
            ),
            folder=str(where.data_dir),
        )
    return store


def administrator(store: Store) -> Actor:
    """The installation's administrator, whom every command acts as."""
    from gridesk.core.setup import installation_admin

    return installation_admin(store)


def progress_printer(label: str) -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{label}: {done}/{total}", end="", file=sys.stderr, flush=True)

    return show
