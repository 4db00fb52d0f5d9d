"""Treasure box (百宝箱): the invariants `gridesk check` verifies (registered with check.register)."""

from __future__ import annotations
