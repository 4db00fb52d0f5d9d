"""The care register's words for helpers' roles, kinds of visit and where a resident stands
with their visits: English for the screens (context ``care``), Chinese for paper and the
register's spreadsheet (see ``gridesk/core/labels.py``)."""

from __future__ import annotations

from functools import partial

from gridesk.core.labels import Label
from gridesk.errors import QT_TRANSLATE_NOOP

CONTEXT = "care"
_label = partial(Label, CONTEXT)

ROLE = {
    "grid_worker": _label(QT_TRANSLATE_NOOP("care", "Grid worker"), "网格员"),
    "building_captain": _label(QT_TRANSLATE_NOOP("care", "Building captain"), "楼栋长"),
    "volunteer": _label(QT_TRANSLATE_NOOP("care", "Volunteer"), "志愿者"),
    "party_member": _label(QT_TRANSLATE_NOOP("care", "Paired party member"), "结对党员"),
}
"""帮扶责任人's roles; the Chinese is what a care card and the register print."""

KIND = {
    "visit": _label(QT_TRANSLATE_NOOP("care", "Home visit"), "入户走访"),
    "relief": _label(QT_TRANSLATE_NOOP("care", "Relief visit"), "慰问"),
}

VISIT_STATUS = {
    "no_rhythm": _label(QT_TRANSLATE_NOOP("care", "No visit rhythm set")),
    "never": _label(QT_TRANSLATE_NOOP("care", "Never visited"), "从未走访"),
    "overdue": _label(QT_TRANSLATE_NOOP("care", "Overdue by {days} days")),
    "due_today": _label(QT_TRANSLATE_NOOP("care", "Due today")),
    "due": _label(QT_TRANSLATE_NOOP("care", "By {day}")),
}
"""Where a care resident stands with their visits (``register.visit_status``)."""
