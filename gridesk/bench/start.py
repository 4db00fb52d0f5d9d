"""Start-up: the sign-in window of GriDesk next to a bare PySide6 window, each in a fresh
process."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from gridesk.bench import Figure

_START_OURS = """
import time, sys
t0 = float(sys.argv[1])
from pathlib import Path
from gridesk.config import Location, peek_station
from gridesk.ui.app import make_application, open_store_with_message
from gridesk.ui.sign_in import SignInDialog
from gridesk.paths import sqlite_url
app = make_application()
where = Location(Path(sys.argv[2]), sqlite_url(Path(sys.argv[3])))
dialog = SignInDialog(None, peek_station(where.db_url)[0])
dialog.show()
app.processEvents()
shown = time.time() - t0
store = open_store_with_message(where)
dialog.set_store(store)
app.processEvents()
print(shown, time.time() - t0)
store.close()
"""

_START_BARE = """
import time, sys
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget()
w.show()
app.processEvents()
print(time.time() - t0)
"""


def start_figures(db: Path, runs: int) -> list[Figure]:
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"

    def once(script: str, *args: str) -> list[float]:
        out = subprocess.run(
            [sys.executable, "-c", script, repr(time.time()), *args],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        return [float(v) * 1000 for v in out.stdout.strip().splitlines()[-1].split()]

    scratch = Path(tempfile.mkdtemp(prefix="gridesk-bench-"))
    try:
        ours = [once(_START_OURS, str(scratch), str(db)) for _ in range(runs)]
        bare = [once(_START_BARE)[0] for _ in range(runs)]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    bare_median = statistics.median(bare)
    return [
        Figure(
            "start to the sign-in window (median)",
            statistics.median(o[0] for o in ours),
            "ms",
            bare_median,
            1000,
            3,
        ),
        Figure(
            "  … and the database open, sign-in enabled",
            statistics.median(o[1] for o in ours),
            "ms",
            bare_median,
        ),
    ]
