"""`gridesk check`: the file's integrity and every invariant the records promise.

Each capability registers its own checks with :func:`register`; a check yields the
violations it finds as plain sentences. The hash chains are also held against every anchor
known (``core/anchors.py``: the data folder's ``anchors.txt`` and any given, e.g. read off a
printed daily closing).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from gridesk.core import anchors
from gridesk.core.anchors import Anchor
from gridesk.core.chains import unprotected, verify_audit_chain
from gridesk.core.models import Installation, Resident, ResidentKey, User
from gridesk.core.store import Store
from gridesk.windows import WINDOWS, load

Check = Callable[[Session], Iterator[str]]
_CHECKS: list[tuple[str, Check, bool]] = []


def register(name: str, *, warning: bool = False) -> Callable[[Check], Check]:
    """A check of ``name``. A ``warning`` says something the desk should act on that is not a
    broken record (e.g. next year's holidays not entered yet): shown, but `check` passes."""

    def wrap(fn: Check) -> Check:
        _CHECKS.append((name, fn, warning))
        return fn

    return wrap


def _load_window_checks() -> None:
    # each window registers its checks when its check module is imported
    for window in WINDOWS:
        if window.checks:
            load(window.checks)


def run_checks(store: Store, given: Sequence[Anchor] = ()) -> list[str]:
    """Every violation the registered checks find, and where the chains differ from an anchor
    (the data folder's and ``given``); empty when the file is whole."""
    _load_window_checks()
    problems = _run(store, warnings=False)
    with store.read() as s:
        problems += [f"anchors: {p}" for p in anchors.verify_all(s, store.data_dir, given)]
    return problems


def run_warnings(store: Store) -> list[str]:
    """What the registered warnings say (they never fail `check`)."""
    _load_window_checks()
    return _run(store, warnings=True)


def _run(store: Store, warnings: bool) -> list[str]:
    problems = (
        []
        if warnings
        else [f"integrity: {p}" for p in store.dialect.integrity_problems(store.engine)]
    )
    with store.read() as s:
        for name, check, is_warning in _CHECKS:
            if is_warning == warnings:
                problems += [f"{name}: {p}" for p in check(s)]
    return problems


@register("installation")
def _installation(s: Session) -> Iterator[str]:
    if s.execute(select(func.count()).select_from(Installation)).scalar_one() != 1:
        yield "there must be exactly one installation row"
    admins = s.execute(
        select(func.count()).where(User.role == "admin", User.active.is_(True))
    ).scalar_one()
    if admins == 0:
        yield "no active administrator"


@register("audit log")
def _audit_log(s: Session) -> Iterator[str]:
    for problem in verify_audit_chain(s):
        yield f"audit row #{problem.seq} ({problem.row_id}) {problem.what}"
    yield from unprotected(s, ("audit_log",))


@register("residents")
def _resident_keys(s: Session) -> Iterator[str]:
    missing = s.execute(
        select(Resident.id, Resident.name).where(Resident.search_keys == "").limit(20)
    ).all()
    for row in missing:
        yield f"resident {row.name} ({row.id}) has no search keys"
    # every key row is one its resident lists (Resident.search_keys), and no more
    stored = s.execute(select(func.count()).select_from(ResidentKey)).scalar_one()
    spaces = func.length(Resident.search_keys) - func.length(
        func.replace(Resident.search_keys, " ", "")
    )
    listed = s.execute(
        select(func.coalesce(func.sum(spaces + 1), 0)).where(Resident.search_keys != "")
    ).scalar_one()
    if stored != listed:
        yield f"{stored} search keys are stored, but the residents list {listed}"
    dupes = s.execute(
        text(
            "SELECT id_number, COUNT(*) FROM residents WHERE id_number IS NOT NULL "
            "GROUP BY id_number HAVING COUNT(*) > 1 LIMIT 20"
        )
    ).all()
    for number, n in dupes:
        yield f"ID number ending {number[-4:]} is registered {n} times"
