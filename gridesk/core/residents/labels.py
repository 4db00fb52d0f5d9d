"""The residents window's words for a resident's gender and for the steps of a record's
history (居民档案): English for the screens (context ``residents``), Chinese for paper and
spreadsheets where they print (see ``gridesk/core/labels.py``)."""

from __future__ import annotations

from functools import partial

from gridesk.core.labels import Label
from gridesk.errors import QT_TRANSLATE_NOOP

CONTEXT = "residents"
_label = partial(Label, CONTEXT)

GENDER = {
    "M": _label(QT_TRANSLATE_NOOP("residents", "Male"), "男"),
    "F": _label(QT_TRANSLATE_NOOP("residents", "Female"), "女"),
}
"""The registry stores ``M`` / ``F`` (or nothing)."""

CHANGE = {
    "create": _label(QT_TRANSLATE_NOOP("residents", "Registered")),
    "update": _label(QT_TRANSLATE_NOOP("residents", "Changed")),
    "delete": _label(QT_TRANSLATE_NOOP("residents", "Removed")),
    "tag": _label(QT_TRANSLATE_NOOP("residents", "Tag added")),
    "untag": _label(QT_TRANSLATE_NOOP("residents", "Tag removed")),
}
"""What a step of the record's history did (an audit row's action; a tag's own rows)."""

PRINTED = _label(QT_TRANSLATE_NOOP("residents", "Printed"))
"""A document about the resident that went to a printer (its print history)."""

FIELD = {
    "name": _label(QT_TRANSLATE_NOOP("residents", "name")),
    "gender": _label(QT_TRANSLATE_NOOP("residents", "gender")),
    "birth_date": _label(QT_TRANSLATE_NOOP("residents", "birth date")),
    "phone": _label(QT_TRANSLATE_NOOP("residents", "phone")),
    "id_number": _label(QT_TRANSLATE_NOOP("residents", "ID number")),
    "estate": _label(QT_TRANSLATE_NOOP("residents", "address")),
    "building": _label(QT_TRANSLATE_NOOP("residents", "address")),
    "unit": _label(QT_TRANSLATE_NOOP("residents", "address")),
    "room": _label(QT_TRANSLATE_NOOP("residents", "address")),
    "household_id": _label(QT_TRANSLATE_NOOP("residents", "household")),
    "grid_id": _label(QT_TRANSLATE_NOOP("residents", "grid")),
    "notes": _label(QT_TRANSLATE_NOOP("residents", "notes")),
    "archived": _label(QT_TRANSLATE_NOOP("residents", "archived")),
}
"""The fields a change names (the audit row's detail lists the columns changed); columns
not listed here (search keys, sort key) are the program's own and are not named."""
