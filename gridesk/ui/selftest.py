"""`gridesk self-test`: the real GUI signs in, visits every page, saves a screenshot.

Offscreen when there is no display, so it runs in CI and inside the PyInstaller bundle.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from gridesk.config import Location
from gridesk.core.dialect import scratch_database


def run_self_test(where: Location, screenshot: Path | None) -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from gridesk.core.auth import sign_in
    from gridesk.core.store import open_store
    from gridesk.ui.app import make_application
    from gridesk.ui.desk import Desk
    from gridesk.ui.main_window import MainWindow

    failures: list[str] = []
    app = make_application()
    with (
        tempfile.TemporaryDirectory(prefix="gridesk-selftest-") as scratch,
        # a fresh database of its own (on the desk's server, with --db-url), so self-test
        # never touches the desk's records
        scratch_database(where.db_url, Path(scratch)) as url,
    ):
        folder = Path(scratch)
        store = open_store(url, folder)
        try:
            from gridesk.core.setup import initialise
            from gridesk.demo import fill_demo

            admin = initialise(
                store,
                station_name="自检站",
                station_code="ST",
                admin_username="selftest",
                admin_password="selftest1",
            )
            fill_demo(store, admin, residents=200, seed=7)
            actor = sign_in(store, "selftest", "selftest1")
            window = MainWindow(Desk(store, actor, Location(folder, store.url)), lambda: None)
            window.resize(1366, 768)
            window.show()
            for key in window.page_keys():
                try:
                    window.show_page(key)
                    app.processEvents()
                    print(f"page {key}: ok")
                except Exception as exc:  # report every page, not just the first failure
                    failures.append(f"page {key}: {type(exc).__name__}: {exc}")
            window.show_page("residents")
            page = window.pages["residents"]
            page.search.setText("wang")
            page.apply_filter()
            app.processEvents()
            if page.model.rowCount() == 0:
                failures.append("resident search for 'wang' found nobody")
            if screenshot is not None:
                screenshot.parent.mkdir(parents=True, exist_ok=True)
                if not window.grab().save(str(screenshot)):
                    failures.append(f"could not save {screenshot}")
                else:
                    print(f"screenshot saved to {screenshot}")
            QTimer.singleShot(0, window.close)
            app.processEvents()
            # pages' pending timers (a card preview, a search) must not fire on a closed store
            for timer in window.findChildren(QTimer):
                timer.stop()
        finally:
            store.close()
    for failure in failures:
        print(failure, file=sys.stderr)
    print("self-test passed" if not failures else "self-test FAILED")
    QApplication.processEvents()
    return 0 if not failures else 1
