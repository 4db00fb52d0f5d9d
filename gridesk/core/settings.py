"""Settings of the station the admin may change (idle lock, language, backups kept)."""

from __future__ import annotations

from typing import Any

from gridesk.core.actor import Actor, Permission
from gridesk.core.store import Store, set_setting
from gridesk.errors import QT_TRANSLATE_NOOP, ValidationError

# Settings the admin may change, with their checks.
SETTING_RULES: dict[str, tuple[type, Any, Any]] = {
    "idle_lock_minutes": (int, 1, 240),
    "language": (str, ("zh_CN", "en"), None),
    "backup_keep": (int, 3, 200),
}


def save_setting(store: Store, actor: Actor, key: str, value: Any) -> None:
    actor.require(Permission.SETTINGS_MANAGE)
    rule = SETTING_RULES.get(key)
    if rule is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown setting {key}."), key=key)
    kind, low, high = rule
    if (
        not isinstance(value, kind)
        or (kind is int and not low <= value <= high)
        or (kind is str and value not in low)
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The value {value} is not allowed for {key}."),
            key=key,
            value=value,
        )
    with store.write(actor) as s:
        set_setting(s, key, value)
