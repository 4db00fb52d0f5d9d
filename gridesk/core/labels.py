"""What people read for a status (or a kind, a mode, a channel): one table per meaning, kept in
each window's ``core/<window>/labels.py``.

A ``Label`` holds the English source text the screens show, marked
``QT_TRANSLATE_NOOP(context, ...)`` where the table is written and translated by the screens
in that context (``gridesk.ui.i18n.label_text``), and the Chinese that paper and spreadsheets
print whatever the interface language (``zh``). Documents never import core: a window's
``papers.py`` (or its exchange module) looks the Chinese up here and passes it in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Label:
    context: str
    """The translation context of ``text`` (the window's)."""
    text: str
    """English source text, for the screens."""
    zh: str = ""
    """What paper and spreadsheets print; empty where nothing prints this status."""


def zh(table: Mapping[str, Label], key: str) -> str:
    """The Chinese of ``key`` for paper, or ``key`` itself when the table has none."""
    label = table.get(key)
    return label.zh if label is not None and label.zh else key
