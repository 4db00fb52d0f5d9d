"""An installation set up before desks had names (no desk.json, the database set up) asks
for the desk's name once at start, after the first sign-in: the suggestion is the first
"Desk N" no other desk of the database goes by; Enter keeps it, Esc leaves it for the next
start. Driven by keys on a real SQLite file (or the hall's PostgreSQL)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from qt_modal import poll_until
from sqlalchemy import select

from gridesk.config import DESK_FILE, Location, read_desk_config
from gridesk.core import auth
from gridesk.core.actor import Actor, Role
from gridesk.core.desks import name_unnamed_desk
from gridesk.core.models import AuditEntry
from gridesk.core.residents.records import ResidentInput, create_resident
from gridesk.core.store import Store
from gridesk.errors import PermissionDenied
from gridesk.ui.desk import Desk
from gridesk.ui.desk_name import DeskNameDialog, ask_desk_name_if_unnamed

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def clerk(store: Store, admin: Actor) -> Actor:
    auth.create_user(store, admin, "clerk", "前台小李", Role.FRONT_DESK, "secret12")
    return auth.sign_in(store, "clerk", "secret12")


def last_audit(store: Store) -> tuple[str, str, str, str, str]:
    with store.read() as s:
        row = s.execute(
            select(
                AuditEntry.action,
                AuditEntry.entity,
                AuditEntry.entity_id,
                AuditEntry.detail,
                AuditEntry.desk,
            ).order_by(AuditEntry.seq.desc())
        ).first()
    assert row is not None
    return tuple(row)  # type: ignore[return-value]


def answer(qtbot, steps: list[str], seen: list[str]) -> None:
    """At the name dialog: note the suggestion, then type each step in place of what is
    there and press Enter ("<enter>": Enter alone, "<esc>": Esc); a refusal is noted."""

    def step() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DeskNameDialog):
            return False
        if not seen:
            seen.append(dialog.name.text())
        if not steps:
            return False
        what = steps.pop(0)
        if what == "<esc>":
            qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
            return True
        if what != "<enter>":  # "<enter>" takes the suggestion as it stands
            dialog.name.selectAll()
            qtbot.keyClick(dialog.name, Qt.Key.Key_Delete)
            qtbot.keyClicks(dialog.name, what)
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        if dialog.isVisible():
            seen.append(dialog.message.text())
        return not steps

    poll_until(step, tries=3000)


def test_an_upgraded_desk_is_asked_its_name_once_and_enter_keeps_the_suggestion(
    qtbot, store: Store, admin: Actor, clerk: Actor, monkeypatch
) -> None:
    # another desk of this database already goes by "Desk 1"
    store.desk_name = "Desk 1"
    create_resident(store, admin, ResidentInput(name="王秀英"))
    store.desk_name = ""
    assert not (store.data_dir / DESK_FILE).exists()
    desk = Desk(store, clerk, Location(store.data_dir, store.url))

    seen: list[str] = []
    answer(qtbot, ["<enter>"], seen)
    assert ask_desk_name_if_unnamed(desk) is True
    assert seen == ["Desk 2"]
    assert store.desk_name == "Desk 2" and read_desk_config(store.data_dir).name == "Desk 2"
    assert last_audit(store) == ("name", "desk", "Desk 2", "", "")  # as the unnamed desk
    create_resident(store, clerk, ResidentInput(name="李建国"))
    assert last_audit(store)[-1] == "Desk 2"

    # named: not asked again; renaming is the admin's, not the clerk's
    monkeypatch.setattr(DeskNameDialog, "exec", lambda self: pytest.fail("asked again"))
    assert ask_desk_name_if_unnamed(desk) is True
    with pytest.raises(PermissionDenied):
        name_unnamed_desk(store, clerk, "窗口9")
    assert store.desk_name == "Desk 2"


def test_esc_leaves_it_for_the_next_start_and_a_blank_name_is_refused(
    qtbot, store: Store, admin: Actor, clerk: Actor
) -> None:
    desk = Desk(store, clerk, Location(store.data_dir, store.url))
    seen: list[str] = []
    answer(qtbot, ["<esc>"], seen)
    assert ask_desk_name_if_unnamed(desk) is False
    assert seen == ["Desk 1"]  # no other desk goes by a name here: as the first-run window
    assert store.desk_name == "" and not (store.data_dir / DESK_FILE).exists()

    seen = []
    answer(qtbot, ["", "W3"], seen)  # blanked, then typed
    assert ask_desk_name_if_unnamed(desk) is True
    assert seen[0] == "Desk 1" and "Give this desk a name" in seen[1]
    assert store.desk_name == "W3" and read_desk_config(store.data_dir).name == "W3"


def test_a_demo_names_nothing(qtbot, store: Store, admin: Actor, monkeypatch) -> None:
    monkeypatch.setattr(DeskNameDialog, "exec", lambda self: pytest.fail("asked in a demo"))
    desk = Desk(store, admin, Location(store.data_dir, store.url), demo=True)
    assert ask_desk_name_if_unnamed(desk) is False
