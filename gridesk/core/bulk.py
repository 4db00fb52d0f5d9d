"""Bulk inserts for the big writes: an import of 200,000 residents and their millions of
search keys.

``BulkInsert`` is a Core INSERT compiled once for the driver, with the columns' own
conversions applied a column at a time (SQLAlchemy's work per row would take longer than the
database's for millions of rows). ``BulkWriter`` runs chunks of rows in order:

- rows of many columns (residents, households) at once, in the caller's thread, as one
  ``executemany`` per chunk;
- (value, owner) rows, the millions of search keys, on SQLite 3.38 and later on a thread of
  their own: each chunk is one statement that reads the rows from a JSON document
  (``json_each``), so SQLite inserts them in C without Python's lock while the caller
  prepares the next chunk. On two cores the database's biggest job and Python's work
  overlap instead of adding up. (Wide rows are not sent that way: SQLite's JSON functions
  parse each column on its own, about twice the cost of executemany, measured.)

Everything runs on the caller's connection, inside the caller's transaction, one statement
at a time: a failure, or an abort, leaves nothing behind once the caller rolls back.
"""

from __future__ import annotations

import json
import queue
import sqlite3
import threading
from collections.abc import Callable, Collection, Mapping, Sequence
from operator import itemgetter
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Dialect, Table, insert
from sqlalchemy.exc import DBAPIError

__all__ = ["BulkInsert", "BulkWriter"]

# JSON functions are part of every SQLite build from 3.38 (before, only if compiled in).
JSON_INSERTS = sqlite3.sqlite_version_info >= (3, 38, 0)
QUEUED_CHUNKS = 2  # chunks prepared ahead of the database: bounded memory


def _same(value: Any) -> Any:
    return value


class BulkInsert:
    """An INSERT of ``columns`` into ``table``, compiled for the ``dialect``'s driver.

    Rows are tuples in the order of ``columns``, holding Python values; :meth:`convert` gives
    the function that turns a column's value into what the driver stores, for callers that
    convert repeated values once themselves. ``fixed`` gives columns that have the same value
    in every row (the station, the time of the import): sent once per chunk, not per row.
    """

    def __init__(
        self,
        dialect: Dialect,
        table: Table,
        columns: Sequence[str],
        fixed: Mapping[str, Any] | None = None,
    ) -> None:
        fixed = dict(fixed or {})
        every = [*columns, *fixed]
        compiled = insert(table).compile(dialect=dialect, column_keys=every)
        names = list(compiled.positiontup or compiled.params)
        if sorted(names) != sorted(every) or len(columns) < 2:
            raise ValueError(f"{table.name}: a bulk insert needs every column, got {every}")
        self.table = table
        self.columns = tuple(columns)
        self.statement = compiled.string
        self.positional = compiled.positional
        self.processors: dict[str, Callable[[Any], Any] | None] = {
            name: table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in every
        }
        self.fixed = {name: self.convert(name)(value) for name, value in fixed.items()}
        self.fixed_values = tuple(self.fixed.values())
        self.order = None if names == every else itemgetter(*map(every.index, names))
        quote = dialect.identifier_preparer.quote
        self.quoted_table = dialect.identifier_preparer.format_table(table)
        self.quoted_columns = ", ".join(quote(c) for c in every)

    def convert(self, column: str) -> Callable[[Any], Any]:
        """The driver's form of a value of ``column`` (None stays None)."""
        process = self.processors[column]
        if process is None:
            return _same
        return lambda value: None if value is None else process(value)

    def unconverted(self, ready: Collection[str]) -> list[str]:
        """The columns outside ``ready`` whose values the driver needs converted (text needs
        nothing): for callers that convert as they make rows, to check they miss none."""
        return [c for c in self.columns if c not in ready and self.processors[c] is not None]

    def driver_rows(self, rows: Sequence[Sequence[Any]]) -> Sequence[Any]:
        """Converted rows as ``executemany`` takes them for :attr:`statement`."""
        fixed = self.fixed_values
        if not self.positional:
            every = (*self.columns, *self.fixed)
            return [dict(zip(every, (*row, *fixed), strict=True)) for row in rows]
        if fixed:
            rows = [(*row, *fixed) for row in rows]
        return rows if self.order is None else list(map(self.order, rows))

    def json_grouped_statement(self) -> str:
        """The INSERT that takes a JSON object ``{second column: [first column, ...]}``: for
        a table of (value, owner) rows, each owner named once for all its values. SQLite sorts
        the chunk first, so that its rows land in a (value, owner) index in order (measured
        about a quarter faster for 2.7 million search keys)."""
        if len(self.columns) != 2 or self.fixed:
            raise ValueError(f"{self.table.name}: grouped rows need two columns")
        return (
            f"INSERT INTO {self.quoted_table} ({self.quoted_columns}) "
            "SELECT v.value, o.key FROM json_each(?) AS o, json_each(o.value) AS v ORDER BY 1, 2"
        )


