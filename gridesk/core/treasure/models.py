"""Treasure box (百宝箱): the records (tables on gridesk.core.models.Base)."""

from __future__ import annotations
