"""The care register's part of 居民档案: where the resident stands with their visits, who is
responsible for them, and the latest visits."""

from __future__ import annotations

import uuid
from datetime import date

from gridesk.core.actor import Actor, Permission
from gridesk.core.care.helpers import list_helpers
from gridesk.core.care.labels import CONTEXT, KIND, ROLE, VISIT_STATUS
from gridesk.core.care.register import register_row
from gridesk.core.care.visits import list_visits
from gridesk.core.resident_file import Fact, FileLine, FileSection, newest
from gridesk.core.store import Store
from gridesk.errors import QT_TRANSLATE_NOOP


def sections(
    store: Store, actor: Actor, resident_id: uuid.UUID, today: date
) -> tuple[FileSection, ...]:
    if not actor.can(Permission.CARE_VIEW):
        return ()
    row = register_row(store, actor, resident_id)
    if row is None:
        return ()
    status = row.visit_status(today)
    late = row.overdue_days(today)
    args = (("days", str(late or 0)), ("day", row.due.isoformat() if row.due else ""))
    helpers = [
        FileLine(when=h.started_on, what=f"{h.name} {h.phone}".strip(), status=ROLE.get(h.role))
        for h in list_helpers(store, actor, resident_id)
    ]
    visits = [
        FileLine(
            when=v.day,
            what=" ".join(p for p in (v.visitors, v.findings.replace("\n", " ")) if p),
            status=KIND.get(v.kind),
        )
        for v in list_visits(store, actor, resident_id)
    ]
    shown, more = newest(visits)
    return (
        FileSection(
            key="care",
            context=CONTEXT,
            title=QT_TRANSLATE_NOOP("care", "Care register"),
            window="care",
            facts=(
                Fact(QT_TRANSLATE_NOOP("care", "Care groups"), "、".join(row.groups)),
                Fact(
                    QT_TRANSLATE_NOOP("care", "Visits"),
                    label=VISIT_STATUS[status],
                    args=args,
                ),
                Fact(QT_TRANSLATE_NOOP("care", "Visits this year"), str(row.visits_this_year)),
            ),
            lines=tuple(helpers) + shown,
            more=more,
        ),
    )
