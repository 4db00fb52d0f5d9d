"""An uncaught error is logged and told plainly, and the app goes on; idle time locks."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from gridesk.ui.main_window import IdleWatcher
from gridesk.ui.messages import install_excepthook


def test_uncaught_error_is_logged_and_shown(qtbot, caplog, tmp_path):
    shown = []

    def read_and_close():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    previous = sys.excepthook
    install_excepthook(str(tmp_path / "gridesk.log"))
    try:
        QTimer.singleShot(0, read_and_close)
        with caplog.at_level(logging.ERROR):
            try:
                raise ZeroDivisionError("boom in a slot")
            except ZeroDivisionError:
                sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    assert "boom in a slot" in caplog.text and "Traceback" in caplog.text
    assert len(shown) == 1 and "boom" not in shown[0] and "gridesk.log" in shown[0]


def test_idle_watcher_fires_after_quiet_time_and_input_resets_it(qtbot, qapp):
    watcher = IdleWatcher(2, minute_ms=150)  # two "minutes" of 150 ms
    qapp.installEventFilter(watcher)
    try:
        widget = QWidget()
        qtbot.addWidget(widget)
        with qtbot.waitSignal(watcher.idle, timeout=3000):
            pass
        watcher.set_minutes(2)
        qtbot.wait(200)
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # input starts the wait again
        assert watcher.remaining_ms() > 200
    finally:
        qapp.removeEventFilter(watcher)
