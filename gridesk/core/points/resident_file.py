"""The points shop's part of 居民档案: the balance and the latest ledger entries."""

from __future__ import annotations

import uuid
from datetime import date

from gridesk.clock import local_day
from gridesk.core.actor import Actor, Permission
from gridesk.core.points.labels import CONTEXT, ENTRY_KIND
from gridesk.core.points.reports import statement
from gridesk.core.resident_file import Fact, FileLine, FileSection, newest
from gridesk.core.store import Store
from gridesk.errors import QT_TRANSLATE_NOOP


def sections(
    store: Store, actor: Actor, resident_id: uuid.UUID, today: date
) -> tuple[FileSection, ...]:
    if not (actor.can(Permission.POINTS_REDEEM) or actor.can(Permission.POINTS_AWARD)):
        return ()
    account = statement(store, actor, resident_id)
    lines = [
        FileLine(
            when=local_day(line.at),
            what=line.detail,
            status=ENTRY_KIND.get(line.kind),
            amount=f"{line.points:+d}",
        )
        for line in reversed(account.lines)
    ]
    shown, more = newest(lines)
    return (
        FileSection(
            key="points",
            context=CONTEXT,
            title=QT_TRANSLATE_NOOP("points", "Points"),
            window="points",
            facts=(Fact(QT_TRANSLATE_NOOP("points", "Balance"), str(account.balance)),),
            lines=shown,
            amount=QT_TRANSLATE_NOOP("points", "Points"),
            more=more,
        ),
    )
