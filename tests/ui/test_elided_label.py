"""The elided label: the whole text where it fits, shortened in the middle where it does not,
always whole in its tooltip, and never holding its row wide."""

from __future__ import annotations

from gridesk.ui.widgets.elided_label import ElidedLabel

PATH = "Database: /home/desk/.local/share/gridesk/a-long-folder-name/gridesk.db"


def test_a_path_is_shortened_in_the_middle_to_its_room(qtbot) -> None:
    label = ElidedLabel(PATH)
    qtbot.addWidget(label)
    label.show()  # polished: the font it is drawn in decides the widths
    label.resize(label.sizeHint())
    assert label.text() == PATH and label.toolTip() == PATH
    label.resize(160, label.height())
    short = label.text()
    assert "…" in short and short.startswith("Data") and short.endswith(".db")
    assert label.fontMetrics().horizontalAdvance(short) <= label.contentsRect().width()
    assert label.whole_text() == PATH and label.toolTip() == PATH
    assert label.minimumSizeHint().width() < 160 < label.sizeHint().width()
    label.set_whole_text("Database: short.db")
    assert label.text() == "Database: short.db"


def test_a_larger_font_set_later_asks_for_more_room_and_shortens_the_text(qtbot) -> None:
    label = ElidedLabel(PATH)
    qtbot.addWidget(label)
    label.show()
    label.resize(label.sizeHint())
    assert label.text() == PATH
    before = label.sizeHint().width()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    label.setFont(font)
    assert label.sizeHint().width() > before
    assert "…" in label.text()  # the same width, a larger font
    label.resize(label.sizeHint())
    assert label.text() == PATH
