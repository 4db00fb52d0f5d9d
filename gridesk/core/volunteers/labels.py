"""The volunteers window's words for its statuses, points modes, eligibility and the sources of
hours: English for the screens (context ``volunteers``), Chinese for paper and spreadsheets
(see ``gridesk/core/labels.py``)."""

from __future__ import annotations

from functools import partial

from gridesk.core.labels import Label
from gridesk.errors import QT_TRANSLATE_NOOP

CONTEXT = "volunteers"
_label = partial(Label, CONTEXT)


HOURS_STATUS = {
    "open": _label(QT_TRANSLATE_NOOP("volunteers", "on duty")),
    "flagged": _label(QT_TRANSLATE_NOOP("volunteers", "no check-out")),
    "pending": _label(QT_TRANSLATE_NOOP("volunteers", "to approve")),
    "approved": _label(QT_TRANSLATE_NOOP("volunteers", "approved"), "已审核"),
    "corrected": _label(QT_TRANSLATE_NOOP("volunteers", "corrected"), "已更正"),
}
HOURS_SOURCE = {
    "shift": _label("", "值班"),
    "activity": _label("", "活动"),
    "task": _label("", "抢单"),
}
"""Where hours come from; printed only (the screens show the shift's, activity's or task's
own name)."""
TASK_STATUS = {
    "open": _label(QT_TRANSLATE_NOOP("volunteers", "open")),
    "claimed": _label(QT_TRANSLATE_NOOP("volunteers", "claimed")),
    "done": _label(QT_TRANSLATE_NOOP("volunteers", "done")),
    "cancelled": _label(QT_TRANSLATE_NOOP("volunteers", "cancelled")),
}
POINTS_MODE = {
    "hour": _label(QT_TRANSLATE_NOOP("volunteers", "points per hour")),
    "attendance": _label(QT_TRANSLATE_NOOP("volunteers", "points per attendance")),
}
POINTS_EACH = {
    "hour": _label(QT_TRANSLATE_NOOP("volunteers", "{n} points per hour")),
    "attendance": _label(QT_TRANSLATE_NOOP("volunteers", "{n} points per attendance")),
}
"""An activity's points with their number (``{n}``)."""
ELIGIBILITY = {
    "all": _label(QT_TRANSLATE_NOOP("volunteers", "anyone"), "所有居民"),
    "volunteers": _label(QT_TRANSLATE_NOOP("volunteers", "volunteers only"), "注册志愿者"),
    "party": _label(QT_TRANSLATE_NOOP("volunteers", "party members only"), "党员"),
    "team": _label(QT_TRANSLATE_NOOP("volunteers", "one team only"), "本队队员"),
}
"""Who may sign up for an activity."""
