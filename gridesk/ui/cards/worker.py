"""Building a big batch of cards off the UI thread, with progress and cancel."""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QThread, Signal

from gridesk.core.cards.sources import (
    BatchCancelled,
    CardBatch,
    CardKind,
    build_cards,
    render_batch,
)
from gridesk.ui.desk import Desk

log = logging.getLogger(__name__)


class CardBatchWorker(QThread):
    """Reads the registry and draws the cards in a thread of its own.

    ``progress(done, total)`` while reading (a ``total`` of 0 means "drawing now"); then
    ``built(batch, pdf)`` or ``failed(error)``; nothing after ``requestInterruption()``
    except ``cancelled``. The services are the same the page calls for small batches.
    """

    progress = Signal(int, int)
    built = Signal(object, bytes)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, desk: Desk, kind: CardKind, ids: list[uuid.UUID]) -> None:
        super().__init__()
        self.desk = desk
        self.kind = kind
        self.ids = ids

    def run(self) -> None:
        try:
            batch: CardBatch = build_cards(
                self.desk.store,
                self.desk.actor,
                self.kind,
                ids=self.ids,
                progress=self.progress.emit,
                cancelled=self.isInterruptionRequested,
            )
            if self.isInterruptionRequested():
                raise BatchCancelled()
            self.progress.emit(len(batch.cards), 0)
            pdf = render_batch(self.desk.store, batch)
            if self.isInterruptionRequested():
                raise BatchCancelled()
        except BatchCancelled:
            self.cancelled.emit()
        except Exception as exc:  # handed to the UI thread, which shows it plainly
            log.exception("building a card batch failed")
            self.failed.emit(exc)
        else:
            self.built.emit(batch, pdf)
