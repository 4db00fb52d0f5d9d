"""Alembic environment: GriDesk passes its own connection; batch mode for SQLite."""

import os
import tempfile
from pathlib import Path

from alembic import context
from sqlalchemy import create_engine

from gridesk.core.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # `alembic` command line, for making new revisions
        scratch = Path(tempfile.gettempdir()) / "gridesk-dev-migrations.db"
        engine = create_engine(os.environ.get("GRIDESK_DEV_DB_URL") or f"sqlite:///{scratch}")
        with engine.begin() as connection:
            _run(connection)
    else:
        _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
