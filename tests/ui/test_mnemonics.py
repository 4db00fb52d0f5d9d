"""Alt+letter reaches one field per dialog, in Chinese and in English (楼栋 and 单元 both
answered Alt+U, 居民 and 人数 Alt+E)."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from gridesk import clock
from gridesk.config import Location
from gridesk.core.treasure import rooms
from gridesk.ui import i18n
from gridesk.ui.desk import Desk
from gridesk.ui.residents.dialog import ResidentDialog
from gridesk.ui.treasure.rooms import BookingDialog

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonics(dialog: QWidget) -> list[str]:
    """The Alt+letters of the dialog's visible labels, buttons and boxes, lower case."""
    texts = [
        w.text()
        for kind in (QLabel, QAbstractButton)
        for w in dialog.findChildren(kind)
        if not w.isHidden()
    ]
    texts += [box.title() for box in dialog.findChildren(QGroupBox)]
    return [m.group(1).lower() for text in texts for m in [_MNEMONIC.search(text)] if m]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_no_two_fields_of_a_dialog_share_an_alt_letter(qtbot, qapp, store, admin, tmp_path,
                                                       language) -> None:  # fmt: skip
    desk = Desk(store, admin, Location(tmp_path, store.url))
    room = rooms.save_room(store, admin, None, rooms.RoomInput(name="活动室"))
    i18n.install_language(qapp, language)
    try:
        for dialog in (
            ResidentDialog(desk),
            BookingDialog(desk, [room], room.id, clock.today()),
        ):
            qtbot.addWidget(dialog)
            letters = mnemonics(dialog)
            assert len(letters) >= 8, letters
            twice = sorted(letter for letter, n in Counter(letters).items() if n > 1)
            assert not twice, f"{type(dialog).__name__} ({language}): Alt+{twice}"
    finally:
        for translator in i18n._installed:  # the other tests read the source strings
            qapp.removeTranslator(translator)
        i18n._installed.clear()
