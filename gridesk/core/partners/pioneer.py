"""先锋指数: the pioneer index of party members, an index of its own (not the points shop's
rule label), ranked and printed for the 党员积分 board.

A party member is a resident tagged 党员 or 流动党员, or a volunteer whose profile says so. For
a period (a calendar year by default) the index adds up, each times the admin's weight:

- ``hours``: approved volunteer service hours;
- ``cases``: requests dispatched to them (党员领单: a dispatch step naming them as the handler);
- ``wishes``: wishes they lit (claimed by them as a party member or volunteer, in their name,
  and fulfilled in the period);
- ``activities``: volunteer activities they led (held by a team they lead, not cancelled).

Index = Σ weight × figure, rounded to one decimal; the ranking orders members by it (ties share
a rank, then by name).
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select

from gridesk.core.actor import Actor, Permission
from gridesk.core.models import Resident, ResidentTag, Setting, Tag
from gridesk.core.partners.evaluation import year_bounds
from gridesk.core.store import Store, set_setting
from gridesk.errors import QT_TRANSLATE_NOOP, ValidationError

COMPONENTS: tuple[str, ...] = ("hours", "cases", "wishes", "activities")
DEFAULT_WEIGHTS: dict[str, float] = {"hours": 1.0, "cases": 5.0, "wishes": 5.0, "activities": 10.0}
PARTY_TAGS = ("党员", "流动党员")
SETTING = "pioneer_weights"


@dataclass(frozen=True)
class PioneerRow:
    resident_id: uuid.UUID
    name: str
    hours: float
    cases: int
    wishes: int
    activities: int
    index: float
    rank: int


def pioneer_weights(store: Store, actor: Actor) -> dict[str, float]:
    actor.require(Permission.PARTNERS_VIEW)
    with store.read() as s:
        row = s.get(Setting, SETTING)
        saved = json.loads(row.value) if row is not None else {}
    return {c: float(saved.get(c, DEFAULT_WEIGHTS[c])) for c in COMPONENTS}


def set_pioneer_weights(
    store: Store, actor: Actor, weights: Mapping[str, float]
) -> dict[str, float]:
    """The admin's weights: points for an hour, a case, a wish, an activity led (0 to 100)."""
    actor.require(Permission.PARTNERS_EVALUATE)
    if set(weights) - set(COMPONENTS) or any(not 0 <= w <= 100 for w in weights.values()):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Each weight of the pioneer index is 0 to 100."),
            field="weight",
        )
    chosen = {c: float(weights.get(c, 0)) for c in COMPONENTS}
    with store.write(actor) as s:
        set_setting(s, SETTING, chosen)
    return chosen


def pioneer_index(
    store: Store, actor: Actor, year: int, weights: Mapping[str, float] | None = None
) -> list[PioneerRow]:
    """Every party member's index for ``year``, ranked."""
    from gridesk.core.requests.models import RequestEvent, Wish
    from gridesk.core.volunteers.models import (
        Activity,
        HoursRecord,
        VolunteerProfile,
        VolunteerTeam,
    )
    from gridesk.core.volunteers.services import COUNTED

    weights = dict(weights) if weights is not None else pioneer_weights(store, actor)
    actor.require(Permission.PARTNERS_VIEW)
    start, end = year_bounds(year)
    first, last = date(year, 1, 1), date(year, 12, 31)
    with store.read() as s:
        tagged = (
            select(ResidentTag.resident_id)
            .join(Tag, Tag.id == ResidentTag.tag_id)
            .where(Tag.name.in_(PARTY_TAGS))
        )
        profiled = select(VolunteerProfile.resident_id).where(
            VolunteerProfile.party_member.is_(True)
        )
        members = {
            rid: name
            for rid, name in s.execute(
                select(Resident.id, Resident.name).where(
                    Resident.archived.is_(False),
                    or_(Resident.id.in_(tagged), Resident.id.in_(profiled)),
                )
            )
        }
        ids = list(members)
        figures: dict[uuid.UUID, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for rid, minutes in s.execute(
            select(HoursRecord.resident_id, func.sum(HoursRecord.minutes))
            .where(
                HoursRecord.resident_id.in_(ids),
                HoursRecord.status.in_(COUNTED),
                HoursRecord.started_at >= start,
                HoursRecord.started_at < end,
            )
            .group_by(HoursRecord.resident_id)
        ):
            figures[rid]["hours"] = (minutes or 0) / 60
        for rid, n in s.execute(
            select(RequestEvent.handler_id, func.count(func.distinct(RequestEvent.request_id)))
            .where(
                RequestEvent.action == "dispatch",
                RequestEvent.handler_kind == "volunteer",
                RequestEvent.handler_id.in_(ids),
                RequestEvent.day >= first,
                RequestEvent.day <= last,
            )
            .group_by(RequestEvent.handler_id)
        ):
            figures[rid]["cases"] = n
        by_name: dict[str, list[uuid.UUID]] = defaultdict(list)
        for rid, name in members.items():
            by_name[name].append(rid)
        for (claimer,) in s.execute(
            select(Wish.claimer_name).where(
                Wish.status == "fulfilled",
                Wish.claimer_kind.in_(("party_member", "volunteer")),
                Wish.fulfilled_day >= first,
                Wish.fulfilled_day <= last,
            )
        ):
            same = by_name.get(claimer, [])
            if len(same) == 1:  # a name two members share is nobody's for certain
                figures[same[0]]["wishes"] += 1
        for rid, n in s.execute(
            select(VolunteerTeam.leader_id, func.count(Activity.id))
            .join(Activity, Activity.team_id == VolunteerTeam.id)
            .where(
                VolunteerTeam.leader_id.in_(ids),
                Activity.cancelled.is_(False),
                Activity.starts_at >= start,
                Activity.starts_at < end,
            )
            .group_by(VolunteerTeam.leader_id)
        ):
            if rid is not None:
                figures[rid]["activities"] = n
    rows = []
    for rid, name in members.items():
        f = figures.get(rid, {})
        index = sum(weights.get(c, 0.0) * f.get(c, 0.0) for c in COMPONENTS)
        rows.append(
            (
                name,
                rid,
                round(f.get("hours", 0.0), 1),
                int(f.get("cases", 0)),
                int(f.get("wishes", 0)),
                int(f.get("activities", 0)),
                round(index, 1),
            )
        )
    rows.sort(key=lambda r: (-r[6], r[0]))
    out = []
    rank, previous = 0, None
    for position, (name, rid, hours, cases, wishes, activities, index) in enumerate(rows, 1):
        if index != previous:
            rank, previous = position, index
        out.append(PioneerRow(rid, name, hours, cases, wishes, activities, index, rank))
    return out
