"""The requests window's words on screen for statuses, actions, channels and handlers (the
tables: ``core/requests/labels.py``)."""

from __future__ import annotations

from gridesk.core.requests import labels
from gridesk.ui.i18n import label_text


def status_label(key: str) -> str:
    return label_text(labels.STATUS, key)


def action_label(key: str) -> str:
    return label_text(labels.ACTION, key)


def channel_label(key: str) -> str:
    return label_text(labels.CHANNEL, key)


def priority_label(key: str) -> str:
    return label_text(labels.PRIORITY, key)


def handler_label(key: str) -> str:
    return label_text(labels.HANDLER, key)


def wish_label(key: str) -> str:
    return label_text(labels.WISH, key)
