"""What every page is handed: the store, who is signed in, and where the data lives."""

from __future__ import annotations

from dataclasses import dataclass

from gridesk.config import Location
from gridesk.core.actor import Actor
from gridesk.core.store import Store


@dataclass
class Desk:
    store: Store
    actor: Actor
    location: Location
    demo: bool = False
