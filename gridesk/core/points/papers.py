"""The points shop's documents, each made from a business event and returned ready for the
print history: the redemption receipt, the refund slip, the daily closing (on the receipt
roll) and a resident's statement (A4). The screens only choose a printer and show what
happened."""

from __future__ import annotations

import uuid

from gridesk import clock
from gridesk.core.actor import Actor
from gridesk.core.points import labels, reports
from gridesk.core.points.shop import RedemptionView, RefundView
from gridesk.core.printing import (
    FAMILY_PAGE,
    Document,
    document_station,
    receipt_document,
)
from gridesk.core.store import Store
from gridesk.documents import points as docs
from gridesk.documents.qr import make_payload
from gridesk.errors import QT_TRANSLATE_NOOP

CONTEXT = "points"


def redemption_receipt(
    store: Store, actor: Actor, done: RedemptionView, secret: bytes | None = None
) -> Document:
    """The receipt of a redemption, with the QR code that opens it for a refund. ``secret``:
    the installation's QR secret when the caller holds it already (the counter does)."""
    receipt = docs.redemption_receipt(
        document_station(store),
        done.number,
        done.resident_name,
        done.cashier,
        done.created_at,
        [(line.name, line.quantity, line.points) for line in done.lines],
        done.total,
        done.balance_before,
        done.balance_after,
        make_payload(secret or store.qr_secret(), "X", str(done.id)),
    )
    return receipt_document(
        store,
        "points_receipt",
        QT_TRANSLATE_NOOP("points", "Points receipt {number}"),
        done.resident_name,
        receipt,
        done.id,
        context=CONTEXT,
        number=done.number,
    )


def refund_slip(store: Store, actor: Actor, done: RefundView, resident_name: str) -> Document:
    """The slip of a refund (of the redemption of ``resident_name``)."""
    receipt = docs.refund_slip(
        document_station(store),
        done.number,
        done.redemption_number,
        resident_name,
        done.cashier,
        done.created_at,
        done.lines,
        done.total,
        done.balance_after,
        done.note,
    )
    return receipt_document(
        store,
        "points_refund",
        QT_TRANSLATE_NOOP("points", "Points refund {number}"),
        resident_name,
        receipt,
        done.id,
        context=CONTEXT,
        number=done.number,
    )


def head_words(closing: reports.DailyClosing) -> tuple[tuple[str, str], ...]:
    """The closing's chain heads as printed: (what the chain is called, ``ledger:COUNT:HASH``)."""
    return tuple(
        (labels.CHAIN[h.chain].zh if h.chain in labels.CHAIN else "链头", h.text())
        for h in closing.heads
    )


def closing_receipt(store: Store, actor: Actor, closing: reports.DailyClosing) -> Document:
    """The day's closing (日结) on the receipt roll, with the chains' heads to keep."""
    receipt = docs.closing_receipt(
        document_station(store),
        closing.day,
        closing.rows,
        closing.goods,
        clock.local_now(),
        heads=head_words(closing),
        desk=closing.desk,
    )
    return receipt_document(
        store,
        "points_closing",
        QT_TRANSLATE_NOOP("points", "Daily closing {day}"),
        actor.display_name,
        receipt,
        context=CONTEXT,
        day=f"{closing.day:%Y-%m-%d}",
    )


def statement(store: Store, actor: Actor, resident_id: uuid.UUID, address: str) -> Document:
    """A resident's statement (积分流水) on A4: every entry of the account, oldest first."""
    st = reports.statement(store, actor, resident_id)
    pdf = docs.statement_pdf(
        document_station(store), st.name, address, st.lines, st.balance, clock.local_now()
    )
    return Document(
        kind="points_statement",
        title=QT_TRANSLATE_NOOP("points", "Points statement"),
        subject=st.name,
        pdf=pdf,
        family=FAMILY_PAGE,
        subject_id=str(st.resident_id),
        context=CONTEXT,
    )
