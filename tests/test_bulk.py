"""Bulk inserts (gridesk.core.bulk): the keys sent as JSON to a thread of their own are stored
exactly as executemany stores them, in order, and a failure surfaces in the caller's thread."""

from __future__ import annotations

import threading
import uuid
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Uuid,
    create_engine,
    event,
    select,
    text,
)
from sqlalchemy.exc import IntegrityError

from gridesk.core.bulk import JSON_INSERTS, BulkInsert, BulkWriter

metadata = MetaData()
people = Table(
    "people",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("name", String(40), nullable=False),
    Column("born", Date),
    Column("seen", DateTime, nullable=False),
    Column("active", Boolean, nullable=False),
    Column("visits", Integer),
    Column("notes", Text, nullable=False),
)
tags = Table(
    "tags",
    metadata,
    Column("tag", String(40), primary_key=True),
    Column("person_id", Uuid, ForeignKey("people.id"), primary_key=True),
    sqlite_with_rowid=False,
)

NAMES = [
    "单田芳",
    "O'Brien",
    '引号"与\\反斜杠',
    "=SUM(A1)",
    "0531",
    "",
    "emoji 🙂",
    "tab\tnew\nline",
]


@pytest.fixture
def engine(tmp_path: Path):  # type: ignore[no-untyped-def]
    engine = create_engine(
        f"sqlite:///{tmp_path / 'bulk.db'}", connect_args={"check_same_thread": False}
    )

    @event.listens_for(engine, "connect")
    def _foreign_keys(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute("PRAGMA foreign_keys=ON")

    metadata.create_all(engine)
    yield engine
    engine.dispose()


def driver_values(bulk: BulkInsert, rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """Rows as the driver takes them, each value converted by its column's type."""
    convert = [bulk.convert(column) for column in bulk.columns]
    return [tuple(f(v) for f, v in zip(convert, row, strict=True)) for row in rows]


def _rows() -> list[tuple[object, ...]]:
    return [
        (
            uuid.UUID(int=i + 1),
            NAMES[i % len(NAMES)],
            None if i % 3 == 0 else date(1950 + i % 60, 1 + i % 12, 1 + i % 28),
            None if i % 4 == 0 else i * 7,
            f"备注 {i}",
        )
        for i in range(2_500)
    ]


def _load(engine, background: bool) -> tuple[list[tuple], list[tuple]]:  # type: ignore[no-untyped-def]
    seen = datetime(2026, 11, 23, 9, 30, 15, 123456)
    with engine.begin() as conn:
        bulk = BulkInsert(
            conn.dialect,
            people,
            ("id", "name", "born", "visits", "notes"),
            fixed={"seen": seen, "active": True},
        )
        keys = BulkInsert(conn.dialect, tags, ("tag", "person_id"))
        rows = _rows()
        with BulkWriter(conn, background=background) as writer:
            assert writer.background is background
            for start in range(0, len(rows), 1000):
                writer.insert(bulk, driver_values(bulk, rows[start : start + 1000]))
                groups = {
                    keys.convert("person_id")(row[0]): [row[1] or "-", f"k{n}"]
                    for n, row in enumerate(rows[start : start + 1000])
                }
                writer.insert_grouped(keys, groups)
    with engine.connect() as conn:
        stored = conn.execute(
            text(
                "SELECT id, typeof(id), name, born, typeof(born), seen, active, typeof(active), "
                "visits, typeof(visits), notes FROM people ORDER BY id"
            )
        ).all()
        keyed = conn.execute(select(tags).order_by(tags.c.person_id, tags.c.tag)).all()
    return [tuple(r) for r in stored], [tuple(r) for r in keyed]


@pytest.mark.skipif(not JSON_INSERTS, reason="this SQLite has no JSON functions")
def test_keys_sent_to_the_writer_thread_store_what_executemany_stores(
    engine, tmp_path: Path
) -> None:
    through_json = _load(engine, background=True)
    other = create_engine(f"sqlite:///{tmp_path / 'plain.db'}")
    metadata.create_all(other)
    try:
        plain = _load(other, background=False)
    finally:
        other.dispose()
    assert through_json == plain
    people_rows, tag_rows = through_json
    assert len(people_rows) == 2_500 and len(tag_rows) == 5_000
    first = people_rows[1]
    assert first[1] == "text" and first[4] == "text" and first[7] == "integer"
    assert {r[2] for r in people_rows} == set(NAMES)
    assert people_rows[0][3] is None and people_rows[0][8] is None


@pytest.mark.skipif(not JSON_INSERTS, reason="this SQLite has no JSON functions")
def test_a_failing_chunk_is_raised_in_the_callers_thread_and_the_rollback_keeps_nothing(
    engine,
) -> None:
    rows = _rows()
    with pytest.raises(IntegrityError), engine.begin() as conn:
        bulk = BulkInsert(conn.dialect, people, ("id", "name", "born", "visits", "notes"),
                          fixed={"seen": datetime(2026, 1, 1), "active": False})  # fmt: skip
        keys = BulkInsert(conn.dialect, tags, ("tag", "person_id"))
        owner = keys.convert("person_id")
        with BulkWriter(conn) as writer:
            writer.insert(bulk, driver_values(bulk, rows[:10]))
            writer.insert_grouped(keys, {owner(rows[0][0]): ["a", "b"]})
            writer.insert_grouped(keys, {owner(rows[0][0]): ["b", "c"]})  # b again
            writer.insert_grouped(keys, {owner(rows[1][0]): ["d"]})
            writer.wait()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM people")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM tags")).scalar() == 0
    assert [t for t in threading.enumerate() if t.name == "bulk-writer"] == []


def test_leaving_with_an_error_stops_the_thread_and_writes_nothing_more(engine) -> None:
    rows = _rows()

    class Stop(Exception):
        pass

    with pytest.raises(Stop), engine.begin() as conn:
        bulk = BulkInsert(conn.dialect, people, ("id", "name", "born", "visits", "notes"),
                          fixed={"seen": datetime(2026, 1, 1), "active": False})  # fmt: skip
        with BulkWriter(conn) as writer:
            writer.insert(bulk, driver_values(bulk, rows[:100]))
            raise Stop
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM people")).scalar() == 0
    assert [t for t in threading.enumerate() if t.name == "bulk-writer"] == []


def test_a_grouped_insert_needs_two_columns_and_no_fixed_values(engine) -> None:
    with engine.connect() as conn:
        with pytest.raises(ValueError, match="two columns"):
            BulkInsert(conn.dialect, people, ("id", "name", "notes")).json_grouped_statement()
        with pytest.raises(ValueError, match="every column"):
            BulkInsert(conn.dialect, people, ("id",))


def test_new_ids_are_time_ordered_uuid7_and_their_hex_is_how_sqlite_stores_them(engine) -> None:
    from gridesk.core.models import new_id, new_id_hex

    ids = [new_id() for _ in range(1_000)]
    texts = [new_id_hex() for _ in range(1_000)]
    assert all(i.version == 7 and i.variant == uuid.RFC_4122 for i in ids)
    assert len(set(ids)) == 1_000 and len(set(texts)) == 1_000
    for value in texts:
        parsed = uuid.UUID(value)
        assert parsed.hex == value and parsed.version == 7 and parsed.variant == uuid.RFC_4122
    assert ids[0].hex[:8] <= texts[0][:8]  # milliseconds first: later ids sort later
    with engine.connect() as conn:
        stored = BulkInsert(conn.dialect, people, ("id", "name")).convert("id")(ids[0])
    assert stored == ids[0].hex
