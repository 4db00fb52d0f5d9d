"""Who is acting, and what their role lets them do. Checked in services, not only in the UI."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from gridesk.errors import QT_TRANSLATE_NOOP, PermissionDenied


class Role(StrEnum):
    ADMIN = "admin"
    FRONT_DESK = "front_desk"
    CASHIER = "cashier"
    COORDINATOR = "coordinator"
    LEADER = "leader"


ROLE_LABELS = {
    Role.ADMIN: QT_TRANSLATE_NOOP("roles", "Administrator"),
    Role.FRONT_DESK: QT_TRANSLATE_NOOP("roles", "Front desk"),
    Role.CASHIER: QT_TRANSLATE_NOOP("roles", "Cashier"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("roles", "Volunteer coordinator"),
    Role.LEADER: QT_TRANSLATE_NOOP("roles", "Leader (reads reports and lists)"),
}


class Permission(StrEnum):
    RESIDENTS_VIEW = "residents.view"
    RESIDENTS_EDIT = "residents.edit"
    RESIDENTS_IMPORT = "residents.import"
    RESIDENTS_EXPORT = "residents.export"
    ID_NUMBER_FULL = "residents.id_number_full"
    USERS_MANAGE = "users.manage"
    CATALOGUE_MANAGE = "catalogue.manage"
    SETTINGS_MANAGE = "settings.manage"
    BACKUP_MANAGE = "backup.manage"
    AUDIT_VIEW = "audit.view"
    PRINT_CARDS = "print.cards"
    """Cards and other page documents (A4/A5), and their print history."""
    PRINT_RECEIPTS = "print.receipts"
    """Receipts on the roll printer, and their print history."""
    REQUESTS_VIEW = "requests.view"
    REQUESTS_HANDLE = "requests.handle"
    """Take in requests, move them along, record call-backs; publish and light wishes."""
    REQUESTS_MANAGE = "requests.manage"
    """The request catalogue: categories, departments, partner units, the holiday calendar."""
    VOLUNTEERS_VIEW = "volunteers.view"
    VOLUNTEERS_CHECK_IN = "volunteers.check_in"
    """Check-in/out and activity sign-up at the desk."""
    VOLUNTEERS_MANAGE = "volunteers.manage"
    """Teams, profiles, rosters, activities, tasks, approving and correcting hours."""
    POINTS_REDEEM = "points.redeem"
    """The points-shop counter: redemptions, refunds, the daily closing."""
    POINTS_AWARD = "points.award"
    POINTS_APPROVE = "points.approve"
    """Approve awards above the set amount (a second person: never one's own)."""
    POINTS_STOCK = "points.stock"
    POINTS_MANAGE = "points.manage"
    """Earning rules, products and the points-shop settings."""
    TREASURE_LEND = "treasure.lend"
    """Lend and take back items, queue residents for them."""
    TREASURE_MANAGE = "treasure.manage"
    """Items and rooms: add, edit, repair, retire; approve bookings."""
    TREASURE_OVERRIDE = "treasure.override"
    """Lend to a resident who has an overdue item (with a reason)."""
    ROOMS_BOOK = "rooms.book"
    REPORTS_VIEW = "reports.view"
    """The reports window (报表): period figures, charts, the printed and Excel reports."""
    CARE_VIEW = "care.view"
    """The care register: care residents, their helpers and visits, who is overdue."""
    CARE_VISIT = "care.visit"
    """Record visits and relief goods; name and change a resident's helpers."""
    CARE_MANAGE = "care.manage"
    """How often each care group is visited."""
    PARTNERS_VIEW = "partners.view"
    PARTNERS_EDIT = "partners.edit"
    """Partner units: records, 双报到 members, the three lists, links from other windows."""
    PARTNERS_EVALUATE = "partners.evaluate"
    """The annual evaluation: criteria and weights, the scoring sheet."""


_ALL = frozenset(Permission)
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: _ALL,
    Role.FRONT_DESK: frozenset(
        {
            Permission.RESIDENTS_VIEW,
            Permission.RESIDENTS_EDIT,
            Permission.RESIDENTS_IMPORT,
            Permission.RESIDENTS_EXPORT,
            Permission.PRINT_CARDS,
            Permission.PRINT_RECEIPTS,
            Permission.REQUESTS_VIEW,
            Permission.REQUESTS_HANDLE,
            Permission.VOLUNTEERS_VIEW,
            Permission.VOLUNTEERS_CHECK_IN,
            Permission.TREASURE_LEND,
            Permission.TREASURE_MANAGE,
            Permission.ROOMS_BOOK,
            Permission.POINTS_AWARD,
            Permission.CARE_VIEW,
            Permission.CARE_VISIT,
            Permission.PARTNERS_VIEW,
            Permission.PARTNERS_EDIT,
        }
    ),
    Role.CASHIER: frozenset(
        {
            Permission.RESIDENTS_VIEW,
            Permission.PRINT_RECEIPTS,
            Permission.POINTS_REDEEM,
            Permission.POINTS_STOCK,
        }
    ),
    Role.COORDINATOR: frozenset(
        {
            Permission.RESIDENTS_VIEW,
            Permission.RESIDENTS_EDIT,
            Permission.PRINT_CARDS,
            Permission.REQUESTS_VIEW,
            Permission.VOLUNTEERS_VIEW,
            Permission.VOLUNTEERS_CHECK_IN,
            Permission.VOLUNTEERS_MANAGE,
            Permission.POINTS_AWARD,
            Permission.ROOMS_BOOK,
            Permission.CARE_VIEW,
            Permission.CARE_VISIT,
            Permission.PARTNERS_VIEW,
            Permission.PARTNERS_EDIT,
        }
    ),
    # 领导: reads reports and the lists; every permission that changes records is left out
    Role.LEADER: frozenset(
        {
            Permission.RESIDENTS_VIEW,
            Permission.REQUESTS_VIEW,
            Permission.VOLUNTEERS_VIEW,
            Permission.REPORTS_VIEW,
            Permission.CARE_VIEW,
            Permission.PARTNERS_VIEW,
        }
    ),
}


class NoLongerAllowed(PermissionDenied):
    """The signed-in account was disabled, or its role taken down, since signing in."""


@dataclass(frozen=True)
class Actor:
    user_id: uuid.UUID | None
    username: str
    display_name: str
    role: Role
    station_id: uuid.UUID | None
    current: Callable[[Actor], None] | None = field(default=None, compare=False, repr=False)
    """For a signed-in actor: checks against the users table that this account is still
    active with this role (``Store.check_actor``), so a change by the administrator takes
    effect at the user's next action; ``require`` calls it."""

    def __getstate__(self) -> dict[str, object]:
        # an actor sent to another process leaves its store's check behind (the store there
        # still checks every write)
        return {**self.__dict__, "current": None}

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("errors", "Your role does not allow this. Ask an administrator."),
                permission=permission.value,
            )
        if self.current is not None:
            self.current(self)


def check_still_allowed(actor: Actor, active: bool | None, role: str | None) -> None:
    """Refuse ``actor`` unless its user exists, is active, and its role today allows all that
    the actor's role does (a demotion takes effect at once; a promotion at the next sign-in)."""
    try:
        now = ROLE_PERMISSIONS[Role(role)] if role is not None else frozenset()
    except ValueError:
        now = frozenset()
    if not active or not ROLE_PERMISSIONS[actor.role] <= now:
        raise NoLongerAllowed(
            QT_TRANSLATE_NOOP(
                "errors",
                "Your account was disabled or its role changed since you signed in. Sign in "
                "again, or ask an administrator.",
            )
        )
