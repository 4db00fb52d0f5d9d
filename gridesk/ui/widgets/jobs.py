"""Work off the UI thread, with progress and cancel, and the garbage collector kept on the UI thread."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
Work = Callable[[Progress, CancelCheck], object]

PROGRESS_INTERVAL_S = 0.05  # at most ~20 progress updates a second reach the UI thread


class UiThreadCollector:
    """While someone holds it, Python's cycle collector runs only on the UI thread.

    The collector runs on whichever thread happens to allocate. On a worker it may destroy a
    Qt widget left in a reference cycle, from the wrong thread, and crash the app (seen: a
    closed dialog collected while an import ran). The known remedy (pyqtgraph's
    ``util/garbage_collector.py``) is to switch automatic collection off and collect on a
    UI-thread timer. The application holds it for its whole life; a job holds it while it
    runs (which matters where no application did, as in tests). If collection was already off
    when the first hold came, it does nothing.
    """

    INTERVAL_MS = 500
    _holders = 0
    _timer: QTimer | None = None

    @classmethod
    def hold(cls) -> None:
        cls._holders += 1
        if cls._holders == 1 and gc.isenabled():
            gc.disable()
            cls._timer = QTimer()
            cls._timer.timeout.connect(cls._collect)
            cls._timer.start(cls.INTERVAL_MS)

    @classmethod
    def release(cls) -> None:
        cls._holders -= 1
        if cls._holders == 0 and cls._timer is not None:
            cls._timer.stop()
            cls._timer = None
            gc.enable()

    @staticmethod
    def _collect() -> None:
        counts, threshold = gc.get_count(), gc.get_threshold()
        if counts[0] > threshold[0]:
            generation = 0
            if counts[1] > threshold[1]:
                generation = 2 if counts[2] > threshold[2] else 1
            gc.collect(generation)


class BackgroundJob(QThread):
    """Runs ``work(progress, cancelled)`` off the UI thread; the callbacks run on the UI thread.

    The job object lives on the UI thread, so its private signals, emitted by the worker,
    reach its own slots as queued calls, and the callbacks may touch widgets. After the last
    callback it lets go of them, so that no reference cycle keeps a window alive.
    """

    _progressed = Signal(int, int)
    _succeeded = Signal(object)
    _failed = Signal(object)

    def __init__(
        self,
        work: Work,
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
        on_progress: Progress | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._work: Work | None = work
        self._on_done: Callable[[Any], None] | None = on_done
        self._on_failed: Callable[[BaseException], None] | None = on_failed
        self._on_progress = on_progress
        self._cancel = threading.Event()
        self._last_report = 0.0
        self._holding = False
        self._progressed.connect(self._deliver_progress)
        self._succeeded.connect(self._deliver_done)
        self._failed.connect(self._deliver_failure)

    def start_work(self) -> None:
        UiThreadCollector.hold()
        self._holding = True
        self.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next check (it then raises, and the failure callback
        gets that exception)."""
        self._cancel.set()

    def drop(self) -> None:
        """Cancel, wait for the thread, and call no callback any more (the window is closing)."""
        self._cancel.set()
        self.wait()
        self._release()

    def _release(self) -> None:
        self._work = self._on_done = self._on_failed = self._on_progress = None
        if self._holding:
            self._holding = False
            UiThreadCollector.release()

    def _report(self, done: int, total: int) -> None:  # on the worker thread
        now = time.monotonic()
        if done >= total or now - self._last_report >= PROGRESS_INTERVAL_S:
            self._last_report = now
            self._progressed.emit(done, total)

    def run(self) -> None:  # on the worker thread
        work = self._work
        if work is None:
            return
        try:
            result = work(self._report, self._cancel.is_set)
        except Exception as exc:  # handed to the UI thread, which explains and logs it
            self._failed.emit(exc)
        else:
            self._succeeded.emit(result)

    @Slot(int, int)
    def _deliver_progress(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)

    @Slot(object)
    def _deliver_done(self, result: object) -> None:
        self.wait()  # the signal comes just before run() returns
        callback = self._on_done
        self._release()
        if callback is not None:
            callback(result)
        self.deleteLater()

    @Slot(object)
    def _deliver_failure(self, exc: BaseException) -> None:
        self.wait()
        callback = self._on_failed
        self._release()
        if callback is not None:
            callback(exc)
        self.deleteLater()
