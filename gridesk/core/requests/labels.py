"""The requests window's words for its statuses, steps, channels, priorities, handlers and
wishes: English for the screens (context ``requests``), Chinese for paper and spreadsheets
(see ``gridesk/core/labels.py``)."""

from __future__ import annotations

from functools import partial

from gridesk.core.labels import Label
from gridesk.errors import QT_TRANSLATE_NOOP

CONTEXT = "requests"
_label = partial(Label, CONTEXT)


STATUS = {
    "accepted": _label(QT_TRANSLATE_NOOP("requests", "Accepted"), "已受理"),
    "dispatched": _label(QT_TRANSLATE_NOOP("requests", "Dispatched"), "已派单"),
    "in_progress": _label(QT_TRANSLATE_NOOP("requests", "In progress"), "办理中"),
    "on_hold": _label(QT_TRANSLATE_NOOP("requests", "On hold"), "挂起"),
    "resolved": _label(QT_TRANSLATE_NOOP("requests", "Resolved"), "已办结"),
    "partly_resolved": _label(QT_TRANSLATE_NOOP("requests", "Partly resolved"), "部分办结"),
    "closed": _label(QT_TRANSLATE_NOOP("requests", "Closed"), "已关闭"),
    "rejected": _label(QT_TRANSLATE_NOOP("requests", "Rejected"), "不予受理"),
    "not_ours": _label(QT_TRANSLATE_NOOP("requests", "Not ours (referred)"), "非本单位职责"),
    "reopened": _label(QT_TRANSLATE_NOOP("requests", "Reopened"), "重新办理"),
}
ACTION = {
    "accept": _label(QT_TRANSLATE_NOOP("requests", "Accept")),
    "dispatch": _label(QT_TRANSLATE_NOOP("requests", "Dispatch…")),
    "escalate": _label(QT_TRANSLATE_NOOP("requests", "Escalate…")),
    "start": _label(QT_TRANSLATE_NOOP("requests", "Start work")),
    "hold": _label(QT_TRANSLATE_NOOP("requests", "Put on hold…")),
    "resume": _label(QT_TRANSLATE_NOOP("requests", "Resume")),
    "resolve": _label(QT_TRANSLATE_NOOP("requests", "Resolved…")),
    "resolve_partly": _label(QT_TRANSLATE_NOOP("requests", "Partly resolved…")),
    "reject": _label(QT_TRANSLATE_NOOP("requests", "Reject…")),
    "not_ours": _label(QT_TRANSLATE_NOOP("requests", "Not ours…")),
    "callback": _label(QT_TRANSLATE_NOOP("requests", "Call-back…")),
    "close": _label(QT_TRANSLATE_NOOP("requests", "Close")),
    "reopen": _label(QT_TRANSLATE_NOOP("requests", "Reopen…")),
    "note": _label(QT_TRANSLATE_NOOP("requests", "Add note…")),
}
CHANNEL = {
    "walk_in": _label(QT_TRANSLATE_NOOP("requests", "Walk-in"), "来访"),
    "phone": _label(QT_TRANSLATE_NOOP("requests", "Phone"), "来电"),
    "grid_report": _label(QT_TRANSLATE_NOOP("requests", "Grid report (格事坊)"), "格事坊"),
    "wish_wall": _label(QT_TRANSLATE_NOOP("requests", "Wish wall"), "心愿墙"),
    "secretary": _label(QT_TRANSLATE_NOOP("requests", "Secretary's direct line"), "书记直通车"),
}
PRIORITY = {
    "normal": _label(QT_TRANSLATE_NOOP("requests", "Normal")),
    "urgent": _label(QT_TRANSLATE_NOOP("requests", "Urgent")),
}
HANDLER = {
    "department": _label(QT_TRANSLATE_NOOP("requests", "Department")),
    "partner": _label(QT_TRANSLATE_NOOP("requests", "Partner unit")),
    "grid": _label(QT_TRANSLATE_NOOP("requests", "Grid worker")),
    "volunteer": _label(QT_TRANSLATE_NOOP("requests", "Volunteer")),
    # the escalation paths have no record: their Chinese names are what cases record and print
    "escalation": _label(QT_TRANSLATE_NOOP("requests", "Escalation desk"), "办不成事窗口"),
    "secretary": _label(QT_TRANSLATE_NOOP("requests", "Party secretary"), "书记直通车"),
}
WISH = {
    "open": _label(QT_TRANSLATE_NOOP("requests", "Open"), "待认领"),
    "claimed": _label(QT_TRANSLATE_NOOP("requests", "Claimed"), "已认领"),
    "fulfilled": _label(QT_TRANSLATE_NOOP("requests", "Fulfilled"), "已点亮"),
}
