"""One desk of a hall in the two-desk races (tests/test_hall_races.py), in its own process."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any


def desk(
    url: str, actor: Any, rounds: list[tuple[Any, ...]], barrier: Any, out: Any, name: str
) -> None:
    """For each round wait at the barrier with the other desk, then act at once; report what
    the desk would show (``ok`` and the result's key, or the error's kind)."""
    from gridesk.core.points import earning, shop
    from gridesk.core.requests.cases import StepRequest, move_case
    from gridesk.core.requests.machine import Action
    from gridesk.core.store import open_store
    from gridesk.core.treasure import lending
    from gridesk.core.volunteers.activities import sign_up
    from gridesk.errors import GrideskError

    store = open_store(url, Path(tempfile.mkdtemp(prefix="gridesk-desk-")), migrate=False)
    try:
        for number, (kind, *args) in enumerate(rounds):
            barrier.wait(timeout=120)
            try:
                if kind == "redeem":
                    resident, code, operation = args
                    got: Any = shop.redeem(store, actor, resident, [(code, 1)], operation).number
                elif kind == "award":
                    rule, resident, operation = args
                    got = earning.award(store, actor, rule, [resident], operation).id
                elif kind == "note":
                    case, text = args
                    got = len(
                        move_case(store, actor, case, StepRequest(Action.NOTE, note=text)).events
                    )
                elif kind == "sign_up":
                    activity, resident = args
                    got = sign_up(store, actor, activity, resident).status
                elif kind == "lend":
                    item, resident = args
                    got = lending.lend(store, actor, item, resident).id
                else:
                    raise AssertionError(kind)
                out.put((number, name, "ok", str(got)))
            except GrideskError as exc:
                out.put((number, name, type(exc).__name__, str(exc)))
            except Exception as exc:  # what a person would see as a crash: the test names it
                out.put((number, name, "CRASH " + type(exc).__name__, str(exc)[:300]))
    finally:
        store.close()
