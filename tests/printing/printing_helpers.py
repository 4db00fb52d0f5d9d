"""Small helpers for the printing tests (their folder is on sys.path)."""

from __future__ import annotations

from gridesk.core import auth
from gridesk.core.actor import Actor, Role
from gridesk.core.store import Store


def make_user(store: Store, admin: Actor, role: Role, name: str) -> Actor:
    auth.create_user(store, admin, username=name, display_name=name, role=role, password="secret1")
    return auth.sign_in(store, name, "secret1")
