"""The product's windows, in navigation order: the one list every hub loops over.

The main window, the home page, the scan box, `gridesk check`, the schema (core/models.py),
the command line, the demo, the benchmarks and the translation files each walk this list
instead of naming the windows by hand. A new window is its own packages (core/<key>,
ui/<key>, documents/<key>.py, ...) plus one entry here.

Plain names only: this module imports nothing of GriDesk, so every floor (core, the command
line, the screens) can read it without pulling in another; each loads the parts it needs with
:func:`load`. Permissions are `gridesk.core.actor.Permission` values; captions are marked for
translation in the "windows" context.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text


@dataclass(frozen=True)
class Work:
    """A line of the home page: a kind of work that waits for the desk today, how many, and
    the view that lists them (Enter or a click opens it). Lines with nothing waiting are not
    shown."""

    key: str
    caption: str  # QT_TRANSLATE_NOOP("windows", ...): said after the number
    permission: str
    count: str  # "module:function", (store, actor) -> int
    view: str  # passed to the window's Page.show_records as {"view": view}: which tab, filter


@dataclass(frozen=True)
class Window:
    key: str
    title: str  # QT_TRANSLATE_NOOP("windows", ...)
    page: str  # "module:Class": a gridesk.ui.page.Page subclass, made with the Desk
    permission: str | None = None  # to see the window at all
    refused: str = ""  # said when a scanned code needs the window and the role lacks it
    models: str | None = None  # the module whose import puts the window's tables on the schema
    checks: str | None = None  # the module registering its `gridesk check` entries
    scan_kinds: tuple[str, ...] = ()  # QR kinds (GD1|<kind>|...) the page opens
    work: tuple[Work, ...] = ()  # the home page's lines
    translations: str | None = None  # its own .ts pair, <name>_<lang>.ts
    cli: str | None = None  # a gridesk.cli module: add_parsers(sub, common) and COMMANDS
    demo: str | None = None  # "module:function" adding its demo records (gridesk.demo)
    bench: str | None = None  # "module:function", its section of `gridesk bench`
    status: str | None = None  # "module:function", (store) -> its status-bar text ("" none)
    resident_file: str | None = None  # "module:function", its sections of 居民档案
    # (gridesk.core.resident_file): (store, actor, resident_id, today) -> tuple of sections
    start: str = ""  # QT_TRANSLATE_NOOP("windows", ...): 居民档案's button for Page.start_for
    start_permission: str = ""  # who may press that button
    start_key: str = ""  # that button's key ("F2"), the same whatever the order here: the
    # everyday starts F2-F4 (request, loan, redemption), the card F8; F5 is the panel's Edit


WINDOWS: tuple[Window, ...] = (
    Window(
        key="home",
        title=QT_TRANSLATE_NOOP("windows", "Home"),
        page="gridesk.ui.home:HomePage",
    ),
    Window(
        key="residents",
        title=QT_TRANSLATE_NOOP("windows", "Residents"),
        page="gridesk.ui.residents.page:ResidentsPage",
        permission="residents.view",
        refused=QT_TRANSLATE_NOOP("windows", "Your role cannot open residents' records."),
        scan_kinds=("R", "V"),
        resident_file="gridesk.core.residents.file:sections",
    ),
    Window(
        key="requests",
        title=QT_TRANSLATE_NOOP("windows", "Requests"),
        page="gridesk.ui.requests.page:RequestsPage",
        permission="requests.view",
        refused=QT_TRANSLATE_NOOP("windows", "Your role cannot open requests."),
        models="gridesk.core.requests.models",
        checks="gridesk.core.requests.check",
        scan_kinds=("T",),
        work=(
            Work(
                "cases",
                QT_TRANSLATE_NOOP("windows", "requests due today or overdue"),
                "requests.view",
                "gridesk.core.requests.cases:due_count",
                "due",
            ),
            Work(
                "mine",
                QT_TRANSLATE_NOOP("windows", "open cases I took in (my cases)"),
                "requests.view",
                "gridesk.core.requests.cases:my_open_count",
                "mine",
            ),
            Work(
                "callbacks",
                QT_TRANSLATE_NOOP("windows", "call-backs to make"),
                "requests.view",
                "gridesk.core.requests.cases:callback_count",
                "callback",
            ),
            Work(
                "wishes",
                QT_TRANSLATE_NOOP("windows", "wishes waiting for someone"),
                "requests.view",
                "gridesk.core.requests.wishes:open_wish_count",
                "wishes",
            ),
        ),
        translations="requests",
        demo="gridesk.demo.requests:add_demo",
        bench="gridesk.bench.requests:section",
        resident_file="gridesk.core.requests.resident_file:sections",
        start=QT_TRANSLATE_NOOP("windows", "New request"),
        start_permission="requests.handle",
        start_key="F2",
    ),
    Window(
        key="volunteers",
        title=QT_TRANSLATE_NOOP("windows", "Volunteers"),
        page="gridesk.ui.volunteers.page:VolunteersPage",
        permission="volunteers.view",
        models="gridesk.core.volunteers.models",
        checks="gridesk.core.volunteers.check",
        work=(
            Work(
                "shifts",
                QT_TRANSLATE_NOOP("windows", "shifts this week short of people"),
                "volunteers.manage",
                "gridesk.core.volunteers.services:understaffed_count",
                "roster",
            ),
            Work(
                "hours",
                QT_TRANSLATE_NOOP("windows", "volunteer hours to approve"),
                "volunteers.manage",
                "gridesk.core.volunteers.hours:hours_to_approve",
                "hours",
            ),
        ),
        translations="volunteers",
        cli="gridesk.cli.volunteers",
        demo="gridesk.demo.volunteers:add_demo",
        bench="gridesk.bench.volunteers:section",
        resident_file="gridesk.core.volunteers.resident_file:sections",
    ),
    Window(
        key="treasure",
        title=QT_TRANSLATE_NOOP("windows", "Treasure box"),
        page="gridesk.ui.treasure.page:TreasurePage",
        permission="rooms.book",
        refused=QT_TRANSLATE_NOOP("windows", "Your role cannot open the treasure box."),
        models="gridesk.core.treasure.models",
        checks="gridesk.core.treasure.check",
        scan_kinds=("A", "L", "B"),
        work=(
            Work(
                "bookings",
                QT_TRANSLATE_NOOP("windows", "room bookings today to check in or approve"),
                "rooms.book",
                "gridesk.core.treasure.rooms:waiting_today_count",
                "rooms",
            ),
            Work(
                "loans",
                QT_TRANSLATE_NOOP("windows", "loans overdue"),
                "treasure.lend",
                "gridesk.core.treasure.lending:overdue_count",
                "overdue",
            ),
        ),
        translations="treasure",
        cli="gridesk.cli.treasure",
        demo="gridesk.demo.treasure:add_demo",
        bench="gridesk.bench.treasure:section",
        resident_file="gridesk.core.treasure.resident_file:sections",
        start=QT_TRANSLATE_NOOP("windows", "Lend"),
        start_permission="treasure.lend",
        start_key="F3",
    ),
    Window(
        key="points",
        title=QT_TRANSLATE_NOOP("windows", "Points shop"),
        page="gridesk.ui.points.page:PointsPage",
        permission="points.redeem",
        refused=QT_TRANSLATE_NOOP("windows", "Your role cannot open the points shop."),
        models="gridesk.core.points.models",
        checks="gridesk.core.points.check",
        scan_kinds=("X",),
        work=(
            Work(
                "stock",
                QT_TRANSLATE_NOOP("windows", "goods running low"),
                "points.stock",
                "gridesk.core.points.shop:low_stock_count",
                "stock",
            ),
        ),
        translations="points",
        cli="gridesk.cli.points",
        demo="gridesk.demo.points:add_demo",
        bench="gridesk.bench.points:section",
        resident_file="gridesk.core.points.resident_file:sections",
        start=QT_TRANSLATE_NOOP("windows", "Redeem"),
        start_permission="points.redeem",
        start_key="F4",
    ),
    Window(
        key="reports",
        title=QT_TRANSLATE_NOOP("windows", "Reports"),
        page="gridesk.ui.reports.page:ReportsPage",
        permission="reports.view",
        models="gridesk.core.reports.models",
        translations="reports",
        cli="gridesk.cli.reports",
        bench="gridesk.bench.reports:section",
    ),
    Window(
        key="care",
        title=QT_TRANSLATE_NOOP("windows", "Care register"),
        page="gridesk.ui.care.page:CarePage",
        permission="care.view",
        refused=QT_TRANSLATE_NOOP("windows", "Your role cannot open the care register."),
        models="gridesk.core.care.models",
        checks="gridesk.core.care.check",
        work=(
            Work(
                "care_visits",
                QT_TRANSLATE_NOOP("windows", "care residents not visited in time"),
                "care.view",
                "gridesk.core.care.register:overdue_count",
                "overdue",
            ),
        ),
        translations="care",
        cli="gridesk.cli.care",
        demo="gridesk.demo.care:add_demo",
        bench="gridesk.bench.care:section",
        resident_file="gridesk.core.care.resident_file:sections",
    ),
    Window(
        key="partners",
        title=QT_TRANSLATE_NOOP("windows", "Partner units"),
        page="gridesk.ui.partners.page:PartnersPage",
        permission="partners.view",
        refused=QT_TRANSLATE_NOOP("windows", "Your role cannot open the partner units."),
        models="gridesk.core.partners.models",
        checks="gridesk.core.partners.check",
        translations="partners",
        cli="gridesk.cli.partners",
        demo="gridesk.demo.partners:add_demo",
        bench="gridesk.bench.partners:section",
    ),
    Window(
        key="sync",
        title=QT_TRANSLATE_NOOP("windows", "Sync"),
        page="gridesk.ui.sync.page:SyncPage",
        permission="settings.manage",
        models="gridesk.core.sync.models",
        translations="sync",
        cli="gridesk.cli.sync",
        status="gridesk.ui.sync.page:status_text",
        bench="gridesk.bench.sync:section",
    ),
    Window(
        key="cards",
        title=QT_TRANSLATE_NOOP("windows", "Card printing"),
        page="gridesk.ui.cards.page:CardsPage",
        permission="print.cards",
        start=QT_TRANSLATE_NOOP("windows", "Print card"),
        start_permission="print.cards",
        start_key="F8",
    ),
    Window(
        key="admin",
        title=QT_TRANSLATE_NOOP("windows", "Admin"),
        page="gridesk.ui.admin.page:AdminPage",
        permission="users.manage",
    ),
)


def window(key: str) -> Window:
    return next(w for w in WINDOWS if w.key == key)


def load(path: str) -> Any:
    """A "package.module" (the module) or "package.module:name" (that attribute)."""
    module, _, name = path.partition(":")
    loaded = importlib.import_module(module)
    return getattr(loaded, name) if name else loaded
