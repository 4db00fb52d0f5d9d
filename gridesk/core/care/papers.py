"""The care register's papers, read from the register: a resident's visit record (走访记录) and
the overdue list (documents/care.py draws them)."""

from __future__ import annotations

import uuid
from datetime import date

from gridesk import clock
from gridesk.core.actor import Actor, Permission
from gridesk.core.care.labels import KIND, VISIT_STATUS
from gridesk.core.care.register import overdue_visits, register_row
from gridesk.core.care.visits import GoodsLine, list_visits
from gridesk.core.labels import zh
from gridesk.core.printing import FAMILY_PAGE, Document, document_station
from gridesk.core.residents.labels import GENDER
from gridesk.core.residents.records import age_on
from gridesk.core.store import Store
from gridesk.documents.care import (
    OverdueEntry,
    VisitEntry,
    VisitRecord,
    render_overdue_visits,
    render_visit_record,
)
from gridesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError


def yuan(cents: int) -> str:
    """¥1,234.50"""
    return f"¥{cents / 100:,.2f}"


def goods_words(g: GoodsLine) -> str:
    """米 2 袋 ¥120.00"""
    amount = f"{g.quantity} {g.unit}".strip() if g.unit else f"×{g.quantity}"
    value = f" {yuan(g.value_cents)}" if g.value_cents else ""
    return f"{g.item} {amount}{value}"


def visit_record(
    store: Store,
    actor: Actor,
    resident_id: uuid.UUID,
    start: date | None = None,
    end: date | None = None,
) -> VisitRecord:
    """What a resident's 走访记录 says for ``start``..``end`` (default: this year to today)."""
    actor.require(Permission.CARE_VIEW)
    end = end or clock.today()
    start = start or date(end.year, 1, 1)
    if start > end:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The period ends before it starts."), field="start"
        )
    row = register_row(store, actor, resident_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This resident is not in the care register."))
    visits = list(reversed(list_visits(store, actor, resident_id, start, end)))
    entries = []
    for v in visits:
        follow = tuple(
            f"{f.action}（诉求 {f.request_number}）" if f.request_number else f.action
            for f in v.follow_ups
        )
        entries.append(
            VisitEntry(
                day=v.day,
                kind=zh(KIND, v.kind),
                visitors=v.visitors,
                findings=v.findings,
                goods=tuple(goods_words(g) for g in v.goods),
                follow_ups=follow,
            )
        )
    return VisitRecord(
        name=row.name,
        gender=zh(GENDER, row.gender),
        age=age_on(row.birth_date, end),
        phone=row.phone,
        address=row.address,
        grid=row.grid_name,
        groups=row.groups,
        helpers=row.helpers,
        every_days=row.every_days,
        start=start,
        end=end,
        visits=tuple(entries),
        goods_total=yuan(sum(v.goods_cents for v in visits)),
        printed_on=clock.today(),
    )


def visit_record_pdf(
    store: Store,
    actor: Actor,
    resident_id: uuid.UUID,
    start: date | None = None,
    end: date | None = None,
) -> bytes:
    return render_visit_record(
        visit_record(store, actor, resident_id, start, end), document_station(store)
    )


def overdue_pdf(store: Store, actor: Actor, today: date | None = None) -> bytes:
    today = today or clock.today()
    entries = [
        OverdueEntry(
            name=o.name,
            phone=o.phone,
            address=o.address,
            groups="、".join(o.groups),
            helpers=o.helpers,
            last_visit=f"{o.last_visit:%Y-%m-%d}" if o.last_visit else zh(VISIT_STATUS, "never"),
            days_overdue=o.days_overdue if o.last_visit else 0,
        )
        for o in overdue_visits(store, actor, today)
    ]
    return render_overdue_visits(entries, today, document_station(store))


CONTEXT = "care"


def paper_visit_record(store: Store, actor: Actor, resident_id: uuid.UUID) -> Document:
    """A resident's 走访记录 (this year to today), as it is kept in the print history."""
    record = visit_record(store, actor, resident_id)
    return Document(
        kind="care_visit_record",
        title=QT_TRANSLATE_NOOP("care", "Visit record: {name}"),
        subject=record.name,
        pdf=render_visit_record(record, document_station(store)),
        family=FAMILY_PAGE,
        subject_id=str(resident_id),
        context=CONTEXT,
        params={"name": record.name},
    )


def paper_overdue(store: Store, actor: Actor) -> Document:
    """Today's list of care residents not visited in time."""
    today = clock.today()
    return Document(
        kind="care_overdue",
        title=QT_TRANSLATE_NOOP("care", "Not visited in time {day}"),
        subject="",
        pdf=overdue_pdf(store, actor, today),
        family=FAMILY_PAGE,
        context=CONTEXT,
        params={"day": f"{today:%Y-%m-%d}"},
    )
