"""Answering modal windows in tests: a poller on the event loop that ends with its test."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer

_generation = [0]


def end_of_test() -> None:
    _generation[0] += 1


def poll_until(step: Callable[[], bool], tries: int, interval_ms: int = 10) -> None:
    """Call ``step`` on the event loop until it returns True, the tries run out, or the test
    that started it ends."""
    mine = _generation[0]

    def run(left: int) -> None:
        if _generation[0] != mine or step() or not left:
            return
        QTimer.singleShot(interval_ms, lambda: run(left - 1))

    QTimer.singleShot(0, lambda: run(tries))
