"""One desk in the two-desk race (run in its own process by test_race.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def desk(
    db: str, actor: Any, rounds: list[tuple[str, Any, Any]], barrier: Any, results: Any, name: str
) -> None:
    """For each round wait at the barrier with the other desk, then act at once."""
    from gridesk.core.store import open_store
    from gridesk.core.treasure import lending, rooms
    from gridesk.errors import GrideskError

    if "://" in db:  # a database URL (PostgreSQL): the data folder is only for logs
        import tempfile

        store = open_store(db, Path(tempfile.mkdtemp()), backup_first=False)
    else:
        path = Path(db)
        store = open_store(f"sqlite:///{path}", path.parent, backup_first=False)
    try:
        for number, (kind, target, who) in enumerate(rounds):
            barrier.wait(timeout=60)
            try:
                if kind == "lend":
                    lending.lend(store, actor, target, who)
                else:
                    rooms.book_room(store, actor, target)
                results.put((number, name, "won", ""))
            except GrideskError as exc:
                results.put((number, name, type(exc).__name__, str(exc)))
    finally:
        store.close()
