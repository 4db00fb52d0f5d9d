"""Counting what a person does at the desk, for the README's table of keys: a scan (the scanner
types its code and Enter: one action of the person's), a key press, or typed text (a key per
character). The tests that count drive the window only through a ``Person``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


@dataclass
class Person:
    qtbot: Any
    scans: int = 0
    keys: int = 0

    def scan(self, widget: QWidget, payload: str) -> None:
        self.qtbot.keyClicks(widget, payload)
        self.qtbot.keyClick(widget, Qt.Key.Key_Return)
        self.scans += 1

    def key(
        self,
        widget: QWidget,
        key: Qt.Key,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        self.qtbot.keyClick(widget, key, modifier)
        self.keys += 1

    def type(self, widget: QWidget, text: str) -> None:
        self.qtbot.keyClicks(widget, text)
        self.keys += len(text)

    @property
    def counted(self) -> tuple[int, int]:
        """(scans, keys)."""
        return self.scans, self.keys
