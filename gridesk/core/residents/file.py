"""The residents window's part of 居民档案: the cards and other papers printed about the
resident, and the history of changes to the record (who, when, what)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from gridesk.clock import local_day
from gridesk.core.actor import Actor, Permission
from gridesk.core.labels import Label
from gridesk.core.models import AuditEntry, PrintJob, Tag, User
from gridesk.core.printing import may_print
from gridesk.core.resident_file import Fact, FileLine, FileSection, newest
from gridesk.core.residents.labels import CHANGE, CONTEXT, FIELD, PRINTED
from gridesk.core.store import Store
from gridesk.errors import QT_TRANSLATE_NOOP


def sections(
    store: Store, actor: Actor, resident_id: uuid.UUID, today: date
) -> tuple[FileSection, ...]:
    out: list[FileSection] = []
    with store.read() as s:
        jobs = s.execute(
            select(PrintJob.created_at, PrintJob.title, PrintJob.family, PrintJob.print_count)
            .where(PrintJob.subject_id == str(resident_id))
            .order_by(PrintJob.created_at.desc())
        ).all()
        lines = [
            FileLine(
                when=local_day(at),
                what=title,
                status=PRINTED if count else None,
                amount=str(count),
            )
            for at, title, family, count in jobs
            if may_print(actor, family)
        ]
        if lines:
            shown, more = newest(lines)
            out.append(
                FileSection(
                    key="printed",
                    context=CONTEXT,
                    title=QT_TRANSLATE_NOOP("residents", "Cards and papers"),
                    window="cards",
                    lines=shown,
                    amount=QT_TRANSLATE_NOOP("residents", "Copies"),
                    more=more,
                )
            )
        if actor.can(Permission.RESIDENTS_EDIT) or actor.can(Permission.AUDIT_VIEW):
            out.append(_history(s, resident_id))
    return tuple(out)


def _history(s: Session, resident_id: uuid.UUID) -> FileSection:
    own = str(resident_id)
    rows = s.execute(
        select(
            AuditEntry.at,
            AuditEntry.action,
            AuditEntry.entity,
            AuditEntry.entity_id,
            AuditEntry.detail,
            AuditEntry.username,
            User.display_name,
            AuditEntry.desk,
        )
        .outerjoin(User, User.username == AuditEntry.username)
        .where(
            or_(
                and_(AuditEntry.entity == "residents", AuditEntry.entity_id == own),
                and_(
                    AuditEntry.entity == "resident_tags",
                    AuditEntry.entity_id.startswith(own + "/", autoescape=True),
                ),
            )
        )
        .order_by(AuditEntry.seq.desc())
    ).all()
    tag_ids = {
        uuid.UUID(row.entity_id.partition("/")[2]) for row in rows if row.entity == "resident_tags"
    }
    tags = (
        dict(s.execute(select(Tag.id, Tag.name).where(Tag.id.in_(tag_ids))).tuples().all())
        if tag_ids
        else {}
    )
    lines: list[FileLine] = []
    for at, action, entity, entity_id, detail, username, name, desk in rows:
        who = f"{name or username} · {desk}" if desk else name or username
        if entity == "resident_tags":
            tag = tags.get(uuid.UUID(entity_id.partition("/")[2]), "")
            step = CHANGE["tag" if action == "create" else "untag"]
            lines.append(FileLine(when=local_day(at), what=f"{tag} · {who}", status=step))
            continue
        fields: list[Label] = []
        for column in detail.split(","):
            if column in FIELD and FIELD[column] not in fields:
                fields.append(FIELD[column])
        if action == "update" and not fields:
            continue  # the program's own columns (search keys) only
        lines.append(
            FileLine(
                when=local_day(at),
                what=who,
                status=CHANGE.get(action),
                words=tuple(fields),
            )
        )
    shown, more = newest(lines)
    return FileSection(
        key="history",
        context=CONTEXT,
        title=QT_TRANSLATE_NOOP("residents", "History of changes"),
        window="residents",
        facts=(Fact(QT_TRANSLATE_NOOP("residents", "Changes"), str(len(lines))),),
        lines=shown,
        more=more,
    )
