"""The partner units' words for kinds of unit, the three lists and their statuses, the
evaluation's measures and the pioneer index's parts: English for the screens (context
``partners``), Chinese for paper and spreadsheets (see ``gridesk/core/labels.py``)."""

from __future__ import annotations

from functools import partial

from gridesk.core.labels import Label
from gridesk.errors import QT_TRANSLATE_NOOP

CONTEXT = "partners"
_label = partial(Label, CONTEXT)

KIND = {
    "agency": _label(QT_TRANSLATE_NOOP("partners", "Government office"), "机关"),
    "enterprise": _label(QT_TRANSLATE_NOOP("partners", "Enterprise"), "企业"),
    "school": _label(QT_TRANSLATE_NOOP("partners", "School"), "学校"),
    "hospital": _label(QT_TRANSLATE_NOOP("partners", "Hospital"), "医院"),
    "property": _label(QT_TRANSLATE_NOOP("partners", "Property management"), "物业"),
    "social_org": _label(QT_TRANSLATE_NOOP("partners", "Social organisation"), "社会组织"),
    "other": _label(QT_TRANSLATE_NOOP("partners", "Other"), "其他"),
}
LIST = {
    "resource": _label(QT_TRANSLATE_NOOP("partners", "Resources it offers"), "资源清单"),
    "need": _label(QT_TRANSLATE_NOOP("partners", "Needs of the community"), "需求清单"),
    "project": _label(QT_TRANSLATE_NOOP("partners", "Projects agreed"), "项目清单"),
}
ITEM_STATUS = {
    "offered": _label(QT_TRANSLATE_NOOP("partners", "Offered"), "可提供"),
    "in_use": _label(QT_TRANSLATE_NOOP("partners", "In use"), "已对接"),
    "withdrawn": _label(QT_TRANSLATE_NOOP("partners", "Withdrawn"), "已撤回"),
    "open": _label(QT_TRANSLATE_NOOP("partners", "Open"), "待认领"),
    "claimed": _label(QT_TRANSLATE_NOOP("partners", "Claimed"), "已认领"),
    "met": _label(QT_TRANSLATE_NOOP("partners", "Met"), "已满足"),
    "planned": _label(QT_TRANSLATE_NOOP("partners", "Planned"), "计划中"),
    "in_progress": _label(QT_TRANSLATE_NOOP("partners", "In progress"), "实施中"),
    "done": _label(QT_TRANSLATE_NOOP("partners", "Done"), "已完成"),
    "dropped": _label(QT_TRANSLATE_NOOP("partners", "Dropped"), "已取消"),
}
"""A line's status in the three lists (which statuses each list has: registry.STATUSES)."""
MEASURE = {
    "cases": _label(QT_TRANSLATE_NOOP("partners", "Cases dispatched"), "吹哨报到办件"),
    "response": _label(QT_TRANSLATE_NOOP("partners", "Response time"), "响应速度"),
    "wishes": _label(QT_TRANSLATE_NOOP("partners", "Wishes claimed"), "认领微心愿"),
    "bookings": _label(QT_TRANSLATE_NOOP("partners", "Rooms booked"), "使用功能室"),
    "activities": _label(QT_TRANSLATE_NOOP("partners", "Activities co-hosted"), "共办活动"),
    "volunteer_hours": _label(QT_TRANSLATE_NOOP("partners", "Volunteer hours"), "志愿服务时长"),
    "projects": _label(QT_TRANSLATE_NOOP("partners", "Projects done"), "完成共建项目"),
    "members": _label(QT_TRANSLATE_NOOP("partners", "Party members reporting"), "双报到党员"),
    "residents": _label(QT_TRANSLATE_NOOP("partners", "Residents' score"), "居民代表评分"),
    "centre": _label(QT_TRANSLATE_NOOP("partners", "Centre's score"), "社区评分"),
}
"""The annual evaluation's measures (evaluation.MEASURES)."""
PIONEER = {
    "hours": _label(QT_TRANSLATE_NOOP("partners", "Service hours"), "服务时长"),
    "cases": _label(QT_TRANSLATE_NOOP("partners", "Cases taken"), "领办诉求"),
    "wishes": _label(QT_TRANSLATE_NOOP("partners", "Wishes lit"), "点亮心愿"),
    "activities": _label(QT_TRANSLATE_NOOP("partners", "Activities led"), "带头活动"),
}
"""The parts of the pioneer index (pioneer.COMPONENTS)."""
LINK_KIND = {
    "wish": _label(QT_TRANSLATE_NOOP("partners", "Wishes claimed"), "认领微心愿"),
    "booking": _label(QT_TRANSLATE_NOOP("partners", "Rooms booked"), "使用功能室"),
    "activity": _label(QT_TRANSLATE_NOOP("partners", "Activities co-hosted"), "共办活动"),
    "volunteer": _label(QT_TRANSLATE_NOOP("partners", "Volunteers sent"), "派出志愿者"),
}
"""The kinds of record linked to a unit (registry.LINK_KINDS)."""
LINK_STATE = {
    "linked": _label(QT_TRANSLATE_NOOP("partners", "Linked to this unit")),
    "by_name": _label(QT_TRANSLATE_NOOP("partners", "Counted by its name")),
    "candidate": _label(QT_TRANSLATE_NOOP("partners", "Not linked")),
    "elsewhere": _label(QT_TRANSLATE_NOOP("partners", "Linked to {unit}")),
}
"""Where a candidate record stands for the chosen unit (links.link_candidates)."""
