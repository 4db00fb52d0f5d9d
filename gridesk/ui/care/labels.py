"""How the care window words where a resident stands with their visits (the labels themselves
are the window's, in ``gridesk/core/care/labels.py``)."""

from __future__ import annotations

from datetime import date

from gridesk.core.care.labels import VISIT_STATUS
from gridesk.core.care.register import RegisterRow
from gridesk.ui.i18n import label_text


def status_text(row: RegisterRow, today: date) -> str:
    """Overdue by 3 days, Never visited, By 2026-12-01 … in the interface language."""
    text = label_text(VISIT_STATUS, row.visit_status(today))
    late = row.overdue_days(today) or 0
    return text.format(days=late, day=f"{row.due:%Y-%m-%d}" if row.due else "")