class BulkWriter:
    """Runs bulk inserts on ``conn`` in the order they are given (see the module's text).

    While a writer is open, the caller must not use ``conn`` itself except after
    :meth:`wait`, which returns when everything sent to the thread has run. An insert that failed raises
    its error at the next call. Use as a context manager: leaving it waits for the rest, or,
    when leaving with an error, abandons what is still queued.
    """

    def __init__(self, conn: Connection, *, background: bool | None = None) -> None:
        if background is None:
            background = conn.dialect.name == "sqlite" and JSON_INSERTS
        self.conn = conn
        self.background = background
        self.error: BaseException | None = None
        self.abandoned = False
        self._queue: queue.Queue[tuple[str, tuple[Any, ...]] | None] = queue.Queue(QUEUED_CHUNKS)
        self._thread: threading.Thread | None = None
        self._dbapi: Any = None
        if background:
            self._dbapi = conn.connection.dbapi_connection
            self._thread = threading.Thread(target=self._run, name="bulk-writer", daemon=True)
            self._thread.start()

    # -- sending ---------------------------------------------------------------------------

    def insert(self, bulk: BulkInsert, rows: Sequence[Sequence[Any]]) -> None:
        """Insert rows of driver values (see :meth:`BulkInsert.convert`) now, in this thread,
        after what was sent before."""
        if not rows:
            return
        self.wait()
        self.conn.exec_driver_sql(bulk.statement, bulk.driver_rows(rows))

    def insert_grouped(self, bulk: BulkInsert, groups: Mapping[Any, Sequence[Any]]) -> None:
        """Insert a (value, owner) row for each value of each owner, both converted."""
        if not groups:
            return
        if self.background:
            document = json.dumps(groups, ensure_ascii=False)
            self._send(bulk.json_grouped_statement(), (document,))
        else:
            rows = [(value, owner) for owner, values in groups.items() for value in values]
            self.conn.exec_driver_sql(bulk.statement, bulk.driver_rows(rows))

    def _send(self, sql: str, parameters: tuple[Any, ...]) -> None:
        self._raise_failure()
        self._queue.put((sql, parameters))

    # -- waiting ---------------------------------------------------------------------------

    def wait(self) -> None:
        """Return when every insert sent has run; raise the error of one that failed."""
        if self.background:
            self._queue.join()
        self._raise_failure()

    def close(self, abandon: bool = False) -> None:
        """Stop the thread: after the rest has run, or, with ``abandon``, at once."""
        thread = self._thread
        if thread is None:
            return
        if abandon:
            self.abandoned = True
            if thread.is_alive():
                self._dbapi.interrupt()  # a statement under way stops; the caller rolls back
        self._queue.put(None)
        thread.join()
        self._thread = None
        if not abandon:
            self._raise_failure()

    def __enter__(self) -> BulkWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close(abandon=kind is not None)

    def _raise_failure(self) -> None:
        if self.error is not None:
            error, self.error = self.error, None
            self.abandoned = True
            raise error

    def _run(self) -> None:
        cursor = self._dbapi.cursor()
        try:
            while True:
                item = self._queue.get()
                try:
                    if item is None:
                        return
                    if self.abandoned or self.error is not None:
                        continue  # after a failure or an abort nothing more is written
                    try:
                        cursor.execute(*item)
                    except Exception as exc:  # handed to the caller's thread
                        # as SQLAlchemy raises a driver's error on the caller's own statements
                        self.error = DBAPIError.instance(
                            item[0], None, exc, sqlite3.Error, dialect=self.conn.dialect
                        )
                finally:
                    self._queue.task_done()
        finally:
            cursor.close()
