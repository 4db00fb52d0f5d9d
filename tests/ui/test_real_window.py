"""The app in a real X window (Xvfb), and Chinese drawn with the font GriDesk ships."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QFontInfo, QImage, QRawFont

from gridesk.paths import cjk_font_path
from gridesk.ui.fonts import install_fonts


def test_shipped_font_covers_chinese_latin_and_digits(qapp):
    family = install_fonts(qapp)
    assert family == "WenQuanYi Micro Hei"
    assert QFontInfo(qapp.font()).family() == family
    raw = QRawFont(str(cjk_font_path()), 16)
    for ch in "居民档案单曾解仇朴区ABCxyz0123456789¥：，。":
        assert raw.supportsCharacter(ord(ch)), ch
    assert family in QFontDatabase.families()


@pytest.mark.gui_real
@pytest.mark.skipif(
    shutil.which("Xvfb") is None, reason="Xvfb is not installed (.ci/run installs it)"
)
def test_self_test_in_a_real_x_window(tmp_path: Path):
    display = f":{90 + os.getpid() % 100}"
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        shot = tmp_path / "real.png"
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "gridesk",
                "self-test",
                "--data-dir",
                str(tmp_path),
                "--screenshot",
                str(shot),
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=240,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        assert "self-test passed" in done.stdout
        image = QImage(str(shot))
        assert (image.width(), image.height()) == (1366, 768)
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)
