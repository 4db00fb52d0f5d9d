"""Points shop (积分超市): the records (tables on gridesk.core.models.Base)."""

from __future__ import annotations
