"""Small helpers for the points tests (their folder is on sys.path)."""

from __future__ import annotations

import uuid

from gridesk.core import auth
from gridesk.core.actor import Actor, Role
from gridesk.core.models import new_id
from gridesk.core.points import earning
from gridesk.core.store import Store


def op() -> uuid.UUID:
    """A fresh operation id, as the UI makes one before sending."""
    return new_id()


def make_user(store: Store, admin: Actor, role: Role, name: str) -> Actor:
    auth.create_user(store, admin, username=name, display_name=name, role=role, password="secret1")
    return auth.sign_in(store, name, "secret1")


def give(store: Store, admin: Actor, resident_id: uuid.UUID, points: int) -> None:
    """Credit ``points`` through a rule worth exactly that (below the approval threshold)."""
    rule = earning.save_rule(store, admin, f"测试 {points} {new_id().hex[-10:]}", points)
    earning.award(store, admin, rule.id, [resident_id], op())


def redeem_at_the_barrier(url: str, data_dir: str, actor: Actor, resident_id, code, barrier, out):
    """One desk in its own process: open the database, wait for the other, redeem."""
    from pathlib import Path

    from gridesk.core.points import shop
    from gridesk.core.store import open_store
    from gridesk.errors import GrideskError

    store = open_store(url, Path(data_dir), migrate=False)
    try:
        barrier.wait(timeout=60)
        try:
            done = shop.redeem(store, actor, resident_id, [(code, 1)], op())
            out.put(("ok", done.number))
        except GrideskError as exc:
            out.put((type(exc).__name__, str(exc)))
    finally:
        store.close()
