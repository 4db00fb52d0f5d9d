"""Crash safety of the points shop: SIGKILL the writer at random moments, then check.

    python scripts/points_crash.py [--cycles 100] [--seed S] [--dir D]

Runs gridesk.bench.points_crash with the project's .venv interpreter (this launcher uses
only the standard library); see that module for what is proved. POSIX only (SIGKILL).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def venv_python() -> Path | None:
    for candidate in (
        ROOT / ".venv" / "bin" / "python",
        ROOT / ".venv" / "Scripts" / "python.exe",
    ):
        if candidate.exists():
            return candidate
    return None


def main() -> int:
    python = venv_python()
    if python is None:
        print("points_crash: no .venv yet: run `python3 run.py test` once first", file=sys.stderr)
        return 2
    command = [str(python), "-m", "gridesk.bench.points_crash", *sys.argv[1:]]
    return subprocess.run(command, cwd=ROOT).returncode


if __name__ == "__main__":
    raise SystemExit(main())
