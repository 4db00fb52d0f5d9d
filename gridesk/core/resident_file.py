"""居民档案: the whole resident in one place, read from every window's own records.

Each window that keeps something about a resident names, in ``gridesk/windows.py``, a function
``(store, actor, resident_id, today) -> tuple[FileSection, ...]`` (its ``resident_file``). The
function checks the actor's role itself and returns nothing the role may not read; this module
only gathers the sections, in navigation order, under the resident's own details. Nothing
here writes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from gridesk import clock
from gridesk.core.actor import Actor
from gridesk.core.labels import Label
from gridesk.core.models import Tag
from gridesk.core.residents.records import ResidentDetail, get_resident
from gridesk.core.store import Store
from gridesk.windows import WINDOWS, load

LINES = 8
"""Lines a section lists; the rest are counted (``more``) and found in the window's list."""


@dataclass(frozen=True)
class Fact:
    caption: str  # QT_TRANSLATE_NOOP in the section's context
    value: str = ""  # the record's own words or a number: shown as it is
    label: Label | None = None  # a status instead of a value, formatted with ``args``
    args: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class FileLine:
    when: date | None
    number: str = ""  # the record's human number
    what: str = ""  # the record's own words: a category, an item, a room, a shift
    status: Label | None = None
    amount: str = ""  # a number (points, hours), shown as it is
    late: bool = False  # overdue: shown as the window shows overdue rows
    words: tuple[Label, ...] = ()  # said after ``what``, in the interface language


@dataclass(frozen=True)
class FileSection:
    key: str
    context: str  # the translation context of ``title``, the facts' captions, ``amount``
    title: str
    window: str  # the window (gridesk.windows key) that holds the records
    facts: tuple[Fact, ...] = ()
    lines: tuple[FileLine, ...] = ()
    amount: str = ""  # what the lines' amount column holds ("" for none)
    more: int = 0  # lines left out (older)


@dataclass(frozen=True)
class ResidentFile:
    detail: ResidentDetail
    care_tags: tuple[str, ...]  # those of ``detail.tag_names`` that mark care residents
    sections: tuple[FileSection, ...]


ORDER = ("care", "points", "requests", "loans", "bookings", "volunteers", "printed", "history")
"""How the sections follow each other: the panel reads as the desk needs it, not in the
navigation's order (a window's other sections follow these)."""


SectionSource = Callable[[Store, Actor, uuid.UUID, date], tuple[FileSection, ...]]


def resident_file(
    store: Store, actor: Actor, resident_id: uuid.UUID, today: date | None = None
) -> ResidentFile:
    """The resident's details (the ID number masked as the role requires) and every section
    the actor's role may read, in the windows' order."""
    detail = get_resident(store, actor, resident_id)
    today = today or clock.today()
    sections: list[FileSection] = []
    for window in WINDOWS:
        if window.resident_file:
            source: SectionSource = load(window.resident_file)
            sections.extend(source(store, actor, resident_id, today))
    sections.sort(key=lambda x: ORDER.index(x.key) if x.key in ORDER else len(ORDER))
    care: tuple[str, ...] = ()
    if detail.tag_ids:
        with store.read() as s:
            care = tuple(
                s.execute(
                    select(Tag.name)
                    .where(Tag.id.in_(detail.tag_ids), Tag.care.is_(True))
                    .order_by(Tag.sort_order)
                ).scalars()
            )
    return ResidentFile(detail, care, tuple(sections))


def newest(lines: list[FileLine], limit: int = LINES) -> tuple[tuple[FileLine, ...], int]:
    """The first ``limit`` lines and how many were left out."""
    return tuple(lines[:limit]), max(0, len(lines) - limit)
