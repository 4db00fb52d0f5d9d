"""What the main window may ask of a page: every window's page is a :class:`Page`.

The main window knows the windows only through `gridesk.windows` and talks to each page through
this class, never by probing for attributes. A page overrides what it does; the defaults do
nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget


class Page(QWidget):
    open_page = Signal(str)
    """Show another window (by its key in gridesk.windows)."""
    open_records = Signal(str, dict)
    """Show another window's list filtered (by its key, and filter names and values as text
    that window understands): the reports' drill-down, and the home page's lines of waiting
    work (``{"view": Work.view}``)."""
    count_changed = Signal(int)
    """What waits here changed (cases due, ...): shown beside the window's name."""
    status_changed = Signal()
    """Something the status bar shows changed (a backup was made or restored)."""
    start_for_resident = Signal(str, object)
    """Begin another window's usual work for a resident (its key, the resident's UUID): the
    buttons of 居民档案."""
    settings_changed = Signal(dict)
    """The installation's settings changed: the changed values by key (the idle lock)."""

    def refresh(self) -> None:
        """The page was brought on screen: show the records as they are now."""

    def count(self) -> int:
        """What waits in this window, for the navigation list (0: nothing shown)."""
        return 0

    def open_code(self, kind: str, ident: str) -> str:
        """Open what a verified scanned code names (a kind this window lists in
        gridesk.windows). Returns a message for the desk, or "" when it opened."""
        return ""

    def show_records(self, wanted: dict[str, str]) -> None:
        """Show the list narrowed to ``wanted`` (filter names and values as text: grid_id,
        category_id, handler, view ...), as far as this window's list has those filters, with
        the keyboard in it. ``view`` alone is a home-page line's (a ``Work.view`` of
        gridesk.windows): the tab, filtered to what waits."""

    def start_for(self, resident_id: uuid.UUID) -> None:
        """Begin this window's usual work for one resident, with the keyboard in it (a
        window with ``start`` in gridesk.windows: a request, a loan, a redemption)."""

    def take_card(self, ident: str) -> bool:
        """A resident or volunteer card scanned while this page is on screen: True when the
        page used it (the volunteers page checks the person in), False to open the record."""
        return False


def with_uuid(ident: str, open_id: Callable[[uuid.UUID], object]) -> str:
    """Open a code whose id is a UUID; a damaged one is said, not opened."""
    try:
        target = uuid.UUID(ident)
    except ValueError:
        return QCoreApplication.translate("scan", "This card's number is damaged.")
    open_id(target)
    return ""
