"""The sync's words: the kinds of 同步冲突 and the directions of packs (see
``gridesk/core/labels.py``)."""

from __future__ import annotations

from gridesk.core.labels import Label
from gridesk.errors import QT_TRANSLATE_NOOP

CONTEXT = "sync"

CONFLICT_KIND = {
    "field": Label(CONTEXT, QT_TRANSLATE_NOOP("sync", "changed on both sides"), "两边都改了"),
    "balance": Label(
        CONTEXT, QT_TRANSLATE_NOOP("sync", "balance too low: not entered"), "余额不足，未入账"
    ),
    "capacity": Label(
        CONTEXT,
        QT_TRANSLATE_NOOP("sync", "no place left: moved to the waiting list"),
        "名额已满，改为候补",
    ),
    "owner": Label(
        CONTEXT,
        QT_TRANSLATE_NOOP("sync", "another station's record: not applied"),
        "属于其他驿站，未采用",
    ),
}
OWNED_RECORD = {
    "requests": Label(CONTEXT, QT_TRANSLATE_NOOP("sync", "case"), "诉求"),
    "request_events": Label(CONTEXT, QT_TRANSLATE_NOOP("sync", "case step"), "诉求处理记录"),
    "treasure_items": Label(CONTEXT, QT_TRANSLATE_NOOP("sync", "item"), "物品"),
    "treasure_item_events": Label(CONTEXT, QT_TRANSLATE_NOOP("sync", "item status"), "物品状态"),
    "treasure_loans": Label(CONTEXT, QT_TRANSLATE_NOOP("sync", "loan"), "借用"),
    "treasure_holds": Label(CONTEXT, QT_TRANSLATE_NOOP("sync", "queue for an item"), "物品排队"),
    "treasure_rooms": Label(CONTEXT, QT_TRANSLATE_NOOP("sync", "room"), "功能室"),
    "treasure_bookings": Label(CONTEXT, QT_TRANSLATE_NOOP("sync", "booking"), "预约"),
}
"""What another station's record is, for a 同步冲突 of kind ``owner``."""
OWNED_FIELD = {
    "status": Label(CONTEXT, QT_TRANSLATE_NOOP("sync", "status"), "状态"),
    "event_count": Label(CONTEXT, QT_TRANSLATE_NOOP("sync", "number of steps"), "处理记录数"),
    "description": Label(CONTEXT, QT_TRANSLATE_NOOP("sync", "what was asked"), "诉求内容"),
    "priority": Label(CONTEXT, QT_TRANSLATE_NOOP("sync", "priority"), "紧急程度"),
    "handler_name": Label(CONTEXT, QT_TRANSLATE_NOOP("sync", "handled by"), "承办方"),
}
"""The fields of another station's case, item or room a 同步冲突 names most often."""
DIRECTION = {
    "in": Label(CONTEXT, QT_TRANSLATE_NOOP("sync", "received"), "收到"),
    "out": Label(CONTEXT, QT_TRANSLATE_NOOP("sync", "sent"), "发出"),
}
FIELD = {
    "name": Label(CONTEXT, QT_TRANSLATE_NOOP("sync", "name"), "姓名"),
    "gender": Label(CONTEXT, QT_TRANSLATE_NOOP("sync", "gender"), "性别"),
    "birth_date": Label(CONTEXT, QT_TRANSLATE_NOOP("sync", "birth date"), "出生日期"),
    "phone": Label(CONTEXT, QT_TRANSLATE_NOOP("sync", "phone"), "电话"),
    "estate": Label(CONTEXT, QT_TRANSLATE_NOOP("sync", "estate"), "小区"),
    "building": Label(CONTEXT, QT_TRANSLATE_NOOP("sync", "building"), "楼栋"),
    "unit": Label(CONTEXT, QT_TRANSLATE_NOOP("sync", "unit"), "单元"),
    "room": Label(CONTEXT, QT_TRANSLATE_NOOP("sync", "room"), "房号"),
    "notes": Label(CONTEXT, QT_TRANSLATE_NOOP("sync", "notes"), "备注"),
    "balance": Label(CONTEXT, QT_TRANSLATE_NOOP("sync", "points balance"), "积分余额"),
    "status": Label(CONTEXT, QT_TRANSLATE_NOOP("sync", "sign-up"), "报名"),
}
"""The fields a 同步冲突 names."""
