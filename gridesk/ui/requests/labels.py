"""The words the requests window shows for statuses, actions, channels and handlers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gridesk.errors import QT_TRANSLATE_NOOP

_CTX = "requests"

STATUS = {
    "accepted": QT_TRANSLATE_NOOP("requests", "Accepted"),
    "dispatched": QT_TRANSLATE_NOOP("requests", "Dispatched"),
    "in_progress": QT_TRANSLATE_NOOP("requests", "In progress"),
    "on_hold": QT_TRANSLATE_NOOP("requests", "On hold"),
    "resolved": QT_TRANSLATE_NOOP("requests", "Resolved"),
    "partly_resolved": QT_TRANSLATE_NOOP("requests", "Partly resolved"),
    "closed": QT_TRANSLATE_NOOP("requests", "Closed"),
    "rejected": QT_TRANSLATE_NOOP("requests", "Rejected"),
    "not_ours": QT_TRANSLATE_NOOP("requests", "Not ours (referred)"),
    "reopened": QT_TRANSLATE_NOOP("requests", "Reopened"),
}
ACTION = {
    "accept": QT_TRANSLATE_NOOP("requests", "Accept"),
    "dispatch": QT_TRANSLATE_NOOP("requests", "Dispatch…"),
    "escalate": QT_TRANSLATE_NOOP("requests", "Escalate…"),
    "start": QT_TRANSLATE_NOOP("requests", "Start work"),
    "hold": QT_TRANSLATE_NOOP("requests", "Put on hold…"),
    "resume": QT_TRANSLATE_NOOP("requests", "Resume"),
    "resolve": QT_TRANSLATE_NOOP("requests", "Resolved…"),
    "resolve_partly": QT_TRANSLATE_NOOP("requests", "Partly resolved…"),
    "reject": QT_TRANSLATE_NOOP("requests", "Reject…"),
    "not_ours": QT_TRANSLATE_NOOP("requests", "Not ours…"),
    "callback": QT_TRANSLATE_NOOP("requests", "Call-back…"),
    "close": QT_TRANSLATE_NOOP("requests", "Close"),
    "reopen": QT_TRANSLATE_NOOP("requests", "Reopen…"),
    "note": QT_TRANSLATE_NOOP("requests", "Add note…"),
}
CHANNEL = {
    "walk_in": QT_TRANSLATE_NOOP("requests", "Walk-in"),
    "phone": QT_TRANSLATE_NOOP("requests", "Phone"),
    "grid_report": QT_TRANSLATE_NOOP("requests", "Grid report (格事坊)"),
    "wish_wall": QT_TRANSLATE_NOOP("requests", "Wish wall"),
    "secretary": QT_TRANSLATE_NOOP("requests", "Secretary's direct line"),
}
PRIORITY = {
    "normal": QT_TRANSLATE_NOOP("requests", "Normal"),
    "urgent": QT_TRANSLATE_NOOP("requests", "Urgent"),
}
HANDLER = {
    "department": QT_TRANSLATE_NOOP("requests", "Department"),
    "partner": QT_TRANSLATE_NOOP("requests", "Partner unit"),
    "grid": QT_TRANSLATE_NOOP("requests", "Grid worker"),
    "volunteer": QT_TRANSLATE_NOOP("requests", "Volunteer"),
    "escalation": QT_TRANSLATE_NOOP("requests", "Escalation desk"),
    "secretary": QT_TRANSLATE_NOOP("requests", "Party secretary"),
}
WISH = {
    "open": QT_TRANSLATE_NOOP("requests", "Open"),
    "claimed": QT_TRANSLATE_NOOP("requests", "Claimed"),
    "fulfilled": QT_TRANSLATE_NOOP("requests", "Fulfilled"),
}


def _t(table: dict[str, str], key: str) -> str:
    text = table.get(key)
    return QCoreApplication.translate(_CTX, text) if text else key


def status_label(key: str) -> str:
    return _t(STATUS, key)


def action_label(key: str) -> str:
    return _t(ACTION, key)


def channel_label(key: str) -> str:
    return _t(CHANNEL, key)


def priority_label(key: str) -> str:
    return _t(PRIORITY, key)


def handler_label(key: str) -> str:
    return _t(HANDLER, key)


def wish_label(key: str) -> str:
    return _t(WISH, key)
