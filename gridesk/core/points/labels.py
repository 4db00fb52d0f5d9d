"""The points shop's words for the kinds of ledger entries (English for the screens, context
``points``; Chinese for paper) and for the hash chains whose heads a daily closing keeps (printed
only, in Chinese); see ``gridesk/core/labels.py``."""

from __future__ import annotations

from gridesk.core.anchors import AUDIT, LEDGER
from gridesk.core.labels import Label
from gridesk.core.points.ledger import EARN, REDEEM, REFUND
from gridesk.errors import QT_TRANSLATE_NOOP

CONTEXT = "points"

ENTRY_KIND = {
    EARN: Label(CONTEXT, QT_TRANSLATE_NOOP("points", "Earned"), "获得"),
    REDEEM: Label(CONTEXT, QT_TRANSLATE_NOOP("points", "Redeemed"), "兑换"),
    REFUND: Label(CONTEXT, QT_TRANSLATE_NOOP("points", "Refunded"), "退还"),
}
"""What a statement line (and 居民档案's points lines) says the entry was."""
CHAIN = {
    LEDGER: Label(CONTEXT, "", "积分流水链头"),
    AUDIT: Label(CONTEXT, "", "审计日志链头"),
}
"""A chain's head as the closing calls it (the chains: ``core/anchors.py``)."""
