"""SIGKILL at random moments while redeeming: the database stays whole, no issued receipt lost.

The full run is ``python scripts/points_crash.py --cycles 100``; the suite runs a short one.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "points_crash.py"


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_writer_loses_no_issued_receipt(tmp_path):
    run = subprocess.run(
        [sys.executable, str(SCRIPT), "--cycles", "6", "--seed", "3", "--dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "all there, check passed" in run.stdout
    issued = (tmp_path / "receipts.txt").read_text().split()
    assert issued, "the writer issued no receipt between the kills"
