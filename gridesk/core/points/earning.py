"""Earning: the rules catalogue the admin edits, and awards to one resident or many.

An award of more points per resident than the admin's threshold waits (``pending``) until a
second person approves it; its ledger entries are written then, in the approving unit of work.
An award may name its source (``source_kind``, ``source_id``: e.g. an approved volunteer-hours
record); a source earns exactly once (a unique constraint says so in the database too).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridesk.clock import utcnow
from gridesk.core.actor import Actor, Permission
from gridesk.core.models import Resident, Setting, new_id
from gridesk.core.points import errors as E
from gridesk.core.points import ledger
from gridesk.core.points.accounts import DEFAULT_THRESHOLD, THRESHOLD_SETTING, account_for
from gridesk.core.points.accounts import resident_row as _resident
from gridesk.core.points.models import Award, AwardLine, EarningRule
from gridesk.core.store import Store, retried_when_connection_lost
from gridesk.errors import NotFound, ValidationError

MAX_POINTS = 100_000
MAX_RECIPIENTS = 2_000
SCHEMES = ("civility", "pioneer")
APPROVED, PENDING, REJECTED = "approved", "pending", "rejected"


@dataclass(frozen=True)
class RuleView:
    id: uuid.UUID
    name: str
    points: int
    unit: str
    scheme: str
    archived: bool


def _rule_view(r: EarningRule) -> RuleView:
    return RuleView(r.id, r.name, r.points, r.unit, r.scheme, r.archived)


def _check_rule(name: str, points: int, unit: str, scheme: str) -> tuple[str, str]:
    name = " ".join(name.split())
    if not name or len(name) > 60:
        raise ValidationError(E.BAD_NAME, field="name", limit=60)
    if not 1 <= points <= MAX_POINTS:
        raise ValidationError(E.BAD_POINTS, field="points", limit=MAX_POINTS)
    if scheme not in SCHEMES:
        raise ValueError(scheme)
    return name, unit.strip()[:10]


def save_rule(
    store: Store,
    actor: Actor,
    name: str,
    points: int,
    unit: str = "",
    scheme: str = "civility",
    rule_id: uuid.UUID | None = None,
    archived: bool = False,
) -> RuleView:
    """Add a rule (``rule_id`` None) or change one. Past awards keep the points they gave."""
    actor.require(Permission.POINTS_MANAGE)
    name, unit = _check_rule(name, points, unit, scheme)
    with store.write(actor) as s:
        other = s.execute(
            select(EarningRule.id).where(EarningRule.name == name)
        ).scalar_one_or_none()
        if other is not None and other != rule_id:
            raise ValidationError(E.DUPLICATE_RULE, field="name", name=name)
        if rule_id is None:
            rule = EarningRule(name=name, points=points, unit=unit, scheme=scheme, archived=False)
            s.add(rule)
        else:
            found = s.get(EarningRule, rule_id)
            if found is None:
                raise NotFound(E.UNKNOWN_RULE)
            rule = found
            rule.name, rule.points, rule.unit = name, points, unit
            rule.scheme, rule.archived = scheme, archived
        s.flush()
        return _rule_view(rule)


def list_rules(store: Store, actor: Actor, include_archived: bool = False) -> list[RuleView]:
    with store.read() as s:
        stmt = select(EarningRule).order_by(EarningRule.scheme, EarningRule.name)
        if not include_archived:
            stmt = stmt.where(EarningRule.archived.is_(False))
        return [_rule_view(r) for r in s.execute(stmt).scalars()]


@dataclass(frozen=True)
class AwardView:
    id: uuid.UUID
    operation_id: uuid.UUID
    rule_name: str
    points_each: int
    quantity: int
    note: str
    status: str
    recipients: tuple[tuple[uuid.UUID, str], ...]
    created_by: uuid.UUID | None
    created_at: datetime
    source_kind: str | None
    source_id: str | None

    @property
    def total(self) -> int:
        return self.points_each * len(self.recipients)


def _award_view(s: Session, a: Award) -> AwardView:
    rows = s.execute(
        select(AwardLine.resident_id, Resident.name)
        .join(Resident, Resident.id == AwardLine.resident_id)
        .where(AwardLine.award_id == a.id)
        .order_by(Resident.sort_key)
    ).all()
    return AwardView(
        id=a.id,
        operation_id=a.operation_id,
        rule_name=a.rule_name,
        points_each=a.points_each,
        quantity=a.quantity,
        note=a.note,
        status=a.status,
        recipients=tuple((rid, name) for rid, name in rows),
        created_by=a.created_by,
        created_at=a.created_at,
        source_kind=a.source_kind,
        source_id=a.source_id,
    )


def _threshold(s: Session) -> int:
    row = s.get(Setting, THRESHOLD_SETTING)
    return DEFAULT_THRESHOLD if row is None else int(row.value)


def _credit_one(
    s: Session,
    actor: Actor,
    resident: Resident,
    points: int,
    award_id: uuid.UUID,
    operation_id: uuid.UUID,
) -> None:
    account = account_for(s, actor, resident)
    assert account is not None
    ledger.append(s, actor, account, ledger.EARN, points, operation_id, award_id)


def _credit(s: Session, actor: Actor, a: Award, operation_id: uuid.UUID) -> None:
    lines = s.execute(select(AwardLine).where(AwardLine.award_id == a.id)).scalars().all()
    for line in lines:
        _credit_one(s, actor, _resident(s, line.resident_id), line.points, a.id, operation_id)


@retried_when_connection_lost
def award(
    store: Store,
    actor: Actor,
    rule_id: uuid.UUID,
    resident_ids: Sequence[uuid.UUID],
    operation_id: uuid.UUID,
    quantity: int = 1,
    note: str = "",
    source_kind: str | None = None,
    source_id: str | None = None,
    points_each: int | None = None,
) -> AwardView:
    """Award ``rule`` × ``quantity`` to each resident (an activity's attendees at once).

    ``points_each`` replaces rule × quantity where the source fixes the amount (volunteer
    hours: minutes at the rule's or the activity's rate); the rule still names the award."""
    actor.require(Permission.POINTS_AWARD)
    recipients = list(dict.fromkeys(resident_ids))
    if not recipients or len(recipients) > MAX_RECIPIENTS:
        raise ValidationError(E.NO_RESIDENTS, field="residents")
    if not 1 <= quantity <= 1000:
        raise ValidationError(E.BAD_QUANTITY, field="quantity")
    with store.write(actor, operation_id) as s:
        done = s.execute(
            select(Award).where(Award.operation_id == operation_id)
        ).scalar_one_or_none()
        if done is not None:
            return _award_view(s, done)
        if source_kind is not None:
            earlier = s.execute(
                select(Award.id).where(
                    Award.source_kind == source_kind, Award.source_id == source_id
                )
            ).scalar_one_or_none()
            if earlier is not None:
                raise E.AlreadyAwarded(f"{source_kind} {source_id}")
        rule = s.get(EarningRule, rule_id)
        if rule is None or rule.archived:
            raise NotFound(E.UNKNOWN_RULE)
        each = rule.points * quantity if points_each is None else points_each
        if each < 1:
            raise ValidationError(E.BAD_POINTS, field="points", limit=MAX_POINTS)
        if each > MAX_POINTS:
            raise ValidationError(E.BAD_POINTS, field="quantity", limit=MAX_POINTS)
        residents = [_resident(s, rid) for rid in recipients]
        pending = each > _threshold(s)
        a = Award(
            id=new_id(),
            operation_id=operation_id,
            rule_id=rule.id,
            rule_name=rule.name,
            points_each=each,
            quantity=quantity,
            note=note.strip()[:500],
            status=PENDING if pending else APPROVED,
            source_kind=source_kind,
            source_id=source_id,
        )
        s.add(a)
        s.flush()  # before its lines: without relationship() a flush does not order them
        s.add_all(AwardLine(award_id=a.id, resident_id=r.id, points=each) for r in residents)
        if not pending:
            for r in residents:
                _credit_one(s, actor, r, each, a.id, operation_id)
        s.flush()
        return _award_view(s, a)


@retried_when_connection_lost
def decide(
    store: Store, actor: Actor, award_id: uuid.UUID, approve: bool, operation_id: uuid.UUID
) -> AwardView:
    """A second person approves (points are credited now) or rejects a pending award."""
    actor.require(Permission.POINTS_APPROVE)
    with store.write(actor, operation_id) as s:
        a = s.get(Award, award_id, with_for_update=True)
        if a is None:
            raise NotFound(E.UNKNOWN_AWARD)
        if a.decision_operation_id == operation_id:
            return _award_view(s, a)  # a repeat of this very decision
        if a.status != PENDING:
            raise E.AlreadyDecided()
        if a.created_by == actor.user_id:
            raise E.OwnApproval()
        a.status = APPROVED if approve else REJECTED
        a.decided_by = actor.user_id
        a.decided_at = utcnow()
        a.decision_operation_id = operation_id
        s.flush()
        if approve:
            _credit(s, actor, a, operation_id)
        s.flush()
        return _award_view(s, a)


def list_awards(
    store: Store, actor: Actor, status: str | None = None, limit: int = 200
) -> list[AwardView]:
    if not (actor.can(Permission.POINTS_AWARD) or actor.can(Permission.POINTS_APPROVE)):
        actor.require(Permission.POINTS_AWARD)
    with store.read() as s:
        stmt = select(Award).order_by(Award.created_at.desc()).limit(limit)
        if status is not None:
            stmt = stmt.where(Award.status == status)
        return [_award_view(s, a) for a in s.execute(stmt).scalars()]
