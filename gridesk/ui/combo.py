"""Choosing a combo box item by its data.

QComboBox.findData compares Python objects kept in a QVariant by identity, so an equal but
different UUID (a record read again) is not found. This compares with ==.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox


def index_of_data(combo: QComboBox, value: Any) -> int:
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            return index
    return -1


def select_data(combo: QComboBox, value: Any) -> bool:
    """Make the item holding ``value`` current (else the first item); True if found."""
    index = index_of_data(combo, value)
    combo.setCurrentIndex(max(0, index))
    return index >= 0
