"""The indexes the reports read by (on other windows' tables, declared here so the reports'
needs stay in one place; the migration 0011_reports makes them).

A month's report reads request events by day (first resolutions, call-backs, escalations)
and ledger entries by time; without these both are a scan of every row (a million each in
the benchmark)."""

from __future__ import annotations

from sqlalchemy import Index

from gridesk.core.points.models import LedgerEntry
from gridesk.core.requests.models import RequestEvent

EVENTS_BY_DAY = Index("ix_request_events_day", RequestEvent.day, RequestEvent.action)
# covering: a period's sums, active accounts and awards read the index alone
ENTRIES_BY_TIME = Index(
    "ix_points_entries_created",
    LedgerEntry.created_at,
    LedgerEntry.kind,
    LedgerEntry.points,
    LedgerEntry.account_id,
    LedgerEntry.ref_id,
)
