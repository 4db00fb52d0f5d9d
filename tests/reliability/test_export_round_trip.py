"""An export imports back exactly, and never fails on what the database holds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pg_databases
import pytest
from pg_databases import ON_POSTGRESQL, TEST_DB

from gridesk.core.actor import Actor
from gridesk.core.residents.imports import apply_import, plan_import
from gridesk.core.residents.records import (
    ResidentFilter,
    ResidentInput,
    create_resident,
    get_resident,
    list_residents,
)
from gridesk.core.setup import initialise
from gridesk.core.store import Store, open_store
from gridesk.exchange.residents_io import export_residents, guess_mapping, read_table

# What people type that a spreadsheet would run, or that looks like what an export adds.
TRICKY = [
    "+王五",
    "=1+1",
    "-3 楼",
    "@家属",
    "'=已有撇号",  # an apostrophe that belongs to the value
    "''+两个撇号",
    "'普通撇号",
    "_x0041_ 像转义的文字",
    "第一行\n第二行",
]


@pytest.fixture
def fresh(tmp_path: Path, _migrated_template: str) -> Iterator[tuple[Store, Actor]]:
    """A second database to import into (a copy of the migrated one, on either engine)."""
    folder = tmp_path / "fresh"
    folder.mkdir()
    if ON_POSTGRESQL:
        name = pg_databases.create(TEST_DB, pg_databases.fresh_name(), template=_migrated_template)
        url = pg_databases.url(TEST_DB, name)
    else:
        (folder / "gridesk.db").write_bytes(Path(_migrated_template).read_bytes())
        url = f"sqlite:///{folder}/gridesk.db"
    other = open_store(url, folder)
    actor = initialise(
        other,
        station_name="另一个社区",
        station_code="LY",
        admin_username="admin",
        admin_password="secret1",
    )
    yield other, actor
    other.close()
    if ON_POSTGRESQL:
        pg_databases.drop(TEST_DB, name)


def everyone(store: Store, actor: Actor) -> list[tuple[str, str, str]]:
    rows = list_residents(store, actor, ResidentFilter(), 0, 1000)
    found = [get_resident(store, actor, r.id) for r in rows]
    return sorted((d.name, d.estate, d.notes) for d in found)


def import_into(store: Store, actor: Actor, path: Path):
    table = read_table(path)
    plan = plan_import(store, actor, table, guess_mapping(table.headers))
    if plan.errors:
        return plan
    apply_import(store, actor, plan)
    return plan


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_an_export_imports_back_exactly(store, admin, fresh, tmp_path, suffix):
    for i, text in enumerate(TRICKY):
        name = text if "\n" not in text and not text.startswith("_") else f"居民{i}"
        create_resident(store, admin, ResidentInput(name=name, estate=text, notes=text))
    path = tmp_path / f"居民{suffix}"
    export_residents(store, admin, ResidentFilter(), path)

    other, other_admin = fresh
    plan = import_into(other, other_admin, path)

    assert not plan.errors, [e.reason for e in plan.errors]
    assert everyone(other, other_admin) == everyone(store, admin)


def test_in_xlsx_a_formula_like_value_is_a_quote_prefixed_text_cell(store, admin, tmp_path):
    create_resident(store, admin, ResidentInput(name="+王五", notes="=1+1"))
    path = tmp_path / "居民.xlsx"
    export_residents(store, admin, ResidentFilter(), path)
    sheet = openpyxl.load_workbook(path).active
    name, notes = sheet["A2"], sheet["L2"]
    assert (name.value, notes.value) == ("+王五", "=1+1")  # no apostrophe shown as data
    assert name.data_type == notes.data_type == "s"
    assert name.quotePrefix and notes.quotePrefix


def test_an_older_xlsx_export_imports_without_the_apostrophes_it_added(fresh, tmp_path):
    """GriDesk before 2026-12 put an apostrophe in front of a formula-like value in .xlsx too
    (old: ``+王五`` came back as ``'+王五``). Such a workbook has no quote-prefix style; the
    apostrophe it added is removed on import, as from .csv."""
    from gridesk.core.residents.imports import TEMPLATE

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("居民")
    sheet.append(list(TEMPLATE))
    row = dict.fromkeys(TEMPLATE, "")
    row[TEMPLATE[0]], row[TEMPLATE[-1]] = "'+王五", "'=1+1"
    sheet.append(list(row.values()))
    row[TEMPLATE[0]], row[TEMPLATE[-1]] = "赵六", "''-两个撇号"
    sheet.append(list(row.values()))
    path = tmp_path / "old.xlsx"
    book.save(path)

    other, other_admin = fresh
    plan = import_into(other, other_admin, path)
    assert not plan.errors, [e.reason for e in plan.errors]
    assert everyone(other, other_admin) == [("+王五", "", "=1+1"), ("赵六", "", "'-两个撇号")]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.sqlite_only  # NUL among them: PostgreSQL's text cannot hold it at all
def test_an_export_never_fails_on_control_characters_the_database_holds(
    store, admin, fresh, tmp_path, suffix
):
    # what an import let in before control characters were refused
    create_resident(store, admin, ResidentInput(name="王\x01五", notes="前半\x00后半\x0b"))
    create_resident(store, admin, ResidentInput(name="赵六"))
    path = tmp_path / f"居民{suffix}"

    assert export_residents(store, admin, ResidentFilter(), path) == 2

    # and importing it back names the cells to correct, rather than storing them again
    other, other_admin = fresh
    plan = import_into(other, other_admin, path)
    assert sorted((e.row, e.column, e.value) for e in plan.errors) == [
        (2, "备注", "前半<U+0000>后半"),
        (2, "姓名", "王<U+0001>五"),
    ]
