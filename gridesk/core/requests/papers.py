"""The requests window's documents, each made from a business event and returned ready for
the print history: the ticket receipt handed over at intake, the wish-wall poster, the weekly
review (民情周会审). The screens only choose a printer and show what happened."""

from __future__ import annotations

from gridesk.core.actor import Actor
from gridesk.core.labels import zh
from gridesk.core.printing import (
    FAMILY_PAGE,
    FAMILY_RECEIPT,
    Document,
    document_station,
    printer_settings,
)
from gridesk.core.requests import labels
from gridesk.core.requests.cases import CaseDetail
from gridesk.core.requests.review import Review
from gridesk.core.requests.wishes import list_wishes
from gridesk.core.store import Store
from gridesk.documents import requests as docs
from gridesk.documents.receipt import render_receipt
from gridesk.errors import QT_TRANSLATE_NOOP

CONTEXT = "requests"
PAGE_KINDS = ("a5", "a4")
"""Receipt layouts printed on sheets (the page printer) rather than on the roll."""


def ticket_facts(case: CaseDetail) -> docs.TicketFacts:
    return docs.TicketFacts(
        number=case.number,
        accepted_at=case.accepted_at,
        contact_name=case.contact_name,
        phone=case.phone,
        category=case.category,
        description=case.description,
        deadline_days=case.deadline_days,
        deadline=case.deadline,
        handler_name=case.handler_name,
        checklist=case.checklist,
        channel=zh(labels.CHANNEL, case.channel),
        accepted_day=case.accepted_day,
        accepted_by=case.events[0].who if case.events else "",
    )


def ticket(store: Store, actor: Actor, case: CaseDetail, page_kind: str | None = None) -> Document:
    """The ticket receipt of a case (at intake, or again on request): on the receipt roll of
    the printer settings, or on ``page_kind`` ("a5") when the desk asks for a sheet."""
    receipt = docs.ticket_receipt(document_station(store), ticket_facts(case), store.qr_secret())
    kind = page_kind or printer_settings(store).receipt_page_kind
    family = FAMILY_PAGE if kind in PAGE_KINDS else FAMILY_RECEIPT
    return Document(
        kind="ticket",
        title=QT_TRANSLATE_NOOP("requests", "Request receipt {number}"),
        subject=case.contact_name,
        pdf=render_receipt(receipt, kind),
        family=family,
        subject_id=str(case.id),
        receipt=receipt if family == FAMILY_RECEIPT else None,
        context=CONTEXT,
        params={"number": case.number},
    )


def wish_wall(store: Store, actor: Actor, status: str | None = None) -> Document:
    """The wish-wall poster (A4): every wish (of ``status``) with its signed QR code."""
    cards = [
        docs.WishCard(
            w.number,
            w.wisher_name,
            w.what,
            w.status,
            w.claimer_name,
            w.fulfilled_photo or w.photo,
            zh(labels.WISH, w.status),
        )
        for w in list_wishes(store, actor, status)
    ]
    return Document(
        kind="wish_wall",
        title=QT_TRANSLATE_NOOP("requests", "Wish wall poster"),
        subject="",
        pdf=docs.wish_poster(document_station(store), cards, store.qr_secret()),
        family=FAMILY_PAGE,
        context=CONTEXT,
    )


def review_facts(review: Review) -> docs.ReviewFacts:
    return docs.ReviewFacts(
        first_day=review.first_day,
        last_day=review.last_day,
        rows=tuple(
            docs.ReviewRow(
                r.number,
                r.accepted_day,
                r.contact_name,
                r.category,
                r.grid_name,
                r.handler_name,
                zh(labels.STATUS, r.status),
                r.deadline,
                r.rating,
                r.description,
                review.is_overdue(r),
            )
            for r in review.cases
        ),
        by_category=review.by_category,
        by_grid=review.by_grid,
        by_status=tuple((zh(labels.STATUS, k), n) for k, n in review.by_status),
        overdue=review.overdue,
        rated=review.rated,
        average_rating=review.average_rating,
        satisfied_share=review.satisfied_share,
    )


def weekly_review(store: Store, actor: Actor, review: Review) -> Document:
    """The week's review on A4, for the weekly meeting."""
    return Document(
        kind="weekly_review",
        title=QT_TRANSLATE_NOOP("requests", "Weekly review"),
        subject=str(review.first_day),
        pdf=docs.review_pdf(document_station(store), review_facts(review)),
        family=FAMILY_PAGE,
        context=CONTEXT,
    )
