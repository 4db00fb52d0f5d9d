"""The volunteers window's part of 居民档案: the profile, approved hours and the latest duties."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from gridesk.clock import local_day
from gridesk.core.actor import Actor, Permission
from gridesk.core.resident_file import Fact, FileLine, FileSection, newest
from gridesk.core.store import Store
from gridesk.core.volunteers.labels import CONTEXT, HOURS_STATUS
from gridesk.core.volunteers.models import HoursRecord
from gridesk.core.volunteers.services import get_volunteer
from gridesk.errors import QT_TRANSLATE_NOOP


def hours_text(minutes: int) -> str:
    return f"{minutes / 60:.1f}"


def sections(
    store: Store, actor: Actor, resident_id: uuid.UUID, today: date
) -> tuple[FileSection, ...]:
    if not actor.can(Permission.VOLUNTEERS_VIEW):
        return ()
    volunteer = get_volunteer(store, actor, resident_id)
    if volunteer is None:
        return ()
    with store.read() as s:
        rows = s.execute(
            select(
                HoursRecord.started_at,
                HoursRecord.label,
                HoursRecord.status,
                HoursRecord.minutes,
            )
            .where(HoursRecord.resident_id == resident_id)
            .order_by(HoursRecord.started_at.desc())
        ).all()
    lines = [
        FileLine(
            when=local_day(started),
            what=label,
            status=HOURS_STATUS.get(status),
            amount=hours_text(minutes) if minutes is not None else "",
        )
        for started, label, status, minutes in rows
    ]
    shown, more = newest(lines)
    facts = [
        Fact(
            QT_TRANSLATE_NOOP("volunteers", "Approved hours"),
            hours_text(volunteer.approved_minutes),
        ),
        Fact(QT_TRANSLATE_NOOP("volunteers", "Teams"), "、".join(volunteer.team_names)),
        Fact(QT_TRANSLATE_NOOP("volunteers", "Skills"), "、".join(volunteer.skills)),
    ]
    if not volunteer.active:
        facts.append(Fact(QT_TRANSLATE_NOOP("volunteers", "Not active"), "✓"))
    return (
        FileSection(
            key="volunteers",
            context=CONTEXT,
            title=QT_TRANSLATE_NOOP("volunteers", "Volunteer"),
            window="volunteers",
            facts=tuple(f for f in facts if f.value),
            lines=shown,
            amount=QT_TRANSLATE_NOOP("volunteers", "Hours"),
            more=more,
        ),
    )
