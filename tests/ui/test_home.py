"""The home page: a tile for each thing waiting, in the role's windows; a click opens it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gridesk.config import Location
from gridesk.core import auth
from gridesk.core.actor import Role
from gridesk.ui.desk import Desk
from gridesk.ui.main_window import MainWindow


def window_for(qtbot, store, actor, tmp_path) -> MainWindow:
    w = MainWindow(Desk(store, actor, Location(tmp_path, store.url)), lambda: None)
    qtbot.addWidget(w)
    return w


def test_tiles_follow_the_role_and_open_their_window(qtbot, store, admin, tmp_path) -> None:
    w = window_for(qtbot, store, admin, tmp_path)
    home = w.pages["home"]
    home.refresh()
    assert set(home.tiles) == {"residents", "care", "cases", "wishes", "hours", "loans", "stock"}
    assert all(label.text() == "0" for label in home.tiles.values())
    tile = home.tiles["loans"].parentWidget()
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.pages["treasure"]

    auth.create_user(store, admin, username="c", display_name="收银", role=Role.CASHIER,
                     password="secret1")  # fmt: skip
    cashier = window_for(qtbot, store, auth.sign_in(store, "c", "secret1"), tmp_path)
    assert set(cashier.pages["home"].tiles) == {"residents", "care", "stock"}
