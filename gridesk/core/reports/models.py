"""The indexes the reports read by (on other windows' tables, declared here so the reports'
needs stay in one place; the migrations 0012_reports and 0016_resolved_day make them).

A month's report reads cases by the day they were accepted and first resolved, request
events by kind and day (call-backs, escalations, holds) and ledger entries by time; without
these each is a scan of every row (half a million cases, a million entries in the benchmark),
and without their extra columns a look-up of every row in the period."""

from __future__ import annotations

from sqlalchemy import Index

from gridesk.core.points.models import LedgerEntry
from gridesk.core.requests.models import Request, RequestEvent

# covering (migration 0016): a period's call-backs, escalations, and holds and resumes, read by
# the kind of step, then day; with the case and step number for a station's or grid's report
EVENTS_BY_ACTION = Index(
    "ix_request_events_action",
    RequestEvent.action,
    RequestEvent.day,
    RequestEvent.rating,
    RequestEvent.handler_kind,
    RequestEvent.request_id,
    RequestEvent.seq,
)
# covering: a period's cases accepted (by scope, category, channel, handler; overdue; repeat
# residents) and first resolved (on time; days to resolve) read the index alone
CASES_ACCEPTED = Index(
    "ix_requests_report",
    Request.accepted_day,
    Request.station_id,
    Request.grid_id,
    Request.category_id,
    Request.channel,
    Request.handler_name,
    Request.status,
    Request.deadline,
    Request.resident_id,
)
CASES_RESOLVED = Index(
    "ix_requests_resolved",
    Request.resolved_day,
    Request.accepted_day,
    Request.resolved_on_time,
    Request.station_id,
    Request.grid_id,
)
# covering: a period's sums, active accounts and awards read the index alone
ENTRIES_BY_TIME = Index(
    "ix_points_entries_created",
    LedgerEntry.created_at,
    LedgerEntry.kind,
    LedgerEntry.points,
    LedgerEntry.account_id,
    LedgerEntry.ref_id,
)
