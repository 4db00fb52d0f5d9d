"""Alembic migrations, applied at start-up after an automatic backup.

Below the store: these functions take the engine and URL they work on, and the step to take
before a migration changes anything (``before``: the store's opening makes a backup there).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from gridesk.errors import QT_TRANSLATE_NOOP, StoreError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"

# The newest revision in gridesk/migrations/versions (a test keeps the two equal). Knowing it
# here lets start-up see that nothing needs migrating without importing Alembic.
SCHEMA_HEAD = "0022_stock_per_station"


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    assert head is not None
    return head


def is_current(engine: Engine) -> bool:
    """True when the database is already at SCHEMA_HEAD (one cheap query, no Alembic)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return False
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD


def upgrade(
    engine: Engine,
    url: str,
    *,
    before: Callable[[], object] | None = None,
    target: str = "head",
) -> None:
    """Bring the database at ``url`` up to ``target``; ``before`` runs first when a database
    that has a schema is about to be changed."""
    if target == "head" and is_current(engine):
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = alembic_config(url)
    script = ScriptDirectory.from_config(cfg)
    current = current_revision(engine)
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
    if before is not None and current is not None:
        before()
    log.info("migrating database from %s to %s", current, target)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
