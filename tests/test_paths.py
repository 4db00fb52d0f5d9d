"""The data folder is made private, but a shared folder it is pointed at is left as it is."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from gridesk.paths import private_folder

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def test_a_new_data_folder_is_its_owners_only(tmp_path):
    folder = private_folder(tmp_path / "data" / "gridesk")
    assert stat.S_IMODE(folder.stat().st_mode) & 0o077 == 0


def test_an_existing_open_folder_of_ours_is_closed(tmp_path):
    folder = tmp_path / "open"
    folder.mkdir()
    os.chmod(folder, 0o755)
    private_folder(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_shared_sticky_folder_such_as_tmp_is_left_open(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    private_folder(shared)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
