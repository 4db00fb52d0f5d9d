"""The requests window's part of 居民档案: the resident's cases, open ones first."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from gridesk.core.actor import Actor, Permission
from gridesk.core.requests.labels import CONTEXT, STATUS
from gridesk.core.requests.models import Request, RequestCategory
from gridesk.core.resident_file import Fact, FileLine, FileSection, newest
from gridesk.core.store import Store
from gridesk.errors import QT_TRANSLATE_NOOP


def sections(
    store: Store, actor: Actor, resident_id: uuid.UUID, today: date
) -> tuple[FileSection, ...]:
    if not actor.can(Permission.REQUESTS_VIEW):
        return ()
    with store.read() as s:
        rows = s.execute(
            select(
                Request.accepted_day,
                Request.number,
                RequestCategory.name,
                Request.status,
                Request.open,
                Request.deadline,
            )
            .join(RequestCategory, RequestCategory.id == Request.category_id)
            .where(Request.resident_id == resident_id)
            .order_by(Request.open.desc(), Request.accepted_day.desc(), Request.number.desc())
        ).all()
    lines = [
        FileLine(
            when=day,
            number=number,
            what=category,
            status=STATUS.get(status),
            late=is_open and deadline is not None and deadline < today,
        )
        for day, number, category, status, is_open, deadline in rows
    ]
    shown, more = newest(lines)
    open_count = sum(1 for row in rows if row.open)
    return (
        FileSection(
            key="requests",
            context=CONTEXT,
            title=QT_TRANSLATE_NOOP("requests", "Requests"),
            window="requests",
            facts=(
                Fact(QT_TRANSLATE_NOOP("requests", "Not yet closed"), str(open_count)),
                Fact(QT_TRANSLATE_NOOP("requests", "All"), str(len(rows))),
            ),
            lines=shown,
            more=more,
        ),
    )
