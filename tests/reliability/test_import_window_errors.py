"""The import window's error list says repeated errors of one kind once, with their rows, as
the command line does (one summariser); the saved error list keeps every row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gridesk.config import Location
from gridesk.ui.desk import Desk
from gridesk.ui.residents.import_dialog import ImportDialog, ImportErrorModel


@pytest.fixture
def dialog(qtbot, store, admin, tmp_path):
    widget = ImportDialog(Desk(store, admin, Location(tmp_path, store.url)))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_grid_missing_on_120_rows_is_one_line_with_its_rows(qtbot, dialog, tmp_path):
    lines = ["姓名,网格"] + [f"居民{i},第五网格" for i in range(120)] + ["张三,第一网格x"]
    path = tmp_path / "roster.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)  # check the rows
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)

    model = dialog.error_model
    shown = [
        tuple(model.data(model.index(r, c)) for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]
    assert [(rows, column, value) for rows, column, value, _ in shown] == [
        ("2, 3, 4, 5, 6 … (120 rows)", "网格", "第五网格"),
        ("122", "网格", "第一网格x"),
    ]
    assert shown[0][ImportErrorModel.REASON].startswith("There is no grid named “第五网格”.")
    assert dialog.headline.text().startswith("121 error")
    assert dialog.plan is not None and len(dialog.plan.errors) == 121  # the saved list: all
