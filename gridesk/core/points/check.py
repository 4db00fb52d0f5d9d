"""Points shop (积分超市): the invariants `gridesk check` verifies (registered with check.register)."""

from __future__ import annotations
