"""Telling the person at the desk what happened, in their language; details go to the log."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from gridesk.errors import GrideskError
from gridesk.ui.i18n import error_text

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """A GriDesk error says what to do; a database error is told plainly (never the driver's
    text, which holds SQL and values); anything else is logged and reported plainly."""
    plain = as_gridesk_error(exc)
    if plain is not None:
        text = error_text(plain)
        if plain is exc:
            log.info("refused: %s", exc)
        else:
            log.warning("database error: %s", plain.message, exc_info=exc)
    else:
        log.error("unexpected error", exc_info=exc)
        text = QCoreApplication.translate(
            "messages",
            "Something went wrong and the action was not completed. Nothing was lost. "
            "The details were written to the log file.",
        )
    QMessageBox.warning(parent, title or QCoreApplication.translate("messages", "GriDesk"), text)


def as_gridesk_error(exc: BaseException) -> GrideskError | None:
    """``exc`` itself, or the plain error for a database driver's (``core.dialect``)."""
    if isinstance(exc, GrideskError):
        return exc
    from gridesk.core.dialect import user_error

    return user_error(exc)


def confirm(parent: QWidget | None, text: str, title: str | None = None) -> bool:
    answer = QMessageBox.question(
        parent,
        title or QCoreApplication.translate("messages", "Please confirm"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def install_excepthook(log_path: str) -> None:
    """An uncaught error shows a plain message and is logged; the app stays up."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("uncaught error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if isinstance(value, KeyboardInterrupt):
            QApplication.quit()
            return
        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        if as_gridesk_error(value) is not None:
            show_error(QApplication.activeWindow(), value)
            return
        QMessageBox.critical(
            QApplication.activeWindow(),
            QCoreApplication.translate("messages", "GriDesk"),
            QCoreApplication.translate(
                "messages",
                "An unexpected error occurred. Your data is safe; please try again. "
                "Details were written to {path}.",
            ).format(path=log_path),
        )

    sys.excepthook = hook
