"""What every command shares: its one-line error, and the one way to open the store and act as
the installation's administrator (commands are audited as such)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from gridesk.config import Location

if TYPE_CHECKING:
    from gridesk.core.actor import Actor
    from gridesk.core.store import Store

EXIT_ERROR = 1
EXIT_USAGE = 2

Command = Callable[[argparse.Namespace, Location], int]
"""What runs a command: its parsed arguments and where the data is; returns the exit code.
Each module of gridesk.cli has `add_parsers(sub, common)` and a COMMANDS table of these."""


class CliError(Exception):
    """A one-line failure for the command line."""


def open_database(where: Location, *, initialised: bool = True) -> Store:
    """The store at ``where``; unless ``initialised`` is False, refused when not set up yet."""
    from gridesk.core.store import open_store

    store = open_store(where.db_url, where.data_dir)
    if initialised and not store.is_initialised():
        store.close()
        raise CliError(
            f"the database at {where.data_dir} is not set up yet: run `gridesk init` first"
        )
    return store


def administrator(store: Store) -> Actor:
    """The installation's administrator, whom every command acts as."""
    from gridesk.core.setup import installation_admin

    return installation_admin(store)


def progress_printer(label: str) -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{label}: {done}/{total}", end="", file=sys.stderr, flush=True)

    return show
