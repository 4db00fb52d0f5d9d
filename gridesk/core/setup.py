"""First run: the station, the admin account, the QR secret and the starting catalogues."""

from __future__ import annotations

import re
import secrets

from sqlalchemy import select

from gridesk.core.actor import Actor, Role
from gridesk.core.auth import actor_for, check_new_password, hash_password
from gridesk.core.models import Installation, Station, Tag, User, new_id
from gridesk.core.store import Store, set_setting
from gridesk.errors import QT_TRANSLATE_NOOP, Conflict, ValidationError

# (name, gets a care contact card)
DEFAULT_TAGS: list[tuple[str, bool]] = [
    ("独居老人", True),
    ("空巢老人", True),
    ("困境儿童", True),
    ("留守儿童", True),
    ("残疾人", True),
    ("低保户", False),
    ("困难党员", True),
    ("党员", False),
    ("流动党员", False),
    ("退役军人", False),
    ("新就业群体", False),
    ("志愿者", False),
]

DEFAULT_SETTINGS = {
    "idle_lock_minutes": 10,
    "language": "zh_CN",
    "backup_keep": 20,
}

STATION_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")


def initialise(
    store: Store,
    *,
    station_name: str,
    station_code: str,
    admin_username: str,
    admin_password: str,
    admin_display_name: str = "",
    address: str = "",
    hotline: str = "",
) -> Actor:
    """Make this installation: refuse to do it twice."""
    station_name = station_name.strip()
    station_code = station_code.strip().upper()
    if not station_name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the station's name."), field="station_name"
        )
    if not STATION_CODE.match(station_code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A station code is 2 to 8 capital letters or digits, starting with a letter (e.g. CY).",
            ),
            field="station_code",
        )
    if not admin_username.strip() or any(c.isspace() for c in admin_username.strip()):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A user name is 1 to 40 characters without spaces."),
            field="username",
        )
    check_new_password(admin_password)
    if store.is_initialised():
        raise Conflict(QT_TRANSLATE_NOOP("errors", "This database is already set up."))
    station_id = new_id()
    admin = User(
        id=new_id(),
        station_id=station_id,
        username=admin_username.strip(),
        display_name=admin_display_name.strip() or admin_username.strip(),
        role=Role.ADMIN.value,
        password_hash=hash_password(admin_password),
    )
    actor = actor_for(admin)
    with store.write(actor) as s:
        admin.created_by = admin.id
        s.add(
            Station(
                id=station_id,
                station_id=station_id,
                name=station_name,
                code=station_code,
                address=address.strip(),
                hotline=hotline.strip(),
            )
        )
        s.add(admin)
        s.flush()
        s.add(Installation(station_id=station_id, qr_secret=secrets.token_hex(32)))
        for order, (name, care) in enumerate(DEFAULT_TAGS):
            s.add(Tag(name=name, care=care, sort_order=order))
        for key, value in DEFAULT_SETTINGS.items():
            set_setting(s, key, value)
    return actor


def installation_admin(store: Store) -> Actor:
    """The actor the command line acts as: the installation's first active administrator."""
    with store.read() as s:
        user = s.execute(
            select(User)
            .where(User.role == Role.ADMIN.value, User.active.is_(True))
            .order_by(User.created_at)
            .limit(1)
        ).scalar_one_or_none()
        if user is None:
            raise Conflict(
                QT_TRANSLATE_NOOP("errors", "This database has no active administrator.")
            )
        actor = actor_for(user)
    return Actor(
        actor.user_id, f"{actor.username} (cli)", actor.display_name, actor.role, actor.station_id
    )
