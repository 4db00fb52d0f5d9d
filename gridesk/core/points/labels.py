"""The points shop's words for the kinds of ledger entries and for the hash chains whose heads
a daily closing keeps; printed only, in Chinese (see ``gridesk/core/labels.py``)."""

from __future__ import annotations

from gridesk.core.anchors import AUDIT, LEDGER
from gridesk.core.labels import Label
from gridesk.core.points.ledger import EARN, REDEEM, REFUND

CONTEXT = "points"

ENTRY_KIND = {
    EARN: Label(CONTEXT, "", "获得"),
    REDEEM: Label(CONTEXT, "", "兑换"),
    REFUND: Label(CONTEXT, "", "退还"),
}
"""What a statement line says the entry was."""
CHAIN = {
    LEDGER: Label(CONTEXT, "", "积分流水链头"),
    AUDIT: Label(CONTEXT, "", "审计日志链头"),
}
"""A chain's head as the closing calls it (the chains: ``core/anchors.py``)."""
