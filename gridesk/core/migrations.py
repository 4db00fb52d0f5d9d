"""Alembic migrations, applied at start-up after an automatic backup."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from gridesk.core.errors import QT_TRANSLATE_NOOP, StoreError

if TYPE_CHECKING:
    from alembic.config import Config

    from gridesk.core.store import Store

log = logging.getLogger(__name__)

# The newest revision in gridesk/migrations/versions (a test keeps the two equal). Knowing it
# here lets start-up see that nothing needs migrating without importing Alembic.
SCHEMA_HEAD = "0009_resident_key_list"


def alembic_config(store: Store) -> Config:
    from alembic.config import Config

    from gridesk.core.store import MIGRATIONS_DIR

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", store.url.replace("%", "%%"))
    return cfg


def current_revision(store: Store) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with store.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(store: Store) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(store)).get_current_head()
    assert head is not None
    return head


def is_current(store: Store) -> bool:
    """True when the database is already at SCHEMA_HEAD (one cheap query, no Alembic)."""
    from sqlalchemy import inspect, text

    with store.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return False
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD


def upgrade(store: Store, *, backup_first: bool = True, target: str = "head") -> None:
    if target == "head" and is_current(store):
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    from gridesk.core.backup import make_backup

    cfg = alembic_config(store)
    script = ScriptDirectory.from_config(cfg)
    current = current_revision(store)
    if current is not None and current not in {s.revision for s in script.walk_revisions()}:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This database was made by a newer GriDesk (schema {revision}). "
                "Install the newer GriDesk to open it.",
            ),
            revision=current,
        )
    if current == script.get_current_head() and target == "head":
        return
    path = store.sqlite_path
    if backup_first and current is not None and path is not None and path.exists():
        make_backup(path, store.data_dir, reason="before_upgrade")
    log.info("migrating database from %s to %s", current, target)
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
